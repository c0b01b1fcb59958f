package schema

import (
	"errors"
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
	}
}
