package mcpserver

import (
	"encoding/json"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Every kind of result follows the setting: an operation tool's data, the
// front door's read, a search answer. The text is the same either way; with
// the setting, structuredContent holds the same JSON as the text (its
// "data" for Proxmox's answers, the whole object for the server's own).
func TestStructuredContentFollowsTheSetting(t *testing.T) {
	calls := []struct {
		tool string
		args map[string]any
		key  string // the member of structuredContent the text equals; "" the whole
	}{
		{"pve_get_cluster_resources", map[string]any{}, "data"},
		{inventory.ToolCallRead, map[string]any{"tool": "pve_get_cluster_resources"}, "data"},
		{inventory.ToolSearch, map[string]any{"query": "list vms"}, ""},
	}
	texts := map[string]string{}
	for _, structured := range []bool{false, true} {
		u := newUpstream(t)
		u.answer("GET /cluster/resources", `[{"id":"qemu/100","type":"qemu","vmid":100}]`)
		_, c := session(t, u, setup{FrontDoor: true, Structured: structured}, policy.ReadOnly)
		for _, tc := range calls {
			res := call(t, c, tc.tool, tc.args)
			if res.IsError {
				t.Fatalf("%s: %s", tc.tool, text(res))
			}
			txt := res.Content[0]
			first, _ := json.Marshal(txt)
			if prev, ok := texts[tc.tool]; ok && prev != string(first) {
				t.Errorf("%s: the text changed with the setting:\n%s\n%s", tc.tool, prev, first)
			}
			texts[tc.tool] = string(first)
			if !structured {
				if res.StructuredContent != nil {
					t.Errorf("%s: structuredContent without the setting", tc.tool)
				}
				continue
			}
			sc, _ := json.Marshal(res.StructuredContent)
			if tc.key != "" {
				var m map[string]json.RawMessage
				if err := json.Unmarshal(sc, &m); err != nil {
					t.Fatalf("%s: %s", tc.tool, sc)
				}
				sc = m[tc.key]
			}
			if !jsonEqual(t, sc, []byte(text(res))) {
				t.Errorf("%s: structuredContent %.200s is not the text %.200s", tc.tool, sc, text(res))
			}
		}
	}
}

func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	ea, _ := json.Marshal(x)
	eb, _ := json.Marshal(y)
	return string(ea) == string(eb)
}
