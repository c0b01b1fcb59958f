package search

import (
	"slices"
	"strings"
	"unicode"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// plan is a parsed query: what to match and what to prefer.
type plan struct {
	concepts []concept
	intents  intent
	guestID  bool            // the query names a guest-id-like number
	product  catalog.Product // the query names a product
	exact    int32           // a tool named verbatim in the query, or -1
}

// concept is one idea of the query ("vm", "reboot"): a document scores the
// best of its alternatives, so matching "qemu" and "vm" does not count the
// same idea twice.
type concept struct {
	alts    []termAlt
	product catalog.Product // also matches every operation of this product
	weight  float64
}

type termAlt struct {
	id     int32
	weight float64
}

// qword is a query word with where it came from.
type qword struct {
	raw, stem string
	// ident marks a part of a hyphenated or dotted name ("local-lvm",
	// "pve-node1"): most likely an object's name, so it counts weakly and
	// expresses no intent.
	ident bool
}

// Weights of query words that are probably names, and of prefix matches.
const (
	identWeight  = 0.4
	prefixWeight = 0.6
	maxPrefixes  = 5
)

// parse turns query text into a plan against this index's vocabulary.
func (ix *Index) parse(text string) plan {
	p := plan{exact: -1}
	ws := ix.queryWords(text, &p)
	if isImperative(ws) {
		p.addIntent(intentAction)
	}
	for i := 0; i < len(ws); {
		n, e := matchLexicon(ws[i:])
		unit := ws[i : i+n]
		i += n
		if e != nil && i < len(ws) && isHeadNoun(ws[i]) {
			e = e.asModifier()
		}
		ix.addUnit(&p, unit, e)
	}
	return p
}

// isImperative reports whether the query opens with a verb the lexicon
// does not know, recognised by the article after it: "label a tape",
// "forget the group". Without it such a verb would be read as a noun.
func isImperative(ws []qword) bool {
	if len(ws) < 3 || ws[0].ident || !articles[ws[1].raw] {
		return false
	}
	n, e := matchLexicon(ws)
	return n == 1 && e == nil && !stopwords[ws[0].raw]
}

var articles = setOf("a an the")

// isHeadNoun reports whether w turns a preceding verb into a modifier:
// "prune job", "migration status", "backup log" name things to look at,
// not actions to take.
func isHeadNoun(w qword) bool {
	return headNouns[w.raw] || headNouns[w.stem]
}

var headNouns = setOf(`job jobs schedule schedules status state log logs
	config configuration settings setting options option history task tasks
	info rule rules`)

// isPlural reports whether an English noun is plural ("flags", "rules"):
// people ask for a collection in the plural.
func isPlural(w qword) bool {
	return len(w.raw) > 3 && stripPlural(w.raw) != w.raw
}

// queryWords splits the text into chunks at spaces and punctuation, keeps
// '-', '.', ':', '_' inside a chunk, notes a verbatim tool name, and
// returns the words.
func (ix *Index) queryWords(text string, p *plan) []qword {
	var out []qword
	chunks := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-.:_'’", r))
	})
	for _, c := range chunks {
		if strings.Contains(c, "_") { // tool names are snake_case
			if d, ok := ix.byName[strings.ToLower(c)]; ok {
				p.exact = d
			}
		}
		out = append(out, ix.chunkWords(c)...)
	}
	return out
}

// chunkWords reads one chunk. A compound chunk ("local-lvm", "cloud-init",
// "realm-sync") is a known API term if its parts glued together are an
// index term or it spells a path segment; otherwise it is a name.
func (ix *Index) chunkWords(c string) []qword {
	ws := words(c)
	compound := len(ws) > 1 && strings.ContainsAny(c, "-.:")
	if compound {
		glued := stem(strings.Join(ws, ""))
		if _, ok := ix.termID[glued]; ok {
			return []qword{{raw: strings.Join(ws, ""), stem: glued}}
		}
	}
	ident := compound && !ix.segments[normalizeSegment(c)]
	out := make([]qword, 0, len(ws))
	for _, w := range ws {
		out = append(out, qword{raw: w, stem: stem(w), ident: ident})
	}
	return out
}

