package sim

import (
	"slices"
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// userDB is one product's access control configuration, what PVE keeps
// in user.cfg and PBS in user.cfg and acl.cfg: users with their API
// tokens, the ACL, and (PVE) the roles.
type userDB struct {
	users map[string]*simUser
	acl   []*aclEntry
	roles map[string]*role // PVE only: built-in and custom roles
}

type simUser struct {
	ID                                  string
	Password                            string
	Enable                              bool
	Expire                              int64
	Comment, Email, Firstname, Lastname string
	// Groups the user is a member of (PVE); a group's member list is
	// derived from these.
	Groups []string
	Tokens map[string]*apiToken
}

// apiToken is an API token. A privilege-separated token (PVE privsep=1)
// holds what its own ACL entries grant and its user holds too; without
// privilege separation it holds what its user holds. PBS tokens are
// always separated.
type apiToken struct {
	Name, Secret, Comment string
	Privsep               bool
	Expire                int64
}

func newUserDB(p catalog.Product) *userDB {
	db := &userDB{users: map[string]*simUser{}}
	if p == catalog.PVE {
		db.roles = newRoleSet()
	}
	return db
}

// ensure returns the user, creating an enabled one.
func (db *userDB) ensure(id string) *simUser {
	u := db.users[id]
	if u == nil {
		u = &simUser{ID: id, Enable: true, Tokens: map[string]*apiToken{}}
		db.users[id] = u
	}
	return u
}

func (db *userDB) sorted() []*simUser {
	out := make([]*simUser, 0, len(db.users))
	for _, u := range db.users {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// token finds an API token by its ID user@realm!name.
func (db *userDB) token(authID string) *apiToken {
	user, name, ok := strings.Cut(authID, "!")
	if !ok || db.users[user] == nil {
		return nil
	}
	return db.users[user].Tokens[name]
}

// exists reports whether a user (user@realm) or token (user@realm!name)
// is configured.
func (db *userDB) exists(authID string) bool {
	if strings.Contains(authID, "!") {
		return db.token(authID) != nil
	}
	return db.users[authID] != nil
}

// removeAuthID drops a deleted user's or token's ACL entries, as PVE's
// delete_user_acl / PBS's delete_authid do.
func (db *userDB) removeAuthID(authID string) {
	db.acl = slices.DeleteFunc(db.acl, func(a *aclEntry) bool {
		return a.Type != "group" && (a.UGID == authID || strings.HasPrefix(a.UGID, authID+"!"))
	})
}

func (u *simUser) realm() string {
	_, realm, _ := strings.Cut(u.ID, "@")
	return realm
}

func (u *simUser) inGroup(g string) bool { return slices.Contains(u.Groups, g) }

// group is a PVE user group.
type group struct {
	ID, Comment string
}

// groupMembers are the users in a group, sorted.
func (st *state) groupMembers(g string) []string {
	var out []string
	for _, u := range st.pveUsers.sorted() {
		if u.inGroup(g) {
			out = append(out, u.ID)
		}
	}
	return out
}

// pool is a PVE resource pool. Its guests are the guests whose pool
// field names it.
type pool struct {
	ID, Comment string
	Storage     []string
}

// poolsOfStorage are the pools a storage belongs to.
func (st *state) poolsOfStorage(id string) []string {
	var out []string
	for _, p := range st.pools {
		if slices.Contains(p.Storage, id) {
			out = append(out, p.ID)
		}
	}
	sort.Strings(out)
	return out
}

type haResource struct {
	SID, State, Group, Comment string
	MaxRestart, MaxRelocate    int
}
