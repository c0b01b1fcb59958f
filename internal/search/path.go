package search

import (
	"cmp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// A request may name an operation by its API path, as the docs and pvesh
// write it (/nodes/{node}/qemu/{vmid}/status/reboot) or with the values
// filled in (/nodes/pve1/qemu/101/status/reboot, a URL with /api2/json).
// The operations at that path come first, ordered by what the rest of the
// request asks (method words, intent, product).

// pathTemplate is an operation's path split into segments.
type pathTemplate struct {
	doc  int32
	segs []string // lowercased; placeholders keep their braces
}

// indexPaths groups the operations' paths by segment count.
func indexPaths(ops []*catalog.Operation) map[int][]pathTemplate {
	out := map[int][]pathTemplate{}
	for i, op := range ops {
		segs := splitPath(op.Path)
		out[len(segs)] = append(out[len(segs)], pathTemplate{doc: int32(i), segs: segs})
	}
	return out
}

// splitPath returns the lowercased segments of a path.
func splitPath(path string) []string {
	path = strings.Trim(strings.ToLower(path), "/")
	if path == "" {
		return []string{}
	}
	return strings.Split(path, "/")
}

// topSegments are the first segments of Proxmox API paths; a token without
// a leading slash is a path only if it starts with one of them
// ("nodes/pve1/qemu").
var topSegments = setOf("access admin cluster config nodes ping pools pull push status storage tape version")

// pathsIn returns the segments of each API path written in text.
func pathsIn(text string) [][]string {
	if !strings.Contains(text, "/") {
		return nil
	}
	var out [][]string
	for _, tok := range strings.Fields(text) {
		if segs, ok := apiPath(tok); ok {
			out = append(out, segs)
		}
	}
	return out
}

// apiPath reads one token as an API path: a URL or a path, with or
// without /api2/json, without its query string.
func apiPath(tok string) ([]string, bool) {
	tok = strings.Trim(tok, "\"'`,;()<>")
	if i := strings.Index(tok, "/api2/"); i >= 0 {
		tok = tok[i+len("/api2/"):]
		_, tok, _ = strings.Cut(tok, "/") // json, extjs, …
		tok = "/" + tok
	}
	tok, _, _ = strings.Cut(tok, "?")
	if !strings.Contains(tok, "/") {
		return nil, false
	}
	segs := splitPath(tok)
	if len(segs) == 0 || slices.Contains(segs, "") {
		return nil, false
	}
	if !strings.HasPrefix(tok, "/") && !topSegments[segs[0]] {
		return nil, false
	}
	return segs, true
}

// matchPath returns the operations whose path matches segs, most literal
// matches first: a placeholder matches any value, a literal only itself
// (move_disk and move-disk alike).
func (ix *Index) matchPath(segs []string) []int32 {
	type match struct {
		doc      int32
		literals int
	}
	var ms []match
	for _, t := range ix.paths[len(segs)] {
		if n, ok := matchSegments(t.segs, segs); ok {
			ms = append(ms, match{t.doc, n})
		}
	}
	if len(ms) == 0 {
		return nil
	}
	most := slices.MaxFunc(ms, func(a, b match) int { return cmp.Compare(a.literals, b.literals) }).literals
	var out []int32
	for _, m := range ms {
		if m.literals == most { // /access/users/token beats /access/users/{userid}
			out = append(out, m.doc)
		}
	}
	return out
}

// matchSegments reports whether query segments q fit template t, and how
// many literal segments agree.
func matchSegments(t, q []string) (int, bool) {
	literals := 0
	for i, ts := range t {
		qs := q[i]
		switch {
		case strings.HasPrefix(ts, "{"):
		case strings.HasPrefix(qs, "{"):
			return 0, false // a placeholder in the query fills only a placeholder
		case normalizeSegment(ts) == normalizeSegment(qs):
			literals++
		default:
			return 0, false
		}
	}
	return literals, true
}

// explicitMethods are HTTP methods written as such ("POST /nodes/…").
var explicitMethods = map[string]method{"GET": methodGET, "POST": methodPOST, "PUT": methodPUT, "DELETE": methodDELETE}

// explicitMethod returns the HTTP method the text names in capitals, or
// methodOther.
func explicitMethod(text string) method {
	for _, tok := range strings.Fields(text) {
		if m, ok := explicitMethods[tok]; ok {
			return m
		}
	}
	return methodOther
}

// pinPaths orders the operations at the paths the text names: the
// method it names first, then the method its intent prefers, then the
// named or default product, then by name.
func (ix *Index) pinPaths(text string, p *plan) {
	paths := pathsIn(text)
	if len(paths) == 0 {
		return
	}
	want := explicitMethod(text)
	methods := p.methodFactors(ix.prm)
	rank := func(d int32) float64 {
		info := &ix.docs[d]
		r := methods[info.method]
		if info.method == want {
			r += 10
		}
		if ix.ops[d].Product == p.product || p.product == "" && ix.ops[d].Product == catalog.PVE {
			r += 0.01
		}
		return r
	}
	for _, segs := range paths {
		docs := ix.matchPath(segs)
		slices.SortStableFunc(docs, func(a, b int32) int {
			if c := cmp.Compare(rank(b), rank(a)); c != 0 {
				return c
			}
			return strings.Compare(ix.ops[a].Name, ix.ops[b].Name)
		})
		for _, d := range docs {
			p.pin(d)
		}
	}
}
