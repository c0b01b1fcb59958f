package mcpserver

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// guestRef is how a call names its guest: by id, or by name where the
// vmid goes ("vmid": "web-01").
type guestRef struct {
	id   int
	name string
}

// guestRefOf reads the vmid argument. A string is a name when it is not
// a number and is a valid guest name (a DNS name, Proxmox's format for
// both a VM's name and a container's hostname: pve-common
// src/PVE/JSONSchema.pm pve_verify_dns_name); anything else is left to
// the argument check.
func guestRefOf(v any) (guestRef, bool) {
	switch x := v.(type) {
	case string:
		if id, err := strconv.Atoi(x); err == nil {
			return guestRef{id: id}, id > 0
		}
		if formats.Check("dns-name", x) == nil {
			return guestRef{name: x}, true
		}
	case json.Number:
		return guestRefOf(x.String())
	case float64:
		if x == math.Trunc(x) && x > 0 && x < math.MaxInt32 {
			return guestRef{id: int(x)}, true
		}
	case int:
		return guestRef{id: x}, x > 0
	case int64:
		return guestRef{id: int(x)}, x > 0 && x < math.MaxInt32
	}
	return guestRef{}, false
}

func (r guestRef) String() string {
	if r.name != "" {
		return strconv.Quote(r.name)
	}
	return strconv.Itoa(r.id)
}

// The ways a lookup finds no single guest.
type (
	// readFailure: the cluster resources could not be read.
	readFailure struct{ err error }
	// noGuest: the cluster lists no guest by that id or name; closest are
	// the nearest names, for a name.
	noGuest struct{ closest []guestRecord }
	// sameName: several guests have the name.
	sameName struct{ matches []guestRecord }
)

func (e *readFailure) Error() string { return e.err.Error() }
func (e *noGuest) Error() string     { return "no such guest" }
func (e *sameName) Error() string    { return "several guests have this name" }

// findGuest looks the guest up in the cached guest list. A miss, or a
// node that disagrees with a cached entry, reads the list again before it
// is believed; so does a guest this server has started to migrate.
func (r *resolver) findGuest(ctx context.Context, ref guestRef, node string) (guestRecord, error) {
	ctx, cancel := context.WithTimeout(ctx, targetReadTimeout())
	defer cancel()
	maxAge := listTTL
	if ref.id > 0 && r.moves.unsettled(ref.id) {
		maxAge = 0
	}
	list, fresh, err := r.guests.get(ctx, maxAge)
	if err != nil {
		return guestRecord{}, &readFailure{err}
	}
	g, err := match(list, ref)
	doubt := errors.As(err, new(*noGuest)) || err == nil && node != "" && g.Node != node
	if doubt && !fresh {
		if list, fresh, err = r.guests.get(ctx, 0); err != nil {
			return guestRecord{}, &readFailure{err}
		}
		g, err = match(list, ref)
	}
	if err == nil && fresh {
		r.moves.seen(g)
	}
	return g, err
}

// match finds the guest by id, or by its exact name (or, failing that, a
// name that differs only in case), which must be unique.
func match(list []guestRecord, ref guestRef) (guestRecord, error) {
	if ref.name == "" {
		for _, g := range list {
			if g.VMID == ref.id {
				return g, nil
			}
		}
		return guestRecord{}, &noGuest{}
	}
	for _, same := range []func(string) bool{
		func(n string) bool { return n == ref.name },
		func(n string) bool { return strings.EqualFold(n, ref.name) },
	} {
		var found []guestRecord
		for _, g := range list {
			if same(g.Name) {
				found = append(found, g)
			}
		}
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return guestRecord{}, &sameName{found}
		}
	}
	return guestRecord{}, &noGuest{closest: closestNames(list, ref.name, maxCandidates)}
}

// maxCandidates bounds the guests an error lists.
const maxCandidates = 5

// checkGuest refuses a call whose node or guest type is not the guest's.
func (s *Server) checkGuest(ctx context.Context, e *inventory.Entry, g guestRecord, node string) error {
	if g.Kind != e.Op.Guest {
		return s.wrongKind(ctx, e, g)
	}
	if node != "" && node != g.Node {
		return refuse("%s %d is on %s (not %s); call again with node=%s or leave node out. Nothing was sent to Proxmox.",
			g.Kind.Title(), g.VMID, g.Node, node, g.Node)
	}
	return nil
}

