package sim

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// registerGuestHandlers registers the stateful handlers of this file (see handlerTable).
func registerGuestHandlers() {
	for _, kind := range []string{"qemu", "lxc"} {
		base := "/nodes/{node}/" + kind
		handle(catalog.PVE, "GET "+base, listGuests)
		handle(catalog.PVE, "POST "+base, createGuest)
		handle(catalog.PVE, "DELETE "+base+"/{vmid}", destroyGuest)
		handle(catalog.PVE, "GET "+base+"/{vmid}/config", getGuestConfig)
		handle(catalog.PVE, "PUT "+base+"/{vmid}/config", putGuestConfig)
		handle(catalog.PVE, "GET "+base+"/{vmid}/pending", getPending)
		handle(catalog.PVE, "GET "+base+"/{vmid}/status/current", getGuestStatus)
	}
	handle(catalog.PVE, "POST /nodes/{node}/qemu/{vmid}/config", postQemuConfig)
}

// guestKind is "qemu" or "lxc", from the operation's path.
func (c *call) guestKind() string {
	if strings.Contains(c.op.Path, "/lxc") {
		return "lxc"
	}
	return "qemu"
}

// guest resolves the path's guest on the path's node.
func (c *call) guest(st *state) (*guest, *apiError) {
	return st.guestOn(c.path["node"], c.guestKind(), c.int("vmid"))
}

// listGuests lists the node's guests of one kind the caller may audit
// (VM.Audit on /vms/ID, as qemu-server's and pve-container's vmlist do).
func listGuests(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		out := []any{}
		for _, g := range st.sortedGuests() {
			if g.kind == c.guestKind() && g.node == c.nodeName() && c.can(st, fmt.Sprintf("/vms/%d", g.vmid), "VM.Audit") {
				out = append(out, guestSummary(g, now))
			}
		}
		return out, nil
	})
}

// guestSummary is a guest's line in node guest lists.
func guestSummary(g *guest, now time.Time) map[string]any {
	m := g.metrics(now)
	out := map[string]any{
		"vmid": g.vmid, "name": g.name(), "status": g.status(), "cpus": g.cpus(), "cpu": m.cpu,
		"maxmem": g.memoryBytes(), "mem": m.mem, "maxdisk": g.maxDisk(), "disk": 0, "uptime": m.uptime,
		"netin": m.netin, "netout": m.netout, "diskread": m.diskread, "diskwrite": m.diskwrite,
	}
	if g.kind == "lxc" {
		out["type"] = "lxc"
		out["maxswap"] = int64(atoiDefault(g.config["swap"], 512)) << 20
		if g.running {
			out["disk"] = g.maxDisk() / 4
		}
	} else if g.running {
		out["pid"] = 10000 + g.vmid
		out["qmpstatus"] = g.qmpStatus()
	}
	if g.template {
		out["template"] = 1
	}
	if t := g.config["tags"]; t != "" {
		out["tags"] = t
	}
	if g.lock != "" {
		out["lock"] = g.lock
	}
	return out
}

func getGuestStatus(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		out := guestSummary(g, now)
		out["ha"] = st.haStatus(g)
		if g.kind == "qemu" {
			out["qmpstatus"] = g.qmpStatus()
			out["agent"] = boolInt(strings.HasPrefix(g.config["agent"], "1") || strings.Contains(g.config["agent"], "enabled=1"))
			if g.running {
				out["running-machine"], out["running-qemu"] = "pc-i440fx-9.2+pve1", "9.2.0"
			}
		}
		return out, nil
	})
}

func (st *state) haStatus(g *guest) map[string]any {
	if r := st.ha[haSID(g)]; r != nil {
		return map[string]any{"managed": 1, "state": r.State}
	}
	return map[string]any{"managed": 0}
}

func haSID(g *guest) string {
	if g.kind == "lxc" {
		return fmt.Sprintf("ct:%d", g.vmid)
	}
	return fmt.Sprintf("vm:%d", g.vmid)
}

// getGuestConfig answers the config (or a snapshot's) typed as the
// returns schema says, with its digest.
func getGuestConfig(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		cfg := g.config
		if name := c.str("snapshot"); name != "" {
			s := g.snapshot(name)
			if s == nil {
				return nil, internalError("snapshot '%s' does not exist", name)
			}
			cfg = s.config
		}
		out := typedConfig(cfg, schemasOf(c.op).ret)
		out["digest"] = digestOf(cfg)
		if g.lock != "" {
			out["lock"] = g.lock
		}
		return out, nil
	})
}

