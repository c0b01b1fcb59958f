package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// taskOps are the status and log operations of a product.
func taskOps(p catalog.Product) (status, log *catalog.Operation) {
	c := apis.Catalog(p)
	return c.Lookup(string(p) + "_get_nodes_tasks_status"), c.Lookup(string(p) + "_get_nodes_tasks_log")
}

// handleTask follows a task of either product from its UPID alone: the
// product and the node come from the UPID.
func (s *Server) handleTask(ctx context.Context, req mcp.CallToolRequest, in inventory.Parsed) *mcp.CallToolResult {
	task, ok := wire.ParseUPID(in.Str("upid"))
	if !ok {
		return s.errorResult(fmt.Sprintf(`argument "upid": %q is not a Proxmox UPID (UPID:node:…:)`, clipped(in.Str("upid"))))
	}
	if !s.inv.Configured(task.Product) {
		return s.errorResult(fmt.Sprintf("%s is a task of %s, which this server is not configured for", clipped(task.UPID), task.Product.Title()))
	}
	ctx, err := s.taskTarget(ctx, task, in.Str(inventory.ArgTarget))
	if err != nil {
		return s.errorResult(err.Error())
	}
	if why := s.taskRefusal(ctx, task); why != "" {
		return s.errorResult(why)
	}
	switch in.Str("action") {
	case "log":
		return s.taskLog(ctx, task, in.Int("start"), in.Int("limit"))
	case "wait":
		return s.taskResult(ctx, req, task, float64(in.Int("wait")))
	}
	return s.taskStatus(ctx, task)
}

// taskTarget is where a task is followed: the target named, else the one
// that started it, else the product's default.
func (s *Server) taskTarget(ctx context.Context, task wire.Task, named string) (context.Context, error) {
	if named == "" {
		named, _ = s.started.targetOf(task.UPID)
	}
	if named == "" {
		return ctx, nil
	}
	if p, ok := s.inv.TargetProduct(named); !ok || p != task.Product {
		return ctx, fmt.Errorf("unknown %s target %q: this server has %s", task.Product.Title(), clipped(named), strings.Join(s.inv.Targets(task.Product), ", "))
	}
	return withTarget(ctx, named), nil
}

// taskRefusal: the status and log operations must be allowed; when they
// are allowed only as navigation (the tasks category is excluded), only
// for tasks this server started.
func (s *Server) taskRefusal(ctx context.Context, task wire.Task) string {
	view := s.view(ctx)
	statusOp, logOp := taskOps(task.Product)
	for _, op := range []*catalog.Operation{statusOp, logOp} {
		e, err := view.LookupAt(targetOf(ctx), op.Name)
		if err != nil {
			return err.Error()
		}
		if view.TaskNavigation(e) && !s.started.has(task.UPID) {
			return fmt.Sprintf("this session may follow only the tasks it started: the tasks category is not allowed, and %s was not started here", clipped(task.UPID))
		}
	}
	return ""
}

// read prepares and sends one of the server's own reads (task status and
// log); its arguments come from a parsed UPID.
func (s *Server) read(ctx context.Context, op *catalog.Operation, args map[string]any) (json.RawMessage, error) {
	req, err := wire.Prepare(op, args)
	if err != nil {
		return nil, err
	}
	return s.upstream(ctx, op.Product).Send(ctx, req)
}

func (s *Server) taskStatus(ctx context.Context, t wire.Task) *mcp.CallToolResult {
	statusOp, _ := taskOps(t.Product)
	raw, err := s.read(ctx, statusOp, map[string]any{"node": t.Node, "upid": t.UPID})
	if err != nil {
		return s.errorResult(fmt.Sprintf("task status failed: %v", err))
	}
	return s.structured(map[string]any{"task": t, "status": json.RawMessage(raw)})
}

func (s *Server) taskLog(ctx context.Context, t wire.Task, start, limit int) *mcp.CallToolResult {
	lw := s.logWindow(t)
	lines, err := lw.readErr(ctx, start, limit)
	if err != nil {
		return s.errorResult(fmt.Sprintf("task log failed: %v", err))
	}
	text := make([]string, len(lines))
	for i, l := range lines {
		text[i] = l.T
	}
	body := map[string]any{"task": t, "start": start, "lines": text}
	if len(lines) == limit {
		body["next_start"] = start + len(lines)
	}
	return s.structured(body)
}

func clipped(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// startedTasks remembers the UPIDs this server handed out (the newest
// few thousand), so a session whose allowlist excludes the tasks category
// can still follow its own tasks.
type startedTasks struct {
	mu    sync.Mutex
	set   map[string]string // UPID → the target that started it
	order []string
}

const maxStartedTasks = 4096

func (st *startedTasks) add(upid, target string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.set == nil {
		st.set = map[string]string{}
	}
	if _, ok := st.set[upid]; ok {
		return
	}
	st.set[upid] = target
	st.order = append(st.order, upid)
	if len(st.order) > maxStartedTasks {
		delete(st.set, st.order[0])
		st.order = st.order[1:]
	}
}

func (st *startedTasks) has(upid string) bool {
	_, ok := st.targetOf(upid)
	return ok
}

// targetOf is the target a task this server started runs on.
func (st *startedTasks) targetOf(upid string) (string, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	t, ok := st.set[upid]
	return t, ok
}
