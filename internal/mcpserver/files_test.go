package mcpserver

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

func TestUploadSendsTheDecodedFile(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true, MaxUploadBytes: 1024}, policy.Full)
	args := map[string]any{"store": "store1", "backup-type": "vm", "backup-id": "100", "backup-time": 1700000000}
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_post_admin_datastore_upload_backup_log", "arguments": args})
	if !res.IsError || !strings.Contains(text(res), "content_base64") || u.count() != 0 {
		t.Fatalf("upload without content: %s (requests %d)", text(res), u.count())
	}
	args["content_base64"] = base64.StdEncoding.EncodeToString([]byte("backup log\n"))
	res = call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_post_admin_datastore_upload_backup_log", "arguments": args})
	if res.IsError {
		t.Fatal(text(res))
	}
	if u.last() != "POST /admin/datastore/store1/upload-backup-log" || u.bodies[len(u.bodies)-1] != "backup log\n" {
		t.Errorf("upstream saw %q with body %q", u.last(), u.bodies[len(u.bodies)-1])
	}
}

func TestUploadOverTheLimitIsRefusedWithTheLimit(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true, MaxUploadBytes: 1024}, policy.Full)
	args := map[string]any{"store": "store1", "backup-type": "vm", "backup-id": "100", "backup-time": 1700000000,
		"content_base64": base64.StdEncoding.EncodeToString(make([]byte, 4096))}
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_post_admin_datastore_upload_backup_log", "arguments": args})
	if !res.IsError || !strings.Contains(text(res), "1024 bytes") || u.count() != 0 {
		t.Fatalf("over-limit upload: %s (requests %d)", text(res), u.count())
	}
}

func TestDownloadTextAndBinary(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true, MaxDownloadBytes: 64}, policy.Full)
	args := map[string]any{"store": "store1", "backup-type": "vm", "backup-id": "100", "backup-time": 1700000000, "file-name": "client.log.blob"}
	u.files["GET /admin/datastore/store1/download"] = rawFile{"text/plain", []byte("line one\nline two\n")}
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_get_admin_datastore_download", "arguments": args})
	if res.IsError || text(res) != "line one\nline two\n" {
		t.Fatalf("text download: %s", text(res))
	}
	u.files["GET /admin/datastore/store1/download"] = rawFile{"application/octet-stream", []byte{0, 1, 2, 3}}
	res = call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_get_admin_datastore_download", "arguments": args})
	blob, ok := res.Content[1].(mcp.EmbeddedResource).Resource.(mcp.BlobResourceContents)
	if res.IsError || !ok || blob.Blob != base64.StdEncoding.EncodeToString([]byte{0, 1, 2, 3}) || !strings.Contains(text(res), `"size":4`) {
		t.Fatalf("binary download: %+v", res.Content)
	}
	u.files["GET /admin/datastore/store1/download"] = rawFile{"application/octet-stream", make([]byte, 100)}
	res = call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pbs_get_admin_datastore_download", "arguments": args})
	if !res.IsError || !strings.Contains(text(res), "64") {
		t.Fatalf("over-limit download: %s", text(res))
	}
}

func TestLogAnswersAreShownAsLines(t *testing.T) {
	u := newUpstream(t)
	_, c := session(t, u, setup{FrontDoor: true}, policy.ReadOnly)
	u.answer("GET /nodes/pve1/syslog", `[{"n":1,"t":"first"},{"n":2,"t":"second"}]`)
	res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_nodes_syslog", "arguments": map[string]any{"node": "pve1"}})
	if res.IsError || text(res) != "first\nsecond" {
		t.Fatalf("syslog: %q", text(res))
	}
}
