package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
)

func TestAuditVerify(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l, err := audit.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, vmid := range []string{"100", "101", "102"} {
		if err := l.Append(audit.Record{Tool: "pve_delete_nodes_qemu_vmid", Arguments: map[string]any{"vmid": vmid}, Decision: audit.ConfirmedByArgument}); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	out, err := run(t, nil, "audit", "verify", path)
	if err != nil || !strings.HasPrefix(out, "4 records, chain intact\n") || !strings.Contains(out, "last line sha256 ") {
		t.Fatalf("intact log: %q, %v", out, err)
	}
	data, _ := os.ReadFile(path)
	lines := strings.SplitAfter(string(data), "\n")
	os.WriteFile(path, []byte(lines[0]+lines[1]+lines[3]), 0o600) // record 3 removed
	out, err = run(t, nil, "audit", "verify", path)
	if err == nil || !strings.Contains(out, "line 3: record 3 is missing") || !strings.Contains(out, "(removed)") {
		t.Errorf("broken log: %q, %v", out, err)
	}
	if _, err := run(t, nil, "audit", "verify", filepath.Join(t.TempDir(), "none.log")); err == nil {
		t.Error("a missing file verified")
	}
}
