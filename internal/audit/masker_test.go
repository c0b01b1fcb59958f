package audit

import (
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func maskerOp() *catalog.Operation {
	return &catalog.Operation{Name: "t", Params: []catalog.Param{
		{Name: "data", Secret: true},                              // secret by the catalog, not by its name
		{Name: "hook", Indexed: true, Wire: "hook", Secret: true}, // hook0, hook1 …
		{Name: "tfa", Value: catalog.Value{Property: &catalog.PropertyString{Keys: []catalog.PropertyKey{{Name: "id"}, {Name: "key", Secret: true}}}}},
		{Name: "comment"},
	}}
}

func TestMaskerSecretNames(t *testing.T) {
	k := NewMasker(maskerOp())
	for name, want := range map[string]bool{"data": true, "hook3": true, "password": true, "key": true, "comment": false, "tokenid": false, "hookx": false} {
		if got := k.Secret(name); got != want {
			t.Errorf("Secret(%q) = %v, want %v", name, got, want)
		}
	}
}

// A secret the caller sent is masked where it was sent and wherever else
// it appears; a value Proxmox sent is masked by its name only.
func TestMaskerArgumentsAndText(t *testing.T) {
	k := NewMasker(maskerOp())
	if got := k.Argument("data", "canary-data-1"); got != "***" {
		t.Errorf("data: %q", got)
	}
	if got := k.Argument("tfa", "type=yubico,id=x,key=canary-key-2"); got != "type=yubico,id=x,key=***" {
		t.Errorf("tfa: %q", got)
	}
	text := k.Text("echo canary-data-1 and canary-key-2, password=plain")
	for _, c := range []string{"canary-data-1", "canary-key-2", "plain"} {
		if strings.Contains(text, c) {
			t.Errorf("Text kept %q: %s", c, text)
		}
	}
	if got := k.Upstream("comment", "server secret-ish"); got != "server secret-ish" {
		t.Errorf("Upstream masked a plain value: %q", got)
	}
	if got := k.Upstream("data", "stored-value"); got != "***" {
		t.Errorf("Upstream kept a secret: %q", got)
	}
	k.Upstream("data", "stored-value-xyz")
	if got := k.Text("my guess stored-value-xyz"); got != "my guess stored-value-xyz" {
		t.Errorf("a value Proxmox sent was masked in the caller's text (an oracle): %q", got)
	}
}
