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

// A guest's option named with the guest and something to do ("vm 230
// needs a second nic on vmbr1", "add a 100G disk to vm 222", "give ct
// 160 two more cores") changes that guest's configuration, not the
// node's network or storage the option's words also name: the option
// words of the vocabulary table that are configuration parameters of a
// guest lead there (guestOptionBonus, weaker than a pasted line's).
const guestOptionBonus = 1.5

// guestOptionTerms are the index terms of the guests' configuration
// parameter names.
func guestOptionTerms(options map[string][]string) map[string]bool {
	out := make(map[string]bool, len(options))
	for name := range options {
		out[stem(name)] = true
	}
	return out
}

// namesGuestOption reports whether a vocabulary entry's terms include a
// guest's configuration parameter.
func (ix *Index) namesGuestOption(e *entry) bool {
	if !e.option {
		return false
	}
	for _, a := range e.alts {
		if ix.guestOptionStems[a.term] {
			return true
		}
	}
	return false
}

// guestConfigFactor is what the preference multiplies a guest
// configuration endpoint by for p.
func (p *plan) guestConfigFactor(kind string) float64 {
	switch {
	case slices.Contains(p.configKinds, kind):
		return configLineBonus
	case p.guestOption && (p.guestID || p.guestName) && p.intents&intentRead == 0:
		return guestOptionBonus
	}
	return 1
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
