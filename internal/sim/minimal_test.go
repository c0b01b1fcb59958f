package sim

import (
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// TestExampleArgsValidate: the example arguments of every operation pass
// the operation's own input schema, so other sweeps can rely on them.
func TestExampleArgsValidate(t *testing.T) {
	s := New(Options{})
	n := 0
	for _, op := range apis.Operations() {
		n++
		if args := s.ExampleArgs(op); prepareErr(op, args) != nil {
			t.Errorf("ExampleArgs(%s) = %v: %v", op.Name, args, prepareErr(op, args))
		}
	}
	t.Logf("%d operations", n)
}

func TestSeedDeterminism(t *testing.T) {
	a, b, c := New(Options{Seed: 7}), New(Options{Seed: 7}), New(Options{Seed: 8})
	if a.TokenSecret(catalog.PVE) != b.TokenSecret(catalog.PVE) || a.Password() != b.Password() {
		t.Fatal("the same seed gave different secrets")
	}
	if a.TokenSecret(catalog.PVE) == c.TokenSecret(catalog.PVE) || a.TokenSecret(catalog.PVE) == a.TokenSecret(catalog.PBS) {
		t.Fatal("secrets do not depend on the seed and product")
	}
	op := apis.Lookup("pve_post_nodes_qemu_status_start")
	if a.ExampleArgs(op)["vmid"] != b.ExampleArgs(op)["vmid"] {
		t.Fatal("examples differ for the same seed")
	}
	if e := New(Options{Empty: true}); len(e.st.guests) != 0 || len(e.st.nodes) != 3 {
		t.Fatalf("Empty: %d guests, %d nodes", len(e.st.guests), len(e.st.nodes))
	}
}

func prepareErr(op *catalog.Operation, args map[string]any) error {
	_, err := wire.Prepare(op, args)
	return err
}
