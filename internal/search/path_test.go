package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// TestPathQueries checks that a request naming an operation by its path,
// in any of the ways people write one, finds that operation first.
func TestPathQueries(t *testing.T) {
	ix := prodIndex()
	for _, tc := range []struct{ query, want string }{
		{"/nodes/{node}/qemu/{vmid}/status/reboot", "pve_post_nodes_qemu_status_reboot"},
		{"/nodes/pve1/qemu/101/status/reboot", "pve_post_nodes_qemu_status_reboot"},
		{"nodes/pve1/qemu/101/status/start", "pve_post_nodes_qemu_status_start"},
		{"what does /nodes/pve1/qemu/101/status/current return?", "pve_get_nodes_qemu_status_current"},
		{"https://pve1.example.com:8006/api2/json/nodes/pve1/lxc/200/status/current", "pve_get_nodes_lxc_status_current"},
		{"/api2/json/cluster/resources?type=vm", "pve_get_cluster_resources"},
		{"qemu status reboot", "pve_post_nodes_qemu_status_reboot"},
		{"lxc status shutdown", "pve_post_nodes_lxc_status_shutdown"},
		// Several methods share a path: the method or intent decides,
		// reading when nothing does.
		{"/nodes/pve1/qemu/101/config", "pve_get_nodes_qemu_config"},
		{"GET /nodes/pve1/qemu/101/config", "pve_get_nodes_qemu_config"},
		{"POST /nodes/pve1/qemu/101/config", "pve_post_nodes_qemu_config"},
		{"PUT /nodes/{node}/qemu/{vmid}/config", "pve_put_nodes_qemu_config"},
		{"pvesh set /nodes/pve1/qemu/101/config --memory 4096", "pve_put_nodes_qemu_config"},
		{"pvesh create /nodes/pve1/qemu", "pve_post_nodes_qemu"},
		{"pvesh get /nodes/pve1/qemu", "pve_get_nodes_qemu"},
		{"delete /nodes/pve1/qemu/105", "pve_delete_nodes_qemu_vmid"},
		{"/nodes/pve1/qemu/101/move_disk", "pve_post_nodes_qemu_move_disk"},
		{"/nodes/pve1/qemu/101/move-disk", "pve_post_nodes_qemu_move_disk"},
		// Both products have the path: PVE unless the request names PBS.
		{"/nodes/pve1/status", "pve_get_nodes_status"},
		{"/nodes/pbs1/status on the backup server", "pbs_get_nodes_status"},
		{"/admin/datastore/store1/gc", "pbs_get_admin_datastore_gc"},
		{"start /admin/datastore/store1/gc", "pbs_post_admin_datastore_gc"},
		{"/access/users/bob@pve/token/ci", "pve_get_access_users_token_tokenid"},
		// Tool names.
		{"pve_post_nodes_qemu_snapshot", "pve_post_nodes_qemu_snapshot"},
		{"call pbs_get_admin_datastore_snapshots for store1", "pbs_get_admin_datastore_snapshots"},
	} {
		rs, _ := ix.Search(Query{Text: tc.query, Limit: 5})
		if len(rs) == 0 || rs[0].Op.Name != tc.want {
			t.Errorf("%q: want %s first, got %v", tc.query, tc.want, names(rs))
		}
	}
}

// TestPathsThatAreNotAPIPaths checks that a file path or an unknown API
// path pins nothing and the words still search.
func TestPathsThatAreNotAPIPaths(t *testing.T) {
	ix := prodIndex()
	for _, q := range []string{"get /etc/hosts", "/nodes/pve1/nosuchthing", "edit /etc/network/interfaces"} {
		if p := ix.parse(q); len(p.pinned) != 0 {
			t.Errorf("%q pinned %v", q, p.pinned)
		}
	}
	rs, _ := ix.Search(Query{Text: "get /etc/hosts", Limit: 3})
	if len(rs) == 0 || rs[0].Op.Name != "pve_get_nodes_hosts" {
		t.Errorf("get /etc/hosts: got %v", names(rs))
	}
}

// TestPathPrefersLiteralSegments: where a value could fill a placeholder
// of one path or spell a literal segment of another, the literal wins.
func TestPathPrefersLiteralSegments(t *testing.T) {
	ops := []*catalog.Operation{
		{Name: "x_get_a_id", Product: catalog.PVE, Method: "GET", Path: "/a/{id}"},
		{Name: "x_get_a_b", Product: catalog.PVE, Method: "GET", Path: "/a/b"},
	}
	ix := New(ops, nil)
	if got := ix.matchPath(splitPath("/a/b")); !cmp.Equal(got, []int32{1}) {
		t.Errorf("/a/b matched %v, want only /a/b", got)
	}
	if got := ix.matchPath(splitPath("/a/c")); !cmp.Equal(got, []int32{0}) {
		t.Errorf("/a/c matched %v, want /a/{id}", got)
	}
	if got := ix.matchPath(splitPath("/a/{x}")); !cmp.Equal(got, []int32{0}) {
		t.Errorf("/a/{x} matched %v, want /a/{id}", got)
	}
}

// TestToolNamesOption: a tool's other name (a policy override) finds it.
func TestToolNamesOption(t *testing.T) {
	ix := New(apis.Operations(), nil, ToolNames(func(op *catalog.Operation) []string {
		if op.Name == "pve_get_nodes_qemu" {
			return []string{"pve_list_vms"}
		}
		return nil
	}))
	rs, _ := ix.Search(Query{Text: "pve_list_vms", Limit: 3})
	if len(rs) == 0 || rs[0].Op.Name != "pve_get_nodes_qemu" {
		t.Errorf("pve_list_vms: got %v", names(rs))
	}
}

// TestPinnedRespectsFilters: a named operation the filters exclude is not
// returned, and one Allow rejects is reported as better-blocked.
func TestPinnedRespectsFilters(t *testing.T) {
	ix := prodIndex()
	q := "/nodes/pve1/qemu/101/status/reboot"
	if rs, _ := ix.Search(Query{Text: q, Product: catalog.PBS}); len(rs) > 0 && rs[0].Op.Name == "pve_post_nodes_qemu_status_reboot" {
		t.Errorf("product filter: got %v", names(rs))
	}
	readOnly := func(op *catalog.Operation) bool { return op.Method == "GET" }
	rs, blocked := ix.Search(Query{Text: q, Allow: readOnly})
	if blocked == nil || blocked.Op.Name != "pve_post_nodes_qemu_status_reboot" {
		t.Errorf("betterBlocked = %v, want the reboot operation", blocked)
	}
	for _, r := range rs {
		if r.Op.Method != "GET" {
			t.Errorf("Allow rejected %s, but it was returned", r.Op.Name)
		}
	}
}
