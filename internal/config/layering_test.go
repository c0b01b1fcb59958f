package config

import (
	"go/build"
	"strings"
	"testing"
)

// The configuration sits below the server: it reads settings and names
// them, and must not reach the MCP server, the HTTP transport or the
// simulator, directly or through another package of this module.
func TestConfigSitsBelowTheServer(t *testing.T) {
	const module = "github.com/proxmox-mcp/proxmox-mcp/"
	forbidden := []string{"internal/mcpserver", "internal/httpserve", "internal/sim", "cmd/"}
	seen := map[string]string{}
	var walk func(path, from string)
	walk = func(path, from string) {
		if _, ok := seen[path]; ok || !strings.HasPrefix(path, module) {
			return
		}
		seen[path] = from
		for _, f := range forbidden {
			if strings.HasPrefix(strings.TrimPrefix(path, module), f) {
				t.Errorf("internal/config depends on %s (imported by %s)", path, from)
			}
		}
		pkg, err := build.Default.Import(path, ".", 0)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, imp := range pkg.Imports {
			walk(imp, path)
		}
	}
	walk(module+"internal/config", "")
	if len(seen) < 3 {
		t.Fatalf("walked only %d packages: the import walk is broken", len(seen))
	}
}
