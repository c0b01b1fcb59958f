package mcpserver

import "github.com/proxmox-mcp/proxmox-mcp/internal/catalog"

// Which plan a write gets. The rules are generic over the catalog (the
// method, the path's shape, the GET of the same path) except for a small
// table of guest operations whose consequences no GET of their own path
// shows.
type rule int

const (
	// ruleRequest: the request and what Proxmox documents of it. A POST
	// creates or acts, and the state it acts on is not the answer of any
	// GET of its path (GET …/status is not what POST …/status/start
	// changes), so nothing is read.
	ruleRequest rule = iota
	// ruleConfig: a PUT whose path also answers a GET with an object. In
	// both APIs that GET reads the very settings the PUT writes (PVE's
	// and PBS's update handlers take the keys their read handler returns,
	// plus delete/revert lists and a digest), so the diff is the request's
	// keys against that object.
	ruleConfig
	// ruleGuestDelete: destroying a VM or container takes its disks,
	// snapshots, HA resource and replication jobs with it; four reads
	// show them.
	ruleGuestDelete
	// ruleRollback: the snapshots newer than the target and the current
	// state are what a rollback puts at stake; the snapshot list shows
	// both.
	ruleRollback
	// ruleDelete: any other DELETE; the object it deletes is what the GET
	// of its path (or, for a path ending in an identifier, the list one
	// level up) shows of it.
	ruleDelete
)

// guestRules are the guest operations with a plan of their own.
// POST …/qemu/{vmid}/config is the asynchronous twin of PUT …/config
// (qemu-server src/PVE/API2/Qemu.pm: update_vm_async and update_vm both
// run $update_vm_api), so it gets the config diff although it is a POST.
var guestRules = map[string]rule{
	"DELETE /nodes/{node}/qemu/{vmid}":                            ruleGuestDelete,
	"DELETE /nodes/{node}/lxc/{vmid}":                             ruleGuestDelete,
	"POST /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback": ruleRollback,
	"POST /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback":  ruleRollback,
	"POST /nodes/{node}/qemu/{vmid}/config":                       ruleConfig,
}

// planRule decides which plan op gets.
func planRule(op *catalog.Operation) rule {
	if op.Product == catalog.PVE {
		if r, ok := guestRules[op.Method+" "+op.Path]; ok {
			return r
		}
	}
	switch op.Method {
	case "PUT":
		if configTwin(op) != nil {
			return ruleConfig
		}
	case "DELETE":
		return ruleDelete
	}
	return ruleRequest
}

// configTwin is the GET of op's path when it answers an object (or does
// not say what it answers: a handful of PVE SDN and realm reads), nil
// otherwise.
func configTwin(op *catalog.Operation) *catalog.Operation {
	get := getOp(op.Product, op.Path)
	if get == nil || (get.ReturnsType != "object" && get.ReturnsType != "") {
		return nil
	}
	return get
}
