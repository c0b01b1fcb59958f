package sim

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// identity is who a request authenticated as.
type identity struct {
	AuthID string // user@realm, or user@realm!token for API tokens
	User   string // user@realm
	Token  bool   // authenticated with an API token
	Ticket bool   // authenticated with a ticket cookie
}

// ticketInfo is an issued login ticket.
type ticketInfo struct {
	product catalog.Product
	user    string
	csrf    string
	issued  time.Time
}

// ticketLifetime is how long Proxmox accepts a ticket.
const ticketLifetime = 2 * time.Hour

// authenticate checks a request's credentials the way the product's API
// daemon does and returns the caller, or the 401 the daemon would send.
func (s *Simulator) authenticate(p catalog.Product, r *http.Request) (identity, *apiError) {
	ticket := authValue(r, cookieName(p))
	if ticket != "" {
		return s.checkTicket(p, r, ticket)
	}
	if tok := wire.HeaderCredential(r.Header.Get("Authorization"), wire.TokenScheme(p)); tok != "" {
		return s.checkToken(p, tok)
	}
	if p == catalog.PBS {
		return identity{}, pbsAuthError("no authentication credentials provided.")
	}
	return identity{}, pveAuthError("No ticket")
}

func cookieName(p catalog.Product) string {
	if p == catalog.PBS {
		return "PBSAuthCookie"
	}
	return "PVEAuthCookie"
}

// pveAuthError: pveproxy answers 401 with the die message as the reason
// phrase and no body.
func pveAuthError(msg string) *apiError {
	return &apiError{Status: http.StatusUnauthorized, Message: msg, NoBody: true}
}

// pbsAuthError: proxmox-rest-server prefixes "authentication failed - ".
func pbsAuthError(msg string) *apiError {
	return &apiError{Status: http.StatusUnauthorized, Message: "authentication failed - " + msg}
}

// authValue finds the ticket: the cookie first, then (as pveproxy does) a
// "PVEAuthCookie=…" in the Authorization header.
func authValue(r *http.Request, name string) string {
	if c, err := r.Cookie(name); err == nil && c.Value != "" {
		return unescapeAuth(c.Value)
	}
	return unescapeAuth(wire.HeaderCredential(r.Header.Get("Authorization"), name))
}

func unescapeAuth(v string) string {
	if u, err := url.PathUnescape(v); err == nil {
		return u
	}
	return v
}

// checkTicket validates a ticket and, for anything but GET, the CSRF
// prevention token that must come with it.
func (s *Simulator) checkTicket(p catalog.Product, r *http.Request, ticket string) (identity, *apiError) {
	now := s.lock()
	t, ok := s.st.tickets[ticket]
	s.unlock()
	if !ok || t.product != p || now.Sub(t.issued) > ticketLifetime {
		if p == catalog.PBS {
			return identity{}, pbsAuthError("invalid ticket - expired or signature mismatch")
		}
		return identity{}, pveAuthError("authentication failure")
	}
	if r.Method != http.MethodGet && r.Header.Get("CSRFPreventionToken") != t.csrf {
		if p == catalog.PBS {
			if r.Header.Get("CSRFPreventionToken") == "" {
				return identity{}, pbsAuthError("missing CSRF prevention token")
			}
			return identity{}, pbsAuthError("invalid CSRF prevention token")
		}
		return identity{}, pveAuthError("Permission denied - invalid csrf token")
	}
	return identity{AuthID: t.user, User: t.user, Ticket: true}, nil
}

// tokenIDPattern is user@realm!name as both products parse it.
var tokenIDPattern = lazyRegexp(`^([^\s!]+@[^\s!]+)!([^\s!]+)$`)

// checkToken validates "ID=SECRET" (PVE) or "ID:SECRET" (PBS).
func (s *Simulator) checkToken(p catalog.Product, v string) (identity, *apiError) {
	id, secret, ok := wire.SplitToken(p, v)
	if !ok {
		if p == catalog.PBS {
			return identity{}, pbsAuthError("failed to split API token header")
		}
		return identity{}, pveAuthError("no tokenid specified")
	}
	m := tokenIDPattern().FindStringSubmatch(id)
	if m == nil {
		if p == catalog.PBS {
			return identity{}, pbsAuthError(fmt.Sprintf("value '%s' does not look like a valid token ID", id))
		}
		return identity{}, pveAuthError(fmt.Sprintf("'%s' is not a valid token ID", id))
	}
	if e := s.verifyToken(p, m[1], m[2], secret); e != nil {
		return identity{}, e
	}
	return identity{AuthID: id, User: m[1], Token: true}, nil
}

