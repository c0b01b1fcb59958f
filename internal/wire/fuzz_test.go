package wire_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	. "github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// FuzzPrepare throws arbitrary argument objects at a VM config change:
// Prepare must refuse or produce a request whose every parameter is one
// the operation declares, and never panic.
func FuzzPrepare(f *testing.F) {
	// The crasher an earlier encoder let through: an undeclared "}".
	f.Add(`{"node":"0","vmid":0,"}":[0]}`)
	f.Add(`{"node":"pve1","vmid":100,"net0":{"model":"virtio","bridge":"vmbr0"}}`)
	f.Add(`{"node":"pve1","vmid":100,"net":{"0":"virtio,bridge=vmbr0"},"numa_n":{"1":"cpus=0-1"}}`)
	f.Add(`{"node":"a/b","vmid":"1e3","memory":4096}`)
	op := apis.Lookup("pve_put_nodes_qemu_config")
	f.Fuzz(func(t *testing.T, in string) {
		var args map[string]any
		if json.Unmarshal([]byte(in), &args) != nil {
			return
		}
		req, err := Prepare(op, args)
		if err != nil {
			var we *Error
			if !errors.As(err, &we) {
				t.Fatalf("Prepare returned %T, want *wire.Error: %v", err, err)
			}
			return
		}
		path, params := wireOf(t, req)
		if _, problems := Decode(op, path, params, DecodeOptions{JoinRepeats: true}); len(problems) > 0 {
			t.Fatalf("Prepare(%s) sent what Decode refuses: %v", in, (&Error{Problems: problems}).Error())
		}
	})
}
