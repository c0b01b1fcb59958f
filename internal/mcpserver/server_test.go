package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

var tiers = []policy.Tier{policy.ReadOnly, policy.ReadExecute, policy.Full}

// nameOf is the tool name the policy gives a generated operation name.
func nameOf(opName string) string {
	return policy.Default().Decide(apis.Lookup(opName)).Name
}

// expectedNames computes, independently of the plan, which operations a
// tier allows.
func expectedNames(pol *policy.Policy, tier policy.Tier, keep func(policy.Decision) bool) []string {
	var out []string
	for _, op := range apis.Operations() {
		d := pol.Decide(op)
		if d.Tier <= tier && keep(d) {
			out = append(out, d.Name)
		}
	}
	sort.Strings(out)
	return out
}

func TestToolsListPerTierInModeAll(t *testing.T) {
	u := newUpstream(t)
	pol := policy.Default()
	for _, tier := range tiers {
		_, c := session(t, u, setup{Mode: inventory.ModeAll, FrontDoor: false}, tier)
		got := listNames(t, c)
		want := append(expectedNames(pol, tier, func(policy.Decision) bool { return true }), inventory.ToolTask)
		sort.Strings(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("tier %s (-want +got):\n%s", tier, diff)
		}
	}
	if u.count() != 0 {
		t.Errorf("listing tools sent %d requests upstream", u.count())
	}
}

func TestToolsListDefaultModeIsFrontDoorPlusCore(t *testing.T) {
	u := newUpstream(t)
	pol := policy.Default()
	for _, tier := range tiers {
		_, c := session(t, u, setup{FrontDoor: true}, tier)
		got := listNames(t, c)
		want := append(expectedNames(pol, tier, func(d policy.Decision) bool { return d.Core }),
			inventory.ToolSearch, inventory.ToolDescribe, inventory.ToolCallRead, inventory.ToolCallWrite, inventory.ToolTask)
		sort.Strings(want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("tier %s (-want +got):\n%s", tier, diff)
		}
	}
}

func TestCategoryAllowlistRegistersItsOperations(t *testing.T) {
	u := newUpstream(t)
	pol := policy.Default()
	srv, c := session(t, u, setup{FrontDoor: true, Upstreams: map[catalog.Product]Upstream{catalog.PVE: u.client(t, catalog.PVE)},
		Categories: map[catalog.Product][]string{catalog.PVE: {"qemu"}}}, policy.Full)
	got := listNames(t, c)
	for _, op := range apis.Catalog(catalog.PVE).Operations {
		d := pol.Decide(&op)
		registered := slices.Contains(got, d.Name)
		// The navigation reads stay: the node list and cluster resources
		// (core tools) are how a narrowed session learns node names.
		nav := srv.Inventory().Entry(&op).Navigation
		if (d.Category == "qemu" || nav && d.Core) != registered {
			t.Errorf("%s (category %s) registered=%v", d.Name, d.Category, registered)
		}
	}
	// Outside the allowlist nothing else is reachable, not even through the front door.
	res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_storage"})
	if !res.IsError || !strings.Contains(text(res), "PVE_CATEGORIES") {
		t.Errorf("call outside the allowlist: %s", text(res))
	}
	if srv.Inventory().Entry(apis.Lookup("pbs_get_admin_datastore")).Allowed() {
		t.Error("an unconfigured product is allowed")
	}
	if u.count() != 0 {
		t.Errorf("%d requests upstream", u.count())
	}
}

// A read-only session cannot reach a write operation by any path.
func TestReadOnlySessionCannotWrite(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true}, policy.ReadOnly)
	pol := policy.Default()
	writes := 0
	for _, op := range apis.Operations() {
		d := pol.Decide(op)
		if d.Tier == policy.ReadOnly {
			continue
		}
		writes++
		args := map[string]any{"tool": d.Name, "arguments": map[string]any{}, "confirm": true}
		for _, tool := range []string{inventory.ToolCallWrite, inventory.ToolCallRead} {
			if tool == inventory.ToolCallWrite {
				if res := call(t, c, tool, args); !res.IsError {
					t.Fatalf("%s reached %s: %s", tool, d.Name, text(res))
				}
			} else {
				delete(args, "confirm")
				if res := call(t, c, tool, args); !res.IsError {
					t.Fatalf("%s reached %s: %s", tool, d.Name, text(res))
				}
			}
		}
		req := mcp.CallToolRequest{}
		req.Params.Name = d.Name
		req.Params.Arguments = map[string]any{"confirm": true}
		if res, err := c.CallTool(context.Background(), req); err == nil && !res.IsError {
			t.Fatalf("direct call reached %s", d.Name)
		}
	}
	if writes < 400 {
		t.Fatalf("only %d non-read-only operations checked", writes)
	}
	if u.count() != 0 {
		t.Errorf("a read-only session sent %d requests: last %s", u.count(), u.last())
	}
}

