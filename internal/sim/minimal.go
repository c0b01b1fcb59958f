package sim

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
)

// ExampleArgs is example.Arguments (the required arguments of an
// operation, valid against its schema) with path parameters naming things that
// exist in the simulator: a node, a guest of the right kind, its
// snapshot, a storage, a task, a user… so the call reaches the handler
// instead of failing on a missing object.
func (s *Simulator) ExampleArgs(op *catalog.Operation) map[string]any {
	args := example.Arguments(op)
	defer s.exampleVolume(op, args)
	defer s.exampleSnapshot(op, args)
	for k, v := range exampleExtras[string(op.Product)+" "+op.Method+" "+op.Path] {
		args[k] = v
	}
	for _, p := range op.Params {
		if p.Location != catalog.InPath {
			s.exampleNewID(p, args)
			continue
		}
		if v, ok := s.examplePathValue(op, p.Name); ok {
			args[p.Name] = v
		}
	}
	return args
}

// exampleNewID gives a create or clone a vmid that is still free.
func (s *Simulator) exampleNewID(p catalog.Param, args map[string]any) {
	if _, ok := args[p.Name]; !ok || p.Type != "integer" || (p.Name != "vmid" && p.Name != "newid") {
		return
	}
	s.lock()
	defer s.unlock()
	args[p.Name] = s.st.nextFreeID()
}

// exampleVolume names a guest disk for volume paths: the client refuses a
// path value containing "/" (as in local:iso/x.iso), so the example is a
// volume name relative to its storage.
func (s *Simulator) exampleVolume(op *catalog.Operation, args map[string]any) {
	if op.Product == catalog.PVE && strings.Contains(op.Path, "{volume}") {
		args["storage"], args["volume"] = "local-lvm", "vm-100-disk-0"
	}
}

// exampleSnapshot names a seeded, unprotected PBS backup snapshot for
// operations that take backup-type, backup-id and backup-time.
func (s *Simulator) exampleSnapshot(op *catalog.Operation, args map[string]any) {
	if op.Product != catalog.PBS || op.Param("backup-time") == nil || op.Param("backup-id") == nil {
		return
	}
	s.lock()
	defer s.unlock()
	store := "store1"
	if v, ok := args["store"].(string); ok && s.st.pbs.datastores[v] != nil {
		store = v
	}
	d := s.st.pbs.datastores[store]
	if d == nil {
		return
	}
	for _, snap := range d.sortedSnaps() {
		if !snap.Protected { // a protected one refuses deletion
			args["store"], args["backup-type"], args["backup-id"], args["backup-time"] = store, snap.Type, snap.ID, snap.Time
			return
		}
	}
}

func (s *Simulator) examplePathValue(op *catalog.Operation, name string) (any, bool) {
	s.lock()
	defer s.unlock()
	st := s.st
	isLXC := strings.Contains(op.Path, "/lxc/")
	switch name {
	case "node":
		if op.Product == catalog.PBS {
			return "localhost", true
		}
		return st.localNode(), true
	case "vmid":
		return st.exampleGuest(op.Path, isLXC), true
	case "snapname":
		if g := st.guests[st.exampleGuest(op.Path, isLXC)]; g != nil && len(g.snaps) > 0 {
			return g.snaps[0].name, true
		}
	case "upid":
		return st.exampleTask(op.Product), true
	}
	v, ok := exampleValues[op.Product][name]
	return v, ok
}

// exampleGuest picks a guest on the local node: one with a snapshot for
// snapshot paths.
func (st *state) exampleGuest(path string, lxc bool) int {
	kind := "qemu"
	if lxc {
		kind = "lxc"
	}
	wantSnap := strings.Contains(path, "{snapname}")
	for _, g := range st.sortedGuests() {
		if g.kind == kind && g.node == st.localNode() && !g.template && (!wantSnap || len(g.snaps) > 0) {
			return g.vmid
		}
	}
	return 100
}

func (st *state) exampleTask(p catalog.Product) string {
	for _, t := range st.taskOrder {
		if t.product == p && (p == catalog.PBS || t.node == st.localNode()) {
			return t.upid
		}
	}
	return ""
}

// exampleExtras are arguments the schema leaves optional but the
// operation needs to do anything (vzdump: what to back up; an ACL change:
// whom it is for), by "product METHOD /path".
var exampleExtras = map[string]map[string]any{
	"pve POST /nodes/{node}/vzdump": {"vmid": "100", "storage": "local"},
	"pve PUT /access/acl":           {"users": "auditor@pve", "path": "/vms/100", "roles": "PVEAuditor"},
	"pbs PUT /access/acl":           {"auth-id": "auditor@pbs", "path": "/datastore/store1"},
	// A new role may not take a name of the PVE namespace.
	"pve POST /access/roles": {"roleid": "Operator"},
}

// exampleValues name seeded objects by path parameter.
var exampleValues = map[catalog.Product]map[string]any{
	catalog.PVE: {
		"storage": "local", "userid": "root@pam", "tokenid": "mcp", "poolid": "prod", "sid": "vm:100",
		"groupid": "admins", "realm": "pam", "roleid": "PVEAuditor",
		"iface": "vmbr0", "service": "pveproxy",
	},
	catalog.PBS: {
		"store": "store1", "name": "store1", "userid": "root@pam", "token-name": "mcp", "id": "s-offsite",
		"remote": "offsite-pbs", "realm": "pam",
	},
}
