package search

import "testing"

// TestBothGuestKinds: VMs and containers named together, and no one
// guest, are the cluster's resource list.
func TestBothGuestKinds(t *testing.T) {
	wantFirst(t, "every vm and container with its node and status", "pve_get_cluster_resources")
	if p := prodIndex().parse("start vm 100 and container 200"); slicesContainsResources(prodIndex(), p) {
		t.Error("guests named by id read as the resource list")
	}
}

func slicesContainsResources(ix *Index, p plan) bool {
	id := ix.termID["resourc"]
	for _, c := range p.concepts {
		if len(c.alts) == 1 && c.alts[0].id == id && c.weight == bothKindsWeight {
			return true
		}
	}
	return false
}
