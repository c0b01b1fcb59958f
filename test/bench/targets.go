package main

import (
	"fmt"
	"math"
	"strings"
)

// Units are decimal: a "12 MB" target is 12,000,000 bytes, the stricter
// reading, so a pass holds under either convention.
const (
	kB = 1000
	mB = 1000 * 1000
)

// Target statuses. noPeer: the goal is relative to the best peer server,
// which cannot be run offline; the ratio to the two-tool floor is shown.
const (
	statusPass        = "pass"
	statusMiss        = "miss"
	statusNotMeasured = "not measured"
	statusNoPeer      = "no peer"
	statusReported    = "reported"
)

// Target is one goal next to its measured figure, the floor that figure
// is compared with in the same run, and their ratio. The benchmark
// reports; it never fails a build.
type Target struct {
	Name, Goal      string
	Measured, Floor string
	Ratio           float64 // measured ÷ floor, NaN when there is none
	Status          string
}

// figure is a measured value or a floor with its unit.
type figure struct {
	v      float64
	format string // applied to v, e.g. "%.1f ms"; "%s" takes v as a count
}

func (f figure) String() string {
	switch {
	case math.IsNaN(f.v):
		return "—"
	case strings.Contains(f.format, "%s"):
		return fmt.Sprintf(f.format, thousands(int(math.Round(f.v))))
	default:
		return fmt.Sprintf(f.format, f.v)
	}
}

// ratio is a ÷ b, NaN when either is missing or b is not positive.
func ratio(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) || b <= 0 {
		return math.NaN()
	}
	return a / b
}

// formatRatio renders a ratio with two significant decimals below 10.
func formatRatio(r float64) string {
	switch {
	case math.IsNaN(r):
		return "—"
	case r < 10:
		return fmt.Sprintf("%.2f×", r)
	default:
		return fmt.Sprintf("%.0f×", r)
	}
}

// atMost is the status of a figure against an upper bound.
func atMost(v, limit float64) string {
	switch {
	case math.IsNaN(v):
		return statusNotMeasured
	case v <= limit:
		return statusPass
	default:
		return statusMiss
	}
}

// atLeast is the status of a figure against a lower bound.
func atLeast(v, limit float64) string {
	if math.IsNaN(v) {
		return statusNotMeasured
	}
	return atMost(-v, -limit)
}

func target(name, goal string, measured, floor figure, status string) Target {
	return Target{Name: name, Goal: goal, Measured: measured.String(), Floor: floor.String(),
		Ratio: ratio(measured.v, floor.v), Status: status}
}

func notMeasured(name, goal, why string) Target {
	return Target{Name: name, Goal: goal, Measured: why, Floor: "—", Ratio: math.NaN(), Status: statusNotMeasured}
}

// evaluate compares the report's medians with the project's targets.
func evaluate(r *Report) []Target {
	var ts []Target
	ts = append(ts, startupTargets(r.Startup)...)
	ts = append(ts, latencyTargets(r.Latency)...)
	ts = append(ts, firstCallTarget(r.FirstCall))
	ts = append(ts, throughputTarget(r.Throughput))
	ts = append(ts, resultBytesTarget(r.Results))
	ts = append(ts, listSizeTarget(r))
	return ts
}

func startupTargets(rs []StartupResult) []Target {
	const (
		dStart = "start → tools/list, default mode (PVE + PBS)"
		aStart = "start → tools/list, all mode, full tier"
		dRSS   = "peak RSS, default mode"
		aRSS   = "peak RSS, all mode, full tier"
	)
	def, all, floor := startupOf(rs, "default"), startupOf(rs, "all"), startupOf(rs, "floor")
	if def == nil || all == nil || floor == nil {
		why := "not measured (start-up not run)"
		return []Target{notMeasured(dStart, "≤ 0.8 × best peer", why), notMeasured(aStart, "≤ 1.0 × best peer", why),
			notMeasured(dRSS, "≤ 12 MB", why), notMeasured(aRSS, "≤ 20 MB", why)}
	}
	ms := func(s *StartupResult) figure { return figure{s.Millis.Median, "%.1f ms"} }
	mb := func(s *StartupResult) figure { return figure{s.PeakRSS.Median / mB, "%.1f MB"} }
	return []Target{
		target(dStart, "≤ 0.8 × best peer", ms(def), ms(floor), statusNoPeer),
		target(aStart, "≤ 1.0 × best peer", ms(all), ms(floor), statusNoPeer),
		target(dRSS, "≤ 12 MB", mb(def), mb(floor), atMost(def.PeakRSS.Median, 12*mB)),
		target(aRSS, "≤ 20 MB", mb(all), mb(floor), atMost(all.PeakRSS.Median, 20*mB)),
	}
}

