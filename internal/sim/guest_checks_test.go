package sim

import (
	"testing"
)

// Guest creation refuses what Proxmox VE refuses about the cluster, in the
// same place (the call or the worker) and the same words.
func TestGuestCreationChecksTheCluster(t *testing.T) {
	cl := newClients(t, Options{})
	ct := func(vmid int, extra map[string]any) map[string]any {
		args := map[string]any{"node": "pve1", "vmid": vmid, "ostemplate": "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", "storage": "local-lvm"}
		for k, v := range extra {
			args[k] = v
		}
		return args
	}
	refusals := []struct {
		name   string
		op     string
		args   map[string]any
		status int
		want   string // the message, or for 400 the parameter's message
		param  string
	}{
		{"VM disk on a storage that does not exist", "pve_post_nodes_qemu",
			map[string]any{"node": "pve1", "vmid": 160, "scsi": map[string]any{"0": "nosuch:16"}}, 500, "storage 'nosuch' does not exist", ""},
		{"VM disk on a storage without images", "pve_post_nodes_qemu",
			map[string]any{"node": "pve1", "vmid": 160, "scsi": map[string]any{"0": "local:16"}}, 400, "storage 'local' does not support vm images", "storage"},
		{"VM CD-ROM on a storage that does not exist", "pve_post_nodes_qemu",
			map[string]any{"node": "pve1", "vmid": 160, "ide": map[string]any{"2": "nosuch:iso/x.iso,media=cdrom"}}, 500, "storage 'nosuch' does not exist", ""},
		{"CT template on a storage that does not exist", "pve_post_nodes_lxc",
			ct(260, map[string]any{"ostemplate": "nosuch:vztmpl/debian.tar.zst"}), 500, "storage 'nosuch' does not exist", ""},
		{"CT template that is an ISO", "pve_post_nodes_lxc",
			ct(260, map[string]any{"ostemplate": "local:iso/debian-12.9.0-amd64-netinst.iso"}), 500,
			"unable to use volume local:iso/debian-12.9.0-amd64-netinst.iso - content type needs to be 'vztmpl'", ""},
		{"CT on the default storage, which holds no containers", "pve_post_nodes_lxc",
			ct(260, map[string]any{"storage": nil}), 400, "storage 'local' does not support container directories", "storage"},
		{"CT root disk on a storage that does not exist", "pve_post_nodes_lxc",
			ct(260, map[string]any{"rootfs": "nosuch:8"}), 500, "storage 'nosuch' does not exist", ""},
		{"VM custom CPU model", "pve_post_nodes_qemu",
			map[string]any{"node": "pve1", "vmid": 160, "cpu": "custom-mine"}, 400, "invalid format - Custom cputype 'mine' not found", "cpu"},
	}
	for _, tc := range refusals {
		args := map[string]any{}
		for k, v := range tc.args {
			if v != nil {
				args[k] = v
			}
		}
		_, err := cl.do(tc.op, args)
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		ae := clientError(t, err)
		got := ae.Message
		if tc.param != "" {
			got = ae.Errors[tc.param]
		}
		if ae.Status != tc.status || got != tc.want {
			t.Errorf("%s: %d %q %v, want %d %q", tc.name, ae.Status, ae.Message, ae.Errors, tc.status, tc.want)
		}
	}
	for _, vmid := range []int{160, 260} {
		if _, err := cl.do("pve_get_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": vmid}); err == nil {
			t.Errorf("guest %d exists after refused creations", vmid)
		}
	}

	// A template that is not on its storage: the worker fails and the
	// container's config is removed again.
	st := cl.wait(cl.must("pve_post_nodes_lxc", ct(261, map[string]any{"ostemplate": "local:vztmpl/nosuch.tar.zst"})))
	if want := "unable to create CT 261 - can't find file 'local:vztmpl/nosuch.tar.zst'"; st["exitstatus"] != want {
		t.Errorf("missing template: task ended %q, want %q", st["exitstatus"], want)
	}
	if _, err := cl.do("pve_get_nodes_lxc_config", map[string]any{"node": "pve1", "vmid": 261}); err == nil {
		t.Error("CT 261 exists after its creation failed")
	}
	// A CD-ROM image that does not exist: the same for a VM.
	st = cl.wait(cl.must("pve_post_nodes_qemu", map[string]any{"node": "pve1", "vmid": 161, "ide": map[string]any{"2": "local:iso/nosuch.iso,media=cdrom"}}))
	if want := "unable to create VM 161 - volume local:iso/nosuch.iso does not exist"; st["exitstatus"] != want {
		t.Errorf("missing ISO: task ended %q, want %q", st["exitstatus"], want)
	}

	// A bridge the node lacks: PVE creates the guest, and the start fails
	// when it plugs the network device in.
	vm := map[string]any{"node": "pve1", "vmid": 162}
	cl.waitOK(cl.must("pve_post_nodes_qemu", map[string]any{"node": "pve1", "vmid": 162, "scsi": map[string]any{"0": "local-lvm:4"},
		"net": map[string]any{"0": "virtio,bridge=vmbr99"}}))
	if st := cl.wait(cl.must("pve_post_nodes_qemu_status_start", vm)); st["exitstatus"] != "bridge 'vmbr99' does not exist" {
		t.Errorf("start on a missing bridge: task ended %q", st["exitstatus"])
	}
	cur := cl.must("pve_get_nodes_qemu_status_current", vm).(map[string]any)
	if cur["status"] != "stopped" {
		t.Errorf("VM 162 is %v after its start failed", cur["status"])
	}
	// With start=1 the create task succeeds and the start task it forks
	// fails.
	upid := cl.must("pve_post_nodes_lxc", ct(262, map[string]any{"net": map[string]any{"0": "name=eth0,bridge=vmbr99"}, "start": true}))
	cl.waitOK(upid)
	if cur := cl.must("pve_get_nodes_lxc_status_current", map[string]any{"node": "pve1", "vmid": 262}).(map[string]any); cur["status"] != "stopped" {
		t.Errorf("CT 262 is %v, want stopped after its start failed", cur["status"])
	}
	tasks := cl.must("pve_get_nodes_tasks", map[string]any{"node": "pve1", "vmid": 262, "typefilter": "vzstart"}).([]any)
	if len(tasks) != 1 || tasks[0].(map[string]any)["status"] != "bridge 'vmbr99' does not exist" {
		t.Errorf("CT 262's start tasks: %v", tasks)
	}

	// What exists is accepted: a template on local, disks on local-lvm.
	cl.waitOK(cl.must("pve_post_nodes_lxc", ct(264, nil)))
	cl.waitOK(cl.must("pve_post_nodes_lxc", ct(263, map[string]any{"rootfs": "local-lvm:8", "net": map[string]any{"0": "name=eth0,bridge=vmbr0"}, "start": true})))
	cl.waitOK(cl.must("pve_post_nodes_qemu", map[string]any{"node": "pve1", "vmid": 163, "scsi": map[string]any{"0": "local-lvm:8"},
		"ide": map[string]any{"2": "local:iso/debian-12.9.0-amd64-netinst.iso,media=cdrom"}}))
	cfg := cl.must("pve_get_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 163}).(map[string]any)
	if cfg["scsi0"] != "local-lvm:vm-163-disk-0,size=8G" {
		t.Errorf("a new disk: scsi0 = %v", cfg["scsi0"])
	}
	ctcfg := cl.must("pve_get_nodes_lxc_config", map[string]any{"node": "pve1", "vmid": 264}).(map[string]any)
	if ctcfg["rootfs"] != "local-lvm:vm-264-disk-0,size=4G" {
		t.Errorf("a container without rootfs: rootfs = %v, want 4 GiB on the storage parameter", ctcfg["rootfs"])
	}
}
