package search

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// alt is one index term a query concept may match, with its weight.
type alt struct {
	term   string
	weight float64
}

// entry is a compiled lexeme.
type entry struct {
	alts    []alt
	intent  intent
	weight  float64
	product catalog.Product
	phrase  bool // several words: the words themselves are not terms
	row     int  // the lexicon row it comes from
	option  bool // a configuration option (see lexeme.option)
	object  bool // names one object (see lexeme.object)
	member  bool // puts a thing into a collection object (see lexeme.member)
	// state is the entry read as a state rather than an action, for a
	// verb that names a state a guest or service can be in ("stop" in
	// "stopped containers", "is vm 110 powered on"): asking about that
	// state is asking for a status. nil for other entries.
	state *entry
	// attribute is the state entry for a verb used as an adjective
	// ("stopped containers"): it narrows a list rather than naming what
	// to read, so it weighs like a modifier.
	attribute *entry
}

// asModifier returns the entry without its action intent, for a verb used
// as a noun modifier ("prune job"); reading intent stays.
func (e *entry) asModifier() *entry {
	if e.intent&^intentRead == 0 {
		return e
	}
	m := *e
	m.intent &= intentRead
	return &m
}

// stateAlts are the terms of a state: how Proxmox names where a guest's,
// service's or node's state is read (…/status/current, "status" in what
// a list returns).
var stateAlts = []alt{{"status", 1}, {"current", 0.6}, {"state", 0.6}}

// stateEntry is e read as a state: it matches status terms, its own terms
// weakly (params.StateShare: "stopped" still says a little about stop),
// and expresses no intent.
func stateEntry(e *entry, prm *params) *entry {
	s := &entry{alts: slices.Clone(stateAlts), weight: e.weight, phrase: true, row: e.row}
	for _, a := range e.alts {
		s.alts = append(s.alts, alt{term: a.term, weight: a.weight * prm.StateShare})
	}
	return s
}

// withoutProduct returns the entry naming no product: its words stay.
func (e *entry) withoutProduct() *entry {
	m := *e
	m.product = ""
	return &m
}

// lexiconIndex finds the entry for one or more query words, first by their
// exact spelling, then by their stems (so "rebooting" finds "reboot", while
// "running" keeps its own entry rather than falling to "run").
type lexiconIndex struct {
	exact, stemmed map[string]*entry
	maxWords       int
}

// lexicon is compiled on first use, not at program start: a server
// session that never searches does not pay for it.
var (
	lexOnce     sync.Once
	lexCompiled *lexiconIndex
)

func lex() *lexiconIndex {
	lexOnce.Do(func() { lexCompiled = compileLexicon(lexicon, &defaultParams) })
	return lexCompiled
}

// compileLexicon indexes the rows; a state verb's entry also gets its
// reading as a state and, weighted params.AttributeWeight, as an
// adjective (the modifiers "running" and "current").
func compileLexicon(rows []lexeme, prm *params) *lexiconIndex {
	li := &lexiconIndex{exact: map[string]*entry{}, stemmed: map[string]*entry{}}
	for r, row := range rows {
		alts := parseAlts(row.to)
		for _, from := range strings.Split(row.from, ",") {
			ws := words(from)
			if len(ws) == 0 {
				continue
			}
			e := &entry{alts: alts, intent: row.intent, weight: row.weight,
				product: row.product, phrase: len(ws) > 1, row: r, option: row.option, object: row.object, member: row.member}
			if e.weight == 0 {
				e.weight = 1
			}
			if row.state {
				e.state = stateEntry(e, prm)
				a := *e.state
				a.weight *= prm.AttributeWeight
				e.attribute = &a
			}
			li.add(ws, e)
		}
	}
	return li
}

// add registers e under ws; an earlier row keeps a key it already owns, so
// the table reads top-down like a priority list.
func (li *lexiconIndex) add(ws []string, e *entry) {
	li.maxWords = max(li.maxWords, len(ws))
	exact := strings.Join(ws, " ")
	if _, ok := li.exact[exact]; !ok {
		li.exact[exact] = e
	}
	stems := make([]string, len(ws))
	for i, w := range ws {
		stems[i] = stem(w)
	}
	key := strings.Join(stems, " ")
	if _, ok := li.stemmed[key]; !ok {
		li.stemmed[key] = e
	}
}

// lookup returns the entry for the query words, or nil. The keys are
// built in a stack buffer: a map index by string(bytes) does not allocate.
func (li *lexiconIndex) lookup(ws []qword) *entry {
	var buf [128]byte
	key := buf[:0]
	for i, w := range ws {
		key = appendKeyWord(key, i, w.raw)
	}
	if e := li.exact[string(key)]; e != nil {
		return e
	}
	key = buf[:0]
	for i, w := range ws {
		key = appendKeyWord(key, i, w.stem)
	}
	return li.stemmed[string(key)]
}

func appendKeyWord(key []byte, i int, w string) []byte {
	if i > 0 {
		key = append(key, ' ')
	}
	return append(key, w...)
}

// parseAlts reads "qemu, vm 0.9" into stemmed terms with weights.
func parseAlts(to string) []alt {
	var out []alt
	for _, item := range strings.Split(to, ",") {
		f := strings.Fields(item)
		if len(f) == 0 {
			continue
		}
		w := 1.0
		if len(f) == 2 {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				panic("search: bad weight in lexicon: " + item)
			}
			w = v
		}
		for _, t := range terms(f[0]) {
			out = append(out, alt{term: t, weight: w})
		}
	}
	return out
}
