package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"/nodes/{node}/qemu/{vmid}/status/current", []string{"nodes", "node", "qemu", "vmid", "status", "current"}},
		{"pve_get_nodes_qemu", []string{"pve", "get", "nodes", "qemu"}},
		{"move-disk realm_sync", []string{"move", "disk", "realm", "sync"}},
		{"getVMConfig", []string{"get", "vm", "config"}},
		{"Suspend all VMs and OSDs", []string{"suspend", "all", "vms", "and", "osds"}},
		{"vm101 s3 ipv6 2fa", []string{"vm", "101", "s3", "ipv6", "2fa"}},
		{"let's encrypt", []string{"lets", "encrypt"}},
		{"Größe ändern", []string{"größe", "ändern"}},
		{"", nil},
		{"  -- //", nil},
	} {
		if diff := cmp.Diff(tc.want, words(tc.in)); diff != "" {
			t.Errorf("words(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestStem(t *testing.T) {
	// Pairs that must meet, and words that must survive.
	same := [][2]string{
		{"backups", "backup"}, {"rebooting", "reboot"}, {"created", "create"},
		{"creating", "create"}, {"images", "image"}, {"aliases", "alias"},
		{"entries", "entry"}, {"stopped", "stop"}, {"running", "run"},
		{"vms", "vm"}, {"snapshots", "snapshot"}, {"moving", "move"},
		{"addresses", "address"}, {"switches", "switch"}, {"caches", "cache"},
	}
	for _, p := range same {
		if stem(p[0]) != stem(p[1]) {
			t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal", p[0], stem(p[0]), p[1], stem(p[1]))
		}
	}
	for _, w := range []string{"status", "alias", "dns", "ceph", "ha", "string", "ping", "node", "zone", "rule"} {
		if got := stem(w); got != w {
			t.Errorf("stem(%q) = %q, want unchanged", w, got)
		}
	}
}

func TestDecompound(t *testing.T) {
	b := &builder{prose: setOf("start all rrd data vnc websocket os info network net work")}
	for in, want := range map[string][]string{
		"startall":     {"start", "all"},
		"rrddata":      {"rrd", "data"},
		"vncwebsocket": {"vnc", "websocket"},
		"osinfo":       {"os", "info"},
		"network":      nil, // a dictionary word stays whole
		"qemu":         nil,
	} {
		if diff := cmp.Diff(want, b.decompound(in)); diff != "" {
			t.Errorf("decompound(%q) (-want +got):\n%s", in, diff)
		}
	}
}
