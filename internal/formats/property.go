package formats

import (
	"embed"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// The keys of PVE's property-string formats, per pinned release, as JSON in
// the shape an apidoc.js dump gives an inline format object: each file maps
// a format name to the hash the format is registered with, serialised the
// way PVE's API dump serialises schemas (code references such as
// completion dropped, qr// patterns in their "(?^:…)" string form). The
// sources: proxmox/qemu-server, pve-storage, pve-guest-common,
// pve-access-control, pve-network and pve-common at the commits that built
// PVE 9.1 (master of January 2026) and 8.4 (the stable-bookworm branches).
//
//go:embed property/pve-9.1.json property/pve-8.4.json
var propertyFiles embed.FS

// pinnedReleases are the PVE releases of the property files, newest first.
var pinnedReleases = []string{"9.1", "8.4"}

// attachProperties sets Property (and the per-release keys) on every
// format the property files define.
func attachProperties(formats map[string]*Format) {
	for _, release := range pinnedReleases {
		for name, keys := range loadPropertyRelease(release) {
			f := formats[name]
			if f == nil {
				panic("formats: property file for PVE " + release + " defines unregistered format " + name)
			}
			if f.check != nil {
				panic("formats: " + name + " has both a check function and property keys")
			}
			if f.byRelease == nil {
				f.byRelease = map[string]*schema.Schema{}
			}
			f.byRelease[release] = propertySchema(keys)
		}
	}
	for _, f := range formats {
		if f.byRelease != nil {
			f.Property, f.Approximation = mergeReleases(f)
		} else if f.check == nil {
			panic("formats: " + f.Name + " has neither a check nor property keys")
		}
	}
}

// loadPropertyRelease parses one release's property file through the
// project's apidoc parser, so the keys have exactly the IR shape of an
// inline format object: every format becomes a parameter of a synthetic
// one-operation dump.
func loadPropertyRelease(release string) map[string]map[string]*schema.Schema {
	data, err := propertyFiles.ReadFile("property/pve-" + release + ".json")
	if err != nil {
		panic(err)
	}
	var hashes map[string]json.RawMessage
	if err := json.Unmarshal(data, &hashes); err != nil {
		panic("formats: property file for PVE " + release + ": " + err.Error())
	}
	params := map[string]any{}
	for name, hash := range hashes {
		params[name] = map[string]any{"type": "string", "format": hash}
	}
	dump, err := json.Marshal([]any{map[string]any{
		"path": "/formats", "text": "formats", "leaf": 1,
		"info": map[string]any{"GET": map[string]any{
			"method": "GET", "name": "formats",
			"parameters": map[string]any{"type": "object", "properties": params},
		}},
	}})
	if err != nil {
		panic(err)
	}
	api, err := schema.Parse(dump, schema.PVE, release)
	if err != nil {
		panic("formats: property file for PVE " + release + ": " + err.Error())
	}
	if len(api.Warnings) > 0 {
		panic("formats: property file for PVE " + release + ": " + strings.Join(api.Warnings, "; "))
	}
	out := map[string]map[string]*schema.Schema{}
	for _, p := range api.Operations[0].Params {
		out[p.Name] = p.Schema.FormatKeys
	}
	return out
}

// propertySchema is the schema of a string parameter naming the format.
func propertySchema(keys map[string]*schema.Schema) *schema.Schema {
	s := &schema.Schema{Type: "string", FormatKeys: keys}
	if tt, ok := TypeText(keys); ok {
		s.TypeText = tt
	}
	return s
}

// mergeReleases builds Property from the per-release keys: the newest
// definition of every key any release has. It returns the format's
// Approximation extended by what the releases do not share.
func mergeReleases(f *Format) (*schema.Schema, string) {
	merged := map[string]*schema.Schema{}
	for _, release := range slices.Backward(pinnedReleases) { // oldest first, newest wins
		if s := f.byRelease[release]; s != nil {
			maps.Copy(merged, s.FormatKeys)
		}
	}
	var notes []string
	for _, release := range pinnedReleases {
		if note := releaseDifference(release, f.byRelease[release], merged); note != "" {
			notes = append(notes, note)
		}
	}
	approx := f.Approximation
	if len(notes) > 0 {
		approx = strings.TrimSpace(approx + " Property holds the keys of PVE " + strings.Join(pinnedReleases, " and ") +
			" together, each as the newest release defines it: " + strings.Join(notes, "; ") + ".")
	}
	return propertySchema(merged), approx
}

// releaseDifference says how one release's keys differ from the merged ones.
func releaseDifference(release string, s *schema.Schema, merged map[string]*schema.Schema) string {
	if s == nil {
		return "PVE " + release + " does not have the format"
	}
	var missing, differ []string
	for _, k := range slices.Sorted(maps.Keys(merged)) {
		switch {
		case s.FormatKeys[k] == nil:
			missing = append(missing, k)
		case !sameKey(s.FormatKeys[k], merged[k]):
			differ = append(differ, k)
		}
	}
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, fmt.Sprintf("PVE %s has no key %s", release, strings.Join(missing, ", ")))
	}
	if len(differ) > 0 {
		parts = append(parts, fmt.Sprintf("PVE %s defines %s differently (see PropertyIn)", release, strings.Join(differ, ", ")))
	}
	return strings.Join(parts, "; ")
}

func sameKey(a, b *schema.Schema) bool { return reflect.DeepEqual(a, b) }
