package mcpserver

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// maxCompactDescribe bounds the default answer for one operation.
const maxCompactDescribe = 4096

func describeSession(t *testing.T, maxResult int) (*Server, *client.Client) {
	t.Helper()
	srv := newServer(t, setup{FrontDoor: true, Tier: policy.Full, MaxResultBytes: maxResult,
		Upstreams: map[catalog.Product]Upstream{catalog.PVE: canned{}, catalog.PBS: canned{}}})
	return srv, connect(t, srv)
}

// describeOne returns the text of a describe answer and its one operation.
func describeOne(t *testing.T, c *client.Client, args map[string]any) (string, map[string]any) {
	t.Helper()
	res := call(t, c, inventory.ToolDescribe, args)
	if res.IsError {
		t.Fatalf("%v: %s", args, text(res))
	}
	var body struct {
		Operations []map[string]any `json:"operations"`
	}
	first := text(res)
	if err := json.Unmarshal([]byte(first), &body); err != nil || len(body.Operations) != 1 {
		t.Fatalf("%v: not one operation as JSON (%v): %.300s", args, err, first)
	}
	return first, body.Operations[0]
}

func median(sizes []int) int {
	s := slices.Clone(sizes)
	sort.Ints(s)
	return s[len(s)/2]
}

// The compact answer of every operation of both catalogs is under 4 KB;
// the full answer of every one is valid JSON within the result cap.
func TestDescribeLayersFitOverTheWholeCatalog(t *testing.T) {
	srv, c := describeSession(t, 0)
	var compact, full []int
	biggest, biggestFull := "", ""
	for _, op := range apis.Operations() {
		name := srv.Inventory().Entry(op).Name
		txt, _ := describeOne(t, c, map[string]any{"tools": []any{name}})
		if len(txt) >= maxCompactDescribe {
			t.Errorf("%s: compact describe is %d bytes, over %d", name, len(txt), maxCompactDescribe)
		}
		if len(compact) == 0 || len(txt) > slices.Max(compact) {
			biggest = name
		}
		compact = append(compact, len(txt))
		ftxt, fop := describeOne(t, c, map[string]any{"tools": []any{name}, "full": true})
		if len(ftxt) > DefaultMaxResultBytes {
			t.Errorf("%s: full describe is %d bytes, over the cap", name, len(ftxt))
		}
		if fop["too_large"] != nil {
			t.Errorf("%s: at the default cap, %v cannot be shown at all", name, fop["too_large"])
		}
		if fop["not_shown"] != nil && !strings.Contains(strings.Join(stringsOf(fop["notes"]), " "), "ask for them with params") {
			t.Errorf("%s: cut without a note on paging: %v", name, fop["notes"])
		}
		if len(full) == 0 || len(ftxt) > slices.Max(full) {
			biggestFull = name
		}
		full = append(full, len(ftxt))
	}
	t.Logf("compact: %d operations, max %d bytes (%s), median %d", len(compact), slices.Max(compact), biggest, median(compact))
	t.Logf("full: max %d bytes (%s), median %d", slices.Max(full), biggestFull, median(full))
}

