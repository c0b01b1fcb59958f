package mcpserver

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// planMaxBytes caps a plan's text (and MaxResultBytes, when smaller): a
// person reads it before deciding, so it says what matters or nothing.
const planMaxBytes = 8 << 10

// plan says what req would do: the operation, the exact request and the
// state it changes, read with a few bounded GETs; nothing else is sent.
// The same text answers a dry run and sits in the messages of a call
// that waits for confirmation, so it words the request as not sent and
// says nothing of why. Secrets are masked everywhere in it, by the audit
// log's rule.
func (s *Server) plan(ctx context.Context, e *inventory.Entry, req *wire.Request) string {
	mask := audit.NewMasker(e.Op)
	var b strings.Builder
	fmt.Fprintf(&b, "Plan for %s on %s: %s\n", e.Name, e.Op.Product.Title(), clippedText(e.Op.Summary, 300))
	writeRequest(&b, req, mask)
	s.writeState(ctx, &b, req, mask)
	return capText(maskLines(mask, b.String()), s.planCap())
}

func (s *Server) planCap() int { return min(planMaxBytes, s.opts.MaxResultBytes) }

// writeState adds what the request changes, by the rule its operation
// falls under (see planRule).
func (s *Server) writeState(ctx context.Context, b *strings.Builder, req *wire.Request, mask *audit.Masker) {
	pr := s.newPlanReader(ctx)
	switch planRule(req.Op) {
	case ruleConfig:
		writeConfigChange(b, pr, req, mask)
	case ruleGuestDelete:
		writeGuestDelete(b, pr, req)
	case ruleRollback:
		writeRollback(b, pr, req)
	case ruleDelete:
		writeDelete(b, pr, req, mask)
	default:
		b.WriteString("Current state: not read (plans read the state of config updates, deletes and rollbacks).\n")
	}
}

// maskLines masks the finished text line by line: the secrets the
// request carried wherever they appear, credential shapes, secret keys of
// property strings. (Line by line, so that masking a key's value cannot
// run on into the next line.)
func maskLines(mask *audit.Masker, text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = mask.Text(l)
	}
	return strings.Join(lines, "\n")
}

// textResult is a plain text answer.
func (s *Server) textResult(text string) *mcp.CallToolResult {
	return &mcp.CallToolResult{Content: []mcp.Content{mcp.TextContent{Type: "text", Text: capText(text, s.opts.MaxResultBytes)}}}
}
