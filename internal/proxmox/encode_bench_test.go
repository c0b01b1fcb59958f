package proxmox

import (
	"encoding/json"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// BenchmarkEncodeRead encodes a listing with one query parameter.
func BenchmarkEncodeRead(b *testing.B) {
	benchEncode(b, "pve_get_cluster_resources", map[string]any{"type": "vm"})
}

// BenchmarkEncodeWrite encodes a VM configuration change: path
// parameters, a form body and a property string given as an object.
func BenchmarkEncodeWrite(b *testing.B) {
	benchEncode(b, "pve_put_nodes_qemu_config", map[string]any{
		"node": "pve1", "vmid": json.Number("101"), "cores": json.Number("4"),
		"memory": "4096", "name": "web01", "onboot": true,
		"net0":        map[string]any{"model": "virtio", "bridge": "vmbr0", "firewall": true},
		"description": "front-end web server",
	})
}

func benchEncode(b *testing.B, name string, args map[string]any) {
	op := apis.Lookup(name)
	if op == nil {
		b.Fatalf("no operation %s", name)
	}
	if _, err := Encode(op, args); err != nil {
		b.Fatalf("encode: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(op, args); err != nil {
			b.Fatal(err)
		}
	}
}