// wrongKind names the same operation for the guest's actual type, found
// in the catalog by its path.
func (s *Server) wrongKind(ctx context.Context, e *inventory.Entry, g guestRecord) error {
	what := fmt.Sprintf("%d (%s) is %s, and %s works on %s", g.VMID, g.Name, kindPhrase(g.Kind), e.Name, kindPlural(e.Op.Guest))
	twin := guestTwin(e.Op, g.Kind)
	if twin == nil {
		return refuse("%s only: there is no %s %s %s. Nothing was sent to Proxmox.",
			what, strings.TrimSuffix(kindPlural(g.Kind), "s"), e.Op.Method, e.Op.GuestPath(g.Kind))
	}
	view := s.view(ctx)
	name := view.Inventory().Entry(twin).Name
	msg := fmt.Sprintf("%s: use %s (%s %s) with the same arguments", what, name, twin.Method, twin.Path)
	if why := view.WhyNot(twin); why != "" {
		msg += " (not open to this session: " + why + ")"
	} else if _, listed := view.Inventory().Tool(name); !listed {
		msg += " through " + s.inv.CallWith(view.Inventory().Entry(twin))
	}
	return notSent(msg + ". Nothing was sent to Proxmox.")
}

// guestTwin is the operation at the same place for the other guest type.
func guestTwin(op *catalog.Operation, kind catalog.GuestKind) *catalog.Operation {
	path := op.GuestPath(kind)
	ops := catalog.Registered(op.Product).Operations
	for i := range ops {
		if ops[i].Path == path && ops[i].Method == op.Method {
			return &ops[i]
		}
	}
	return nil
}

func kindPhrase(k catalog.GuestKind) string {
	if k == catalog.LXC {
		return "a container (lxc)"
	}
	return "a QEMU VM (qemu)"
}

func kindPlural(k catalog.GuestKind) string {
	if k == catalog.LXC {
		return "containers"
	}
	return "QEMU VMs"
}

// lookupError says why no guest was found and how to call again.
func (s *Server) lookupError(e *inventory.Entry, ref guestRef, err error) error {
	var rf *readFailure
	var ng *noGuest
	var sn *sameName
	switch {
	case errors.As(err, &rf) && ref.name != "":
		return refuse("Could not look up the guest named %s: reading the cluster resources (GET /cluster/resources) failed: %v. Call again with the numeric vmid and node. Nothing was sent to Proxmox.", ref, rf.err)
	case errors.As(err, &rf):
		return refuse("Could not find the node of %s %d: reading the cluster resources (GET /cluster/resources) failed: %v. Call again with node=<its node>. Nothing was sent to Proxmox.", e.Op.Guest.Title(), ref.id, rf.err)
	case errors.As(err, &sn):
		return refuse(`argument "vmid": %s names %d guests: %s; call again with the id. Nothing was sent to Proxmox.`, ref, len(sn.matches), guestList(sn.matches))
	case errors.As(err, &ng) && ref.name != "":
		return refuse(`argument "vmid": %s is no guest's name in the cluster resources%s. Call again with a guest's id or exact name. Nothing was sent to Proxmox.`, ref, closestText(ng.closest))
	}
	return refuse("No guest %d in the cluster resources (they list only the guests this token may audit: VM.Audit on /vms/%d): check the vmid, or call again with node=<its node> to send the call anyway. Nothing was sent to Proxmox.", ref.id, ref.id)
}

func closestText(gs []guestRecord) string {
	if len(gs) == 0 {
		return " (which list no guest this token may see)"
	}
	return "; closest: " + guestList(gs)
}

// guestList is "web-01 (VM 100 on pve1), dns-01 (Container 200 on pve1)".
func guestList(gs []guestRecord) string {
	parts := make([]string, len(gs))
	for i, g := range gs {
		parts[i] = fmt.Sprintf("%s (%s %d on %s)", g.Name, g.Kind.Title(), g.VMID, g.Node)
	}
	return strings.Join(parts, ", ")
}
