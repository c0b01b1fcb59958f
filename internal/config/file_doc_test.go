package config

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// The configuration files the documentation shows load as they are
// written: the same loader, with the files and variables they name
// supplied, so an example that drifts from the loader fails here.
func TestDocumentedConfigFilesLoad(t *testing.T) {
	for _, doc := range []string{"../../README.md", "../../docs/targets.md"} {
		src, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		blocks := tomlBlocks(string(src))
		if len(blocks) == 0 {
			t.Fatalf("%s: no toml example", doc)
		}
		for i, block := range blocks {
			env := map[string]string{}
			path := writeConfig(t, supplyDocumented(t, block, env))
			env[EnvConfig] = path
			cfg, err := Load(lookupOf(env))
			if err != nil {
				t.Errorf("%s, example %d: %v", doc, i+1, err)
				continue
			}
			if n := len(cfg.Targets[catalog.PVE]) + len(cfg.Targets[catalog.PBS]); n < 2 {
				t.Errorf("%s, example %d: %d targets, want several", doc, i+1, n)
			}
		}
	}
}

var (
	tomlBlock     = regexp.MustCompile("(?s)```toml\n(.*?)```")
	documentedEnv = regexp.MustCompile(`_env = "([A-Z0-9_]+)"`)
	documentedAbs = regexp.MustCompile(`"(/[^"]+)"`)
	ellipsisPrint = regexp.MustCompile(`"[0-9A-F]{2}:[0-9A-F]{2}:…"`)
)

func tomlBlocks(md string) []string {
	var out []string
	for _, m := range tomlBlock.FindAllStringSubmatch(md, -1) {
		out = append(out, m[1])
	}
	return out
}

// supplyDocumented gives every variable a value, every absolute path a
// file, and an elided fingerprint its full length.
func supplyDocumented(t *testing.T, block string, env map[string]string) string {
	for _, m := range documentedEnv.FindAllStringSubmatch(block, -1) {
		env[m[1]] = "11111111-2222-3333-4444-555555555555"
	}
	dir := t.TempDir()
	block = documentedAbs.ReplaceAllStringFunc(block, func(q string) string {
		f := filepath.Join(dir, strings.ReplaceAll(strings.Trim(q, `"/`), "/", "_"))
		if err := os.WriteFile(f, []byte("22222222-3333-4444-5555-666666666666\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		return `"` + f + `"`
	})
	full := strings.TrimSuffix(strings.Repeat("AA:", 32), ":")
	return ellipsisPrint.ReplaceAllString(block, `"`+full+`"`)
}
