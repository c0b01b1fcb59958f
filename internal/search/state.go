package search

// A yes/no question with a copula ("is vm 117 up?", "are the guests on
// pve2 back?", "is the cluster quorate?") asks how a thing is: its
// state, which Proxmox reads from a status call (…/status/current,
// /cluster/status). Its predicate is often a word that names no
// operation ("up", "fine", "ok"), so the question itself adds a weak
// state concept (weighted params.CopulaStateWeight); a predicate that
// does name something ("is the firewall on for vm 130") still decides.

var copulas = setOf("is are was were")

// asksState reports whether ws is, or has a clause that is, a copular
// yes/no question ("is there …" asks whether something exists, not how
// it is).
func asksState(ws []qword) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (i == 0 || ws[i].opens) && copulas[ws[i].raw] && ws[i+1].raw != "there" {
			return true
		}
	}
	return false
}

// addState adds the state concept of a copular question.
func (ix *Index) addState(p *plan) {
	var alts []termAlt
	for _, a := range stateAlts {
		alts = ix.appendTerm(alts, a.term, a.weight)
	}
	p.add(concept{alts: alts, weight: ix.prm.CopulaStateWeight})
}