// typedConfig converts wire-form config values to the types the returns
// schema gives each key (0/1 booleans, numbers).
func typedConfig(cfg map[string]string, ret map[string]any) map[string]any {
	out := make(map[string]any, len(cfg))
	for k, v := range cfg {
		out[k] = typedValue(configKeySchema(ret, k), v)
	}
	return out
}

func configKeySchema(ret map[string]any, key string) map[string]any {
	if m := schemaMap(schemaMap(ret["properties"])[key]); m != nil {
		return m
	}
	for pat, m := range schemaMap(ret["patternProperties"]) {
		if re := compiledPattern(pat); re != nil && re.MatchString(key) {
			return schemaMap(m)
		}
	}
	return nil
}

func typedValue(m map[string]any, v string) any {
	switch {
	case hasType(m, "boolean") && hasType(m, "integer"):
		if b, ok := wire.ParseBool(v); ok {
			return boolInt(b)
		}
	case hasType(m, "integer"):
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return n
		}
	case hasType(m, "number"):
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f
		}
	case hasType(m, "boolean"):
		if b, ok := wire.ParseBool(v); ok {
			return b
		}
	}
	return v
}

func getPending(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		out := []any{}
		for _, k := range slices.Sorted(maps.Keys(g.config)) {
			out = append(out, map[string]any{"key": k, "value": g.config[k]})
		}
		return out, nil
	})
}

// configControls are config-update parameters that are not config keys.
var configControls = map[string]bool{
	"node": true, "vmid": true, "digest": true, "delete": true, "revert": true, "skiplock": true,
	"background_delay": true, "force": true, "start": true, "pool": true, "storage": true, "unique": true,
	"archive": true, "bwlimit": true, "live-restore": true, "import-working-storage": true, "ostemplate": true,
	"password": true, "ssh-public-keys": true, "restore": true, "ignore-unpack-errors": true, "ha-managed": true,
}

// putGuestConfig changes the config synchronously (PUT answers null).
func putGuestConfig(c *call) (any, error) {
	_, err := c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		if e := c.updateConfig(st, g); e != nil {
			return nil, e
		}
		return nil, nil
	})
	return nil, err
}

// postQemuConfig changes the config and answers a task, as POST does.
func postQemuConfig(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		if e := c.updateConfig(st, g); e != nil {
			return nil, e
		}
		t := st.startTask(now, c.guestTask(g, "qmconfig", nil))
		return t.upid, nil
	})
}

// updateConfig applies a config change after the digest and lock checks.
func (c *call) updateConfig(st *state, g *guest) *apiError {
	if d := c.str("digest"); d != "" && d != g.digest() {
		return internalError("detected modified configuration - file changed by another user? Try again.")
	}
	if !c.flag("skiplock") {
		if e := g.checkLock(); e != nil {
			return e
		}
	}
	for _, k := range wire.SplitList(c.str("delete")) {
		delete(g.config, k)
	}
	c.applyConfig(st, g)
	return nil
}

// applyConfig writes the request's config keys as sent; a new disk given
// as STORAGE:SIZE is allocated as a volume of that size in GiB.
func (c *call) applyConfig(st *state, g *guest) {
	for _, k := range c.wire.Keys() {
		if _, decoded := c.args[k]; configControls[k] || !decoded {
			continue
		}
		v := c.configValue(k)
		if diskKey().MatchString(k) {
			v = allocateDisk(g, k, c.onDefaultStorage(g, v))
		}
		g.config[k] = v
	}
}

// configValue is how the config file stores a parameter: booleans as
// 1/0, everything else as sent.
func (c *call) configValue(k string) string {
	if b, ok := c.args[k].(bool); ok {
		return strconv.Itoa(boolInt(b))
	}
	return c.raw(k)
}

// onDefaultStorage puts a container volume given as a bare size on the
// default storage, as pve-container does ("allow to use simple numbers").
func (c *call) onDefaultStorage(g *guest, spec string) string {
	size, rest, _ := strings.Cut(spec, ",")
	if g.kind != "lxc" || !newDiskRE().MatchString(size) || strings.Contains(size, ":") {
		return spec
	}
	if rest != "" {
		rest = "," + rest
	}
	return c.containerStorage() + ":" + size + rest
}

// newDiskSpec is STORAGE:SIZE, a request to allocate a new volume.
var newDiskSpec = lazyRegexp(`^([a-zA-Z][a-zA-Z0-9\-_.]*):(\d+(?:\.\d+)?)(,.*)?$`)

