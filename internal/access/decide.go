package access

import (
	"fmt"
	"math"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Decide evaluates op's published permission check for a call with these
// arguments (path parameters included, typed or as strings), the way the
// product's API daemon does before it runs the handler.
func (s *Subject) Decide(op *catalog.Operation, args map[string]any) Decision {
	return s.decide(op, args, nil)
}

// decide is Decide with, when params is not nil, the arguments already
// rendered as stringParams does (Availability tries thousands of
// combinations of string values at start: it renders none of them).
func (s *Subject) decide(op *catalog.Operation, args map[string]any, params map[string]string) Decision {
	if op.Product == catalog.PBS {
		return s.decidePBS(op, args, params)
	}
	return s.decidePVE(op, args, params)
}

// decidePVE is PVE::RPCEnvironment::check_api2_permissions.
func (s *Subject) decidePVE(op *catalog.Operation, args map[string]any, params map[string]string) Decision {
	perm := op.Permissions
	switch {
	case perm.User == "world":
		// pveproxy does not even authenticate these (PVE::HTTPServer::auth_handler).
		return allowed(nil)
	case s.Identity.IsSuperuser():
		return allowed(nil)
	case perm.User == "" && perm.Check == nil:
		return permFailed("user != root@pam").decision([]Requirement{{Account: AccountRoot}})
	case perm.User == "all":
		return allowed(nil)
	case perm.Check == nil:
		return permFailed("").decision(nil)
	}
	if params == nil {
		params = stringParams(op, args, false)
	}
	e := &pveEval{s: s, op: op, params: params}
	// Only a raise refuses: pveproxy ignores the check's return value,
	// and a test that fails quietly (perm-modify on a path that does not
	// normalise) leaves the refusal to the handler.
	if _, r := e.run(*perm.Check, false); r != nil {
		return r.decision(e.missing)
	}
	return allowed(e.granted)
}

// pveEval runs one check tree as PVE::RPCEnvironment::exec_api2_perm_check
// does. With noerr a failed test returns false; without it, it raises.
// Some tests raise even with noerr, and a raise inside an "or" ends the
// whole check, as a Perl die does.
type pveEval struct {
	s       *Subject
	op      *catalog.Operation
	params  map[string]string
	missing []Requirement
	granted []Requirement
}

func (e *pveEval) run(c catalog.Check, noerr bool) (bool, *refusal) {
	switch c.Kind {
	case "and":
		// Each operand runs without noerr, so a failure raises; one that
		// fails quietly does not stop the "and" (its value is ignored).
		for _, sub := range c.Of {
			if _, r := e.run(sub, false); r != nil {
				return false, r
			}
		}
		return true, nil
	case "or":
		return e.or(c.Of, noerr)
	case "perm":
		return e.perm(e.fill(c.Path), c.Privs, c.Any, noerr)
	case "userid-group":
		return e.useridGroup(c, noerr)
	case "userid-param":
		return e.useridParam(c.Param, noerr)
	case "perm-modify":
		return e.permModify(c.Param, noerr)
	}
	// An unknown kind of test: Perl dies "unknown permission test".
	return false, &refusal{status: 500, message: "unknown permission test"}
}

func (e *pveEval) or(subs []catalog.Check, noerr bool) (bool, *refusal) {
	mark := len(e.missing)
	for _, sub := range subs {
		g := len(e.granted)
		ok, r := e.run(sub, true)
		if r != nil {
			return false, r
		}
		if ok {
			e.missing = e.missing[:mark]
			return true, nil
		}
		e.granted = e.granted[:g]
	}
	if noerr {
		return false, nil
	}
	return false, permFailed("")
}

// perm is check_full: all privileges (check) or one of them (check_any).
func (e *pveEval) perm(path string, privs []string, anyOf, noerr bool) (bool, *refusal) {
	held := e.s.Privileges.At(path)
	req := Requirement{Privs: privs, Any: anyOf, Path: path}
	if anyOf {
		for _, p := range privs {
			if held.Has(p) {
				e.granted = append(e.granted, req)
				return true, nil
			}
		}
		return e.fail(req, noerr, path+", "+strings.Join(privs, "|"))
	}
	var lacking []string
	for _, p := range privs {
		if !held.Has(p) {
			lacking = append(lacking, p)
		}
	}
	if len(lacking) == 0 {
		e.granted = append(e.granted, req)
		return true, nil
	}
	req.Privs = lacking
	// check() stops at the first privilege missing, in the listed order.
	return e.fail(req, noerr, path+", "+lacking[0])
}

func (e *pveEval) fail(req Requirement, noerr bool, what string) (bool, *refusal) {
	e.missing = append(e.missing, req)
	if noerr {
		return false, nil
	}
	return false, permFailed(what)
}

// useridGroup: the caller may manage the account in the userid parameter
// (and, with groups_param, the groups it names) when it holds one of the
// privileges on /access/groups, or on a group the account is a member of.
// groups_param is "create" for POST /access/users (no existing account
// to look at) and "update" otherwise; the schema dump keeps only the key.
func (e *pveEval) useridGroup(c catalog.Check, noerr bool) (bool, *refusal) {
	userid := e.params["userid"]
	withGroups := c.Param == "groups_param"
	existing := !withGroups || e.op.Method != "POST"
	if existing && !e.s.Directory.userExists(userid) {
		if noerr {
			return false, nil
		}
		return false, noSuchUser(userid)
	}
	privs := strings.Join(c.Privs, "|")
	if e.holdsAny("/access/groups", c.Privs) {
		e.granted = append(e.granted, Requirement{Privs: c.Privs, Any: true, Path: "/access/groups"})
		return true, nil
	}
	groups := e.manageableGroups(c.Privs)
	if withGroups {
		named := splitList(e.params["groups"])
		if len(named) == 0 {
			e.missing = append(e.missing, Requirement{Privs: c.Privs, Any: true, Path: "/access/groups"})
			return false, permFailed("/access/groups, " + privs)
		}
		for _, g := range named {
			if groups != nil && !groups[g] {
				e.missing = append(e.missing, Requirement{Privs: c.Privs, Any: true, Path: "/access/groups/" + g})
				return false, permFailed("/access/groups/" + g + ", " + privs)
			}
		}
	}
	if existing && groups != nil && !e.memberOfAny(userid, groups) {
		return e.fail(Requirement{Privs: c.Privs, Any: true, Path: "/access/groups/{group of " + userid + "}"}, noerr, "")
	}
	e.granted = append(e.granted, Requirement{Privs: c.Privs, Any: true, Path: "/access/groups/{group}"})
	return true, nil
}

// manageableGroups is filter_groups: the groups whose ACL path grants one
// of the privileges; nil when the directory does not list groups.
func (e *pveEval) manageableGroups(privs []string) map[string]bool {
	d := e.s.Directory
	if d == nil || d.Groups == nil {
		return nil
	}
	out := map[string]bool{}
	for g := range d.Groups {
		if e.holdsAny("/access/groups/"+g, privs) {
			out[g] = true
		}
	}
	return out
}

func (e *pveEval) memberOfAny(userid string, groups map[string]bool) bool {
	for g := range groups {
		for _, m := range e.s.Directory.Groups[g] {
			if m == userid {
				return true
			}
		}
	}
	return false
}

func (e *pveEval) holdsAny(path string, privs []string) bool {
	held := e.s.Privileges.At(path)
	for _, p := range privs {
		if held.Has(p) {
			return true
		}
	}
	return false
}

// useridParam: "self" — the userid parameter is the caller (a token is
// never a userid); "Realm.AllocateUser" — that privilege on the realm of
// the userid parameter.
func (e *pveEval) useridParam(subtest string, noerr bool) (bool, *refusal) {
	userid := e.params["userid"]
	if subtest == "self" {
		if !e.s.Directory.userExists(userid) {
			if noerr {
				return false, nil
			}
			return false, noSuchUser(userid)
		}
		if e.s.Identity.AuthID() == userid {
			e.granted = append(e.granted, Requirement{Account: AccountSelf})
			return true, nil
		}
		return e.fail(Requirement{Account: AccountSelf}, noerr, "")
	}
	return e.perm("/access/realm/"+realmOf(userid), []string{subtest}, false, noerr)
}

// permModify is check_perm_modify on the path parameter: Permissions.Modify,
// or the allocate privilege of the object the path names.
func (e *pveEval) permModify(tmpl string, noerr bool) (bool, *refusal) {
	path, ok := pveNormalize(templateReplace(tmpl, e.params))
	if !ok {
		return false, nil
	}
	privs := []string{"Permissions.Modify"}
	switch {
	case strings.HasPrefix(path, "/storage/"):
		privs = append(privs, "Datastore.Allocate")
	case strings.HasPrefix(path, "/vms/"):
		privs = append(privs, "VM.Allocate")
	case strings.HasPrefix(path, "/pool/"):
		privs = append(privs, "Pool.Allocate")
	}
	return e.perm(path, privs, true, noerr)
}

// fill substitutes the call's parameters into a path template and
// normalises the result, as exec_api2_perm_check does for "perm".
func (e *pveEval) fill(tmpl string) string {
	path := templateReplace(tmpl, e.params)
	if norm, ok := pveNormalize(path); ok {
		return norm
	}
	return path
}

// nextPlaceholder finds the first "{name}" (a non-empty name without
// "}") in tmpl at or after from: its start, its end and the name; start
// is -1 when there is none. Every operation's check is filled with it
// at start and on each call, so it scans rather than runs a regular
// expression.
func nextPlaceholder(tmpl string, from int) (start, end int, name string) {
	for i := from; i < len(tmpl); i++ {
		if tmpl[i] != '{' {
			continue
		}
		j := strings.IndexByte(tmpl[i+1:], '}')
		if j < 0 {
			break // no "}" after this "{", so none after a later one
		}
		if j > 0 {
			return i, i + j + 2, tmpl[i+1 : i+1+j]
		}
	}
	return -1, -1, ""
}

// templateReplace is PVE::Tools::template_replace: a parameter that is
// missing or false in Perl's sense ("" or "0") becomes "-".
func templateReplace(tmpl string, params map[string]string) string {
	start, end, name := nextPlaceholder(tmpl, 0)
	if start < 0 {
		return tmpl
	}
	var b strings.Builder
	last := 0
	for ; start >= 0; start, end, name = nextPlaceholder(tmpl, end) {
		b.WriteString(tmpl[last:start])
		v := params[name]
		if v == "" || v == "0" {
			v = "-"
		}
		b.WriteString(v)
		last = end
	}
	b.WriteString(tmpl[last:])
	return b.String()
}

// pveNormalize is PVE::AccessControl::normalize_path.
func pveNormalize(path string) (string, bool) {
	if path == "" {
		return "", false
	}
	norm := normalizePath(path)
	return norm, pvePathChars(norm)
}

// pvePathChars is normalize_path's character check, ^[[:alnum:]._/-]+$
// (ASCII, as in Perl without the unicode flag).
func pvePathChars(path string) bool {
	if path == "" {
		return false
	}
	for i := 0; i < len(path); i++ {
		c := path[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '.', c == '_', c == '/', c == '-':
		default:
			return false
		}
	}
	return true
}

// splitList is PVE::Tools::split_list: commas, semicolons and blanks
// separate the items.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0
	})
}

// stringParams renders the arguments as the daemon sees them. PBS checks
// see only the URI's parameters (proxmox-rest-server passes uri_param to
// check_api_permission); PVE merges them with the others.
func stringParams(op *catalog.Operation, args map[string]any, pathOnly bool) map[string]string {
	out := map[string]string{}
	for k, v := range args {
		if pathOnly {
			if p := op.Param(k); p == nil || p.Location != catalog.InPath {
				continue
			}
		}
		if s, ok := paramString(v); ok {
			out[k] = s
		}
	}
	return out
}

func paramString(v any) (string, bool) {
	switch x := v.(type) {
	case nil:
		return "", false
	case string:
		return x, true
	case bool:
		if x {
			return "1", true
		}
		return "0", true
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			return fmt.Sprintf("%d", int64(x)), true
		}
		return fmt.Sprint(x), true
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := paramString(e); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ","), true
	case []string:
		return strings.Join(x, ","), true
	}
	return fmt.Sprint(v), true
}
