package search

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// The held-apart set (testdata/heldout.json) measures how search does on
// requests written without looking at the vocabulary table. Ranking is
// never tuned on it; these floors only stop a later change from quietly
// making search generalise worse. They sit a little under the measured
// score so that an unrelated, harmless reordering does not fail CI.
// Measured when batch 4 was added (1514 requests, before the ranking
// changes it was written ahead of): top-3 89.5%, MRR 0.833; the first
// three batches alone top-3 91.5%, batch 4 alone 84.0%. Batch 5 (400
// requests, written the same way partway through those changes) was
// scored once, when they were done: top-3 92.2%, MRR 0.866. Then the
// whole set (1914 requests): top-3 92.8%, MRR 0.876, batch 4 89.5%.
// Batch 6 (400 requests) was written before the next round's changes
// and scored before them: top-3 85.8%, MRR 0.793 (all 2314: 91.6%,
// 0.862). After them (the example field, the request's shape): batch 6
// 92.2%, MRR 0.848; all 2314 top-3 95.5%, MRR 0.904, top-1 85.1%. The
// floors sit about a point under.
const (
	heldoutFloorTop3 = 0.945
	heldoutFloorMRR  = 0.89
)

// heldoutBatches are the batches of the held-apart set (0 is the first).
var heldoutBatches = []int{0, 2, 3, 4, 5, 6, 7, 8, 9}

// evalCase is one request and every operation that answers it.
type evalCase struct {
	Query string   `json:"query"`
	Want  []string `json:"want"`
	Batch int      `json:"batch"` // held-apart only: 0 = the first batch
}

// asEvalCases turns a visible set's cases into evaluation cases.
func asEvalCases(qs []qualityCase) []evalCase {
	out := make([]evalCase, len(qs))
	for i, c := range qs {
		out[i] = evalCase{Query: c.query, Want: c.want}
	}
	return out
}

// wantFirst checks that q ranks want first.
func wantFirst(t *testing.T, q, want string) {
	t.Helper()
	wantFirstOf(t, q, []string{want})
}

// wantFirstOf checks that q ranks one of want first.
func wantFirstOf(t *testing.T, q string, want []string) {
	t.Helper()
	rs, _ := prodIndex().Search(Query{Text: q, Limit: 3})
	if len(rs) == 0 || !slices.Contains(want, rs[0].Op.Name) {
		t.Errorf("%q: got %v, want one of %v first", q, resultNames(rs, 3), want)
	}
}

// evalScore summarises a set: hit rates at rank 1 and 3, and the mean
// reciprocal rank over the first mrrDepth results.
type evalScore struct {
	n, top1, top3 int
	mrr           float64
	misses        []evalMiss
}

type evalMiss struct {
	c    evalCase
	rank int // 1-based, 0 when not in the first mrrDepth
	got  []string
}

const mrrDepth = 10

func (s evalScore) String() string {
	n := float64(max(s.n, 1))
	return fmt.Sprintf("%d queries: top-1 %.1f%%, top-3 %.1f%%, MRR %.3f",
		s.n, 100*float64(s.top1)/n, 100*float64(s.top3)/n, s.mrr)
}

func (s evalScore) top3Rate() float64 { return float64(s.top3) / float64(max(s.n, 1)) }

// score runs every case against ix.
func score(ix *Index, cases []evalCase) evalScore {
	var s evalScore
	for _, c := range cases {
		rs, _ := ix.Search(Query{Text: c.Query, Limit: mrrDepth})
		rank := firstRank(rs, c.Want) + 1
		s.n++
		switch {
		case rank == 1:
			s.top1++
			s.top3++
		case rank > 0 && rank <= 3:
			s.top3++
		}
		if rank > 0 {
			s.mrr += 1 / float64(rank)
		}
		if rank == 0 || rank > 3 {
			s.misses = append(s.misses, evalMiss{c: c, rank: rank, got: resultNames(rs, 3)})
		}
	}
	s.mrr /= float64(max(s.n, 1))
	return s
}