func allocateDisk(g *guest, key, v string) string {
	m := newDiskSpec().FindStringSubmatch(v)
	if m == nil {
		return v
	}
	size, _ := strconv.ParseFloat(m[2], 64)
	vol := fmt.Sprintf("%s:vm-%d-disk-%d", m[1], g.vmid, g.nextDiskIndex())
	rest := strings.TrimPrefix(m[3], ",")
	spec := vol
	if rest != "" {
		spec += "," + rest
	}
	if !strings.Contains(rest, "size=") {
		spec += fmt.Sprintf(",size=%s", formatSize(int64(size*float64(1<<30))))
	}
	return spec
}

func (g *guest) nextDiskIndex() int {
	n := 0
	for _, d := range g.disks() {
		var idx int
		if _, err := fmt.Sscanf(d.volume[strings.LastIndex(d.volume, "-")+1:], "%d", &idx); err == nil && idx >= n {
			n = idx + 1
		}
	}
	return n
}

// guestTask describes a task on a guest, named like Proxmox's workers.
func (c *call) guestTask(g *guest, typ string, effect func(t *task) error) taskSpec {
	return taskSpec{product: catalog.PVE, node: g.node, typ: typ, id: strconv.Itoa(g.vmid), authid: c.authid(), effect: effect}
}

// createGuest creates a VM or container: the config exists at once,
// locked "create" until the task has allocated the disks. What PVE checks
// against the cluster (guest_checks.go) refuses the call or fails the
// task, which then removes the config again.
func createGuest(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		vmid := c.int("vmid")
		if old := st.guests[vmid]; old != nil {
			return nil, internalError("unable to create %s - %s already exists on node '%s'", (&guest{vmid: vmid, kind: c.guestKind()}).noun(), old.noun(), old.node)
		}
		check := c.checkNewGuest(st)
		if check.refuse != nil {
			return nil, check.refuse
		}
		g := &guest{vmid: vmid, kind: c.guestKind(), node: c.nodeName(), config: map[string]string{}, lock: "create", pool: c.str("pool")}
		if g.kind == "qemu" {
			g.config["name"] = fmt.Sprintf("VM%d", vmid)
		} else {
			g.config["hostname"] = fmt.Sprintf("CT%d", vmid)
			if !c.has("rootfs") {
				// pve-container: "defaults to 4GB" on the default storage
				g.config["rootfs"] = allocateDisk(g, "rootfs", c.containerStorage()+":4")
			}
		}
		c.applyConfig(st, g)
		st.guests[vmid] = g
		typ, start := "qmcreate", c.flag("start")
		if g.kind == "lxc" {
			typ = "vzcreate"
		}
		t := st.startTask(now, c.guestTask(g, typ, func(t *task) error {
			if check.worker != "" {
				delete(st.guests, vmid)
				return taskError(check.worker)
			}
			g.lock = ""
			if start {
				// Both create workers start the guest through the start
				// API, which forks a task of its own.
				t.log = append(t.log, "Execute autostart")
				st.startTask(t.end, c.startSpec(st, g))
			}
			return nil
		}))
		return t.upid, nil
	})
}

// startSpec is the task that starts a stopped guest.
func (c *call) startSpec(st *state, g *guest) taskSpec {
	spec, _ := c.powerTask(st, g, powerActions["start"])
	return spec
}

// destroyGuest removes a stopped, unlocked guest at the end of its task.
func destroyGuest(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		if e := g.checkLock(); e != nil && !c.flag("skiplock") {
			return nil, e
		}
		if g.running {
			return nil, internalError("%s is running - destroy failed", g.noun())
		}
		if st.ha[haSID(g)] != nil && !c.flag("purge") {
			return nil, internalError("unable to remove %s - used in HA resources and purge parameter not set.", g.noun())
		}
		if e := st.replicationRefusal(g); e != nil && !c.flag("purge") {
			return nil, e
		}
		typ := "qmdestroy"
		if g.kind == "lxc" {
			typ = "vzdestroy"
		}
		t := st.startTask(now, c.guestTask(g, typ, func(t *task) error {
			delete(st.guests, g.vmid)
			delete(st.ha, haSID(g))
			st.removeReplication(g.vmid)
			return nil
		}))
		return t.upid, nil
	})
}

// snapshot finds a snapshot by name.
func (g *guest) snapshot(name string) *snapshot {
	for _, s := range g.snaps {
		if s.name == name {
			return s
		}
	}
	return nil
}
