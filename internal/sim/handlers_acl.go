package sim

import (
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// The ACL, effective permissions, roles and groups: what the
// permission model is read and changed through. A change takes effect on
// the next request.

// registerAclHandlers registers the stateful handlers of this file (see handlerTable).
func registerAclHandlers() {
	handle(catalog.PVE, "GET /access/acl", getACL)
	handle(catalog.PVE, "PUT /access/acl", putACL)
	handle(catalog.PBS, "GET /access/acl", getACLPBS)
	handle(catalog.PBS, "PUT /access/acl", putACLPBS)
	handle(catalog.PVE, "GET /access/permissions", getPermissions)
	handle(catalog.PBS, "GET /access/permissions", getPermissionsPBS)
	handle(catalog.PVE, "GET /access/roles", getRoles)
	handle(catalog.PVE, "POST /access/roles", postRole)
	handle(catalog.PVE, "GET /access/roles/{roleid}", getRole)
	handle(catalog.PVE, "PUT /access/roles/{roleid}", putRole)
	handle(catalog.PVE, "DELETE /access/roles/{roleid}", deleteRole)
	handle(catalog.PBS, "GET /access/roles", getRolesPBS)
	handle(catalog.PVE, "GET /access/groups", getGroups)
	handle(catalog.PVE, "POST /access/groups", postGroup)
	handle(catalog.PVE, "GET /access/groups/{groupid}", getGroup)
	handle(catalog.PVE, "PUT /access/groups/{groupid}", putGroup)
	handle(catalog.PVE, "DELETE /access/groups/{groupid}", deleteUserGroup)
}

// getACL lists the entries on paths where the caller may change
// permissions, or all with Sys.Audit on /access (PVE::API2::ACL read_acl).
func getACL(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		audit := c.can(st, "/access", "Sys.Audit")
		out := []any{}
		for _, path := range st.pveUsers.treePaths() {
			if !audit && !c.canModifyPerms(st, path) {
				continue
			}
			for _, a := range st.pveUsers.at(path) {
				out = append(out, map[string]any{"path": a.Path, "type": a.Type, "ugid": a.UGID, "roleid": a.Role, "propagate": boolInt(a.Propagate)})
			}
		}
		return out, nil
	})
}

// canModifyPerms is check_perm_modify with noerr.
func (c *call) canModifyPerms(st *state, path string) bool {
	privs := []string{"Permissions.Modify"}
	switch {
	case strings.HasPrefix(path, "/storage/"):
		privs = append(privs, "Datastore.Allocate")
	case strings.HasPrefix(path, "/vms/"):
		privs = append(privs, "VM.Allocate")
	case strings.HasPrefix(path, "/pool/"):
		privs = append(privs, "Pool.Allocate")
	}
	return c.canAny(st, path, privs...)
}

// pvePathChars is what normalize_path accepts.
var pvePathChars = lazyRegexp(`^[[:alnum:]._/-]+$`)

// pveACLPath is check_path: the paths PVE accepts ACLs on.
var pveACLPath = lazyRegexp(`^(?:/|/access|/access/groups|/access/groups/[[:alnum:]._-]+|/access/realm|/access/realm/[[:alnum:]._-]+|/nodes|/nodes/[[:alnum:]._-]+|/pool|/pool/[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+){0,2}|/sdn|/sdn/controllers|/sdn/controllers/[[:alnum:]_-]+|/sdn/dns|/sdn/dns/[[:alnum:]]+|/sdn/fabrics|/sdn/fabrics/[[:alnum:]]+|/sdn/ipams|/sdn/ipams/[[:alnum:]]+|/sdn/prefix-lists|/sdn/prefix-lists/[[:alnum:]]+|/sdn/route-maps|/sdn/route-maps/[[:alnum:]]+|/sdn/zones|/sdn/zones/[[:alnum:]._-]+|/sdn/zones/[[:alnum:]._-]+/[[:alnum:]._-]+|/sdn/zones/[[:alnum:]._-]+/[[:alnum:]._-]+/[1-9][0-9]{0,3}|/storage|/storage/[[:alnum:]._-]+|/vms|/vms/[1-9][0-9]{2,}|/mapping|/mapping/[[:alnum:]._-]+|/mapping/[[:alnum:]._-]+/[[:alnum:]._-]+)$`)

