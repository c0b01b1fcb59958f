package search

import (
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// A request that starts with a line of a guest's configuration file, as
// qm config and pct config print it ("net0: virtio=…,bridge=vmbr0",
// "onboot: 1", "scsi0: local-lvm:vm-100-disk-0,discard=on"), is about
// that option of that guest: reading or changing the guest's config. The
// keys are the parameters of the configuration endpoints themselves, an
// indexed one (net[n], scsi[n]) written with its index; the line's value
// words still count as they are.

// guestConfigPaths are the endpoints whose parameters are a guest's
// configuration options, with the path word that names the guest kind.
var guestConfigPaths = map[string]string{
	"/nodes/{node}/qemu/{vmid}/config": "qemu",
	"/nodes/{node}/lxc/{vmid}/config":  "lxc",
}

// configLineWeight is the weight of the concept a configuration line
// adds, and configLineBonus what it multiplies the configuration
// endpoints of the guest kinds that have the option by: the line says
// plainly what it is about, more than any one word.
const (
	configLineWeight = 1.5
	configLineBonus  = 2
)

// guestOptionKinds maps each configuration option of a guest to the path
// words of the guest kinds that have it.
func guestOptionKinds(ops []*catalog.Operation) map[string][]string {
	out := map[string][]string{}
	for _, op := range ops {
		kind, ok := guestConfigPaths[op.Path]
		if !ok || op.Method != "PUT" {
			continue
		}
		for _, prm := range op.Params {
			if prm.Location != catalog.InPath && !slices.Contains(out[prm.Name], kind) {
				out[prm.Name] = append(out[prm.Name], kind)
			}
		}
	}
	return out
}

// configLineKey returns the option a request's first word names as the
// key of a configuration line ("net0:" → net), or "".
func configLineKey(text string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	key, ok := strings.CutSuffix(strings.ToLower(first), ":")
	if !ok || key == "" || !isLower(key[0]) {
		return ""
	}
	return strings.TrimRight(key, "0123456789")
}

// readConfigLine adds the guest configuration a pasted line names.
func (ix *Index) readConfigLine(p *plan, text string) {
	kinds := ix.guestOptions[configLineKey(text)]
	if len(kinds) == 0 {
		return
	}
	alts := ix.appendTerm(nil, "config", 1)
	if len(kinds) == 1 {
		alts = ix.appendTerm(alts, kinds[0], 0.8)
	}
	p.add(concept{alts: alts, weight: configLineWeight})
	p.configKinds = kinds
	p.option = true
	p.addIntent(intentUpdate)
}
