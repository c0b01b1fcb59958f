package validate

import (
	"encoding/json"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// Arguments as the server hands them over: decoded with UseNumber, so
// integers arrive as json.Number.
var (
	benchReadArgs = map[string]any{"type": "vm"}

	benchWriteArgs = map[string]any{
		"node": "pve1", "vmid": json.Number("101"), "cores": json.Number("4"),
		"memory": "4096", "name": "web01", "onboot": true,
		"net0": "virtio,bridge=vmbr0,firewall=1", "description": "front-end web server",
	}
)

// BenchmarkArgsRead validates the most common call, a cluster listing with
// one filter.
func BenchmarkArgsRead(b *testing.B) {
	benchArgs(b, "pve_get_cluster_resources", benchReadArgs)
}

// BenchmarkArgsWrite validates a VM configuration change against the
// largest schema in the catalog (90 KB, property strings, indexed keys).
func BenchmarkArgsWrite(b *testing.B) {
	benchArgs(b, "pve_put_nodes_qemu_config", benchWriteArgs)
}

// benchArgs measures a call after the first: the schema is compiled once
// per process and cached, so the steady state is what every call pays.
func benchArgs(b *testing.B, name string, args map[string]any) {
	op := apis.Lookup(name)
	if op == nil {
		b.Fatalf("no operation %s", name)
	}
	if err := Args(op, args); err != nil {
		b.Fatalf("arguments refused: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Args(op, args); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArgsWriteFirstCall is the same validation on a cold cache: the
// first call of an operation in a process compiles its schema.
func BenchmarkArgsWriteFirstCall(b *testing.B) {
	op := apis.Lookup("pve_put_nodes_qemu_config")
	b.ReportAllocs()
	for b.Loop() {
		cache.Delete(op.InputSchema)
		if err := Args(op, benchWriteArgs); err != nil {
			b.Fatal(err)
		}
	}
}
