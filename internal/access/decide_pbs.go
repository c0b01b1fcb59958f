package access

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// decidePBS is proxmox-router's check_api_permission. A check whose path
// names a parameter the URI does not carry fails; "partial" means one of
// the privileges suffices.
func (s *Subject) decidePBS(op *catalog.Operation, args map[string]any, params map[string]string) Decision {
	perm := op.Permissions
	if perm.User == "world" || s.Identity.IsSuperuser() {
		return allowed(nil)
	}
	if params == nil {
		params = stringParams(op, args, true)
	}
	e := &pbsEval{s: s, params: params}
	var ok bool
	switch {
	case perm.User == "all":
		ok = true
	case perm.User == "" && perm.Check == nil:
		// Permission::Superuser is the default the dump leaves out.
		e.missing = append(e.missing, Requirement{Account: AccountRoot})
	case perm.Check != nil:
		ok = e.run(*perm.Check)
	default:
		// Permission::User(name)
		ok = s.Identity.AuthID() == perm.User
	}
	if !ok {
		return pbsRefused().decision(e.missing)
	}
	return allowed(e.granted)
}

type pbsEval struct {
	s       *Subject
	params  map[string]string
	missing []Requirement
	granted []Requirement
}

func (e *pbsEval) run(c catalog.Check) bool {
	switch c.Kind {
	case "and":
		for _, sub := range c.Of {
			if !e.run(sub) {
				return false
			}
		}
		return true
	case "or":
		mark := len(e.missing)
		for _, sub := range c.Of {
			g := len(e.granted)
			if e.run(sub) {
				e.missing = e.missing[:mark]
				return true
			}
			e.granted = e.granted[:g]
		}
		return false
	case "perm":
		return e.perm(c)
	case "user-param":
		v, ok := e.params[c.Param]
		req := Requirement{Account: AccountSelf}
		if ok && v == e.s.Identity.AuthID() {
			e.granted = append(e.granted, req)
			return true
		}
		e.missing = append(e.missing, req)
		return false
	}
	return false
}

func (e *pbsEval) perm(c catalog.Check) bool {
	path, ok := e.fill(c.Path)
	req := Requirement{Privs: c.Privs, Any: c.Partial, Path: path}
	if !ok {
		req.Path = c.Path
		e.missing = append(e.missing, req)
		return false
	}
	held := e.s.Privileges.At(path)
	if len(held) == 0 {
		// lookup_privs == 0 fails even a check that names no privilege.
		e.missing = append(e.missing, req)
		return false
	}
	n := 0
	var lacking []string
	for _, p := range c.Privs {
		if held.Has(p) {
			n++
		} else {
			lacking = append(lacking, p)
		}
	}
	if n == len(c.Privs) || (c.Partial && n > 0) {
		e.granted = append(e.granted, req)
		return true
	}
	if !c.Partial {
		req.Privs = lacking
	}
	e.missing = append(e.missing, req)
	return false
}

// fill substitutes URI parameters; a value may itself hold several
// components (a namespace "a/b").
func (e *pbsEval) fill(tmpl string) (string, bool) {
	var segs []string
	for _, comp := range Segments(tmpl) {
		if strings.HasPrefix(comp, "{") && strings.HasSuffix(comp, "}") {
			v, ok := e.params[comp[1:len(comp)-1]]
			if !ok {
				return "", false
			}
			segs = append(segs, Segments(v)...)
			continue
		}
		segs = append(segs, comp)
	}
	return "/" + strings.Join(segs, "/"), true
}
