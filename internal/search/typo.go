package search

import (
	"maps"
	"slices"
	"strings"
	"sync"
)

// A few requests carry a typo ("migrte", "contianer", "snaphsot"). A word
// that is neither an index term, nor in the lexicon, nor the start of an
// index term is corrected to a known word one edit away (a letter added,
// dropped, changed or two swapped), compared by stem. Short words are
// left alone: at five letters and fewer too many words are one edit
// apart (bring, bridge), and such a word is more likely a common word
// the index lacks or a name (pve1, tank, alice).
const minTypoLen = 6

// typoIndex finds known stems one edit away from a word. It maps every
// known stem, and every form of it with one letter deleted, to the stems
// it came from; two words are then one edit apart only if one of them, or
// one of their one-deletion forms, meet (the symmetric-delete method).
type typoIndex struct {
	byDeletion map[string][]string
	rank       map[string]int // how common a stem is: more documents, higher
}

// typos returns the index's typo index, built on the first query that
// needs it: most sessions never type a word the index does not know.
func (ix *Index) typos() *typoIndex {
	ix.typoOnce.Do(func() { ix.typo = newTypoIndex(ix.knownStems()) })
	return ix.typo
}

// knownStems are the stems a typo may be corrected to, each with how
// common it is: index terms by document frequency, lexicon words above
// them all (they are the words people write).
func (ix *Index) knownStems() map[string]int {
	known := map[string]int{}
	for t, id := range ix.termID {
		if len(t) >= minTypoLen-1 {
			known[t] = len(ix.postings[id])
		}
	}
	for key := range lex().stemmed {
		if !strings.Contains(key, " ") && len(key) >= minTypoLen-1 {
			known[key] = len(ix.ops) + 1
		}
	}
	return known
}

func newTypoIndex(known map[string]int) *typoIndex {
	ti := &typoIndex{byDeletion: make(map[string][]string, len(known)*8), rank: known}
	for _, s := range slices.Sorted(maps.Keys(known)) {
		for _, d := range withDeletions(s) {
			ti.byDeletion[d] = append(ti.byDeletion[d], s)
		}
	}
	return ti
}

// correct returns the most common known stem one edit away from stem w,
// or "" when there is none.
func (ti *typoIndex) correct(w string) string {
	best := ""
	for _, d := range withDeletions(w) {
		for _, cand := range ti.byDeletion[d] {
			if cand == w || cand[0] != w[0] || !oneEdit(w, cand) {
				continue // people rarely mistype the first letter
			}
			if best == "" || ti.rank[cand] > ti.rank[best] || ti.rank[cand] == ti.rank[best] && cand < best {
				best = cand
			}
		}
	}
	return best
}

// withDeletions returns s and every string made by deleting one byte.
func withDeletions(s string) []string {
	out := make([]string, 0, len(s)+1)
	out = append(out, s)
	for i := range len(s) {
		out = append(out, s[:i]+s[i+1:])
	}
	return out
}

// oneEdit reports whether a and b differ by exactly one insertion,
// deletion, substitution or swap of adjacent letters.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		i := commonPrefix(a, b)
		if i == len(a) {
			return false // equal
		}
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		i := commonPrefix(a, b)
		return a[i:] == b[i+1:]
	}
	return false
}

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// typoState is embedded in Index: the lazily built typo index.
type typoState struct {
	typoOnce sync.Once
	typo     *typoIndex
}
