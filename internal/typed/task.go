package typed

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// TaskInfo is what a task's UPID says about it. The generated packages
// copy it into their own Task type.
type TaskInfo struct {
	UPID      string
	Node      string
	Type      string // the worker type: qmstart, vzdump, garbage_collection …
	ID        string // what it works on (a VMID, a datastore), if anything
	User      string // who started it
	StartTime time.Time
}

// ParseUPID reads either product's UPID.
func ParseUPID(upid string) (TaskInfo, error) {
	t, ok := wire.ParseUPID(upid)
	if !ok {
		return TaskInfo{}, fmt.Errorf("%.80q is not a Proxmox task UPID (UPID:node:…:)", upid)
	}
	return TaskInfo{UPID: t.UPID, Node: t.Node, Type: t.Type, ID: t.ID, User: t.User, StartTime: t.StartTime}, nil
}

// Start sends an operation that starts a task and returns the task. ok is
// false when Proxmox answered no UPID (some writes do their work at once
// and answer null).
func (c *Client) Start(ctx context.Context, name string, params any) (task TaskInfo, ok bool, err error) {
	return c.start(ctx, name, params, nil)
}

// StartUpload is Start for an operation that sends a file.
func (c *Client) StartUpload(ctx context.Context, name string, params any, content []byte) (task TaskInfo, ok bool, err error) {
	return c.start(ctx, name, params, &content)
}

func (c *Client) start(ctx context.Context, name string, params any, content *[]byte) (TaskInfo, bool, error) {
	req, raw, err := c.answer(ctx, name, params, content)
	if err != nil {
		return TaskInfo{}, false, err
	}
	var upid string
	if err := decode(req, raw, &upid); err != nil || upid == "" {
		return TaskInfo{}, false, err
	}
	t, err := ParseUPID(upid)
	if err != nil {
		return TaskInfo{}, false, fmt.Errorf("%s %s: the answer is not a task: %w", req.Method, req.Path, err)
	}
	return t, true, nil
}

// TaskState is where a task stands.
type TaskState struct {
	// Running is true until the task has stopped.
	Running bool
	// ExitStatus is "OK", "WARNINGS: n" or the task's error message once
	// it stopped; empty while it runs.
	ExitStatus string
}

// Succeeded: Proxmox writes "OK", or "WARNINGS: n" for a task that
// completed with warnings; anything else is the error message.
func Succeeded(exitStatus string) bool {
	return exitStatus == "OK" || strings.HasPrefix(exitStatus, "WARNINGS")
}

// TaskStatus reads a task's status (GET /nodes/{node}/tasks/{upid}/status).
func (c *Client) TaskStatus(ctx context.Context, t TaskInfo) (TaskState, error) {
	name := string(c.cat.Release.Product) + "_get_nodes_tasks_status"
	req, err := c.prepare(name, map[string]any{"node": t.Node, "upid": t.UPID})
	if err != nil {
		return TaskState{}, err
	}
	raw, err := c.send(ctx, req)
	if err != nil {
		return TaskState{}, err
	}
	var st struct {
		Status     string `json:"status"`
		ExitStatus string `json:"exitstatus"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		return TaskState{}, fmt.Errorf("%s %s: the task status is not the JSON object Proxmox sends: %w", req.Method, req.Path, err)
	}
	if st.Status == "stopped" {
		return TaskState{ExitStatus: st.ExitStatus}, nil
	}
	return TaskState{Running: true}, nil
}

// Polling starts fast (most tasks are short) and backs off to a few
// seconds, as the MCP server's task wait does.
const (
	pollFirst  = 200 * time.Millisecond
	pollMax    = 3 * time.Second
	pollGrowth = 1.5
)

// WaitTask polls a task's status until it stops or ctx ends. A failed
// status read ends the wait at once: the HTTP client has already retried
// it.
func (c *Client) WaitTask(ctx context.Context, t TaskInfo) (TaskState, error) {
	delay := pollFirst
	for {
		st, err := c.TaskStatus(ctx, t)
		if err != nil || !st.Running {
			return st, err
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			return st, fmt.Errorf("stopped waiting for %s: %w (the task itself goes on)", t.UPID, ctx.Err())
		case <-timer.C:
		}
		delay = min(time.Duration(float64(delay)*pollGrowth), pollMax)
	}
}