func TestInvalidArgumentsNeverReachUpstream(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{Mode: inventory.ModeAll, FrontDoor: true}, policy.Full)
	cases := []struct {
		tool string
		args map[string]any
		want string
	}{
		{nameOf("pve_get_nodes_qemu_status_current"), map[string]any{"node": "pve1", "vmid": "no such id"}, "vmid"},
		{nameOf("pve_get_nodes_qemu_status_current"), map[string]any{"node": "pve1"}, "vmid"},
		{nameOf("pve_get_nodes_qemu_status_current"), map[string]any{"node": "pve1", "vmid": 100, "bogus": 1}, "bogus"},
		{nameOf("pve_get_nodes_qemu_status_current"), map[string]any{"node": "../etc", "vmid": 100}, "node"},
		{nameOf("pve_post_nodes_qemu_status_start"), map[string]any{"node": "pve1", "vmid": 100, "wait": -1}, "wait"},
		{inventory.ToolCallRead, map[string]any{"tool": "pve_get_nodes_qemu_status_current", "arguments": map[string]any{"vmid": 1}}, "at least 100"},
		{inventory.ToolCallWrite, map[string]any{"tool": "pve_delete_nodes_qemu_vmid", "arguments": "not json", "confirm": true}, "arguments"},
	}
	for _, c0 := range cases {
		res := call(t, c, c0.tool, c0.args)
		if !res.IsError || !strings.Contains(text(res), c0.want) {
			t.Errorf("%s %v: want an error naming %q, got %s", c0.tool, c0.args, c0.want, text(res))
		}
	}
	if u.count() != 0 {
		t.Errorf("invalid arguments sent %d requests: last %s", u.count(), u.last())
	}
}

func TestDestructiveNeedsConfirm(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{Mode: inventory.ModeAll, FrontDoor: true}, policy.Full)
	args := map[string]any{"node": "pve1", "vmid": 105}
	res := call(t, c, nameOf("pve_delete_nodes_qemu_vmid"), args)
	if !res.IsError || !strings.Contains(text(res), "DELETE /nodes/pve1/qemu/105") || !strings.Contains(text(res), "confirm=true") {
		t.Fatalf("without confirm: %s", text(res))
	}
	res = call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pve_delete_nodes_qemu_vmid", "arguments": args})
	if !res.IsError || u.writes() != 0 {
		t.Fatalf("front door without confirm sent %d writes: %s", u.writes(), text(res))
	}
	u.answer("DELETE /nodes/pve1/qemu/105", `"UPID:pve1:00001234:00ABCDEF:6650F1A2:qmdestroy:105:root@pam:"`)
	args["confirm"] = true
	res = call(t, c, nameOf("pve_delete_nodes_qemu_vmid"), args)
	if res.IsError || u.last() != "DELETE /nodes/pve1/qemu/105" {
		t.Fatalf("with confirm: %s (upstream saw %q)", text(res), u.last())
	}
	body := decodeText(t, res)
	task := body["task"].(map[string]any)
	if task["type"] != "qmdestroy" || task["node"] != "pve1" || task["id"] != "105" || body["status"] != "started" {
		t.Errorf("UPID not parsed into the result: %v", body)
	}
}

