package mcpserver

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// taskSession is a full-tier server in front of one simulator whose tasks
// run for taskDuration.
func taskSession(t *testing.T, taskDuration time.Duration, opts setup) (*sim.Simulator, *client.Client) {
	t.Helper()
	u := newSimUpstream(t)
	s := u.cur.Load()
	s.SetTaskDuration(taskDuration)
	opts.Upstreams, opts.Tier, opts.FrontDoor = u.upstreams(), policy.Full, true
	_, c := sessionWith(t, opts)
	return s, c
}

// callWithProgress calls a tool with a progress token and collects the
// progress notifications that arrive for it.
func callWithProgress(ctx context.Context, t *testing.T, c *client.Client, name string, args map[string]any) (*mcp.CallToolResult, []map[string]any, error) {
	t.Helper()
	var mu sync.Mutex
	var progress []map[string]any
	c.OnNotification(func(n mcp.JSONRPCNotification) {
		if n.Method != "notifications/progress" {
			return
		}
		b, _ := json.Marshal(n.Params)
		var p map[string]any
		json.Unmarshal(b, &p)
		mu.Lock()
		progress = append(progress, p)
		mu.Unlock()
	})
	req := mcp.CallToolRequest{}
	req.Params.Name = name
	req.Params.Arguments = args
	req.Params.Meta = &mcp.Meta{ProgressToken: "tok-1"}
	res, err := c.CallTool(ctx, req)
	mu.Lock()
	defer mu.Unlock()
	return res, append([]map[string]any(nil), progress...), err
}

func outcomeOf(t *testing.T, res *mcp.CallToolResult) map[string]any {
	t.Helper()
	body := decodeText(t, res)
	out, _ := body["outcome"].(map[string]any)
	if out == nil {
		t.Fatalf("no outcome in %s", text(res))
	}
	return out
}

func startVM(vmid int, wait int) map[string]any {
	return map[string]any{"tool": "pve_post_nodes_qemu_status_start", "arguments": map[string]any{"node": stoppedVMNode, "vmid": vmid, "wait": wait}}
}

// A stopped VM in the seeded cluster, and its node.
const (
	stoppedVM     = 102
	stoppedVMNode = "pve2"
)

func TestWaitSendsProgressThenTheFinalStatus(t *testing.T) {
	_, c := taskSession(t, 1500*time.Millisecond, setup{})
	res, progress, err := callWithProgress(context.Background(), t, c, inventory.ToolCallWrite, startVM(stoppedVM, 20))
	if err != nil {
		t.Fatal(err)
	}
	out := outcomeOf(t, res)
	if res.IsError || out["status"] != "stopped" || out["exitstatus"] != "OK" {
		t.Fatalf("outcome: %s", text(res))
	}
	if len(progress) == 0 {
		t.Fatal("no progress notifications while waiting")
	}
	last := progress[len(progress)-1]
	if last["progressToken"] != "tok-1" || last["message"] == nil || last["progress"].(float64) <= 0 {
		t.Errorf("progress notification: %v", last)
	}
}

func TestFailedTaskReturnsItsLogTail(t *testing.T) {
	s, c := taskSession(t, 300*time.Millisecond, setup{})
	s.SetFaults(sim.Faults{TaskFailures: []sim.TaskFailure{{Type: "qmstart", ID: "102",
		Message: "start failed: QEMU exited with code 1", Log: []string{"kvm: -drive: could not open disk image"}}}})
	res := call(t, c, inventory.ToolCallWrite, startVM(stoppedVM, 20))
	out := outcomeOf(t, res)
	tail, _ := out["log_tail"].([]any)
	if !res.IsError || out["ok"] != false || len(tail) == 0 || !strings.Contains(text(res), "could not open disk image") {
		t.Fatalf("failed task: %s", text(res))
	}
}

func TestWaitThatRunsOutReturnsTheUPIDAndHowToFollow(t *testing.T) {
	_, c := taskSession(t, 10*time.Second, setup{})
	res := call(t, c, inventory.ToolCallWrite, startVM(stoppedVM, 1))
	body := decodeText(t, res)
	out := outcomeOf(t, res)
	upid, _ := body["data"].(string)
	if res.IsError || out["status"] != "running" || !strings.HasPrefix(upid, "UPID:"+stoppedVMNode+":") ||
		!strings.Contains(body["next"].(string), "proxmox_task") {
		t.Fatalf("wait ran out: %s", text(res))
	}
	// proxmox_task follows it from the UPID alone.
	st := call(t, c, inventory.ToolTask, map[string]any{"upid": upid})
	if st.IsError || !strings.Contains(text(st), `"status":"running"`) {
		t.Errorf("proxmox_task status: %s", text(st))
	}
	lg := call(t, c, inventory.ToolTask, map[string]any{"upid": upid, "action": "log", "limit": 5})
	if lg.IsError || !strings.Contains(text(lg), `"lines":[`) {
		t.Errorf("proxmox_task log: %s", text(lg))
	}
}

