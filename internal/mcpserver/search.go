package mcpserver

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/search"
)

// searchIndex is built on the first search, not at startup: a session that
// never searches does not pay for it.
type searchIndex struct {
	once  sync.Once
	index *search.Index
}

func (s *Server) searchIndex() *search.Index {
	s.search.once.Do(func() {
		var ops []*catalog.Operation
		for _, op := range apis.Operations() {
			if s.inv.Configured(op.Product) {
				ops = append(ops, op)
			}
		}
		s.search.index = search.New(ops, func(op *catalog.Operation) string {
			return s.inv.Entry(op).Decision.Category
		})
	})
	return s.search.index
}

// searchHit is one line of a search answer.
type searchHit struct {
	Tool     string `json:"tool"`
	Call     string `json:"call"` // METHOD /path
	Summary  string `json:"summary"`
	Tier     string `json:"tier"`
	Category string `json:"category"`
	CallWith string `json:"call_with,omitempty"`
}

func (s *Server) handleSearch(ctx context.Context, _ mcp.CallToolRequest, in inventory.Parsed) *mcp.CallToolResult {
	q, err := s.searchQuery(in)
	if err != nil {
		return s.errorResult(err.Error())
	}
	view := s.view(ctx)
	q.Allow = view.Allows
	results, better := s.searchIndex().Search(q)
	body := map[string]any{"results": s.hits(results)}
	if len(results) == 0 {
		body["note"] = "No operation matched. Try other words (e.g. the Proxmox term: qemu for VMs, lxc for containers, vzdump for backups), or drop the product/category filter."
	}
	if better != nil {
		body["better_match_blocked"] = fmt.Sprintf("%s (%s %s) matches better but is not allowed: %s",
			s.inv.Entry(better.Op).Name, better.Op.Method, better.Op.Path, view.WhyNot(better.Op))
	}
	return s.structured(body)
}

func (s *Server) searchQuery(in inventory.Parsed) (search.Query, error) {
	q := search.Query{Text: in.Str("query"), Limit: in.Int("limit"), Product: catalog.Product(in.Str("product"))}
	if c := in.Str("category"); c != "" {
		if !slices.Contains(s.inv.Categories(), c) {
			return q, fmt.Errorf(`argument "category": unknown category %q (valid: %v)`, c, s.inv.Categories())
		}
		q.Category = c
	}
	if q.Text == "" {
		return q, fmt.Errorf(`argument "query" is required: describe what you want to do, e.g. "reboot vm 101"`)
	}
	return q, nil
}

func (s *Server) hits(results []search.Result) []searchHit {
	out := make([]searchHit, 0, len(results))
	for _, r := range results {
		e := s.inv.Entry(r.Op)
		out = append(out, searchHit{
			Tool: e.Name, Call: r.Op.Method + " " + r.Op.Path, Summary: r.Op.Summary,
			Tier: e.Decision.Tier.String(), Category: e.Decision.Category, CallWith: s.inv.CallWith(e),
		})
	}
	return out
}
