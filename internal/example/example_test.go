package example

import (
	"encoding/json"
	"maps"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Every operation's examples are accepted by the wire rules and by the
// input schema clients are shown: the two descriptions of what Proxmox
// accepts agree on them.
func TestEveryExampleIsAcceptedByTheRulesAndTheSchema(t *testing.T) {
	n := 0
	for _, op := range apis.Operations() {
		for _, args := range []map[string]any{Arguments(op), AllArguments(op)} {
			if _, err := wire.Prepare(op, args); err != nil {
				t.Errorf("%s: example %v refused: %v", op.Name, args, err)
			}
			listed := maps.Clone(args)
			if op.Transfer.Upload() {
				listed["content_base64"] = "aGVsbG8K" // the server's own argument, required in the listed schema
			}
			if err := schemaAccepts(op.InputSchema, listed); err != nil {
				t.Errorf("%s: example %v does not validate against the input schema: %v", op.Name, args, err)
			}
		}
		n++
	}
	t.Logf("%d operations, every example accepted", n)
}

// schemaAccepts validates args (JSON round trip, as a client sends them)
// against a JSON Schema.
func schemaAccepts(schema string, args map[string]any) error {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := addSchema(c, "mem:///s.json", schema); err != nil {
		return err
	}
	s, err := c.Compile("mem:///s.json")
	if err != nil {
		return err
	}
	b, err := json.Marshal(args)
	if err != nil {
		return err
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	return s.Validate(v)
}

func TestExamplesUseRealisticHints(t *testing.T) {
	op := apis.Lookup("pve_get_nodes_qemu_status_current")
	args := Arguments(op)
	if args["node"] != "pve1" || args["vmid"] != int64(100) {
		t.Errorf("args = %v", args)
	}
}

func TestString(t *testing.T) {
	for _, tc := range []struct {
		pattern  string
		min, max int
	}{
		{`^(?:[a-z][a-z0-9\-_.]*[a-z0-9])$`, 0, -1},
		{`^UPID:(?P<node>[a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?):(?P<pid>[0-9A-Fa-f]{8}):(?P<pstart>[0-9A-Fa-f]{8,9}):$`, 36, -1},
		{`^(?:(?:[^\s:/[:cntrl:]]+)@(?:[A-Za-z0-9_][A-Za-z0-9._\-]*))$`, 3, 64},
		{`^[[:^cntrl:]]*$`, 0, 128},
		{`^(?:[0-9a-fA-F][0-9a-fA-F])(?::[0-9a-fA-F][0-9a-fA-F]){31}$`, 0, -1},
		{`^(?:\p{Nd}+(?:-\p{Nd}+)?(?:;\p{Nd}+(?:-\p{Nd}+)?)*)$`, 5, 10},
		{`^(?:(?i:[a-z0-9_][a-z0-9_\-\+\.]*))$`, 0, -1},
		{`^(?:(ide|sata|scsi|virtio)[\p{Nd}]+)$`, 0, -1},
	} {
		s, ok := String(tc.pattern, tc.min, tc.max)
		if !ok || !regexp.MustCompile(tc.pattern).MatchString(s) || len(s) < tc.min || (tc.max >= 0 && len(s) > tc.max) || strings.ContainsAny(s, ",=") {
			t.Errorf("String(%q, %d, %d) = %q, %v", tc.pattern, tc.min, tc.max, s, ok)
		}
	}
	if _, ok := String(`[^\x00-\x{10FFFF}]`, 0, -1); ok {
		t.Error("a pattern matching nothing yielded a string")
	}
}

// The natural forms an assistant writes are accepted by the rules and
// shown in the listed schema: a bare vmid for a vmid list, a number for a
// property string whose default key is one, an array for a named list.
func TestNaturalFormsAreListedAndAccepted(t *testing.T) {
	cases := []struct {
		op   string
		args map[string]any
	}{
		{"pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": 101}},
		{"pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": []any{101, "102"}}},
		{"pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 100, "memory": 4096}},
		{"pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 100, "net0": map[string]any{"model": "virtio", "bridge": "vmbr0"}}},
		{"pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 100, "sshkeys": "ssh-ed25519 AAAAC3Nza user@host"}},
	}
	for _, tc := range cases {
		op := apis.Lookup(tc.op)
		req, err := wire.Prepare(op, tc.args)
		if err != nil {
			t.Errorf("%s %v: refused: %v", tc.op, tc.args, err)
			continue
		}
		if err := schemaAccepts(op.InputSchema, tc.args); err != nil {
			t.Errorf("%s %v: the full schema does not show the form: %v", tc.op, tc.args, err)
		}
		if err := schemaAccepts(op.ToolSchema, tc.args); err != nil {
			t.Errorf("%s %v: the listed schema does not show the form: %v", tc.op, tc.args, err)
		}
		if v := req.Form.Get("sshkeys"); v != "" && v != "ssh-ed25519%20AAAAC3Nza%20user%40host" {
			t.Errorf("sshkeys sent as %q, not URL-encoded as PVE's web UI does", v)
		}
	}
}

// addSchema adds a schema text to c at url (v6 takes decoded documents).
func addSchema(c *jsonschema.Compiler, url, text string) error {
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		return err
	}
	return c.AddResource(url, doc)
}
