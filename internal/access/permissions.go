package access

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Privs is what an identity holds on one ACL path: each privilege it has
// there, mapped to whether that privilege propagates to the path's
// descendants. A privilege that is absent is not held; false does not mean
// "not held" — Proxmox reports a non-propagating grant (an ACL entry with
// propagate=0, or a grant a guest inherits from its pool) as 0.
type Privs map[string]bool

// Has reports whether the privilege is held.
func (p Privs) Has(priv string) bool {
	_, ok := p[priv]
	return ok
}

// Names are the held privileges, sorted.
func (p Privs) Names() []string { return slices.Sorted(maps.Keys(p)) }

// propagated is the part of p that reaches the path's descendants: p
// itself when all of it does (the usual case, and At runs for every path
// of every operation the permission filter checks at start), else a copy.
func (p Privs) propagated() Privs {
	if p.allPropagate() {
		return p
	}
	out := Privs{}
	for k, v := range p {
		if v {
			out[k] = true
		}
	}
	return out
}

func (p Privs) allPropagate() bool {
	for _, v := range p {
		if !v {
			return false
		}
	}
	return true
}

// Source tells which privileges apply on a concrete ACL path. Permissions
// (a parsed /access/permissions answer) is one; the simulator computes
// them exactly from its ACLs.
type Source interface {
	// At is what is held on the path. It may share its map with the
	// source or with other paths: callers must not modify it.
	At(path string) Privs
	// Paths are the ACL paths the source knows something about: where a
	// call with unknown arguments may succeed is looked for among them.
	Paths() []string
}

// Permissions maps an ACL path to the privileges held there, as
// GET /access/permissions answers: {"/": {"Sys.Audit": 1}, "/vms/100":
// {"VM.PowerMgmt": 0}}. Proxmox lists the top-level paths, every path
// that has an ACL entry and (PVE) every pool member; it leaves out paths
// where nothing is held.
type Permissions map[string]Privs

// Parse reads the answer of /access/permissions: PVE writes the
// propagate flag as 0/1, PBS as a JSON boolean.
func Parse(data json.RawMessage) (Permissions, error) {
	var raw map[string]map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	out := make(Permissions, len(raw))
	for path, privs := range raw {
		set := Privs{}
		for name, v := range privs {
			propagate, err := propagateFlag(v)
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", path, name, err)
			}
			set[name] = propagate
		}
		out[normalizePath(path)] = set
	}
	return out, nil
}

func propagateFlag(v any) (bool, error) {
	switch x := v.(type) {
	case bool:
		return x, nil
	case float64:
		return x != 0, nil
	case string:
		return x != "" && x != "0", nil
	}
	return false, fmt.Errorf("propagate flag %v is neither a number nor a boolean", v)
}

// At is what is held on a concrete path: the path's own entry when the
// answer lists it, else what propagates from the nearest listed ancestor
// that passes anything on. An ancestor that holds only non-propagating
// privileges has ACL entries that stop there, so what reaches the path
// comes from further up, as Proxmox's walk from / down takes it.
//
// The answer cannot say everything: a path whose ACL takes all away
// (NoAccess) is left out like a path without ACL, so what is above it
// seems to reach below it; and a privilege-separated token whose grants
// sit on other levels than its user's holds, below them, the
// intersection of both, which no listed path shows. A client that needs
// certainty asks GET /access/permissions with that path.
func (p Permissions) At(path string) Privs {
	path = normalizePath(path)
	if privs, ok := p[path]; ok {
		return privs
	}
	for anc := parentPath(path); anc != ""; anc = parentPath(anc) {
		privs, ok := p[anc]
		if !ok {
			continue
		}
		if inherited := privs.propagated(); len(inherited) > 0 || len(privs) == 0 {
			return inherited
		}
	}
	return Privs{}
}

// Paths are the listed paths, sorted.
func (p Permissions) Paths() []string { return slices.Sorted(maps.Keys(p)) }

// parentPath is the path one level up: "/vms/100" → "/vms" → "/" → "".
func parentPath(path string) string {
	if path == "/" || path == "" {
		return ""
	}
	i := strings.LastIndexByte(path, '/')
	if i <= 0 {
		return "/"
	}
	return path[:i]
}

// normalizePath is PVE::AccessControl::normalize_path without its
// character check: repeated and trailing slashes go, a leading one is
// added. Most paths are normal already and are returned as they are.
func normalizePath(path string) string {
	if isNormalPath(path) {
		return path
	}
	segs := Segments(path)
	return "/" + strings.Join(segs, "/")
}

// isNormalPath: a leading slash, no empty component, no trailing slash
// but on "/" itself.
func isNormalPath(path string) bool {
	if path == "" || path[0] != '/' {
		return false
	}
	if path == "/" {
		return true
	}
	return path[len(path)-1] != '/' && !strings.Contains(path, "//")
}

// Segments splits an ACL path into its components ("/" has none).
func Segments(path string) []string {
	n := 0
	for i := 0; i < len(path); i++ {
		if path[i] != '/' && (i == 0 || path[i-1] == '/') {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for len(path) > 0 {
		i := strings.IndexByte(path, '/')
		if i < 0 {
			return append(out, path)
		}
		if i > 0 {
			out = append(out, path[:i])
		}
		path = path[i+1:]
	}
	return out
}
