package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

const (
	toolTask          = "proxmox_task"
	defaultLogLimit   = 50
	maxLogLimit       = 5000
	defaultTaskWaitTT = 60 // seconds, when action=wait gives none
)

// taskTool follows a task of either product from its UPID alone: the
// product and the node come from the UPID.
func (s *Server) taskTool() server.ServerTool {
	schema := map[string]any{"type": "object", "properties": map[string]any{
		"upid":   map[string]any{"type": "string"},
		"action": map[string]any{"type": "string", "enum": []string{"status", "log", "wait"}, "default": "status"},
		"start":  map[string]any{"type": "integer", "minimum": 0, "description": "log: first line"},
		"limit":  map[string]any{"type": "integer", "default": defaultLogLimit, "description": "log: lines"},
		"wait":   map[string]any{"type": "integer", "default": defaultTaskWaitTT, "description": "wait: seconds"},
	}, "required": []string{"upid"}, "additionalProperties": false}
	t := frontDoorTool(toolTask, "Follow a Proxmox task",
		"Status, log or end (waited for, with progress) of a PVE or PBS task, by UPID.", schema, true)
	return server.ServerTool{Tool: t, Handler: s.handleTask}
}

// taskArgs are the validated arguments of proxmox_task.
type taskArgs struct {
	task         Task
	action       string
	start, limit int
	wait         time.Duration
}

func (s *Server) parseTaskArgs(in map[string]any) (taskArgs, error) {
	a := taskArgs{action: "status", limit: defaultLogLimit, wait: defaultTaskWaitTT * time.Second}
	upid, _ := in["upid"].(string)
	t, ok := ParseUPID(upid)
	if !ok {
		return a, fmt.Errorf(`argument "upid": %s is not a Proxmox UPID (UPID:node:…:)`, jsonText(in["upid"]))
	}
	a.task = t
	if v, ok := in["action"]; ok {
		a.action, _ = v.(string)
		if a.action != "status" && a.action != "log" && a.action != "wait" {
			return a, fmt.Errorf(`argument "action": must be status, log or wait, got %s`, jsonText(v))
		}
	}
	ints := map[string]struct {
		dst      *int
		min, max int
	}{"start": {&a.start, 0, 1 << 30}, "limit": {&a.limit, 1, maxLogLimit}}
	for k, spec := range ints {
		if v, ok := in[k]; ok {
			n, ok := number(v)
			if !ok || n != float64(int(n)) || int(n) < spec.min || int(n) > spec.max {
				return a, fmt.Errorf("argument %q: must be an integer from %d to %d, got %s", k, spec.min, spec.max, jsonText(v))
			}
			*spec.dst = int(n)
		}
	}
	if v, ok := in["wait"]; ok {
		n, ok := number(v)
		if !ok || n < 1 || n > s.opts.MaxTaskWait.Seconds() {
			return a, fmt.Errorf(`argument "wait": must be seconds from 1 to %d, got %s`, int(s.opts.MaxTaskWait.Seconds()), jsonText(v))
		}
		a.wait = time.Duration(n * float64(time.Second))
	}
	return a, nil
}

func (s *Server) handleTask(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	in, err := arguments(req)
	if err != nil {
		return errorResult(err.Error()), nil
	}
	a, err := s.parseTaskArgs(in)
	if err != nil {
		return errorResult(err.Error()), nil
	}
	statusOp, logOp := taskOps(a.task.Product)
	for _, op := range []*catalog.Operation{statusOp, logOp} {
		e, ok := s.plan.allowed[op.Name]
		if !ok {
			return errorResult(s.plan.refusal(op.Name)), nil
		}
		if ok, why := s.allowedIn(ctx, e); !ok {
			return errorResult(why), nil
		}
	}
	doer := s.plan.products[a.task.Product].Doer
	switch a.action {
	case "log":
		return s.taskLog(ctx, doer, logOp, a), nil
	case "wait":
		return s.taskResult(ctx, req, doer, a.task, a.wait.Seconds()), nil
	}
	return s.taskStatus(ctx, doer, statusOp, a.task), nil
}

func (s *Server) taskStatus(ctx context.Context, doer catalog.Doer, op *catalog.Operation, t Task) *mcp.CallToolResult {
	raw, err := doer.Do(ctx, op, map[string]any{"node": t.Node, "upid": t.UPID})
	if err != nil {
		return errorResult(fmt.Sprintf("task status failed: %v", err))
	}
	return structured(map[string]any{"task": t, "status": json.RawMessage(raw)})
}

func (s *Server) taskLog(ctx context.Context, doer catalog.Doer, op *catalog.Operation, a taskArgs) *mcp.CallToolResult {
	lw := &logWindow{doer: doer, op: op, args: map[string]any{"node": a.task.Node, "upid": a.task.UPID}}
	lines, err := lw.readErr(ctx, a.start, a.limit)
	if err != nil {
		return errorResult(fmt.Sprintf("task log failed: %v", err))
	}
	text := make([]string, len(lines))
	for i, l := range lines {
		text[i] = l.T
	}
	body := map[string]any{"task": a.task, "start": a.start, "lines": text}
	if len(lines) == a.limit {
		body["next_start"] = a.start + len(lines)
	}
	return structured(body)
}
