package main

import (
	"crypto/sha256"
	"encoding/base32"
	"regexp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// MaxToolName is the longest tool name allowed: clients cap server prefix
// plus tool name at 60–64 characters.
const MaxToolName = 48

var validToolName = regexp.MustCompile(`^[a-z0-9_]+$`)

// verbs name the HTTP method at the start of a tool name. The HTTP verb is
// used rather than create/update because many POSTs are actions (start,
// migrate) where "create" would mislead.
var verbs = map[string]string{"GET": "get", "POST": "post", "PUT": "put", "DELETE": "delete"}

// stemAbbreviations apply to every name. The names built with them are
// public, so this table is frozen: an entry added here would rename tools
// that exist. A word that makes new names too long belongs in shortWords.
var stemAbbreviations = map[string]string{
	"notifications": "notif",
	"encryption":    "enc",
}

// shortVerbs is step 1: DELETE is the longest verb, and as "del" a DELETE
// is no longer than the GET and PUT beside it.
var shortVerbs = map[string]string{"delete": "del"}

// shortWords is step 3: well-known abbreviations, applied only to a name
// that is still over MaxToolName, and then to every word of it.
var shortWords = map[string]string{
	"authentication": "auth",
	"capabilities":   "caps",
	"certificate":    "cert",
	"certificates":   "certs",
	"configuration":  "config",
	"controller":     "ctrl",
	"controllers":    "ctrls",
	"directories":    "dirs",
	"directory":      "dir",
	"firewall":       "fw",
	"hardware":       "hw",
	"information":    "info",
	"interface":      "iface",
	"interfaces":     "ifaces",
	"management":     "mgmt",
	"memory":         "mem",
	"metadata":       "meta",
	"namespace":      "ns",
	"namespaces":     "ns",
	"network":        "net",
	"parameters":     "params",
	"permissions":    "perms",
	"previous":       "prev",
	"replication":    "repl",
	"repositories":   "repos",
	"repository":     "repo",
	"snapshot":       "snap",
	"snapshots":      "snaps",
	"statistics":     "stats",
	"subscription":   "subscr",
	"virtual":        "virt",
}

// role is what a path segment stands for in a name; it decides which
// shortening steps may touch the segment.
type role int

const (
	roleArea     role = iota // the first segment: nodes, cluster, access, config, admin …
	roleInterior             // every segment between the first and the last
	roleFinal                // the last segment, literal or path parameter
)

// segment is one path segment of a name, split into words.
type segment struct {
	words []string
	role  role
}

// nameParts is a name before it is joined: product, verb and the path
// segments the name keeps.
type nameParts struct {
	product, verb string
	segs          []segment
}

func (p nameParts) String() string {
	words := []string{p.product, p.verb}
	for _, s := range p.segs {
		words = append(words, s.words...)
	}
	return strings.Join(slices.DeleteFunc(words, func(w string) bool { return w == "" }), "_")
}

func (p nameParts) clone() nameParts {
	p.segs = slices.Clone(p.segs)
	for i := range p.segs {
		p.segs[i].words = slices.Clone(p.segs[i].words)
	}
	return p
}

// ToolName is an operation's own tool name, from its product, method and
// path only, so a name never changes when a release adds other operations:
//
//	product _ verb _ literal segments _ final path parameter
//
// Path parameters in the middle of a path are dropped (the literal before
// them names the collection); a final one is kept by name, which separates
// an item from its collection: POST /cluster/firewall/groups is
// pve_post_cluster_firewall_groups, POST /cluster/firewall/groups/{group} is
// pve_post_cluster_firewall_groups_group. A name over MaxToolName is
// shortened by the steps in docs/naming.md. Two operations can have the same
// own name; checkToolNames resolves that.
func ToolName(product schema.Product, method, path string) string {
	return deriveName(product, method, path, variantPlain, MaxToolName).name
}

// variant selects one of the forms a name can take; the others exist for
// collisions (docs/naming.md, "Collisions").
type variant int

const (
	variantPlain          variant = iota
	variantInteriorParams         // path parameters in the middle spelled out
	variantInitials               // interior segments cut to their initials, not dropped
)

// derivation is a name and the shortening steps that changed it.
type derivation struct {
	name  string
	steps []string
}

// natural reports whether the name needed no shortening.
func (d derivation) natural() bool { return len(d.steps) == 0 }

// The shortening steps, in the order they apply.
const (
	stepVerb      = "verb"
	stepRepeats   = "repeats"
	stepWords     = "abbreviations"
	stepInterior  = "interior"
	stepTruncated = "truncated"
)

// deriveName builds the full name and, while it is longer than limit,
// applies the shortening steps in order, each to the result of the last.
func deriveName(product schema.Product, method, path string, v variant, limit int) derivation {
	p := splitName(product, method, path, v == variantInteriorParams)
	fits := func(p nameParts) bool { return len(p.String()) <= limit }
	var d derivation
	for _, s := range []struct {
		name  string
		apply func(nameParts) nameParts
	}{
		{stepVerb, shortenVerb},
		{stepRepeats, dropRepeats},
		{stepWords, abbreviate},
		{stepInterior, func(p nameParts) nameParts { return shortenInterior(p, v == variantInitials, fits) }},
	} {
		if fits(p) {
			break
		}
		if next := s.apply(p.clone()); next.String() != p.String() {
			p = next
			d.steps = append(d.steps, s.name)
		}
	}
	d.name = p.String()
	if len(d.name) > limit {
		d.name = withSuffix(d.name, method, path, 4, limit)
		d.steps = append(d.steps, stepTruncated)
	}
	return d
}

// splitName splits an operation into the parts of its full name.
func splitName(product schema.Product, method, path string, interiorParams bool) nameParts {
	p := nameParts{product: string(product), verb: verbs[method]}
	raw := slices.DeleteFunc(strings.Split(path, "/"), func(s string) bool { return s == "" })
	for i, s := range raw {
		if strings.HasPrefix(s, "{") && i < len(raw)-1 && !interiorParams {
			continue
		}
		words := slices.DeleteFunc(strings.Split(snake(strings.Trim(s, "{}")), "_"), func(w string) bool { return w == "" })
		if len(words) > 0 {
			p.segs = append(p.segs, segment{words: words, role: roleInterior})
		}
	}
	if n := len(p.segs); n > 0 {
		p.segs[0].role = roleArea
		p.segs[n-1].role = roleFinal
	}
	return p
}

// snake lowercases a path segment, turns every run of other characters into
// one underscore and applies stemAbbreviations word by word.
func snake(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	under := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			under = false
			continue
		}
		if !under && b.Len() > 0 {
			b.WriteByte('_')
			under = true
		}
	}
	parts := strings.Split(strings.Trim(b.String(), "_"), "_")
	for i, p := range parts {
		if a, ok := stemAbbreviations[p]; ok {
			parts[i] = a
		}
	}
	return strings.Join(parts, "_")
}

