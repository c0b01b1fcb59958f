package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// fixtureHistory is the older release of a fixture: testdata/releases holds
// pve-mini.js without GET /access/ticket, the start timeout and net's
// firewall key, plus a glusterfs scan the current fixture dropped; and
// pbs-mini.js without the download, gc-schedule and maintenance-mode's
// message key.
func fixtureHistory(t *testing.T, product schema.Product) *History {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "releases", string(product)+"-mini-older.json"))
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Parse(data, product, "0.1")
	if err != nil {
		t.Fatal(err)
	}
	return &History{Older: []*schema.API{api}}
}

func fixtureModel(t *testing.T, file string, product schema.Product, h *History) *model {
	t.Helper()
	m, err := buildModel(parseFixture(t, file, product), h)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func modelOp(t *testing.T, m *model, method, path string) *catalog.Operation {
	t.Helper()
	for _, om := range m.ops {
		if om.op.Method == method && om.op.Path == path {
			return &om.op
		}
	}
	t.Fatalf("%s %s not in the catalog", method, path)
	return nil
}

// sinceOf lists every non-empty Since of the model as "METHOD /path",
// "METHOD /path param" and "METHOD /path param.key".
func sinceOf(m *model) map[string]string {
	out := map[string]string{}
	for _, om := range m.ops {
		op := om.op
		where := op.Method + " " + op.Path
		if op.Since != "" {
			out[where] = op.Since
		}
		for _, p := range op.Params {
			if p.Since != "" {
				out[where+" "+p.Name] = p.Since
			}
			if p.Property == nil {
				continue
			}
			for _, k := range p.Property.Keys {
				if k.Since != "" {
					out[where+" "+p.Name+"."+k.Name] = k.Since
				}
			}
		}
	}
	return out
}

func TestSinceFromFixtures(t *testing.T) {
	for _, tc := range []struct {
		file    string
		product schema.Product
		want    map[string]string
	}{
		{"pve-mini.js", schema.PVE, map[string]string{
			"GET /access/ticket": "test",
			"POST /nodes/{node}/qemu/{vmid}/status/start timeout": "test",
			"POST /nodes/{node}/qemu/{vmid}/config net.firewall":  "test",
		}},
		{"pbs-mini.js", schema.PBS, map[string]string{
			"GET /admin/datastore/{store}/download":           "test",
			"POST /config/datastore gc-schedule":              "test",
			"POST /config/datastore maintenance-mode.message": "test",
		}},
	} {
		t.Run(string(tc.product), func(t *testing.T) {
			m := fixtureModel(t, tc.file, tc.product, fixtureHistory(t, tc.product))
			if got := sinceOf(m); !equalMaps(got, tc.want) {
				t.Errorf("Since data\n got %v\nwant %v", got, tc.want)
			}
			if !slices.Equal(m.since.releases, []string{"0.1", "test"}) {
				t.Errorf("releases %v, want [0.1 test]", m.since.releases)
			}
		})
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// A parameter of an operation that is itself new carries no Since of its
// own: the operation's says it.
func TestSinceOfANewOperationsParameters(t *testing.T) {
	m := fixtureModel(t, "pve-mini.js", schema.PVE, fixtureHistory(t, schema.PVE))
	op := modelOp(t, m, "GET", "/access/ticket")
	if op.Since == "" || len(op.Params) == 0 {
		t.Fatalf("GET /access/ticket: Since %q, %d params", op.Since, len(op.Params))
	}
	for _, p := range op.Params {
		if p.Since != "" {
			t.Errorf("%s of a new operation has Since %q", p.Name, p.Since)
		}
	}
}

// The walk stops at the first older release that lacks a thing: what an
// intermediate release dropped is not claimed for it.
func TestSinceIsTheUnbrokenRun(t *testing.T) {
	oldest := fixtureHistory(t, schema.PVE).Older[0]
	oldest.Release = "1"
	middle := parseFixture(t, "pve-mini.js", schema.PVE)
	middle.Release = "2"
	middle.Operations = slices.DeleteFunc(middle.Operations, func(op *schema.Operation) bool {
		return op.Path == "/nodes/{node}/qemu/{vmid}/status/current"
	})
	m := fixtureModel(t, "pve-mini.js", schema.PVE, &History{Older: []*schema.API{oldest, middle}})
	got := sinceOf(m)
	for key, want := range map[string]string{
		"GET /access/ticket":                                  "2",
		"GET /nodes/{node}/qemu/{vmid}/status/current":        "test",
		"POST /nodes/{node}/qemu/{vmid}/status/start timeout": "2",
	} {
		if got[key] != want {
			t.Errorf("%s: Since %q, want %q", key, got[key], want)
		}
	}
	if !slices.Equal(m.since.releases, []string{"1", "2", "test"}) {
		t.Errorf("releases %v", m.since.releases)
	}
}

func TestReportListsRemovedOperations(t *testing.T) {
	m := fixtureModel(t, "pve-mini.js", schema.PVE, fixtureHistory(t, schema.PVE))
	r := string(report(m))
	for _, want := range []string{
		"Compared with 0.1. Newer than 0.1 (the catalog's Since): 1 operations, 1 parameters of older operations, 1 property-string keys of older parameters.",
		"- `GET /nodes/{node}/scan/glusterfs`: 0.1\n",
		"- `GET /access/ticket`: test\n",
	} {
		if !strings.Contains(r, want) {
			t.Errorf("report lacks %q:\n%s", want, r)
		}
	}
}

// Without older dumps the catalog has no Since data and says so; the
// report names what was missing.
func TestNoHistoryNoSince(t *testing.T) {
	for _, h := range []*History{nil, {Missing: []string{"pve-0.9-apidoc.js"}}} {
		m := fixtureModel(t, "pve-mini.js", schema.PVE, h)
		if got := sinceOf(m); len(got) != 0 {
			t.Errorf("Since data without history: %v", got)
		}
		if !slices.Equal(m.since.releases, []string{"test"}) {
			t.Errorf("releases %v, want [test]", m.since.releases)
		}
		r := string(report(m))
		if !strings.Contains(r, "No older pinned release was compared") {
			t.Errorf("report does not say there is no Since data:\n%s", r)
		}
		if h != nil && !strings.Contains(r, "Not compared: pve-0.9-apidoc.js was not at hand") {
			t.Errorf("report does not name the missing dump:\n%s", r)
		}
	}
}

// The generator reads the manifest's older dumps of the product, oldest
// first; one that is not in the apidoc directory is missing, not an error.
func TestHistoryFromManifest(t *testing.T) {
	m := &schema.Manifest{Dumps: []schema.Dump{
		{Product: schema.PVE, Release: "9.1", File: "pve-9.1-apidoc.js", Current: true},
		{Product: schema.PVE, Release: "8.10", File: "pve-8.10-apidoc.js"},
		{Product: schema.PVE, Release: "8.4", File: "pve-8.4-apidoc.js"},
		{Product: schema.PBS, Release: "3.4", File: "pbs-3.4-apidoc.js"},
	}}
	current, _ := m.Current(schema.PVE)
	var files []string
	for _, d := range olderDumps(m, current) {
		files = append(files, d.File)
	}
	if want := []string{"pve-8.4-apidoc.js", "pve-8.10-apidoc.js"}; !slices.Equal(files, want) {
		t.Errorf("older dumps %v, want %v", files, want)
	}
	o := &options{apidocDir: t.TempDir()}
	h, err := o.history(m, current)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Older) != 0 || !slices.Equal(h.Missing, files) {
		t.Errorf("history of an empty directory: %d older, missing %v", len(h.Older), h.Missing)
	}
}

// A dump that is there with other bytes than pinned is an error, as for
// the current dumps: it is not silently left out.
func TestHistoryRefusesUnpinnedBytes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "pve-8.4-apidoc.js"), []byte("[]"), 0o644)
	m := &schema.Manifest{Dumps: []schema.Dump{
		{Product: schema.PVE, Release: "9.1", File: "pve-9.1-apidoc.js", Current: true},
		{Product: schema.PVE, Release: "8.4", File: "pve-8.4-apidoc.js", SHA256: strings.Repeat("0", 64)},
	}}
	current, _ := m.Current(schema.PVE)
	o := &options{apidocDir: dir}
	if _, err := o.history(m, current); err == nil || !strings.Contains(err.Error(), "pins") {
		t.Errorf("history with a changed dump: %v", err)
	}
}
