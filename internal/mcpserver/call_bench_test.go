package mcpserver

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// The benchmarks measure the call every session makes first: cluster
// resources, a few KB of JSON from the simulator's seeded cluster.
const benchTool = "pve_get_cluster_resources"

var benchCall = json.RawMessage(`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"` + benchTool + `","arguments":{}}}`)

// canned answers every request with the same data, so a benchmark
// measures the server without any HTTP.
type canned struct{ data json.RawMessage }

func (d canned) Download(context.Context, *wire.Request, int64) (*proxmox.RawResponse, error) {
	return nil, nil
}
func (d canned) Upload(context.Context, *wire.Request, proxmox.File) (json.RawMessage, error) {
	return d.data, nil
}
func (d canned) Send(context.Context, *wire.Request) (json.RawMessage, error) {
	return d.data, nil
}

// simClient is a real client against a simulator on a loopback listener.
func simClient(b *testing.B) *proxmox.Client {
	s := sim.New(sim.Options{Seed: 1, TaskDuration: -1})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	b.Cleanup(srv.Close)
	c, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: srv.URL, TokenID: s.TokenID(catalog.PVE),
		TokenSecret: s.TokenSecret(catalog.PVE), VerifyTLS: true, Timeout: proxmox.DefaultTimeout})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// clusterResources is the simulator's answer to the benchmarked call.
func clusterResources(b *testing.B) json.RawMessage {
	data, err := simClient(b).Do(context.Background(), apis.Lookup(benchTool), map[string]any{})
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// benchServer is a default-mode server at the full tier whose PVE
// requests go to doer.
func benchServer(b *testing.B, doer Upstream) *Server {
	return newServer(b, setup{FrontDoor: true, Tier: policy.Full, Upstreams: map[catalog.Product]Upstream{catalog.PVE: doer}})
}

// handle is what a transport does with one message: dispatch it and
// encode the answer.
func handle(b *testing.B, srv *Server, msg json.RawMessage) []byte {
	out, err := json.Marshal(srv.MCP().HandleMessage(context.Background(), msg))
	if err != nil {
		b.Fatal(err)
	}
	return out
}

// BenchmarkShapeResult is result shaping alone: the data as Proxmox sent
// it to the tool result.
func BenchmarkShapeResult(b *testing.B) {
	data, op := clusterResources(b), apis.Lookup(benchTool)
	b.ReportAllocs()
	for b.Loop() {
		dataResult(op, data, DefaultMaxResultBytes)
	}
}

// BenchmarkEncodeResult is the transport's share of the result: the
// JSON-RPC response holding the shaped result, encoded as stdio and HTTP
// write it.
func BenchmarkEncodeResult(b *testing.B) {
	res := dataResult(apis.Lookup(benchTool), clusterResources(b), DefaultMaxResultBytes)
	res.StructuredContent = nil // the default form (resultForm)
	msg := mcp.NewJSONRPCResultResponse(mcp.NewRequestId(int64(7)), res)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(msg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeResultTyped is the floor BenchmarkEncodeResult could
// reach: the same bytes from plain structs, with no MarshalJSON method in
// the way (mcp-go's builds a map, and the encoder then re-checks and
// copies its output). docs/upstream/mcp-go-result-encoding.md.
func BenchmarkEncodeResultTyped(b *testing.B) {
	res := dataResult(apis.Lookup(benchTool), clusterResources(b), DefaultMaxResultBytes)
	type text struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	type result struct {
		Content []text `json:"content"`
	}
	msg := struct {
		JSONRPC string `json:"jsonrpc"`
		ID      int    `json:"id"`
		Result  result `json:"result"`
	}{"2.0", 7, result{[]text{{"text", res.Content[0].(mcp.TextContent).Text}}}}
	want, _ := json.Marshal(mcp.NewJSONRPCResultResponse(mcp.NewRequestId(int64(7)), &mcp.CallToolResult{Content: res.Content}))
	if got, _ := json.Marshal(msg); string(got) != string(want) {
		b.Fatalf("the typed form differs:\n%.200s\n%.200s", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(msg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkToolCall is the server's whole share of a call: decode the
// JSON-RPC message, tier check, validation, encoding, shaping and the
// encoded answer; Proxmox's answer comes from memory.
func BenchmarkToolCall(b *testing.B) {
	srv := benchServer(b, canned{clusterResources(b)})
	checkAnswer(b, handle(b, srv, benchCall))
	b.ReportAllocs()
	for b.Loop() {
		handle(b, srv, benchCall)
	}
}

// BenchmarkToolCallAllMode is BenchmarkToolCall with every operation
// listed (956 tools): what grows with the number of tools on each call.
func BenchmarkToolCallAllMode(b *testing.B) {
	srv := newServer(b, setup{Mode: inventory.ModeAll, FrontDoor: true, Tier: policy.Full,
		Upstreams: map[catalog.Product]Upstream{catalog.PVE: canned{clusterResources(b)}}})
	checkAnswer(b, handle(b, srv, benchCall))
	b.ReportAllocs()
	for b.Loop() {
		handle(b, srv, benchCall)
	}
}

// BenchmarkToolCallSimulator adds the real HTTP client and a loopback
// round trip to the simulator: everything but the stdio pipe.
func BenchmarkToolCallSimulator(b *testing.B) {
	srv := benchServer(b, simClient(b))
	checkAnswer(b, handle(b, srv, benchCall))
	b.ReportAllocs()
	for b.Loop() {
		handle(b, srv, benchCall)
	}
}

func checkAnswer(b *testing.B, out []byte) {
	if !strings.Contains(string(out), `"text":"[{`) || strings.Contains(string(out), `"isError":true`) {
		b.Fatalf("the call did not succeed: %.300s", out)
	}
}

// BenchmarkHumanResultSeries is the shaping of an hour of a guest's RRD
// points (70), whose summary goes ahead of the points, in the default
// form (no structuredContent).
func BenchmarkHumanResultSeries(b *testing.B) {
	op := apis.Lookup("pve_get_nodes_qemu_rrddata")
	data, err := simClient(b).Do(context.Background(), op, map[string]any{"node": "pve1", "vmid": 100, "timeframe": "hour"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		humanResult(op, data, DefaultMaxResultBytes, false)
	}
}