func TestCancelledRequestStopsWaitingNotTheTask(t *testing.T) {
	s, c := taskSession(t, 5*time.Second, setup{})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(600*time.Millisecond, cancel)
	start := time.Now()
	res, _, err := callWithProgress(ctx, t, c, inventory.ToolCallWrite, startVM(stoppedVM, 30))
	// A transport may hand back the server's last word: it must say that
	// only the waiting stopped.
	if err == nil && !strings.Contains(text(res), "waiting stopped, the task itself was not stopped") {
		t.Fatalf("cancelled call: %s", text(res))
	}
	if time.Since(start) > 3*time.Second {
		t.Fatalf("the call returned %s after cancellation", time.Since(start))
	}
	// The server stops polling: no status requests once it has noticed.
	time.Sleep(300 * time.Millisecond)
	before := s.RequestCount()
	time.Sleep(1500 * time.Millisecond)
	if after := s.RequestCount(); after != before {
		t.Errorf("the server kept polling after cancellation: %d more requests", after-before)
	}
	// The task itself still runs.
	var upid string
	for _, r := range s.Requests() {
		if r.Operation == "pve_get_nodes_tasks_status" {
			upid, _ = r.Args["upid"].(string)
		}
	}
	st := call(t, c, inventory.ToolTask, map[string]any{"upid": upid})
	if !strings.Contains(text(st), `"status":"running"`) {
		t.Errorf("the task did not keep running: %s", text(st))
	}
}

func TestNodeGoingOfflineEndsTheWait(t *testing.T) {
	s, c := taskSession(t, 10*time.Second, setup{})
	time.AfterFunc(500*time.Millisecond, func() { s.SetNodeOffline(stoppedVMNode, true) })
	res := call(t, c, inventory.ToolCallWrite, startVM(stoppedVM, 20))
	out := outcomeOf(t, res)
	if out["status"] != "unknown" || !strings.Contains(out["note"].(string), "Lost contact") {
		t.Fatalf("offline node: %s", text(res))
	}
}

func TestPBSTaskThroughTheTaskTool(t *testing.T) {
	_, c := taskSession(t, 400*time.Millisecond, setup{})
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_post_admin_datastore_gc", "arguments": map[string]any{"store": "store1"}})
	upid, _ := decodeText(t, res)["data"].(string)
	if !strings.HasPrefix(upid, "UPID:") {
		t.Fatalf("gc: %s", text(res))
	}
	task, ok := wire.ParseUPID(upid)
	if !ok || task.Product != catalog.PBS {
		t.Fatalf("not a PBS UPID: %q", upid)
	}
	w := call(t, c, inventory.ToolTask, map[string]any{"upid": upid, "action": "wait", "wait": 20})
	if out := outcomeOf(t, w); out["status"] != "stopped" || out["ok"] != true {
		t.Fatalf("wait for PBS task: %s", text(w))
	}
}

func TestUploadAndDownloadRoundTripAgainstTheSimulator(t *testing.T) {
	s, c := taskSession(t, 100*time.Millisecond, setup{MaxUploadBytes: 2048, MaxDownloadBytes: 4096})
	args := s.ExampleArgs(apisLookup(t, "pbs_post_admin_datastore_upload_backup_log"))
	args[argContent] = base64.StdEncoding.EncodeToString([]byte("backup finished\n"))
	up := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_post_admin_datastore_upload_backup_log", "arguments": args})
	if up.IsError {
		t.Fatalf("upload: %s", text(up))
	}
	dl := map[string]any{"store": args["store"], "backup-type": args["backup-type"], "backup-id": args["backup-id"],
		"backup-time": args["backup-time"], "file-name": "client.log.blob"}
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_get_admin_datastore_download", "arguments": dl})
	blob, ok := res.Content[len(res.Content)-1].(mcp.EmbeddedResource).Resource.(mcp.BlobResourceContents)
	got, _ := base64.StdEncoding.DecodeString(blob.Blob)
	if res.IsError || !ok || string(got) != "backup finished\n" {
		t.Fatalf("download: %q", text(res))
	}
	args[argContent] = base64.StdEncoding.EncodeToString(make([]byte, 4096))
	before := s.RequestCount()
	over := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_post_admin_datastore_upload_backup_log", "arguments": args})
	if !over.IsError || !strings.Contains(text(over), "2048 bytes") || s.RequestCount() != before {
		t.Fatalf("over-limit upload: %s", text(over))
	}
}

func apisLookup(t *testing.T, name string) *catalog.Operation {
	t.Helper()
	op := apis.Lookup(name)
	if op == nil {
		t.Fatalf("no operation %s", name)
	}
	return op
}

// A task whose log is still empty (PVE answers the line "no content")
// reports what is known instead: its type, object, node and running time.
func TestProgressOfATaskWithAnEmptyLog(t *testing.T) {
	_, c := taskSession(t, 1500*time.Millisecond, setup{})
	args := map[string]any{"tool": "pve_post_nodes_apt_update", "arguments": map[string]any{"node": "pve1", "wait": 20}}
	res, progress, err := callWithProgress(context.Background(), t, c, inventory.ToolCallWrite, args)
	if err != nil || res.IsError {
		t.Fatalf("%v %s", err, text(res))
	}
	if len(progress) == 0 {
		t.Fatal("no progress notifications while waiting")
	}
	for _, p := range progress {
		msg, _ := p["message"].(string)
		if msg == "no content" || !strings.Contains(msg, "running for") || !strings.Contains(msg, "on pve1") {
			t.Errorf("progress message %q", msg)
		}
	}
}
