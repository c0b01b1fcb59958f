package search

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// builder extracts the indexed fields of operations. It knows the prose
// vocabulary of the whole catalog so it can take glued path words apart.
type builder struct {
	prose map[string]bool // stems of words used in summaries and descriptions
}

func newBuilder(ops []*catalog.Operation) *builder {
	b := &builder{prose: map[string]bool{}}
	for _, op := range ops {
		for _, chunk := range strings.Fields(op.Summary + " " + op.Description) {
			if isIdentifier(chunk) {
				continue
			}
			for _, t := range terms(chunk) {
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

// fields returns the terms of each field of op.
func (b *builder) fields(op *catalog.Operation, category string) [numFields][]string {
	var fs [numFields][]string
	fs[fieldPath] = b.identTerms(literalSegments(op.Path))
	fs[fieldSummary] = terms(op.Summary)
	fs[fieldName] = nameOnlyTerms(b.identTerms(nameWords(op)), fs[fieldPath])
	fs[fieldCategory] = terms(category)
	fs[fieldDescription] = terms(strings.TrimPrefix(op.Description, op.Summary))
	fs[fieldParams] = b.identTerms(paramNames(op))
	return fs
}

// identTerms indexes identifiers (path segments, tool and parameter names):
// their terms, plus the parts of glued words such as "startall",
// "rrddata" or "vncwebsocket".
func (b *builder) identTerms(text string) []string {
	var out []string
	for _, t := range terms(text) {
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

// pathWords returns each literal path term with its glued-word parts.
func (b *builder) pathWords(path string) [][]string {
	var out [][]string
	for _, t := range terms(literalSegments(path)) {
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

func paramNames(op *catalog.Operation) string {
	var b strings.Builder
	for _, p := range op.Params {
		b.WriteString(p.Name)
		b.WriteByte(' ')
	}
	return b.String()
}