func stringsOf(v any) []string {
	var out []string
	for _, x := range asList(v) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func asList(v any) []any { l, _ := v.([]any); return l }

func asMap(v any) map[string]any { m, _ := v.(map[string]any); return m }

func TestCompactDescribeOfVMCreation(t *testing.T) {
	_, c := describeSession(t, 0)
	_, op := describeOne(t, c, map[string]any{"tools": []any{"pve_post_nodes_qemu"}})
	req, opt := asMap(op["required"]), asMap(op["optional"])
	for _, p := range []string{"node", "vmid"} {
		if req[p] == nil {
			t.Errorf("required lacks %s: %v", p, req)
		}
	}
	for _, p := range []string{"name", "memory", "cores", "net", "scsi"} {
		if opt[p] == nil {
			t.Errorf("the most used optional parameters lack %s: %v", p, opt)
		}
	}
	if len(opt) > maxOptionalShown {
		t.Errorf("%d optional parameters shown", len(opt))
	}
	more, _ := op["more"].(string)
	if !strings.Contains(more, " more: ") || !strings.Contains(more, "acpi") || !strings.HasSuffix(more, "ask with params (their names) or full") {
		t.Errorf("more: %q", more)
	}
	if net, _ := opt["net"].(string); !strings.Contains(net, `indexed: {"0": …} or net0 … net31`) || !strings.Contains(net, "property string or object (model, bridge") {
		t.Errorf("net line: %q", net)
	}
	if op["example_arguments"] == nil || op["input_schema"] != nil {
		t.Errorf("example or a full schema: %v", op)
	}
}

func TestDescribeSaysTheNodeOfAGuestIsResolved(t *testing.T) {
	_, c := describeSession(t, 0)
	_, op := describeOne(t, c, map[string]any{"tools": []any{"pve_post_nodes_qemu_status_reboot"}})
	if got := asMap(op["optional"])["node"]; got != "optional: resolved from the guest" {
		t.Errorf("node: %v", got)
	}
	if vmid, _ := asMap(op["required"])["vmid"].(string); !strings.Contains(vmid, "or the guest's unique name") {
		t.Errorf("vmid: %q", vmid)
	}
	if ex := asMap(op["example_arguments"]); ex["node"] != nil || ex["vmid"] == nil {
		t.Errorf("example: %v", ex)
	}
	_, op = describeOne(t, c, map[string]any{"tools": []any{"pbs_list_snapshots"}})
	if got := asMap(op["optional"])["store"]; got != "optional when the backup server has a single datastore" {
		t.Errorf("store: %v", got)
	}
}

func TestDescribeParamsGivesTheChosenOnesInFull(t *testing.T) {
	_, c := describeSession(t, 0)
	_, op := describeOne(t, c, map[string]any{"tools": []any{"pve_post_nodes_qemu"}, "params": []any{"net", "scsi0", "memroy"}})
	params := asMap(op["params"])
	if len(params) != 2 {
		t.Fatalf("params: %v", params)
	}
	net := asMap(params["net"])
	if schema := asMap(net["schema"]); schema["type"] != "object" || !strings.Contains(net["note"].(string), "net is indexed") {
		t.Errorf("net in full: %v", net)
	}
	if asMap(params["scsi"])["schema"] == nil {
		t.Errorf("scsi0 names the scsi family: %v", params)
	}
	if got := stringsOf(op["unknown_params"]); len(got) != 1 || !strings.Contains(got[0], "memroy: no such parameter (closest: memory") {
		t.Errorf("unknown: %v", got)
	}
	if op["required"] != nil || op["more"] != nil {
		t.Errorf("the params layer repeats the compact one: %v", op)
	}
}

func TestFullDescribeIsCutWithANoteOnPaging(t *testing.T) {
	const limit = 8 << 10
	_, c := describeSession(t, limit)
	txt, op := describeOne(t, c, map[string]any{"tools": []any{"pve_post_nodes_qemu"}, "full": true})
	if len(txt) > limit {
		t.Errorf("full answer is %d bytes, over the %d cap", len(txt), limit)
	}
	notShown := stringsOf(op["not_shown"])
	if len(notShown) == 0 || !strings.Contains(strings.Join(stringsOf(op["notes"]), " "), "ask for them with params") {
		t.Fatalf("no paging: %v %v", notShown, op["notes"])
	}
	shown := asMap(op["params"])
	for _, p := range []string{"node", "vmid"} {
		if shown[p] == nil {
			t.Errorf("the required %s was cut first: %v", p, notShown)
		}
	}
	if got := stringsOf(op["too_large"]); !slices.Contains(got, "scsi") {
		t.Errorf("scsi's schema alone is over 8 KB: too_large %v", got)
	}
	// The names not shown can be asked for, and fit.
	_, more := describeOne(t, c, map[string]any{"tools": []any{"pve_post_nodes_qemu"}, "params": []any{notShown[0]}})
	if asMap(more["params"])[notShown[0]] == nil {
		t.Errorf("%s could not be asked for: %v", notShown[0], more)
	}
}

func TestDescribeArgumentsAreBounded(t *testing.T) {
	_, c := describeSession(t, 0)
	many := make([]any, 21)
	for i := range many {
		many[i] = "net"
	}
	if res := call(t, c, inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_qemu"}, "params": many}); !res.IsError {
		t.Errorf("21 parameter names accepted: %.200s", text(res))
	}
	long := strings.Repeat("x", 65)
	if res := call(t, c, inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_qemu"}, "params": []any{long}}); !res.IsError {
		t.Errorf("a 65-byte name accepted")
	}
	longest := ""
	for _, op := range apis.Operations() {
		for _, p := range op.Params {
			if len(p.Name) > len(longest) {
				longest = p.Name
			}
		}
	}
	if len(longest) > 64 {
		t.Errorf("the catalog's longest parameter name %q is over the describe bound", longest)
	}
}
