package mcpserver

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/search"
)

const (
	defaultSearchLimit = 10
	maxSearchLimit     = 50
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
			if s.plan.configured(op.Product) {
				ops = append(ops, op)
			}
		}
		s.search.index = search.New(ops, func(op *catalog.Operation) string {
			return s.opts.Policy.Decide(op).Category
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
	CallWith string `json:"call_with"`
}

func (s *Server) handleSearch(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	in, err := arguments(req)
	if err != nil {
		return errorResult(err.Error()), nil
	}
	q, err := s.searchQuery(in)
	if err != nil {
		return errorResult(err.Error()), nil
	}
	q.Allow = func(op *catalog.Operation) bool {
		e, ok := s.plan.allowed[op.Name]
		if !ok || e.op != op {
			return false
		}
		allowed, _ := s.allowedIn(ctx, e)
		return allowed
	}
	results, better := s.searchIndex().Search(q)
	body := map[string]any{"results": s.hits(results)}
	if len(results) == 0 {
		body["note"] = "No operation matched. Try other words (e.g. the Proxmox term: qemu for VMs, lxc for containers, vzdump for backups), or drop the product/category filter."
	}
	if better != nil {
		body["better_match_blocked"] = fmt.Sprintf("%s (%s %s) matches better but is not allowed: %s",
			better.Op.Name, better.Op.Method, better.Op.Path, s.whyNot(ctx, better.Op))
	}
	return structured(body), nil
}

func (s *Server) searchQuery(in map[string]any) (search.Query, error) {
	q := search.Query{Limit: defaultSearchLimit}
	text, _ := in["query"].(string)
	if text == "" {
		return q, fmt.Errorf(`argument "query" is required: describe what you want to do, e.g. "reboot vm 101"`)
	}
	q.Text = text
	if v, ok := in["product"]; ok {
		p, _ := v.(string)
		if !s.plan.configured(catalog.Product(p)) {
			return q, fmt.Errorf(`argument "product": must be one of %v`, s.plan.productNames())
		}
		q.Product = catalog.Product(p)
	}
	if v, ok := in["category"]; ok {
		c, _ := v.(string)
		if !slices.Contains(s.plan.categories(s.opts.Policy), c) {
			return q, fmt.Errorf(`argument "category": unknown category %s (valid: %v)`, jsonText(v), s.plan.categories(s.opts.Policy))
		}
		q.Category = c
	}
	if v, ok := in["limit"]; ok {
		n, ok := number(v)
		if !ok || n < 1 || n > maxSearchLimit || n != float64(int(n)) {
			return q, fmt.Errorf(`argument "limit": must be an integer from 1 to %d, got %s`, maxSearchLimit, jsonText(v))
		}
		q.Limit = int(n)
	}
	for k := range in {
		if k != "query" && k != "product" && k != "category" && k != "limit" {
			return q, fmt.Errorf("unknown argument %q (valid: query, product, category, limit)", k)
		}
	}
	return q, nil
}

func (s *Server) hits(results []search.Result) []searchHit {
	out := make([]searchHit, 0, len(results))
	for _, r := range results {
		e := s.plan.allowed[r.Op.Name]
		with := toolCallWrite
		if readOnlyCall(e) {
			with = toolCallRead
		}
		out = append(out, searchHit{
			Tool: e.name(), Call: r.Op.Method + " " + r.Op.Path, Summary: r.Op.Summary,
			Tier: tierOf(e.decision), Category: e.decision.Category, CallWith: with,
		})
	}
	return out
}

// whyNot explains why an operation is not callable in this request.
func (s *Server) whyNot(ctx context.Context, op *catalog.Operation) string {
	if e, ok := s.plan.allowed[op.Name]; ok {
		if _, why := s.allowedIn(ctx, e); why != "" {
			return why
		}
	}
	return s.plan.refusal(op.Name)
}
