package mcpserver

import (
	"context"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// plan says what req would do; it never writes. (The state it changes
// and what goes with it are added by the plan builder.)
func (s *Server) plan(ctx context.Context, e *inventory.Entry, req *wire.Request) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Dry run: nothing was sent.\n%s would call %s %s on %s: %s\n", e.Name, req.Method, req.Path, e.Op.Product.Title(), e.Op.Summary)
	return b.String()
}

// textResult is a plain text answer.
func (s *Server) textResult(text string) *mcp.CallToolResult {
	return &mcp.CallToolResult{Content: []mcp.Content{mcp.TextContent{Type: "text", Text: capText(text, s.opts.MaxResultBytes)}}}
}
