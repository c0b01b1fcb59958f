package mcpserver

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Each test here reproduces a defect found by trying the server as a new
// user and as an attacker would, and fails on the code that had it.

// Front-door mode registered four tools while every task reply said
// "follow it with proxmox_task"; the instructions named tools that were
// not there.
func TestFrontDoorModeRegistersTheTaskTool(t *testing.T) {
	u := newUpstream(t)
	srv, c := session(t, u, setup{Mode: inventory.ModeFrontDoor, FrontDoor: true}, policy.Full)
	got := listNames(t, c)
	want := []string{inventory.ToolSearch, inventory.ToolDescribe, inventory.ToolCallRead, inventory.ToolCallWrite, inventory.ToolTask}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("front-door mode lists %v, want %v", got, want)
	}
	for _, tool := range []string{"proxmox_task", "proxmox_search", "proxmox_call_read"} {
		if !strings.Contains(srv.inv.Instructions(), tool) {
			t.Errorf("the instructions do not teach %s", tool)
		}
	}
	u.answer("POST /nodes/pve1/qemu/100/status/start", `"UPID:pve1:0000A1B2:00C3D4E5:6650F1A2:qmstart:100:root@pam:"`)
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pve_post_nodes_qemu_status_start", "arguments": map[string]any{"node": "pve1", "vmid": 100}})
	if next := decodeText(t, res)["next"]; !strings.Contains(next.(string), inventory.ToolTask) || !slices.Contains(got, inventory.ToolTask) {
		t.Errorf("the reply points to %v", next)
	}
}

// With PVE_CATEGORIES=qemu, proxmox_task refused, the replies still
// pointed to it, and the session could not learn node names.
func TestANarrowedSessionFindsItsWay(t *testing.T) {
	u := newSimUpstream(t)
	u.cur.Load().SetTaskDuration(300 * time.Millisecond)
	_, c := sessionWith(t, setup{FrontDoor: true, Tier: policy.Full, Upstreams: u.upstreams(),
		Categories: map[catalog.Product][]string{catalog.PVE: {"qemu"}, catalog.PBS: {"datastore"}}})
	for _, tool := range []string{"pve_list_nodes", "pve_get_cluster_resources"} {
		if res := call(t, c, tool, nil); res.IsError {
			t.Errorf("%s, the navigation a narrowed session keeps, failed: %s", tool, text(res))
		}
	}
	start := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pve_post_nodes_qemu_status_start", "arguments": map[string]any{"node": stoppedVMNode, "vmid": stoppedVM}})
	upid, _ := decodeText(t, start)["data"].(string)
	if upid == "" {
		t.Fatalf("no task: %s", text(start))
	}
	if res := call(t, c, inventory.ToolTask, map[string]any{"upid": upid, "action": "wait", "wait": 10}); res.IsError {
		t.Errorf("the session cannot follow the task it started: %s", text(res))
	}
	other := "UPID:pve1:0000A1B2:00C3D4E5:6650F1A2:vzdump:100:root@pam:"
	res := call(t, c, inventory.ToolTask, map[string]any{"upid": other})
	if !res.IsError || !strings.Contains(text(res), "only the tasks it started") {
		t.Errorf("a task this session did not start: %s", text(res))
	}
}

// Override names answered "unknown tool" when their product was not
// configured, while generated names said the product was not configured.
func TestOverrideNamesOfAnUnconfiguredProduct(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true, Upstreams: map[catalog.Product]Upstream{catalog.PVE: u.client(t, catalog.PVE)}}, policy.Full)
	for _, name := range []string{"pbs_list_snapshots", "pbs_get_admin_datastore_snapshots"} {
		res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": name, "arguments": map[string]any{"store": "s"}})
		if !res.IsError || !strings.Contains(text(res), "Proxmox Backup Server is not configured") {
			t.Errorf("%s: %s", name, text(res))
		}
	}
}

