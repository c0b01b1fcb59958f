package mcpserver

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// The assistant's path: ten everyday requests, each driven through the
// MCP client as an assistant that knows the ids (guest ids, node and
// storage names, a template's volume) would drive it, with the fewest
// calls, in the default mode at the full tier against the seeded
// simulator. Each request must take at most 3 calls with no reply over
// 16 KB; the figures are the table of docs/assistant-path.md, which
// UPDATE_PATH=1 rewrites and every other run checks.

const (
	maxPathCalls = 3
	maxPathReply = 16 << 10
	pathDoc      = "../../docs/assistant-path.md"
	// pathTolerance is how far a request's bytes may move from the table
	// before the doc counts as out of date: replies carry task durations
	// and times, whose digits vary from run to run.
	pathTolerance = 0.05
)

type pathCall struct {
	tool string
	args map[string]any
}

type pathRequest struct {
	what  string
	calls []pathCall
	// check proves the request was done, after its calls.
	check func(t *testing.T, s *sim.Simulator, c *client.Client)
	// before is the same request measured once over stdio against the
	// binary of commit 72a8cd4 (before guest targeting and the describe
	// layers), with a cluster-resources read for the node wherever a guest
	// operation needed one there.
	before pathFigures
}

type pathFigures struct{ calls, bytes, largest int }

const (
	templateVolume = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
	newContainer   = 300
	newClone       = 301
)

// write calls a write operation; extra are the call tool's own
// arguments (confirm, wait) as name, value pairs.
func write(tool string, args map[string]any, extra ...any) pathCall {
	in := map[string]any{"tool": tool, "arguments": args}
	for i := 0; i+1 < len(extra); i += 2 {
		in[extra[i].(string)] = extra[i+1]
	}
	return pathCall{inventory.ToolCallWrite, in}
}

// task calls a write operation that starts a task and waits for it.
func task(tool string, args map[string]any, extra ...any) pathCall {
	return write(tool, args, append(extra, "wait", 60)...)
}

func read(tool string, args map[string]any) pathCall {
	return pathCall{inventory.ToolCallRead, map[string]any{"tool": tool, "arguments": args}}
}

func searchFor(q string) pathCall {
	return pathCall{inventory.ToolSearch, map[string]any{"query": q}}
}

