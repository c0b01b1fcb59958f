package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// history reads the manifest's dumps of the product that are older than
// the one generated, from the apidoc directory, oldest first. A pinned
// dump that is not there is recorded as missing, not an error: the older
// releases are not always downloadable, and without them the catalog
// simply has no Since data. One that is there must have its pinned bytes.
func (o *options) history(m *schema.Manifest, current *schema.Dump) (*History, error) {
	h := &History{}
	for _, d := range olderDumps(m, current) {
		path := filepath.Join(o.apidocDir, d.File)
		data, _, err := m.Verify(path)
		if errors.Is(err, fs.ErrNotExist) {
			h.Missing = append(h.Missing, d.File)
			continue
		}
		if err != nil {
			return nil, err
		}
		api, err := schema.Parse(data, d.Product, d.Release)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		h.Older = append(h.Older, api)
	}
	return h, nil
}

// olderDumps are the manifest's dumps of current's product with an older
// release, oldest first.
func olderDumps(m *schema.Manifest, current *schema.Dump) []schema.Dump {
	var out []schema.Dump
	for _, d := range m.Dumps {
		if d.Product == current.Product && catalog.CompareReleases(d.Release, current.Release) < 0 {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return catalog.CompareReleases(out[i].Release, out[j].Release) < 0 })
	return out
}
