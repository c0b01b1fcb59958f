package search

import (
	"slices"
	"testing"
	"time"
)

// TestSearchLatency logs the median and 90th percentile time of one
// search over every request of the tuning and held-apart sets. Only
// logged: a loaded machine must not fail the build; BenchmarkSearch and
// BenchmarkNew give comparable figures.
func TestSearchLatency(t *testing.T) {
	ix := prodIndex()
	var qs []string
	for _, set := range [][]qualityCase{qualityCases, symptomCases, habitCases} {
		for _, c := range set {
			qs = append(qs, c.query)
		}
	}
	for _, c := range loadHeldout(t) {
		qs = append(qs, c.Query)
	}
	var ds []time.Duration
	for range 3 {
		for _, q := range qs {
			start := time.Now()
			ix.Search(Query{Text: q, Limit: defaultLimit})
			ds = append(ds, time.Since(start))
		}
	}
	slices.Sort(ds)
	t.Logf("%d searches: median %v, 90th percentile %v", len(ds), ds[len(ds)/2], ds[len(ds)*9/10])
}
