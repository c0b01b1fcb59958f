package formats

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// pveDumps are the pinned PVE dumps: release → file name.
var pveDumps = map[string]string{"9.1": "pve-9.1-apidoc.js", "8.4": "pve-8.4-apidoc.js"}

var parsedDumps sync.Map // release → *schema.API

// loadPVEDump parses a pinned dump, found in $PROXMOX_APIDOC_DIR or
// schema/apidoc (make schema); without it the test skips, except in CI.
func loadPVEDump(t *testing.T, release string) *schema.API {
	t.Helper()
	if api, ok := parsedDumps.Load(release); ok {
		return api.(*schema.API)
	}
	dir := os.Getenv("PROXMOX_APIDOC_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "schema", "apidoc")
	}
	data, err := os.ReadFile(filepath.Join(dir, pveDumps[release]))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("PVE %s dump missing in %s: run make schema", release, dir)
		}
		t.Skipf("PVE %s dump missing in %s: run make schema", release, dir)
	}
	api, err := schema.Parse(data, schema.PVE, release)
	if err != nil {
		t.Fatal(err)
	}
	parsedDumps.Store(release, api)
	return api
}

// namedUse is one place a dump names a format.
type namedUse struct {
	where  string
	schema *schema.Schema
}

// formatUses collects every named format of a dump: parameters, returns,
// nested properties, array items and the keys of inline property strings.
func formatUses(api *schema.API) map[string][]namedUse {
	uses := map[string][]namedUse{}
	var walk func(s *schema.Schema, where string)
	walk = func(s *schema.Schema, where string) {
		if s == nil {
			return
		}
		if s.FormatName != "" {
			uses[s.FormatName] = append(uses[s.FormatName], namedUse{where, s})
		}
		for _, m := range []map[string]*schema.Schema{s.Properties, s.FormatKeys} {
			for _, k := range slices.Sorted(maps.Keys(m)) {
				walk(m[k], where+"."+k)
			}
		}
		walk(s.Items, where+"[]")
		walk(s.FormatList, where+"[]")
		for _, alt := range slices.Concat(s.OneOf, s.AnyOf, s.AllOf) {
			walk(alt, where+"|")
		}
	}
	for _, op := range api.Operations {
		for _, p := range op.Params {
			walk(p.Schema, op.Method+" "+op.Path+" "+p.Name)
		}
		walk(op.Returns, op.Method+" "+op.Path+" returns")
	}
	return uses
}

func TestEveryDumpFormatIsKnown(t *testing.T) {
	for _, release := range pinnedReleases {
		uses := formatUses(loadPVEDump(t, release))
		count := 0
		for name, u := range uses {
			count += len(u)
			if _, ok := Lookup(name); !ok {
				t.Errorf("PVE %s: format %q (used %d times, e.g. %s) is not in the registry", release, name, len(u), u[0].where)
			}
		}
		t.Logf("PVE %s: %d format names, %d uses, all known", release, len(uses), count)
	}
}

// The dumps print, for a parameter naming a property-string format, the
// syntax line PVE generates from the format's keys; TypeText on the keys
// must produce the same line, which checks key names, optional flags,
// default keys, enums and format descriptions against PVE's own output.
func TestPropertyTypeTextMatchesDumps(t *testing.T) {
	for _, release := range pinnedReleases {
		compared := map[string]int{}
		for name, uses := range formatUses(loadPVEDump(t, release)) {
			f, _ := Lookup(name)
			if f == nil || f.Property == nil {
				continue
			}
			want := f.PropertyIn(release).TypeText
			for _, u := range uses {
				// a generated line writes every key as key=…; a line without
				// '=' is the parameter's own (cdrom's "<volume>")
				if !strings.Contains(u.schema.TypeText, "=") || u.schema.FormatDescription != "" || u.schema.Type != "string" {
					continue
				}
				compared[name]++
				if u.schema.TypeText != want {
					t.Errorf("PVE %s %s: dump typetext\n  %q\nkeys give\n  %q", release, u.where, u.schema.TypeText, want)
				}
			}
		}
		t.Logf("PVE %s: typetext compared for %v", release, compared)
	}
}

