package formats

import (
	"embed"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"

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

// attachProperty sets Property, the per-release keys and the release
// notes of a property-string format.
func attachProperty(f *Format) {
	f.byRelease = map[string]*schema.Schema{}
	for _, release := range pinnedReleases {
		if hash, ok := propertyHashes(release)[f.Name]; ok {
			f.byRelease[release] = propertySchema(parseFormatKeys(f.Name, release, hash))
		}
	}
	if len(f.byRelease) == 0 {
		panic("formats: " + f.Name + " has neither a check nor property keys")
	}
	f.Property, f.Approximation = mergeReleases(f)
}

var (
	propertyHashesOnce sync.Once
	propertyHashesBy   map[string]map[string]json.RawMessage // release → format → hash
)

// propertyHashes are a release's format hashes, still as JSON.
func propertyHashes(release string) map[string]json.RawMessage {
	propertyHashesOnce.Do(func() {
		propertyHashesBy = map[string]map[string]json.RawMessage{}
		for _, r := range pinnedReleases {
			data, err := propertyFiles.ReadFile("property/pve-" + r + ".json")
			if err != nil {
				panic(err)
			}
			var hashes map[string]json.RawMessage
			if err := json.Unmarshal(data, &hashes); err != nil {
				panic("formats: property file for PVE " + r + ": " + err.Error())
			}
			propertyHashesBy[r] = hashes
		}
	})
	return propertyHashesBy[release]
}

// parseFormatKeys parses one format hash through the project's apidoc
// parser, so the keys have exactly the IR shape of an inline format
// object: the format becomes the one parameter of a synthetic dump.
func parseFormatKeys(name, release string, hash json.RawMessage) map[string]*schema.Schema {
	dump, err := json.Marshal([]any{map[string]any{
		"path": "/formats", "text": "formats", "leaf": 1,
		"info": map[string]any{"GET": map[string]any{
			"method": "GET", "name": "formats",
			"parameters": map[string]any{"type": "object", "properties": map[string]any{
				"value": map[string]any{"type": "string", "format": hash},
			}},
		}},
	}})
	if err != nil {
		panic(err)
	}
	where := "formats: " + name + " of PVE " + release + ": "
	api, err := schema.Parse(dump, schema.PVE, release)
	if err != nil {
		panic(where + err.Error())
	}
	if len(api.Warnings) > 0 {
		panic(where + strings.Join(api.Warnings, "; "))
	}
	return api.Operations[0].Params[0].Schema.FormatKeys
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
