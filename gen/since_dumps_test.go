package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// dumpModel is the model of a pinned current dump compared with its pinned
// older one, as make generate builds it.
func dumpModel(t *testing.T, cur, old string, product schema.Product) *model {
	t.Helper()
	dir := apidocDir(t)
	if _, err := os.Stat(filepath.Join(dir, old)); err != nil && os.Getenv("CI") == "" {
		t.Skipf("%s missing (make schema fetches it): %v", old, err)
	}
	h := &History{Older: []*schema.API{parseDump(t, dir, old, product)}}
	m, err := buildModel(parseDump(t, dir, cur, product), h)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The operations marked new are exactly those the older dump lacks, by a
// count taken independently of the generator: 42 for PVE 9.1 over 8.4, 19
// for PBS 4.2 over 3.4 (none of them in the PBS protocol trees).
func TestSinceOperationsAgainstDumps(t *testing.T) {
	for _, tc := range []struct {
		cur, old string
		product  schema.Product
		release  string
		added    int
	}{
		{"pve-9.1-apidoc.js", "pve-8.4-apidoc.js", schema.PVE, "9.1", 42},
		{"pbs-4.2-apidoc.js", "pbs-3.4-apidoc.js", schema.PBS, "4.2", 19},
	} {
		t.Run(string(tc.product), func(t *testing.T) {
			m := dumpModel(t, tc.cur, tc.old, tc.product)
			older := map[string]bool{}
			for key := range m.since.shapes[0].ops {
				older[key] = true
			}
			marked := 0
			for _, om := range m.ops {
				key := om.op.Method + " " + om.op.Path
				switch {
				case om.op.Since == tc.release:
					marked++
					if older[key] {
						t.Errorf("%s is marked %s but %s has it", key, tc.release, tc.old)
					}
				case om.op.Since != "":
					t.Errorf("%s: Since %q", key, om.op.Since)
				case !older[key]:
					t.Errorf("%s is not marked but %s lacks it", key, tc.old)
				}
			}
			if marked != tc.added {
				t.Errorf("%d operations marked %s, want %d", marked, tc.release, tc.added)
			}
		})
	}
}

// Real examples, looked up in the dumps: operations, parameters and
// property-string keys 9.1 / 4.2 added, and some that were there before.
func TestSinceExamplesFromDumps(t *testing.T) {
	for _, tc := range []struct {
		cur, old string
		product  schema.Product
		want     map[string]string // key as sinceOf writes it → Since ("" = as old as the oldest)
	}{
		{"pve-9.1-apidoc.js", "pve-8.4-apidoc.js", schema.PVE, map[string]string{
			"POST /cluster/ha/rules":                                    "9.1",
			"POST /cluster/bulk-action/guest/start":                     "9.1",
			"POST /nodes/{node}/storage/{storage}/oci-registry-pull":    "9.1",
			"POST /nodes/{node}/qemu/{vmid}/config intel-tdx":           "9.1",
			"POST /nodes/{node}/qemu/{vmid}/config allow-ksm":           "9.1",
			"POST /nodes/{node}/qemu/{vmid}/status/start nets-host-mtu": "9.1",
			"POST /nodes/{node}/lxc env":                                "9.1",
			"PUT /cluster/ha/resources/{sid} failback":                  "9.1",
			"PUT /nodes/{node}/qemu/{vmid}/config cpu.guest-phys-bits":  "9.1",
			"PUT /nodes/{node}/qemu/{vmid}/config efidisk0.ms-cert":     "9.1",
			"PUT /nodes/{node}/lxc/{vmid}/config net.host-managed":      "9.1",
			"GET /nodes/{node}/qemu":                                    "",
			"POST /nodes/{node}/qemu/{vmid}/status/start":               "",
			"POST /nodes/{node}/qemu/{vmid}/config memory":              "",
			"PUT /nodes/{node}/qemu/{vmid}/config cpu.flags":            "",
		}},
		{"pbs-4.2-apidoc.js", "pbs-3.4-apidoc.js", schema.PBS, map[string]string{
			"POST /config/s3":                                                  "4.2",
			"POST /admin/datastore/{store}/move-group":                         "4.2",
			"POST /admin/datastore/{store}/verify read-threads":                "4.2",
			"POST /config/datastore backend":                                   "4.2",
			"POST /config/sync worker-threads":                                 "4.2",
			"PUT /config/datastore/{name} tuning.default-verification-workers": "4.2",
			"GET /admin/datastore":                                             "",
			"POST /admin/datastore/{store}/verify outdated-after":              "",
		}},
	} {
		t.Run(string(tc.product), func(t *testing.T) {
			got := sinceOf(dumpModel(t, tc.cur, tc.old, tc.product))
			for key, want := range tc.want {
				if got[key] != want {
					t.Errorf("%s: Since %q, want %q", key, got[key], want)
				}
			}
		})
	}
}

func TestRemovedOperationsAgainstDumps(t *testing.T) {
	m := dumpModel(t, "pve-9.1-apidoc.js", "pve-8.4-apidoc.js", schema.PVE)
	if len(m.since.removed) != 1 || m.since.removed[0].key != "GET /nodes/{node}/scan/glusterfs" {
		t.Errorf("removed operations %v, want GET /nodes/{node}/scan/glusterfs alone", m.since.removed)
	}
	if r := string(report(m)); !strings.Contains(r, "- `GET /nodes/{node}/scan/glusterfs`: 8.4\n") {
		t.Error("the report does not list GET /nodes/{node}/scan/glusterfs")
	}
}