// proxmox_task's schema said wait defaults to 60 with no bounds and limit
// had no maximum, while the parser refused both beyond its bounds.
func TestTaskToolSchemaDeclaresWhatItsParserEnforces(t *testing.T) {
	u := newUpstream(t)
	srv, c := session(t, u, setup{FrontDoor: true, MaxTaskWait: 2 * time.Minute}, policy.Full)
	tool, _ := srv.inv.Tool(inventory.ToolTask)
	var schema struct {
		Properties map[string]map[string]any `json:"properties"`
	}
	if err := json.Unmarshal(tool.Schema, &schema); err != nil {
		t.Fatal(err)
	}
	wait, limit := schema.Properties["wait"], schema.Properties["limit"]
	if wait["minimum"] != 1.0 || wait["maximum"] != 120.0 || wait["default"] != 60.0 || limit["maximum"] != 5000.0 {
		t.Fatalf("wait %v, limit %v", wait, limit)
	}
	upid := "UPID:pve1:0000A1B2:00C3D4E5:6650F1A2:qmstart:100:root@pam:"
	for _, args := range []map[string]any{{"upid": upid, "action": "wait", "wait": 121}, {"upid": upid, "action": "log", "limit": 5001}} {
		if res := call(t, c, inventory.ToolTask, args); !res.IsError {
			t.Errorf("%v accepted beyond the declared bound", args)
		}
	}
	if u.count() != 0 {
		t.Errorf("%d requests sent", u.count())
	}
}

// proxmox_describe ignored the result cap (24 KB with a 2 KB cap); a
// 10 MiB node value made a 10 MB error and was sent upstream; a 1 MiB
// unknown tool name was echoed whole.
func TestEveryResultObeysTheCap(t *testing.T) {
	u := newUpstream(t)
	const maxBytes = 2048
	_, c := session(t, u, setup{FrontDoor: true, MaxResultBytes: maxBytes}, policy.Full)
	huge := strings.Repeat("n", 10<<20)
	for name, res := range map[string]*mcp.CallToolResult{
		"describe":               call(t, c, inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_qemu"}}),
		"10 MiB node value":      call(t, c, "pve_get_node_status", map[string]any{"node": huge}),
		"1 MiB tool name":        call(t, c, inventory.ToolCallRead, map[string]any{"tool": huge[:1<<20]}),
		"1 MiB name in describe": call(t, c, inventory.ToolDescribe, map[string]any{"tools": []any{huge[:1<<20]}}),
	} {
		if n := resultBytes(res); n > maxBytes {
			t.Errorf("%s: a result of %d bytes, over the cap of %d", name, n, maxBytes)
		}
	}
	if u.count() != 0 {
		t.Errorf("%d requests reached Proxmox", u.count())
	}
}

func resultBytes(res *mcp.CallToolResult) int {
	n := 0
	for _, c := range res.Content {
		if tc, ok := c.(mcp.TextContent); ok {
			n += len(tc.Text)
		}
	}
	return n
}

// A PBS sync job's UPID holds an escaped worker id
// (offsite\x2dpbs\x3astore1…); proxmox_task could not follow it.
func TestEscapedPBSUPIDCanBeFollowed(t *testing.T) {
	u := newSimUpstream(t)
	u.cur.Load().SetTaskDuration(200 * time.Millisecond)
	_, c := sessionWith(t, setup{FrontDoor: true, Tier: policy.Full, Upstreams: u.upstreams()})
	run := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_post_admin_sync_run", "arguments": map[string]any{"id": "s-offsite"}})
	upid, _ := decodeText(t, run)["data"].(string)
	if !strings.Contains(upid, `\x`) {
		t.Fatalf("not an escaped PBS UPID: %q (%s)", upid, text(run))
	}
	res := call(t, c, inventory.ToolTask, map[string]any{"upid": upid, "action": "wait", "wait": 10})
	if res.IsError || outcomeOf(t, res)["status"] != "stopped" {
		t.Errorf("following %s: %s", upid, text(res))
	}
}

// A 1 MiB search query cost ~90 MB and 0.4 s; 16 in parallel took the
// server to 1.49 GB. Every free-text argument has a bound, checked first.
func TestSearchQueryIsBounded(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true}, policy.ReadOnly)
	res := call(t, c, inventory.ToolSearch, map[string]any{"query": strings.Repeat("reboot vm ", 1<<17)})
	if !res.IsError || !strings.Contains(text(res), "at most 500") {
		t.Errorf("a 1 MiB query was not refused by its bound: %.200s", text(res))
	}
}
