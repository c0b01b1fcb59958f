package main

import (
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