var assistantPath = []pathRequest{
	{
		what:   "What is running?",
		calls:  []pathCall{{"pve_get_cluster_resources", map[string]any{"type": "vm"}}},
		before: pathFigures{1, 2965, 2965},
	},
	{
		what:   "How much RAM is free on pve1?",
		calls:  []pathCall{{"pve_get_node_status", map[string]any{"node": "pve1"}}},
		before: pathFigures{1, 736, 736},
	},
	{
		what: "Reboot VM 101.",
		calls: []pathCall{
			searchFor("reboot vm"),
			task("pve_post_nodes_qemu_status_reboot", map[string]any{"vmid": 101}, "confirm", true),
		},
		check:  sawRequest("POST /nodes/pve1/qemu/101/status/reboot"),
		before: pathFigures{3, 5515, 2965},
	},
	{
		what: "Create a container from the Debian template and start it.",
		calls: []pathCall{
			searchFor("create container"),
			{inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_lxc"}}},
			task("pve_post_nodes_lxc", map[string]any{"node": "pve2", "vmid": newContainer, "hostname": "web-ct",
				"ostemplate": templateVolume, "storage": "local-lvm", "memory": 1024,
				"net": map[string]any{"0": "name=eth0,bridge=vmbr0,ip=dhcp"}, "start": true}),
		},
		check:  guestRunning("pve_get_container_status", newContainer),
		before: pathFigures{3, 26751, 24362},
	},
	{
		what: "Clone the template 9000 and start the clone.",
		calls: []pathCall{
			searchFor("clone vm template"),
			task("pve_post_nodes_qemu_clone", map[string]any{"vmid": 9000, "newid": newClone, "name": "web-02"}),
			task("pve_post_nodes_qemu_status_start", map[string]any{"vmid": newClone}),
		},
		check:  guestRunning("pve_get_vm_status", newClone),
		before: pathFigures{4, 6205, 3252},
	},
	{
		what: "Snapshot VM 101, then roll it back.",
		calls: []pathCall{
			searchFor("snapshot rollback vm"),
			task("pve_post_nodes_qemu_snapshot", map[string]any{"vmid": 101, "snapname": "before-change"}),
			task("pve_post_nodes_qemu_snapshot_rollback", map[string]any{"vmid": 101, "snapname": "before-change"}, "confirm", true),
		},
		check:  sawRequest("POST /nodes/pve1/qemu/101/snapshot/before-change/rollback"),
		before: pathFigures{4, 6441, 3553},
	},
	{
		what: "Back up VM 101 now and wait for it.",
		calls: []pathCall{
			searchFor("backup now vzdump"),
			// vzdump runs on a node (it is not a guest operation), so the
			// assistant learns the guest's node first.
			{"pve_get_cluster_resources", map[string]any{"type": "vm"}},
			task("pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": "101", "storage": "pbs-store1"}),
		},
		check:  sawRequest("POST /nodes/pve1/vzdump"),
		before: pathFigures{3, 5778, 3458},
	},
	{
		what: "How full is datastore store1, and when did GC last run?",
		calls: []pathCall{
			{"pbs_get_datastore_status", map[string]any{"store": "store1"}},
			{"pbs_get_gc_status", map[string]any{"store": "store1"}},
		},
		before: pathFigures{2, 426, 333},
	},
	{
		what: "CPU and memory of VM 101 over the last hour.",
		calls: []pathCall{
			searchFor("vm cpu memory history rrd"),
			read("pve_get_nodes_qemu_rrddata", map[string]any{"vmid": 101, "timeframe": "hour"}),
		},
		before: pathFigures{3, 17061, 11639},
	},
	{
		what: "Let auditor@pve use the VMs of pool lab.",
		calls: []pathCall{
			searchFor("grant role permission acl pool"),
			write("pve_put_access_acl", map[string]any{"path": "/pool/lab", "roles": "PVEVMUser", "users": "auditor@pve"}, "confirm", true),
		},
		check:  sawRequest("PUT /access/acl"),
		before: pathFigures{2, 1863, 1859},
	},
}

func sawRequest(key string) func(*testing.T, *sim.Simulator, *client.Client) {
	return func(t *testing.T, s *sim.Simulator, _ *client.Client) {
		t.Helper()
		for _, r := range s.Requests() {
			if r.Method+" "+r.Path == key && r.Status == 200 {
				return
			}
		}
		t.Errorf("the simulator never answered %s with 200", key)
	}
}

func guestRunning(tool string, vmid int) func(*testing.T, *sim.Simulator, *client.Client) {
	return func(t *testing.T, _ *sim.Simulator, c *client.Client) {
		t.Helper()
		res := call(t, c, tool, map[string]any{"vmid": vmid})
		if res.IsError || !strings.Contains(text(res), `"status":"running"`) {
			t.Errorf("guest %d is not running: %.300s", vmid, text(res))
		}
	}
}

// pathResult is one request as measured now.
type pathResult struct {
	calls, bytes, largest int
}

func TestAssistantPath(t *testing.T) {
	s, c := simSession(t, inventory.ModeDefault)
	var results []pathResult
	for i, r := range assistantPath {
		got := pathResult{calls: len(r.calls)}
		for _, pc := range r.calls {
			res := call(t, c, pc.tool, pc.args)
			n := replyBytes(res)
			if res.IsError {
				t.Errorf("(%d) %s: %s failed: %.400s", i+1, r.what, pc.tool, text(res))
			}
			if n > maxPathReply {
				t.Errorf("(%d) %s: %s answered %d bytes, over %d", i+1, r.what, pc.tool, n, maxPathReply)
			}
			got.bytes += n
			got.largest = max(got.largest, n)
		}
		if got.calls > maxPathCalls {
			t.Errorf("(%d) %s takes %d calls, over %d", i+1, r.what, got.calls, maxPathCalls)
		}
		if r.check != nil {
			r.check(t, s, c)
		}
		results = append(results, got)
	}
	table := pathTable(results)
	if os.Getenv("UPDATE_PATH") == "1" {
		writePathTable(t, table)
		return
	}
	checkPathTable(t, results)
}

