package audit

import "github.com/proxmox-mcp/proxmox-mcp/internal/catalog"

// SecretNames lists what Record.Secrets should name for a call of op: its
// Secret parameters and the Secret keys of its property strings (the
// catalog knows credentials whose names do not say so: an ACME plugin's
// data, a realm's certkey, a two-factor value).
func SecretNames(op *catalog.Operation) []string {
	var out []string
	for _, p := range op.Params {
		if p.Secret {
			out = append(out, p.Name)
		}
		if p.Property == nil {
			continue
		}
		for _, k := range p.Property.Keys {
			if k.Secret {
				out = append(out, k.Name)
			}
		}
	}
	return out
}