// matchLexicon finds the longest lexicon phrase at the start of ws and
// returns its length in words and its entry (nil: a plain word).
func matchLexicon(ws []qword) (int, *entry) {
	li := lex()
	for n := min(li.maxWords, len(ws)); n >= 1; n-- {
		if e := li.lookup(ws[:n]); e != nil {
			return n, e
		}
	}
	return 1, nil
}

// addUnit adds one matched word or phrase to the plan.
func (ix *Index) addUnit(p *plan, ws []qword, e *entry) {
	w := ws[0]
	ident := ws[0].ident
	switch {
	case e == nil && isNumber(w.raw):
		// Proxmox guest ids start at 100; shorter numbers are counts,
		// indexes or parts of names.
		if !ident && len(w.raw) >= 3 && len(w.raw) <= 9 {
			p.guestID = true
		}
		return
	case e == nil && (stopwords[w.raw] || stopwords[w.stem]):
		return
	}
	weight := 1.0
	if ident {
		weight = identWeight
	}
	if !ident && isPlural(ws[len(ws)-1]) {
		p.intents |= intentList
	}
	if e == nil {
		p.addConcept(ix.plainAlts(w), weight)
		return
	}
	c := concept{alts: ix.entryAlts(w, e), weight: weight * e.weight}
	if !ident {
		p.addIntent(e.intent)
		if e.product != "" {
			p.product, c.product = e.product, e.product
		}
	}
	p.add(c)
}

// addIntent records what a word says about the request. The first verb
// decides the method ("check if vm can be migrated" reads, "show how to
// start" reads); later verbs are its complements. Collection wording
// (list, all, plurals) accumulates.
func (p *plan) addIntent(in intent) {
	if p.intents&methodIntents == 0 {
		p.intents |= in & methodIntents
	}
	p.intents |= in & intentList
}

func (p *plan) addConcept(alts []termAlt, weight float64) {
	p.add(concept{alts: alts, weight: weight})
}

// add keeps a concept that can match something.
func (p *plan) add(c concept) {
	if (len(c.alts) > 0 || c.product != "") && c.weight > 0 {
		p.concepts = append(p.concepts, c)
	}
}

// entryAlts resolves a lexicon entry's terms. A single word also matches
// itself at full weight: the word the user wrote beats its synonyms
// ("restart" prefers Restart over Reboot, "reboot" the reverse).
func (ix *Index) entryAlts(w qword, e *entry) []termAlt {
	var out []termAlt
	for _, a := range e.alts {
		out = ix.appendTerm(out, a.term, a.weight)
	}
	if !e.phrase && len(e.alts) > 0 {
		out = ix.appendTerm(out, w.stem, 1)
	}
	return out
}

// plainAlts resolves a word with no lexicon entry: itself if indexed,
// else the indexed terms it is a prefix of ("notif", "repl"), weakly.
func (ix *Index) plainAlts(w qword) []termAlt {
	if id, ok := ix.termID[w.stem]; ok {
		return []termAlt{{id: id, weight: 1}}
	}
	if len(w.raw) < 4 {
		return nil
	}
	var out []termAlt
	for _, t := range ix.withPrefix(w.raw) {
		out = ix.appendTerm(out, t, prefixWeight)
	}
	return out
}

// withPrefix returns up to maxPrefixes indexed terms starting with prefix,
// in sorted order.
func (ix *Index) withPrefix(prefix string) []string {
	i, _ := slices.BinarySearch(ix.vocab, prefix)
	var out []string
	for ; i < len(ix.vocab) && len(out) < maxPrefixes; i++ {
		if !strings.HasPrefix(ix.vocab[i], prefix) {
			break
		}
		out = append(out, ix.vocab[i])
	}
	return out
}

// appendTerm adds term t if the index knows it, keeping the higher weight
// when it is already there.
func (ix *Index) appendTerm(alts []termAlt, t string, weight float64) []termAlt {
	id, ok := ix.termID[t]
	if !ok {
		return alts
	}
	for i := range alts {
		if alts[i].id == id {
			alts[i].weight = max(alts[i].weight, weight)
			return alts
		}
	}
	return append(alts, termAlt{id: id, weight: weight})
}
