package mcpserver

import (
	"context"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// handleCall runs an operation through proxmox_call_read (read-only
// operations only) or proxmox_call_write (the others).
func (s *Server) handleCall(ctx context.Context, req mcp.CallToolRequest, in inventory.Parsed, write bool) *mcp.CallToolResult {
	name := in.Str("tool")
	e, err := s.view(ctx).Lookup(name)
	if err != nil {
		return s.errorResult(err.Error())
	}
	switch {
	case !write && !e.ReadOnly():
		return s.errorResult(fmt.Sprintf("%s is not read-only (%s %s, tier %s): call it with %s",
			e.Name, e.Op.Method, e.Op.Path, e.Decision.Tier, inventory.ToolCallWrite))
	case write && e.ReadOnly():
		return s.errorResult(fmt.Sprintf("%s is read-only: call it with %s", e.Name, inventory.ToolCallRead))
	}
	args := in.Obj("arguments")
	if args == nil {
		args = map[string]any{}
	}
	for _, k := range []string{argConfirm, argDryRun, argWait} {
		if in.Has(k) {
			args[k] = in[k]
		}
	}
	if in.Has(inventory.ArgTarget) {
		args[inventory.TargetArgName(e.Op)] = in[inventory.ArgTarget]
	}
	return s.invoke(ctx, req, e, args)
}
