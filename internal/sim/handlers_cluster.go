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

// registerClusterHandlers registers the stateful handlers of this file (see handlerTable).
func registerClusterHandlers() {
	handle(catalog.PVE, "GET /version", pveVersion)
	handle(catalog.PVE, "GET /nodes/{node}/version", pveVersion)
	handle(catalog.PVE, "GET /nodes", listNodes)
	handle(catalog.PVE, "GET /nodes/{node}/status", nodeStatus)
	handle(catalog.PVE, "GET /cluster/resources", clusterResources)
	handle(catalog.PVE, "GET /cluster/status", clusterStatus)
	handle(catalog.PVE, "GET /cluster/nextid", nextID)
	handle(catalog.PVE, "GET /cluster/ha/resources", listHA)
	handle(catalog.PVE, "POST /cluster/ha/resources", createHA)
	handle(catalog.PVE, "GET /cluster/ha/resources/{sid}", getHA)
	handle(catalog.PVE, "PUT /cluster/ha/resources/{sid}", putHA)
	handle(catalog.PVE, "DELETE /cluster/ha/resources/{sid}", deleteHA)
	handle(catalog.PVE, "GET /cluster/ha/status/current", haStatusCurrent)
}

// PVEVersion is the package version the simulator claims at the newest
// pinned release (releases.go has the others).
const PVEVersion = "9.1.1"

func pveVersion(c *call) (any, error) {
	return c.s.presented(catalog.PVE).versionInfo(catalog.PVE), nil
}

// kernelBuild is uname -v of a Proxmox kernel: "#1 SMP PREEMPT_DYNAMIC PMX
// 6.14.8-2" for 6.14.8-2-pve.
func kernelBuild(release string) string {
	return "#1 SMP PREEMPT_DYNAMIC PMX " + strings.TrimSuffix(release, "-pve")
}

// kernelVersion is the node status kversion: "Linux <release> <build>".
func kernelVersion(release string) string { return "Linux " + release + " " + kernelBuild(release) }

func listNodes(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		out := []any{}
		for _, name := range st.nodeOrder {
			out = append(out, st.nodeEntry(st.nodes[name], now))
		}
		return out, nil
	})
}

func (st *state) nodeEntry(n *pveNode, now time.Time) map[string]any {
	m := map[string]any{"node": n.name, "id": "node/" + n.name, "type": "node", "level": "", "status": "online",
		"ssl_fingerprint": nodeFingerprint(n.name)}
	if n.health == nodeOffline {
		m["status"] = "offline"
		return m
	}
	mem, cpu := st.nodeLoad(n, now)
	m["cpu"], m["maxcpu"], m["mem"], m["maxmem"] = cpu, n.cpus, mem, n.memory
	m["disk"], m["maxdisk"], m["uptime"] = int64(9<<30), int64(100<<30), int64(now.Sub(n.booted).Seconds())
	return m
}

// nodeLoad sums the node's running guests.
func (st *state) nodeLoad(n *pveNode, now time.Time) (int64, float64) {
	mem, cpu := int64(3<<30), 0.02
	for _, g := range st.guests {
		if g.node == n.name && g.running {
			m := g.metrics(now)
			mem += m.mem
			cpu += m.cpu * float64(g.cpus()) / float64(n.cpus)
		}
	}
	return mem, min(cpu, 1)
}

func nodeFingerprint(node string) string {
	h := derived(int64(len(node)), "fingerprint-"+node)
	var parts []string
	for i := 0; i < 64; i += 2 {
		parts = append(parts, strings.ToUpper(h[i:i+2]))
	}
	return strings.Join(parts, ":")
}

func nodeStatus(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		n := st.nodes[c.nodeName()]
		mem, cpu := st.nodeLoad(n, now)
		rel := c.s.presented(catalog.PVE).about
		out := map[string]any{
			"cpu": cpu, "uptime": int64(now.Sub(n.booted).Seconds()), "loadavg": []any{"0.42", "0.38", "0.35"},
			"pveversion": "pve-manager/" + rel.version + "/" + rel.repoid, "kversion": kernelVersion(rel.kernel),
			"cpuinfo":        map[string]any{"cores": n.cpus / 2, "cpus": n.cpus, "model": "AMD EPYC 7313P 16-Core Processor", "sockets": 1, "mhz": "3000.000", "hvm": "1"},
			"memory":         map[string]any{"total": n.memory, "used": mem, "free": n.memory - mem, "available": n.memory - mem},
			"rootfs":         map[string]any{"total": int64(100 << 30), "used": int64(9 << 30), "free": int64(91 << 30), "avail": int64(86 << 30)},
			"swap":           map[string]any{"total": int64(8 << 30), "used": 0, "free": int64(8 << 30)},
			"boot-info":      map[string]any{"mode": "efi", "secureboot": 0},
			"current-kernel": map[string]any{"machine": "x86_64", "release": rel.kernel, "sysname": "Linux", "version": kernelBuild(rel.kernel)},
			"ksm":            map[string]any{"shared": 0},
		}
		return fillRequired(c, out), nil
	})
}

