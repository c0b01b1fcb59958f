package main

import (
	"math"
	"strings"
	"testing"
)

func TestFormatRatio(t *testing.T) {
	for _, c := range []struct {
		r    float64
		want string
	}{{1, "1.00×"}, {0.804, "0.80×"}, {3.596, "3.60×"}, {9.994, "9.99×"}, {12.6, "13×"}, {math.NaN(), "—"}} {
		if got := formatRatio(c.r); got != c.want {
			t.Errorf("formatRatio(%v) = %q, want %q", c.r, got, c.want)
		}
	}
}

func TestRatioMissingOrZeroFloor(t *testing.T) {
	if r := ratio(5, 2); r != 2.5 {
		t.Errorf("ratio(5, 2) = %v", r)
	}
	for _, c := range [][2]float64{{1, 0}, {1, -1}, {math.NaN(), 1}, {1, math.NaN()}} {
		if r := ratio(c[0], c[1]); !math.IsNaN(r) {
			t.Errorf("ratio(%v, %v) = %v, want NaN", c[0], c[1], r)
		}
	}
}

func TestBounds(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{atMost(12*mB, 12*mB), statusPass},
		{atMost(12*mB+1, 12*mB), statusMiss},
		{atMost(math.NaN(), 1), statusNotMeasured},
		{atLeast(3000, 3000), statusPass},
		{atLeast(2999, 3000), statusMiss},
		{atLeast(math.NaN(), 3000), statusNotMeasured},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestShareSubtractsUpstreamAndClient(t *testing.T) {
	if got := shareOf(600, 400, 50); got != 150 {
		t.Errorf("shareOf(600, 400, 50) = %v, want 150", got)
	}
}

// latency builds a result whose p50s are the given medians.
func latency(server, direct, floorCall, floorPing float64) *LatencyResult {
	p := func(v float64) LatencySummary { return LatencySummary{P50: summarize([]float64{v})} }
	return &LatencyResult{Server: p(server), Floor: p(direct), FloorCall: p(floorCall), FloorPing: p(floorPing),
		Share: summarize([]float64{shareOf(server, direct, floorPing)})}
}

func TestLatencyTargets(t *testing.T) {
	ts := latencyTargets(latency(600, 400, 150, 50))
	if ts[0].Status != statusMiss || ts[0].Measured != "150 µs" || ts[0].Floor != "450 µs" {
		t.Errorf("share: %+v", ts[0])
	}
	if ts[1].Status != statusMiss || ts[1].Floor != "550 µs" || formatRatio(ts[1].Ratio) != "1.09×" {
		t.Errorf("call bound: %+v", ts[1])
	}
	ts = latencyTargets(latency(500, 400, 150, 50))
	if ts[0].Status != statusPass || ts[1].Status != statusPass {
		t.Errorf("within both goals: %+v", ts)
	}
	for _, x := range latencyTargets(nil) {
		if x.Status != statusNotMeasured {
			t.Errorf("nil latency: %+v", x)
		}
	}
}

func TestStartupTargetsNeedTheFloor(t *testing.T) {
	one := func(v float64) Summary { return summarize([]float64{v}) }
	rs := []StartupResult{
		{Config: startupConfig{Mode: "default"}, Millis: one(20), PeakRSS: one(11 * mB)},
		{Config: startupConfig{Mode: "all"}, Millis: one(40), PeakRSS: one(21 * mB)},
		{Config: startupConfig{Mode: "floor"}, Millis: one(10), PeakRSS: one(10 * mB)},
	}
	ts := startupTargets(rs)
	want := []string{statusNoPeer, statusNoPeer, statusPass, statusMiss}
	for i, w := range want {
		if ts[i].Status != w {
			t.Errorf("%s: status %q, want %q", ts[i].Name, ts[i].Status, w)
		}
	}
	if ts[0].Ratio != 2 || ts[1].Ratio != 4 {
		t.Errorf("start-up ratios %v, %v; want 2, 4", ts[0].Ratio, ts[1].Ratio)
	}
	for _, x := range startupTargets(rs[:2]) {
		if x.Status != statusNotMeasured {
			t.Errorf("without the floor: %+v", x)
		}
	}
}

func TestFirstCallTargetTakesTheWorstOperation(t *testing.T) {
	one := func(v float64) Summary { return summarize([]float64{v}) }
	f := &FirstCallResult{
		Ops:    []FirstCall{{Label: "a", Extra: one(300)}, {Label: "b", Extra: one(1200)}, {Label: "c", Extra: one(-20)}},
		Floor:  FirstCall{Extra: one(80)},
		Direct: FirstCall{Extra: one(400)},
	}
	tg := firstCallTarget(f)
	if tg.Status != statusMiss || tg.Measured != "1,200 µs (b)" || tg.Floor != "480 µs" || tg.Ratio != 2.5 {
		t.Errorf("%+v", tg)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1234: "-1,234"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestParseOnly(t *testing.T) {
	only, err := parseOnly("startup, latency,micro")
	if err != nil || len(only) != 3 || !only["latency"] || only["build"] {
		t.Errorf("parseOnly = %v, %v", only, err)
	}
	if _, err := parseOnly("startup,nope"); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("unknown section accepted: %v", err)
	}
}

func TestParseLevels(t *testing.T) {
	if l, err := parseLevels("1, 10,50"); err != nil || len(l) != 3 || l[1] != 10 {
		t.Errorf("parseLevels = %v, %v", l, err)
	}
	if _, err := parseLevels("1,0"); err == nil {
		t.Error("concurrency 0 accepted")
	}
}

func TestParseBench(t *testing.T) {
	out := []byte("pkg: github.com/proxmox-mcp/proxmox-mcp/internal/search\n" +
		"BenchmarkSearch-2   \t  1000\t  1500 ns/op\t  64 B/op\t  2 allocs/op\n" +
		"BenchmarkSearch-2   \t  1000\t  1700 ns/op\t  64 B/op\t  2 allocs/op\n" +
		"BenchmarkSearch-2   \t  1000\t  1600 ns/op\t  64 B/op\t  2 allocs/op\n")
	res := parseBench(out)
	if len(res) != 1 || res[0].Package != "internal/search" || res[0].Name != "Search" || res[0].NsPerOp.Median != 1600 || res[0].NsPerOp.Runs != 3 {
		t.Errorf("parseBench = %+v", res)
	}
}

func TestSplitResult(t *testing.T) {
	rb, err := splitResult([]byte(`{"content":[{"type":"text","text":"[1,2]"}],"structuredContent":{"data":[1,2]}}`))
	if err != nil || rb.Text != 5 || rb.Structured != 14 || rb.Result != 79 {
		t.Errorf("splitResult = %+v, %v", rb, err)
	}
	rb.Upstream = 19
	if rb.ratio() != 1 {
		t.Errorf("ratio %v, want 1", rb.ratio())
	}
	if _, err := splitResult([]byte(`{"content":[],"isError":true}`)); err == nil {
		t.Error("an error result was measured")
	}
}

func TestLineID(t *testing.T) {
	for line, want := range map[string]int{
		`{"jsonrpc":"2.0","id":42,"result":{}}`:              42,
		`{"result":{},"id":7,"jsonrpc":"2.0"}`:               7,
		`{"jsonrpc":"2.0","method":"notifications/message"}`: -1,
	} {
		if got, err := lineID([]byte(line)); err != nil || got != want {
			t.Errorf("lineID(%s) = %d, %v; want %d", line, got, err, want)
		}
	}
}
