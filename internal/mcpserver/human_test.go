package mcpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/humanize"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// simAnswers are the simulator's real answers to the calls people make
// first, fetched once so that a server can be fed the same bytes twice.
type simAnswer struct {
	tool string
	args map[string]any
	data json.RawMessage
}

func simAnswers(t *testing.T) []simAnswer {
	t.Helper()
	s := sim.New(sim.Options{Seed: 1, TaskDuration: -1})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	t.Cleanup(srv.Close)
	c, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: srv.URL, TokenID: s.TokenID(catalog.PVE),
		TokenSecret: s.TokenSecret(catalog.PVE), VerifyTLS: true, Timeout: proxmox.DefaultTimeout})
	if err != nil {
		t.Fatal(err)
	}
	answers := []simAnswer{
		{tool: "pve_get_cluster_resources", args: map[string]any{}},
		{tool: "pve_get_nodes_status", args: map[string]any{"node": "pve1"}},
		{tool: "pve_get_nodes_qemu_status_current", args: map[string]any{"node": "pve1", "vmid": 100}},
		{tool: "pve_get_nodes_qemu_rrddata", args: map[string]any{"node": "pve1", "vmid": 100, "timeframe": "hour"}},
	}
	for i, a := range answers {
		if answers[i].data, err = c.Do(context.Background(), apis.Lookup(a.tool), a.args); err != nil {
			t.Fatalf("%s: %v", a.tool, err)
		}
	}
	return answers
}