// clusterResources is the cluster-wide inventory, filtered by type and,
// as PVE::API2::Cluster resources does, by what the caller may audit:
// guests (VM.Audit), storages (Datastore.Audit) and pools (Pool.Audit).
func clusterResources(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		typ := c.str("type")
		out := []any{}
		if typ == "" || typ == "node" {
			for _, name := range st.nodeOrder {
				out = append(out, st.nodeEntry(st.nodes[name], now))
			}
		}
		if typ == "" || typ == "vm" {
			for _, g := range st.sortedGuests() {
				if c.can(st, fmt.Sprintf("/vms/%d", g.vmid), "VM.Audit") {
					out = append(out, c.hidePool(st, st.guestResource(g, now)))
				}
			}
		}
		if typ == "" || typ == "storage" {
			for _, r := range st.storageResources() {
				if c.can(st, "/storage/"+r.(map[string]any)["storage"].(string), "Datastore.Audit") {
					out = append(out, r)
				}
			}
		}
		if typ == "" || typ == "pool" {
			for _, id := range slices.Sorted(maps.Keys(st.pools)) {
				if c.can(st, "/pool/"+id, "Pool.Audit") {
					out = append(out, map[string]any{"id": "/pool/" + id, "type": "pool", "pool": id})
				}
			}
		}
		return out, nil
	})
}

// hidePool drops a guest's pool the caller may not audit.
func (c *call) hidePool(st *state, m map[string]any) map[string]any {
	if p, ok := m["pool"].(string); ok && !c.can(st, "/pool/"+p, "Pool.Audit") {
		delete(m, "pool")
	}
	return m
}

func (st *state) guestResource(g *guest, now time.Time) map[string]any {
	m := guestSummary(g, now)
	m["id"], m["type"], m["node"], m["maxcpu"], m["template"] = fmt.Sprintf("%s/%d", g.kind, g.vmid), g.kind, g.node, g.cpus(), boolInt(g.template)
	delete(m, "cpus")
	delete(m, "pid")
	delete(m, "qmpstatus")
	delete(m, "maxswap")
	if g.pool != "" {
		m["pool"] = g.pool
	}
	if r := st.ha[haSID(g)]; r != nil {
		m["hastate"] = r.State
	}
	if n := st.nodes[g.node]; n != nil && n.health == nodeOffline {
		m["status"] = "unknown"
	}
	return m
}

func (st *state) storageResources() []any {
	var out []any
	for _, name := range st.nodeOrder {
		for _, id := range st.storOrder {
			s := st.storages[id]
			status := "available"
			if st.nodes[name].health == nodeOffline {
				status = "unknown"
			}
			out = append(out, map[string]any{"id": "storage/" + name + "/" + id, "type": "storage", "storage": id, "node": name,
				"status": status, "plugintype": s.Type, "content": s.contentString(), "shared": boolInt(s.Shared),
				"disk": st.storageUsage(s, name), "maxdisk": s.Total})
		}
	}
	return out
}

func clusterStatus(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		online := 0
		for _, n := range st.nodes {
			if n.health != nodeOffline {
				online++
			}
		}
		out := []any{map[string]any{"type": "cluster", "id": "cluster", "name": clusterName, "nodes": len(st.nodes), "quorate": boolInt(online*2 > len(st.nodes)), "version": 3 + len(st.nodes)}}
		for i, name := range st.nodeOrder {
			n := st.nodes[name]
			out = append(out, map[string]any{"type": "node", "id": "node/" + name, "name": name, "nodeid": n.id, "ip": n.ip,
				"online": boolInt(n.health != nodeOffline), "local": boolInt(i == 0), "level": ""})
		}
		return out, nil
	})
}