// putACL adds or (delete=1) removes role grants, with the checks of
// PVE::API2::ACL update_acl: a caller without Permissions.Modify on the
// path may only hand out privileges it holds there (propagated, to
// propagate them).
func putACL(c *call) (any, error) {
	if !c.has("users") && !c.has("groups") && !c.has("tokens") {
		e := &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."}
		for _, k := range []string{"users", "groups", "tokens"} {
			e.add(k, "either 'users', 'groups' or 'tokens' is required.")
		}
		return nil, e
	}
	path := normalACLPath(c.str("path"))
	if !pvePathChars().MatchString(path) || !c.flag("delete") && !pveACLPath().MatchString(path) {
		e := &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."}
		e.add("path", "invalid ACL path '"+c.str("path")+"'")
		return nil, e
	}
	return c.locked(func(st *state, _ time.Time) (any, error) {
		propagate := !c.has("propagate") || c.flag("propagate")
		mine := st.privsAt(catalog.PVE, c.authid(), path)
		for _, r := range splitComma(c.str("roles")) {
			if st.pveUsers.roles[r] == nil {
				return nil, internalError("role '%s' does not exist", r)
			}
			if e := c.mayGrant(st, r, mine, propagate); e != nil {
				return nil, e
			}
			if e := c.applyGrants(st, path, r, propagate); e != nil {
				return nil, e
			}
		}
		return nil, nil
	})
}

// mayGrant: without Permissions.Modify, only a subset of the caller's
// own privileges, and only propagated ones with propagation.
func (c *call) mayGrant(st *state, r string, mine access.Privs, propagate bool) *apiError {
	if mine.Has("Permissions.Modify") {
		return nil
	}
	verb := "add"
	if c.flag("delete") {
		verb = "remove"
	}
	refuse := func(msg string) *apiError {
		e := &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."}
		e.add("role", msg)
		return e
	}
	for _, p := range slices.Sorted(maps.Keys(st.pveUsers.roles[r].privs)) {
		if !mine.Has(p) {
			return refuse("Cannot " + verb + " role '" + r + "' - requires 'Permissions.Modify' or superset of privileges.")
		}
		if propagate && !mine[p] && !c.flag("delete") {
			return refuse("Cannot " + verb + " role '" + r + "' with propagation - requires 'Permissions.Modify' or propagated superset of privileges.")
		}
	}
	if r == "NoAccess" {
		return refuse("Cannot " + verb + " role '" + r + "' - requires 'Permissions.Modify'")
	}
	return nil
}

func (c *call) applyGrants(st *state, path, r string, propagate bool) *apiError {
	db := st.pveUsers
	for _, g := range splitComma(c.str("groups")) {
		if st.groups[g] == nil {
			return internalError("group '%s' does not exist", g)
		}
		c.grant(db, &aclEntry{Path: path, Type: "group", UGID: g, Role: r, Propagate: propagate})
	}
	for _, u := range splitComma(c.str("users")) {
		if db.users[u] == nil {
			return internalError("user '%s' does not exist", u)
		}
		c.grant(db, &aclEntry{Path: path, Type: "user", UGID: u, Role: r, Propagate: propagate})
	}
	for _, t := range splitComma(c.str("tokens")) {
		user, name, _ := strings.Cut(t, "!")
		if db.users[user] == nil {
			return internalError("no such user ('%s')", user)
		}
		if db.token(t) == nil {
			return internalError("no such token '%s' for user '%s'", name, user)
		}
		c.grant(db, &aclEntry{Path: path, Type: "token", UGID: t, Role: r, Propagate: propagate})
	}
	return nil
}

func (c *call) grant(db *userDB, a *aclEntry) {
	if c.flag("delete") {
		db.remove(a)
		return
	}
	db.setPVE(a)
}

// getACLPBS is read_acl: all entries with Sys.Audit on /access/acl, else
// those of the caller's own API tokens (nothing for a token).
func getACLPBS(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		filter := !c.can(st, "/access/acl", "Sys.Audit")
		self := access.ParseAuthID(c.authid())
		out := []any{}
		if filter && self.IsToken() {
			return out, nil
		}
		for _, path := range st.pbsUsers.treePaths() {
			if c.has("path") && !inACLScope(path, normalACLPath(c.str("path")), c.flag("exact")) {
				continue
			}
			for _, a := range st.pbsUsers.at(path) {
				owner := access.ParseAuthID(a.UGID)
				if filter && (a.Type == "group" || !owner.IsToken() || owner.User != self.User) {
					continue
				}
				out = append(out, map[string]any{"path": a.Path, "ugid_type": a.Type, "ugid": a.UGID, "roleid": a.Role, "propagate": a.Propagate})
			}
		}
		return out, nil
	})
}

// inACLScope: the path itself, and with exact unset everything below it.
func inACLScope(path, scope string, exact bool) bool {
	switch {
	case path == scope:
		return true
	case exact:
		return false
	}
	return scope == "/" || strings.HasPrefix(path, scope+"/")
}

