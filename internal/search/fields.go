package search

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// builder extracts the indexed fields of operations as term ids. It knows
// the prose vocabulary of the whole catalog so it can take glued path
// words apart.
type builder struct {
	prose  map[string]bool      // stems of words used in summaries and descriptions
	intern func(t string) int32 // the index's term id of t

	// Many operations share texts (parameter descriptions such as "The
	// cluster node name.", category descriptions): their terms are
	// computed once. The cached slices are shared and never modified.
	cache, identCache map[string][]int32
	stems             map[string]string   // word → stem, for the words of the whole catalog
	parts             map[string][]string // term → its decompound parts (nil: none)
	words             []string            // scratch for terms
	schema            schemaWalker        // reused for every schema
	found             [][]int32           // scratch for cachedTerms
}

func newBuilder(ops []*catalog.Operation, intern func(string) int32) *builder {
	b := &builder{prose: map[string]bool{}, intern: intern,
		cache: map[string][]int32{}, identCache: map[string][]int32{},
		stems: map[string]string{}, parts: map[string][]string{}}
	for _, op := range ops {
		for _, chunk := range strings.Fields(op.Summary + " " + op.Description) {
			if isIdentifier(chunk) {
				continue
			}
			for _, t := range b.terms(chunk) {
				b.prose[t] = true
			}
		}
	}
	return b
}

// isIdentifier reports whether a chunk of prose is a code identifier
// ("get-osinfo", "/etc/hosts", "vm_state") rather than a word: its glued
// words must not count as dictionary words, or "osinfo" would never be
// read as os + info.
func isIdentifier(chunk string) bool {
	chunk = strings.Trim(chunk, ".,;:()'\"`")
	return strings.ContainsAny(chunk, "-_./{}=")
}

// fields returns the term ids of each field of op.
func (b *builder) fields(op *catalog.Operation, category string, categoryDoc func(catalog.Product, string) string) [numFields][]int32 {
	var fs [numFields][]int32
	fs[fieldPath] = b.ids(b.identTerms(literalSegments(op.Path)))
	fs[fieldSummary] = b.ids(b.terms(op.Summary))
	fs[fieldName] = b.ids(append(nameOnlyTerms(b.identTerms(nameWords(op)), b.identTerms(literalSegments(op.Path))), gluedPairs(op.Path)...))
	fs[fieldCategory] = b.ids(b.terms(category))
	fs[fieldDescription] = b.ids(b.terms(strings.TrimPrefix(op.Description, op.Summary)))
	fs[fieldLabels] = b.ids(b.terms(guiLabelsOf(op)))
	fs[fieldParams] = b.nameTerms(paramNames(op))
	b.schema.read(op.ToolSchema, op.IsControl) // the server's own arguments, the same on every write
	fs[fieldParamDocs] = b.proseTerms(b.schema.text.prose)
	fs[fieldParamValues] = b.proseTerms(b.schema.text.values)
	b.schema.read(op.ReturnsSchema, nil)
	returns := &b.schema.text
	returns.prose = append(returns.prose, op.ReturnsDescription)
	returns.prose = append(returns.prose, returns.values...)
	for i, p := range returns.prose {
		returns.prose[i] = firstSentence(p)
	}
	fs[fieldReturnNames] = b.nameTerms(returns.names)
	fs[fieldReturnDocs] = b.proseTerms(returns.prose)
	if categoryDoc != nil && category != "" {
		fs[fieldCategoryDocs] = b.proseTerms([]string{categoryDoc(op.Product, category)})
	}
	return fs
}

// terms is the package's terms with stems remembered: the catalog says
// the same words many times.
func (b *builder) terms(text string) []string {
	b.words = appendWords(b.words[:0], text)
	n := 0
	for _, w := range b.words {
		if len(w) >= 2 {
			n++
		}
	}
	out := make([]string, 0, n)
	for _, w := range b.words {
		if len(w) < 2 {
			continue
		}
		st, ok := b.stems[w]
		if !ok {
			st = stem(w)
			b.stems[w] = st
		}
		out = append(out, st)
	}
	return out
}

// firstSentence cuts a description after its first sentence, which says
// what the thing is; the rest (defaults, caveats) is mostly noise, as the
// compact tool schemas already judge for parameters.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// ids interns terms.
func (b *builder) ids(terms []string) []int32 {
	out := make([]int32, len(terms))
	for i, t := range terms {
		out[i] = b.intern(t)
	}
	return out
}

// proseTerms returns the term ids of several pieces of prose.
func (b *builder) proseTerms(pieces []string) []int32 {
	return b.cachedTerms(pieces, b.cache, func(p string) []string { return b.terms(unescapeJSON(p)) })
}

// nameTerms returns the identifier term ids of several names. A name of
// several words (gc-schedule, verify-new, remove-vanished) is also one
// term glued together, as a request that writes the option's own name
// reads it (see chunkWords).
func (b *builder) nameTerms(names []string) []int32 {
	return b.cachedTerms(names, b.identCache, b.optionTerms)
}

