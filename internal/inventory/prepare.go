package inventory

import (
	"slices"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Prepare asks p's Subject, ahead of New, about every operation New will
// ask it about (those p's tier and categories allow), so that New finds
// the answers ready. It changes what New decides in nothing, only when
// the work is done: a server calls it for each target as soon as that
// target's permissions are read, while the others' reads are still in
// flight, and on its own core. pol nil means policy.Default().
func Prepare(pol *policy.Policy, p Product) {
	if p.Subject == nil {
		return
	}
	if pol == nil {
		pol = policy.Default()
	}
	ops := apis.Catalog(p.Product).Operations
	for i := range ops {
		op := &ops[i]
		if !op.Flags.TokenAllowed && p.TicketLogin {
			continue // New does not ask the token's Subject about these
		}
		d := pol.Decide(op)
		if d.Tier > p.Tier || p.Categories != nil && !slices.Contains(p.Categories, d.Category) && !navigation[op.Name] {
			continue
		}
		p.Subject.Availability(op)
	}
}
