package search

import "slices"

// selectTop returns the first Limit candidates Allow accepts, best first,
// and the overall best candidate if Allow rejects it. It keeps a small
// sorted window instead of sorting every candidate, and asks Allow only
// about candidates that would enter the window.
func selectTop(cands []Result, q Query) ([]Result, *Result) {
	if len(cands) == 0 {
		return nil, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	best := bestIndex(cands)
	var blocked *Result
	if q.Allow != nil && !q.Allow(cands[best].Op) {
		r := cands[best]
		blocked = &r
	}
	top := make([]Result, 0, min(limit, len(cands)))
	for i, c := range cands {
		if len(top) == limit && !ranksBefore(c, top[len(top)-1]) {
			continue
		}
		if i == best && blocked != nil || i != best && q.Allow != nil && !q.Allow(c.Op) {
			continue
		}
		top = insertRanked(top, c, limit)
	}
	return top, blocked
}

// ranksBefore orders results: higher score first, then tool name, so equal
// scores come out in the same order on every run.
func ranksBefore(a, b Result) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Op.Name < b.Op.Name
}

func bestIndex(cands []Result) int {
	best := 0
	for i := 1; i < len(cands); i++ {
		if ranksBefore(cands[i], cands[best]) {
			best = i
		}
	}
	return best
}

// insertRanked inserts r into the sorted window, keeping at most limit.
func insertRanked(top []Result, r Result, limit int) []Result {
	i, _ := slices.BinarySearchFunc(top, r, func(e, t Result) int {
		if ranksBefore(e, t) {
			return -1
		}
		return 1
	})
	top = slices.Insert(top, i, r)
	if len(top) > limit {
		top = top[:limit]
	}
	return top
}
