package search

import "strings"

// preferCollection lifts a collection just above its leading item
// (GET /nodes/{node}/network above GET …/network/{iface}) when the
// request names no object, nor asks about one ("of a user"), and has no
// verb or asks for a list: without a name the item cannot be called, and
// its list is what answers "the network config". The collection must be
// as close to the item as a read to a write (params.ReadCloseness). lead is
// the best candidate.
func (ix *Index) preferCollection(p plan, s *scratch, lead int) {
	if p.named || p.guestID || p.anyOne || p.intents&methodIntents != 0 && p.intents&intentList == 0 || len(s.cands) < 2 {
		return
	}
	w := s.candDoc[lead]
	op := ix.ops[w]
	if ix.docs[w].method != methodGET || !strings.HasSuffix(op.Path, "}") {
		return
	}
	family := familyPath(op.Path)
	floor := s.cands[lead].Score / ix.prm.ReadCloseness
	for i, c := range s.cands {
		r := ix.ops[s.candDoc[i]]
		if r.Path == family && r.Method == op.Method && r.Product == op.Product && c.Score >= floor {
			s.cands[i].Score = s.cands[lead].Score * (1 + 1e-9)
			return
		}
	}
}
