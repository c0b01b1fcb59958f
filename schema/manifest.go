package schema

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Manifest records the apidoc.js dumps the project is generated from. The
// dumps themselves are not committed; the manifest pins their bytes.
type Manifest struct {
	Comment string `json:"comment,omitempty"`
	Dumps   []Dump `json:"dumps"`
}

// Dump is one pinned apidoc.js file.
type Dump struct {
	Product Product `json:"product"`
	Release string  `json:"release"`
	File    string  `json:"file"`
	SHA256  string  `json:"sha256"`
	Size    int64   `json:"size"`
	// Current marks the dump generated/ is built from (one per product).
	Current bool `json:"current,omitempty"`
	// NodePath is where the file lives on an installed node, and so inside
	// the package that ships it.
	NodePath string `json:"node_path,omitempty"`
	// Package is the Debian package of Proxmox's repository that ships the
	// file: a released package never changes, unlike the public viewers.
	Package *Package `json:"package,omitempty"`
}

// Package names one package of a Proxmox APT repository.
type Package struct {
	// Repository is the repository's root, e.g.
	// http://download.proxmox.com/debian/pve.
	Repository string `json:"repository"`
	Suite      string `json:"suite"`     // trixie, bookworm
	Component  string `json:"component"` // pve-no-subscription, pbs-no-subscription
	Name       string `json:"name"`      // pve-docs, proxmox-backup-docs
	// Version and Filename (relative to Repository, as in the repository's
	// Packages index) name the exact package. When they are not known the
	// fetch searches the Packages index for the versions of Series and
	// takes the one whose file has the pinned sha256.
	Version  string `json:"version,omitempty"`
	Filename string `json:"filename,omitempty"`
	Series   string `json:"series,omitempty"` // "3.4": versions 3.4.*
	// SHA256 is the sha256 of the .deb itself, where it is known.
	SHA256 string `json:"sha256,omitempty"`
	// Evidence says how the version is known, or why it is not.
	Evidence string `json:"evidence,omitempty"`
}

// URL is where the exact package is, or "" when its version is not known.
func (p *Package) URL() string {
	if p.Filename == "" {
		return ""
	}
	return strings.TrimSuffix(p.Repository, "/") + "/" + strings.TrimPrefix(p.Filename, "/")
}

// IndexURL is the repository's Packages index for the package's suite and
// component (architecture-independent packages are listed under amd64).
func (p *Package) IndexURL() string {
	return fmt.Sprintf("%s/dists/%s/%s/binary-amd64/Packages", strings.TrimSuffix(p.Repository, "/"), p.Suite, p.Component)
}

// LoadManifest reads a manifest file.
func LoadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// Save writes the manifest, dumps sorted by file name.
func (m *Manifest) Save(path string) error {
	sort.Slice(m.Dumps, func(i, j int) bool { return m.Dumps[i].File < m.Dumps[j].File })
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// Current returns the dump generated/ is built from for a product.
func (m *Manifest) Current(p Product) (*Dump, error) {
	for i := range m.Dumps {
		if m.Dumps[i].Product == p && m.Dumps[i].Current {
			return &m.Dumps[i], nil
		}
	}
	return nil, fmt.Errorf("manifest has no current %s dump", p)
}

// Lookup returns the entry for a file name, or nil.
func (m *Manifest) Lookup(file string) *Dump {
	for i := range m.Dumps {
		if m.Dumps[i].File == file {
			return &m.Dumps[i]
		}
	}
	return nil
}

// ErrNotPinned is returned when a dump's bytes are not the ones recorded.
type ErrNotPinned struct {
	File, Got, Want string
}

func (e *ErrNotPinned) Error() string {
	if e.Want == "" {
		return fmt.Sprintf("%s is not in schema/manifest.json (sha256 %s). To use a new Proxmox release, "+
			"run the generator once with -accept to record it (make generate ACCEPT=1)", e.File, e.Got)
	}
	return fmt.Sprintf("%s has sha256 %s but schema/manifest.json pins %s. If this is a new Proxmox release, "+
		"run the generator once with -accept to record it (make generate ACCEPT=1); otherwise fetch the pinned file with make schema",
		e.File, e.Got, e.Want)
}

// Verify reads a dump and checks its sha256 against the manifest entry with
// the same file name. It returns the bytes and the entry.
func (m *Manifest) Verify(path string) ([]byte, *Dump, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	got := SHA256(data)
	d := m.Lookup(filepath.Base(path))
	if d == nil {
		return nil, nil, &ErrNotPinned{File: filepath.Base(path), Got: got}
	}
	if d.SHA256 != got {
		return nil, nil, &ErrNotPinned{File: d.File, Got: got, Want: d.SHA256}
	}
	return data, d, nil
}

// Accept records a dump's current bytes in the manifest (adding an entry
// when the file is new) and returns the entry.
func (m *Manifest) Accept(path string, product Product, release string) (*Dump, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	file := filepath.Base(path)
	d := m.Lookup(file)
	if d == nil {
		m.Dumps = append(m.Dumps, Dump{File: file})
		d = &m.Dumps[len(m.Dumps)-1]
	}
	d.Product, d.SHA256, d.Size = product, SHA256(data), int64(len(data))
	if release != "" {
		d.Release = release
	}
	if d.Release == "" {
		return nil, fmt.Errorf("%s: give the release label with -release", file)
	}
	return d, nil
}

// SHA256 is the hex sha256 of data.
func SHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