// optionTerms are identTerms plus the name's words glued.
func (b *builder) optionTerms(name string) []string {
	out := b.identTerms(name)
	if ws := words(name); len(ws) > 1 {
		out = append(out, stem(strings.Join(ws, "")))
	}
	return out
}

// cachedTerms concatenates the term ids of the pieces, computing each
// piece's terms once per cache.
func (b *builder) cachedTerms(pieces []string, cache map[string][]int32, compute func(string) []string) []int32 {
	lookup := func(p string) []int32 {
		ts, ok := cache[p]
		if !ok {
			ts = b.ids(compute(p))
			cache[p] = ts
		}
		return ts
	}
	if len(pieces) == 1 { // the cached slice itself: fields are only read
		return lookup(pieces[0])
	}
	b.found = b.found[:0]
	n := 0
	for _, p := range pieces {
		ts := lookup(p)
		b.found = append(b.found, ts)
		n += len(ts)
	}
	out := make([]int32, 0, n)
	for _, ts := range b.found {
		out = append(out, ts...)
	}
	return out
}

// unescapeJSON turns the escapes of a JSON string into spaces and
// quotes, so "\n" does not glue its letter to the next word.
func unescapeJSON(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	return jsonEscapes.Replace(s)
}

var jsonEscapes = strings.NewReplacer(`\n`, " ", `\t`, " ", `\"`, `"`, `\\`, " ")

// identTerms indexes identifiers (path segments, tool and parameter names):
// their terms, plus the parts of glued words such as "startall",
// "rrddata" or "vncwebsocket".
func (b *builder) identTerms(text string) []string {
	var out []string
	for _, t := range b.terms(text) {
		out = append(out, t)
		out = append(out, b.decompound(t)...)
	}
	return out
}

// decompound splits a word the prose never uses into two words it does,
// preferring the most balanced split ("vncwebsocket" → vnc, websocket);
// it returns nil when there is no such split. Words the prose uses are
// left alone, so "network" is never read as net + work.
func (b *builder) decompound(t string) []string {
	if len(t) < 5 || b.prose[t] {
		return nil
	}
	if parts, ok := b.parts[t]; ok {
		return parts
	}
	parts := b.split(t)
	if b.parts == nil {
		b.parts = map[string][]string{}
	}
	b.parts[t] = parts
	return parts
}

// split finds decompound's split of t.
func (b *builder) split(t string) []string {
	var best []string
	bestMin := 0
	for i := 2; i <= len(t)-2; i++ {
		l, r := stem(t[:i]), stem(t[i:])
		if !b.prose[l] || !b.prose[r] {
			continue
		}
		if m := min(i, len(t)-i); m > bestMin {
			best, bestMin = []string{l, r}, m
		}
	}
	return best
}

// gluedPairs returns the adjacent words of multi-word path segments glued
// together: people write "hostname" and "macvrf" for get-host-name and
// mac-vrf.
func gluedPairs(path string) []string {
	var out []string
	for _, seg := range strings.Split(literalSegments(path), " ") {
		ws := words(seg)
		for i := 0; i+1 < len(ws); i++ {
			out = append(out, stem(ws[i]+ws[i+1]))
		}
	}
	return out
}

// pathWords returns each literal path term with its glued-word parts.
func (b *builder) pathWords(path string) [][]string {
	var out [][]string
	for _, t := range b.terms(literalSegments(path)) {
		out = append(out, append([]string{t}, b.decompound(t)...))
	}
	return out
}

// literalSegments returns the path without its {placeholders}; those are
// parameters and indexed as such.
func literalSegments(path string) string {
	var b strings.Builder
	for _, seg := range strings.Split(path, "/") {
		if !strings.HasPrefix(seg, "{") {
			b.WriteString(seg)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// nameWords is the tool name without its product and method prefix
// (pve_get_…): product and method are matched by their own rules.
func nameWords(op *catalog.Operation) string {
	rest := strings.TrimPrefix(op.Name, string(op.Product)+"_")
	rest = strings.TrimPrefix(rest, strings.ToLower(op.Method))
	return strings.ReplaceAll(rest, "_", " ")
}

// nameOnlyTerms keeps the name terms the path does not already contribute
// (abbreviations such as "notif", "enc"), so a term is not counted twice
// for the same evidence.
func nameOnlyTerms(name, path []string) []string {
	inPath := map[string]bool{}
	for _, t := range path {
		inPath[t] = true
	}
	var out []string
	for _, t := range name {
		if !inPath[t] {
			out = append(out, t)
		}
	}
	return out
}

func paramNames(op *catalog.Operation) []string {
	out := make([]string, len(op.Params))
	for i, p := range op.Params {
		out[i] = p.Name
	}
	return out
}