// verifyToken checks the user and token exist and the secret matches,
// with each product's wording.
func (s *Simulator) verifyToken(p catalog.Product, user, name, secret string) *apiError {
	now := s.lock()
	defer s.unlock()
	u := s.st.users(p).users[user]
	if u == nil || !u.Enable {
		if p == catalog.PBS {
			return pbsAuthError("user account or token disabled or expired.")
		}
		if u == nil {
			return pveAuthError(fmt.Sprintf("no such user ('%s')", user))
		}
		return pveAuthError(fmt.Sprintf("user '%s' is disabled", user))
	}
	t := u.Tokens[name]
	if t == nil || (t.Expire > 0 && t.Expire < now.Unix()) {
		if p == catalog.PBS {
			return pbsAuthError("user account or token disabled or expired.")
		}
		if t == nil {
			return pveAuthError(fmt.Sprintf("no such token '%s' for user '%s'", name, user))
		}
		return pveAuthError(fmt.Sprintf("token '%s' access expired", name))
	}
	if t.Secret != secret {
		if p == catalog.PBS {
			return pbsAuthError("invalid API token secret")
		}
		return pveAuthError("invalid token value!")
	}
	return nil
}

// tokenRefused is the answer to an API token on an operation Proxmox
// allows only with a ticket (allowtoken 0).
func tokenRefused(p catalog.Product, rel string) *apiError {
	if p == catalog.PBS {
		return errorf(http.StatusForbidden, "permission check failed")
	}
	return errorf(http.StatusForbidden, "Permission check failed (URI '%s' not available with API token, need proper ticket.)", rel)
}

// login checks a password and issues a ticket and CSRF token.
func (s *Simulator) login(p catalog.Product, username, password string) (map[string]any, *apiError) {
	now := s.lock()
	defer s.unlock()
	u := s.st.users(p).users[username]
	if u == nil || !u.Enable || u.Password == "" || u.Password != password {
		if p == catalog.PBS {
			return nil, errorf(http.StatusUnauthorized, "permission check failed.")
		}
		return nil, errorf(http.StatusUnauthorized, "authentication failure")
	}
	ticket, csrf := newTicket(p, username, now)
	s.st.tickets[ticket] = &ticketInfo{product: p, user: username, csrf: csrf, issued: now}
	out := map[string]any{"username": username, "ticket": ticket, "CSRFPreventionToken": csrf}
	if p == catalog.PVE {
		out["clustername"] = clusterName
		out["cap"] = capabilities()
	}
	return out, nil
}

// newTicket makes a ticket shaped like Proxmox's
// (PVE:user@realm:HEXTIME::signature) and a CSRF token (HEXTIME:signature).
func newTicket(p catalog.Product, user string, now time.Time) (ticket, csrf string) {
	prefix := "PVE"
	if p == catalog.PBS {
		prefix = "PBS"
	}
	ts := fmt.Sprintf("%08X", now.Unix())
	return fmt.Sprintf("%s:%s:%s::%s", prefix, user, ts, randomB64(256)), ts + ":" + randomB64(32)
}

// randomB64 is n random bytes, base64: tickets must not be guessable even
// in a simulator that may listen on a network.
func randomB64(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.StdEncoding.EncodeToString(b)
}

// capabilities is the "cap" member of a PVE login answer.
func capabilities() map[string]any {
	all := func(privs ...string) map[string]any {
		m := map[string]any{}
		for _, p := range privs {
			m[p] = 1
		}
		return m
	}
	return map[string]any{
		"vms":     all("VM.Allocate", "VM.Audit", "VM.Config.CPU", "VM.Config.Disk", "VM.Config.Memory", "VM.Config.Network", "VM.Config.Options", "VM.Console", "VM.Migrate", "VM.PowerMgmt", "VM.Snapshot", "VM.Backup", "VM.Clone"),
		"storage": all("Datastore.Allocate", "Datastore.AllocateSpace", "Datastore.Audit"),
		"nodes":   all("Sys.Audit", "Sys.Console", "Sys.Modify", "Sys.PowerMgmt", "Sys.Syslog"),
		"access":  all("User.Modify", "Group.Allocate", "Permissions.Modify"),
		"dc":      all("Sys.Audit", "Sys.Modify", "SDN.Allocate", "SDN.Audit"),
		"sdn":     all("SDN.Allocate", "SDN.Audit", "SDN.Use"),
		"mapping": all("Mapping.Audit", "Mapping.Modify", "Mapping.Use"),
	}
}

// randomHex is n random bytes in hex, for generated token secrets.
func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return fmt.Sprintf("%x", b)
}
