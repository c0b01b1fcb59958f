package mcpserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// ReadSubject reads what the credentials behind up may do: GET
// /access/permissions (both products answer it for the caller), with the
// identity the configuration names, and on PVE the groups and members the
// caller may see (GET /access/groups): account checks (userid-group) pass
// only for groups whose members the caller may manage, so without them
// account and token operations would be offered that Proxmox refuses.
func ReadSubject(ctx context.Context, up Upstream, p catalog.Product, id access.Identity) (*access.Subject, error) {
	raw, err := readAccess(ctx, up, p, "permissions")
	if err != nil {
		return nil, err
	}
	perms, err := access.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("unexpected /access/permissions answer: %w", err)
	}
	return &access.Subject{Identity: id, Privileges: perms, Directory: readDirectory(ctx, up, p)}, nil
}

// readDirectory is the PVE groups listing as the evaluator reads it; nil
// (unknown: account checks are left to Proxmox) when the product has none
// or the caller may not list groups.
func readDirectory(ctx context.Context, up Upstream, p catalog.Product) *access.Directory {
	if p != catalog.PVE {
		return nil
	}
	raw, err := readAccess(ctx, up, p, "groups")
	if err != nil {
		return nil
	}
	var groups []struct {
		GroupID string `json:"groupid"`
		Users   string `json:"users"`
	}
	if json.Unmarshal(raw, &groups) != nil {
		return nil
	}
	d := &access.Directory{Groups: make(map[string][]string, len(groups))}
	for _, g := range groups {
		var members []string
		if g.Users != "" {
			members = strings.Split(g.Users, ",")
		}
		d.Groups[g.GroupID] = members
	}
	return d
}

// readAccess sends GET /access/<what> of the product, which takes no
// arguments.
func readAccess(ctx context.Context, up Upstream, p catalog.Product, what string) (json.RawMessage, error) {
	op := apis.Catalog(p).Lookup(string(p) + "_get_access_" + what)
	if op == nil {
		return nil, fmt.Errorf("%s has no /access/%s operation", p.Title(), what)
	}
	req, err := wire.Prepare(op, map[string]any{})
	if err != nil {
		return nil, err
	}
	return up.Send(ctx, req)
}

// Permissions are re-read when Proxmox refuses a call (its ACL cache is
// short-lived, so a grant may be newer than what was read) and when they
// are older than maxPermissionAge; never more often than
// minPermissionGap.
const (
	maxPermissionAge = 5 * time.Minute
	permissionRead   = 5 * time.Second
)

// minPermissionGap is a variable so tests can shorten it.
var minPermissionGap = 10 * time.Second

// permissionState is one target's view of its credentials' privileges.
type permissionState struct {
	mu   sync.Mutex
	subj *access.Subject
	read time.Time
}

// permissionsOf is the state of the target in ctx (nil: no filtering):
// the caller's when the request brings its own credentials.
func (s *Server) permissionsOf(ctx context.Context, p catalog.Product) *permissionState {
	if st, ok := callerState(ctx, s, p); ok {
		return st
	}
	key := stateKey(p, targetOf(ctx))
	s.permMu.Lock()
	defer s.permMu.Unlock()
	if st, ok := s.perms[key]; ok {
		return st
	}
	subj := s.inv.Subject(p, targetOf(ctx))
	if subj == nil {
		s.perms[key] = nil
		return nil
	}
	st := &permissionState{subj: subj, read: time.Now()}
	s.perms[key] = st
	return st
}

// predictRefusal is the permission check Proxmox would make of this call,
// made before it is sent: "" when it would pass (or nothing is known).
// A refusal from stale privileges is checked again with fresh ones.
func (s *Server) predictRefusal(ctx context.Context, e *inventory.Entry, args map[string]any) string {
	st := s.permissionsOf(ctx, e.Op.Product)
	if st == nil || !e.PermissionChecked() {
		return ""
	}
	d := st.current(ctx, s, e.Op.Product, false).Decide(e.Op, args)
	if d.Allowed {
		return ""
	}
	if fresh := st.current(ctx, s, e.Op.Product, true); fresh != nil {
		if d = fresh.Decide(e.Op, args); d.Allowed {
			return ""
		}
	}
	return fmt.Sprintf("Not sent: %s %s; the credentials %s do not hold that (Proxmox would answer %d %s).",
		e.Name, d.Explain(), st.identity().AuthID(), d.Status, d.Message)
}

// afterRefusal re-reads the privileges after Proxmox refused a call and
// says what they lack for it.
func (s *Server) afterRefusal(ctx context.Context, e *inventory.Entry, args map[string]any, err error) string {
	var ae *proxmox.APIError
	if !errors.As(err, &ae) || ae.Status != http.StatusForbidden {
		return ""
	}
	st := s.permissionsOf(ctx, e.Op.Product)
	if st == nil || !e.PermissionChecked() {
		return ""
	}
	if d := st.current(ctx, s, e.Op.Product, true).Decide(e.Op, args); !d.Allowed {
		return fmt.Sprintf("The credentials' permissions were read again: this call %s.", d.Explain())
	}
	return ""
}

func (st *permissionState) identity() access.Identity {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.subj.Identity
}

// current is the subject to decide with, re-read when asked (refresh) or
// when old, at most every minPermissionGap. A failed read keeps the last.
func (st *permissionState) current(ctx context.Context, s *Server, p catalog.Product, refresh bool) *access.Subject {
	st.mu.Lock()
	defer st.mu.Unlock()
	age := time.Since(st.read)
	if (refresh || age > maxPermissionAge) && age > minPermissionGap {
		st.read = time.Now()
		rctx, cancel := context.WithTimeout(ctx, permissionRead)
		defer cancel()
		if subj, err := ReadSubject(rctx, s.upstream(ctx, p), p, st.subj.Identity); err == nil {
			st.subj = subj
		} else {
			s.logf("re-reading %s permissions: %v", p.Title(), err)
		}
	}
	return st.subj
}
