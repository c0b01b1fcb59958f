package mcpserver

import (
	"context"
	"fmt"
	"maps"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// resolveTarget fills in what the caller may leave out before the request
// is prepared: the node of a guest (and its id, when the caller named it),
// the datastore of a backup server that has one. A call it refuses sends
// nothing; the only requests it makes are the reads that find the target.
func (s *Server) resolveTarget(ctx context.Context, e *inventory.Entry, args map[string]any) (map[string]any, error) {
	switch {
	case e.Op.Guest != "":
		return s.resolveGuest(ctx, e, args)
	case e.Op.StoreImplied:
		return s.resolveStore(ctx, e, args)
	case movesGuests(e.Op):
		s.resolver(ctx).moves.start(0, "")
	}
	return args, nil
}

// resolveGuest finds the guest a call names by id or name. With the node
// left out it fills in the guest's node; with a node given it checks it,
// and refuses a node or a guest type that does not match what the
// cluster says. When the cluster cannot say (the read failed, or the
// token may not audit the guest), a call that gave the node and the id is
// sent as it is and Proxmox decides.
func (s *Server) resolveGuest(ctx context.Context, e *inventory.Entry, args map[string]any) (map[string]any, error) {
	ref, ok := guestRefOf(args["vmid"])
	if !ok {
		return args, nil // missing or malformed: wire.Prepare says what is wrong
	}
	node, ok := nodeArg(args)
	if !ok {
		return args, nil
	}
	refused, err := precheck(e, args, ref, node)
	switch {
	case err != nil:
		return nil, err
	case refused && node != "":
		return args, nil // refused whatever the guest is: nothing to check
	}
	r := s.resolver(ctx)
	g, err := r.findGuest(ctx, ref, node)
	if err != nil {
		if node != "" && ref.name == "" {
			return args, nil
		}
		return nil, s.lookupError(e, ref, err)
	}
	if err := s.checkGuest(ctx, e, g, node); err != nil {
		return nil, err
	}
	if movesGuests(e.Op) {
		r.moves.start(g.VMID, g.Node)
	}
	out := maps.Clone(args)
	out["node"], out["vmid"] = g.Node, g.VMID
	return out, nil
}

// precheck refuses arguments that are wrong whatever the target is,
// before anything is read: the rest of the call is prepared with the
// target's parts standing in (a valid node, an id for a name). refused
// reports a call the policy refuses for its arguments (the server's
// no-destructive switch): with the node given there is nothing to check.
func precheck(e *inventory.Entry, args map[string]any, ref guestRef, node string) (refused bool, err error) {
	trial := maps.Clone(args)
	if node == "" {
		trial["node"] = placeholderNode
	}
	if ref.name != "" {
		trial["vmid"] = placeholderVMID
	}
	prepared, err := wire.Prepare(e.Op, trial)
	if err != nil {
		return false, notSent(invalidArguments(e, err))
	}
	return e.CheckCall(e.Decision.Call(prepared.Params())) != "", nil
}

// Stand-ins for precheck: a valid node name and guest id.
const (
	placeholderNode = "localhost"
	placeholderVMID = 100
)

// nodeArg is the node the caller gave ("" when left out or empty); ok
// is false for a node that is not a string, which the argument check
// refuses.
func nodeArg(args map[string]any) (node string, ok bool) {
	switch v := args["node"].(type) {
	case nil:
		return "", true
	case string:
		return v, true
	}
	return "", false
}

// notSent is a call the resolver refused; its text is for the caller
// (what was wrong, how to call again).
type notSent string

func (n notSent) Error() string { return string(n) }

func refuse(format string, a ...any) error { return notSent(fmt.Sprintf(format, a...)) }
