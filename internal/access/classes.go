package access

import (
	"hash/maphash"
	"maps"
	"reflect"
	"strconv"
	"strings"
)

// Many values of a parameter behave the same: every guest of a pool the
// subject administers holds the same privileges. Availability tries one
// value of each such class, which keeps a cluster with thousands of
// guests from multiplying into millions of combinations, and reports
// where it found a call passing for all members of the class.

// classes maps a parameter to its representative values, each with the
// values it stands for (itself included).
type classes map[string]map[string][]string

// classify groups vals of parameter name by what the subject holds on
// every path the check's templates build with them. Parameters that name
// accounts are not grouped: they are compared with the caller, not looked
// up as paths.
func (s *Subject) classify(name string, vals, templates []string) ([]string, map[string][]string) {
	members := map[string][]string{}
	if name == "userid" || name == "groups" || sharesTemplate(name, templates) {
		for _, v := range vals {
			members[v] = []string{v}
		}
		return vals, members
	}
	bySig := map[string]string{}
	var reps []string
	for _, v := range vals {
		sig := s.signature(name, v, templates)
		rep, ok := bySig[sig]
		if !ok {
			bySig[sig], rep = v, v
			reps = append(reps, v)
		}
		members[rep] = append(members[rep], v)
	}
	return reps, members
}

// signature is what is held on each path the templates build with the
// value; for a whole-path parameter also its first component, which
// decides the privilege perm-modify asks for.
func (s *Subject) signature(name, v string, templates []string) string {
	var b strings.Builder
	ph := "{" + name + "}"
	for _, tmpl := range templates {
		if !strings.Contains(tmpl, ph) {
			continue
		}
		path := strings.ReplaceAll(tmpl, ph, v)
		if tmpl == ph {
			// check_perm_modify asks for more below /vms, /storage, /pool.
			if segs := Segments(v); len(segs) > 0 {
				b.WriteString(segs[0] + ":" + strconv.FormatBool(len(segs) > 1) + ":")
			}
		}
		b.WriteString(s.ix.privKey(s.Privileges, path))
		b.WriteByte(';')
	}
	return b.String()
}

// sharesTemplate: the parameter stands in a path with another one
// (/sdn/zones/{zone}/{vnet}); its values cannot be judged alone.
func sharesTemplate(name string, templates []string) bool {
	for _, tmpl := range templates {
		if strings.Contains(tmpl, "{"+name+"}") && len(templateNames(tmpl)) > 1 {
			return true
		}
	}
	return false
}

// expand turns the grants a representative call passed with into the
// same grants for every member of the representative's class. A grant's
// path comes from one template, so it is expanded along the parameters
// whose representative it contains, not along their product.
func (cl classes) expand(args map[string]string, granted []Requirement) []Requirement {
	var out []Requirement
	for _, r := range granted {
		out = append(out, r)
		for name, rep := range args {
			members := cl[name][rep]
			for _, m := range members[min(1, len(members)):] {
				if p, ok := replaceSegment(r.Path, rep, m); ok {
					c := r
					c.Path = p
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// replaceSegment replaces a whole path component, or the whole path.
func replaceSegment(path, from, to string) (string, bool) {
	if path == from {
		return to, true
	}
	segs := strings.Split(path, "/")
	found := false
	for i, s := range segs {
		if s == from {
			segs[i], found = to, true
		}
	}
	return strings.Join(segs, "/"), found
}

// pathIndex is what Availability looks up for every operation: the
// source's paths, split once, and a key per path for what is held there.
type pathIndex struct {
	paths []string
	segs  [][]string
	keys  map[string]string // path → short key: same key, same privileges
	// listings are the distinct privilege sets seen, by privsHash.
	listings map[uint64][]listing
	seed     maphash.Seed
	n        int // listings so far
}

// listing is one distinct privilege set and its short key.
type listing struct {
	privs Privs
	id    string
}

// pathIndex builds the index on first use; s.mu is held.
func (s *Subject) pathIndex() *pathIndex {
	if s.ix == nil {
		ix := &pathIndex{paths: s.Privileges.Paths(), keys: map[string]string{}, listings: map[uint64][]listing{},
			seed: maphash.MakeSeed()}
		ix.segs = make([][]string, len(ix.paths))
		for i, p := range ix.paths {
			ix.segs[i] = Segments(p)
		}
		s.ix = ix
	}
	return s.ix
}

// privKey names the privileges (and propagate flags) held on a path: a
// short key, equal for two paths exactly when what is held on them is.
// An administrator holds some fifty privileges on every listed path, and
// signature joins one key per template for every candidate value of
// every operation at start: a number per distinct set keeps those
// strings short, and sets are told apart by an order-free hash and
// compared only when it matches, rather than sorted and printed.
func (ix *pathIndex) privKey(src Source, path string) string {
	if k, ok := ix.keys[path]; ok {
		return k
	}
	privs := src.At(path)
	h := privsHash(ix.seed, privs)
	for _, l := range ix.listings[h] {
		if samePrivs(l.privs, privs) {
			ix.keys[path] = l.id
			return l.id
		}
	}
	id := strconv.Itoa(ix.n)
	ix.n++
	ix.listings[h] = append(ix.listings[h], listing{privs: privs, id: id})
	ix.keys[path] = id
	return id
}

// privsHash does not depend on the map's order: the entries' hashes are
// added.
func privsHash(seed maphash.Seed, privs Privs) uint64 {
	sum := uint64(len(privs))
	for name, propagates := range privs {
		h := maphash.String(seed, name)
		if propagates {
			h = h*0x9e3779b97f4a7c15 + 1
		}
		sum += h
	}
	return sum
}

// samePrivs: the same privileges with the same propagate flags. Sources
// often return one map for many paths (what an ancestor passes on).
func samePrivs(a, b Privs) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer() {
		return true
	}
	return maps.Equal(a, b)
}
