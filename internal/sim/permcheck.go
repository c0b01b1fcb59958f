package sim

import (
	"net/http"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// permit runs the operation's published permission check for the caller,
// as pveproxy (check_api2_permissions) and proxmox-rest-server
// (check_api_permission) do before the handler: a refusal is the
// daemon's answer and nothing happens.
func (s *Simulator) permit(c *call) *apiError {
	if c.op.Permissions.User == "world" {
		return nil
	}
	d := s.Decide(c.op, c.who.AuthID, c.args)
	if d.Allowed {
		return nil
	}
	return &apiError{Status: d.Status, Message: d.Message}
}

// Decide evaluates an operation's permission check for an auth ID
// (user@realm or user@realm!token) with the given arguments against the
// simulator's current ACLs, exactly as a request would be checked.
func (s *Simulator) Decide(op *catalog.Operation, authID string, args map[string]any) access.Decision {
	s.lock()
	defer s.unlock()
	return s.st.subject(op.Product, authID).Decide(op, args)
}

// Subject is the auth ID as the simulator's own checks see it: its
// effective privileges and the product's accounts and group members. Tests
// use it as the reference a client's view is compared with. Its
// privileges are read from the live state: use it while no request is
// being served.
func (s *Simulator) Subject(p catalog.Product, authID string) *access.Subject {
	s.lock()
	defer s.unlock()
	return s.st.subject(p, authID)
}

// Permissions is what GET /access/permissions answers an auth ID, as the
// evaluator reads it.
func (s *Simulator) Permissions(p catalog.Product, authID string) access.Permissions {
	s.lock()
	defer s.unlock()
	return s.st.effective(p, authID)
}

// The handlers' own checks, for lists Proxmox filters by permission and
// for checks that depend on the objects named. They run with the state
// lock held.

// can is RPCEnvironment::check with noerr: all the privileges on path.
func (c *call) can(st *state, path string, privs ...string) bool {
	held := st.privsAt(c.product, c.authid(), path)
	for _, p := range privs {
		if !held.Has(p) {
			return false
		}
	}
	return true
}

// canAny is check_any with noerr (PBS: a partial match).
func (c *call) canAny(st *state, path string, privs ...string) bool {
	held := st.privsAt(c.product, c.authid(), path)
	for _, p := range privs {
		if held.Has(p) {
			return true
		}
	}
	return false
}

// permFailed is PVE's 403 for a failed check inside a handler.
func permFailed(path string, privs ...string) *apiError {
	what := path
	if len(privs) > 0 {
		what += ", " + strings.Join(privs, "|")
	}
	return errorf(http.StatusForbidden, "Permission check failed (%s)", what)
}

// rootOnly: an operation Proxmox publishes no check for, which only
// root@pam itself (not one of its tokens) may call.
func rootOnly(op *catalog.Operation) bool {
	return op.Permissions.User == "" && op.Permissions.Check == nil
}

// canBelow is PBS's any_privs_below: one of the privileges on an ACL
// path under path.
func (c *call) canBelow(st *state, path string, privs ...string) bool {
	for _, p := range st.users(c.product).treePaths() {
		if strings.HasPrefix(p, path+"/") && c.canAny(st, p, privs...) {
			return true
		}
	}
	return false
}
