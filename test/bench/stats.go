package main

import (
	"math"
	"sort"
	"time"
)

// Summary is one figure over repeated runs: every figure in the report is
// a median with the spread it came from, because one run on a shared
// machine says little.
type Summary struct {
	Median, Min, Max float64
	Runs             int
}

// summarize returns the median, min and max of xs (NaN when empty).
func summarize(xs []float64) Summary {
	if len(xs) == 0 {
		return Summary{Median: math.NaN(), Min: math.NaN(), Max: math.NaN()}
	}
	s := sortedCopy(xs)
	return Summary{Median: percentile(s, 50), Min: s[0], Max: s[len(s)-1], Runs: len(s)}
}

func sortedCopy(xs []float64) []float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s
}

// percentile of an ascending slice, interpolating between the two nearest
// ranks (the median of an even count is the mean of the middle pair).
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	frac := rank - float64(lo)
	return sorted[lo] + (sorted[hi]-sorted[lo])*frac
}

// micros converts durations to microseconds, the unit of every latency.
func micros(ds []time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = float64(d) / float64(time.Microsecond)
	}
	return out
}

// Percentiles are one run's latency distribution, in microseconds.
type Percentiles struct{ P50, P95, P99 float64 }

func percentiles(us []float64) Percentiles {
	s := sortedCopy(us)
	return Percentiles{P50: percentile(s, 50), P95: percentile(s, 95), P99: percentile(s, 99)}
}

// LatencySummary summarizes each percentile across runs.
type LatencySummary struct{ P50, P95, P99 Summary }

func summarizeLatency(runs []Percentiles) LatencySummary {
	var p50, p95, p99 []float64
	for _, r := range runs {
		p50, p95, p99 = append(p50, r.P50), append(p95, r.P95), append(p99, r.P99)
	}
	return LatencySummary{P50: summarize(p50), P95: summarize(p95), P99: summarize(p99)}
}
