package search

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Requests people wrote for each operation, indexed as one more field of
// it (fieldExamples). Proxmox's own text says what an operation is in the
// API's words; people ask in theirs ("a save point before I update",
// "the vm should come back on its own after a power cut"), and a word
// that one request used for an operation is likely to be used by the
// next. examples.txt holds the requests of the project's tuning and
// development sets with the operations that answer them, generated from
// them (UPDATE_SEARCH_EXAMPLES=1 go test ./internal/search -run
// TestExamplesFile). The fifth development set and the held-apart set
// are never in it: they measure how search does on requests the index
// has not seen.
//
// Only plain words are indexed, and of those only the words the catalog
// or the vocabulary table (lexicon.go) knows: object names, ids,
// addresses and paths ("tank", "vm 101", "10.0.0.8", "/etc/fstab") are
// what one request was about, not how people name the operation, and a
// typo in a request ("snaphsot") must stay a typo the query corrects.
//
//go:embed examples.txt
var examplesFile string

var (
	examplesOnce sync.Once
	examplesByOp map[string]string
)

// builtinExamples returns the words of the requests written for op.
func builtinExamples(op *catalog.Operation) string {
	examplesOnce.Do(func() { examplesByOp = parseExamples(examplesFile) })
	return examplesByOp[op.Name]
}

// parseExamples reads lines of "op,op…<TAB>request" into each
// operation's plain words.
func parseExamples(file string) map[string]string {
	byOp := map[string]*strings.Builder{}
	for line := range strings.Lines(file) {
		ops, request, ok := strings.Cut(strings.TrimRight(line, "\n"), "\t")
		if !ok {
			continue
		}
		plain := plainWords(request)
		for name := range strings.SplitSeq(ops, ",") {
			b := byOp[name]
			if b == nil {
				b = &strings.Builder{}
				byOp[name] = b
			}
			b.WriteString(plain)
			b.WriteByte(' ')
		}
	}
	out := make(map[string]string, len(byOp))
	for name, b := range byOp {
		out[name] = b.String()
	}
	return out
}

// plainWords keeps the chunks of a request that are words: not names,
// numbers, addresses or paths.
func plainWords(request string) string {
	var kept []string
	for chunk := range strings.FieldsSeq(request) {
		chunk = strings.Trim(chunk, ".,;:!?()[]'\"`")
		if chunk == "" || isIdentifier(chunk) || strings.ContainsAny(chunk, "0123456789@:") {
			continue
		}
		kept = append(kept, chunk)
	}
	return strings.Join(kept, " ")
}

// exampleTerms returns the term ids of the known words of text (see
// above). It runs once the other fields are built, so the index's terms
// are the catalog's vocabulary.
func (ix *Index) exampleTerms(b *builder, text string) []int32 {
	var out []int32
	for _, t := range b.terms(text) {
		id, ok := ix.termID[t]
		switch {
		case ok:
		case lex().stemmed[t] != nil || lex().exact[t] != nil:
			id = ix.intern(t)
		default:
			continue
		}
		out = append(out, id)
	}
	return out
}
