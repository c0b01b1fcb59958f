package mcpserver

import (
	"context"
	"encoding/json"
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

// maxTargetName bounds a target argument.
const maxTargetName = 64

// targetArgName is the name the target argument has on an operation's
// own tool: target, unless the operation has a parameter of that name
// (migrations name a target node), then proxmox_target. Through the front
// door it is always the call tool's own target.
func targetArgName(op *catalog.Operation) string {
	if op.Param(inventory.ArgTarget) != nil {
		return "proxmox_" + inventory.ArgTarget
	}
	return inventory.ArgTarget
}

// targetValue checks a target argument's value.
func targetValue(v any) (string, error) {
	name, ok := v.(string)
	if !ok || name == "" || len(name) > maxTargetName {
		return "", fmt.Errorf(`argument "target": must be the name of a configured target (at most %d characters), got %s`, maxTargetName, jsonText(v))
	}
	return name, nil
}

// withTargetArg adds the target argument to an operation's listed schema
// when its product has several targets.
func (s *Server) withTargetArg(op *catalog.Operation, schema json.RawMessage) json.RawMessage {
	names := s.inv.Targets(op.Product)
	if !s.inv.MultiTarget(op.Product) {
		return schema
	}
	var m map[string]any
	if err := json.Unmarshal(schema, &m); err != nil {
		return schema
	}
	props, _ := m["properties"].(map[string]any)
	if props == nil {
		props = map[string]any{}
		m["properties"] = props
	}
	props[targetArgName(op)] = map[string]any{"type": "string", "enum": names,
		"description": fmt.Sprintf("The %s to call (default %s).", op.Product.Title(), names[0])}
	out, err := json.Marshal(m)
	if err != nil {
		return schema
	}
	return out
}
