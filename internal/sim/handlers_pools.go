package sim

import (
	"maps"
	"slices"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

func init() {
	handle(catalog.PVE, "GET /pools", listPools)
	handle(catalog.PVE, "POST /pools", createPool)
	handle(catalog.PVE, "GET /pools/{poolid}", getPool)
	handle(catalog.PVE, "PUT /pools/{poolid}", updatePool)
	handle(catalog.PVE, "DELETE /pools/{poolid}", deletePool)
	if _, ok := catalogHas(catalog.PVE, "PUT /pools"); ok {
		handle(catalog.PVE, "PUT /pools", updatePool)
		handle(catalog.PVE, "DELETE /pools", deletePool)
	}
}

func (st *state) poolMembers(p *pool) []any {
	out := []any{}
	now := st.s.now()
	for _, g := range st.sortedGuests() {
		if g.pool == p.ID {
			out = append(out, st.guestResource(g, now))
		}
	}
	for _, id := range p.Storage {
		if s := st.storages[id]; s != nil {
			for _, n := range st.nodeOrder {
				out = append(out, map[string]any{"id": "storage/" + n + "/" + id, "type": "storage", "storage": id, "node": n})
			}
		}
	}
	return out
}

func listPools(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range slices.Sorted(maps.Keys(st.pools)) {
			if c.has("poolid") && c.str("poolid") != id {
				continue
			}
			p := st.pools[id]
			m := map[string]any{"poolid": id}
			if p.Comment != "" {
				m["comment"] = p.Comment
			}
			if c.has("poolid") {
				m["members"] = st.poolMembers(p)
			}
			out = append(out, m)
		}
		return out, nil
	})
}

func createPool(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		id := c.str("poolid")
		if st.pools[id] != nil {
			return nil, internalError("pool '%s' already exists", id)
		}
		st.pools[id] = &pool{ID: id, Comment: c.str("comment")}
		return nil, nil
	})
}

func (c *call) pool(st *state) (*pool, *apiError) {
	if p := st.pools[c.str("poolid")]; p != nil {
		return p, nil
	}
	return nil, internalError("pool '%s' does not exist", c.str("poolid"))
}

func getPool(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		p, e := c.pool(st)
		if e != nil {
			return nil, e
		}
		m := map[string]any{"members": st.poolMembers(p)}
		if p.Comment != "" {
			m["comment"] = p.Comment
		}
		return m, nil
	})
}

// updatePool adds (or with delete=1 removes) guests and storages.
func updatePool(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		p, e := c.pool(st)
		if e != nil {
			return nil, e
		}
		if c.has("comment") {
			p.Comment = c.str("comment")
		}
		for _, v := range wire.SplitList(c.str("vms")) {
			g := st.guests[atoiDefault(v, 0)]
			if g == nil {
				return nil, internalError("no such VM '%s'", v)
			}
			if e := movePool(g, p, c.flag("delete"), c.flag("allow-move")); e != nil {
				return nil, e
			}
		}
		for _, s := range wire.SplitList(c.str("storage")) {
			p.Storage = toggle(p.Storage, s, c.flag("delete"))
		}
		return nil, nil
	})
}

func movePool(g *guest, p *pool, remove, allowMove bool) *apiError {
	switch {
	case remove && g.pool == p.ID:
		g.pool = ""
	case remove:
	case g.pool != "" && g.pool != p.ID && !allowMove:
		return internalError("VM %d belongs to pool '%s' and 'allow-move' is not set", g.vmid, g.pool)
	default:
		g.pool = p.ID
	}
	return nil
}

func toggle(list []string, v string, remove bool) []string {
	out := []string{}
	for _, x := range list {
		if x != v {
			out = append(out, x)
		}
	}
	if !remove {
		out = append(out, v)
	}
	return out
}

func deletePool(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		p, e := c.pool(st)
		if e != nil {
			return nil, e
		}
		if len(st.poolMembers(p)) > 0 {
			return nil, internalError("pool '%s' is not empty", p.ID)
		}
		delete(st.pools, p.ID)
		return nil, nil
	})
}
