package sim

import (
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// privsAt is what an auth ID (user, or user!token) holds on a concrete
// ACL path, with each privilege's propagate flag.
func (st *state) privsAt(p catalog.Product, authID, path string) access.Privs {
	path = normalACLPath(path)
	if p == catalog.PBS {
		return st.pbsPrivs(authID, path)
	}
	return st.pvePrivs(authID, path)
}

// pvePrivs is PVE::RPCEnvironment::permissions: root@pam holds every
// privilege; a token without privilege separation holds its user's; a
// user or separated token holds what its roles on the path grant, plus
// the roles it has on the pool of the guest or storage the path names
// (never propagated, and never over a NoAccess); a separated token is
// then cut down to what its user holds there too.
func (st *state) pvePrivs(authID, path string) access.Privs {
	if authID == access.Superuser {
		return allPrivs(pvePrivileges())
	}
	id := access.ParseAuthID(authID)
	if id.IsToken() {
		tok := st.pveUsers.token(authID)
		if tok == nil {
			return access.Privs{}
		}
		userPrivs := st.pvePrivs(id.User, path)
		if !tok.Privsep {
			return userPrivs
		}
		privs := st.pveRolePrivs(authID, path)
		if id.User == access.Superuser {
			return privs
		}
		return intersect(privs, userPrivs)
	}
	return st.pveRolePrivs(authID, path)
}

// pveRolePrivs is compile_acl_path before the token intersection.
func (st *state) pveRolePrivs(authID, path string) access.Privs {
	roles := st.pveRoles(authID, path)
	if fromPools := st.pveRolesFromPools(authID, path); len(fromPools) > 0 {
		if _, denied := roles["NoAccess"]; !denied {
			if _, poolDenied := fromPools["NoAccess"]; poolDenied {
				roles = roleMap{"NoAccess": false}
			} else {
				for r := range fromPools {
					if _, set := roles[r]; !set {
						roles[r] = false
					}
				}
			}
		}
	}
	privs := access.Privs{}
	for r, propagate := range roles {
		rd := st.pveUsers.roles[r]
		if rd == nil {
			continue
		}
		for p := range rd.privs {
			privs[p] = privs[p] || propagate
		}
	}
	return privs
}

// pveRolesFromPools: the roles the auth ID has on the pools of the guest
// (/vms/ID) or storage (/storage/ID) the path names.
func (st *state) pveRolesFromPools(authID, path string) roleMap {
	var pools []string
	switch segs := access.Segments(path); {
	case len(segs) == 2 && segs[0] == "vms":
		if g := st.guestByPathID(segs[1]); g != nil && g.pool != "" {
			pools = []string{g.pool}
		}
	case len(segs) == 2 && segs[0] == "storage":
		pools = st.poolsOfStorage(segs[1])
	}
	out := roleMap{}
	for _, p := range pools {
		if st.pools[p] == nil {
			continue
		}
		for r := range st.pveRoles(authID, "/pool/"+p) {
			out[r] = true
		}
	}
	return out
}

// guestByPathID finds the guest /vms/ID names; "0101" names none.
func (st *state) guestByPathID(id string) *guest {
	n, err := strconv.Atoi(id)
	if err != nil || strconv.Itoa(n) != id {
		return nil
	}
	return st.guests[n]
}

// pbsPrivs is CachedUserInfo::lookup_privs_details: root@pam holds every
// privilege; anyone else what the roles on the path grant, a token no
// more than its user holds.
func (st *state) pbsPrivs(authID, path string) access.Privs {
	if authID == access.Superuser {
		return allPrivs(pbsPrivileges)
	}
	privs := access.Privs{}
	for r, propagate := range st.pbsRolesAt(authID, path) {
		if rd := pbsRoleNamed(r); rd != nil {
			for _, p := range rd.privs {
				privs[p] = privs[p] || propagate
			}
		}
	}
	if id := access.ParseAuthID(authID); id.IsToken() {
		return intersect(privs, st.pbsPrivs(id.User, path))
	}
	return privs
}

func allPrivs(names []string) access.Privs {
	out := access.Privs{}
	for _, p := range names {
		out[p] = true
	}
	return out
}

// intersect keeps the privileges both hold; one propagates only where
// both do.
func intersect(a, b access.Privs) access.Privs {
	out := access.Privs{}
	for p, prop := range a {
		if other, ok := b[p]; ok {
			out[p] = prop && other
		}
	}
	return out
}

// answerPaths are the paths GET /access/permissions reports on: PVE's
// get_effective_permissions lists the top-level paths, the ACL tree and
// every pool member; PBS's list_permissions the ACL tree and its
// default paths.
func (st *state) answerPaths(p catalog.Product) []string {
	set := map[string]bool{}
	if p == catalog.PBS {
		for _, d := range []string{"/", "/access", "/datastore", "/remote", "/system"} {
			set[d] = true
		}
		for _, t := range st.pbsUsers.treePaths() {
			set[t] = true
		}
		return sortedSet(set)
	}
	for _, d := range []string{"/", "/access", "/access/groups", "/nodes", "/pool", "/sdn", "/storage", "/vms"} {
		set[d] = true
	}
	for _, t := range st.pveUsers.treePaths() {
		set[t] = true
	}
	for _, g := range st.guests {
		if g.pool != "" && st.pools[g.pool] != nil {
			set["/vms/"+strconv.Itoa(g.vmid)] = true
		}
	}
	for _, pl := range st.pools {
		for _, s := range pl.Storage {
			set["/storage/"+s] = true
		}
	}
	return sortedSet(set)
}

// effective is the /access/permissions answer without a path: every
// reported path where something is held.
func (st *state) effective(p catalog.Product, authID string) access.Permissions {
	out := access.Permissions{}
	for _, path := range st.answerPaths(p) {
		if privs := st.privsAt(p, authID, path); len(privs) > 0 {
			out[path] = privs
		}
	}
	return out
}

// objectPaths are the ACL paths of the objects the simulator holds, so
// a search for where a check passes finds every guest, storage, node…
func (st *state) objectPaths(p catalog.Product) []string {
	var out []string
	add := func(prefix string, ids ...string) {
		for _, id := range ids {
			out = append(out, prefix+id)
		}
	}
	if p == catalog.PBS {
		add("/datastore/", sortedKeys(st.pbs.datastores)...)
		add("/remote/", sortedKeys(st.pbs.remotes)...)
		return out
	}
	for _, g := range st.sortedGuests() {
		add("/vms/", strconv.Itoa(g.vmid))
	}
	add("/storage/", st.storOrder...)
	add("/nodes/", st.nodeOrder...)
	add("/pool/", sortedKeys(st.pools)...)
	add("/access/groups/", sortedKeys(st.groups)...)
	realms := map[string]bool{"pam": true, "pve": true}
	for _, u := range st.pveUsers.users {
		realms[u.realm()] = true
	}
	add("/access/realm/", sortedSet(realms)...)
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	set := make(map[string]bool, len(m))
	for k := range m {
		set[k] = true
	}
	return sortedSet(set)
}

// source answers the evaluator's questions for one auth ID from the
// simulator's model, exactly. It is used with the state lock held.
type source struct {
	st      *state
	product catalog.Product
	authID  string
	cache   map[string]access.Privs
}

func (st *state) source(p catalog.Product, authID string) *source {
	return &source{st: st, product: p, authID: authID, cache: map[string]access.Privs{}}
}

func (s *source) At(path string) access.Privs {
	path = normalACLPath(path)
	if privs, ok := s.cache[path]; ok {
		return privs
	}
	privs := s.st.privsAt(s.product, s.authID, path)
	s.cache[path] = privs
	return privs
}

// Paths: what the answer would list and every object.
func (s *source) Paths() []string {
	set := map[string]bool{}
	for _, p := range s.st.answerPaths(s.product) {
		set[p] = true
	}
	for _, p := range s.st.objectPaths(s.product) {
		set[p] = true
	}
	return sortedSet(set)
}

// subject is the caller as the evaluator sees it.
func (st *state) subject(p catalog.Product, authID string) *access.Subject {
	return &access.Subject{Identity: access.ParseAuthID(authID), Privileges: st.source(p, authID), Directory: st.directory(p)}
}

// directory lists the product's accounts and (PVE) group members.
func (st *state) directory(p catalog.Product) *access.Directory {
	d := &access.Directory{Users: map[string]bool{}}
	for id := range st.users(p).users {
		d.Users[id] = true
	}
	if p == catalog.PVE {
		d.Groups = map[string][]string{}
		for g := range st.groups {
			d.Groups[g] = st.groupMembers(g)
		}
	}
	return d
}

// isTokenID reports whether an auth ID names an API token.
func isTokenID(authID string) bool { return strings.Contains(authID, "!") }
