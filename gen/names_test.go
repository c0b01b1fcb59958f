package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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
		// Over MaxToolName: shortened by the steps of docs/naming.md.
		{schema.PVE, "DELETE", "/cluster/sdn/prefix-lists/{id}/entries/{url_seq}", "pve_del_cluster_sdn_prefix_lists_entries_url_seq"},
		{schema.PVE, "GET", "/cluster/sdn/vnets/{vnet}/subnets/{subnet}/ip-reservations/{reservation}", "pve_get_cluster_sdn_vnets_subnets_ip_reservation"},
		{schema.PVE, "GET", "/cluster/sdn/vnets/{vnet}/firewall/security-groups/{security-group-name}", "pve_get_cluster_sdn_vnets_fw_security_group_name"},
		{schema.PVE, "GET", "/nodes/{node}/certificates/acme/certificate-configuration/{certificate}", "pve_get_nodes_certs_acme_cert_config_cert"},
		{schema.PVE, "GET", "/nodes/{node}/qemu/{vmid}/agent/guest-exec/process/{pid}/output-stream", "pve_get_nodes_qemu_agent_process_output_stream"},
		{schema.PVE, "GET", "/cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}/sessions", "pve_get_cluster_sdn_vnets_sessions"},
		{schema.PVE, "GET", "/cluster/{id}/an-extraordinarily-long-final-segment-that-no-rule-can-shorten",
			"pve_get_cluster_an_extraordinarily_long_" + opHash("GET", "/cluster/{id}/an-extraordinarily-long-final-segment-that-no-rule-can-shorten")[:4]},
	}
	for _, c := range cases {
		if got := ToolName(c.product, c.method, c.path); got != c.want {
			t.Errorf("ToolName(%s %s) = %q, want %q", c.method, c.path, got, c.want)
		}
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

// pinnedDumps are the dumps schema/manifest.json pins.
func pinnedDumps(t *testing.T) []schema.Dump {
	t.Helper()
	m, err := schema.LoadManifest(filepath.Join("..", "schema", "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	return m.Dumps
}

// requireDump skips when a pinned dump is missing here, except in CI.
func requireDump(t *testing.T, dir, file string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, file)); err != nil && os.Getenv("CI") == "" {
		t.Skipf("%s missing: run make schema", file)
	}
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
	for _, d := range pinnedDumps(t) {
		t.Run(d.File, func(t *testing.T) {
			requireDump(t, dir, d.File)
			api := parseDump(t, dir, d.File, d.Product)
			names, err := checkToolNames(api.Operations)
			if err != nil {
				t.Fatal(err)
			}
			path := frozenNamesFile(d.File)
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
			t.Logf("%s: %d frozen names unchanged", d.File, len(frozen))
		})
	}
}

func TestShorteningSteps(t *testing.T) {
	cases := []struct {
		method, path string
		steps        []string
	}{
		{"DELETE", "/cluster/notifications/endpoints/sendmail/{name}", nil},
		{"DELETE", "/cluster/sdn/prefix-lists/{id}/entries/{url_seq}", []string{stepVerb}},
		{"GET", "/cluster/mapping/usb-controllers/{controller}/usb-controller-ports", []string{stepRepeats}},
		{"GET", "/cluster/replication-targets/{id}/network-interfaces-statistics", []string{stepWords}},
		{"POST", "/cluster/bulk-action/guest/migrate-with-local-disks/{target}", []string{stepInterior}},
		{"PUT", "/nodes/{node}/{an-extremely-long-path-parameter-name-kept-because-it-is-last}", []string{stepTruncated}},
	}
	for _, c := range cases {
		d := deriveName(schema.PVE, c.method, c.path, variantPlain, MaxToolName)
		if !slices.Equal(d.steps, c.steps) || len(d.name) > MaxToolName {
			t.Errorf("%s %s: %q by steps %v, want steps %v", c.method, c.path, d.name, d.steps, c.steps)
		}
	}
}

func TestDropOrder(t *testing.T) {
	for in, want := range map[string]string{"a": "a", "ab": "ab", "abc": "bca", "abcd": "bcad", "abcde": "cdbea"} {
		items := make([]int, len(in))
		for i := range items {
			items[i] = int(in[i])
		}
		var got strings.Builder
		for _, i := range middleOutward(items) {
			got.WriteByte(byte(i))
		}
		if got.String() != want {
			t.Errorf("middleOutward(%s) = %s, want %s", in, got.String(), want)
		}
	}
	// The subsystem after the area goes last: /nodes/{node}/qemu/{vmid}/agent/…
	p := splitName(schema.PVE, "GET", "/nodes/{node}/qemu/{vmid}/agent/exec/process/{pid}/output", false)
	var order []string
	for _, i := range dropOrder(p) {
		order = append(order, strings.Join(p.segs[i].words, "_"))
	}
	if want := []string{"exec", "process", "agent", "qemu"}; !slices.Equal(order, want) {
		t.Errorf("dropOrder = %v, want %v", order, want)
	}
}

func TestRepeatedFrom(t *testing.T) {
	cases := []struct {
		words, next string
		want        int
	}{
		{"controllers", "controller", 0},
		{"users", "userid", 0},
		{"pci", "pci_id_or_mapping", 0},
		{"security_groups", "security_group_name", 0},
		{"ip_reservations", "reservation", 1},
		{"entries", "entry", 0},
		{"aliases", "alias", 0},
		{"is", "iso", -1},
		{"status", "statistics", -1},
		{"firewall", "rules", -1},
	}
	for _, c := range cases {
		if got := repeatedFrom(strings.Split(c.words, "_"), strings.Split(c.next, "_")); got != c.want {
			t.Errorf("repeatedFrom(%s, %s) = %d, want %d", c.words, c.next, got, c.want)
		}
	}
}

func ops(product schema.Product, methodPaths ...string) []*schema.Operation {
	var out []*schema.Operation
	for _, mp := range methodPaths {
		m, p, _ := strings.Cut(mp, " ")
		out = append(out, &schema.Operation{Product: product, Method: m, Path: p})
	}
	return out
}

func mustNames(t *testing.T, list []*schema.Operation) map[string]string {
	t.Helper()
	names, err := checkToolNames(list)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for op, n := range names {
		out[op.Method+" "+op.Path] = n
	}
	return out
}

func TestCollisions(t *testing.T) {
	hash := func(mp string) string { m, p, _ := strings.Cut(mp, " "); return opHash(m, p)[:4] }
	long := "GET /nodes/{node}/qemu/{vmid}/guest-agent-reported-operating-system-status/status"
	cases := []struct {
		name string
		ops  []string
		want map[string]string
	}{
		{"a path parameter in the middle is spelled out; the path without keeps the name",
			[]string{"GET /cluster/ha/status", "GET /cluster/ha/{group}/status"},
			map[string]string{"GET /cluster/ha/status": "pve_get_cluster_ha_status", "GET /cluster/ha/{group}/status": "pve_get_cluster_ha_group_status"}},
		{"paths that differ in punctuation both take a hash suffix",
			[]string{"GET /cluster/node-affinity", "GET /cluster/node_affinity"},
			map[string]string{
				"GET /cluster/node-affinity": "pve_get_cluster_node_affinity_" + hash("GET /cluster/node-affinity"),
				"GET /cluster/node_affinity": "pve_get_cluster_node_affinity_" + hash("GET /cluster/node_affinity")}},
		{"a final parameter and a literal of the same name",
			[]string{"GET /a/{x}", "GET /a/x"},
			map[string]string{"GET /a/{x}": "pve_get_a_x_" + hash("GET /a/{x}"), "GET /a/x": "pve_get_a_x_" + hash("GET /a/x")}},
		{"a shortened name never takes an unshortened one",
			[]string{"GET /nodes/{node}/qemu/{vmid}/status", long},
			map[string]string{"GET /nodes/{node}/qemu/{vmid}/status": "pve_get_nodes_qemu_status", long: "pve_get_nodes_qemu_garos_status"}},
		{"two shortened names keep the initials of what they dropped",
			[]string{"PUT /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}/sessions",
				"PUT /cluster/sdn/vnets/{vnet}/static-routing-table-announcements/{id}/sessions"},
			map[string]string{
				"PUT /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}/sessions": "pve_put_cluster_sdn_vnets_drpn_sessions",
				"PUT /cluster/sdn/vnets/{vnet}/static-routing-table-announcements/{id}/sessions":  "pve_put_cluster_sdn_vnets_srta_sessions"}},
		{"the same initials too: hash suffixes",
			[]string{"GET /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}/sessions",
				"GET /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-negotiations/{id}/sessions"},
			map[string]string{
				"GET /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}/sessions":   "pve_get_cluster_sdn_vnets_sessions_" + hash("GET /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-neighbours/{id}/sessions"),
				"GET /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-negotiations/{id}/sessions": "pve_get_cluster_sdn_vnets_sessions_" + hash("GET /cluster/sdn/vnets/{vnet}/dynamic-routing-protocol-negotiations/{id}/sessions")}},
	}
	for _, c := range cases {
		list := ops(schema.PVE, c.ops...)
		got := mustNames(t, list)
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
		slices.Reverse(list)
		if diff := cmp.Diff(got, mustNames(t, list)); diff != "" {
			t.Errorf("%s: names depend on the order of operations:\n%s", c.name, diff)
		}
	}
}

func TestCheckToolNamesRefusesADuplicateOperation(t *testing.T) {
	_, err := checkToolNames(ops(schema.PVE, "GET /a", "GET /a"))
	if err == nil || !strings.Contains(err.Error(), "GET /a is listed more than once") {
		t.Errorf("err = %v", err)
	}
}

// The rule holds on the real paths at a tighter limit too: shortened names
// stay valid and unique, and every name that fits the limit is untouched.
func TestRealPathsAtTighterLimits(t *testing.T) {
	dir := apidocDir(t)
	for _, d := range pinnedDumps(t) {
		requireDump(t, dir, d.File)
		api := parseDump(t, dir, d.File, d.Product)
		for _, limit := range []int{40, 32} {
			names, err := assignToolNames(api.Operations, limit)
			if err != nil {
				t.Fatalf("%s at %d: %v", d.File, limit, err)
			}
			checkNameSet(t, names, limit)
			shortened := 0
			for op, n := range names {
				full := deriveName(op.Product, op.Method, op.Path, variantPlain, 1<<10).name
				if len(full) <= limit && n != full {
					t.Errorf("%s at %d: %s %s fits as %q but is named %q", d.File, limit, op.Method, op.Path, full, n)
				}
				if n != full {
					shortened++
				}
			}
			t.Logf("%s at %d characters: %d of %d names shortened", d.File, limit, shortened, len(names))
		}
	}
}

// checkNameSet checks the invariants every set of tool names keeps.
func checkNameSet(t *testing.T, names map[*schema.Operation]string, limit int) {
	t.Helper()
	owner := map[string]*schema.Operation{}
	for op, n := range names {
		if !validToolName.MatchString(n) || len(n) > limit || !strings.HasPrefix(n, string(op.Product)+"_") {
			t.Errorf("%s %s: invalid name %q", op.Method, op.Path, n)
		}
		if o := owner[n]; o != nil {
			t.Errorf("%q names both %s %s and %s %s", n, o.Method, o.Path, op.Method, op.Path)
		}
		owner[n] = op
	}
}
