package search

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// docs/search.md shows every query set's score. TestSearchDocTable
// computes the table and fails when the doc says otherwise;
// UPDATE_SEARCH_DOC=1 go test ./internal/search -run TestSearchDocTable
// rewrites it. The held-apart rows are totals only: which requests miss
// is never written down.

const (
	searchDocPath  = "../../docs/search.md"
	searchDocBegin = "<!-- score table: written by UPDATE_SEARCH_DOC=1 go test ./internal/search -run TestSearchDocTable -->"
	searchDocEnd   = "<!-- end of score table -->"
)

// docSet is one row of the table.
type docSet struct {
	name, role string
	cases      []evalCase
}

func docSets(t *testing.T) []docSet {
	visible := []struct {
		name, role string
		cases      []qualityCase
	}{
		{"tuning (quality_test.go)", "the rules were written against it", qualityCases},
		{"habit (quality_test.go)", "tuning", habitCases},
		{"symptom (quality_test.go)", "tuning", symptomCases},
		{"dev (dev_test.go)", "development", devCases},
		{"dev2 (dev2_test.go)", "development", dev2Cases},
		{"dev3 (dev3_test.go)", "development", dev3Cases},
		{"dev4 (dev4_test.go)", "development", dev4Cases},
		{"dev5 (dev5_test.go)", "development", dev5Cases},
		{"dev6 (dev6_test.go)", "development", dev6Cases},
		{"dev7 (dev7_test.go)", "development", dev7Cases},
		{"dev8 (dev8_test.go)", "development", dev8Cases},
		{"dev9 (dev9_test.go)", "development", dev9Cases},
		{"dev10 (dev10_test.go)", "development", dev10Cases},
		{"dev11 (dev11_test.go)", "development", dev11Cases},
		{"dev12 (dev12_test.go)", "development", dev12Cases},
		{"dev13 (dev13_test.go)", "development", dev13Cases},
		{"dev14 (dev14_test.go)", "development", dev14Cases},
		{"dev15 (dev15_test.go)", "development", dev15Cases},
		{"dev16 (dev16_test.go)", "development", dev16Cases},
		{"dev17 (dev17_test.go)", "development", dev17Cases},
		{"dev18 (dev18_test.go)", "development", dev18Cases},
		{"dev19 (dev19_test.go)", "development", dev19Cases},
		{"dev20 (dev20_test.go)", "development", dev20Cases},
		{"coverage 1–5 (cover*_test.go)", "rarely asked operations", slices.Concat(cover1Cases, cover2Cases, cover3Cases, cover4Cases, cover5Cases)},
	}
	var sets []docSet
	for _, v := range visible {
		role := v.role + ", never indexed"
		if isExampleSet(v.cases) {
			role = v.role + "; indexed as examples"
		}
		sets = append(sets, docSet{v.name, role, asEvalCases(v.cases)})
	}
	held := loadHeldout(t)
	for _, b := range heldoutBatches {
		batch := slices.DeleteFunc(slices.Clone(held), func(c evalCase) bool { return c.Batch != b })
		sets = append(sets, docSet{fmt.Sprintf("held-apart batch %d", max(b, 1)), "held apart", batch})
	}
	return append(sets, docSet{"held-apart, all batches", "held apart", held})
}

func searchDocTable(t *testing.T) string {
	var b strings.Builder
	b.WriteString("| set | requests | role | top-1 | top-3 | MRR |\n|---|---:|---|---:|---:|---:|\n")
	for _, s := range docSets(t) {
		sc := score(prodIndex(), s.cases)
		n := float64(max(sc.n, 1))
		fmt.Fprintf(&b, "| %s | %d | %s | %.1f%% | %.1f%% | %.3f |\n", s.name, sc.n, s.role,
			100*float64(sc.top1)/n, 100*float64(sc.top3)/n, sc.mrr)
	}
	return b.String()
}

func TestSearchDocTable(t *testing.T) {
	data, err := os.ReadFile(searchDocPath)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	i, j := strings.Index(doc, searchDocBegin), strings.Index(doc, searchDocEnd)
	if i < 0 || j < i {
		t.Fatalf("%s: no score table between %q and %q", searchDocPath, searchDocBegin, searchDocEnd)
	}
	table := searchDocTable(t)
	if os.Getenv("UPDATE_SEARCH_DOC") == "1" {
		doc = doc[:i+len(searchDocBegin)] + "\n" + table + doc[j:]
		if err := os.WriteFile(searchDocPath, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got := doc[i+len(searchDocBegin)+1 : j]; got != table {
		t.Errorf("%s's score table is out of date; run UPDATE_SEARCH_DOC=1 go test ./internal/search -run TestSearchDocTable\nwant:\n%s", searchDocPath, table)
	}
}
