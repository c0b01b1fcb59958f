package inventory_test

import (
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// BenchmarkNewFiltered is the inventory a server builds at start with
// permission filtering: both products at full, each with the simulator's
// root token as its /access/permissions answer would read (a new Subject
// per build, as each start has).
func BenchmarkNewFiltered(b *testing.B) {
	for _, mode := range []inventory.Mode{inventory.ModeDefault, inventory.ModeAll} {
		b.Run(string(mode), func(b *testing.B) { benchNew(b, mode) })
	}
}

func benchNew(b *testing.B, mode inventory.Mode) {
	s := sim.New(sim.Options{TaskDuration: -1})
	type source struct {
		perms access.Permissions
		dir   *access.Directory
		id    access.Identity
	}
	sources := map[catalog.Product]source{}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		id := s.TokenID(p)
		sources[p] = source{s.Permissions(p, id), s.Subject(p, id).Directory, access.ParseAuthID(id)}
	}
	b.ReportAllocs()
	for b.Loop() {
		var products []inventory.Product
		for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
			src := sources[p]
			subj := &access.Subject{Identity: src.id, Privileges: src.perms, Directory: src.dir}
			products = append(products, inventory.Product{Product: p, Tier: policy.Full, Subject: subj})
		}
		if _, err := inventory.New(inventory.Options{Products: products, Mode: mode, FrontDoor: true}); err != nil {
			b.Fatal(err)
		}
	}
}
