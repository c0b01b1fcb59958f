package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// guestRecord is one guest as GET /cluster/resources?type=vm lists it.
// Proxmox lists only the guests the caller may audit (VM.Audit), so a
// guest missing from it may still exist.
type guestRecord struct {
	VMID     int
	Name     string
	Node     string
	Kind     catalog.GuestKind
	Template bool
}

// The reads the resolver makes, found in the catalogs by method and path.
var (
	clusterResourcesOp = readOp(catalog.PVE, "/cluster/resources")
	datastoreListOp    = readOp(catalog.PBS, "/admin/datastore")
)

func readOp(p catalog.Product, path string) func() *catalog.Operation {
	return sync.OnceValue(func() *catalog.Operation {
		ops := apis.Catalog(p).Operations
		for i := range ops {
			if ops[i].Method == "GET" && ops[i].Path == path {
				return &ops[i]
			}
		}
		panic(fmt.Sprintf("mcpserver: the %s catalog has no GET %s", p, path))
	})
}

// readGuests lists the cluster's guests.
func readGuests(ctx context.Context, up Upstream) ([]guestRecord, error) {
	var rows []struct {
		VMID     catalog.Int    `json:"vmid"`
		Name     catalog.String `json:"name"`
		Node     catalog.String `json:"node"`
		Type     catalog.String `json:"type"`
		Template catalog.Bool   `json:"template"`
	}
	if err := readList(ctx, up, clusterResourcesOp(), map[string]any{"type": "vm"}, &rows); err != nil {
		return nil, err
	}
	out := make([]guestRecord, 0, len(rows))
	for _, r := range rows {
		kind := catalog.GuestKind(r.Type)
		if (kind == catalog.QEMU || kind == catalog.LXC) && r.VMID > 0 && r.Node != "" {
			out = append(out, guestRecord{VMID: int(r.VMID), Name: string(r.Name), Node: string(r.Node), Kind: kind, Template: bool(r.Template)})
		}
	}
	return out, nil
}

// readDatastores lists the backup server's datastores by name, sorted.
func readDatastores(ctx context.Context, up Upstream) ([]string, error) {
	var rows []struct {
		Store catalog.String `json:"store"`
	}
	if err := readList(ctx, up, datastoreListOp(), map[string]any{}, &rows); err != nil {
		return nil, err
	}
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		if r.Store != "" {
			out = append(out, string(r.Store))
		}
	}
	sort.Strings(out)
	return out, nil
}

// readList sends one read and decodes its list; an answer that is not a
// list is an error (a resolver must not guess from it).
func readList(ctx context.Context, up Upstream, op *catalog.Operation, args map[string]any, out any) error {
	if up == nil {
		return fmt.Errorf("%s is not configured", op.Product.Title())
	}
	req, err := wire.Prepare(op, args)
	if err != nil {
		return err
	}
	data, err := up.Send(ctx, req)
	if err != nil {
		return err
	}
	if t := strings.TrimSpace(string(data)); !strings.HasPrefix(t, "[") {
		return fmt.Errorf("GET %s answered %.40s, not a list", op.Path, t)
	}
	return json.Unmarshal(data, out)
}

// moves remembers the guests that calls through this server started to
// migrate. Until a fresh read shows such a guest on another node (or the
// window, the server's longest task wait, ends), its lookups read the
// cluster again instead of trusting the cache.
type moves struct {
	window time.Duration
	now    func() time.Time

	mu     sync.Mutex
	guests map[int]move
	all    time.Time // a move of guests the call does not name (a node's migrateall, HA, bulk actions)
}

type move struct {
	from  string // the node it leaves; "" when not known
	until time.Time
}

// start records a move of vmid from a node (vmid 0: of guests not named).
func (m *moves) start(vmid int, from string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	until := m.now().Add(m.window)
	if vmid == 0 {
		m.all = until
		return
	}
	if m.guests == nil {
		m.guests = map[int]move{}
	}
	m.guests[vmid] = move{from: from, until: until}
}

// unsettled reports whether vmid may be on its way to another node.
func (m *moves) unsettled(vmid int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	if now.Before(m.all) {
		return true
	}
	mv, ok := m.guests[vmid]
	if ok && !now.Before(mv.until) {
		delete(m.guests, vmid)
		return false
	}
	return ok
}

// seen ends the move of a guest a fresh read shows away from its origin.
func (m *moves) seen(g guestRecord) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if mv, ok := m.guests[g.VMID]; ok && mv.from != "" && mv.from != g.Node {
		delete(m.guests, g.VMID)
	}
}

// movesGuests reports whether an operation migrates guests: a PVE write
// whose last path segment is a migration (migrate, remote_migrate,
// migrateall, a bulk migrate) or an HA relocation. It is a rule over the
// catalog's paths, so a release that adds one is covered.
func movesGuests(op *catalog.Operation) bool {
	if op.Product != catalog.PVE || op.Method == "GET" {
		return false
	}
	last := op.Path[strings.LastIndex(op.Path, "/")+1:]
	return strings.Contains(last, "migrate") || last == "relocate"
}
