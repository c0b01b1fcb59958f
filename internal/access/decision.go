package access

import (
	"net/http"
	"strings"
)

// Decision is the outcome of an operation's permission check for one call.
type Decision struct {
	Allowed bool
	// Status and Message are Proxmox's answer to a refused call:
	// 403 "Permission check failed (/vms/101, VM.PowerMgmt)" (PBS:
	// "permission check failed"), or the 500 "no such user ('x')" PVE
	// dies with when a check names an account that does not exist.
	Status  int
	Message string
	// Missing is what would have let the call through: the failed
	// requirement, or each failed alternative of an "or".
	Missing []Requirement
	// Granted are the requirements the call passed with.
	Granted []Requirement
}

// Explain says why a call was refused in terms of privileges and
// paths ("VM.PowerMgmt on /vms/101"), or "" when it was allowed.
func (d Decision) Explain() string {
	if d.Allowed {
		return ""
	}
	if len(d.Missing) == 0 {
		return d.Message
	}
	parts := make([]string, len(d.Missing))
	for i, r := range d.Missing {
		parts[i] = r.String()
	}
	if len(parts) == 1 {
		return "needs " + parts[0]
	}
	return "needs one of: " + strings.Join(parts, "; ")
}

// Requirement is one thing a check asks for: privileges on a path, or an
// account condition.
type Requirement struct {
	Privs []string
	Any   bool   // one of Privs suffices
	Path  string // a concrete ACL path, or a template for Availability
	// Account is set for checks on who the caller is rather than on
	// privileges: AccountRoot (root@pam only) or AccountSelf (the call's
	// userid must be the caller).
	Account string
}

// Account conditions of a Requirement.
const (
	AccountRoot = "root@pam"
	AccountSelf = "self"
)

func (r Requirement) String() string {
	switch r.Account {
	case AccountRoot:
		return "root@pam (no API token)"
	case AccountSelf:
		return "the caller's own account as userid"
	}
	sep := " and "
	if r.Any {
		sep = " or "
	}
	return strings.Join(r.Privs, sep) + " on " + r.Path
}

func allowed(granted []Requirement) Decision {
	return Decision{Allowed: true, Granted: granted}
}

// refusal is a failed check: Proxmox raises an exception that ends the
// evaluation, whatever "or" it is inside.
type refusal struct {
	status  int
	message string
}

// permFailed is PVE::Exception::raise_perm_exc: "Permission check failed"
// with the failed path and privileges in parentheses when known.
func permFailed(what string) *refusal {
	msg := "Permission check failed"
	if what != "" {
		msg += " (" + what + ")"
	}
	return &refusal{status: http.StatusForbidden, message: msg}
}

// noSuchUser is PVE::AccessControl::check_user_exist's die: a plain die,
// so pveproxy answers 500.
func noSuchUser(userid string) *refusal {
	return &refusal{status: http.StatusInternalServerError, message: "no such user ('" + userid + "')"}
}

// pbsRefused is proxmox-rest-server's answer to a failed check: no
// detail, whatever failed.
func pbsRefused() *refusal {
	return &refusal{status: http.StatusForbidden, message: "permission check failed"}
}

func (r *refusal) decision(missing []Requirement) Decision {
	return Decision{Status: r.status, Message: r.message, Missing: missing}
}