// shortenVerb is step 1.
func shortenVerb(p nameParts) nameParts {
	if s, ok := shortVerbs[p.verb]; ok {
		p.verb = s
	}
	return p
}

// dropRepeats is step 2: the end of an interior segment that the next
// segment starts with again goes; the later, more specific words stay:
// controllers/{controller} → controller, users/{userid} → userid,
// pci/{pci-id} → pci_id, security-groups/{security-group-name} →
// security_group_name, ip-reservations/{reservation} → ip_reservation.
func dropRepeats(p nameParts) nameParts {
	for i := range p.segs {
		s := &p.segs[i]
		if s.role != roleInterior || i+1 == len(p.segs) {
			continue
		}
		if from := repeatedFrom(s.words, p.segs[i+1].words); from >= 0 {
			s.words = s.words[:from]
		}
	}
	p.segs = slices.DeleteFunc(p.segs, func(s segment) bool { return len(s.words) == 0 })
	return p
}

// repeatedFrom returns where the longest tail of words starts that next
// begins with, or -1. The tail's last word may also stand as its singular
// or as the start of a longer word (three letters at least): groups ~
// group, users ~ userid.
func repeatedFrom(words, next []string) int {
	for from := range words {
		tail := words[from:]
		if len(tail) <= len(next) && slices.Equal(tail[:len(tail)-1], next[:len(tail)-1]) &&
			sameWord(tail[len(tail)-1], next[len(tail)-1]) {
			return from
		}
	}
	return -1
}

