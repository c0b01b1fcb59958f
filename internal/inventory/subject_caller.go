package inventory

import (
	"slices"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// WithSubjects is the inventory as other credentials see it: the same
// configuration, each target's Subject replaced by subject(product,
// target) (target "" for a product's only, unnamed target; a nil Subject
// offers what the tier allows). The HTTP transport's per-user tokens are
// decided this way, exactly as the configured credentials are.
func (inv *Inventory) WithSubjects(subject func(p catalog.Product, target string) *access.Subject) (*Inventory, error) {
	opts := inv.opts
	opts.Products = slices.Clone(opts.Products)
	for i := range opts.Products {
		p := &opts.Products[i]
		p.Subject = subject(p.Product, p.Target)
	}
	return New(opts)
}

// DefaultTarget names p's default target ("" when it is unnamed or p is
// not configured).
func (inv *Inventory) DefaultTarget(p catalog.Product) string {
	if ts := inv.targetsOf(p); len(ts) > 0 {
		return ts[0].spec.Target
	}
	return ""
}
