package access

import (
	"strings"
	"sync"
)

// Superuser is the account Proxmox exempts from every check.
const Superuser = "root@pam"

// Identity is who the credentials are: a user, or one of its API tokens.
type Identity struct {
	User  string // user@realm
	Token string // the token's name; "" for a password or ticket login
}

// ParseAuthID reads "user@realm" or "user@realm!token".
func ParseAuthID(authID string) Identity {
	user, token, _ := strings.Cut(authID, "!")
	return Identity{User: user, Token: token}
}

// AuthID is the name Proxmox checks permissions for: the token ID
// user@realm!token for a token, else the user.
func (id Identity) AuthID() string {
	if id.Token != "" {
		return id.User + "!" + id.Token
	}
	return id.User
}

// IsToken reports whether the credentials are an API token.
func (id Identity) IsToken() bool { return id.Token != "" }

// IsSuperuser: root@pam itself. Its tokens are not: Proxmox compares the
// token ID with "root@pam" (PVE::RPCEnvironment::check_api2_permissions,
// proxmox-backup CachedUserInfo::is_superuser), so a root token passes
// only the checks its privileges pass and never the root-only operations.
func (id Identity) IsSuperuser() bool { return id.AuthID() == Superuser }

// Realm is the realm of the user.
func (id Identity) Realm() string { return realmOf(id.User) }

func realmOf(userid string) string {
	_, realm, _ := strings.Cut(userid, "@")
	return realm
}

// Directory is what may be known about the users and groups besides the
// permissions; checks that look at accounts (PVE userid-group, userid-param
// self) use it. A nil field means unknown: the check is then assumed to
// pass and Proxmox decides.
type Directory struct {
	// Users is the set of existing user IDs.
	Users map[string]bool
	// Groups maps a group to its members' user IDs, as GET /access/groups
	// lists them ("users").
	Groups map[string][]string
}

func (d *Directory) userExists(userid string) bool {
	if d == nil || d.Users == nil {
		return true
	}
	return d.Users[userid]
}

// Subject is an identity with what it holds: what the evaluator needs to
// decide a call.
type Subject struct {
	Identity Identity
	// Privileges are the effective permissions: a parsed
	// /access/permissions answer, or the simulator's exact computation.
	Privileges Source
	// Directory is optional.
	Directory *Directory

	// Availability keeps an index of Privileges' paths and its answers:
	// build a new Subject when the privileges or the directory change.
	mu sync.Mutex
	ix *pathIndex
	// answers holds Availability by check shape (memo.go); shape is the
	// buffer the key is written into.
	answers map[string]Availability
	shape   []byte
}
