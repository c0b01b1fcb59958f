package mcpserver

import (
	"sort"
	"strings"
)

// closestNames are up to n guests whose names are nearest to name.
func closestNames(list []guestRecord, name string, n int) []guestRecord {
	names := make([]string, len(list))
	for i, g := range list {
		names[i] = g.Name
	}
	var out []guestRecord
	for _, i := range closest(names, name, n) {
		out = append(out, list[i])
	}
	return out
}

// closest returns the indices of up to n names nearest to want: fewest
// edits (case ignored), a name that contains the other counting as one
// edit, ties by name. Empty names are skipped.
func closest(names []string, want string, n int) []int {
	type scored struct {
		i, cost int
	}
	want = strings.ToLower(want)
	var all []scored
	for i, name := range names {
		if name == "" {
			continue
		}
		have := strings.ToLower(name)
		cost := editDistance(want, have)
		if strings.Contains(have, want) || strings.Contains(want, have) {
			cost = min(cost, 1)
		}
		all = append(all, scored{i, cost})
	}
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].cost != all[b].cost {
			return all[a].cost < all[b].cost
		}
		return names[all[a].i] < names[all[b].i]
	})
	out := make([]int, 0, n)
	for k := 0; k < len(all) && k < n; k++ {
		out = append(out, all[k].i)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, by byte
// (guest and parameter names are ASCII).
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
