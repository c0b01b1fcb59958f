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

// dryRunLine opens a dry run's answer: the plan may have read, but the
// request itself went nowhere.
const dryRunLine = "Dry run: the request was not sent; nothing was changed.\n"

// planMaxBytes caps a plan's text (and MaxResultBytes, when smaller): a
// person reads it before deciding, so it says what matters or nothing.
const planMaxBytes = 8 << 10

// plan is a dry run's answer: what req would do, read from the current
// state, with nothing sent but a few bounded GETs.
func (s *Server) plan(ctx context.Context, e *inventory.Entry, req *wire.Request) string {
	return capText(dryRunLine+s.changePlan(ctx, e, req), s.planCap())
}

// changePlan is the plan without the dry-run line, for every message
// that shows what a write would do (a dry run, a call that waits for
// confirmation): the operation, the exact request and the state it
// changes. Secrets are masked everywhere in it, by the audit log's rule.
func (s *Server) changePlan(ctx context.Context, e *inventory.Entry, req *wire.Request) string {
	mask := audit.NewMasker(e.Op)
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %s: %s\n", e.Name, e.Op.Product.Title(), clippedText(e.Op.Summary, 300))
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
