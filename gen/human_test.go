package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// humanListing is every companion and series the generator derives from a
// dump, one line each: the tool name, the method and path, the JSON path
// into the data, the unit and the rule that named it.
func humanListing(t *testing.T, api *schema.API) string {
	t.Helper()
	names, err := checkToolNames(api.Operations)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Human-readable companions derived from %s %s (apidoc.js sha256 %s): make generate rewrites generated/; UPDATE_GOLDEN=1 rewrites this file.\n",
		api.Product, api.Release, api.SHA256)
	for _, op := range api.Operations {
		if excludeReason(op) != "" {
			continue
		}
		for _, f := range derivedFields(op.Returns) {
			fmt.Fprintf(&b, "%s %s %s %s %s (%s)\n", names[op], op.Method, op.Path, f.Path, f.Unit, f.rule)
		}
		if s := seriesOf(op); s != nil {
			fmt.Fprintf(&b, "%s %s %s series of points dated by %q\n", names[op], op.Method, op.Path, s.Time)
		}
	}
	return b.String()
}

func TestHumanListingGolden(t *testing.T) {
	dir := apidocDir(t)
	for _, d := range pinnedDumps(t) {
		requireDump(t, dir, d.File)
		api := parseDump(t, dir, d.File, d.Product)
		got := humanListing(t, api)
		path := filepath.Join("testdata", "human", strings.TrimSuffix(d.File, "-apidoc.js")+".txt")
		if os.Getenv("UPDATE_GOLDEN") == "1" {
			if os.Getenv("CI") != "" {
				t.Fatal("UPDATE_GOLDEN is not allowed in CI")
			}
			os.MkdirAll(filepath.Dir(path), 0o755)
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (UPDATE_GOLDEN=1 writes it)", err)
		}
		if diff := cmp.Diff(string(want), got); diff != "" {
			t.Errorf("%s: derived companions changed (-want +got); if intended, UPDATE_GOLDEN=1 go test ./gen -run HumanListing:\n%s", d.File, diff)
		}
	}
}

// renderedPaths lists every member of a returns schema that carries a
// renderer, with its path, found independently of derivedFields.
func renderedPaths(s *schema.Schema, path string, out map[string]string) {
	if s == nil {
		return
	}
	if s.Items != nil {
		renderedPaths(s.Items, path+"[]", out)
	}
	for name, child := range s.Properties {
		at := joinPath(path, name)
		if child.Renderer != "" {
			out[at] = child.Renderer
		}
		renderedPaths(child, at, out)
	}
}

// Every number Proxmox marks with a renderer gets a companion in its unit,
// in every pinned dump; yaml (a structure) never does.
func TestEveryRenderedNumberGetsACompanion(t *testing.T) {
	dir := apidocDir(t)
	for _, d := range pinnedDumps(t) {
		requireDump(t, dir, d.File)
		api := parseDump(t, dir, d.File, d.Product)
		counts := map[string]int{}
		for _, op := range api.Operations {
			rendered := map[string]string{}
			renderedPaths(op.Returns, "", rendered)
			derived := map[string]catalog.Unit{}
			for _, f := range derivedFields(op.Returns) {
				derived[f.Path] = f.Unit
			}
			for path, r := range rendered {
				counts[r]++
				want, numeric := rendererUnits[r]
				if got, ok := derived[path]; numeric && got != want {
					t.Errorf("%s %s %s: renderer %s derived %q (present %v), want %q", d.File, op.Method, op.Path, path, got, ok, want)
				} else if !numeric && ok {
					t.Errorf("%s %s %s: renderer %s got a companion", d.File, op.Method, op.Path, r)
				}
			}
		}
		t.Logf("%s renderers: %v", d.File, counts)
		if d.Product == schema.PVE && counts["bytes"] < 50 {
			t.Errorf("%s: only %d bytes renderers found; the parser lost the key", d.File, counts["bytes"])
		}
	}
}

