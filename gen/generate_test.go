package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// goldenDir holds the generated output of the small fixtures in
// schema/testdata. UPDATE_GOLDEN=1 rewrites it; CI never creates it.
const goldenDir = "testdata/golden"

var headerLine = regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`)

func parseFixture(t *testing.T, file string, product schema.Product) *schema.API {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "schema", "testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Parse(data, product, "test")
	if err != nil {
		t.Fatal(err)
	}
	return api
}

func generateInto(t *testing.T, api *schema.API, dir string) {
	t.Helper()
	generateWith(t, api, nil, dir)
}

func generateWith(t *testing.T, api *schema.API, h *History, dir string) {
	t.Helper()
	if _, err := Generate(api, h, dir); err != nil {
		t.Fatal(err)
	}
}

func readDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}

// The fixtures are generated against an older release of themselves
// (testdata/releases), so the golden output shows the Since data.
func TestGoldenFixtureOutput(t *testing.T) {
	for _, fx := range []struct {
		file    string
		product schema.Product
	}{{"pve-mini.js", schema.PVE}, {"pbs-mini.js", schema.PBS}} {
		t.Run(string(fx.product), func(t *testing.T) {
			api := parseFixture(t, fx.file, fx.product)
			h := fixtureHistory(t, fx.product)
			golden := filepath.Join(goldenDir, string(fx.product))
			if os.Getenv("UPDATE_GOLDEN") == "1" {
				if os.Getenv("CI") != "" {
					t.Fatal("UPDATE_GOLDEN is not allowed in CI")
				}
				generateWith(t, api, h, golden)
			}
			if _, err := os.Stat(golden); err != nil {
				t.Fatalf("%s missing: run UPDATE_GOLDEN=1 go test ./gen and commit it", golden)
			}
			tmp := t.TempDir()
			generateWith(t, api, fixtureHistory(t, fx.product), tmp)
			if diff := cmp.Diff(readDir(t, golden), readDir(t, tmp)); diff != "" {
				t.Errorf("generated output differs from %s (UPDATE_GOLDEN=1 to accept):\n%s", golden, diff)
			}
		})
	}
}

// The golden output must compile against the runtime's catalog package.
func TestGoldenOutputCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	cmd := exec.Command("go", "vet", "./"+goldenDir+"/pve", "./"+goldenDir+"/pbs")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet of the golden output: %v\n%s", err, out)
	}
}

func TestGeneratedFilesHaveStandardHeader(t *testing.T) {
	for _, p := range []string{"pve", "pbs"} {
		for name, content := range readDir(t, filepath.Join("..", "generated", p)) {
			if !strings.HasSuffix(name, ".go") {
				continue
			}
			first := strings.SplitN(content, "\n", 2)[0]
			if !headerLine.MatchString(first) {
				t.Errorf("generated/%s/%s: first line %q is not the standard header", p, name, first)
			}
			if !strings.Contains(first, "sha256 ") {
				t.Errorf("generated/%s/%s: header lacks the dump's sha256", p, name)
			}
		}
	}
}

func TestGenerateRemovesOnlyItsOwnStaleFiles(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "client_gone_gen.go")
	mine := filepath.Join(dir, "notes.md")
	os.WriteFile(stale, []byte("package pve\n"), 0o644)
	os.WriteFile(mine, []byte("keep"), 0o644)
	generateInto(t, parseFixture(t, "pve-mini.js", schema.PVE), dir)
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("stale generated file kept")
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("a file the generator does not own was removed")
	}
}

// apidocDir finds the pinned dumps; the full-catalog tests need them
// (make schema). Without them the tests skip, except in CI.
func apidocDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("PROXMOX_APIDOC_DIR")
	if dir == "" {
		dir = filepath.Join("..", "schema", "apidoc")
	}
	if _, err := os.Stat(filepath.Join(dir, "pve-9.1-apidoc.js")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("dumps missing in %s: run make schema", dir)
		}
		t.Skipf("dumps missing in %s: run make schema", dir)
	}
	return dir
}

func parseDump(t *testing.T, dir, file string, product schema.Product) *schema.API {
	t.Helper()
	m, err := schema.LoadManifest(filepath.Join("..", "schema", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	data, d, err := m.Verify(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Parse(data, product, d.Release)
	if err != nil {
		t.Fatal(err)
	}
	return api
}

// dumpHistory is the older pinned dump as history, or none when it is not
// at hand.
func dumpHistory(t *testing.T, dir, file string, product schema.Product) *History {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, file)); err != nil {
		return &History{Missing: []string{file}}
	}
	return &History{Older: []*schema.API{parseDump(t, dir, file, product)}}
}

func TestGenerationIsDeterministic(t *testing.T) {
	dir := apidocDir(t)
	for _, d := range []struct {
		file, older string
		product     schema.Product
	}{{"pve-9.1-apidoc.js", "pve-8.4-apidoc.js", schema.PVE}, {"pbs-4.2-apidoc.js", "pbs-3.4-apidoc.js", schema.PBS}} {
		a, b := t.TempDir(), t.TempDir()
		generateWith(t, parseDump(t, dir, d.file, d.product), dumpHistory(t, dir, d.older, d.product), a)
		generateWith(t, parseDump(t, dir, d.file, d.product), dumpHistory(t, dir, d.older, d.product), b)
		fa, fb := readDir(t, a), readDir(t, b)
		if len(fa) == 0 {
			t.Fatal("nothing generated")
		}
		for name := range fa {
			if !bytes.Equal([]byte(fa[name]), []byte(fb[name])) {
				t.Errorf("%s: %s differs between two runs", d.file, name)
			}
		}
	}
}

// Regenerating from the previous releases must work and compile, and every
// operation present in both releases must keep its tool name.
func TestRegenerateOlderReleases(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	dir := apidocDir(t)
	for _, f := range []string{"pve-8.4-apidoc.js", "pbs-3.4-apidoc.js"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil && os.Getenv("CI") == "" {
			t.Skipf("%s missing (older releases are not downloadable; copy them from a node): %v", f, err)
		}
	}
	work, err := os.MkdirTemp("testdata", "regen-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	pairs := []struct {
		old, cur string
		product  schema.Product
	}{
		{"pve-8.4-apidoc.js", "pve-9.1-apidoc.js", schema.PVE},
		{"pbs-3.4-apidoc.js", "pbs-4.2-apidoc.js", schema.PBS},
	}
	for _, p := range pairs {
		old := parseDump(t, dir, p.old, p.product)
		generateInto(t, old, filepath.Join(work, string(p.product)))
		cur := parseDump(t, dir, p.cur, p.product)
		curNames := map[string]string{}
		for _, op := range cur.Operations {
			curNames[op.Method+" "+op.Path] = ToolName(op.Product, op.Method, op.Path)
		}
		shared := 0
		oldNames, err := checkToolNames(old.Operations)
		if err != nil {
			t.Fatal(err)
		}
		for op, name := range oldNames {
			if n, ok := curNames[op.Method+" "+op.Path]; ok {
				shared++
				if n != name {
					t.Errorf("%s %s: %q in %s, %q in %s", op.Method, op.Path, name, p.old, n, p.cur)
				}
			}
		}
		if shared < 300 {
			t.Errorf("%s and %s share only %d operations", p.old, p.cur, shared)
		}
		t.Logf("%s → %s: %d shared operations keep their names", p.old, p.cur, shared)
	}
	cmd := exec.Command("go", "vet", "./"+filepath.ToSlash(work)+"/pve", "./"+filepath.ToSlash(work)+"/pbs")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("older releases' output does not compile: %v\n%s", err, out)
	}
}
