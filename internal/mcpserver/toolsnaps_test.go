package mcpserver

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Tool snapshots: one JSON file per listed tool, as clients receive it
// (name, title, description, annotations, input schema), for the default
// configuration and for every operation at the full tier. Any change to
// what clients see is a reviewable diff; refresh with
// UPDATE_TOOLSNAPS=1 go test ./internal/mcpserver -run TestToolSnapshots.
func TestToolSnapshots(t *testing.T) {
	configs := map[string]setup{
		"default":  {FrontDoor: true, Tier: policy.ReadOnly, Mode: inventory.ModeDefault},
		"all-full": {FrontDoor: true, Tier: policy.Full, Mode: inventory.ModeAll},
	}
	for name, s := range configs {
		t.Run(name, func(t *testing.T) {
			s.Upstreams = map[catalog.Product]Upstream{catalog.PVE: canned{}, catalog.PBS: canned{}}
			srv := newServer(t, s)
			compareSnapshots(t, filepath.Join("testdata", "toolsnaps", name), snapshots(t, srv))
		})
	}
}

func snapshots(t *testing.T, srv *Server) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, tool := range srv.Inventory().Tools() {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(MCPTool(tool)); err != nil {
			t.Fatal(err)
		}
		out[tool.Name+".json"] = b.Bytes()
	}
	return out
}

func compareSnapshots(t *testing.T, dir string, got map[string][]byte) {
	t.Helper()
	if os.Getenv("UPDATE_TOOLSNAPS") == "1" {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range got {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("%v (run UPDATE_TOOLSNAPS=1 go test ./internal/mcpserver -run TestToolSnapshots)", err)
	}
	var stored []string
	for _, f := range files {
		stored = append(stored, f.Name())
		want, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		have, ok := got[f.Name()]
		if !ok {
			t.Errorf("%s: the tool is no longer listed", strings.TrimSuffix(f.Name(), ".json"))
			continue
		}
		if diff := cmp.Diff(string(want), string(have)); diff != "" {
			t.Errorf("%s changed (-snapshot +now):\n%s", f.Name(), diff)
		}
	}
	for name := range got {
		if !slices.Contains(stored, name) {
			t.Errorf("%s: a new tool without a snapshot", strings.TrimSuffix(name, ".json"))
		}
	}
	if t.Failed() {
		t.Log("if the change is intended: UPDATE_TOOLSNAPS=1 go test ./internal/mcpserver -run TestToolSnapshots, and review the diff")
	}
}