func sameWord(w, next string) bool {
	if w == next {
		return true
	}
	stem := singular(w)
	return len(stem) >= 3 && strings.HasPrefix(next, stem)
}

// singular undoes the English plurals path segments use: ipams → ipam,
// aliases → alias, entries → entry.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ses"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// abbreviate is step 3.
func abbreviate(p nameParts) nameParts {
	for i := range p.segs {
		for j, w := range p.segs[i].words {
			if s, ok := shortWords[w]; ok {
				p.segs[i].words[j] = s
			}
		}
	}
	return p
}

// shortenInterior is step 4. Interior segments are dropped in dropOrder;
// as that order is blind to length, the name is built by keeping them in
// the reverse order, each one only if the name still fits with it, so a
// short segment survives when dropping a long one made room. With initials
// a segment that is not kept is written as its words' initials instead of
// left out (the collision form).
func shortenInterior(p nameParts, initials bool, fits func(nameParts) bool) nameParts {
	kept := map[int]bool{}
	order := dropOrder(p)
	for k := len(order) - 1; k >= 0; k-- {
		kept[order[k]] = true
		if !fits(keepOnly(p, kept, initials)) {
			delete(kept, order[k])
		}
	}
	return keepOnly(p, kept, initials)
}

// keepOnly is p with the interior segments not in kept left out, or cut
// to their initials.
func keepOnly(p nameParts, kept map[int]bool, initials bool) nameParts {
	var segs []segment
	for i, s := range p.segs {
		switch {
		case s.role != roleInterior || kept[i]:
			segs = append(segs, s)
		case initials:
			segs = append(segs, segment{words: []string{initialsOf(s.words)}, role: roleInterior})
		}
	}
	p.segs = segs
	return p
}

func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteByte(w[0])
	}
	return b.String()
}

// dropOrder lists the interior segments in the order step 4 drops them:
// from the middle outward, except the first, which names the subsystem
// (qemu, lxc, sdn, notif …) and goes last.
func dropOrder(p nameParts) []int {
	var idx []int
	for i, s := range p.segs {
		if s.role == roleInterior {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	return append(middleOutward(idx[1:]), idx[0])
}

// middleOutward orders items from the middle outward: the left one of two
// middles first, then its neighbours, right before left:
// [a b c d] → b c a d, [a b c] → b c a.
func middleOutward(items []int) []int {
	var out []int
	mid := (len(items) - 1) / 2
	for d := 0; len(out) < len(items); d++ {
		if mid+d < len(items) {
			out = append(out, items[mid+d])
		}
		if d > 0 && mid-d >= 0 {
			out = append(out, items[mid-d])
		}
	}
	return out
}

// withSuffix keeps the whole words of name that leave room within limit
// for "_" and n characters of the operation's hash, and appends those.
func withSuffix(name, method, path string, n, limit int) string {
	room := limit - n - 1
	stem := name
	if len(stem) > room {
		stem = stem[:room]
		if name[room] != '_' {
			stem = stem[:max(strings.LastIndexByte(stem, '_'), 0)]
		}
	}
	return strings.TrimRight(stem, "_") + "_" + opHash(method, path)[:n]
}

// opHash is the lower-case base32 of the sha256 of "METHOD /path": stable,
// and [a-z2-7] only.
func opHash(method, path string) string {
	sum := sha256.Sum256([]byte(method + " " + path))
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum[:]))
}
