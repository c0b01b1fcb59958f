//go:build unix

package release

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeGo stands in for the go command: the "binary" it writes records the
// environment and arguments of the build (but not the output path), so
// tests see what a build gets.
const fakeGo = `#!/bin/sh
out=""; prev=""
for a in "$@"; do [ "$prev" = "-o" ] && out=$a; prev=$a; done
mkdir -p "$(dirname "$out")"
printf 'GOOS=%s GOARCH=%s CGO_ENABLED=%s GOEXPERIMENT=%s GOFLAGS=[%s] GOWORK=%s GOAMD64=%s\nargs: %s\n' \
  "$GOOS" "$GOARCH" "$CGO_ENABLED" "$GOEXPERIMENT" "$GOFLAGS" "$GOWORK" "$GOAMD64" "$(echo "$*" | sed "s|$out|OUT|")" > "$out"
`

func distConfig(t *testing.T, out string) Config {
	t.Helper()
	dir := gitRepo(t, map[string]string{"go.mod": "module " + ModulePath + "\n", "README.md": "# proxmox-mcp\n", "LICENSE": "licence text\n"})
	goCmd := filepath.Join(t.TempDir(), "go")
	if err := os.WriteFile(goCmd, []byte(fakeGo), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOFLAGS", "-race") // a user's setting a release build must not take
	t.Setenv("GOAMD64", "v3")
	return Config{
		Toolchain: Toolchain{Go: goCmd, Experiment: "jsonv2"},
		Source:    readSource(t, dir, "v1.2.3"),
		Out:       out,
		Targets:   []Target{{"linux", "amd64"}, {"windows", "arm64"}},
		Jobs:      2,
		Meta:      testMeta,
	}
}

func TestDistLayoutAndChecksums(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	cfg := distConfig(t, out)
	m, err := Dist(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"proxmox-mcp_v1.2.3_linux_amd64.tar.gz", "proxmox-mcp_v1.2.3_windows_arm64.zip",
		"npm/proxmox-mcp-1.2.3.tgz", "npm/proxmox-mcp-linux-x64-1.2.3.tgz", "npm/proxmox-mcp-win32-arm64-1.2.3.tgz",
		"bin/linux_amd64/proxmox-mcp", "bin/windows_arm64/proxmox-mcp.exe", "SHA256SUMS", "release.json",
	} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("missing %s", name)
		}
	}
	// Every line of SHA256SUMS is the file's hash; every archive and package has one.
	sums := strings.Split(strings.TrimSpace(readFile(t, out, "SHA256SUMS")), "\n")
	if len(sums) != len(m.Archives)+len(m.NPM) || len(sums) != 5 {
		t.Errorf("SHA256SUMS has %d lines for %d archives and %d packages", len(sums), len(m.Archives), len(m.NPM))
	}
	for _, line := range sums {
		sum, name, ok := strings.Cut(line, "  ")
		data, err := os.ReadFile(filepath.Join(out, name))
		h := sha256.Sum256(data)
		if !ok || err != nil || hex.EncodeToString(h[:]) != sum {
			t.Errorf("SHA256SUMS line %q does not match the file (%v)", line, err)
		}
	}
	for _, name := range []string{"proxmox-mcp_v1.2.3_linux_amd64.tar.gz", "npm/proxmox-mcp-linux-x64-1.2.3.tgz", "npm/proxmox-mcp-1.2.3.tgz", "proxmox-mcp_v1.2.3_windows_arm64.zip"} {
		for entry, mtime := range entryTimes(t, filepath.Join(out, name)) {
			if !mtime.Equal(commitTime) {
				t.Errorf("%s: %s has mtime %v, want the commit's %v", name, entry, mtime, commitTime)
			}
		}
	}
	var index Manifest
	if err := json.Unmarshal([]byte(readFile(t, out, "release.json")), &index); err != nil {
		t.Fatal(err)
	}
	if index.Version != "v1.2.3" || index.NPMVersion != "1.2.3" || index.ModuleVersion != "v1.2.3" || index.Revision != cfg.Source.Revision || index.Experiment != "jsonv2" {
		t.Errorf("release.json: %+v", index)
	}
}

func TestDistBuildSettings(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	cfg := distConfig(t, out)
	if _, err := Dist(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	binary := readFile(t, out, "bin/windows_arm64/proxmox-mcp.exe")
	for _, want := range []string{
		"GOOS=windows GOARCH=arm64 CGO_ENABLED=0 GOEXPERIMENT=jsonv2 GOFLAGS=[] GOWORK=off GOAMD64=v1",
		"build -trimpath -buildvcs=false -mod=readonly",
		"-buildid=", "-X main.version=v1.2.3", "-X main.revision=" + cfg.Source.Revision,
		"-X main.revisionTime=2025-12-01T20:47:00Z", "-X main.modified=false", "./cmd/proxmox-mcp",
	} {
		if !strings.Contains(binary, want) {
			t.Errorf("the build lacks %q:\n%s", want, binary)
		}
	}
}

func TestDistIsReproducible(t *testing.T) {
	first, second := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	cfg := distConfig(t, first)
	if _, err := Dist(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	cfg.Out = second
	if _, err := Dist(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	// Rebuilding into the same directory replaces it with the same bytes.
	cfg.Out = first
	if _, err := Dist(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	err := filepath.WalkDir(first, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(first, path)
		a, _ := os.ReadFile(path)
		b, err := os.ReadFile(filepath.Join(second, rel))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs (%v)", rel, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestDistReportsTheFailedBuild(t *testing.T) {
	cfg := distConfig(t, filepath.Join(t.TempDir(), "dist"))
	cfg.Targets = Targets
	broken := "#!/bin/sh\nif [ \"$GOOS/$GOARCH\" = darwin/arm64 ]; then echo 'undefined: syscall.Foo' >&2; exit 1; fi\nsleep 1\n" + fakeGo[len("#!/bin/sh\n"):]
	if err := os.WriteFile(cfg.Toolchain.Go, []byte(broken), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Dist(t.Context(), cfg)
	if err == nil || !strings.Contains(err.Error(), "building darwin/arm64") || !strings.Contains(err.Error(), "undefined: syscall.Foo") {
		t.Errorf("a failed build: %v", err)
	}
}

func TestDistRefusesAForeignDirectory(t *testing.T) {
	out := t.TempDir()
	writeTree(t, out, map[string]string{"main.go": "package main\n"})
	if _, err := Dist(t.Context(), distConfig(t, out)); err == nil || !strings.Contains(err.Error(), "not written by this release builder") {
		t.Errorf("replacing a directory of other files: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "main.go")); err != nil {
		t.Errorf("the directory was touched: %v", err)
	}
}

func TestDistRejectsVersionsNPMCannotCarry(t *testing.T) {
	cfg := distConfig(t, filepath.Join(t.TempDir(), "dist"))
	for _, v := range []string{"", "v1.2.3 beta", "nightly"} {
		cfg.Source.Version = v
		if _, err := Dist(t.Context(), cfg); err == nil {
			t.Errorf("version %q was accepted", v)
		}
	}
}

// entryTimes maps each entry of a .tar.gz, .tgz or .zip to its mtime.
func entryTimes(t *testing.T, path string) map[string]time.Time {
	t.Helper()
	times := map[string]time.Time{}
	if strings.HasSuffix(path, ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		for _, f := range zr.File {
			times[f.Name] = f.Modified
		}
		return times
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		times[h.Name] = h.ModTime
	}
	if len(times) == 0 {
		t.Fatalf("%s has no entries", path)
	}
	return times
}
