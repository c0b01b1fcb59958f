package sim

import (
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
)

// aclEntry grants a role on a path to a user, group or token. PVE keeps
// the three kinds apart ("user", "group", "token"); PBS lists users and
// tokens alike as "user" (an auth ID) and groups as "group".
type aclEntry struct {
	Path, Type, UGID, Role string
	Propagate              bool
}

// normalACLPath is an ACL path with single slashes and no trailing one.
func normalACLPath(p string) string {
	return "/" + strings.Join(access.Segments(p), "/")
}

// at are the entries on exactly this path.
func (db *userDB) at(path string) []*aclEntry {
	var out []*aclEntry
	for _, a := range db.acl {
		if a.Path == path {
			out = append(out, a)
		}
	}
	return out
}

// setPVE adds a grant or changes its propagate flag
// (PVE::API2::ACL update_acl: $node->{users}->{$id}->{$role} = $propagate).
func (db *userDB) setPVE(a *aclEntry) {
	db.remove(a)
	db.acl = append(db.acl, a)
}

// setPBS is AclTreeNode::insert_user_role: NoAccess replaces the
// subject's other roles on the path, any other role replaces NoAccess.
func (db *userDB) setPBS(a *aclEntry) {
	db.acl = slices.DeleteFunc(db.acl, func(x *aclEntry) bool {
		same := x.Path == a.Path && x.Type == a.Type && x.UGID == a.UGID
		return same && (a.Role == "NoAccess" || x.Role == "NoAccess" || x.Role == a.Role)
	})
	db.acl = append(db.acl, a)
}

func (db *userDB) remove(a *aclEntry) {
	db.acl = slices.DeleteFunc(db.acl, func(x *aclEntry) bool {
		return x.Path == a.Path && x.Type == a.Type && x.UGID == a.UGID && x.Role == a.Role
	})
}

// treePaths are the nodes of the ACL tree: every path with an entry and
// each of its ancestors, as iterate_acl_tree (PVE) and populate_acl_paths
// (PBS) visit them.
func (db *userDB) treePaths() []string {
	set := map[string]bool{"/": true}
	for _, a := range db.acl {
		segs := access.Segments(a.Path)
		for i := 1; i <= len(segs); i++ {
			set["/"+strings.Join(segs[:i], "/")] = true
		}
	}
	return sortedSet(set)
}

func sortedSet(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// prefixes are "/" and every ancestor of path down to the path itself,
// the levels an ACL walk visits.
func prefixes(path string) []string {
	segs := access.Segments(path)
	out := []string{"/"}
	for i := 1; i <= len(segs); i++ {
		out = append(out, "/"+strings.Join(segs[:i], "/"))
	}
	return out
}

// roleMap is a role set with each role's propagate flag.
type roleMap map[string]bool

// pveRoles is PVE::AccessControl::roles: root@pam has Administrator; a
// token without privilege separation has its user's roles. Otherwise,
// walking from / to the path, the roles set on a level replace those
// from above — a token's own entries, else the user's, else its groups'
// — and only propagating ones count above the last level. NoAccess at
// the end leaves nothing else. Pools are not considered here.
func (st *state) pveRoles(authID, path string) roleMap {
	db := st.pveUsers
	if authID == access.Superuser {
		return roleMap{"Administrator": true}
	}
	isToken := strings.Contains(authID, "!")
	if isToken {
		tok := db.token(authID)
		if tok == nil {
			return roleMap{}
		}
		if !tok.Privsep {
			user, _, _ := strings.Cut(authID, "!")
			return st.pveRoles(user, path)
		}
	}
	roles := roleMap{}
	levels := prefixes(path)
	for i, level := range levels {
		final := i == len(levels)-1
		entries := db.at(level)
		if isToken {
			if m := pick(entries, "token", final, func(id string) bool { return id == authID }); m != nil {
				roles = m
			}
			continue
		}
		if m := pick(entries, "user", final, func(id string) bool { return id == authID }); m != nil {
			roles = m
			continue
		}
		u := db.users[authID]
		member := func(g string) bool { return u != nil && st.groups[g] != nil && u.inGroup(g) }
		if m := pick(entries, "group", final, member); m != nil {
			roles = m
		}
	}
	if prop, ok := roles["NoAccess"]; ok {
		return roleMap{"NoAccess": prop}
	}
	return roles
}

// pick collects the roles of the matching subjects on one level; nil when
// none apply there (so the walk keeps what it had).
func pick(entries []*aclEntry, typ string, final bool, match func(string) bool) roleMap {
	var m roleMap
	for _, a := range entries {
		if a.Type != typ || !match(a.UGID) || !(final || a.Propagate) {
			continue
		}
		if m == nil {
			m = roleMap{}
		}
		m[a.Role] = a.Propagate
	}
	return m
}

// pbsRolesAt is pbs-config's AclTree::roles: the same walk, where a user
// or token's own entries are all that count (group ACLs are parsed but
// never match: extract_group_roles has no member check yet) and a
// NoAccess among the applicable roles of a level is all that level says.
func (st *state) pbsRolesAt(authID, path string) roleMap {
	roles := roleMap{}
	levels := prefixes(path)
	for i, level := range levels {
		final := i == len(levels)-1
		var m roleMap
		for _, a := range st.pbsUsers.at(level) {
			if a.Type != "user" || a.UGID != authID || !(final || a.Propagate) {
				continue
			}
			if a.Role == "NoAccess" {
				m = roleMap{"NoAccess": false}
				break
			}
			if m == nil {
				m = roleMap{}
			}
			m[a.Role] = a.Propagate
		}
		if len(m) > 0 {
			roles = m
		}
	}
	return roles
}
