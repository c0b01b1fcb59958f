package mcpserver

import (
	"context"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// resolveTarget fills in what the caller may leave out (the node of a
// guest) before the request is prepared.
func (s *Server) resolveTarget(ctx context.Context, e *inventory.Entry, args map[string]any) (map[string]any, error) {
	return args, nil
}
