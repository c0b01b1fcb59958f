package catalog_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// olderRelease is the oldest release the catalog was compared with; the
// tests skip when the generator had no older dump.
func olderRelease(t *testing.T, c *catalog.Catalog) string {
	t.Helper()
	if len(c.Releases) < 2 {
		t.Skipf("%s catalog has no Since data (generated without older dumps)", c.Release.Product)
	}
	return c.Releases[0]
}

func find(t *testing.T, c *catalog.Catalog, method, path string) *catalog.Operation {
	t.Helper()
	for i := range c.Operations {
		if op := &c.Operations[i]; op.Method == method && op.Path == path {
			return op
		}
	}
	return nil
}

// The view re-encodes pruned schemas as the generator writes them, so an
// operation that loses something differs only in what it lost.
func TestPruneKeepsTheGeneratorsEncoding(t *testing.T) {
	for _, c := range apis.Catalogs() {
		for _, op := range c.Operations {
			for _, s := range []string{op.InputSchema, op.ToolSchema} {
				if got := catalog.PruneNothing(s); got != s {
					t.Fatalf("%s: re-encoded schema differs\n got %s\nwant %s", op.Name, got, s)
				}
			}
		}
	}
}

func TestAtTheCurrentReleaseIsTheCatalog(t *testing.T) {
	for _, c := range apis.Catalogs() {
		for _, r := range []string{"", c.Release.Version, "99.0"} {
			if c.At(r) != c {
				t.Errorf("%s At(%q) is a copy", c.Release.Product, r)
			}
		}
	}
}

func TestAtIsBuiltOnce(t *testing.T) {
	c := apis.Catalog(catalog.PBS)
	old := olderRelease(t, c)
	if a, b := c.At(old), c.At(old); a != b || &a.Operations[0] != &b.Operations[0] {
		t.Error("two views of one release differ")
	}
}

func TestAtAnOlderReleaseLeavesOutWhatItLacks(t *testing.T) {
	for _, c := range apis.Catalogs() {
		old := olderRelease(t, c)
		view := c.At(old)
		newer := 0
		for _, op := range c.Operations {
			if op.Since != "" {
				newer++
			}
		}
		if len(view.Operations) != len(c.Operations)-newer || newer == 0 {
			t.Errorf("%s at %s: %d of %d operations, %d are newer", c.Release.Product, old, len(view.Operations), len(c.Operations), newer)
		}
		for _, op := range view.Operations {
			checkViewOperation(t, old, &op)
		}
	}
}

// checkViewOperation: nothing newer than the release is left, and the
// schemas list exactly the parameters that are.
func checkViewOperation(t *testing.T, release string, op *catalog.Operation) {
	t.Helper()
	if !op.AvailableIn(release) {
		t.Errorf("%s (Since %s) is in the view at %s", op.Name, op.Since, release)
	}
	want := map[string]bool{}
	for _, p := range op.Params {
		want[p.Name] = true
		if !p.AvailableIn(release) {
			t.Errorf("%s %s (Since %s) is in the view at %s", op.Name, p.Name, p.Since, release)
		}
		if p.Property != nil {
			for _, k := range p.Property.Keys {
				if !k.AvailableIn(release) {
					t.Errorf("%s %s key %s (Since %s) is in the view at %s", op.Name, p.Name, k.Name, k.Since, release)
				}
			}
		}
	}
	for _, text := range []string{op.InputSchema, op.ToolSchema} {
		var s struct {
			Properties map[string]json.RawMessage
			Required   []string
		}
		if err := json.Unmarshal([]byte(text), &s); err != nil {
			t.Fatalf("%s: %v", op.Name, err)
		}
		for name := range s.Properties {
			if !want[name] && !op.IsControl(name) {
				t.Errorf("%s at %s: schema lists %s, which the release lacks", op.Name, release, name)
			}
		}
		for name := range want {
			if _, ok := s.Properties[name]; !ok {
				t.Errorf("%s at %s: schema lost %s", op.Name, release, name)
			}
		}
		for _, name := range s.Required {
			if !want[name] && !op.IsControl(name) {
				t.Errorf("%s at %s: %s is required but not there", op.Name, release, name)
			}
		}
	}
}

// Real examples: PVE 8.4's qemu config has neither intel-tdx nor cpu's
// guest-phys-bits key nor hostpci's driver key (indexed); 9.1 has all.
func TestAtPVE84QemuConfig(t *testing.T) {
	old := olderRelease(t, apis.Catalog(catalog.PVE))
	op := find(t, apis.Catalog(catalog.PVE).At(old), "PUT", "/nodes/{node}/qemu/{vmid}/config")
	if op == nil {
		t.Fatal("PUT qemu config is not in the view")
	}
	if op.Param("intel-tdx") != nil || op.Param("memory") == nil {
		t.Errorf("at %s: intel-tdx %v, memory %v", old, op.Param("intel-tdx") != nil, op.Param("memory") != nil)
	}
	if op.Param("cpu").Property.Key("guest-phys-bits") != nil || op.Param("cpu").Property.Key("flags") == nil {
		t.Error("cpu keys at the older release are wrong")
	}
	if op.Param("hostpci").Property.Key("driver") != nil {
		t.Error("hostpci still has the driver key")
	}
	for _, text := range []string{op.InputSchema, op.ToolSchema} {
		for _, gone := range []string{`"intel-tdx"`, `guest-phys-bits`, `[,driver=<vfio|keep>]`, `"driver":{"default":"vfio"`} {
			if strings.Contains(text, gone) {
				t.Errorf("schema at %s still has %s", old, gone)
			}
		}
		if !strings.Contains(text, `"memory"`) || !strings.Contains(text, `[,flags=`) {
			t.Errorf("schema at %s lost what the release has", old)
		}
	}
	cur := find(t, apis.Catalog(catalog.PVE), "PUT", "/nodes/{node}/qemu/{vmid}/config")
	if cur.Param("intel-tdx") == nil || !strings.Contains(cur.InputSchema, "guest-phys-bits") {
		t.Error("the view changed the catalog")
	}
}

func TestAtPBS34(t *testing.T) {
	old := olderRelease(t, apis.Catalog(catalog.PBS))
	view := apis.Catalog(catalog.PBS).At(old)
	if find(t, view, "POST", "/config/s3") != nil {
		t.Error("POST /config/s3 is in the view at " + old)
	}
	op := find(t, view, "PUT", "/config/datastore/{name}")
	keys := []string{}
	for _, k := range op.Param("tuning").Property.Keys {
		keys = append(keys, k.Name)
	}
	if slices.Contains(keys, "default-verification-readers") || op.Param("gc-on-unmount") != nil {
		t.Errorf("at %s: tuning keys %v, gc-on-unmount %v", old, keys, op.Param("gc-on-unmount") != nil)
	}
}
