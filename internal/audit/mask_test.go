package audit

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// canaries are secret values that must never reach the log.
var canaries = []string{
	"Canary-Password-1", "canary-token-2", "canary-secret-3", "canary-key-4", "canary-ticket-5",
	"canary-nested-6", "canary-prop-7", "canary-named-8", "canary-bind-9", "Canary-Error-10",
	"canary-cookie-11", "canary-header-12", "canary list 13",
}

func TestTheLogNeverHoldsASecret(t *testing.T) {
	path := tempLog(t)
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	records := []Record{{
		Tool: "pve_post_access_users", Decision: Sent,
		Arguments: map[string]any{
			"userid":        "bob@pve",
			"password":      canaries[0],
			"token":         canaries[1],
			"secret-key":    canaries[2],
			"client-key":    canaries[3],
			"ticket":        canaries[4],
			"cipassword":    []any{canaries[12]},
			"plugin":        map[string]any{"type": "dns", "config": map[string]any{"api_token": canaries[5], "user": "x"}},
			"storage":       "server=10.0.0.1,username=u,password=" + canaries[6] + ",share=s",
			"acme-data":     canaries[7],
			"bind":          map[string]any{"bind-password": canaries[8]},
			"tokenid":       "ci-token",
			"new":           canaries[9],
			"sshkeys":       "ssh-ed25519 AAAA public",
			"commands":      `[{"path":"x","args":{"password":"` + canaries[0] + `"}}]`,
			"header":        "Cookie: PVEAuthCookie=" + canaries[10],
			"authorization": "PVEAPIToken=root@pam!ci=" + canaries[11],
		},
		Request: Request{Method: "POST", Path: "/access/users?password=" + canaries[0]},
		Status:  500,
		Error:   "upstream said: bad password " + canaries[0] + " and key " + canaries[3] + "; " + canaries[9],
		Secrets: []string{"acme-data", "new"},
	}, {
		Tool: "pve_put_access_password", Decision: Refused, Reason: "needs the full tier; got password=" + canaries[9],
		Arguments: map[string]any{"password": canaries[9]},
	}}
	for _, r := range records {
		if err := l.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	data, _ := os.ReadFile(path)
	for _, c := range canaries {
		for _, form := range []string{c, strings.ToLower(c), strings.ReplaceAll(c, " ", "+"), strings.ReplaceAll(c, " ", "%20")} {
			if strings.Contains(strings.ToLower(string(data)), strings.ToLower(form)) {
				t.Errorf("the log holds %q:\n%s", form, data)
			}
		}
	}
	var e Entry
	json.Unmarshal(readLines(t, path)[1], &e)
	for name, want := range map[string]any{"userid": "bob@pve", "tokenid": "ci-token", "sshkeys": "ssh-ed25519 AAAA public", "password": "***"} {
		if e.Arguments[name] != want {
			t.Errorf("argument %s = %v, want %v", name, e.Arguments[name], want)
		}
	}
	if s := e.Arguments["storage"]; s != "server=10.0.0.1,username=u,password=***,share=s" {
		t.Errorf("property string masked as %v", s)
	}
	if user := e.Arguments["plugin"].(map[string]any)["config"].(map[string]any)["user"]; user != "x" {
		t.Errorf("nested non-secret lost: %v", user)
	}
}

func TestLongValuesAreShortened(t *testing.T) {
	m := newMasker(nil)
	out := m.arguments(map[string]any{"content": strings.Repeat("é", 5000)})
	s := out["content"].(string)
	if !strings.HasSuffix(s, "… (3976 more characters)") || len([]rune(s)) > maxValue+40 {
		t.Errorf("shortened to %d characters: %q", len([]rune(s)), s[len(s)-40:])
	}
}

func TestSecretNames(t *testing.T) {
	for _, name := range []string{"password", "new-password", "cipassword", "bind-password", "secret", "client-secret",
		"secret-key", "token", "api_token", "key", "client-key", "keyring", "ticket", "hmac", "private-key", "otp"} {
		if !newMasker(nil).isSecret(name) {
			t.Errorf("%q is not treated as secret", name)
		}
	}
	for _, name := range []string{"tokenid", "token-name", "key-name", "sshkeys", "keyboard", "userid", "node", "keep-last", "monkey"} {
		if newMasker(nil).isSecret(name) {
			t.Errorf("%q is treated as secret", name)
		}
	}
}

// The catalog's secrets whose names do not say so are masked once the
// caller passes SecretNames.
func TestSecretNamesFromTheCatalog(t *testing.T) {
	op := apis.Lookup("pve_post_cluster_acme_plugins")
	if op == nil || !slices.Contains(SecretNames(op), "data") {
		t.Fatalf("SecretNames(acme plugins) = %v", SecretNames(op))
	}
	e := entryOf(Record{Decision: Sent, Secrets: SecretNames(op),
		Arguments: map[string]any{"id": "dns1", "data": "Q0ZfVG9rZW49Y2FuYXJ5LWFjbWU="}, Error: "bad data Q0ZfVG9rZW49Y2FuYXJ5LWFjbWU="})
	if e.Arguments["data"] != "***" || strings.Contains(e.Error, "Q0ZfVG9rZW49") || e.Arguments["id"] != "dns1" {
		t.Errorf("masked as %v, error %q", e.Arguments, e.Error)
	}
}
