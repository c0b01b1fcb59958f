package search

import (
	"slices"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// A concept scores its best-matching alternative plus a share
// (params.ConceptRestShare) of the others: an operation that says
// "virtual machine" and lives under /qemu is more about VMs than one that
// only lives under /qemu, but matching three synonyms of one idea must
// not outweigh matching two ideas.
//
// A product named in the query ("on the backup server") scores
// params.ProductScore for each operation of that product: about what a
// good path-word match scores, so naming the product counts like one
// more matched word.

// Preferences the term statistics cannot express. They multiply the
// relevance score, so they reorder close candidates but cannot lift an
// operation that matches nothing of the query.
const (
	// negligibleRatio is more than the preferences and the path penalty
	// can move two scores apart (the preferences range within about
	// 1:15, the path penalty rarely beyond 1:3), and minKept is how many
	// operations are always ranked in full.
	negligibleRatio = 100
	minKept         = 50
	// The preferences themselves are params: a guest id in the query
	// ("vm 101") wants an operation on one guest (GuestIDBonus); an
	// object's name ("storage local-lvm", "vmbr0") one object rather
	// than all of them (NamedObjectBonus); a named product its own
	// operations (ProductMatch, ProductMismatch). Without a named
	// product, twin endpoints (node DNS, tasks, apt) lean to PVE, which
	// most installations run (DefaultProductLean); PBS-only vocabulary
	// (datastore, prune, tape) still finds PBS. General over specific:
	// each path segment costs a little (DepthPenalty), so of two equally
	// matching operations the shorter path wins. A path word the query
	// does not explain ("firewall" in /qemu/{vmid}/firewall/options for
	// "VM config") says the operation is about something else; it costs
	// in proportion to its idf (UnexplainedPenalty), so ubiquitous words
	// (nodes) cost nothing and topical ones a lot. "list …" or a plural
	// ("storages configured in the datacenter") wants a collection (GET
	// …/network), not one member of it, unless the query names the
	// member: nobody updates "the storages" one at a time (ListOfItem).
)

// accumulate adds each concept's score to the documents it matches.
func (ix *Index) accumulate(p plan, s *scratch) {
	for _, c := range p.concepts {
		s.inConcept = s.inConcept[:0]
		for _, a := range c.alts {
			for _, post := range ix.postings[a.id] {
				s.see(post.doc, a.weight*float64(post.score), post.cover)
			}
		}
		if c.product != "" {
			for d, op := range ix.ops {
				if op.Product == c.product {
					s.see(int32(d), ix.prm.ProductScore, 1)
				}
			}
		}
		w := c.weight * s.topicality()
		s.allWeight += w
		for _, d := range s.inConcept {
			if s.covered[d] == 0 {
				s.touched = append(s.touched, d)
			}
			s.total[d] += w * (s.best[d] + ix.prm.ConceptRestShare*(s.sum[d]-s.best[d]))
			s.covered[d] += w * s.cover[d]
			s.best[d], s.sum[d], s.cover[d] = 0, 0, 0
		}
	}
}

// topicality is how much the current concept can be what an operation is
// about: the best coverage any operation gives it. A word of a long
// request that only ever occurs in descriptions ("anymore", "actually",
// "respond") is more likely filler than the point, so it counts as much
// as it can be covered, for scoring and coordination alike.
func (s *scratch) topicality() float64 {
	best := 0.0
	for _, d := range s.inConcept {
		best = max(best, s.cover[d])
	}
	return best
}

// see records one alternative of the current concept matching doc d,
// covering cover of the concept (see fieldCover).
func (s *scratch) see(d int32, v float64, cover float32) {
	if s.sum[d] == 0 {
		s.inConcept = append(s.inConcept, d)
	}
	s.best[d] = max(s.best[d], v)
	s.sum[d] += v
	s.cover[d] = max(s.cover[d], float64(cover))
}

// candidates applies the hard filters (product, category) and the
// preferences to every matched document.
func (ix *Index) candidates(p plan, q Query, s *scratch) []Result {
	ix.relevance(s)
	methods := p.methodFactors(ix.prm)
	top := 0.0
	lead := -1 // the best candidate, as bestIndex would find it
	add := func(d int32, rel float64) {
		if !ix.passes(d, q) {
			return
		}
		score := rel * ix.preference(d, p, methods)
		r := Result{Op: ix.ops[d], Score: score}
		if lead < 0 || ranksBefore(r, s.cands[lead]) {
			lead = len(s.cands)
		}
		s.cands = append(s.cands, r)
		s.candDoc = append(s.candDoc, d)
		top = max(top, score)
	}
	ix.liftGroups(s)
	// extra adds an operation no query word touched that its sibling
	// or twin lifts; the marks add it once.
	extra := func(e int32) {
		if s.added[e] == s.gen {
			return
		}
		s.added[e] = s.gen
		if rel := ix.lifted(e, s); rel*negligibleRatio >= s.bestRel {
			add(e, rel)
		}
	}
	for _, g := range s.groups {
		for _, e := range ix.members[g] {
			if s.covered[e] == 0 {
				extra(e)
			}
		}
	}
	for _, d := range s.kept {
		if t := ix.twin[d]; t >= 0 && s.covered[t] == 0 {
			extra(t)
		}
		add(d, ix.lifted(d, s))
	}
	if lead >= 0 {
		lead = ix.preferRead(p, s, lead)
		ix.preferCollection(p, s, lead)
	}
	return ix.promote(s.cands, p.pinned, q, top)
}

// relevance computes the term relevance of the matched documents worth
// ranking into s.rel and leaves them in s.kept. Coordination: the score
// is scaled by the share of the query's concepts the operation matches,
// so matching all words beats matching one word very well.
//
// Operations touched only by a common word in a long field (the node
// parameter of 600 operations) score far below the best match. The
// preferences and the path penalty together change a score by less than
// negligibleRatio, so such an operation does not overtake the best one;
// it is dropped before those costlier steps, unless too few operations
// would remain to fill a page of results.
func (ix *Index) relevance(s *scratch) {
	best := 0.0
	for _, d := range s.touched {
		s.rel[d] = s.total[d] * s.covered[d] / s.allWeight
		best = max(best, s.rel[d])
	}
	s.bestRel = best
	s.kept = s.kept[:0]
	for _, d := range s.touched {
		if s.rel[d]*negligibleRatio >= best {
			s.kept = append(s.kept, d)
		}
	}
	if len(s.kept) < minKept {
		s.kept = append(s.kept[:0], s.touched...)
	}
	for _, d := range s.kept {
		s.rel[d] *= ix.explained(d, s)
	}
}

// promote puts the operations the query names outright above everything,
// in their order.
func (ix *Index) promote(cands []Result, pinned []int32, q Query, top float64) []Result {
	for i, d := range pinned {
		if !ix.passes(d, q) {
			continue
		}
		score := top*1.5 + 1 + float64(len(pinned)-i)
		j := slices.IndexFunc(cands, func(r Result) bool { return r.Op == ix.ops[d] })
		if j < 0 {
			cands = append(cands, Result{Op: ix.ops[d]})
			j = len(cands) - 1
		}
		cands[j].Score = score
	}
	return cands
}

// passes applies the query's product and category filters.
func (ix *Index) passes(d int32, q Query) bool {
	return (q.Product == "" || ix.ops[d].Product == q.Product) &&
		(q.Category == "" || ix.category[d] == q.Category)
}

// nodeNotGuest is what a guest's operation is multiplied by when a
// request that reads names a node and no guest ("how long has pve1 been
// up"): it is about the node. A request that acts may act on a guest
// named by a word the index knows ("migrate plex to pve2").
const nodeNotGuest = 0.6

// changeOneBonus is what an update of one object (PUT on an item path)
// is multiplied by when the request changes a setting ("transfer-last 1
// for the weekly offsite sync"): a setting is changed on an object that
// exists, not by creating one.
const changeOneBonus = 1.15

// preference multiplies the rules that are not term matches.
func (ix *Index) preference(d int32, p plan, methods [numMethods]float64) float64 {
	op, info := ix.ops[d], &ix.docs[d]
	f := methods[info.method] * info.prior
	if p.intents&intentList != 0 && info.itemPath && !p.guestID && !p.named {
		f *= ix.prm.ListOfItem
	}
	if p.guestID && info.guestID && !p.member {
		f *= ix.prm.GuestIDBonus
	}
	if p.guestName && !p.guestID && info.guestID && !p.member {
		f *= ix.prm.GuestNameBonus
	}
	if p.option && p.intents&methodIntents == intentUpdate && info.method == methodPUT && info.itemPath {
		f *= changeOneBonus
	}
	if p.nodeOnly && p.intents&methodIntents&^intentRead == 0 && info.onGuest {
		f *= nodeNotGuest
	}
	if info.jobConfig && p.intents&intentAction != 0 && !p.namesJob {
		f *= ix.prm.JobForAction
	}
	if info.guestKind != "" {
		f *= p.guestConfigFactor(info.guestKind)
	}
	f *= p.settingFactor(d)
	if p.named && info.oneObject {
		f *= ix.prm.NamedObjectBonus
	}
	if p.identified && info.oneObject {
		f *= ix.prm.IdentifiedBonus
	}
	switch {
	case p.product == "" && op.Product == catalog.PVE:
		f *= ix.prm.DefaultProductLean
	case p.product == "":
	case op.Product == p.product:
		f *= ix.prm.ProductMatch
	default:
		f *= ix.prm.ProductMismatch
	}
	return f / (1 + ix.prm.DepthPenalty*float64(info.depth))
}

// explains returns how much of path word w the query's terms explain:
// all of it when they match the word, the share of its parts they match
// when it is glued ("prunebackups" is only half explained by
// "backups": the request did not say prune).
func (s *scratch) explains(w pathWord) float64 {
	if s.termMark[w.ids[0]] == s.gen {
		return 1
	}
	if len(w.ids) == 1 {
		return 0
	}
	parts := 0
	for _, id := range w.ids[1:] {
		if s.termMark[id] == s.gen {
			parts++
		}
	}
	return float64(parts) / float64(len(w.ids)-1)
}

// explained penalises the path words of d that no query term matches.
func (ix *Index) explained(d int32, s *scratch) float64 {
	var unexplained float64
	for _, w := range ix.docs[d].pathWords {
		unexplained += w.idf * (1 - s.explains(w))
	}
	return 1 / (1 + ix.prm.UnexplainedPenalty*unexplained)
}
