package release

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"maps"
	"slices"
	"testing"
)

var testMeta = PackageMeta{Description: "test package", Readme: []byte("# proxmox-mcp\n")}

func manifestOf(t *testing.T, p NPMPackage) map[string]any {
	t.Helper()
	for _, f := range p.Files {
		if f.Name == "package.json" {
			var m map[string]any
			if err := json.Unmarshal(f.Data, &m); err != nil {
				t.Fatal(err)
			}
			return m
		}
	}
	t.Fatalf("%s has no package.json", p.Name)
	return nil
}

func TestWrapperPackage(t *testing.T) {
	p, err := WrapperPackage("1.2.3", testMeta)
	if err != nil {
		t.Fatal(err)
	}
	m := manifestOf(t, p)
	if m["name"] != "proxmox-mcp" || m["version"] != "1.2.3" || m["bin"].(map[string]any)["proxmox-mcp"] != "bin/proxmox-mcp.js" {
		t.Errorf("manifest: %v", m)
	}
	deps := m["optionalDependencies"].(map[string]any)
	want := []string{"@proxmox-mcp/darwin-arm64", "@proxmox-mcp/darwin-x64", "@proxmox-mcp/linux-arm64", "@proxmox-mcp/linux-x64", "@proxmox-mcp/win32-arm64", "@proxmox-mcp/win32-x64"}
	if got := slices.Sorted(maps.Keys(deps)); !slices.Equal(got, want) {
		t.Errorf("optional dependencies %v, want %v", got, want)
	}
	for name, v := range deps {
		if v != "1.2.3" {
			t.Errorf("%s at %v: every platform package must be the wrapper's exact version", name, v)
		}
	}
	for _, field := range []string{"scripts", "dependencies", "license"} {
		if _, ok := m[field]; ok {
			t.Errorf("the wrapper has %q: no install scripts, no dependencies, no licence claimed without a LICENSE", field)
		}
	}
	if p.TarballName() != "proxmox-mcp-1.2.3.tgz" {
		t.Errorf("tarball name %q", p.TarballName())
	}
}

func TestPlatformPackage(t *testing.T) {
	p, err := PlatformPackage(Target{"windows", "arm64"}, "1.2.3", []byte("MZ"), Source{Revision: "abc"}, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	m := manifestOf(t, p)
	if m["name"] != "@proxmox-mcp/win32-arm64" || m["version"] != "1.2.3" ||
		!slices.Equal(m["os"].([]any), []any{"win32"}) || !slices.Equal(m["cpu"].([]any), []any{"arm64"}) {
		t.Errorf("manifest: %v", m)
	}
	if _, ok := m["bin"]; ok {
		t.Error("a platform package must not install a bin of its own (it would clash with the wrapper's)")
	}
	if p.TarballName() != "proxmox-mcp-win32-arm64-1.2.3.tgz" {
		t.Errorf("tarball name %q", p.TarballName())
	}
	var binary *File
	for i, f := range p.Files {
		if f.Name == "bin/proxmox-mcp.exe" {
			binary = &p.Files[i]
		}
	}
	if binary == nil || binary.Mode != 0o755 || string(binary.Data) != "MZ" {
		t.Errorf("binary entry: %+v", binary)
	}
}

func TestNPMTarballLayout(t *testing.T) {
	p, err := PlatformPackage(Target{"linux", "amd64"}, "1.2.3", []byte("ELF"), Source{Time: archiveTime}, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	tgz, err := p.Tarball(Source{Time: archiveTime})
	if err != nil {
		t.Fatal(err)
	}
	gz, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	modes := map[string]int64{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		modes[h.Name] = h.Mode
	}
	want := map[string]int64{"package/package.json": 0o644, "package/README.md": 0o644, "package/bin/proxmox-mcp": 0o755}
	if !maps.Equal(modes, want) {
		t.Errorf("entries %v, want %v", modes, want)
	}
}
