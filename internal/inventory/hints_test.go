package inventory

import (
	"regexp"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

var toolMention = regexp.MustCompile(`\b(proxmox_[a-z_]+\*?|p(?:ve|bs)_[a-z0-9_]+)`)

// The instructions and every listed tool's description name only tools
// the session has (or, with the front door on, operations it may call
// through it), in every mode, with the front door on or off, and with a
// category allowlist: an assistant told to call a tool that is not
// registered wastes a turn.
func TestTextsNameOnlyRegisteredTools(t *testing.T) {
	for _, tc := range []struct {
		mode       Mode
		frontDoor  bool
		categories []string
	}{
		{ModeDefault, true, nil}, {ModeDefault, false, nil}, {ModeAll, true, nil}, {ModeAll, false, nil},
		{ModeFrontDoor, true, nil}, {ModeDefault, false, []string{"qemu"}}, {ModeDefault, true, []string{"storage"}},
	} {
		inv, err := New(Options{Mode: tc.mode, FrontDoor: tc.frontDoor, Products: []Product{
			{Product: catalog.PVE, Tier: policy.ReadOnly, Categories: tc.categories}, {Product: catalog.PBS, Tier: policy.ReadOnly},
		}})
		if err != nil {
			t.Fatal(err)
		}
		has := map[string]bool{}
		for _, tool := range inv.Tools() {
			has[tool.Name] = true
		}
		texts := map[string]string{"instructions": inv.Instructions()}
		for _, tool := range inv.Tools() {
			texts[tool.Name] = tool.Description
		}
		for where, text := range texts {
			for _, name := range toolMention.FindAllString(text, -1) {
				if !has[name] && !isArgumentName(name) && !inv.callable(name, has) {
					t.Errorf("mode %s, front door %v, categories %v: %s names %s, which is not registered", tc.mode, tc.frontDoor, tc.categories, where, name)
				}
			}
		}
	}
}

// isArgumentName: argument names with the proxmox_ prefix are not tools.
func isArgumentName(name string) bool { return name == "proxmox_"+ArgTarget }

// callable: an operation the front door runs, or the front door's call
// tools named together (proxmox_call_*).
func (inv *Inventory) callable(name string, has map[string]bool) bool {
	if name == "proxmox_call_*" {
		return has[ToolCallRead] && has[ToolCallWrite]
	}
	e, ok := inv.byName[name]
	return ok && inv.opts.FrontDoor && e.Allowed()
}
