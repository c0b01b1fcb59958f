package sim

import (
	"sort"
	"strings"
)

// userDB is one product's users and their API tokens.
type userDB struct {
	users map[string]*simUser
}

type simUser struct {
	ID                                  string
	Password                            string
	Enable                              bool
	Expire                              int64
	Comment, Email, Firstname, Lastname string
	Groups                              []string
	Tokens                              map[string]*apiToken
}

type apiToken struct {
	Name, Secret, Comment string
	Privsep               bool
	Expire                int64
}

func newUserDB() *userDB { return &userDB{users: map[string]*simUser{}} }

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

func (u *simUser) realm() string {
	_, realm, _ := strings.Cut(u.ID, "@")
	return realm
}

type group struct {
	ID, Comment string
	Members     []string
}

// aclEntry grants a role on a path to a user, group or token.
type aclEntry struct {
	Path, Type, UGID, Role string
	Propagate              bool
}

type pool struct {
	ID, Comment string
	Storage     []string
}

type haResource struct {
	SID, State, Group, Comment string
	MaxRestart, MaxRelocate    int
}

// roles are the built-in PVE roles the simulator knows, by privilege.
var roles = map[string][]string{
	"Administrator":    allPrivileges,
	"PVEAdmin":         allPrivileges,
	"PVEAuditor":       {"Datastore.Audit", "Mapping.Audit", "Pool.Audit", "SDN.Audit", "Sys.Audit", "VM.Audit"},
	"PVEVMAdmin":       {"VM.Allocate", "VM.Audit", "VM.Backup", "VM.Clone", "VM.Config.CDROM", "VM.Config.CPU", "VM.Config.Cloudinit", "VM.Config.Disk", "VM.Config.HWType", "VM.Config.Memory", "VM.Config.Network", "VM.Config.Options", "VM.Console", "VM.Migrate", "VM.PowerMgmt", "VM.Snapshot", "VM.Snapshot.Rollback"},
	"PVEVMUser":        {"VM.Audit", "VM.Backup", "VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Console", "VM.PowerMgmt"},
	"PVEDatastoreUser": {"Datastore.AllocateSpace", "Datastore.Audit"},
	"NoAccess":         {},
}

var allPrivileges = []string{
	"Datastore.Allocate", "Datastore.AllocateSpace", "Datastore.AllocateTemplate", "Datastore.Audit",
	"Group.Allocate", "Mapping.Audit", "Mapping.Modify", "Mapping.Use", "Permissions.Modify",
	"Pool.Allocate", "Pool.Audit", "Realm.Allocate", "Realm.AllocateUser", "SDN.Allocate", "SDN.Audit", "SDN.Use",
	"Sys.AccessNetwork", "Sys.Audit", "Sys.Console", "Sys.Incoming", "Sys.Modify", "Sys.PowerMgmt", "Sys.Syslog",
	"User.Modify", "VM.Allocate", "VM.Audit", "VM.Backup", "VM.Clone", "VM.Config.CDROM", "VM.Config.CPU",
	"VM.Config.Cloudinit", "VM.Config.Disk", "VM.Config.HWType", "VM.Config.Memory", "VM.Config.Network",
	"VM.Config.Options", "VM.Console", "VM.GuestAgent.Audit", "VM.GuestAgent.FileRead", "VM.GuestAgent.FileSystemMgmt",
	"VM.GuestAgent.FileWrite", "VM.GuestAgent.Unrestricted", "VM.Migrate", "VM.PowerMgmt", "VM.Replicate", "VM.Snapshot", "VM.Snapshot.Rollback",
}

// permissions computes the privileges of an auth id, path by path, from
// the ACL. root@pam (and its tokens without privilege separation) has all.
func (st *state) permissions(authID string, only string) map[string]map[string]int {
	out := map[string]map[string]int{}
	user, tokenName, isToken := strings.Cut(authID, "!")
	if user == "root@pam" && (!isToken || !st.tokenPrivsep(user, tokenName)) {
		for _, p := range []string{"/", "/access", "/nodes", "/pool", "/sdn", "/storage", "/vms"} {
			out[p] = privSet(allPrivileges)
		}
		return filterPath(out, only)
	}
	subjects := st.subjects(authID)
	for _, a := range st.acls {
		if subjects[a.Type+":"+a.UGID] {
			mergePrivs(out, a.Path, roles[a.Role])
		}
	}
	return filterPath(out, only)
}

func (st *state) tokenPrivsep(user, name string) bool {
	if u := st.pveUsers.users[user]; u != nil {
		if t := u.Tokens[name]; t != nil {
			return t.Privsep
		}
	}
	return true
}

// subjects are the ACL subjects an auth id matches: the token itself, or
// the user and its groups.
func (st *state) subjects(authID string) map[string]bool {
	out := map[string]bool{}
	user, _, isToken := strings.Cut(authID, "!")
	if isToken {
		out["token:"+authID] = true
		if !st.tokenPrivsep(user, strings.TrimPrefix(authID, user+"!")) {
			isToken = false
		}
	}
	if !isToken {
		out["user:"+user] = true
		if u := st.pveUsers.users[user]; u != nil {
			for _, g := range u.Groups {
				out["group:"+g] = true
			}
		}
	}
	return out
}

func privSet(privs []string) map[string]int {
	m := map[string]int{}
	for _, p := range privs {
		m[p] = 1
	}
	return m
}

func mergePrivs(out map[string]map[string]int, path string, privs []string) {
	if out[path] == nil {
		out[path] = map[string]int{}
	}
	for _, p := range privs {
		out[path][p] = 1
	}
}

func filterPath(m map[string]map[string]int, only string) map[string]map[string]int {
	if only == "" {
		return m
	}
	return map[string]map[string]int{only: effectiveAt(m, only)}
}

// effectiveAt is the privilege set that applies at a path: the longest
// ACL path that is a prefix of it.
func effectiveAt(m map[string]map[string]int, path string) map[string]int {
	best, bestLen := map[string]int{}, -1
	for p, privs := range m {
		if (p == "/" || path == p || strings.HasPrefix(path, p+"/")) && len(p) > bestLen {
			best, bestLen = privs, len(p)
		}
	}
	return best
}
