package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

func TestToolName(t *testing.T) {
	cases := []struct {
		product      schema.Product
		method, path string
		want         string
	}{
		{schema.PVE, "GET", "/nodes/{node}/qemu/{vmid}/status/current", "pve_get_nodes_qemu_status_current"},
		{schema.PVE, "POST", "/cluster/firewall/groups", "pve_post_cluster_firewall_groups"},
		{schema.PVE, "POST", "/cluster/firewall/groups/{group}", "pve_post_cluster_firewall_groups_group"},
		{schema.PVE, "DELETE", "/nodes/{node}/qemu/{vmid}", "pve_delete_nodes_qemu_vmid"},
		{schema.PVE, "GET", "/", "pve_get"},
		{schema.PVE, "DELETE", "/cluster/notifications/endpoints/sendmail/{name}", "pve_delete_cluster_notif_endpoints_sendmail_name"},
		{schema.PBS, "GET", "/admin/s3/{s3-endpoint-id}", "pbs_get_admin_s3_s3_endpoint_id"},
		{schema.PBS, "GET", "/backup/_upgrade_/previous_backup_time", "pbs_get_backup_upgrade_previous_backup_time"},
		{schema.PBS, "DELETE", "/config/tape-encryption-keys/{fingerprint}", "pbs_delete_config_tape_enc_keys_fingerprint"},
	}
	for _, c := range cases {
		if got := ToolName(c.product, c.method, c.path); got != c.want {
			t.Errorf("ToolName(%s %s) = %q, want %q", c.method, c.path, got, c.want)
		}
	}
}

func TestCheckToolNamesRefusesCollisionsAndLongNames(t *testing.T) {
	ops := []*schema.Operation{
		{Product: schema.PVE, Method: "GET", Path: "/a/{x}"},
		{Product: schema.PVE, Method: "GET", Path: "/a/x"},
	}
	if _, err := checkToolNames(ops); err == nil || !strings.Contains(err.Error(), "collides") {
		t.Errorf("collision: err = %v", err)
	}
	long := []*schema.Operation{{Product: schema.PVE, Method: "DELETE", Path: "/cluster/extraordinarily/long/path/segments/{name}"}}
	if _, err := checkToolNames(long); err == nil || !strings.Contains(err.Error(), "abbreviations") {
		t.Errorf("long name: err = %v", err)
	}
}

func TestGoIdent(t *testing.T) {
	cases := map[string]string{
		"s3-endpoint-id":      "S3EndpointID",
		"get_nodes_qemu_vmid": "GetNodesQemuVMID",
		"2fa":                 "X2fa",
		"net":                 "Net",
	}
	for in, want := range cases {
		if got := goIdent(in); got != want {
			t.Errorf("goIdent(%q) = %q, want %q", in, got, want)
		}
	}
	s := newScope()
	if a, b := s.ident("foo-bar"), s.ident("foo_bar"); a != "FooBar" || b != "FooBar2" {
		t.Errorf("scope: %q %q", a, b)
	}
}

func TestSummary(t *testing.T) {
	cases := map[string]string{
		"Start virtual machine.":                "Start virtual machine.",
		"Get status. Returns a lot.":            "Get status.",
		"Use e.g. this. And more.":              "Use e.g. this.",
		"Multi\n  line   text without a period": "Multi line text without a period",
		"Version 1.2 is fine. Next.":            "Version 1.2 is fine.",
	}
	for in, want := range cases {
		if got := Summary(in); got != want {
			t.Errorf("Summary(%q) = %q, want %q", in, got, want)
		}
	}
}

// frozenNamesDir holds the tool names of every pinned release, one file per
// dump. Names are a public interface: once a release's names are frozen
// they never change. UPDATE_NAMES=1 writes the file of a pinned dump that
// has none; it never rewrites an existing one.
const frozenNamesDir = "testdata/names"

// pinnedDumps are the dumps schema/manifest.json pins, newest first.
var pinnedDumps = []struct {
	file    string
	product schema.Product
}{
	{"pve-9.1-apidoc.js", schema.PVE},
	{"pve-8.4-apidoc.js", schema.PVE},
	{"pbs-4.2-apidoc.js", schema.PBS},
	{"pbs-3.4-apidoc.js", schema.PBS},
}

// frozenName is one line of a names file: "name METHOD /path".
type frozenName struct{ name, method, path string }

func frozenNamesFile(dump string) string {
	return filepath.Join(frozenNamesDir, strings.TrimSuffix(dump, "-apidoc.js")+".txt")
}

func readFrozenNames(t *testing.T, path string) []frozenName {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []frozenName
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			t.Fatalf("%s:%d: want \"name METHOD /path\", got %q", path, i+1, line)
		}
		out = append(out, frozenName{f[0], f[1], f[2]})
	}
	return out
}

func writeFrozenNames(t *testing.T, path string, api *schema.API, names map[*schema.Operation]string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal("UPDATE_NAMES is not allowed in CI")
	}
	var lines []string
	for _, op := range api.Operations {
		lines = append(lines, names[op]+" "+op.Method+" "+op.Path)
	}
	sort.Strings(lines)
	head := fmt.Sprintf("# Tool names of %s %s (apidoc.js sha256 %s): frozen, never edited.\n",
		strings.ToUpper(string(api.Product)), api.Release, api.SHA256)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(head+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Every name of every pinned release is the one frozen for it.
func TestFrozenNamesUnchanged(t *testing.T) {
	dir := apidocDir(t)
	for _, d := range pinnedDumps {
		t.Run(d.file, func(t *testing.T) {
			api := parseDump(t, dir, d.file, d.product)
			names, err := checkToolNames(api.Operations)
			if err != nil {
				t.Fatal(err)
			}
			path := frozenNamesFile(d.file)
			if _, err := os.Stat(path); err != nil {
				if os.Getenv("UPDATE_NAMES") != "1" {
					t.Fatalf("%s missing: run UPDATE_NAMES=1 go test ./gen -run TestFrozenNames and commit it", path)
				}
				writeFrozenNames(t, path, api, names)
			}
			frozen := readFrozenNames(t, path)
			byKey := map[string]string{}
			for _, op := range api.Operations {
				byKey[op.Method+" "+op.Path] = names[op]
			}
			for _, f := range frozen {
				got, ok := byKey[f.method+" "+f.path]
				switch {
				case !ok:
					t.Errorf("%s %s is frozen in %s but not in the dump", f.method, f.path, path)
				case got != f.name:
					t.Errorf("%s %s: name %q, frozen as %q", f.method, f.path, got, f.name)
				}
			}
			if len(frozen) != len(api.Operations) {
				t.Errorf("%s has %d names, the dump %d operations", path, len(frozen), len(api.Operations))
			}
			t.Logf("%s: %d frozen names unchanged", d.file, len(frozen))
		})
	}
}
