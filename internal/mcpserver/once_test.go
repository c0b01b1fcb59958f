package mcpserver

import (
	"maps"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// One tools/call is checked, normalised and encoded once by the server
// (wire.Prepare) and decoded once by the simulator (wire.Decode): the
// client checks nothing again. That holds for a guest named without its
// node too: it is prepared with a stand-in node before the lookup (so an
// invalid call reads nothing), and the prepared request is then pointed at
// the node found.
func TestOneCheckPerCallOnEachSide(t *testing.T) {
	s := sim.New(sim.Options{TaskDuration: -1})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	defer srv.Close()
	client, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: srv.URL, TokenID: s.TokenID(catalog.PVE),
		TokenSecret: s.TokenSecret(catalog.PVE), VerifyTLS: true, Timeout: proxmox.DefaultTimeout})
	if err != nil {
		t.Fatal(err)
	}
	c := connect(t, newServer(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, Upstreams: map[catalog.Product]Upstream{catalog.PVE: client}}))
	for _, args := range []map[string]any{
		{"node": "pve1", "vmid": 100},
		{"vmid": 100},
	} {
		counts := preparedOnce(t, func() {
			res := call(t, c, "pve_put_nodes_qemu_config", with(args, map[string]any{"memory": 4096,
				"net": map[string]any{"1": map[string]any{"model": "virtio", "bridge": "vmbr0"}}, "confirm": true}))
			if res.IsError {
				t.Fatal(text(res))
			}
		})
		if counts[wire.PassPrepare] != 1 || counts[wire.PassDecode] != 1 {
			t.Errorf("%v: per call %d Prepare, %d Decode; want 1 and 1", args, counts[wire.PassPrepare], counts[wire.PassDecode])
		}
	}
}

// preparedOnce counts the wire passes over pve_put_nodes_qemu_config while
// do runs.
func preparedOnce(t *testing.T, do func()) map[wire.Pass]int {
	t.Helper()
	var mu sync.Mutex
	counts := map[wire.Pass]int{}
	stop := wire.Observe(func(p wire.Pass, op *catalog.Operation) {
		if op.Name == "pve_put_nodes_qemu_config" {
			mu.Lock()
			counts[p]++
			mu.Unlock()
		}
	})
	do()
	stop()
	mu.Lock()
	defer mu.Unlock()
	return maps.Clone(counts)
}

func with(a, b map[string]any) map[string]any {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}
