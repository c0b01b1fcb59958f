package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Polling starts fast (most tasks are short) and backs off to a few
// seconds; a node that stops answering ends the wait after a few misses.
const (
	pollFirst     = 200 * time.Millisecond
	pollMax       = 3 * time.Second
	pollGrowth    = 1.5
	maxPollErrors = 3
	logTailLines  = 20
)

// taskOutcome is what a wait learned about a task.
type taskOutcome struct {
	Status     string   `json:"status"` // running, stopped
	ExitStatus string   `json:"exitstatus,omitempty"`
	OK         *bool    `json:"ok,omitempty"`
	Seconds    float64  `json:"duration_seconds,omitempty"`
	Waited     float64  `json:"waited_seconds"`
	LogTail    []string `json:"log_tail,omitempty"`
	Note       string   `json:"note,omitempty"`
}

// taskStatus is the part of Proxmox's task status the wait reads.
type taskStatus struct {
	Status     string `json:"status"`
	ExitStatus string `json:"exitstatus"`
}

type logLine struct {
	N int    `json:"n"`
	T string `json:"t"`
}

// taskResult answers a call that started a task: at once with the UPID, or
// after waiting for it.
func (s *Server) taskResult(ctx context.Context, req mcp.CallToolRequest, task wire.Task, wait float64) *mcp.CallToolResult {
	body := map[string]any{"data": task.UPID, "task": task}
	if wait <= 0 {
		body["status"] = "started"
		body["next"] = inventory.FollowHint(task.UPID)
		return s.structured(body)
	}
	out := s.waitTask(ctx, req, task, time.Duration(wait*float64(time.Second)))
	body["outcome"] = out
	if out.Status != "stopped" {
		body["next"] = inventory.FollowHint(task.UPID)
	}
	res := s.structured(body)
	res.IsError = out.OK != nil && !*out.OK
	return res
}

// structured answers a JSON object as text plus structuredContent, within
// the result cap (beyond it, the text is cut and marked).
func (s *Server) structured(body map[string]any) *mcp.CallToolResult {
	text, err := json.Marshal(body)
	if err != nil {
		return s.errorResult(err.Error())
	}
	if len(text) > s.opts.MaxResultBytes {
		msg := capText(string(text), s.opts.MaxResultBytes-200) +
			fmt.Sprintf("\n[The answer is %d bytes, over the result cap of %d (PROXMOX_MCP_MAX_RESULT_BYTES): ask for less at a time.]", len(text), s.opts.MaxResultBytes)
		return &mcp.CallToolResult{Content: []mcp.Content{mcp.TextContent{Type: "text", Text: msg}}}
	}
	return jsonResult(text, body)
}

// waitTask polls the task's status until it stops, the wait runs out, the
// client cancels or the node stops answering. It sends progress
// notifications with the latest log line when the client asked for them.
func (s *Server) waitTask(ctx context.Context, req mcp.CallToolRequest, task wire.Task, wait time.Duration) taskOutcome {
	statusOp, _ := taskOps(task.Product)
	args := map[string]any{"node": task.Node, "upid": task.UPID}
	start := time.Now()
	deadline := start.Add(wait)
	p := newProgress(ctx, req, wait)
	lw := s.logWindow(task)
	delay, misses := pollFirst, 0
	for {
		raw, err := s.read(ctx, statusOp, args)
		var st taskStatus
		if err == nil {
			err = json.Unmarshal(raw, &st)
		}
		switch {
		case ctx.Err() != nil:
			return taskOutcome{Status: "unknown", Waited: since(start),
				Note: "The client cancelled the request: waiting stopped, the task itself was not stopped and may still be running."}
		case err != nil:
			misses++
			if misses >= maxPollErrors {
				return taskOutcome{Status: "unknown", Waited: since(start),
					Note: fmt.Sprintf("Lost contact while waiting (%v); the task may still be running on %s.", err, task.Node)}
			}
		case st.Status == "stopped":
			return finished(ctx, lw, st, task, start)
		default:
			misses = 0
			p.report(since(start), progressMessage(task, lw.latest(ctx), since(start)))
		}
		if !time.Now().Add(delay).Before(deadline) {
			return taskOutcome{Status: "running", Waited: since(start),
				Note: fmt.Sprintf("Still running after waiting %s.", wait.Round(time.Second))}
		}
		if !sleepCtx(ctx, delay) {
			continue // the next iteration reports the cancellation
		}
		delay = min(time.Duration(float64(delay)*pollGrowth), pollMax)
	}
}

