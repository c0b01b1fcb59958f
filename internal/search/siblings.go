package search

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// params.SiblingShare is how much of the best-matching method of an
// endpoint the other methods of the same path, and the collection and its
// items (/storage and /storage/{storage}), score. Proxmox words each method's
// summary on its own ("Read DNS settings", "Write DNS settings", "Update
// network interface config"), so the summary that happens to repeat a
// request's noun should not decide which method answers it: the words
// pick the endpoint, the request's intent picks the method. A share
// below one keeps a method whose own words say more ("Revert network
// configuration changes") ahead of its siblings.

// params.LiftRatio bounds which operations lift their siblings: only
// those within 1:LiftRatio of the best relevance. A sibling lifted from
// further down cannot reach the first page, and lifting from every weak
// match would cost most of a search's time.

// findSiblings groups the operations of one product that share a path
// or are a collection and its items:
// group[d] is d's group (-1: the only method of its path), members
// lists each group's operations.
func findSiblings(ops []*catalog.Operation) (group []int32, members [][]int32) {
	byPath := map[string]int32{}
	group = make([]int32, len(ops))
	for i, op := range ops {
		key := string(op.Product) + " " + familyPath(op.Path)
		g, ok := byPath[key]
		if !ok {
			g = int32(len(members))
			byPath[key] = g
			members = append(members, nil)
		}
		members[g] = append(members[g], int32(i))
		group[i] = g
	}
	for i := range group {
		if len(members[group[i]]) < 2 {
			group[i] = -1
		}
	}
	return group, members
}

// liftGroups records the best relevance of each path group that has an
// operation within 1:LiftRatio of the best, in s.groupBest.
func (ix *Index) liftGroups(s *scratch) {
	s.groups = s.groups[:0]
	for _, d := range s.kept {
		g := ix.group[d]
		if g < 0 || s.rel[d]*ix.prm.LiftRatio < s.bestRel {
			continue
		}
		if s.groupGen[g] != s.gen {
			s.groupGen[g], s.groupBest[g] = s.gen, 0
			s.groups = append(s.groups, g)
		}
		s.groupBest[g] = max(s.groupBest[g], s.rel[d])
	}
}

// pooled is d's relevance raised to params.SiblingShare of its group's best.
func (ix *Index) pooled(d int32, s *scratch) float64 {
	rel := s.rel[d]
	if g := ix.group[d]; g >= 0 && s.groupGen[g] == s.gen {
		rel = max(rel, ix.prm.SiblingShare*s.groupBest[g])
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
		rel = max(rel, ix.pooled(t, s))
	}
	return rel
}

// familyPath is the path of the collection an item path belongs to
// (/storage for /storage/{storage}); other paths are their own.
func familyPath(path string) string {
	if i := strings.LastIndexByte(path, '/'); i > 0 && strings.HasPrefix(path[i:], "/{") {
		return path[:i]
	}
	return path
}