// nextID answers the lowest free vmid, or checks a proposed one.
func nextID(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		if c.has("vmid") {
			if st.guests[c.int("vmid")] != nil {
				return nil, errorf(400, "VM %d already exists", c.int("vmid"))
			}
			return c.int("vmid"), nil
		}
		return st.nextFreeID(), nil
	})
}

func listHA(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, sid := range slices.Sorted(maps.Keys(st.ha)) {
			out = append(out, haEntry(st.ha[sid]))
		}
		return out, nil
	})
}

func haEntry(r *haResource) map[string]any {
	typ, _, _ := strings.Cut(r.SID, ":")
	m := map[string]any{"sid": r.SID, "type": typ, "state": r.State, "max_restart": r.MaxRestart, "max_relocate": r.MaxRelocate,
		"digest": digestOf(map[string]string{"sid": r.SID, "state": r.State}), "failback": 1}
	if r.Comment != "" {
		m["comment"] = r.Comment
	}
	if r.Group != "" {
		m["group"] = r.Group
	}
	return m
}

// haSIDArg accepts "vm:100", "ct:200" or a bare vmid.
func (st *state) haSIDArg(sid string) (string, *apiError) {
	if _, err := strconv.Atoi(sid); err == nil {
		g := st.guests[atoiDefault(sid, 0)]
		if g == nil {
			return "", errorf(400, "unable to find VM '%s'", sid)
		}
		return haSID(g), nil
	}
	return sid, nil
}

func createHA(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		sid, e := st.haSIDArg(c.str("sid"))
		if e != nil {
			return nil, e
		}
		if st.ha[sid] != nil {
			return nil, internalError("resource ID '%s' already defined", sid)
		}
		r := &haResource{SID: sid, State: "started", MaxRestart: 1, MaxRelocate: 1}
		applyHA(c, r)
		st.ha[sid] = r
		return nil, nil
	})
}

func applyHA(c *call, r *haResource) {
	if c.has("state") {
		r.State = c.str("state")
	}
	if c.has("comment") {
		r.Comment = c.str("comment")
	}
	if c.has("group") {
		r.Group = c.str("group")
	}
	if c.has("max_restart") {
		r.MaxRestart = c.int("max_restart")
	}
	if c.has("max_relocate") {
		r.MaxRelocate = c.int("max_relocate")
	}
}

func (c *call) haResource(st *state) (*haResource, *apiError) {
	sid, e := st.haSIDArg(c.str("sid"))
	if e != nil {
		return nil, e
	}
	if r := st.ha[sid]; r != nil {
		return r, nil
	}
	return nil, internalError("no such resource '%s'", sid)
}

func getHA(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		r, e := c.haResource(st)
		if e != nil {
			return nil, e
		}
		return haEntry(r), nil
	})
}

func putHA(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		r, e := c.haResource(st)
		if e != nil {
			return nil, e
		}
		applyHA(c, r)
		return nil, nil
	})
}

func deleteHA(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		r, e := c.haResource(st)
		if e != nil {
			return nil, e
		}
		delete(st.ha, r.SID)
		return nil, nil
	})
}

func haStatusCurrent(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		master := st.localNode()
		out := []any{
			map[string]any{"id": "quorum", "type": "quorum", "node": master, "status": "OK", "quorate": 1},
			map[string]any{"id": "master", "type": "master", "node": master, "status": master + " (active, " + now.UTC().Format(time.ANSIC) + ")", "timestamp": now.Unix()},
		}
		for _, name := range st.nodeOrder {
			status := "active"
			if st.nodes[name].health == nodeOffline {
				status = "old timestamp - dead?"
			}
			out = append(out, map[string]any{"id": "lrm:" + name, "type": "lrm", "node": name, "status": name + " (" + status + ")", "timestamp": now.Unix()})
		}
		for _, sid := range slices.Sorted(maps.Keys(st.ha)) {
			r := st.ha[sid]
			node := master
			if g := st.guests[atoiDefault(strings.SplitN(sid, ":", 2)[1], 0)]; g != nil {
				node = g.node
			}
			out = append(out, map[string]any{"id": "service:" + sid, "sid": sid, "type": "service", "node": node, "state": r.State, "request_state": r.State,
				"status": fmt.Sprintf("%s (%s, %s)", sid, node, r.State), "max_restart": r.MaxRestart, "max_relocate": r.MaxRelocate, "failback": 1})
		}
		return out, nil
	})
}
