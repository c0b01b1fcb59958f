package schema

import (
	"encoding/json"
	"fmt"
	"strings"
)

func (p *parser) permissions(data json.RawMessage, where string) Permissions {
	where += " permissions"
	o, err := decodeObject(data, where, p.warn)
	if err != nil {
		p.warn(err.Error() + " (ignored)")
		return Permissions{}
	}
	perm := Permissions{Description: o.str("description"), User: o.str("user")}
	if v, ok := o.raw("check"); ok {
		perm.Check = p.check(v, where)
	}
	// PBS writes and/or at the top level instead of inside "check".
	for _, kind := range []string{"and", "or"} {
		if v, ok := o.raw(kind); ok {
			perm.Check = &Check{Kind: kind, Of: p.checkList(v, where)}
		}
	}
	if v, ok := o.raw("userParam"); ok {
		perm.Check = &Check{Kind: "user-param", Param: unquote(v)}
	}
	for _, k := range o.unknownKeys() {
		p.warn(fmt.Sprintf("%s: unknown key %q (ignored)", where, k))
	}
	return perm
}

// check decodes either dialect of a check expression.
func (p *parser) check(data json.RawMessage, where string) *Check {
	var list []json.RawMessage
	if json.Unmarshal(data, &list) == nil {
		return p.pveCheck(list, where)
	}
	return p.pbsCheck(data, where)
}

// pveCheck reads ["perm", path, [privs], "any", 1], ["and"|"or", …],
// ["userid-param", "self"|priv], ["userid-group", [privs], "groups_param",
// "create"|"update"], ["perm-modify", path].
func (p *parser) pveCheck(list []json.RawMessage, where string) *Check {
	if len(list) == 0 {
		p.warn(where + ": empty check (ignored)")
		return nil
	}
	c := &Check{Kind: unquote(list[0])}
	args := list[1:]
	switch c.Kind {
	case "perm":
		if len(args) > 0 {
			c.Path = unquote(args[0])
		}
		if len(args) > 1 {
			_ = json.Unmarshal(args[1], &c.Privs)
		}
		c.Any = hasOption(args, "any")
	case "and", "or":
		for _, a := range args {
			var sub []json.RawMessage
			if json.Unmarshal(a, &sub) == nil {
				if sc := p.pveCheck(sub, where); sc != nil {
					c.Of = append(c.Of, *sc)
				}
			}
		}
	case "userid-param", "perm-modify":
		if len(args) > 0 {
			c.Param = unquote(args[0])
		}
	case "userid-group":
		if len(args) > 0 {
			_ = json.Unmarshal(args[0], &c.Privs)
		}
		if len(args) > 1 {
			c.Param = unquote(args[1])
		}
	default:
		p.warn(fmt.Sprintf("%s: unknown check kind %q (kept as text)", where, c.Kind))
	}
	return c
}

func hasOption(args []json.RawMessage, name string) bool {
	for _, a := range args {
		if unquote(a) == name {
			return true
		}
	}
	return false
}

// pbsCheck reads {"path": ["datastore", "{store}"], "privs": [...], "partial": bool}.
func (p *parser) pbsCheck(data json.RawMessage, where string) *Check {
	o, err := decodeObject(data, where+" check", p.warn)
	if err != nil {
		p.warn(err.Error() + " (ignored)")
		return nil
	}
	c := &Check{Kind: "perm", Partial: o.flag("partial"), Privs: o.strings("privs")}
	if segs := o.strings("path"); len(segs) > 0 {
		c.Path = "/" + strings.Join(segs, "/")
	} else {
		c.Path = "/"
	}
	for _, k := range o.unknownKeys() {
		p.warn(fmt.Sprintf("%s check: unknown key %q (ignored)", where, k))
	}
	return c
}

// checkList reads the PBS operand list of a top-level and/or: each element is
// itself a permissions object ({"check": …} or {"userParam": …}).
func (p *parser) checkList(data json.RawMessage, where string) []Check {
	var items []json.RawMessage
	if err := json.Unmarshal(data, &items); err != nil {
		p.warn(where + ": and/or is not a list (ignored)")
		return nil
	}
	var out []Check
	for _, it := range items {
		if sub := p.permissions(it, where); sub.Check != nil {
			out = append(out, *sub.Check)
		}
	}
	return out
}

func unquote(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(v))
}