// A result is the JSON text; structuredContent {"data": …} comes beside it
// only when the setting asks for it (PROXMOX_MCP_STRUCTURED_CONTENT).
func TestResultIsJSONTextAndStructuredContent(t *testing.T) {
	for _, structured := range []bool{false, true} {
		u := newUpstream(t)
		_, c := session(t, u, setup{FrontDoor: true, Structured: structured}, policy.ReadOnly)
		u.answer("GET /cluster/resources", `[{"id":"qemu/100","type":"qemu","vmid":100,"status":"running"}]`)
		res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_cluster_resources", "arguments": map[string]any{}})
		if res.IsError {
			t.Fatal(text(res))
		}
		var data []map[string]any
		if err := json.Unmarshal([]byte(text(res)), &data); err != nil || len(data) != 1 || data[0]["vmid"] != 100.0 {
			t.Fatalf("structured %v: text = %s (%v)", structured, text(res), err)
		}
		if !structured {
			if res.StructuredContent != nil {
				t.Errorf("structuredContent without the setting: %v", res.StructuredContent)
			}
			continue
		}
		sc, _ := json.Marshal(res.StructuredContent)
		if !strings.Contains(string(sc), `"data":[{"id":"qemu/100"`) {
			t.Errorf("structuredContent = %s", sc)
		}
	}
}

func TestLargeListIsCappedWithANote(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true, MaxResultBytes: 2048}, policy.ReadOnly)
	items := make([]string, 200)
	for i := range items {
		items[i] = `{"id":"qemu/` + strings.Repeat("1", 3) + `","type":"qemu","name":"guest-with-a-long-name"}`
	}
	u.answer("GET /cluster/resources", "["+strings.Join(items, ",")+"]")
	res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_cluster_resources"})
	first := res.Content[0].(mcp.TextContent).Text
	if len(first) > 2048 {
		t.Errorf("capped text is %d bytes", len(first))
	}
	var kept []any
	if err := json.Unmarshal([]byte(first), &kept); err != nil || len(kept) == 0 || len(kept) >= 200 {
		t.Fatalf("capped list: %d items, %v", len(kept), err)
	}
	if note := res.Content[1].(mcp.TextContent).Text; !strings.Contains(note, "of 200 items") || !strings.Contains(note, "type") {
		t.Errorf("note = %q", note)
	}
}

func TestPanicBecomesErrorResult(t *testing.T) {
	u := newUpstream(t)
	srv := newServer(t, setup{FrontDoor: true, Tier: policy.ReadOnly, Upstreams: map[catalog.Product]Upstream{catalog.PVE: panicUpstream{}}})
	c := connect(t, srv)
	res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_version"})
	if !res.IsError || !strings.Contains(text(res), "internal error") {
		t.Errorf("panic result: %s", text(res))
	}
	_ = u
}

type panicUpstream struct{}

func (panicUpstream) Send(context.Context, *wire.Request) (json.RawMessage, error) { panic("boom") }
func (panicUpstream) Download(context.Context, *wire.Request, int64) (*proxmox.RawResponse, error) {
	panic("boom")
}
func (panicUpstream) Upload(context.Context, *wire.Request, proxmox.File) (json.RawMessage, error) {
	panic("boom")
}

func TestEveryToolHasExplicitAnnotationsAndValidSchema(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{Mode: inventory.ModeAll, FrontDoor: true}, policy.Full)
	res, err := c.ListTools(context.Background(), mcp.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tool := range res.Tools {
		a := tool.Annotations
		if a.ReadOnlyHint == nil || a.DestructiveHint == nil || a.IdempotentHint == nil || a.OpenWorldHint == nil || tool.Title == "" {
			t.Errorf("%s: annotations not all explicit: %+v", tool.Name, a)
		}
		if len(tool.Name) > 48 || tool.Description == "" {
			t.Errorf("%s: name or description", tool.Name)
		}
		raw, _ := json.Marshal(tool)
		var m struct {
			InputSchema map[string]any `json:"inputSchema"`
		}
		if err := json.Unmarshal(raw, &m); err != nil || m.InputSchema["type"] != "object" {
			t.Errorf("%s: input schema %v", tool.Name, err)
		}
		for _, k := range []string{"anyOf", "oneOf", "allOf"} {
			if _, ok := m.InputSchema[k]; ok {
				t.Errorf("%s: top-level %s", tool.Name, k)
			}
		}
	}
}

