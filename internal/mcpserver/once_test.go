package mcpserver

import (
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
// client checks nothing again. (A guest named without its node is checked
// with a stand-in node before the lookup, so an invalid call reads
// nothing, and prepared once more with the node found.)
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
	var mu sync.Mutex
	counts := map[wire.Pass]int{}
	stop := wire.Observe(func(p wire.Pass, op *catalog.Operation) {
		if op.Name == "pve_put_nodes_qemu_config" {
			mu.Lock()
			counts[p]++
			mu.Unlock()
		}
	})
	defer stop()
	res := call(t, c, "pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 100, "memory": 4096,
		"net": map[string]any{"1": map[string]any{"model": "virtio", "bridge": "vmbr0"}}, "confirm": true})
	if res.IsError {
		t.Fatal(text(res))
	}
	mu.Lock()
	defer mu.Unlock()
	if counts[wire.PassPrepare] != 1 || counts[wire.PassDecode] != 1 {
		t.Errorf("per call: %d Prepare, %d Decode; want 1 and 1", counts[wire.PassPrepare], counts[wire.PassDecode])
	}
}
