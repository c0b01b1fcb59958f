package wire

import (
	"fmt"
	"maps"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// WithPathValues is r with some path parameters given other values,
// normalised, checked and encoded as Prepare does them; r is unchanged.
// The server prepares a guest call that names no node with a stand-in
// node (so a call that is wrong anyway reads nothing), then points the
// prepared request at the node the cluster says holds the guest: only
// the path changes, so the rest is not prepared again.
func (r *Request) WithPathValues(values map[string]any) (*Request, error) {
	e := &encoder{op: r.Op, path: maps.Clone(r.pathText), from: map[string]string{}}
	out := *r
	out.Args = maps.Clone(r.Args)
	for name, v := range values {
		p := r.Op.Param(name)
		if p == nil || p.Location != catalog.InPath {
			return nil, fmt.Errorf("wire: %s has no path parameter %q", r.Op.Name, name)
		}
		nv, err := Normalize(v)
		if err != nil {
			e.fail(Problem{Param: name, Wire: name, Kind: Invalid, Detail: err.Error()})
			continue
		}
		e.put(p, name, name, nv) // encodes into e.path, as Prepare does
		out.Args[name] = nv
	}
	out.Path = e.fillPath()
	out.pathText = e.path
	e.boundURL(&out)
	if err := newError(e.problems); err != nil {
		return nil, err
	}
	return &out, nil
}