func latencyTargets(l *LatencyResult) []Target {
	const (
		share = "server-side share of a call, p50"
		call  = "call p50 over stdio"
		cGoal = "≤ two-tool call p50 + direct p50"
	)
	if l == nil {
		why := "not measured (call latency not run)"
		return []Target{notMeasured(share, "≤ 100 µs", why), notMeasured(call, cGoal, why)}
	}
	us := func(v float64) figure { return figure{v, "%s µs"} }
	// The share's floor is what it is taken from: the direct request plus
	// the client's own cost, so the ratio is the whole call over them.
	shareBase := l.Floor.P50.Median + l.FloorPing.P50.Median
	callBound := l.FloorCall.P50.Median + l.Floor.P50.Median
	st := target(share, "≤ 100 µs", us(l.Share.Median), us(shareBase), atMost(l.Share.Median, 100))
	st.Ratio = ratio(l.Server.P50.Median, shareBase)
	return []Target{st,
		target(call, cGoal, us(l.Server.P50.Median), us(callBound), atMost(l.Server.P50.Median, callBound)),
	}
}

func firstCallTarget(f *FirstCallResult) Target {
	const name, goal = "first call of any operation, extra over the second", "≤ 1 ms"
	if f == nil || len(f.Ops) == 0 {
		return notMeasured(name, goal, "not measured (first call not run)")
	}
	w := f.worst()
	t := target(name, goal, figure{w.Extra.Median, "%s µs (" + w.Label + ")"},
		figure{f.Floor.Extra.Median + f.Direct.Extra.Median, "%s µs"}, atMost(w.Extra.Median, 1000))
	return t
}

func throughputTarget(t *ThroughputResult) Target {
	const name, goal = "HTTP throughput at concurrency 10", "≥ 3,000 calls/s"
	if t == nil || t.Missing != "" {
		return notMeasured(name, goal, "not measured (see HTTP throughput)")
	}
	floor := figure{t.Direct.PerSecond.Median, "%s calls/s direct"}
	for _, l := range t.Levels {
		if l.Concurrency == floorConcurrency {
			v := l.PerSecond.Median
			return target(name, goal, figure{v, "%s calls/s"}, floor, atLeast(v, 3000))
		}
	}
	return notMeasured(name, goal, "not measured: concurrency 10 was not run")
}

func resultBytesTarget(rs []ResultBytes) Target {
	const name, goal = "bytes per call result (text + structuredContent), " + latencyTool, "reported"
	for _, r := range rs {
		if r.Tool == latencyTool {
			return target(name, goal, figure{float64(r.Text + r.Structured), "%s bytes"},
				figure{float64(r.Upstream), "%s bytes upstream"}, statusReported)
		}
	}
	return notMeasured(name, goal, "not measured (results not run)")
}

// listSizeTarget guards the default list's size: a regression line, in
// bytes, since near the limit a rounded figure would hide the margin.
func listSizeTarget(r *Report) Target {
	const name, goal = "no regression: tools/list size, default mode (full tier)", "≤ 12 KB"
	for _, c := range r.Context {
		if c.Mode == "default" && c.Tier == "full" {
			return target(name, goal, figure{float64(c.Bytes), "%s bytes"},
				figure{float64(r.FloorListBytes), "%s bytes"}, atMost(float64(c.Bytes), 12*kB))
		}
	}
	return notMeasured(name, goal, "not measured (context cost not run)")
}
