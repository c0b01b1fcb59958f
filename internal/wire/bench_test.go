package wire_test

import (
	"encoding/json"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	. "github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Arguments as the server hands them over: decoded with UseNumber, so
// integers arrive as json.Number.
var (
	benchReadArgs  = map[string]any{"type": "vm"}
	benchWriteArgs = map[string]any{
		"node": "pve1", "vmid": json.Number("101"), "cores": json.Number("4"),
		"memory": "4096", "name": "web01", "onboot": true,
		"net0":        map[string]any{"model": "virtio", "bridge": "vmbr0", "firewall": true},
		"net1":        "virtio,bridge=vmbr1,firewall=1",
		"description": "front-end web server",
	}
)

// BenchmarkPrepareRead is the most common call, a cluster listing with
// one filter: normalised, checked and encoded once.
func BenchmarkPrepareRead(b *testing.B) { benchPrepare(b, "pve_get_cluster_resources", benchReadArgs) }

// BenchmarkPrepareWrite is a VM configuration change against the largest
// operation of the catalog (path parameters, a form body, property
// strings as an object and as a string).
func BenchmarkPrepareWrite(b *testing.B) {
	benchPrepare(b, "pve_put_nodes_qemu_config", benchWriteArgs)
}

func benchPrepare(b *testing.B, name string, args map[string]any) {
	op := apis.Lookup(name)
	if op == nil {
		b.Fatalf("no operation %s", name)
	}
	if _, err := Prepare(op, args); err != nil {
		b.Fatalf("refused: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Prepare(op, args); err != nil {
			b.Fatal(err)
		}
	}
}
