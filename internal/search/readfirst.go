package search

import "strings"

// opensWrite reports whether word (a stem) is the first word of the
// summary of an operation that changes something ("Download appliance
// templates", "Restore data from media-set", "Stop a task"): Proxmox's
// own verb for acting, so a request that opens with it acts, whether or
// not the lexicon knows the verb. Only operations the word occurs in can
// open with it, so its postings are enough.
func (ix *Index) opensWrite(word string) bool {
	id, ok := ix.termID[word]
	if !ok {
		return false
	}
	for _, post := range ix.postings[id] {
		if ix.docs[post.doc].method != methodGET && stem(firstWord(ix.ops[post.doc].Summary)) == word {
			return true
		}
	}
	return false
}

// firstWord is the leading run of letters of s, lowercased.
func firstWord(s string) string {
	end := 0
	for end < len(s) && (s[end]|0x20 >= 'a' && s[end]|0x20 <= 'z') {
		end++
	}
	return strings.ToLower(s[:end])
}

// A request with no action word at all ("the tls certificate of pve1",
// "network settings of the backup server") asks to see something. The
// method preference already leans such requests to GET, but Proxmox
// words its writes with the subject's nouns as often as its reads
// ("Create network interface configuration", "Order a new certificate"),
// so a write of the subject can still come first. params.ReadCloseness bounds
// how far below the leading write a read of the same subject may score
// and still be put ahead of it: a write that matches the request clearly
// better ("console" and the vncproxy call) keeps its place.

// preferRead lifts the best read just above the leading write when the
// request has no action word and that read is about the same subject
// (see sameSubject) and scores within ReadCloseness of it. A directory
// index ("ACME index") lists endpoints, not the subject, so it is not
// lifted. lead is the best candidate; it returns the best afterwards.
func (ix *Index) preferRead(p plan, s *scratch, lead int) int {
	if p.intents&methodIntents != 0 || len(s.cands) < 2 {
		return lead
	}
	w := s.candDoc[lead]
	if ix.docs[w].method == methodGET || ix.opensWrite(p.opener) {
		return lead
	}
	floor := s.cands[lead].Score / ix.prm.ReadCloseness
	best := -1
	for i, c := range s.cands {
		r := s.candDoc[i]
		if ix.docs[r].method != methodGET || ix.docs[r].prior < 1 || c.Score < floor || !ix.sameSubject(w, r, s) {
			continue
		}
		if best < 0 || ranksBefore(c, s.cands[best]) {
			best = i
		}
	}
	if best < 0 {
		return lead
	}
	s.cands[best].Score = s.cands[lead].Score * (1 + 1e-9)
	return best
}

// sameSubject reports whether operations a and b share a leading run of
// path words of which one the query matches and names a subject
// (/nodes/{node}/certificates/acme/certificate and
// /nodes/{node}/certificates/info for "certificate"). A word names a
// subject if its idf is at least params.SubjectIDF: /nodes is shared by
// most of the API and names none.
func (ix *Index) sameSubject(a, b int32, s *scratch) bool {
	pa, pb := ix.docs[a].pathWords, ix.docs[b].pathWords
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i].ids[0] != pb[i].ids[0] {
			return false
		}
		if pa[i].idf >= ix.prm.SubjectIDF && s.termMark[pa[i].ids[0]] == s.gen {
			return true
		}
	}
	return false
}
