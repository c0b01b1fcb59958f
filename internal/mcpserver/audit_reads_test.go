package mcpserver

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// PROXMOX_MCP_AUDIT_READS records reads too: each read once, as sent,
// through its own tool and through the front door; without it reads are
// not recorded (TestAuditRecordsEveryWriteOnceWithoutSecrets).
func TestAuditReadsRecordsEachReadOnce(t *testing.T) {
	for _, reads := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "audit.log")
		log, err := audit.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		u := newSimUpstream(t)
		_, c := sessionWith(t, setup{Mode: inventory.ModeDefault, FrontDoor: true, Tier: policy.ReadOnly, Upstreams: u.upstreams(), Audit: log, AuditReads: reads})
		for _, res := range []*mcp.CallToolResult{
			call(t, c, "pve_get_cluster_resources", map[string]any{}),
			call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_nodes_qemu_status_current", "arguments": map[string]any{"node": "pve1", "vmid": 100}}),
		} {
			if res.IsError {
				t.Fatal(text(res))
			}
		}
		log.Close()
		got := auditedCalls(t, path)
		want := map[string]audit.Decision{}
		if reads {
			want = map[string]audit.Decision{"pve_get_cluster_resources": audit.Sent, "pve_get_nodes_qemu_status_current": audit.Sent}
		}
		if len(got) != len(want) {
			t.Errorf("audit reads %v: recorded %v, want %v", reads, got, want)
		}
		for op, d := range want {
			if got[op] != d {
				t.Errorf("audit reads %v: %s recorded as %q, want %q (all: %v)", reads, op, got[op], d, got)
			}
		}
	}
}

// auditedCalls is each call record's operation and decision; an
// operation recorded twice fails the test.
func auditedCalls(t *testing.T, path string) map[string]audit.Decision {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]audit.Decision{}
	for _, entry := range callRecords(t, data) {
		if _, twice := out[entry.Operation]; twice {
			t.Errorf("%s recorded twice", entry.Operation)
		}
		out[entry.Operation] = entry.Decision
	}
	return out
}

// callRecords are the call records of an audit log, in order.
func callRecords(t *testing.T, data []byte) []audit.Entry {
	t.Helper()
	var out []audit.Entry
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var entry audit.Entry
		if err := json.Unmarshal(sc.Bytes(), &entry); err != nil {
			t.Fatal(err)
		}
		if entry.Kind == audit.KindCall {
			out = append(out, entry)
		}
	}
	return out
}