// putACLPBS is update_acl: Permissions.Modify on /access/acl, or a user
// managing its own tokens' entries.
func putACLPBS(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		if e := c.mayUpdatePBSACL(st); e != nil {
			return nil, e
		}
		if c.has("group") {
			return nil, errorf(http.StatusBadRequest, "parameter 'group' - groups are currently not supported.")
		}
		if !c.has("auth-id") {
			return nil, errorf(http.StatusBadRequest, "missing 'userid' or 'group' parameter.")
		}
		authID := c.str("auth-id")
		db := st.pbsUsers
		a := &aclEntry{Path: normalACLPath(c.str("path")), Type: "user", UGID: authID, Role: c.str("role"), Propagate: !c.has("propagate") || c.flag("propagate")}
		if c.flag("delete") {
			db.remove(a)
			return nil, nil
		}
		if !db.exists(authID) {
			what := "user"
			if isTokenID(authID) {
				what = "API token"
			}
			return nil, errorf(http.StatusBadRequest, "no such %s.", what)
		}
		db.setPBS(a)
		return nil, nil
	})
}

func (c *call) mayUpdatePBSACL(st *state) *apiError {
	if c.can(st, "/access/acl", "Permissions.Modify") {
		return nil
	}
	self := access.ParseAuthID(c.authid())
	target := access.ParseAuthID(c.str("auth-id"))
	switch {
	case c.has("group"):
		return errorf(http.StatusBadRequest, "Unprivileged users are not allowed to create group ACL item.")
	case !c.has("auth-id"):
		return errorf(http.StatusBadRequest, "Unprivileged user needs to provide auth_id to update ACL item.")
	case self.IsToken():
		return errorf(http.StatusBadRequest, "Unprivileged API tokens can't set ACL items.")
	case !target.IsToken():
		return errorf(http.StatusBadRequest, "Unprivileged users can only set ACL items for API tokens.")
	case target.User != self.User:
		return errorf(http.StatusBadRequest, "Unprivileged users can only set ACL items for their own API tokens.")
	}
	return nil
}

// getPermissions answers from the model (PVE::API2::AccessControl
// permissions): one's own, an owned token's, or anyone's with Sys.Audit
// on /access; the whole tree or one path.
func getPermissions(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		self := c.authid()
		who := self
		if c.has("userid") {
			who = c.str("userid")
		}
		owned := access.ParseAuthID(who).IsToken() && access.ParseAuthID(who).User == self
		if who != self && !owned && !c.can(st, "/access", "Sys.Audit") {
			return nil, permFailed("/access", "Sys.Audit")
		}
		if c.has("path") {
			return map[string]any{c.str("path"): pveFlags(st.privsAt(catalog.PVE, who, c.str("path")))}, nil
		}
		out := map[string]any{}
		for path, privs := range st.effective(catalog.PVE, who) {
			out[path] = pveFlags(privs)
		}
		return out, nil
	})
}

// pveFlags writes the propagate flags as PVE does, 0 or 1.
func pveFlags(p access.Privs) map[string]any {
	out := map[string]any{}
	for k, v := range p {
		out[k] = boolInt(v)
	}
	return out
}

// getPermissionsPBS is list_permissions: another auth ID's with Sys.Audit
// on /access, or an owned token's when asked by its user.
func getPermissionsPBS(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		self := access.ParseAuthID(c.authid())
		who := self
		if c.has("auth-id") && c.str("auth-id") != self.AuthID() {
			target := access.ParseAuthID(c.str("auth-id"))
			ownToken := target.IsToken() && !self.IsToken() && target.User == self.User
			if !c.can(st, "/access", "Sys.Audit") && !ownToken {
				return nil, errorf(http.StatusBadRequest, "not allowed to list permissions of %s", target.AuthID())
			}
			who = target
		}
		paths := st.answerPaths(catalog.PBS)
		if c.has("path") {
			paths = []string{c.str("path")}
		}
		out := map[string]any{}
		for _, path := range paths {
			if privs := st.privsAt(catalog.PBS, who.AuthID(), path); len(privs) > 0 {
				flags := map[string]any{}
				for k, v := range privs {
					flags[k] = v
				}
				out[path] = flags
			}
		}
		return out, nil
	})
}

func getRoles(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range slices.Sorted(maps.Keys(st.pveUsers.roles)) {
			r := st.pveUsers.roles[id]
			out = append(out, map[string]any{"roleid": id, "privs": strings.Join(slices.Sorted(maps.Keys(r.privs)), ","), "special": boolInt(r.special)})
		}
		return out, nil
	})
}

func getRolesPBS(c *call) (any, error) {
	out := []any{}
	for _, r := range pbsRoles {
		privs := append([]string{}, r.privs...)
		out = append(out, map[string]any{"roleid": r.name, "privs": privs, "comment": r.description})
	}
	return out, nil
}