// humanServer is a read-only PVE server whose every request is answered
// with data, human-readable results on or off.
func humanServer(t *testing.T, data json.RawMessage, disable bool) *Server {
	t.Helper()
	inv, err := inventory.New(inventory.Options{Products: []inventory.Product{{Product: catalog.PVE, Tier: policy.ReadOnly}}, FrontDoor: true})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Inventory: inv, Upstreams: map[catalog.Product]Upstream{catalog.PVE: canned{data}}, DisableHumanReadable: disable,
		StructuredContent: true}) // the tests compare the two forms
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// callWire is one tools/call through the front door as a transport sees
// it: the JSON-RPC message in, the encoded answer out.
func callWire(t *testing.T, srv *Server, tool string, args map[string]any) []byte {
	t.Helper()
	params, _ := json.Marshal(map[string]any{"name": inventory.ToolCallRead, "arguments": map[string]any{"tool": tool, "arguments": args}})
	msg := `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":` + string(params) + `}`
	out, err := json.Marshal(srv.MCP().HandleMessage(context.Background(), json.RawMessage(msg)))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// wireResult decodes the result of callWire's answer: the first text and
// the structured content, as a client sees them.
func wireResult(t *testing.T, out []byte) (string, map[string]json.RawMessage) {
	t.Helper()
	var resp struct {
		Result struct {
			Content           []struct{ Text string }
			StructuredContent map[string]json.RawMessage
			IsError           bool
		}
	}
	if err := json.Unmarshal(out, &resp); err != nil || resp.Result.IsError || len(resp.Result.Content) == 0 {
		t.Fatalf("call failed (%v): %.400s", err, out)
	}
	return resp.Result.Content[0].Text, resp.Result.StructuredContent
}

// Turned off, every answer is today's, byte for byte: what dataResult
// made of the data before companions existed.
func TestHumanReadableOffGivesTodaysAnswers(t *testing.T) {
	for _, a := range simAnswers(t) {
		got := callWire(t, humanServer(t, a.data, true), a.tool, a.args)
		today, err := json.Marshal(mcp.NewJSONRPCResultResponse(mcp.NewRequestId(int64(7)), dataResult(apis.Lookup(a.tool), a.data, DefaultMaxResultBytes)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, today) {
			t.Errorf("%s: with human-readable results off the answer changed:\n got %.300s\nwant %.300s", a.tool, got, today)
		}
		if on := callWire(t, humanServer(t, a.data, false), a.tool, a.args); bytes.Equal(on, today) {
			t.Errorf("%s: turned on, nothing was added", a.tool)
		}
	}
}

func TestHumanReadableSimulatorAnswers(t *testing.T) {
	answers := simAnswers(t)
	t.Run("cluster resources", func(t *testing.T) {
		a := answers[0]
		txt, structured := wireResult(t, callWire(t, humanServer(t, a.data, false), a.tool, a.args))
		var list []map[string]any
		if err := json.Unmarshal([]byte(txt), &list); err != nil {
			t.Fatalf("text is not the list: %v", err)
		}
		if !bytes.Equal(structured["data"], []byte(txt)) {
			t.Error("structured data and text differ")
		}
		withMem := 0
		for _, r := range list {
			if mem, ok := r["mem"].(float64); ok && mem > 0 {
				withMem++
				if want, _ := humanBytes(mem); r["mem_human"] != want {
					t.Errorf("%v: mem %v has mem_human %v, want %q", r["id"], mem, r["mem_human"], want)
				}
			}
			if r["mem"] == 0.0 && r["mem_human"] != nil {
				t.Errorf("%v: a zero got a companion: %v", r["id"], r["mem_human"])
			}
			if up, ok := r["uptime"].(float64); ok && up > 0 && r["uptime_human"] == nil {
				t.Errorf("%v: no uptime_human", r["id"])
			}
			if cpu, ok := r["cpu"].(float64); ok && cpu > 0 && !strings.HasSuffix(fmt.Sprint(r["cpu_human"]), " %") {
				t.Errorf("%v: cpu_human %v", r["id"], r["cpu_human"])
			}
		}
		if withMem < 3 {
			t.Errorf("only %d resources with mem in %s", withMem, txt)
		}
		assertRawKept(t, a.data, []byte(txt))
	})
	t.Run("node status", func(t *testing.T) {
		a := answers[1]
		txt, _ := wireResult(t, callWire(t, humanServer(t, a.data, false), a.tool, a.args))
		var st struct {
			CPUHuman string         `json:"cpu_human"`
			Memory   map[string]any `json:"memory"`
		}
		if err := json.Unmarshal([]byte(txt), &st); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(st.CPUHuman, " %") || !strings.HasSuffix(st.Memory["total_human"].(string), "GiB") {
			t.Errorf("node status without companions: %s", txt)
		}
		assertRawKept(t, a.data, []byte(txt))
	})
	t.Run("rrd hour", func(t *testing.T) {
		a := answers[3]
		out := callWire(t, humanServer(t, a.data, false), a.tool, a.args)
		txt, structured := wireResult(t, out)
		if !strings.HasPrefix(txt, `{"summary":{"points":70,"from":`) {
			t.Errorf("the text does not start with the summary: %.120s", txt)
		}
		var body struct {
			Summary struct {
				Points    int
				Step      float64
				StepHuman string `json:"step_human"`
				FromHuman string `json:"from_human"`
				Fields    map[string]map[string]any
			}
			Data json.RawMessage
		}
		if err := json.Unmarshal([]byte(txt), &body); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body.Data, a.data) {
			t.Error("the points in the text are not Proxmox's")
		}
		if !bytes.Equal(structured["data"], a.data) {
			t.Error("structuredContent.data is not the list of points")
		}
		if !bytes.Equal(structured["summary"], mustField(t, txt, "summary")) {
			t.Error("the structured summary differs from the text's")
		}
		s := body.Summary
		if s.Points != 70 || s.Step != 60 || s.StepHuman != "1m" || !strings.HasSuffix(s.FromHuman, "Z") {
			t.Errorf("window: %+v", s)
		}
		for _, f := range []string{"cpu", "mem", "netin", "maxmem"} {
			for _, k := range []string{"latest", "min", "avg", "max", "latest_human", "max_human"} {
				if s.Fields[f][k] == nil {
					t.Errorf("summary of %s lacks %s: %v", f, k, s.Fields[f])
				}
			}
		}
		if mem := s.Fields["mem"]["max_human"].(string); !strings.HasSuffix(mem, "iB") {
			t.Errorf("mem max_human %q", mem)
		}
		if netin := s.Fields["netin"]["avg_human"].(string); !strings.HasSuffix(netin, "/s") {
			t.Errorf("netin avg_human %q: RRD network counters are rates", netin)
		}
		if !bytes.Contains(out, []byte(`"structuredContent":{"summary":{"points":70,`)) {
			t.Errorf("the structured content does not start with the summary: %.200s", out[bytes.Index(out, []byte("structuredContent")):])
		}
	})
}

// The summary and the points share the result cap: the summary stays
// whole, the points are cut from the oldest, in both forms alike.
func TestSummaryOfACappedSeries(t *testing.T) {
	a := simAnswers(t)[3]
	inv, err := inventory.New(inventory.Options{Products: []inventory.Product{{Product: catalog.PVE, Tier: policy.ReadOnly}}, FrontDoor: true})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Inventory: inv, Upstreams: map[catalog.Product]Upstream{catalog.PVE: canned{a.data}}, MaxResultBytes: 6000,
		StructuredContent: true}) // "in both forms alike"
	if err != nil {
		t.Fatal(err)
	}
	out := callWire(t, srv, a.tool, a.args)
	txt, structured := wireResult(t, out)
	if len(txt) > 6000 {
		t.Errorf("text of %d bytes over the cap of 6000", len(txt))
	}
	if string(structured["truncated"]) != "true" || string(structured["total_items"]) != "70" {
		t.Errorf("structured content lost the cap's members: %v", structured)
	}
	if !strings.HasPrefix(txt, `{"summary":{"points":70,`) || !bytes.Equal(mustField(t, txt, "data"), structured["data"]) {
		t.Errorf("capped series: %.200s", txt)
	}
}