// Where a dump inlines a format object with exactly the keys of a named
// property format, the two must be identical.
func TestPropertyMatchesInlineTwins(t *testing.T) {
	for _, release := range pinnedReleases {
		api := loadPVEDump(t, release)
		twins := 0
		for _, name := range Names() {
			f, _ := Lookup(name)
			if f.Property == nil {
				continue
			}
			mine := f.PropertyIn(release).FormatKeys
			forEachInline(api, func(where string, keys map[string]*schema.Schema) {
				if !slices.Equal(slices.Sorted(maps.Keys(keys)), slices.Sorted(maps.Keys(mine))) {
					return
				}
				twins++
				for k := range keys {
					a, _ := json.Marshal(keys[k])
					b, _ := json.Marshal(mine[k])
					if string(a) != string(b) {
						t.Errorf("PVE %s %s: key %s differs from %s's:\n  dump %s\n  mine %s", release, where, k, name, a, b)
					}
				}
			})
		}
		if twins == 0 {
			t.Errorf("PVE %s: no inline twin found (pve-qm-ide has one in GET …/qemu/{vmid}/config returns)", release)
		}
	}
}

func forEachInline(api *schema.API, fn func(where string, keys map[string]*schema.Schema)) {
	var walk func(s *schema.Schema, where string)
	walk = func(s *schema.Schema, where string) {
		if s == nil {
			return
		}
		if s.FormatKeys != nil {
			fn(where, s.FormatKeys)
		}
		for k, p := range s.Properties {
			walk(p, where+"."+k)
		}
		walk(s.Items, where+"[]")
	}
	for _, op := range api.Operations {
		for _, p := range op.Params {
			walk(p.Schema, op.Method+" "+op.Path+" "+p.Name)
		}
		walk(op.Returns, op.Method+" "+op.Path+" returns")
	}
}

// Property keys are well formed: the named formats they use are known, and
// the project's JSON Schema conversion takes them without a fallback.
func TestPropertyKeysConvert(t *testing.T) {
	for _, name := range Names() {
		f, _ := Lookup(name)
		if f.Property == nil {
			continue
		}
		for _, release := range append([]string{"merged"}, pinnedReleases...) {
			s := f.Property
			if release != "merged" {
				s = f.PropertyIn(release)
			}
			if s == nil {
				continue
			}
			for k, key := range s.FormatKeys {
				if key.FormatName != "" {
					if _, ok := Lookup(key.FormatName); !ok {
						t.Errorf("%s (%s) key %s: format %q unknown", name, release, k, key.FormatName)
					}
				}
			}
			op := &schema.Operation{Product: schema.PVE, Method: "POST", Path: "/test",
				Params: []*schema.Parameter{{Name: "value", Location: schema.InBody, Schema: s}}}
			var diag schema.Diagnostics
			js := schema.InputSchema(op, &diag)
			if len(diag.Fallbacks) > 0 {
				t.Errorf("%s (%s): conversion fell back: %+v", name, release, diag.Fallbacks)
			}
			for _, d := range diag.DroppedPatterns {
				t.Logf("%s (%s): pattern of %s not expressible in Go: %s", name, release, d.Param, d.Reason)
			}
			if _, err := json.Marshal(js); err != nil {
				t.Errorf("%s (%s): %v", name, release, err)
			}
			props := js["properties"].(schema.JSON)["value"].(schema.JSON)
			if _, ok := props["anyOf"]; !ok {
				t.Errorf("%s (%s): not converted as a property string: %v", name, release, props)
			}
		}
	}
}

func TestPropertyFormatsAreListed(t *testing.T) {
	var props []string
	for _, name := range Names() {
		if f, _ := Lookup(name); f.Property != nil {
			props = append(props, name)
			if f.Check("anything") != nil {
				t.Errorf("%s: Check must leave property strings to the key-by-key parse", name)
			}
		}
	}
	t.Logf("%d property-string formats: %s", len(props), strings.Join(props, ", "))
}
