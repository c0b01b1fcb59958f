package release

import (
	"archive/zip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

// moduleTree is a small module with what a module zip must leave out.
var moduleTree = map[string]string{
	"go.mod":                "module example.com/Tool\n\ngo 1.22\n",
	"main.go":               "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"tool\", version) }\n",
	"version.go":            "package main\n\nconst version = \"committed\"\n",
	".gitignore":            "/bin/\n",
	"vendor/modules.txt":    "# vendored\n",
	"vendor/x/x.go":         "package x\n",
	"nested/go.mod":         "module example.com/Tool/nested\n",
	"nested/n.go":           "package nested\n",
	"internal/lib/lib.go":   "package lib\n",
	"testdata/fixture.json": "{}\n",
}

func TestWriteModuleProxy(t *testing.T) {
	dir := gitRepo(t, moduleTree)
	// The working tree, not the commit: a change, an untracked file, an ignored one.
	writeTree(t, dir, map[string]string{"version.go": "package main\n\nconst version = \"working tree\"\n", "extra.go": "package main\n", "bin/tool": "binary"})
	proxy := t.TempDir()
	src := readSource(t, dir, "")
	if err := WriteModuleProxy(t.Context(), src, proxy, "v1.4.0"); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(proxy, "example.com", "!tool") // upper case is escaped
	if got := readFile(t, base, "@v/list"); got != "v1.4.0\n" {
		t.Errorf("list = %q", got)
	}
	if got := readFile(t, base, "@v/v1.4.0.mod"); got != moduleTree["go.mod"] {
		t.Errorf(".mod = %q", got)
	}
	var info struct{ Version, Time string }
	if err := json.Unmarshal([]byte(readFile(t, base, "@v/v1.4.0.info")), &info); err != nil || info.Version != "v1.4.0" || info.Time != "2025-12-01T20:47:00Z" {
		t.Errorf(".info = %+v, %v", info, err)
	}
	if readFile(t, base, "@latest") != readFile(t, base, "@v/v1.4.0.info") {
		t.Error("@latest is not the version's .info")
	}

	zipPath := filepath.Join(base, "@v", "v1.4.0.zip")
	if _, err := modzip.CheckZip(module.Version{Path: "example.com/Tool", Version: "v1.4.0"}, zipPath); err != nil {
		t.Errorf("the zip breaks the module zip rules: %v", err)
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, strings.TrimPrefix(f.Name, "example.com/Tool@v1.4.0/"))
	}
	slices.Sort(names)
	// vendor/modules.txt stays: the module zip rules drop only vendored packages.
	want := []string{".gitignore", "extra.go", "go.mod", "internal/lib/lib.go", "main.go", "testdata/fixture.json", "vendor/modules.txt", "version.go"}
	if !slices.Equal(names, want) {
		t.Errorf("zip holds %v, want %v (no vendored package, nested module, ignored bin/)", names, want)
	}
}

// The proxy is usable by the go command: it downloads the module from it
// alone and builds the working tree's code.
func TestModuleProxyServesTheGoCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module")
	}
	dir := gitRepo(t, moduleTree)
	writeTree(t, dir, map[string]string{"version.go": "package main\n\nconst version = \"working tree\"\n"})
	proxy := t.TempDir()
	if err := WriteModuleProxy(t.Context(), readSource(t, dir, ""), proxy, "v1.4.0"); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "example.com/Tool@latest")
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "GOPROXY=file://"+filepath.ToSlash(proxy), "GONOSUMDB=example.com/Tool", "GOFLAGS=-mod=mod -modcacherw",
		"GOMODCACHE="+t.TempDir(), "GOWORK=off", "GOTOOLCHAIN=local")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || string(out) != "tool working tree\n" {
		t.Errorf("go run example.com/Tool@latest: %v, output %q\n%s", err, out, stderr.String())
	}
}

func TestWriteModuleProxyRejectsBadVersions(t *testing.T) {
	dir := gitRepo(t, moduleTree)
	for _, v := range []string{"v1.4", "1.4.0", "v1.4.0+meta", "nightly"} {
		if err := WriteModuleProxy(t.Context(), readSource(t, dir, ""), t.TempDir(), v); err == nil {
			t.Errorf("version %q was accepted", v)
		}
	}
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
