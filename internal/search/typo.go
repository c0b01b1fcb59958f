package search

import (
	"cmp"
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

// typoIndex finds known stems one edit away from a word. It files every
// known stem under itself and under each form of it with one letter
// deleted; two words are then one edit apart only if one of them, or one
// of their one-deletion forms, meet (the symmetric-delete method).
//
// The forms are not kept as strings (some 45,000 of them, megabytes as a
// map): each is filed by a 64-bit hash, in buckets laid out in one array.
// A hash collision only adds a candidate, and every candidate is checked
// with oneEdit, so the answers are those of a map of the forms.
type typoIndex struct {
	stems []string // known stems, sorted
	rank  []int32  // by stem: how common it is, more documents higher
	// Bucket b holds entries[start[b]:start[b+1]]; a form's bucket is
	// its hash's low bits, fp its high bits.
	start   []int32
	entries []typoEntry
	mask    uint64
}

// typoEntry is one form of a known stem.
type typoEntry struct {
	fp   uint32 // the form's hash, high half: skips most collisions cheaply
	stem int32  // index into stems
}

// typos returns the index's typo index, built on the first query that
// needs it: most sessions never type a word the index does not know.
func (ix *Index) typos() *typoIndex {
	ix.typoOnce.Do(func() { ix.typo = newTypoIndex(ix.knownStems()) })
	return ix.typo
}

// knownStem is a stem a typo may be corrected to, with how common it is.
type knownStem struct {
	stem string
	rank int32
}

// knownStems are the stems a typo may be corrected to, sorted, each with
// how common it is: index terms by document frequency, lexicon words above
// them all (they are the words people write).
func (ix *Index) knownStems() []knownStem {
	lexRank := int32(len(ix.ops) + 1) // above any document frequency
	stemmed := lex().stemmed
	known := make([]knownStem, 0, len(ix.termID)/2+len(stemmed))
	for t, id := range ix.termID {
		if len(t) >= minTypoLen-1 {
			known = append(known, knownStem{t, int32(len(ix.postings[id]))})
		}
	}
	for key := range stemmed {
		if !strings.Contains(key, " ") && len(key) >= minTypoLen-1 {
			known = append(known, knownStem{key, lexRank})
		}
	}
	slices.SortFunc(known, func(a, b knownStem) int {
		return cmp.Or(strings.Compare(a.stem, b.stem), cmp.Compare(b.rank, a.rank))
	})
	// A word both in the index and in the lexicon ranks as a lexicon
	// word: after the sort its lexicon entry comes first.
	return slices.CompactFunc(known, func(a, b knownStem) bool { return a.stem == b.stem })
}

func newTypoIndex(known []knownStem) *typoIndex {
	forms := 0
	for _, k := range known {
		forms += len(k.stem) + 1
	}
	buckets := 1
	for buckets < forms/2 {
		buckets <<= 1
	}
	ti := &typoIndex{stems: make([]string, len(known)), rank: make([]int32, len(known)),
		start: make([]int32, buckets+1), entries: make([]typoEntry, forms), mask: uint64(buckets - 1)}
	for i, k := range known {
		ti.stems[i], ti.rank[i] = k.stem, k.rank
		for skip := -1; skip < len(k.stem); skip++ {
			ti.start[formHash(k.stem, skip)&ti.mask+1]++
		}
	}
	for b := 1; b <= buckets; b++ {
		ti.start[b] += ti.start[b-1]
	}
	next := slices.Clone(ti.start[:buckets])
	for i, k := range known {
		for skip := -1; skip < len(k.stem); skip++ {
			h := formHash(k.stem, skip)
			b := h & ti.mask
			ti.entries[next[b]] = typoEntry{fp: uint32(h >> 32), stem: int32(i)}
			next[b]++
		}
	}
	return ti
}

// formHash is the FNV-1a hash of s with the byte at skip left out (skip
// -1: s itself), so the forms of a word are hashed without building them.
func formHash(s string, skip int) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		if i != skip {
			h = (h ^ uint64(s[i])) * prime
		}
	}
	return h
}

// correct returns the most common known stem one edit away from stem w,
// or "" when there is none.
func (ti *typoIndex) correct(w string) string {
	if w == "" {
		return ""
	}
	best := -1
	for skip := -1; skip < len(w); skip++ {
		h := formHash(w, skip)
		b := h & ti.mask
		for _, e := range ti.entries[ti.start[b]:ti.start[b+1]] {
			if e.fp != uint32(h>>32) {
				continue
			}
			cand := ti.stems[e.stem]
			if cand == w || cand[0] != w[0] || !oneEdit(w, cand) {
				continue // people rarely mistype the first letter
			}
			if best < 0 || ti.better(int(e.stem), best) {
				best = int(e.stem)
			}
		}
	}
	if best < 0 {
		return ""
	}
	return ti.stems[best]
}

// better orders candidates: the more common stem, then the one first in
// alphabetical order (stems are sorted, so the lower index).
func (ti *typoIndex) better(i, j int) bool {
	return ti.rank[i] > ti.rank[j] || ti.rank[i] == ti.rank[j] && i < j
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

// Short words are corrected less eagerly. A word of four or five
// letters is read as a typo only of the slips people make most — a letter
// left out ("rebot", "powr") or two letters swapped ("stpo") — only
// toward a word of the lexicon (the words people write, not every index
// term), and only when exactly one lexicon word fits: "tank" or "alice"
// stay names.
const minShortTypoLen = 4

// shortTypoWords are the words of the lexicon's keys (of its phrases
// too: "power" of "power off") a short word may be corrected to, built on
// first use.
var shortTypoWords = sync.OnceValue(func() []string {
	var out []string
	for key := range lex().exact {
		for _, w := range strings.Fields(key) {
			if len(w) >= minShortTypoLen && len(w) <= minTypoLen {
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
})

// correctShort returns the one lexicon word that raw is a slip of, or "".
func correctShort(raw string) string {
	found := ""
	for _, key := range shortTypoWords() {
		if key[0] != raw[0] || !isSlip(raw, key) {
			continue
		}
		if found != "" {
			return "" // two words fit: no telling which was meant
		}
		found = key
	}
	return found
}

// isSlip reports whether typed is want with one letter left out or two
// adjacent letters swapped.
func isSlip(typed, want string) bool {
	switch len(want) - len(typed) {
	case 1:
		i := commonPrefix(typed, want)
		return typed[i:] == want[i+1:]
	case 0:
		i := commonPrefix(typed, want)
		return i+1 < len(typed) && typed[i] == want[i+1] && typed[i+1] == want[i] && typed[i+2:] == want[i+2:]
	}
	return false
}

// typoState is embedded in Index: the lazily built typo index.
type typoState struct {
	typoOnce sync.Once
	typo     *typoIndex
}
