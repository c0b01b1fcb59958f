package search

import (
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Query is one search request.
type Query struct {
	Text     string
	Product  catalog.Product               // "" = both
	Category string                        // "" = all
	Limit    int                           // 0 = 10; when browsing (no Text), 0 = all
	Allow    func(*catalog.Operation) bool // nil = all; filters results (e.g. by tier)
}

// Result is one ranked operation. Scores compare within one search only.
type Result struct {
	Op    *catalog.Operation
	Score float64
}

const defaultLimit = 10

// Search returns the best matches that Allow accepts, best first, and
// the best-scoring match that Allow rejected if it outranks the first
// allowed result (so the caller can say "a better match exists in a
// higher tier"), else nil. When Allow rejects every match, betterBlocked
// is the best of them. An empty or meaningless query returns nothing,
// except that a query with a Category and no Text browses that category
// (see Browse): its operations in a fixed order, all with score 0.
func (ix *Index) Search(q Query) (results []Result, betterBlocked *Result) {
	if strings.TrimSpace(q.Text) == "" && q.Category != "" {
		return ix.browse(q)
	}
	p := ix.parse(q.Text)
	if len(p.concepts) == 0 && len(p.pinned) == 0 {
		return nil, nil
	}
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	s.reset(len(ix.ops), len(ix.postings), len(ix.members))

	ix.accumulate(p, s)
	s.markQueryTerms(p)
	cands := ix.candidates(p, q, s)
	return selectTop(cands, q)
}

// scratch holds per-search buffers, pooled so a search allocates little.
type scratch struct {
	total, covered []float64 // by doc: summed concept scores, matched concept weight
	rel            []float64 // by doc: relevance before preferences (touched docs only)
	allWeight      float64   // the weights of the query's concepts, as scored
	bestRel        float64   // the best relevance (see relevance)
	best, sum      []float64 // by doc: best and summed alternatives of the current concept
	cover          []float64 // by doc: how well the current concept is covered
	touched        []int32   // docs with any match
	kept           []int32   // touched docs worth ranking (see relevance)
	inConcept      []int32   // docs matched by the current concept
	cands          []Result
	candDoc        []int32 // by candidate: its document

	// termMark[id] == gen marks the terms of the current query; bumping
	// gen clears the marks without touching the slice.
	termMark []uint32
	gen      uint32
	// added[d] == gen marks an untouched operation a sibling or twin
	// already made a candidate; groupBest[g] is valid when groupGen[g]
	// == gen, for the groups listed in groups (see liftGroups).
	added     []uint32
	groupGen  []uint32
	groupBest []float64
	groups    []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// reset sizes the buffers for nDocs documents, nTerms terms and nGroups
// path groups.
func (s *scratch) reset(nDocs, nTerms, nGroups int) {
	if cap(s.total) < nDocs {
		s.total, s.covered, s.rel = make([]float64, nDocs), make([]float64, nDocs), make([]float64, nDocs)
		s.best, s.sum, s.cover = make([]float64, nDocs), make([]float64, nDocs), make([]float64, nDocs)
	}
	s.total, s.covered, s.rel = s.total[:nDocs], s.covered[:nDocs], s.rel[:nDocs]
	s.best, s.sum, s.cover = s.best[:nDocs], s.sum[:nDocs], s.cover[:nDocs]
	clear(s.total)
	clear(s.covered)
	clear(s.rel)
	s.touched, s.inConcept, s.cands = s.touched[:0], s.inConcept[:0], s.cands[:0]
	s.candDoc = s.candDoc[:0]
	s.allWeight = 0
	if cap(s.termMark) < nTerms {
		s.termMark, s.gen = make([]uint32, nTerms), 0
	}
	s.termMark = s.termMark[:nTerms]
	if cap(s.added) < nDocs {
		s.added = make([]uint32, nDocs)
	}
	if cap(s.groupGen) < nGroups {
		s.groupGen, s.groupBest = make([]uint32, nGroups), make([]float64, nGroups)
	}
	s.added, s.groupGen, s.groupBest = s.added[:nDocs], s.groupGen[:nGroups], s.groupBest[:nGroups]
	s.gen++
	if s.gen <= 1 { // first use, new buffers or wrapped: stale marks could equal gen
		clear(s.termMark)
		clear(s.added[:cap(s.added)])
		clear(s.groupGen[:cap(s.groupGen)])
		s.gen = 1
	}
}

// markQueryTerms marks every term any concept of p may match.
func (s *scratch) markQueryTerms(p plan) {
	for _, c := range p.concepts {
		for _, a := range c.alts {
			s.termMark[a.id] = s.gen
		}
	}
}
