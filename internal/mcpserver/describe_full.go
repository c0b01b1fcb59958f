package mcpserver

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// fullLayer gives everything: the description, the permissions note,
// every parameter's full schema, the returns schema. What does not fit
// the budget is named in not_shown with a note on asking for it by
// params, so the answer is always valid JSON under the result cap.
func fullLayer(d *description, e *inventory.Entry, budget int) {
	op := e.Op
	d.Description, d.PermissionsNote = op.Description, op.Permissions.Description
	d.Permissions = op.Permissions.Text
	d.ReturnsFull = &returnsInfo{Type: op.ReturnsType, Description: op.ReturnsDescription, Schema: json.RawMessage(op.ReturnsSchema)}
	d.Example = exampleArguments(op)
	d.Notes = notes(e, true)
	props := inputProperties(op)
	if size(d) > budget && d.ReturnsFull.Schema != nil {
		d.ReturnsFull.Schema = nil
		d.Notes = append(d.Notes, "The returns schema is left out: it alone does not fit the result cap.")
	}
	fitParams(d, op, props, fullOrder(op, props), budget)
}

// fitParams puts the named parameters in full into d, in order, while
// they fit the budget; the others are named in not_shown with a note on
// asking for them with params, and those too large to show even alone in
// too_large.
func fitParams(d *description, op *catalog.Operation, props map[string]json.RawMessage, names []string, budget int) {
	base := size(d) + len(`,"params":{}`)
	used := base
	d.Params = map[string]*paramDetail{}
	for _, name := range names {
		pd := detail(op, props, name)
		cost := len(name) + size(pd) + len(`"":,`)
		switch {
		case base+cost > budget:
			d.TooLarge = append(d.TooLarge, name)
		case used+cost > budget || len(d.NotShown) > 0:
			d.NotShown = append(d.NotShown, name)
		default:
			used += cost
			d.Params[name] = pd
		}
	}
	if len(d.TooLarge) > 0 {
		d.Notes = append(d.Notes, "too_large: these parameters' schemas alone are over this server's result cap (PROXMOX_MCP_MAX_RESULT_BYTES); compact describe has a line on each.")
	}
	if n := len(d.NotShown); n > 0 {
		note := fmt.Sprintf("Cut to fit the result cap: %d parameters are not shown (not_shown); ask for them with params (up to %d names a call), fewer at a time.", n, maxDescribeParams)
		d.Notes = append(d.Notes, note)
		trimNotShown(d, budget-used-len(note)-4-size(d.TooLarge))
	}
}

// maxDescribeParams is how many names the describe tool's params takes
// (its declaration in internal/inventory bounds them).
const maxDescribeParams = 20

// fullOrder is the order parameters are kept in when the budget runs
// out: required ones, the optional ones the compact layer shows, the
// rest by name, then the server's control arguments.
func fullOrder(op *catalog.Operation, props map[string]json.RawMessage) []string {
	var out []string
	add := func(n string) {
		if _, ok := props[n]; ok && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	for _, p := range op.Params {
		if p.Required && resolvedText(op, p.Name) == "" {
			add(p.Name)
		}
	}
	shown, _ := chooseOptional(op)
	for _, p := range shown {
		add(p.Name)
	}
	for _, n := range slices.Sorted(maps.Keys(props)) {
		if !op.IsControl(n) {
			add(n)
		}
	}
	for _, n := range op.Controls() {
		add(n)
	}
	return out
}

// trimNotShown keeps the list of names within what is left of the budget.
func trimNotShown(d *description, left int) {
	total := 0
	for i, n := range d.NotShown {
		total += len(n) + 3
		if total > left {
			d.NotShown = append(d.NotShown[:i:i], fmt.Sprintf("… and %d more (ask with full on a larger result cap)", len(d.NotShown)-i))
			return
		}
	}
}

// size is v's JSON length.
func size(v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		return 0
	}
	return len(b)
}