func (c *call) customRole(st *state) (*role, *apiError) {
	id := c.str("roleid")
	r := st.pveUsers.roles[id]
	if r == nil {
		return nil, internalError("role '%s' does not exist", id)
	}
	return r, nil
}

func getRole(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		r, e := c.customRole(st)
		if e != nil {
			return nil, e
		}
		out := map[string]any{}
		for p := range r.privs {
			out[p] = 1
		}
		return out, nil
	})
}

// postRole creates a custom role; the PVE namespace is reserved.
func postRole(c *call) (any, error) {
	id := c.str("roleid")
	if strings.HasPrefix(strings.ToUpper(id), "PVE") {
		e := &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."}
		e.add("roleid", "cannot use role ID starting with the (case-insensitive) 'PVE' namespace")
		return nil, e
	}
	return c.locked(func(st *state, _ time.Time) (any, error) {
		if st.pveUsers.roles[id] != nil {
			return nil, internalError("role '%s' already exists", id)
		}
		r := &role{privs: map[string]bool{}}
		if e := addRolePrivs(r, c.str("privs")); e != nil {
			return nil, e
		}
		st.pveUsers.roles[id] = r
		return nil, nil
	})
}

func putRole(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		id := c.str("roleid")
		if r := st.pveUsers.roles[id]; r != nil && r.special {
			return nil, internalError("auto-generated role '%s' cannot be modified", id)
		}
		r, e := c.customRole(st)
		if e != nil {
			return nil, e
		}
		next := &role{privs: map[string]bool{}}
		if c.flag("append") {
			maps.Copy(next.privs, r.privs)
		}
		if e := addRolePrivs(next, c.str("privs")); e != nil {
			return nil, e
		}
		r.privs = next.privs
		return nil, nil
	})
}

func deleteRole(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		id := c.str("roleid")
		if r := st.pveUsers.roles[id]; r != nil && r.special {
			return nil, internalError("auto-generated role '%s' cannot be deleted", id)
		}
		if _, e := c.customRole(st); e != nil {
			return nil, e
		}
		delete(st.pveUsers.roles, id)
		return nil, nil
	})
}

// addRolePrivs is add_role_privs: only known privilege names.
func addRolePrivs(r *role, list string) *apiError {
	for _, p := range splitComma(strings.NewReplacer(";", ",", " ", ",").Replace(list)) {
		if !slices.Contains(pvePrivileges(), p) {
			return internalError("invalid privilege '%s'", p)
		}
		r.privs[p] = true
	}
	return nil
}

// getGroups lists the groups the caller holds User.Modify, Sys.Audit or
// Group.Allocate on.
func getGroups(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range slices.Sorted(maps.Keys(st.groups)) {
			if !c.canAny(st, "/access/groups/"+id, "User.Modify", "Sys.Audit", "Group.Allocate") {
				continue
			}
			g := st.groups[id]
			m := map[string]any{"groupid": g.ID, "users": strings.Join(st.groupMembers(id), ",")}
			if g.Comment != "" {
				m["comment"] = g.Comment
			}
			out = append(out, m)
		}
		return out, nil
	})
}

func (c *call) group(st *state) (*group, *apiError) {
	id := c.str("groupid")
	if g := st.groups[id]; g != nil {
		return g, nil
	}
	return nil, internalError("group '%s' does not exist", id)
}

func postGroup(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		id := c.str("groupid")
		if st.groups[id] != nil {
			return nil, internalError("group '%s' already exists", id)
		}
		st.groups[id] = &group{ID: id, Comment: c.str("comment")}
		return nil, nil
	})
}

func getGroup(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.group(st)
		if e != nil {
			return nil, e
		}
		m := map[string]any{"members": append([]string{}, st.groupMembers(g.ID)...)}
		if g.Comment != "" {
			m["comment"] = g.Comment
		}
		return m, nil
	})
}

func putGroup(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.group(st)
		if e != nil {
			return nil, e
		}
		if c.has("comment") {
			g.Comment = c.str("comment")
		}
		return nil, nil
	})
}

// deleteUserGroup removes the group, its memberships and its ACL entries.
func deleteUserGroup(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.group(st)
		if e != nil {
			return nil, e
		}
		delete(st.groups, g.ID)
		for _, u := range st.pveUsers.users {
			u.Groups = slices.DeleteFunc(u.Groups, func(x string) bool { return x == g.ID })
		}
		st.pveUsers.acl = slices.DeleteFunc(st.pveUsers.acl, func(a *aclEntry) bool { return a.Type == "group" && a.UGID == g.ID })
		return nil, nil
	})
}
