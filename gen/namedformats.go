package main

import (
	"maps"
	"slices"

	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// formatUse is what the generator learnt about the named formats of a
// dump: the property-string formats whose keys it filled in, and the
// names no registry entry knows (a newer release), which are checked as
// plain strings and listed in the schema report.
type formatUse struct {
	expanded map[string]int // property format → parameters it filled
	unknown  map[string]int // unknown name → uses
}

// resolveFormats puts the keys of Proxmox VE's named property-string
// formats (pve-qm-ipconfig, pve-vm-cpu-conf, prune-backups, …) where the
// dump only names them, as the release defines them, so they get the
// key-by-key checks and the object form of the formats the dump inlines.
func resolveFormats(api *schema.API) formatUse {
	use := formatUse{expanded: map[string]int{}, unknown: map[string]int{}}
	if api.Product != schema.PVE {
		return use // PBS publishes its rules inline
	}
	for _, op := range api.Operations {
		for _, p := range op.Params {
			use.resolve(p.Schema, api.Release)
		}
	}
	return use
}

func (u formatUse) resolve(s *schema.Schema, release string) {
	if s == nil {
		return
	}
	if s.FormatName != "" && s.FormatKeys == nil {
		u.expand(s, release)
	}
	u.resolve(s.Items, release)
	u.resolve(s.FormatList, release)
	for _, k := range slices.Sorted(maps.Keys(s.FormatKeys)) {
		u.resolve(s.FormatKeys[k], release)
	}
	for _, b := range append(append(slices.Clone(s.OneOf), s.AnyOf...), s.AllOf...) {
		u.resolve(b, release)
	}
}

// expand fills a named property format's keys in; FormatName stays, so
// the catalog can name the format whose validator Proxmox attaches.
func (u formatUse) expand(s *schema.Schema, release string) {
	f, ok := formats.Lookup(s.FormatName)
	switch {
	case !ok:
		u.unknown[s.FormatName]++
	case f.Property != nil:
		keys := f.PropertyIn(release)
		s.FormatKeys = keys.FormatKeys
		if s.TypeText == "" {
			s.TypeText = keys.TypeText
		}
		u.expanded[s.FormatName]++
	}
}
