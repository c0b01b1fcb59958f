package sim

import (
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// registerTasksHandlers registers the stateful handlers of this file (see handlerTable).
func registerTasksHandlers() {
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		handle(p, "GET /nodes/{node}/tasks", listTasks)
		handle(p, "GET /nodes/{node}/tasks/{upid}/status", taskStatus)
		handle(p, "GET /nodes/{node}/tasks/{upid}/log", taskLog)
		handle(p, "DELETE /nodes/{node}/tasks/{upid}", stopTask)
	}
	handle(catalog.PVE, "GET /cluster/tasks", clusterTasks)
}

// task finds the path's task.
func (c *call) task(st *state) (*task, *apiError) {
	upid := c.str("upid")
	t := st.tasks[upid]
	if t == nil || t.product != c.product {
		if !strings.HasPrefix(upid, "UPID:") {
			return nil, errorf(http.StatusBadRequest, "unable to parse worker upid '%s'", upid)
		}
		return nil, internalError("no such task '%s'", upid)
	}
	return t, nil
}

func taskStatus(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		t, e := c.task(st)
		if e != nil {
			return nil, e
		}
		out := taskFields(t)
		out["status"] = "running"
		if !t.running {
			out["status"], out["exitstatus"] = "stopped", t.exit
			if c.product == catalog.PBS {
				out["endtime"] = t.endTime()
			}
		}
		return out, nil
	})
}

// taskFields are the members a task status and a task list share.
func taskFields(t *task) map[string]any {
	out := map[string]any{"upid": t.upid, "node": t.node, "pid": t.pid, "pstart": t.pstart, "starttime": t.start.Unix(), "type": t.typ, "id": t.id, "user": t.authid}
	if t.product == catalog.PBS {
		user, tok, isToken := strings.Cut(t.authid, "!")
		out["user"] = user
		if isToken {
			out["tokenid"] = tok
		}
	}
	return out
}

// taskLog answers a window of the log: [{n, t}], with the line count in
// "total"; download=1 answers the text itself.
func taskLog(c *call) (any, error) {
	lines, e := c.taskLines()
	if e != nil {
		return nil, e
	}
	if c.flag("download") {
		return nil, c.rawText(strings.Join(lines, "\n") + "\n")
	}
	start, limit := c.int("start"), 50
	if c.has("limit") {
		limit = c.int("limit")
	}
	out := []any{}
	for i := start; i < len(lines) && (limit == 0 || i < start+limit); i++ {
		out = append(out, map[string]any{"n": i + 1, "t": lines[i]})
	}
	if len(lines) == 0 {
		out = append(out, map[string]any{"n": 1, "t": "no content"})
	}
	c.extra = map[string]any{"total": max(len(lines), 1)}
	if c.product == catalog.PBS && c.flag("test-status") {
		st, _ := c.locked(func(st *state, _ time.Time) (any, error) { t, _ := c.task(st); return t != nil && t.running, nil })
		c.extra["active"] = st
	}
	return out, nil
}

func (c *call) taskLines() ([]string, *apiError) {
	v, err := c.locked(func(st *state, _ time.Time) (any, error) {
		t, e := c.task(st)
		if e != nil {
			return nil, e
		}
		return append([]string(nil), t.log...), nil
	})
	if err != nil {
		return nil, err.(*apiError)
	}
	return v.([]string), nil
}

// rawText answers a plain-text download; it is returned as an error so
// the normal JSON envelope is skipped.
func (c *call) rawText(s string) error { return c.rawBytes("text/plain", []byte(s)) }

func (c *call) rawBytes(contentType string, b []byte) error {
	c.rs.logStatus(http.StatusOK)
	c.rs.w.Header().Set("Content-Type", contentType)
	c.rs.w.WriteHeader(http.StatusOK)
	c.rs.w.Write(b)
	return errAnswered
}

// errAnswered tells dispatch the handler already wrote the answer.
var errAnswered = &apiError{Status: -1}

func stopTask(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		t, e := c.task(st)
		if e != nil {
			return nil, e
		}
		st.stopTask(t)
		return nil, nil
	})
}

// listTasks is a node's task list, newest first. PVE lists finished tasks
// unless source=active|all; PBS lists all unless running=1.
func listTasks(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		var out []any
		for _, t := range st.sortedTasks(c.product) {
			if c.product == catalog.PVE && t.node != c.nodeName() {
				continue
			}
			if c.keepTask(t) {
				out = append(out, taskListEntry(t))
			}
		}
		total := len(out)
		start, limit := c.int("start"), 50
		if c.has("limit") {
			limit = c.int("limit")
		}
		out = window(out, start, limit)
		c.extra = map[string]any{"total": total}
		return out, nil
	})
}

func window(list []any, start, limit int) []any {
	if start >= len(list) {
		return []any{}
	}
	end := len(list)
	if limit > 0 && start+limit < end {
		end = start + limit
	}
	return list[start:end]
}

func (st *state) sortedTasks(p catalog.Product) []*task {
	var out []*task
	for _, t := range st.taskOrder {
		if t.product == p {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start.After(out[j].start) })
	return out
}

// keepTask applies the list filters.
func (c *call) keepTask(t *task) bool {
	source := c.str("source")
	switch {
	case c.product == catalog.PVE && (source == "" || source == "archive") && t.running,
		c.product == catalog.PVE && source == "active" && !t.running,
		c.product == catalog.PBS && c.flag("running") && !t.running,
		c.has("vmid") && t.id != c.str("vmid"),
		c.has("typefilter") && !strings.Contains(t.typ, c.str("typefilter")),
		c.has("userfilter") && !strings.Contains(t.authid, c.str("userfilter")),
		c.flag("errors") && (t.running || t.exit == "OK"),
		c.has("since") && t.start.Unix() < int64(c.int("since")),
		c.has("until") && t.start.Unix() > int64(c.int("until")),
		c.has("store") && !strings.HasPrefix(t.id, c.str("store")):
		return false
	}
	return c.statusFilter(t)
}

// statusFilter keeps tasks whose state (ok, error, warning, unknown) is
// listed.
func (c *call) statusFilter(t *task) bool {
	var want []string
	if v, ok := c.args["statusfilter"].([]any); ok {
		for _, x := range v {
			want = append(want, strings.ToLower(x.(string)))
		}
	} else if c.has("statusfilter") {
		want = wire.SplitList(strings.ToLower(c.str("statusfilter")))
	}
	if len(want) == 0 || t.running {
		return true
	}
	state := "error"
	switch {
	case t.exit == "OK":
		state = "ok"
	case strings.HasPrefix(t.exit, "WARNINGS"):
		state = "warning"
	}
	for _, w := range want {
		if w == state {
			return true
		}
	}
	return false
}

func taskListEntry(t *task) map[string]any {
	out := taskFields(t)
	if t.product == catalog.PBS {
		out["worker_type"], out["worker_id"] = t.typ, t.id
		delete(out, "type")
		delete(out, "id")
	}
	if !t.running {
		out["status"], out["endtime"] = t.exit, t.endTime()
	}
	return out
}

// clusterTasks lists recent tasks of every node.
func clusterTasks(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, t := range st.sortedTasks(catalog.PVE) {
			e := taskListEntry(t)
			e["saved"] = "1"
			out = append(out, e)
		}
		return window(out, 0, 50), nil
	})
}
