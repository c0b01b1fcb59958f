package sim

import (
	"maps"
	"slices"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// registerPoolsHandlers registers the stateful handlers of this file (see handlerTable).
func registerPoolsHandlers() {
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

// listPools lists the pools the caller holds Pool.Audit on. Asked for
// one pool it answers regardless: PVE::API2::Pool index checks that case
// with noerr and ignores the result.
func listPools(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range slices.Sorted(maps.Keys(st.pools)) {
			if c.has("poolid") && c.str("poolid") != id {
				continue
			}
			if !c.has("poolid") && !c.can(st, "/pool/"+id, "Pool.Audit") {
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

// updatePool adds (or with delete=1 removes) guests and storages, as
// PVE::API2::Pool update_pool_common does: each member needs
// Permissions.Modify or its allocate privilege (check_perm_modify), and
// moving a guest out of another pool Pool.Allocate there.
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
			if e := c.poolGuest(st, p, v); e != nil {
				return nil, e
			}
		}
		for _, s := range wire.SplitList(c.str("storage")) {
			if e := c.poolStorage(st, p, s); e != nil {
				return nil, e
			}
		}
		return nil, nil
	})
}

func (c *call) poolGuest(st *state, p *pool, vmid string) *apiError {
	if !c.canModifyPerms(st, "/vms/"+vmid) {
		return permFailed("/vms/"+vmid, "Permissions.Modify", "VM.Allocate")
	}
	g := st.guestByPathID(vmid)
	switch {
	case c.flag("delete") && (g == nil || g.pool != p.ID):
		return internalError("VM %s is not a pool member", vmid)
	case c.flag("delete"):
		g.pool = ""
	case g == nil:
		return internalError("no such VM '%s'", vmid)
	case g.pool == p.ID:
		return internalError("VM %s is already a pool member", vmid)
	case g.pool != "" && !c.flag("allow-move"):
		return internalError("VM %s belongs already to pool '%s' and 'allow-move' is not set", vmid, g.pool)
	case g.pool != "" && !c.can(st, "/pool/"+g.pool, "Pool.Allocate"):
		return permFailed("/pool/"+g.pool, "Pool.Allocate")
	default:
		g.pool = p.ID
	}
	return nil
}

func (c *call) poolStorage(st *state, p *pool, id string) *apiError {
	if !c.canModifyPerms(st, "/storage/"+id) {
		return permFailed("/storage/"+id, "Permissions.Modify", "Datastore.Allocate")
	}
	member := slices.Contains(p.Storage, id)
	switch {
	case c.flag("delete") && !member:
		return internalError("Storage '%s' is not a pool member", id)
	case c.flag("delete"):
		p.Storage = slices.DeleteFunc(p.Storage, func(s string) bool { return s == id })
	case member:
		return internalError("Storage '%s' is already a pool member", id)
	default:
		p.Storage = append(p.Storage, id)
	}
	return nil
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