// replyBytes is what the assistant reads of a reply: its text content.
func replyBytes(res *mcp.CallToolResult) int { return len(text(res)) }

// The table sits between these markers in the doc.
const (
	pathBegin = "<!-- path table: written by UPDATE_PATH=1 go test ./internal/mcpserver -run TestAssistantPath -->"
	pathEnd   = "<!-- end of path table -->"
)

func pathTable(results []pathResult) string {
	var b strings.Builder
	b.WriteString("| # | request | calls before | bytes before | largest reply before | calls now | bytes now | largest reply now | the calls now |\n")
	b.WriteString("|---|---|---:|---:|---:|---:|---:|---:|---|\n")
	for i, r := range assistantPath {
		got, was := results[i], r.before
		fmt.Fprintf(&b, "| %d | %s | %d | %d | %d | %d | %d | %d | %s |\n", i+1, r.what, was.calls, was.bytes, was.largest,
			got.calls, got.bytes, got.largest, callNames(r.calls))
	}
	return b.String()
}

// callNames says which tools a request calls ("search → call_write reboot").
func callNames(calls []pathCall) string {
	var parts []string
	for _, pc := range calls {
		name := pc.tool
		if op, ok := pc.args["tool"].(string); ok {
			name = strings.TrimPrefix(pc.tool, "proxmox_") + " `" + op + "`"
		} else if pc.tool == inventory.ToolSearch {
			name = fmt.Sprintf("search %q", pc.args["query"])
		} else {
			name = "`" + name + "`"
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, " → ")
}

func writePathTable(t *testing.T, table string) {
	t.Helper()
	doc, err := os.ReadFile(pathDoc)
	if err != nil {
		t.Fatal(err)
	}
	begin, end := strings.Index(string(doc), pathBegin), strings.Index(string(doc), pathEnd)
	if begin < 0 || end < begin {
		t.Fatalf("%s has no path table markers", pathDoc)
	}
	out := string(doc[:begin]) + pathBegin + "\n" + table + string(doc[end:])
	if err := os.WriteFile(filepath.Clean(pathDoc), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

var pathRow = regexp.MustCompile(`^\| (\d+) \| [^|]+ \| \d+ \| \d+ \| \d+ \| (\d+) \| (\d+) \| (\d+) \|`)

// checkPathTable compares the doc's "now" columns with this run: calls
// exactly, bytes within pathTolerance.
func checkPathTable(t *testing.T, results []pathResult) {
	t.Helper()
	doc, err := os.ReadFile(pathDoc)
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, line := range strings.Split(string(doc), "\n") {
		m := pathRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		i, _ := strconv.Atoi(m[1])
		calls, _ := strconv.Atoi(m[2])
		bytes, _ := strconv.Atoi(m[3])
		if i < 1 || i > len(results) {
			t.Errorf("%s: row %d is not a request of the path", pathDoc, i)
			continue
		}
		rows++
		got := results[i-1]
		if calls != got.calls || !near(bytes, got.bytes) {
			t.Errorf("%s row %d says %d calls, %d bytes; now %d calls, %d bytes", pathDoc, i, calls, bytes, got.calls, got.bytes)
		}
	}
	if rows != len(results) {
		t.Errorf("%s has %d rows for %d requests", pathDoc, rows, len(results))
	}
	if t.Failed() {
		t.Log("if the change is intended: UPDATE_PATH=1 go test ./internal/mcpserver -run TestAssistantPath, and review the diff")
	}
}

func near(want, got int) bool {
	d := float64(want - got)
	return d <= pathTolerance*float64(want) && -d <= pathTolerance*float64(want)
}