// The operations people ask first carry the companions they need.
func TestHumanFieldsOfKeyOperations(t *testing.T) {
	dir := apidocDir(t)
	want := map[string][]string{
		"pve-9.1-apidoc.js GET /cluster/resources":                       {"[].cpu fraction", "[].mem bytes", "[].maxdisk bytes", "[].uptime seconds", "[].netin bytes"},
		"pve-9.1-apidoc.js GET /nodes/{node}/status":                     {"cpu fraction", "memory.total bytes", "rootfs.used bytes"},
		"pve-9.1-apidoc.js GET /nodes/{node}/qemu/{vmid}/status/current": {"cpu fraction", "mem bytes", "uptime seconds"},
		"pve-9.1-apidoc.js GET /nodes/{node}/tasks":                      {"[].starttime unixtime", "[].endtime unixtime"},
		"pve-9.1-apidoc.js GET /nodes/{node}/time":                       {"localtime localtime", "time unixtime"},
		"pbs-4.2-apidoc.js GET /admin/datastore/{store}/status":          {"total bytes", "used bytes", "avail bytes"},
		"pbs-4.2-apidoc.js GET /admin/datastore/{store}/snapshots":       {"[].backup-time unixtime"},
		"pbs-4.2-apidoc.js GET /nodes/{node}/status":                     {"cpu fraction", "memory.total bytes", "swap.used bytes", "uptime seconds"},
	}
	// pstart is not a time although PBS's task list describes it as one;
	// tape counters of unstated unit get nothing.
	never := map[string][]string{
		"pbs-4.2-apidoc.js GET /nodes/{node}/tasks":                   {"[].pstart"},
		"pbs-4.2-apidoc.js GET /tape/drive/{drive}/status":            {"bytes-read", "bytes-written"},
		"pve-9.1-apidoc.js GET /nodes/{node}/certificates/info":       {"[].san"},
		"pve-9.1-apidoc.js GET /nodes/{node}/ceph/pool/{name}/status": {"size"},
	}
	got := map[string][]string{}
	for _, d := range []struct {
		file    string
		product schema.Product
	}{{"pve-9.1-apidoc.js", schema.PVE}, {"pbs-4.2-apidoc.js", schema.PBS}} {
		for _, op := range parseDump(t, dir, d.file, d.product).Operations {
			for _, f := range derivedFields(op.Returns) {
				key := d.file + " " + op.Method + " " + op.Path
				got[key] = append(got[key], f.Path+" "+string(f.Unit))
			}
		}
	}
	for op, fields := range want {
		for _, f := range fields {
			if !slices.Contains(got[op], f) {
				t.Errorf("%s: no companion %q; derived %v", op, f, got[op])
			}
		}
	}
	for op, paths := range never {
		for _, f := range got[op] {
			for _, p := range paths {
				if strings.HasPrefix(f, p+" ") {
					t.Errorf("%s: %s must get no companion", op, f)
				}
			}
		}
	}
}

func TestUnitRules(t *testing.T) {
	num := func(typ, desc string) *schema.Schema { return &schema.Schema{Type: typ, Description: desc} }
	cases := []struct {
		name, parent string
		s            *schema.Schema
		want         catalog.Unit
	}{
		{"mem", "", &schema.Schema{Type: "integer", Renderer: "bytes"}, catalog.UnitBytes},
		{"account", "", &schema.Schema{Type: "object", Renderer: "yaml"}, ""},
		{"x", "", num("integer", "Available space (bytes)."), catalog.UnitBytes},
		{"x", "", num("integer", "The total memory in bytes."), catalog.UnitBytes},
		{"x", "", num("integer", "Sum of pending bytes (pending removal - kept for safety)."), catalog.UnitBytes},
		{"x", "", num("integer", "Current ingress rate in bytes/second"), catalog.UnitBytesPerSecond},
		{"x", "", num("integer", "Account expiration date (seconds since epoch). '0' means no expiration date."), catalog.UnitUnixTime},
		{"x", "", num("integer", "Last execution time of the job in seconds since the beginning of the UNIX epoch"), catalog.UnitUnixTime},
		{"x", "", num("integer", "Seconds since 1970-01-01 00:00:00 UTC. (local time)"), catalog.UnitLocalTime},
		{"x", "", num("integer", "Extra delay in seconds to wait before requesting validation."), catalog.UnitSeconds},
		{"x", "", num("integer", "Total Bytes Read in Medium Life"), ""},
		{"x", "", num("integer", "Number of replicas per object"), ""},
		{"x", "", num("string", "Size in bytes"), ""},
		{"pstart", "", num("integer", "The task start time (Epoch)"), ""},
		{"starttime", "", num("integer", ""), catalog.UnitUnixTime},
		{"cpu", "", num("number", "Current CPU usage."), catalog.UnitFraction},
		{"cpu", "", num("string", "Emulated CPU type."), ""},
		{"total", "memory", num("integer", "Total memory"), catalog.UnitBytes},
		{"total", "counts", num("integer", "Total"), ""},
	}
	for _, c := range cases {
		if got, _ := unitOf(c.name, c.parent, c.s); got != c.want {
			t.Errorf("unitOf(%q in %q, %+v) = %q, want %q", c.name, c.parent, *c.s, got, c.want)
		}
	}
}

// RRD answers are series in both products; nothing else is.
func TestSeriesOperations(t *testing.T) {
	dir := apidocDir(t)
	want := map[schema.Product][]string{
		schema.PVE: {"/nodes/{node}/lxc/{vmid}/rrddata", "/nodes/{node}/qemu/{vmid}/rrddata", "/nodes/{node}/rrddata", "/nodes/{node}/storage/{storage}/rrddata"},
		schema.PBS: {"/admin/datastore/{store}/rrd", "/nodes/{node}/rrd"},
	}
	for file, product := range map[string]schema.Product{"pve-9.1-apidoc.js": schema.PVE, "pbs-4.2-apidoc.js": schema.PBS} {
		var got []string
		for _, op := range parseDump(t, dir, file, product).Operations {
			if h := humanOf(op); h != nil && h.Series != nil {
				got = append(got, op.Path)
				if h.Series.Time != "time" || len(h.Series.Units) == 0 {
					t.Errorf("%s: series %+v", op.Path, h.Series)
				}
			}
		}
		slices.Sort(got)
		if diff := cmp.Diff(want[product], got); diff != "" {
			t.Errorf("%s series (-want +got):\n%s", file, diff)
		}
	}
}
