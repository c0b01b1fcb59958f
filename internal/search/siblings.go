package search

import "github.com/proxmox-mcp/proxmox-mcp/internal/catalog"

// siblingShare is how much of the best-matching method of an endpoint
// the other methods of the same path score. Proxmox words each method's
// summary on its own ("Read DNS settings", "Write DNS settings", "Update
// network interface config"), so the summary that happens to repeat a
// request's noun should not decide which method answers it: the words
// pick the endpoint, the request's intent picks the method. A share
// below one keeps a method whose own words say more ("Revert network
// configuration changes") ahead of its siblings.
const siblingShare = 0.75

// liftRatio bounds which operations lift their untouched siblings into
// the candidates: only those within 1:liftRatio of the best relevance.
// A sibling lifted from further down cannot reach the first page, and
// making every sibling of a weak match a candidate costs most of a
// search's time.
const liftRatio = 20

// findSiblings lists, for each operation, the other operations of its
// product on the same path.
func findSiblings(ops []*catalog.Operation) [][]int32 {
	byPath := map[string][]int32{}
	for i, op := range ops {
		key := string(op.Product) + " " + op.Path
		byPath[key] = append(byPath[key], int32(i))
	}
	sib := make([][]int32, len(ops))
	for _, group := range byPath {
		if len(group) < 2 {
			continue
		}
		for _, d := range group {
			for _, e := range group {
				if e != d {
					sib[d] = append(sib[d], e)
				}
			}
		}
	}
	return sib
}

// markKept marks the documents relevance kept, for pooled.
func (s *scratch) markKept() {
	for _, d := range s.kept {
		s.docMark[d] = s.gen
	}
}

// pooled is d's relevance raised to siblingShare of its best kept
// sibling's.
func (ix *Index) pooled(d int32, s *scratch) float64 {
	rel := 0.0
	if s.docMark[d] == s.gen {
		rel = s.rel[d]
	}
	for _, e := range ix.siblings[d] {
		if s.docMark[e] == s.gen {
			rel = max(rel, siblingShare*s.rel[e])
		}
	}
	return rel
}

// lifted is d's relevance as ranked: its own, raised by its siblings
// (pooled) and by its twin. The same endpoint in the other product
// answers the same question: both score alike and the product
// preference chooses, so a summary worded differently ("Read node
// status" and "Read node memory, CPU and disk usage") does not.
func (ix *Index) lifted(d int32, s *scratch) float64 {
	rel := ix.pooled(d, s)
	if t := ix.twin[d]; t >= 0 {
		if s.docMark[t] == s.gen {
			rel = max(rel, s.rel[t])
		}
		rel = max(rel, ix.pooled(t, s))
	}
	return rel
}
