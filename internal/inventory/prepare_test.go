package inventory_test

import (
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// Prepare changes nothing New decides: for each seeded token, at each
// tier, narrowed or not, every entry's refusal and Where are the same
// whether the Subject was prepared or not.
func TestPrepareDecidesNothing(t *testing.T) {
	s := sim.New(sim.Options{TaskDuration: -1})
	for _, tok := range s.SeededTokens() {
		for _, tier := range []policy.Tier{policy.ReadOnly, policy.Full} {
			for _, cats := range [][]string{nil, {"qemu"}} {
				build := func(prepare bool) *inventory.Inventory {
					p := inventory.Product{Product: tok.Product, Tier: tier, Categories: cats,
						Subject: &access.Subject{Identity: access.ParseAuthID(tok.ID),
							Privileges: s.Permissions(tok.Product, tok.ID), Directory: s.Subject(tok.Product, tok.ID).Directory}}
					if prepare {
						inventory.Prepare(nil, p)
					}
					inv, err := inventory.New(inventory.Options{Products: []inventory.Product{p}, Mode: inventory.ModeAll, FrontDoor: true})
					if err != nil {
						t.Fatal(err)
					}
					return inv
				}
				plain, prepared := build(false).Entries(), build(true).Entries()
				for i, e := range plain {
					if p := prepared[i]; p.Refusal() != e.Refusal() || p.Where != e.Where {
						t.Errorf("%s %s %v %s: prepared %q %q, not %q %q", tok.ID, tier, cats, e.Name, p.Refusal(), p.Where, e.Refusal(), e.Where)
					}
				}
			}
		}
	}
}
