package mcpserver

import (
	"context"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

type narrowingKey struct{}

// WithNarrowing attaches a request's narrowing (the HTTP transport's
// headers, parsed by the inventory) to its context.
func WithNarrowing(ctx context.Context, n *inventory.Narrowing) context.Context {
	return context.WithValue(ctx, narrowingKey{}, n)
}

// view is the inventory as this request sees it: its caller's
// (per-user credentials), narrowed by its headers.
func (s *Server) view(ctx context.Context) inventory.View {
	n, _ := ctx.Value(narrowingKey{}).(*inventory.Narrowing)
	return s.inventoryFor(ctx).View(n)
}
