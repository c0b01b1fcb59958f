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
// For a guest it returns the prepared request too — checked as given, or
// with stand-ins pointed at the guest found — so the call is prepared
// once.
func (s *Server) resolveTarget(ctx context.Context, e *inventory.Entry, args map[string]any) (map[string]any, *wire.Request, error) {
	switch {
	case e.Op.Guest != "":
		return s.resolveGuest(ctx, e, args)
	case e.Op.StoreImplied:
		out, err := s.resolveStore(ctx, e, args)
		return out, nil, err
	case movesGuests(e.Op):
		s.resolver(ctx).moves.start(0, "")
	}
	return args, nil, nil
}

// resolveGuest finds the guest a call names by id or name. With the node
// left out it fills in the guest's node; with a node given it checks it,
// and refuses a node or a guest type that does not match what the
// cluster says. When the cluster cannot say (the read failed, or the
// token may not audit the guest), a call that gave the node and the id is
// sent as it is and Proxmox decides.
func (s *Server) resolveGuest(ctx context.Context, e *inventory.Entry, args map[string]any) (map[string]any, *wire.Request, error) {
	ref, ok := guestRefOf(args["vmid"])
	if !ok {
		return args, nil, nil // missing or malformed: wire.Prepare says what is wrong
	}
	node, ok := nodeArg(args)
	if !ok {
		return args, nil, nil
	}
	trial, refused, err := precheck(e, args, ref, node)
	// The trial is the call itself when nothing stood in for the target.
	var asGiven *wire.Request
	if node != "" && ref.name == "" {
		asGiven = trial
	}
	switch {
	case err != nil:
		return nil, nil, err
	case refused && node != "":
		return args, asGiven, nil // refused whatever the guest is: nothing to check
	}
	r := s.resolver(ctx)
	g, err := r.findGuest(ctx, ref, node)
	if err != nil {
		if asGiven != nil {
			return args, asGiven, nil
		}
		return nil, nil, s.lookupError(e, ref, err)
	}
	if err := s.checkGuest(ctx, e, g, node); err != nil {
		return nil, nil, err
	}
	if movesGuests(e.Op) {
		r.moves.start(g.VMID, g.Node)
	}
	if asGiven != nil { // the cluster agrees with the node and id given
		return args, asGiven, nil
	}
	prepared, err := trial.WithPathValues(map[string]any{"node": g.Node, "vmid": g.VMID})
	if err != nil { // the cluster named a node or id its own schema refuses
		return nil, nil, notSent(invalidArguments(e, err))
	}
	out := maps.Clone(args)
	out["node"], out["vmid"] = g.Node, g.VMID
	return out, prepared, nil
}

// precheck refuses arguments that are wrong whatever the target is,
// before anything is read: the rest of the call is prepared with the
// target's parts standing in (a valid node, an id for a name). refused
// reports a call the policy refuses for its arguments (the server's
// no-destructive switch): with the node given there is nothing to check.
func precheck(e *inventory.Entry, args map[string]any, ref guestRef, node string) (trial *wire.Request, refused bool, err error) {
	stood := maps.Clone(args)
	if node == "" {
		stood["node"] = placeholderNode
	}
	if ref.name != "" {
		stood["vmid"] = placeholderVMID
	}
	prepared, err := wire.Prepare(e.Op, stood)
	if err != nil {
		return nil, false, notSent(invalidArguments(e, err))
	}
	return prepared, e.CheckCall(e.Decision.Call(prepared.Params())) != "", nil
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
