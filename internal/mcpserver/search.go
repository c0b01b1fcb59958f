package mcpserver

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/search"
)

// searchIndex is built once, off the call path: in the background once
// the session has listed its tools and then gone quiet (warmSearchIndex),
// so neither start-up nor the first calls are slowed, and a search that
// follows the model's turn finds it built. A search that arrives before
// the build has finished waits for it (sync.Once blocks) or builds it
// itself; without a tools/list, the first search builds it.
type searchIndex struct {
	once  sync.Once
	index *search.Index
	// warmed is set when the background build has finished.
	warmed atomic.Bool
	// lastActive is when a request last began or ended (Unix ns).
	lastActive atomic.Int64
}

// warmQuiet is how long no request may begin or end before the
// background build starts. A client sends its first calls right after
// tools/list or after a model's turn (seconds); waiting for a quiet moment
// keeps the build's CPU time (tens of milliseconds on two cores) off
// calls that come at once, and a turn is long enough for the build.
const warmQuiet = 20 * time.Millisecond

// warmMaxWait bounds the wait: a busy HTTP server may never be quiet, and
// its first search should not have to build the index.
const warmMaxWait = time.Second

// warmSearchIndex starts the index build after the first tools/list answer,
// when the session lists the search tool. mcp-go calls the hook before the
// transport writes the answer, so the build goes to a goroutine.
func (s *Server) warmSearchIndex(hooks *server.Hooks) {
	if _, ok := s.inv.Tool(inventory.ToolSearch); !ok {
		return
	}
	touch := func() {
		if !s.search.warmed.Load() {
			s.search.lastActive.Store(time.Now().UnixNano())
		}
	}
	hooks.AddBeforeAny(func(context.Context, any, mcp.MCPMethod, any) { touch() })
	hooks.AddOnSuccess(func(context.Context, any, mcp.MCPMethod, any, any) { touch() })
	hooks.AddOnError(func(context.Context, any, mcp.MCPMethod, any, error) { touch() })
	var once sync.Once
	hooks.AddAfterListTools(func(context.Context, any, *mcp.ListToolsRequest, *mcp.ListToolsResult) {
		once.Do(func() { go s.warmWhenQuiet() })
	})
}

// warmWhenQuiet waits until no request has begun or ended for warmQuiet
// (warmMaxWait at most), then builds the index.
func (s *Server) warmWhenQuiet() {
	deadline := time.Now().Add(warmMaxWait)
	for time.Now().Before(deadline) {
		idle := time.Since(time.Unix(0, s.search.lastActive.Load()))
		if idle >= warmQuiet {
			break
		}
		time.Sleep(warmQuiet - idle)
	}
	s.warmSearch()
}

// warmQuery builds what internal/search compiles on a first query: the
// lexicon (its words are lexicon entries) and the typo index ("contianer"
// is a typo of a known word).
const warmQuery = "reboot contianer"

// warmSearch builds the index and runs one query whose answer is dropped,
// so the first real search finds everything built. It collects first:
// the collector is paused during start-up (cmd/proxmox-mcp, deferGC) and
// may still be, and the build's own garbage (megabytes) then reuses the
// start-up garbage's memory instead of growing the heap.
func (s *Server) warmSearch() {
	runtime.GC()
	s.searchIndex().Search(search.Query{Text: warmQuery, Limit: 1})
	s.search.warmed.Store(true)
	// And after: the build's garbage (megabytes) would otherwise start a
	// collection on the client's next call, which then pays for it.
	runtime.GC()
}

func (s *Server) searchIndex() *search.Index {
	s.search.once.Do(func() {
		s.search.index = search.New(s.inv.Operations(),
			func(op *catalog.Operation) string { return s.inv.Entry(op).Decision.Category },
			search.CategoryDescriptions(s.inv.Policy().CategoryDescription),
			search.ToolNames(func(op *catalog.Operation) []string {
				if e := s.inv.Entry(op); e.Name != op.Name {
					return []string{e.Name}
				}
				return nil
			}))
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
	if q.Text == "" {
		return s.browse(view, q)
	}
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
	if q.Text == "" && q.Category == "" {
		return q, fmt.Errorf(`give "query" (what you want to do, e.g. "reboot vm 101"), or "category" alone to list a category's operations`)
	}
	return q, nil
}

// browseEntry is one line of a category listing: compact on purpose.
type browseEntry struct {
	Tool    string `json:"tool"`
	Call    string `json:"call"`
	Summary string `json:"summary"`
}

// browse lists a category's operations this request may call, so an
// assistant can look through them when search finds nothing.
func (s *Server) browse(view inventory.View, q search.Query) *mcp.CallToolResult {
	ops := s.searchIndex().Browse(q.Product, q.Category, view.Allows)
	out := make([]browseEntry, 0, len(ops))
	for _, op := range ops {
		out = append(out, browseEntry{Tool: s.inv.Entry(op).Name, Call: op.Method + " " + op.Path, Summary: op.Summary})
	}
	body := map[string]any{"category": q.Category, "operations": out, "count": len(out)}
	if len(out) == 0 {
		body["note"] = "This category has no operation this session may call (tier, categories or product)."
	}
	return s.structured(body)
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
