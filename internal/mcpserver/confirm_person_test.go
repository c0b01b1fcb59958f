package mcpserver

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// With a client that can ask a person, the person's acceptance is the
// confirmation: the model need not pass confirm (nor may confirm=false
// stop the question). Accepted, the call is sent once and recorded as
// confirmed by the person; on both protocol paths.
func TestAPersonsAcceptanceNeedsNoConfirm(t *testing.T) {
	for _, version := range []string{mcp.LATEST_PROTOCOL_VERSION, mcp.LATEST_LEGACY_PROTOCOL_VERSION} {
		for name, args := range map[string]map[string]any{
			"confirm left out": {"node": "pve1", "vmid": 100},
			"confirm false":    {"node": "pve1", "vmid": 100, "confirm": false},
		} {
			t.Run(version+"/"+name, func(t *testing.T) {
				u := newUpstream(t)
				path := filepath.Join(t.TempDir(), "audit.log")
				log, err := audit.Open(path)
				if err != nil {
					t.Fatal(err)
				}
				srv := newServer(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, Audit: log,
					Upstreams: map[catalog.Product]Upstream{catalog.PVE: u.client(t, catalog.PVE)}})
				p := &person{action: mcp.ElicitationResponseActionAccept}
				c := connectAs(t, srv, version, p)
				res := call(t, c, "pve_delete_nodes_qemu_vmid", args)
				if p.asked.Load() != 1 || u.writes() != 1 || res.IsError {
					t.Fatalf("asked %d times, %d writes sent: %s", p.asked.Load(), u.writes(), text(res))
				}
				log.Close()
				data, _ := os.ReadFile(path)
				if !bytes.Contains(data, []byte(`"decision":"`+string(audit.ConfirmedByElicitation)+`"`)) {
					t.Errorf("audit log lacks decision %s:\n%s", audit.ConfirmedByElicitation, data)
				}
			})
		}
	}
}
