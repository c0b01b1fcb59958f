package inventory

import (
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// What a cluster's release is offered: a release newer than the catalog's
// (the next Proxmox, before the project regenerates) and the catalog's own
// get every operation; an older pinned release or one between two pinned
// ones gets what the older pinned release has.
func TestOfferedOperationsByRelease(t *testing.T) {
	total := len(apis.Catalog(catalog.PVE).Operations)
	for _, tc := range []struct {
		release string
		hidden  int
	}{
		{"", 0}, {"9.1.1", 0}, {"9.4.0", 0}, {"10.0.2", 0},
		{"8.4.1", 42}, {"9.0.3", 42},
	} {
		inv, err := New(Options{Mode: ModeAll, Allow: Capabilities, Products: []Product{{Product: catalog.PVE, Tier: policy.Full, Release: tc.release}}})
		if err != nil {
			t.Fatal(err)
		}
		allowed := 0
		for _, e := range inv.Entries() {
			if e.Allowed() {
				allowed++
			}
		}
		if inv.Hidden(catalog.PVE) != tc.hidden || allowed != total-tc.hidden {
			t.Errorf("release %q: %d hidden and %d of %d offered; want %d hidden", tc.release, inv.Hidden(catalog.PVE), allowed, total, tc.hidden)
		}
	}
}
