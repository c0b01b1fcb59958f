package sim

import (
	"fmt"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// registerMigrateHandlers registers the stateful handlers of this file (see handlerTable).
func registerMigrateHandlers() {
	for _, kind := range []string{"qemu", "lxc"} {
		base := "/nodes/{node}/" + kind + "/{vmid}"
		handle(catalog.PVE, "POST "+base+"/migrate", migrateGuest)
		handle(catalog.PVE, "GET "+base+"/migrate", migratePreconditions)
		handle(catalog.PVE, "POST "+base+"/clone", cloneGuest)
		handle(catalog.PVE, "POST "+base+"/template", templateGuest)
		handle(catalog.PVE, "PUT "+base+"/resize", resizeDisk)
	}
}

// checkTarget validates a migration or clone target node.
func (st *state) checkTarget(g *guest, target string) *apiError {
	n := st.nodes[target]
	switch {
	case n == nil:
		return internalError("no such cluster node '%s'", target)
	case n.health != nodeOnline:
		return internalError("target node '%s' is not online", target)
	}
	return nil
}

// migrateGuest moves a guest to another node when its task ends. A
// running VM needs online=1, a running container restart=1.
func migrateGuest(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		target := c.str("target")
		if target == g.node {
			return nil, internalError("target is local node.")
		}
		if e := st.checkTarget(g, target); e != nil {
			return nil, e
		}
		if e := g.checkLock(); e != nil {
			return nil, e
		}
		if g.running && g.kind == "qemu" && !c.flag("online") {
			return nil, internalError("can't migrate running VM without --online")
		}
		if g.running && g.kind == "lxc" && !c.flag("restart") && !c.flag("online") {
			return nil, internalError("CT is running - use online or restart migration")
		}
		g.lock = "migrate"
		source := g.node
		typ := "qmigrate"
		if g.kind == "lxc" {
			typ = "vzmigrate"
		}
		spec := c.guestTask(g, typ, func(t *task) error {
			g.lock, g.node = "", target
			t.log = append(t.log, fmt.Sprintf("%s migration finished successfully", g.noun()))
			return nil
		})
		spec.log = []string{fmt.Sprintf("starting migration of %s to node '%s' (%s)", g.noun(), target, st.nodes[target].ip),
			fmt.Sprintf("migrating from %s", source)}
		return st.startTask(now, spec).upid, nil
	})
}

func migratePreconditions(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		allowed := []any{}
		notAllowed := map[string]any{}
		for _, n := range st.nodeOrder {
			switch {
			case n == g.node:
			case st.nodes[n].health != nodeOnline:
				notAllowed[n] = map[string]any{"unavailable-storages": []any{}}
			default:
				allowed = append(allowed, n)
			}
		}
		disks := []any{}
		for _, d := range g.disks() {
			disks = append(disks, map[string]any{"volid": d.volid(), "size": d.size, "cdrom": 0, "is_unused": boolInt(strings.HasPrefix(d.key, "unused")), "drivename": d.key})
		}
		out := map[string]any{"running": boolInt(g.running), "allowed_nodes": allowed, "not_allowed_nodes": notAllowed,
			"local_disks": disks, "local_resources": []any{}, "mapped-resources": []any{}, "mapped-resource-info": map[string]any{}}
		return fillRequired(c, out), nil
	})
}

// fillRequired completes a hand-built answer with generated values for
// required members it lacks, so it stays valid as schemas grow.
func fillRequired(c *call, out map[string]any) map[string]any {
	ret := schemasOf(c.op).ret
	g := &dataGen{d: dialectOf(c.product), ctx: c.args, now: c.s.now(), nodes: c.s.st.nodeOrder}
	props := schemaMap(ret["properties"])
	for k := range required(ret) {
		if _, ok := out[k]; !ok {
			out[k] = g.value(schemaMap(props[k]), k, 1)
		}
	}
	return out
}

