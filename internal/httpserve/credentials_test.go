package httpserve

import (
	"net/http"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// pbsTool is a core read tool of Proxmox Backup Server: GET /admin/datastore.
const pbsTool = "pbs_list_datastores"

func perUserServer(t *testing.T) (*running, *upstream, *upstream) {
	pve, pbs := newUpstream(t), newUpstream(t)
	h := baseHTTP()
	h.PerUserCredentials = true
	mcp := newMCP(t, map[catalog.Product]*upstream{catalog.PVE: pve, catalog.PBS: pbs}, policy.ReadOnly)
	return start(t, h, mcp), pve, pbs
}

func TestPerUserTokenIsUsedForThatRequestOnly(t *testing.T) {
	r, pve, pbs := perUserServer(t)
	alice := map[string]string{HeaderPVEToken: "alice@pve!mcp=alice-pve-secret", HeaderPBSToken: "alice@pbs!mcp:alice-pbs-secret"}
	bob := map[string]string{HeaderPVEToken: "bob@pve!mcp=bob-pve-secret", HeaderPBSToken: "bob@pbs!mcp:bob-pbs-secret"}
	c := newRPC(r.url, alice)
	c.initialize(t)
	steps := []struct {
		who      map[string]string
		tool     string
		up       *upstream
		wantAuth string
	}{
		{alice, listTool, pve, "PVEAPIToken=alice@pve!mcp=alice-pve-secret"},
		{alice, pbsTool, pbs, "PBSAPIToken=alice@pbs!mcp:alice-pbs-secret"},
		{bob, listTool, pve, "PVEAPIToken=bob@pve!mcp=bob-pve-secret"}, // same session, other caller
		{alice, listTool, pve, "PVEAPIToken=alice@pve!mcp=alice-pve-secret"},
		{bob, pbsTool, pbs, "PBSAPIToken=bob@pbs!mcp:bob-pbs-secret"},
	}
	for i, s := range steps {
		if _, isErr := toolResult(t, c.callTool(t, s.tool, nil, s.who)); isErr {
			t.Fatalf("step %d: %s failed", i, s.tool)
		}
		if got := s.up.lastAuth(); got != s.wantAuth {
			t.Fatalf("step %d: upstream saw Authorization %q, want %q", i, got, s.wantAuth)
		}
	}
	for _, u := range []*upstream{pve, pbs} {
		for _, a := range u.allAuth() {
			if strings.Contains(a, serverTokenSecret) {
				t.Fatal("a per-user request was sent with the server's own token")
			}
		}
	}
}

func TestPerUserTokenNeverEchoed(t *testing.T) {
	r, pve, _ := perUserServer(t)
	pve.rejectAll()
	who := map[string]string{HeaderPVEToken: "carol@pve!mcp=carol-very-secret", HeaderPBSToken: "carol@pbs!mcp:carol-pbs-secret"}
	c := newRPC(r.url, who)
	c.initialize(t)
	text, isErr := toolResult(t, c.callTool(t, listTool, nil, nil))
	if !isErr {
		t.Fatalf("Proxmox refused the token, yet the call succeeded: %s", text)
	}
	for _, secret := range []string{"carol-very-secret", "carol-pbs-secret"} {
		if strings.Contains(text, secret) || strings.Contains(r.logs.String(), secret) {
			t.Fatalf("the secret %q appears in the result or the log:\n%s\n%s", secret, text, r.logs.String())
		}
	}
}

func TestPerUserTokenRequired(t *testing.T) {
	r, pve, pbs := perUserServer(t)
	full := map[string]string{HeaderPVEToken: "dave@pve!mcp=dave-secret", HeaderPBSToken: "dave@pbs!mcp:dave-secret"}
	c := newRPC(r.url, full)
	c.initialize(t)
	cases := []struct {
		headers    map[string]string
		status     int
		wantHeader string
	}{
		{map[string]string{HeaderPVEToken: ""}, http.StatusUnauthorized, HeaderPVEToken},
		{map[string]string{HeaderPBSToken: ""}, http.StatusUnauthorized, HeaderPBSToken},
		{map[string]string{HeaderPVEToken: "dave@pve=nameless-secret"}, http.StatusBadRequest, HeaderPVEToken},
		{map[string]string{HeaderPVEToken: "dave@pve!mcp"}, http.StatusBadRequest, HeaderPVEToken},
		{map[string]string{HeaderPVEToken: "dave@pve!mcp="}, http.StatusBadRequest, HeaderPVEToken},
		{map[string]string{HeaderPBSToken: "no-realm!mcp:some-secret"}, http.StatusBadRequest, HeaderPBSToken},
	}
	for _, tc := range cases {
		hdr := map[string]string{}
		for k, v := range full {
			hdr[k] = v
		}
		for k, v := range tc.headers {
			hdr[k] = v
		}
		a := newRPC(r.url, hdr)
		a.session = c.session
		got := a.callTool(t, listTool, nil, nil)
		msg := errorMessage(got)
		if got.status != tc.status || !strings.Contains(msg, tc.wantHeader) {
			t.Errorf("%v: HTTP %d %q; want %d naming %s", tc.headers, got.status, msg, tc.status, tc.wantHeader)
		}
		if strings.Contains(got.raw, "secret") {
			t.Errorf("%v: the refusal echoes the credential: %s", tc.headers, got.raw)
		}
	}
	if pve.count()+pbs.count() != 0 {
		t.Fatalf("refused requests reached Proxmox %d times", pve.count()+pbs.count())
	}
}

func TestTokenHeaderRefusedWhenPerUserIsOff(t *testing.T) {
	up := newUpstream(t)
	r := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	a := c.callTool(t, listTool, nil, map[string]string{HeaderPVEToken: "erin@pve!mcp=erin-secret"})
	if a.status != http.StatusBadRequest || !strings.Contains(errorMessage(a), "per-user credentials are off") {
		t.Fatalf("HTTP %d %q; want 400 saying per-user credentials are off", a.status, errorMessage(a))
	}
	if up.count() != 0 {
		t.Fatal("the request reached Proxmox with the server's credentials")
	}
}
