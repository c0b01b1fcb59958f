package main

import "fmt"

// Units are decimal: a "30 MB" target is 30,000,000 bytes, the stricter
// reading, so a pass holds under either convention.
const (
	kB = 1000
	mB = 1000 * 1000
)

// Target is one goal next to its measured figure. The benchmark reports;
// it never fails a build.
type Target struct {
	Name, Goal, Measured string
	// Status is "pass", "miss" or "not measured".
	Status string
}

func check(name, goal string, measured float64, format string, ok bool) Target {
	return checkText(name, goal, fmt.Sprintf(format, measured), ok)
}

func checkText(name, goal, measured string, ok bool) Target {
	status := "miss"
	if ok {
		status = "pass"
	}
	return Target{Name: name, Goal: goal, Measured: measured, Status: status}
}

func notMeasured(name, goal, why string) Target {
	return Target{Name: name, Goal: goal, Measured: why, Status: "not measured"}
}

// evaluate compares the report's medians with the project's targets.
func evaluate(r *Report) []Target {
	var ts []Target
	for _, s := range r.Startup {
		switch s.Config.Mode {
		case "default":
			ts = append(ts, check("start → tools/list, default mode", "≤ 15 ms", s.Millis.Median, "%.1f ms", s.Millis.Median <= 15))
			ts = append(ts, check("peak RSS, default mode", "≤ 30 MB", s.PeakRSS.Median/mB, "%.1f MB", s.PeakRSS.Median <= 30*mB))
		case "all":
			ts = append(ts, check("start → tools/list, every operation", "≤ 40 ms", s.Millis.Median, "%.1f ms", s.Millis.Median <= 40))
		}
	}
	for _, c := range r.Context {
		if c.Mode == "default" && c.Tier == "full" {
			// In bytes: near the limit, a rounded figure would hide the margin.
			ts = append(ts, checkText("tools/list size, default mode (full tier)", "≤ 12 KB",
				thousands(c.Bytes)+" bytes", c.Bytes <= 12*kB))
		}
	}
	if r.Latency != nil {
		o := r.Latency.Overhead.Median
		ts = append(ts, check("server-side overhead per call, p50", "≤ 100 µs", o, "%.0f µs", o <= 100))
	}
	ts = append(ts, throughputTarget(r.Throughput))
	return ts
}

func throughputTarget(t *ThroughputResult) Target {
	const name, goal = "HTTP throughput at concurrency 10", "≥ 3,000 calls/s"
	if t == nil || t.Missing != "" {
		return notMeasured(name, goal, "not measured (see HTTP throughput)")
	}
	for _, l := range t.Levels {
		if l.Concurrency == 10 {
			return checkText(name, goal, thousands(int(l.PerSecond.Median))+" calls/s", l.PerSecond.Median >= 3000)
		}
	}
	return notMeasured(name, goal, "not measured: concurrency 10 was not run")
}
