package humanize

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func rrdOp() *catalog.Operation {
	return &catalog.Operation{Name: "pve_get_nodes_qemu_rrddata", Human: &catalog.Human{Series: &catalog.Series{Time: "time", Units: []catalog.HumanField{
		{Path: "cpu", Unit: catalog.UnitFraction}, {Path: "mem", Unit: catalog.UnitBytes}, {Path: "netin", Unit: catalog.UnitBytesPerSecond},
	}}}}
}

// rrdPoints is an hour of one-minute points, oldest first, as PVE sends
// them: cpu climbing from 1 % to 70 %, mem a string in one point, netin
// missing from the first ten, maxcpu constant.
func rrdPoints(n int) string {
	var b strings.Builder
	b.WriteString("[")
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"time":%d,"cpu":%g,"maxcpu":4`, 1700000000+60*i, float64(i+1)/100)
		if i == 5 {
			fmt.Fprintf(&b, `,"mem":"%d"`, 1<<30)
		} else {
			fmt.Fprintf(&b, `,"mem":%d`, 2<<30)
		}
		if i >= 10 {
			fmt.Fprintf(&b, `,"netin":%d`, 1000*i)
		}
		b.WriteString("}")
	}
	return b.String() + "]"
}

func TestSummaryOfAnRRDHour(t *testing.T) {
	data := rrdPoints(70)
	out, summary := Apply(rrdOp(), json.RawMessage(data))
	if string(out) != data {
		t.Error("the points changed")
	}
	var got map[string]any
	if err := json.Unmarshal(summary, &got); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, summary)
	}
	want := map[string]any{
		"points": 70.0, "from": 1700000000.0, "from_human": "2023-11-14T22:13:20Z",
		"to": 1700004140.0, "to_human": "2023-11-14T23:22:20Z", "step": 60.0, "step_human": "1m",
		"fields": map[string]any{
			"cpu": map[string]any{"latest": 0.7, "latest_human": "70 %", "min": 0.01, "min_human": "1 %",
				"avg": 0.355, "avg_human": "35.5 %", "max": 0.7, "max_human": "70 %"},
			"maxcpu": map[string]any{"latest": 4.0, "min": 4.0, "avg": 4.0, "max": 4.0},
			"mem": map[string]any{"latest": float64(2 << 30), "latest_human": "2 GiB", "min": float64(1 << 30), "min_human": "1 GiB",
				"avg": 2132144479.0, "avg_human": "1.99 GiB", "max": float64(2 << 30), "max_human": "2 GiB"},
			"netin": map[string]any{"samples": 60.0, "latest": 69000.0, "latest_human": "67.4 KiB/s", "min": 10000.0, "min_human": "9.77 KiB/s",
				"avg": 39500.0, "avg_human": "38.6 KiB/s", "max": 69000.0, "max_human": "67.4 KiB/s"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(string(summary), `{"points":70,"from":1700000000,"from_human":`) {
		t.Errorf("the window does not come first: %.80s", summary)
	}
}

func TestNoSummaryForShortOrOtherData(t *testing.T) {
	for name, data := range map[string]string{
		"20 points":        rrdPoints(SummaryMinPoints - 1),
		"not a list":       `{"time":1}`,
		"points undated":   strings.Replace(rrdPoints(30), `"time":1700000060,`, ``, 1),
		"a point a number": "[" + strings.Repeat(`{"time":1,"cpu":1},`, 25) + "3]",
		"empty":            `[]`,
		"malformed":        rrdPoints(30)[:200],
	} {
		if _, summary := Apply(rrdOp(), json.RawMessage(data)); summary != nil {
			t.Errorf("%s: summary %s, want none", name, summary)
		}
	}
	if _, summary := Apply(rrdOp(), json.RawMessage(rrdPoints(SummaryMinPoints))); summary == nil {
		t.Errorf("%d points: no summary", SummaryMinPoints)
	}
}
