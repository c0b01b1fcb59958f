package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// History is what the generator knows of a product's releases older than
// the one it generates: the pinned dumps at hand, and the pinned releases
// whose dump was not. From it each operation, parameter and property-string
// key gets the first release from which on every pinned release has it.
type History struct {
	// Older are the parsed older dumps, oldest first.
	Older []*schema.API
	// Missing names the pinned older dumps that were not at hand
	// ("pve-8.4-apidoc.js"); their releases are left out of the comparison.
	Missing []string
}

// summary is the progress line's note on the releases compared.
func (h *History) summary() string {
	var s string
	for _, api := range h.Older {
		s += ", compared with " + api.Release
	}
	for _, f := range h.Missing {
		s += ", " + f + " missing"
	}
	return s
}

// releases lists the releases compared, oldest first, ending with the
// current one.
func (h *History) releases(current string) []string {
	var out []string
	if h != nil {
		for _, api := range h.Older {
			out = append(out, api.Release)
		}
	}
	return append(out, current)
}

// releaseShape is what one release has: its operations ("GET /path"),
// each with its parameters, each with its property-string keys.
type releaseShape struct {
	release string
	ops     map[string]opShape
}

// opShape maps a parameter (by paramID) to the names of its keys.
type opShape map[paramID]map[string]bool

// paramID names a parameter across releases: its base name and whether it
// is indexed, so net[n] is matched by "net" and qemu's numa and numa[n]
// stay apart.
type paramID struct {
	base    string
	indexed bool
}

func opKey(op *schema.Operation) string { return op.Method + " " + op.Path }

func idOf(p *schema.Parameter) paramID {
	base, indexed := schema.IndexedBase(p.Name)
	return paramID{base, indexed}
}

// shapeOf records what a parsed dump has. Named property formats are
// filled in first, as the release defines them, so their keys compare
// like inline ones.
func shapeOf(api *schema.API) releaseShape {
	resolveFormats(api)
	sh := releaseShape{release: api.Release, ops: map[string]opShape{}}
	for _, op := range api.Operations {
		params := opShape{}
		for _, p := range op.Params {
			params[idOf(p)] = keyNames(p.Schema)
		}
		sh.ops[opKey(op)] = params
	}
	return sh
}

// keyNames are a parameter's property-string keys (nil when it is not one).
func keyNames(s *schema.Schema) map[string]bool {
	if s == nil || s.FormatKeys == nil {
		return nil
	}
	out := make(map[string]bool, len(s.FormatKeys))
	for k := range s.FormatKeys {
		out[k] = true
	}
	return out
}

// sinceData is the comparison of the current release with the older ones.
type sinceData struct {
	releases []string       // compared, oldest first, the current last
	shapes   []releaseShape // the older ones, oldest first
	missing  []string
	removed  []removedOp
}

// removedOp is an operation some older release had and the current one
// has not: nothing can call it through the catalog; the report lists it.
type removedOp struct {
	key      string   // "GET /nodes/{node}/scan/glusterfs"
	releases []string // the releases that have it
}

func newSinceData(api *schema.API, h *History) *sinceData {
	sd := &sinceData{releases: h.releases(api.Release)}
	if h != nil {
		sd.missing = slices.Clone(h.Missing)
		for _, older := range h.Older {
			sd.shapes = append(sd.shapes, shapeOf(older))
		}
	}
	sd.removed = removedOps(api, sd.shapes)
	return sd
}

func removedOps(api *schema.API, shapes []releaseShape) []removedOp {
	current := map[string]bool{}
	for _, op := range api.Operations {
		current[opKey(op)] = true
	}
	in := map[string][]string{}
	for _, sh := range shapes {
		for key := range sh.ops {
			if !current[key] {
				in[key] = append(in[key], sh.release)
			}
		}
	}
	out := make([]removedOp, 0, len(in))
	for _, key := range slices.Sorted(maps.Keys(in)) {
		out = append(out, removedOp{key: key, releases: in[key]})
	}
	return out
}

// since walks back from the current release while has says the older
// release has the thing, and returns the last release that did: the
// first of the unbroken run that ends with the current release. An
// operation an intermediate release lacked is not offered to that
// release, though an older one had it.
func (sd *sinceData) since(has func(releaseShape) bool) string {
	first := sd.releases[len(sd.releases)-1]
	for i := len(sd.shapes) - 1; i >= 0 && has(sd.shapes[i]); i-- {
		first = sd.shapes[i].release
	}
	return first
}