// progressMessage is the newest log line, or what is known without one:
// the task's type and object, and how long it has been running.
func progressMessage(t wire.Task, latest string, elapsed float64) string {
	if latest != "" {
		return latest
	}
	what := t.Type
	if t.ID != "" {
		what += " " + t.ID
	}
	return fmt.Sprintf("%s on %s: running for %s, no log line yet", what, t.Node, time.Duration(elapsed*float64(time.Second)).Round(time.Second))
}

// emptyLog is the one line PVE's task log answers while a task has
// written nothing (proxmox/pve-common src/PVE/Tools.pm dump_logfile).
const emptyLog = "no content"

// finished reports a stopped task; a failed one carries its log tail.
func finished(ctx context.Context, lw *logWindow, st taskStatus, task wire.Task, start time.Time) taskOutcome {
	ok := taskSucceeded(st.ExitStatus)
	out := taskOutcome{Status: "stopped", ExitStatus: st.ExitStatus, OK: &ok, Waited: since(start),
		Seconds: time.Since(task.StartTime).Seconds()}
	if !ok {
		out.LogTail = lw.tail(ctx, logTailLines)
	}
	return out
}

// taskSucceeded: Proxmox writes "OK", or "WARNINGS: n" for a task that
// completed with warnings; anything else is the error message.
func taskSucceeded(exit string) bool {
	return exit == "OK" || strings.HasPrefix(exit, "WARNINGS")
}

func since(t time.Time) float64 { return time.Since(t).Round(time.Millisecond).Seconds() }

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// logWindow reads a task log incrementally: each read asks only for the
// lines after the last one seen.
type logWindow struct {
	s    *Server
	op   *catalog.Operation
	args map[string]any
	seen int
	last string
}

func (s *Server) logWindow(t wire.Task) *logWindow {
	_, logOp := taskOps(t.Product)
	return &logWindow{s: s, op: logOp, args: map[string]any{"node": t.Node, "upid": t.UPID}}
}

// read returns a window of log lines; while waiting, a failed read only
// means no progress message.
func (w *logWindow) read(ctx context.Context, start, limit int) []logLine {
	lines, _ := w.readErr(ctx, start, limit)
	return lines
}

func (w *logWindow) readErr(ctx context.Context, start, limit int) ([]logLine, error) {
	args := map[string]any{"start": start, "limit": limit}
	for k, v := range w.args {
		args[k] = v
	}
	raw, err := w.s.read(ctx, w.op, args)
	if err != nil {
		return nil, err
	}
	var lines []logLine
	if err := json.Unmarshal(raw, &lines); err != nil {
		return nil, fmt.Errorf("unexpected task log: %w", err)
	}
	return lines, nil
}

// latest returns the newest log line so far.
func (w *logWindow) latest(ctx context.Context) string {
	lines := w.read(ctx, w.seen, 500)
	if len(lines) == 1 && lines[0].T == emptyLog {
		return w.last // the log is still empty: nothing seen yet
	}
	if len(lines) > 0 {
		w.seen += len(lines)
		w.last = lines[len(lines)-1].T
	}
	return w.last
}

// tail returns the last n lines of the log.
func (w *logWindow) tail(ctx context.Context, n int) []string {
	all := w.read(ctx, 0, 100000)
	if len(all) > n {
		all = all[len(all)-n:]
	}
	out := make([]string, len(all))
	for i, l := range all {
		out[i] = l.T
	}
	return out
}

// progress sends notifications/progress for a request that carried a
// progress token; otherwise it does nothing.
type progress struct {
	ctx   context.Context
	token mcp.ProgressToken
	total float64
	srv   *server.MCPServer
}

func newProgress(ctx context.Context, req mcp.CallToolRequest, wait time.Duration) *progress {
	p := &progress{ctx: ctx, total: wait.Seconds(), srv: server.ServerFromContext(ctx)}
	if req.Params.Meta != nil {
		p.token = req.Params.Meta.ProgressToken
	}
	return p
}

func (p *progress) report(elapsed float64, message string) {
	if p.token == nil || p.srv == nil {
		return
	}
	params := map[string]any{"progressToken": p.token, "progress": elapsed, "total": p.total}
	if message != "" {
		params["message"] = message
	}
	_ = p.srv.SendNotificationToClient(p.ctx, "notifications/progress", params)
}
