package access

import (
	"slices"
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Reach says whether an operation can succeed for a subject when its
// arguments are not known yet, as tool filtering needs.
type Reach int

const (
	// Never: no argument values pass the check; the operation is not
	// worth offering.
	Never Reach = iota
	// Somewhere: some values pass (a guest in the subject's pool, its own
	// account); Availability.Where says which.
	Somewhere
	// Always: every value passes.
	Always
)

func (r Reach) String() string {
	switch r {
	case Always:
		return "always"
	case Somewhere:
		return "somewhere"
	}
	return "never"
}

// Availability is the outcome of Subject.Availability.
type Availability struct {
	Reach Reach
	// Where, for Somewhere, are the grants that let calls through, with
	// concrete paths ("VM.PowerMgmt on /vms/103"). A path segment in
	// braces ("/vms/{vmid}") stands for any value the answer does not
	// list.
	Where []Requirement
	// Missing, for Never, is what a call would need.
	Missing []Requirement
}

// String summarises Where or Missing: "VM.PowerMgmt on /vms/103, /vms/104".
func (a Availability) String() string {
	switch a.Reach {
	case Always:
		return "always"
	case Somewhere:
		return "somewhere: " + joinRequirements(a.Where)
	}
	if len(a.Missing) == 0 {
		return "never"
	}
	return "never: needs " + joinRequirements(a.Missing)
}

// joinRequirements groups requirements with the same privileges:
// "VM.Audit on /vms/100, /vms/101; Sys.Audit on /".
func joinRequirements(reqs []Requirement) string {
	var order []string
	paths := map[string][]string{}
	for _, r := range reqs {
		key := r.String()
		if r.Account == "" {
			key = strings.TrimSuffix(key, " on "+r.Path)
		}
		if _, ok := paths[key]; !ok {
			order = append(order, key)
		}
		if r.Account == "" && !slices.Contains(paths[key], r.Path) {
			paths[key] = append(paths[key], r.Path)
		}
	}
	parts := make([]string, len(order))
	for i, key := range order {
		parts[i] = key
		if len(paths[key]) > 0 {
			parts[i] += " on " + strings.Join(paths[key], ", ")
		}
	}
	return strings.Join(parts, "; ")
}

// maxCombinations bounds the argument combinations one operation is
// tried with. Values that hold the same count once (see classes), so only
// a check with several parameters over thousands of differently granted
// objects reaches it; the longest candidate lists are then cut, and the
// answer may say Never or Always where Somewhere is true.
const maxCombinations = 4096

// Availability tells, without arguments, whether op can pass its check
// for the subject: it decides the op for every combination of the
// parameter values that matter — each value the permissions name on a
// path the check looks at, the caller's own account, and one value the
// permissions do not name (standing for all others). It may be called
// from several goroutines. Operations with the same check share one
// answer (memo.go): its Where and Missing must not be modified.
func (s *Subject) Availability(op *catalog.Operation) Availability {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shape = checkShape(s.shape[:0], op)
	if a, ok := s.answers[string(s.shape)]; ok {
		return a
	}
	a := s.availability(op)
	if s.answers == nil {
		s.answers = map[string]Availability{}
	}
	s.answers[string(s.shape)] = a
	return a
}

// availability evaluates op's check; s.mu is held.
func (s *Subject) availability(op *catalog.Operation) Availability {
	names := checkParams(op)
	if len(names) == 0 {
		return fromOne(s.Decide(op, nil))
	}
	cands, cl := s.candidates(op, names)
	var where, missing requirementSet
	passed, total := 0, 0
	view := uriView(op, names)
	eachCombination(names, cands, func(args map[string]string) {
		total++
		d := s.decide(op, nil, view(args))
		if d.Allowed {
			passed++
			where.add(cl.expand(args, d.Granted)...)
		} else if passed == 0 {
			missing.add(d.Missing...)
		}
	})
	switch {
	case passed == 0:
		return Availability{Reach: Never, Missing: freshOnly(missing.list)}
	case passed == total:
		return Availability{Reach: Always}
	}
	return Availability{Reach: Somewhere, Where: where.list}
}

func fromOne(d Decision) Availability {
	if d.Allowed {
		return Availability{Reach: Always}
	}
	return Availability{Reach: Never, Missing: d.Missing}
}

// freshOnly keeps, of what the failed combinations lacked, the entries
// about unlisted values (the template form), when there are any: "VM.PowerMgmt
// on /vms/{vmid}" says more than one line per listed guest.
func freshOnly(reqs []Requirement) []Requirement {
	var out []Requirement
	for _, r := range reqs {
		if r.Account != "" || strings.Contains(r.Path, "{") {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return reqs
	}
	return out
}

// requirementSet keeps requirements in the order found, once each.
type requirementSet struct {
	list []Requirement
	seen map[string]bool
}

func (rs *requirementSet) add(reqs ...Requirement) {
	if rs.seen == nil {
		rs.seen = map[string]bool{}
	}
	for _, r := range reqs {
		if k := r.String(); !rs.seen[k] {
			rs.seen[k] = true
			rs.list = append(rs.list, r)
		}
	}
}

// checkParams are the parameters op's check depends on, sorted.
func checkParams(op *catalog.Operation) []string {
	set := map[string]bool{}
	var walk func(c *catalog.Check)
	walk = func(c *catalog.Check) {
		switch c.Kind {
		case "perm":
			for _, n := range templateNames(c.Path) {
				set[n] = true
			}
		case "perm-modify":
			for _, n := range templateNames(c.Param) {
				set[n] = true
			}
		case "userid-param", "userid-group":
			set["userid"] = true
			if c.Param == "groups_param" {
				set["groups"] = true
			}
		case "user-param":
			set[c.Param] = true
		}
		for i := range c.Of {
			walk(&c.Of[i])
		}
	}
	if op.Permissions.Check != nil && op.Permissions.User != "all" && op.Permissions.User != "world" {
		walk(op.Permissions.Check)
	}
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func templateNames(tmpl string) []string {
	var out []string
	for start, end, name := nextPlaceholder(tmpl, 0); start >= 0; start, end, name = nextPlaceholder(tmpl, end) {
		out = append(out, name)
	}
	return out
}

// candidates are, per parameter, the values worth trying: one of each
// class of values that behave alike.
func (s *Subject) candidates(op *catalog.Operation, names []string) (map[string][]string, classes) {
	ix := s.pathIndex()
	templates := checkTemplates(op.Permissions.Check)
	out := map[string][]string{}
	cl := classes{}
	for _, n := range names {
		var vals []string
		switch n {
		case "userid":
			vals = s.userCandidates(ix)
		case "groups":
			vals = s.groupCandidates(ix)
		default:
			vals = pathCandidates(n, templates, ix)
		}
		out[n], cl[n] = s.classify(n, dedupe(vals), templates)
	}
	trim(out)
	return out, cl
}

// checkTemplates are the path templates of op's check; a perm-modify
// template is the whole path ("{path}").
func checkTemplates(c *catalog.Check) []string {
	if c == nil {
		return nil
	}
	var out []string
	switch c.Kind {
	case "perm":
		out = append(out, c.Path)
	case "perm-modify":
		out = append(out, c.Param)
	}
	for i := range c.Of {
		out = append(out, checkTemplates(&c.Of[i])...)
	}
	return out
}

// pathCandidates are the values of one placeholder that the listed paths
// name at its position in some template, then the placeholder itself as
// the value nothing lists.
func pathCandidates(name string, templates []string, ix *pathIndex) []string {
	var vals []string
	whole := false
	for _, tmpl := range templates {
		if tmpl == "{"+name+"}" {
			// A whole-path parameter (perm-modify): every listed path
			// and an unlisted child of each stand for all paths.
			whole = true
			for _, p := range ix.paths {
				vals = append(vals, p, strings.TrimSuffix(p, "/")+"/-")
			}
			continue
		}
		vals = append(vals, ix.valuesAt(name, tmpl)...)
	}
	if whole {
		return vals
	}
	return append(vals, "{"+name+"}")
}

// valuesAt matches listed paths against a template and collects what
// stands where the placeholder is.
func (ix *pathIndex) valuesAt(name, tmpl string) []string {
	ts := Segments(tmpl)
	at := slices.Index(ts, "{"+name+"}")
	if at < 0 {
		return nil
	}
	var vals []string
	for _, ps := range ix.segs {
		if len(ps) <= at || !prefixMatches(ts[:at], ps[:at]) {
			continue
		}
		vals = append(vals, ps[at])
	}
	return vals
}

func prefixMatches(tmpl, segs []string) bool {
	for i, t := range tmpl {
		if !strings.HasPrefix(t, "{") && t != segs[i] {
			return false
		}
	}
	return true
}

// userCandidates: the caller's own account, the known users, a user in
// every realm the permissions name, and a user nothing names.
func (s *Subject) userCandidates(ix *pathIndex) []string {
	vals := []string{s.Identity.User}
	if d := s.Directory; d != nil {
		vals = append(vals, sortedKeys(d.Users)...)
		for _, g := range sortedKeys(d.Groups) {
			vals = append(vals, d.Groups[g]...)
		}
	}
	for _, realm := range ix.valuesAt("realm", "/access/realm/{realm}") {
		vals = append(vals, "{user}@"+realm)
	}
	return append(vals, "{user}@{realm}")
}

// groupCandidates: each group the permissions or the directory name, and
// one nothing names.
func (s *Subject) groupCandidates(ix *pathIndex) []string {
	vals := ix.valuesAt("group", "/access/groups/{group}")
	if d := s.Directory; d != nil {
		vals = append(vals, sortedKeys(d.Groups)...)
	}
	return append(vals, "{group}")
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func dedupe(vals []string) []string {
	seen := map[string]bool{}
	out := vals[:0:0]
	for _, v := range vals {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// trim cuts the longest candidate lists (keeping their last, unlisted
// value) until the combinations fit maxCombinations.
func trim(cands map[string][]string) {
	for combinations(cands) > maxCombinations {
		longest := ""
		for n, v := range cands {
			if longest == "" || len(v) > len(cands[longest]) {
				longest = n
			}
		}
		v := cands[longest]
		half := len(v) / 2
		cands[longest] = append(v[:half:half], v[len(v)-1])
	}
}

func combinations(cands map[string][]string) int {
	n := 1
	for _, v := range cands {
		n *= max(len(v), 1)
		if n > maxCombinations*16 {
			return n
		}
	}
	return n
}

// uriView is what op's check sees of a combination, as stringParams
// renders it: on PBS only the parameters the URI carries (into one map
// reused for every combination), on PVE all of them.
func uriView(op *catalog.Operation, names []string) func(map[string]string) map[string]string {
	if op.Product != catalog.PBS {
		return func(args map[string]string) map[string]string { return args }
	}
	var inURI []string
	for _, n := range names {
		if p := op.Param(n); p != nil && p.Location == catalog.InPath {
			inURI = append(inURI, n)
		}
	}
	view := make(map[string]string, len(inURI))
	return func(args map[string]string) map[string]string {
		for _, n := range inURI {
			view[n] = args[n]
		}
		return view
	}
}

// eachCombination calls f with every assignment of candidate values, in
// one map reused for all of them.
func eachCombination(names []string, cands map[string][]string, f func(map[string]string)) {
	args := make(map[string]string, len(names))
	var rec func(i int)
	rec = func(i int) {
		if i == len(names) {
			f(args)
			return
		}
		for _, v := range cands[names[i]] {
			args[names[i]] = v
			rec(i + 1)
		}
	}
	rec(0)
}