func humanBytes(v float64) (string, bool) {
	return humanize.Format(catalog.UnitBytes, v)
}

// assertRawKept checks that every member Proxmox sent is still there with
// its value, whatever was added beside it.
func assertRawKept(t *testing.T, raw, shaped []byte) {
	t.Helper()
	var a, b any
	if json.Unmarshal(raw, &a) != nil || json.Unmarshal(shaped, &b) != nil {
		t.Fatal("not JSON")
	}
	if !contains(b, a) {
		t.Errorf("raw values changed:\nraw    %.300s\nshaped %.300s", raw, shaped)
	}
}

// contains reports whether got holds everything of want (objects may
// have more members).
func contains(got, want any) bool {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return false
		}
		for k, v := range w {
			if !contains(g[k], v) {
				return false
			}
		}
		return true
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for i := range w {
			if !contains(g[i], w[i]) {
				return false
			}
		}
		return true
	}
	return got == want
}

func mustField(t *testing.T, obj, name string) json.RawMessage {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(obj), &m); err != nil {
		t.Fatal(err)
	}
	return m[name]
}

// BenchmarkHumanResult is BenchmarkShapeResult with the companions: the
// difference is what human-readable results cost on the benchmark call.
func BenchmarkHumanResult(b *testing.B) {
	data, op := clusterResources(b), apis.Lookup(benchTool)
	b.ReportAllocs()
	for b.Loop() {
		humanResult(op, data, DefaultMaxResultBytes, false)
	}
}

// BenchmarkHumanizeApply is the companions alone on the benchmark call.
func BenchmarkHumanizeApply(b *testing.B) {
	data, op := clusterResources(b), apis.Lookup(benchTool)
	b.ReportAllocs()
	for b.Loop() {
		humanize.Apply(op, data)
	}
}

// BenchmarkToolCallRaw is BenchmarkToolCall with human-readable results
// off: the two side by side are what the companions cost per call.
func BenchmarkToolCallRaw(b *testing.B) {
	srv := benchServer(b, canned{clusterResources(b)})
	srv.opts.DisableHumanReadable = true
	checkAnswer(b, handle(b, srv, benchCall))
	b.ReportAllocs()
	for b.Loop() {
		handle(b, srv, benchCall)
	}
}