func resultNames(rs []Result, n int) []string {
	var out []string
	for _, r := range rs[:min(n, len(rs))] {
		out = append(out, r.Op.Name)
	}
	return out
}

func (m evalMiss) String() string {
	where := "not in top 10"
	if m.rank > 0 {
		where = fmt.Sprintf("rank %d", m.rank)
	}
	return fmt.Sprintf("%q (%s): want %v, got %v", m.c.Query, where, m.c.Want, m.got)
}

var (
	heldoutOnce  sync.Once
	heldoutCases []evalCase
	heldoutErr   error
)

func loadHeldout(t testing.TB) []evalCase {
	t.Helper()
	heldoutOnce.Do(func() {
		var f struct {
			Cases []evalCase `json:"cases"`
		}
		data, err := os.ReadFile("testdata/heldout.json")
		if err == nil {
			err = json.Unmarshal(data, &f)
		}
		heldoutCases, heldoutErr = f.Cases, err
	})
	if heldoutErr != nil {
		t.Fatalf("testdata/heldout.json: %v", heldoutErr)
	}
	return heldoutCases
}

// policyCategory is what the server indexes: the policy's category.
func policyCategory(op *catalog.Operation) string {
	return policy.Default().Decide(op).Category
}

var (
	productionOnce  sync.Once
	productionIndex *Index
)

// prodIndex is the whole catalog indexed the way the server indexes it:
// policy categories and their descriptions.
func prodIndex() *Index {
	productionOnce.Do(func() {
		productionIndex = New(apis.Operations(), policyCategory,
			CategoryDescriptions(policy.Default().CategoryDescription))
	})
	return productionIndex
}

// TestHeldout scores the held-apart set. Its misses are listed only when
// SEARCH_HELDOUT_MISSES=1: whoever changes the ranking should not see
// which requests miss, or the set stops being held apart.
func TestHeldout(t *testing.T) {
	cases := loadHeldout(t)
	s := score(prodIndex(), cases)
	t.Logf("held-apart set: %v", s)
	for _, b := range heldoutBatches {
		batch := slices.DeleteFunc(slices.Clone(cases), func(c evalCase) bool { return c.Batch != b })
		t.Logf("  batch %d: %v", max(b, 1), score(prodIndex(), batch))
	}
	if os.Getenv("SEARCH_HELDOUT_MISSES") == "1" {
		for _, m := range s.misses {
			t.Logf("miss: %v", m)
		}
	}
	if s.top3Rate() < heldoutFloorTop3 || s.mrr < heldoutFloorMRR {
		t.Errorf("held-apart score fell below its floor (top-3 %.1f%%, MRR %.3f): %v",
			100*heldoutFloorTop3, heldoutFloorMRR, s)
	}
}

// TestHeldoutIsWellFormed checks that every wanted operation exists, that
// no request repeats one of the tuning set (it would no longer be unseen),
// and that every category of both products is asked about.
func TestHeldoutIsWellFormed(t *testing.T) {
	cases := loadHeldout(t)
	if len(cases) < 200 {
		t.Errorf("only %d held-apart cases, want at least 200", len(cases))
	}
	tuning := map[string]bool{}
	for _, c := range qualityCases {
		tuning[strings.ToLower(c.query)] = true
	}
	covered := map[string]bool{}
	for _, c := range cases {
		if tuning[strings.ToLower(c.Query)] {
			t.Errorf("%q is also a tuning case", c.Query)
		}
		if len(c.Want) == 0 {
			t.Errorf("%q: no wanted operation", c.Query)
		}
		for _, name := range c.Want {
			op := apis.Lookup(name)
			if op == nil {
				t.Errorf("%q: wanted operation %s does not exist", c.Query, name)
				continue
			}
			covered[string(op.Product)+"/"+policyCategory(op)] = true
		}
	}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		for _, cat := range policy.Default().Categories(p) {
			if !covered[string(p)+"/"+cat] {
				t.Errorf("no held-apart case asks about %s category %s", p, cat)
			}
		}
	}
}
