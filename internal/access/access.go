// Package access evaluates an operation's published permission check
// against the effective permissions Proxmox reports for the current user
// or token (GET /access/permissions), to tell which operations the
// credentials can actually use.
package access

import (
	"encoding/json"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Permissions maps an ACL path to the privileges held there, as
// /access/permissions answers: {"/": {"Sys.Audit": 1}, "/vms/100": {…}}.
type Permissions map[string]map[string]bool

// Parse reads the answer of /access/permissions (values 0/1 or booleans).
func Parse(data json.RawMessage) (Permissions, error) {
	var raw map[string]map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	out := make(Permissions, len(raw))
	for path, privs := range raw {
		set := map[string]bool{}
		for p, v := range privs {
			switch x := v.(type) {
			case bool:
				set[p] = x
			case float64:
				set[p] = x != 0
			}
		}
		out[path] = set
	}
	return out, nil
}

// Identity is who the credentials are.
type Identity struct {
	User  string // user@realm
	Token bool   // an API token (root@pam's tokens are not root)
}

// Usable reports whether the identity with these permissions can call op,
// as far as the published check tells. Path parameters are treated as "any
// value": a privilege on /vms/100 makes /vms/{vmid} usable for that guest.
func (p Permissions) Usable(op *catalog.Operation, id Identity) bool {
	perm := op.Permissions
	switch {
	case perm.User == "all" || perm.User == "world":
		return true
	case perm.Check == nil:
		// No published check: root@pam only, and not through a token.
		return id.User == "root@pam" && !id.Token
	}
	return p.satisfies(*perm.Check)
}

func (p Permissions) satisfies(c catalog.Check) bool {
	switch c.Kind {
	case "perm":
		return p.holds(c.Path, c.Privs, c.Any, c.Partial)
	case "and":
		for _, sub := range c.Of {
			if !p.satisfies(sub) {
				return false
			}
		}
		return true
	case "or":
		for _, sub := range c.Of {
			if p.satisfies(sub) {
				return true
			}
		}
		return false
	}
	// userid-param, userid-group, perm-modify, user-param depend on the
	// call's arguments (often the caller's own account): assume usable.
	return true
}

// holds: some path the template covers (or an ancestor, for propagated
// ACLs) grants the privileges.
func (p Permissions) holds(template string, privs []string, any, partial bool) bool {
	for path, set := range p {
		if !covers(path, template, partial) {
			continue
		}
		if grants(set, privs, any) {
			return true
		}
	}
	return false
}

func grants(set map[string]bool, privs []string, any bool) bool {
	if len(privs) == 0 {
		return true
	}
	n := 0
	for _, pr := range privs {
		if set[pr] {
			n++
		}
	}
	if any {
		return n > 0
	}
	return n == len(privs)
}

// covers: path is the template itself (placeholders match any segment), an
// ancestor of it, or — for partial checks — a descendant.
func covers(path, template string, partial bool) bool {
	ps, ts := segments(path), segments(template)
	n := min(len(ps), len(ts))
	for i := 0; i < n; i++ {
		if ps[i] != ts[i] && !strings.HasPrefix(ts[i], "{") {
			return false
		}
	}
	return len(ps) <= len(ts) || partial
}

func segments(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}
