package mcpserver

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// A cluster of an older release is offered what that release has: what
// it lacks is not listed, and is refused on every path with the release
// it needs, sending nothing.
func TestOlderClusterIsOfferedItsRelease(t *testing.T) {
	s := sim.New(sim.Options{PVERelease: "8.4", TaskDuration: -1})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	defer srv.Close()
	client, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: srv.URL, TokenID: s.TokenID(catalog.PVE),
		TokenSecret: s.TokenSecret(catalog.PVE), VerifyTLS: true, Timeout: proxmox.DefaultTimeout}, proxmox.WithMaxAttempts(1))
	if err != nil {
		t.Fatal(err)
	}
	srvMCP := newServer(t, setup{Mode: inventory.ModeAll, FrontDoor: true, Tier: policy.Full,
		Upstreams: map[catalog.Product]Upstream{catalog.PVE: client}, Release: map[catalog.Product]string{catalog.PVE: "8.4.0"}})
	c := connect(t, srvMCP)

	const newer = "pve_get_cluster_ha_rules" // PVE 9.1
	if names := listNames(t, c); slices.Contains(names, newer) || !slices.Contains(names, "pve_get_cluster_ha_resources") {
		t.Fatalf("tools/list at 8.4: %s listed=%v", newer, slices.Contains(names, newer))
	}
	before := len(s.Requests())
	res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": newer})
	if want := "pve_get_cluster_ha_rules needs Proxmox VE ≥ 9.1; this cluster runs 8.4.0"; !res.IsError || !strings.Contains(text(res), want) {
		t.Errorf("calling a 9.1 operation: %s, want %q", text(res), want)
	}
	// A parameter 9.1 added to an operation 8.4 has.
	res = call(t, c, "pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 100, "allow-ksm": true})
	if want := "parameter allow-ksm needs Proxmox VE ≥ 9.1; this cluster runs 8.4.0"; !res.IsError || !strings.Contains(text(res), want) {
		t.Errorf("a 9.1 parameter: %s, want %q", text(res), want)
	}
	// And a property-string key it added.
	res = call(t, c, "pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 100, "cpu": map[string]any{"cputype": "host", "guest-phys-bits": 40}})
	if want := "cpu.guest-phys-bits needs Proxmox VE ≥ 9.1; this cluster runs 8.4.0"; !res.IsError || !strings.Contains(text(res), want) {
		t.Errorf("a 9.1 key: %s, want %q", text(res), want)
	}
	if n := len(s.Requests()) - before; n != 0 {
		t.Errorf("%d requests reached the cluster for refused calls", n)
	}
	// describe shows the operation as 8.4 has it.
	res = call(t, c, inventory.ToolDescribe, map[string]any{"tools": []any{"pve_put_nodes_qemu_config"}})
	if strings.Contains(text(res), "allow-ksm") {
		t.Error("describe at 8.4 lists the 9.1 parameter allow-ksm")
	}
	// What 8.4 has works.
	if res := call(t, c, "pve_get_vm_config", map[string]any{"node": "pve1", "vmid": 100}); res.IsError {
		t.Errorf("an 8.4 read: %s", text(res))
	}
}
