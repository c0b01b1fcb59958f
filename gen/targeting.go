package main

import (
	"fmt"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// Targeting: what the MCP server may fill in before a call. It is a rule
// over paths, so a new release's guest and datastore operations get it
// without a list to keep:
//   - every operation under /nodes/{node}/qemu/{vmid} or
//     /nodes/{node}/lxc/{vmid} acts on one guest, whose node the server
//     finds in the cluster resources; the vmid may also be the guest's
//     name;
//   - every PBS operation with a {store} path parameter may leave the
//     store out when the backup server has exactly one datastore.
//
// Only the listed schema (ToolSchema) says so. Params and InputSchema keep
// node and store required: the typed clients have no resolver, and the
// simulator checks requests as Proxmox does.

// The resolvable parameters are listed by their type alone: callers
// mostly leave them out, every listed tool costs context in every
// session, and a value that is given is still checked in full (Params).
// The vmid says it takes a name; proxmox_describe says how node and
// store are resolved.
func resolvedString() schema.JSON { return schema.JSON{"type": "string"} }

func vmidOrName() schema.JSON {
	return schema.JSON{"type": []any{"integer", "string"}, "description": "id or name"}
}

// guestKind is the guest type an operation acts on, from its path.
func guestKind(op *schema.Operation) catalog.GuestKind {
	if op.Product != schema.PVE {
		return ""
	}
	for _, k := range []catalog.GuestKind{catalog.QEMU, catalog.LXC} {
		prefix := "/nodes/{node}/" + string(k) + "/{vmid}"
		if op.Path == prefix || strings.HasPrefix(op.Path, prefix+"/") {
			return k
		}
	}
	return ""
}

// storeImplied: a PBS operation with the {store} path parameter.
func storeImplied(op *schema.Operation) bool {
	return op.Product == schema.PBS && strings.Contains(op.Path, "/{store}")
}

// markTargets rewrites a listed schema for what the server resolves: node
// (or store) leaves the required list, the vmid also takes a name. The
// schema is a fresh copy (schema.CompactInput), but its required list may
// be shared with the full schema, so it is replaced, not edited.
func markTargets(tool schema.JSON, op *catalog.Operation) {
	props := tool["properties"].(schema.JSON)
	switch {
	case op.Guest != "":
		optional(tool, "node")
		props["node"] = resolvedString()
		props["vmid"] = vmidOrName()
	case op.StoreImplied:
		optional(tool, "store")
		props["store"] = resolvedString()
	}
}

// optional takes name out of the required list.
func optional(tool schema.JSON, name string) {
	req, _ := tool["required"].([]string)
	var kept []string
	for _, r := range req {
		if r != name {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		delete(tool, "required")
		return
	}
	tool["required"] = kept
}

// targetingCounts are the report's figures.
type targetingCounts struct{ qemu, lxc, store int }

func countTargets(ops []*opModel) targetingCounts {
	var c targetingCounts
	for _, om := range ops {
		switch {
		case om.op.Guest == catalog.QEMU:
			c.qemu++
		case om.op.Guest == catalog.LXC:
			c.lxc++
		case om.op.StoreImplied:
			c.store++
		}
	}
	return c
}

// writeTargeting is the report's section on resolvable parameters.
func writeTargeting(b *strings.Builder, ops []*opModel) {
	c := countTargets(ops)
	if c.qemu+c.lxc+c.store == 0 {
		b.WriteString("None.\n")
		return
	}
	if c.qemu+c.lxc > 0 {
		fmt.Fprintf(b, "- %d guest operations take the guest by id or name without the node (%d qemu, %d lxc).\n", c.qemu+c.lxc, c.qemu, c.lxc)
	}
	if c.store > 0 {
		fmt.Fprintf(b, "- %d operations may leave out the datastore when the backup server has one.\n", c.store)
	}
}