func TestDefaultModeToolsListFitsTwelveKilobytes(t *testing.T) {
	u := newUpstream(t)
	for _, tier := range tiers {
		srv, _ := session(t, u, setup{FrontDoor: true}, tier)
		n, size := toolsListWire(t, srv)
		t.Logf("default mode, tier %s: %d tools, %d bytes", tier, n, size)
		if size > 12000 {
			t.Errorf("tier %s: tools/list result is %d bytes, over 12,000 bytes", tier, size)
		}
	}
}

// toolsListWire measures the tools/list result as the server writes it.
func toolsListWire(t *testing.T, srv *Server) (tools, bytes int) {
	t.Helper()
	resp := srv.MCP().HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
	b, err := json.Marshal(resp)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Result json.RawMessage `json:"result"`
	}
	json.Unmarshal(b, &r)
	var lr struct {
		Tools []json.RawMessage `json:"tools"`
	}
	json.Unmarshal(r.Result, &lr)
	return len(lr.Tools), len(r.Result)
}

// tools/list never varies during a session, and the server does not
// announce list changes.
func TestToolsListIsStable(t *testing.T) {
	u := newUpstream(t)
	srv, c := session(t, u, setup{FrontDoor: true}, policy.Full)
	_, first := toolsListWire(t, srv)
	before := listNames(t, c)
	call(t, c, inventory.ToolSearch, map[string]any{"query": "list vms"})
	call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_version"})
	if _, again := toolsListWire(t, srv); again != first {
		t.Errorf("tools/list changed size: %d then %d bytes", first, again)
	}
	if diff := cmp.Diff(before, listNames(t, c)); diff != "" {
		t.Errorf("tools/list changed:\n%s", diff)
	}
	resp := srv.MCP().HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}`))
	b, _ := json.Marshal(resp)
	if strings.Contains(string(b), `"listChanged":true`) {
		t.Errorf("the server announces tool list changes: %s", b)
	}
}

// A capped time series keeps its newest points, and the hint names a
// parameter that narrows it (the RRD's timeframe), not one that only
// changes its form (cf).
func TestCappedSeriesKeepsTheNewestPoints(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true, MaxResultBytes: 2048}, policy.ReadOnly)
	points := make([]string, 100)
	for i := range points {
		points[i] = fmt.Sprintf(`{"time":%d,"cpu":0.05,"mem":1073741824,"maxmem":4294967296}`, 1700000000+60*i)
	}
	u.answer("GET /nodes/pve1/qemu/100/rrddata", "["+strings.Join(points, ",")+"]")
	res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_nodes_qemu_rrddata", "arguments": map[string]any{"node": "pve1", "vmid": 100, "timeframe": "hour"}})
	var body struct {
		Summary struct{ Points int }
		Data    []map[string]any
	}
	if err := json.Unmarshal([]byte(res.Content[0].(mcp.TextContent).Text), &body); err != nil || len(body.Data) == 0 {
		t.Fatalf("capped series: %v", err)
	}
	kept := body.Data
	if body.Summary.Points != len(points) {
		t.Errorf("the summary covers %d points, want all %d", body.Summary.Points, len(points))
	}
	if last := kept[len(kept)-1]["time"]; last != float64(1700000000+60*99) {
		t.Errorf("the newest point is missing: last kept time %v", last)
	}
	note := res.Content[1].(mcp.TextContent).Text
	if !strings.Contains(note, "newest") || !strings.Contains(note, "timeframe") || strings.Contains(note, "cf") {
		t.Errorf("note = %q", note)
	}
}

// A category without a query lists that category's operations compactly,
// only those the session may call.
func TestSearchBrowsesACategory(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true}, policy.ReadOnly)
	res := call(t, c, inventory.ToolSearch, map[string]any{"category": "ha"})
	body := decodeText(t, res)
	ops, _ := body["operations"].([]any)
	if res.IsError || len(ops) == 0 {
		t.Fatalf("browse: %s", text(res))
	}
	for _, o := range ops {
		m := o.(map[string]any)
		if len(m) != 3 || !strings.HasPrefix(m["call"].(string), "GET ") {
			t.Errorf("entry %v: want tool, call and summary of a read (read-only session)", m)
		}
	}
	if res := call(t, c, inventory.ToolSearch, map[string]any{}); !res.IsError {
		t.Error("neither query nor category accepted")
	}
}