// cloneGuest copies a guest (or template) under a new id.
func cloneGuest(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		src, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		newid := c.int("newid")
		if old := st.guests[newid]; old != nil {
			return nil, internalError("unable to create %s: config file already exists", old.noun())
		}
		target := src.node
		if c.has("target") {
			target = c.str("target")
			if e := st.checkTarget(src, target); e != nil {
				return nil, e
			}
		}
		if e := src.checkLock(); e != nil {
			return nil, e
		}
		g := cloneOf(src, newid, target, c)
		st.guests[newid] = g
		typ := "qmclone"
		if g.kind == "lxc" {
			typ = "vzclone"
		}
		spec := c.guestTask(src, typ, func(t *task) error {
			g.lock = ""
			return nil
		})
		spec.log = []string{fmt.Sprintf("create %s clone of drive(s) from %s", cloneMode(src, c), src.noun())}
		return st.startTask(now, spec).upid, nil
	})
}

func cloneMode(src *guest, c *call) string {
	if src.template && c.has("full") && !c.flag("full") || src.template && !c.has("full") {
		return "linked"
	}
	return "full"
}

// cloneOf builds the new guest: disks renamed to the new id, fresh MACs,
// no template flag, locked until the task ends.
func cloneOf(src *guest, newid int, node string, c *call) *guest {
	cfg := cloneConfig(src.config)
	delete(cfg, "template")
	for k, v := range cfg {
		v = strings.ReplaceAll(v, fmt.Sprintf("base-%d-disk", src.vmid), fmt.Sprintf("vm-%d-disk", newid))
		cfg[k] = strings.ReplaceAll(v, fmt.Sprintf("vm-%d-disk", src.vmid), fmt.Sprintf("vm-%d-disk", newid))
		if strings.HasPrefix(k, "net") {
			cfg[k] = strings.ReplaceAll(cfg[k], macFor(src.vmid, atoiDefault(k[3:], 0)), macFor(newid, atoiDefault(k[3:], 0)))
		}
	}
	nameKey := "name"
	if src.kind == "lxc" {
		nameKey = "hostname"
	}
	cfg[nameKey] = "Copy-of-" + src.name()
	if c.has("name") {
		cfg["name"] = c.str("name")
	}
	if c.has("hostname") {
		cfg["hostname"] = c.str("hostname")
	}
	if c.has("description") {
		cfg["description"] = c.str("description")
	}
	return &guest{vmid: newid, kind: src.kind, node: node, config: cfg, lock: "clone", pool: c.str("pool")}
}

// templateGuest turns a stopped guest into a template.
func templateGuest(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		if g.running {
			return nil, internalError("you can't convert a %s to template if %s is running", strings.Split(g.noun(), " ")[0], strings.Split(g.noun(), " ")[0])
		}
		if e := g.checkLock(); e != nil {
			return nil, e
		}
		convert := func() {
			g.template = true
			g.config["template"] = "1"
			for k, v := range g.config {
				g.config[k] = strings.ReplaceAll(v, fmt.Sprintf("vm-%d-disk", g.vmid), fmt.Sprintf("base-%d-disk", g.vmid))
			}
		}
		if g.kind == "lxc" {
			convert() // the container API converts synchronously
			return nil, nil
		}
		t := st.startTask(now, c.guestTask(g, "qmtemplate", func(t *task) error { convert(); return nil }))
		return t.upid, nil
	})
}

// resizeDisk grows a disk ("+10G" or an absolute size); shrinking fails.
func resizeDisk(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		key := c.str("disk")
		d, ok := parseDisk(key, g.config[key])
		if !ok {
			return nil, internalError("disk '%s' does not exist", key)
		}
		size := c.str("size")
		newSize := parseSize(strings.TrimPrefix(size, "+"))
		if strings.HasPrefix(size, "+") {
			newSize += d.size
		}
		if newSize < d.size {
			return nil, internalError("shrinking disks is not supported")
		}
		if e := g.checkLock(); e != nil && !c.flag("skiplock") {
			return nil, e
		}
		typ := "resize"
		t := st.startTask(now, c.guestTask(g, typ, func(t *task) error {
			g.config[key] = setSize(g.config[key], newSize)
			return nil
		}))
		return t.upid, nil
	})
}

func setSize(spec string, size int64) string {
	parts := strings.Split(spec, ",")
	for i, p := range parts {
		if strings.HasPrefix(p, "size=") {
			parts[i] = "size=" + formatSize(size)
			return strings.Join(parts, ",")
		}
	}
	return spec + ",size=" + formatSize(size)
}
