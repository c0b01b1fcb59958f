package sim

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Storage replication jobs (/cluster/replication), as pve-manager's
// PVE/API2/ReplicationConfig.pm and pve-guest-common's
// src/PVE/ReplicationConfig.pm define them: an id "<guest>-<jobnum>", one
// job per guest and target node, the target an existing node other than
// the guest's own. Destroying a guest that has jobs is refused unless
// purge=1, which removes them (qemu-server and pve-container destroy).

// replicationJob is one job of replication.cfg (type local, the only one).
type replicationJob struct {
	id, target, source, comment, schedule, removeJob string
	guest                                            int
	disable                                          bool
	rate                                             float64
}

func registerReplicationHandlers() {
	handle(catalog.PVE, "GET /cluster/replication", listReplication)
	handle(catalog.PVE, "POST /cluster/replication", createReplication)
	handle(catalog.PVE, "GET /cluster/replication/{id}", getReplication)
	handle(catalog.PVE, "PUT /cluster/replication/{id}", updateReplication)
	handle(catalog.PVE, "DELETE /cluster/replication/{id}", deleteReplication)
}

// listReplication lists the jobs of the guests the caller may audit.
func listReplication(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range slices.Sorted(maps.Keys(st.replication)) {
			j := st.replication[id]
			if c.can(st, fmt.Sprintf("/vms/%d", j.guest), "VM.Audit") {
				out = append(out, j.entry())
			}
		}
		return out, nil
	})
}

func (j *replicationJob) entry() map[string]any {
	m := map[string]any{"id": j.id, "type": "local", "guest": j.guest, "jobnum": jobNumber(j.id), "target": j.target, "source": j.source}
	for k, v := range map[string]string{"comment": j.comment, "schedule": j.schedule, "remove_job": j.removeJob} {
		if v != "" {
			m[k] = v
		}
	}
	if j.disable {
		m["disable"] = 1
	}
	if j.rate > 0 {
		m["rate"] = j.rate
	}
	return m
}

func jobNumber(id string) int {
	_, num, _ := strings.Cut(id, "-")
	n, _ := strconv.Atoi(num)
	return n
}

func getReplication(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		j := st.replication[c.path["id"]]
		if j == nil {
			return nil, internalError("no such replication job '%s'", c.path["id"])
		}
		if !c.can(st, fmt.Sprintf("/vms/%d", j.guest), "VM.Audit") {
			return nil, errorf(403, "Permission check failed")
		}
		m := j.entry()
		m["digest"] = digestOf(map[string]string{"id": j.id, "target": j.target, "comment": j.comment, "schedule": j.schedule})
		return m, nil
	})
}

// createReplication checks what ReplicationConfig's create checks, in its
// order and words.
func createReplication(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		id := c.str("id")
		guestID, _ := strconv.Atoi(strings.SplitN(id, "-", 2)[0])
		g := st.guests[guestID]
		target := c.str("target")
		switch {
		case g == nil:
			return nil, internalError("Guest '%d' does not exist.", guestID)
		case st.nodes[target] == nil:
			return nil, internalError("Target '%s' does not exist.", target)
		case c.has("source") && c.str("source") != g.node:
			return nil, internalError("Source '%s' does not match current node of guest '%d' (%s)", c.str("source"), guestID, g.node)
		case target == g.node:
			return nil, internalError("Source and target must not be identical")
		case st.replication[id] != nil:
			return nil, internalError("replication job '%s' already exists", id)
		}
		for _, other := range st.replication {
			if other.guest == guestID && other.target == target {
				return nil, internalError("replication job for guest '%d' to target 'local/%s' already exists", guestID, target)
			}
		}
		j := &replicationJob{id: id, guest: guestID, target: target, source: g.node}
		j.apply(c)
		st.replication[id] = j
		return nil, nil
	})
}

func (j *replicationJob) apply(c *call) {
	if c.has("comment") {
		j.comment = c.str("comment")
	}
	if c.has("schedule") {
		j.schedule = c.str("schedule")
	}
	if c.has("disable") {
		j.disable = c.flag("disable")
	}
	if c.has("rate") {
		j.rate, _ = strconv.ParseFloat(c.str("rate"), 64)
	}
}

// updateReplication changes a job; a refused change changes nothing
// (Proxmox writes replication.cfg only when every option passed).
func updateReplication(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		j := st.replication[c.path["id"]]
		if j == nil {
			return nil, internalError("no such job '%s'", c.path["id"])
		}
		// PVE::Tools::split_list: commas, semicolons, white space, NUL.
		deleted := strings.FieldsFunc(c.str("delete"), func(r rune) bool { return strings.ContainsRune(",; \t\n\x00", r) })
		for _, k := range deleted {
			switch k {
			case "comment", "schedule", "disable", "rate":
			case "target":
				return nil, internalError("unable to delete fixed option '%s'", k)
			default:
				return nil, internalError("no such option '%s'", k)
			}
		}
		j.apply(c)
		for _, k := range deleted {
			j.clear(k)
		}
		return nil, nil
	})
}

// clear drops an optional setting of the job.
func (j *replicationJob) clear(option string) {
	switch option {
	case "comment":
		j.comment = ""
	case "schedule":
		j.schedule = ""
	case "disable":
		j.disable = false
	case "rate":
		j.rate = 0
	}
}

// deleteReplication marks a job for removal, or with force drops it. The
// replication runner that removes marked jobs runs within the minute on
// a real cluster; here it runs at once, so the job is gone afterwards
// either way.
func deleteReplication(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		id := c.path["id"]
		if c.flag("force") {
			if c.flag("keep") {
				return nil, paramError("keep", "conflicts with parameter 'force'")
			}
			delete(st.replication, id)
			return nil, nil
		}
		if st.replication[id] == nil {
			return nil, internalError("no such job '%s'", id)
		}
		delete(st.replication, id)
		return nil, nil
	})
}

// replicationRefusal is why a guest may not be destroyed without purge:
// it has a replication job (ReplicationConfig check_for_existing_jobs).
func (st *state) replicationRefusal(g *guest) *apiError {
	for _, id := range slices.Sorted(maps.Keys(st.replication)) {
		if st.replication[id].guest == g.vmid {
			return internalError("There is a replication job '%s' for guest '%d' - Please remove that first.", id, g.vmid)
		}
	}
	return nil
}

// removeReplication drops a destroyed guest's jobs (purge=1).
func (st *state) removeReplication(vmid int) {
	for id, j := range st.replication {
		if j.guest == vmid {
			delete(st.replication, id)
		}
	}
}
