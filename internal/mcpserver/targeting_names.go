package mcpserver

import (
	"sort"
	"strings"
)

// closestNames are up to n guests whose names are nearest to name: fewest
// edits (case ignored), a name that contains the other counting as one
// edit, ties by name.
func closestNames(list []guestRecord, name string, n int) []guestRecord {
	type scored struct {
		g    guestRecord
		cost int
	}
	want := strings.ToLower(name)
	var all []scored
	for _, g := range list {
		if g.Name == "" {
			continue
		}
		have := strings.ToLower(g.Name)
		cost := editDistance(want, have)
		if strings.Contains(have, want) || strings.Contains(want, have) {
			cost = min(cost, 1)
		}
		all = append(all, scored{g, cost})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].cost != all[j].cost {
			return all[i].cost < all[j].cost
		}
		return all[i].g.Name < all[j].g.Name
	})
	out := make([]guestRecord, 0, n)
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].g)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, by byte
// (guest names are ASCII DNS names).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
