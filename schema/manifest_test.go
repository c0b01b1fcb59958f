package schema

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestManifestVerifyAndAccept(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "pve-9.9-apidoc.js")
	if err := os.WriteFile(dump, []byte("const apiSchema = [];"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := &Manifest{Dumps: []Dump{{Product: PVE, Release: "9.9", File: "pve-9.9-apidoc.js", SHA256: "00"}}}

	_, _, err := m.Verify(dump)
	var np *ErrNotPinned
	if !errors.As(err, &np) || !strings.Contains(err.Error(), "-accept") || !strings.Contains(err.Error(), "pins 00") {
		t.Fatalf("mismatch error = %v; want it to name the pinned sha and the -accept fix", err)
	}

	if _, err := m.Accept(dump, PVE, ""); err != nil {
		t.Fatal(err)
	}
	if _, d, err := m.Verify(dump); err != nil || d.Release != "9.9" || d.Size != int64(len("const apiSchema = [];")) {
		t.Fatalf("after accept: %+v, %v", d, err)
	}

	path := filepath.Join(dir, "manifest.json")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadManifest(path)
	if err != nil || loaded.Lookup("pve-9.9-apidoc.js").SHA256 != SHA256([]byte("const apiSchema = [];")) {
		t.Fatalf("reload: %+v, %v", loaded, err)
	}
}

func TestManifestUnknownFile(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "mystery.js")
	os.WriteFile(dump, []byte("x"), 0o644)
	_, _, err := (&Manifest{}).Verify(dump)
	if err == nil || !strings.Contains(err.Error(), "not in schema/manifest.json") {
		t.Fatalf("err = %v", err)
	}
}

// The committed manifest pins exactly one current dump per product.
func TestCommittedManifest(t *testing.T) {
	m, err := LoadManifest("manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []Product{PVE, PBS} {
		if _, err := m.Current(p); err != nil {
			t.Error(err)
		}
	}
	for _, d := range m.Dumps {
		if len(d.SHA256) != 64 || d.Size == 0 || d.Release == "" {
			t.Errorf("incomplete entry %+v", d)
		}
		checkPackage(t, d)
	}
}

// packageNames are the docs packages that ship each product's apidoc.js.
var packageNames = map[Product]string{PVE: "pve-docs", PBS: "proxmox-backup-docs"}

// Every dump names the package of Proxmox's repository that ships it:
// exactly (version and filename) or by release series.
func checkPackage(t *testing.T, d Dump) {
	t.Helper()
	p := d.Package
	if p == nil {
		t.Errorf("%s has no package", d.File)
		return
	}
	if p.Name != packageNames[d.Product] || !strings.HasPrefix(p.Repository, "http://download.proxmox.com/debian/") ||
		p.Suite == "" || !strings.HasSuffix(p.Component, "-no-subscription") || p.Evidence == "" || !strings.HasPrefix(d.NodePath, "/usr/share/") {
		t.Errorf("%s: incomplete package %+v", d.File, p)
	}
	switch {
	case p.Filename != "":
		want := fmt.Sprintf("dists/%s/%s/binary-amd64/%s_%s_all.deb", p.Suite, p.Component, p.Name, p.Version)
		if p.Version == "" || p.Filename != want {
			t.Errorf("%s: filename %q, want %q", d.File, p.Filename, want)
		}
		if !strings.HasPrefix(p.Version, d.Release+".") {
			t.Errorf("%s: package version %s is not of release %s", d.File, p.Version, d.Release)
		}
	case p.Series != d.Release:
		t.Errorf("%s: no filename, and series %q is not the release %q", d.File, p.Series, d.Release)
	}
}

func TestPackageURLs(t *testing.T) {
	p := &Package{Repository: "http://download.proxmox.com/debian/pve/", Suite: "trixie", Component: "pve-no-subscription",
		Name: "pve-docs", Version: "9.1.2", Filename: "dists/trixie/pve-no-subscription/binary-amd64/pve-docs_9.1.2_all.deb"}
	if got := p.URL(); got != "http://download.proxmox.com/debian/pve/dists/trixie/pve-no-subscription/binary-amd64/pve-docs_9.1.2_all.deb" {
		t.Errorf("URL = %s", got)
	}
	if got := p.IndexURL(); got != "http://download.proxmox.com/debian/pve/dists/trixie/pve-no-subscription/binary-amd64/Packages" {
		t.Errorf("IndexURL = %s", got)
	}
	if got := (&Package{Repository: "x"}).URL(); got != "" {
		t.Errorf("URL without filename = %q", got)
	}
}
