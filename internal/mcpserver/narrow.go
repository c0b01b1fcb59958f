package mcpserver

import (
	"context"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Narrowing limits one request below what the server allows: a lower tier,
// fewer categories. The HTTP transport builds it from request headers; it
// can only narrow, never widen.
type Narrowing struct {
	Tier       *policy.Tier
	Categories map[string]bool // nil: no narrowing by category
}

type narrowingKey struct{}

// WithNarrowing attaches a narrowing to a request's context.
func WithNarrowing(ctx context.Context, n Narrowing) context.Context {
	return context.WithValue(ctx, narrowingKey{}, n)
}

func narrowingFrom(ctx context.Context) (Narrowing, bool) {
	n, ok := ctx.Value(narrowingKey{}).(Narrowing)
	return n, ok
}

// permits reports whether the narrowing lets an operation through.
func (n Narrowing) permits(e *entry) bool {
	if n.Tier != nil && e.decision.Tier > *n.Tier {
		return false
	}
	return n.Categories == nil || n.Categories[e.decision.Category]
}

// refusal explains a narrowing refusal.
func (n Narrowing) refusal(e *entry) string {
	if n.Tier != nil && e.decision.Tier > *n.Tier {
		return fmt.Sprintf("%s needs the %s tier; this request is limited to %s by its headers", e.name(), e.decision.Tier, *n.Tier)
	}
	return fmt.Sprintf("%s is in category %q, which this request's headers exclude", e.name(), e.decision.Category)
}

// allowedIn is Plan.Allowed narrowed by the request.
func (s *Server) allowedIn(ctx context.Context, e *entry) (bool, string) {
	if !s.plan.Allowed(e.op) {
		return false, s.plan.refusal(e.name())
	}
	if n, ok := narrowingFrom(ctx); ok && !n.permits(e) {
		return false, n.refusal(e)
	}
	return true, ""
}

// listedTools is what tools/list answers: the registered tools with their
// real input schemas (see stubSchema), without the operation tools a
// narrowed request may not use. The front-door and task tools always stay:
// they enforce the narrowing on every call.
func (s *Server) listedTools(ctx context.Context, tools []mcp.Tool) []mcp.Tool {
	n, narrowed := narrowingFrom(ctx)
	out := make([]mcp.Tool, 0, len(tools))
	for _, t := range tools {
		schema, isOp := s.schemas[t.Name]
		if !isOp {
			out = append(out, t)
			continue
		}
		if narrowed && !n.permits(s.plan.allowed[t.Name]) {
			continue
		}
		t.RawInputSchema = schema
		out = append(out, t)
	}
	return out
}
