package mcpserver

import (
	"context"
	"fmt"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// Several clusters or backup servers of one product are targets: each
// named, each with its own upstream (Options.Targets). A call says which
// with the target argument, or goes to its product's first target; the
// target travels in the context to everything the call reads or sends
// (task waits, plans, resolution).

type targetKey struct{}

func withTarget(ctx context.Context, name string) context.Context {
	if name == "" {
		return ctx
	}
	return context.WithValue(ctx, targetKey{}, name)
}

func targetOf(ctx context.Context) string {
	name, _ := ctx.Value(targetKey{}).(string)
	return name
}

// upstream is where a request of product p goes: the context's target,
// else the product's default.
func (s *Server) upstream(ctx context.Context, p catalog.Product) Upstream {
	if name := targetOf(ctx); name != "" {
		if up := s.opts.Targets[name]; up != nil {
			return up
		}
	}
	return s.opts.Upstreams[p]
}

// targetValue checks a target argument's value.
func targetValue(v any) (string, error) {
	name, ok := v.(string)
	if !ok || name == "" || len(name) > inventory.MaxTargetName {
		return "", fmt.Errorf(`argument "target": must be the name of a configured target (at most %d characters), got %s`, inventory.MaxTargetName, jsonText(v))
	}
	return name, nil
}
