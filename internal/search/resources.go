package search

// A request about guests of both kinds ("every vm and container with its
// node and status", "vms and cts tagged prod") and no one guest is about the cluster's resource list: the one
// list that holds VMs and containers of every node with their node,
// status, tags and use (GET /cluster/resources). Each kind's own list
// holds one kind on one node.

// bothKindsWeight is the weight of the resources concept such a request
// adds: about a word's, so the words still decide among reads of it.
const bothKindsWeight = 0.8

// namesBothGuestKinds reports whether the plan names VMs and containers
// as two ideas ("vm and container", "vms and cts").
func (ix *Index) namesBothGuestKinds(p *plan) bool {
	qemu, lxc := ix.termID["qemu"], ix.termID["lxc"]
	var vm, ct bool
	for _, c := range p.concepts {
		if len(c.alts) > 0 {
			vm = vm || c.alts[0].id == qemu
			ct = ct || c.alts[0].id == lxc
		}
	}
	return vm && ct
}

// addResources adds the cluster's resource list to a request about
// guests of both kinds and no one guest.
func (ix *Index) addResources(p *plan) {
	if p.guestID || p.guestName || !ix.namesBothGuestKinds(p) {
		return
	}
	p.add(concept{alts: ix.termAlts([]alt{{"resourc", 1}}), weight: bothKindsWeight})
}
