package sim

import (
	"crypto/sha256"
	"fmt"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// SeededToken is an API token the simulator creates, with the grant that
// scopes it. Each non-root one is privilege-separated and its user holds
// the same ACL, so the token can do exactly what the grant allows.
type SeededToken struct {
	Product catalog.Product
	ID      string // user@realm!name
	Secret  string
	// Grants are the ACL entries of the token (and its user): "PVEAuditor on /".
	Grants []string
	// Summary says what the token is for.
	Summary string
}

// seededIdentity describes one seeded user and its token.
type seededIdentity struct {
	product catalog.Product
	user    string
	comment string
	grants  []aclEntry // Type and UGID are filled in
	summary string
}

// seededIdentities are the scoped identities next to the configured
// full-power token: a read-only auditor and a VM administrator confined
// to pool "lab" on PVE; an auditor and a backup client of store1 on PBS.
var seededIdentities = []seededIdentity{
	{product: catalog.PVE, user: "auditor@pve", comment: "read-only account",
		grants:  []aclEntry{{Path: "/", Role: "PVEAuditor", Propagate: true}},
		summary: "reads everything, changes nothing"},
	{product: catalog.PVE, user: "vmadmin@pve", comment: "VM administrator of pool lab",
		grants: []aclEntry{
			{Path: "/pool/lab", Role: "PVEVMAdmin", Propagate: true},
			{Path: "/pool/lab", Role: "PVEDatastoreUser", Propagate: true},
		},
		summary: "manages the guests of pool lab and allocates space on its storages"},
	{product: catalog.PBS, user: "auditor@pbs", comment: "read-only account",
		grants:  []aclEntry{{Path: "/", Role: "Audit", Propagate: true}},
		summary: "reads configuration and status, changes nothing"},
	{product: catalog.PBS, user: "backup@pbs", comment: "backup client of store1",
		grants: []aclEntry{
			{Path: "/datastore/store1", Role: "DatastoreBackup", Propagate: true},
			{Path: "/datastore/store1", Role: "DatastoreReader", Propagate: true},
		},
		summary: "backs up to, reads and verifies datastore store1"},
}

// seededTokenName is the name of every seeded identity's token.
const seededTokenName = "mcp"

// seedIdentities creates the seeded users, their tokens and ACLs.
func (st *state) seedIdentities() {
	for _, si := range seededIdentities {
		db := st.users(si.product)
		u := db.ensure(si.user)
		u.Comment = si.comment
		tokenID := si.user + "!" + seededTokenName
		u.Tokens[seededTokenName] = &apiToken{Name: seededTokenName, Secret: st.s.seededSecret(si.product, si.user), Privsep: true, Comment: "proxmox-mcp"}
		for _, g := range si.grants {
			st.grant(si.product, si.user, g)
			st.grant(si.product, tokenID, g)
		}
	}
}

// grant adds an ACL entry for a user or token.
func (st *state) grant(p catalog.Product, authID string, g aclEntry) {
	a := &aclEntry{Path: normalACLPath(g.Path), UGID: authID, Role: g.Role, Propagate: g.Propagate, Type: "user"}
	if p == catalog.PBS {
		st.pbsUsers.setPBS(a)
		return
	}
	if isTokenID(authID) {
		a.Type = "token"
	}
	st.pveUsers.setPVE(a)
}

// grantFull makes a configured token reach everything: on PVE its user
// is given Administrator on / (root@pam needs nothing) and the token
// carries its user's privileges; PBS tokens are always limited to their
// own ACL, so the token gets Admin on / as well.
func (st *state) grantFull(p catalog.Product, tokenID string) {
	user, _ := splitTokenID(tokenID)
	full := aclEntry{Path: "/", Role: "Administrator", Propagate: true}
	if p == catalog.PBS {
		full.Role = "Admin"
		st.grant(p, tokenID, full)
	}
	if user != "root@pam" {
		st.grant(p, user, full)
	}
}

// seededSecret derives a seeded token's secret from Options.SecretSeed,
// or from Seed.
func (s *Simulator) seededSecret(p catalog.Product, user string) string {
	purpose := string(p) + "-" + user + "-token"
	if s.opts.SecretSeed == "" {
		return uuidFrom(derived(s.opts.Seed, purpose))
	}
	sum := sha256.Sum256([]byte(s.opts.SecretSeed + "\x00" + purpose))
	return uuidFrom(fmt.Sprintf("%x", sum[:]))
}

// SeededTokens lists the API tokens the simulator was started with: the
// configured full-power token of each product first, then the scoped
// ones (none with Options.Empty).
func (s *Simulator) SeededTokens() []SeededToken {
	s.lock()
	defer s.unlock()
	var out []SeededToken
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		t := s.token(p)
		out = append(out, SeededToken{Product: p, ID: t.ID, Secret: t.Secret, Grants: s.st.grantsOf(p, t.ID), Summary: "full access (the configured token)"})
	}
	for _, si := range seededIdentities {
		id := si.user + "!" + seededTokenName
		tok := s.st.users(si.product).token(id)
		if tok == nil {
			continue
		}
		out = append(out, SeededToken{Product: si.product, ID: id, Secret: tok.Secret, Grants: s.st.grantsOf(si.product, id), Summary: si.summary})
	}
	return out
}

// grantsOf describes a token's own ACL entries, or for a token without
// privilege separation its user's.
func (st *state) grantsOf(p catalog.Product, tokenID string) []string {
	subject := tokenID
	if tok := st.users(p).token(tokenID); p == catalog.PVE && tok != nil && !tok.Privsep {
		subject, _ = splitTokenID(tokenID)
		if subject == "root@pam" {
			return []string{"root@pam's privileges (all)"}
		}
	}
	var out []string
	for _, a := range st.users(p).acl {
		if a.UGID == subject && a.Type != "group" {
			out = append(out, a.Role+" on "+a.Path)
		}
	}
	return out
}
