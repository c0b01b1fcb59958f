package sim

import (
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// registerSnapshotHandlers registers the stateful handlers of this file (see handlerTable).
func registerSnapshotHandlers() {
	for _, kind := range []string{"qemu", "lxc"} {
		base := "/nodes/{node}/" + kind + "/{vmid}/snapshot"
		handle(catalog.PVE, "GET "+base, listSnapshots)
		handle(catalog.PVE, "POST "+base, createSnapshot)
		handle(catalog.PVE, "DELETE "+base+"/{snapname}", deleteSnapshot)
		handle(catalog.PVE, "POST "+base+"/{snapname}/rollback", rollbackSnapshot)
		handle(catalog.PVE, "GET "+base+"/{snapname}/config", getSnapshotConfig)
		handle(catalog.PVE, "PUT "+base+"/{snapname}/config", putSnapshotConfig)
	}
}

func (g *guest) taskPrefix() string {
	if g.kind == "lxc" {
		return "vz"
	}
	return "qm"
}

// listSnapshots lists snapshots plus the "current" pseudo entry.
func listSnapshots(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		out := []any{}
		for _, s := range g.snaps {
			m := map[string]any{"name": s.name, "description": s.description, "snaptime": s.snaptime}
			if s.parent != "" {
				m["parent"] = s.parent
			}
			if g.kind == "qemu" {
				m["vmstate"] = boolInt(s.vmstate)
			}
			out = append(out, m)
		}
		cur := map[string]any{"name": "current", "description": "You are here!", "running": boolInt(g.running), "digest": g.digest()}
		if g.parent != "" {
			cur["parent"] = g.parent
		}
		return append(out, cur), nil
	})
}

func (c *call) snapshotOf(g *guest) (*snapshot, *apiError) {
	name := c.str("snapname")
	if s := g.snapshot(name); s != nil {
		return s, nil
	}
	return nil, internalError("snapshot '%s' does not exist", name)
}

func createSnapshot(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		name := c.str("snapname")
		switch {
		case name == "current" || name == "vzdump":
			return nil, internalError("invalid snapshot name '%s'", name)
		case g.snapshot(name) != nil:
			return nil, internalError("snapshot name '%s' already used", name)
		}
		if e := g.checkLock(); e != nil {
			return nil, e
		}
		g.lock = "snapshot"
		s := &snapshot{name: name, description: c.str("description"), vmstate: c.flag("vmstate") && g.running, parent: g.parent}
		t := st.startTask(now, c.guestTask(g, g.taskPrefix()+"snapshot", func(t *task) error {
			g.lock = ""
			s.snaptime, s.config, s.running = t.end.Unix(), cloneConfig(g.config), g.running
			g.snaps = append(g.snaps, s)
			g.parent = name
			return nil
		}))
		return t.upid, nil
	})
}

func deleteSnapshot(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		s, e := c.snapshotOf(g)
		if e != nil {
			return nil, e
		}
		if e := g.checkLock(); e != nil && !c.flag("force") {
			return nil, e
		}
		g.lock = "snapshot-delete"
		t := st.startTask(now, c.guestTask(g, g.taskPrefix()+"delsnapshot", func(t *task) error {
			g.lock = ""
			g.removeSnapshot(s)
			return nil
		}))
		return t.upid, nil
	})
}

// removeSnapshot drops s and re-parents its children.
func (g *guest) removeSnapshot(s *snapshot) {
	kept := g.snaps[:0]
	for _, x := range g.snaps {
		if x == s {
			continue
		}
		if x.parent == s.name {
			x.parent = s.parent
		}
		kept = append(kept, x)
	}
	g.snaps = kept
	if g.parent == s.name {
		g.parent = s.parent
	}
}

// rollbackSnapshot restores the config; the guest ends up stopped unless
// the snapshot holds RAM state (or start=1).
func rollbackSnapshot(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		s, e := c.snapshotOf(g)
		if e != nil {
			return nil, e
		}
		if e := g.checkLock(); e != nil {
			return nil, e
		}
		g.lock = "rollback"
		start := c.flag("start")
		t := st.startTask(now, c.guestTask(g, g.taskPrefix()+"rollback", func(t *task) error {
			g.lock = ""
			g.config = cloneConfig(s.config)
			g.parent = s.name
			g.running, g.paused = s.vmstate || start, false
			if g.running {
				g.started = t.end
			}
			return nil
		}))
		return t.upid, nil
	})
}

func getSnapshotConfig(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		s, e := c.snapshotOf(g)
		if e != nil {
			return nil, e
		}
		out := typedConfig(s.config, schemasOf(c.op).ret)
		out["snaptime"], out["description"] = s.snaptime, s.description
		if s.parent != "" {
			out["parent"] = s.parent
		}
		return out, nil
	})
}

func putSnapshotConfig(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		g, e := c.guest(st)
		if e != nil {
			return nil, e
		}
		s, e := c.snapshotOf(g)
		if e != nil {
			return nil, e
		}
		if c.has("description") {
			s.description = c.str("description")
		}
		return nil, nil
	})
}
