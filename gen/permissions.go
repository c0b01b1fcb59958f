package main

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// permissions converts the IR permissions and renders the one-line text the
// runtime shows with a 403 and in tool descriptions.
func permissions(p schema.Permissions) catalog.Permissions {
	out := catalog.Permissions{Description: strings.TrimSpace(p.Description), User: p.User}
	if p.Check != nil {
		c := convertCheck(*p.Check)
		out.Check = &c
	}
	out.Text = permissionText(out)
	return out
}

func convertCheck(c schema.Check) catalog.Check {
	out := catalog.Check{Kind: c.Kind, Path: c.Path, Privs: c.Privs, Any: c.Any, Partial: c.Partial, Param: c.Param}
	for _, sub := range c.Of {
		out.Of = append(out.Of, convertCheck(sub))
	}
	return out
}

func permissionText(p catalog.Permissions) string {
	switch {
	case p.Check != nil:
		return checkText(*p.Check, false)
	case p.User == "all":
		return "any authenticated user"
	case p.User == "world":
		return "no authentication required"
	case p.Description != "":
		return Summary(p.Description)
	}
	return "root@pam only (no permissions published)"
}

// checkText renders a check; nested and/or get parentheses.
func checkText(c catalog.Check, nested bool) string {
	switch c.Kind {
	case "perm":
		return privText(c)
	case "and", "or":
		parts := make([]string, len(c.Of))
		for i, sub := range c.Of {
			parts[i] = checkText(sub, true)
		}
		s := strings.Join(parts, " "+c.Kind+" ")
		if nested && len(parts) > 1 {
			return "(" + s + ")"
		}
		return s
	case "userid-param":
		if c.Param == "self" {
			return "the user's own account"
		}
		return c.Param + " on the user's realm"
	case "userid-group":
		return strings.Join(c.Privs, ", ") + " on the user's groups"
	case "perm-modify":
		return "permission to modify ACLs on " + c.Param
	case "user-param":
		return "the user named in " + c.Param
	}
	return c.Kind
}

func privText(c catalog.Check) string {
	privs := strings.Join(c.Privs, ", ")
	if len(c.Privs) > 1 {
		if c.Any {
			privs = "any of " + privs
		} else {
			privs = "all of " + privs
		}
	}
	s := privs + " on " + c.Path
	if c.Partial {
		s += " (or a sub-path)"
	}
	return s
}