// apply sets the Since fields of one catalog operation: the operation's
// own when it is newer than the oldest release compared, a parameter's
// when it is newer than its operation, a key's when newer than its
// parameter. An empty Since therefore always means "as old as the thing
// it belongs to", which keeps the catalog small.
func (sd *sinceData) apply(ir *schema.Operation, op *catalog.Operation) {
	key := opKey(ir)
	opSince := sd.since(func(sh releaseShape) bool { _, ok := sh.ops[key]; return ok })
	op.Since = sd.newerThan(opSince, sd.releases[0])
	for i := range op.Params {
		p := &op.Params[i]
		if p.Location == catalog.InPath {
			continue // part of the path: as old as the operation
		}
		id := paramID{p.WireName(), p.Indexed}
		paramSince := sd.since(func(sh releaseShape) bool { _, ok := sh.ops[key][id]; return ok })
		p.Since = sd.newerThan(paramSince, opSince)
		if p.Property != nil {
			sd.applyKeys(key, id, paramSince, p.Property)
		}
	}
}

func (sd *sinceData) applyKeys(op string, id paramID, paramSince string, ps *catalog.PropertyString) {
	for i := range ps.Keys {
		k := &ps.Keys[i]
		keySince := sd.since(func(sh releaseShape) bool { return sh.ops[op][id][k.Name] })
		k.Since = sd.newerThan(keySince, paramSince)
	}
}

// newerThan is since when it is a later release than base, else "". The
// walk back never goes past base's release, so a different one is later.
func (sd *sinceData) newerThan(since, base string) string {
	if since != base {
		return since
	}
	return ""
}

// sinceCounts tallies what the catalog marks as newer than the oldest
// release compared, for the report: report lines in path order.
type sinceCounts struct {
	ops, params, keys []string
}

func countSince(ops []*opModel) sinceCounts {
	var c sinceCounts
	for _, om := range byPath(ops) {
		op := &om.op
		where := "`" + op.Method + " " + op.Path + "`"
		if op.Since != "" {
			c.ops = append(c.ops, where+": "+op.Since)
			continue
		}
		for _, p := range op.Params {
			if p.Since != "" {
				c.params = append(c.params, fmt.Sprintf("%s `%s`: %s", where, p.Name, p.Since))
			}
			if p.Property == nil {
				continue
			}
			for _, k := range p.Property.Keys {
				if k.Since != "" {
					c.keys = append(c.keys, fmt.Sprintf("%s `%s` key `%s`: %s", where, p.Name, k.Name, k.Since))
				}
			}
		}
	}
	return c
}

// byPath orders operations by path, then method, as a reader looks them up.
func byPath(ops []*opModel) []*opModel {
	out := slices.Clone(ops)
	slices.SortFunc(out, func(a, b *opModel) int {
		if c := strings.Compare(a.op.Path, b.op.Path); c != 0 {
			return c
		}
		return strings.Compare(a.op.Method, b.op.Method)
	})
	return out
}

// writeReleases is the report's section on releases.
func writeReleases(b *strings.Builder, m *model) {
	sd := m.since
	b.WriteString("\n## Releases\n\n")
	for _, f := range sd.missing {
		fmt.Fprintf(b, "Not compared: %s was not at hand (make schema fetches the pinned dumps).\n", f)
	}
	if len(sd.releases) == 1 {
		b.WriteString("No older pinned release was compared: the catalog has no Since data, and nothing is known to be newer than anything.\n")
		return
	}
	c := countSince(m.ops)
	fmt.Fprintf(b, "Compared with %s. Newer than %s (the catalog's Since): %d operations, %d parameters of older operations, %d property-string keys of older parameters.\n",
		strings.Join(sd.releases[:len(sd.releases)-1], ", "), sd.releases[0], len(c.ops), len(c.params), len(c.keys))
	writeList(b, "Operations newer than "+sd.releases[0], c.ops)
	writeList(b, "Parameters newer than their operation", c.params)
	writeList(b, "Property-string keys newer than their parameter", c.keys)
	var gone []string
	for _, r := range sd.removed {
		gone = append(gone, fmt.Sprintf("`%s`: %s", r.key, strings.Join(r.releases, ", ")))
	}
	writeList(b, "Operations older releases had that this one has not (not in the catalog)", gone)
}

func writeList(b *strings.Builder, title string, items []string) {
	fmt.Fprintf(b, "\n### %s\n\n", title)
	if len(items) == 0 {
		b.WriteString("None.\n")
	}
	for _, it := range items {
		fmt.Fprintf(b, "- %s\n", it)
	}
}
