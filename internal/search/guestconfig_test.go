package search

import (
	"slices"
	"testing"
)

func TestConfigLineKey(t *testing.T) {
	for text, want := range map[string]string{
		"net0: virtio=BC:24:11:5A:3E:01,bridge=vmbr0": "net",
		"onboot: 1":                        "onboot",
		"  scsi0: local-lvm:vm-100-disk-0": "scsi",
		"Datacenter > Storage":             "",
		"onboot 1":                         "",
		": 1":                              "",
		"0: x":                             "",
	} {
		if got := configLineKey(text); got != want {
			t.Errorf("configLineKey(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestConfigLines checks that a pasted line of a guest's configuration
// finds the configuration of the guest kinds that have the option, and
// that a line whose key is no guest option is read as plain words.
func TestConfigLines(t *testing.T) {
	qemu := []string{"pve_put_nodes_qemu_config", "pve_post_nodes_qemu_config"}
	lxc := []string{"pve_put_nodes_lxc_config"}
	for q, want := range map[string][]string{
		"ipconfig0: ip=10.0.0.50/24,gw=10.0.0.1":                     qemu,
		"scsi0: local-lvm:vm-100-disk-0,discard=on,ssd=1,iothread=1": qemu,
		"onboot: 1": slices.Concat(qemu, lxc),
		"net0: virtio=BC:24:11:5A:3E:01,bridge=vmbr0,firewall=1 -> needs to be on vmbr1": qemu,
		"mp0: /srv/data,mp=/data": lxc,
	} {
		rs, _ := prodIndex().Search(Query{Text: q, Limit: 3})
		if firstRank(rs, want) < 0 {
			t.Errorf("%q: got %v, want one of %v in the top 3", q, resultNames(rs, 3), want)
		}
	}
	if p := prodIndex().parse("pve-manager: 8.2.4 on all nodes?"); p.configKinds != nil {
		t.Errorf("pve-manager is no guest option, yet read as one of %v", p.configKinds)
	}
}

// TestGuestOptions: a guest's option named with the guest and something
// to do leads to that guest's configuration; a question about its use
// still reads the guest's status.
func TestGuestOptions(t *testing.T) {
	wantFirst(t, "give ct 160 two more cores", "pve_put_nodes_lxc_config")
	rs, _ := prodIndex().Search(Query{Text: "vm 230 needs a second nic on vmbr1", Limit: 3})
	if firstRank(rs, []string{"pve_put_nodes_qemu_config", "pve_post_nodes_qemu_config"}) < 0 {
		t.Errorf("vm 230 needs a second nic on vmbr1: got %v, want the VM's config in the top 3", resultNames(rs, 3))
	}
	wantFirst(t, "how much memory does vm 100 use", "pve_get_nodes_qemu_status_current")
}
