package search

import (
	"strings"
	"testing"
)

// TestCLITableResolves checks the whole command table against the
// catalog: every operation of every row exists in its tool's product, and
// no tool writes a subcommand twice.
func TestCLITableResolves(t *testing.T) {
	ix := prodIndex()
	for _, tool := range cliTable {
		seen := map[string]bool{}
		for _, c := range tool.commands {
			if len(c.ops) == 0 {
				t.Errorf("%s %q: no operations", tool.name, c.words)
			}
			for _, alt := range strings.Split(c.words, ", ") {
				if seen[alt] {
					t.Errorf("%s %q: written twice", tool.name, alt)
				}
				seen[alt] = true
			}
			for _, op := range c.ops {
				if ix.resolveOp(tool.product, op) < 0 {
					t.Errorf("%s %q: %s %s is not in the catalog", tool.name, c.words, tool.product, op)
				}
			}
		}
	}
}

// TestCommandLines checks that a pasted command line finds the operation
// its subcommand calls first, with arguments, options and prose around it.
func TestCommandLines(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		// qm, qmrestore
		{"qm monitor 132", "pve_post_nodes_qemu_monitor"},
		{"run qm monitor 132", "pve_post_nodes_qemu_monitor"},
		{"qm terminal 101", "pve_post_nodes_qemu_termproxy"},
		{"qm guest exec 101 -- uname -a", "pve_post_nodes_qemu_agent_exec"},
		{"qm guest exec-status 101 4242", "pve_get_nodes_qemu_agent_exec_status"},
		{"qm move-disk 101 scsi0 local-lvm --delete", "pve_post_nodes_qemu_move_disk"},
		{"qm disk move 101 scsi0 ceph-pool", "pve_post_nodes_qemu_move_disk"},
		{"qm resize 101 scsi0 +10G", "pve_put_nodes_qemu_resize"},
		{"qm list", "pve_get_nodes_qemu"},
		{"qm listsnapshot 114", "pve_get_nodes_qemu_snapshot"},
		{"qm rollback 114 pre-upgrade", "pve_post_nodes_qemu_snapshot_rollback"},
		{"qm status 101 --verbose", "pve_get_nodes_qemu_status_current"},
		{"qm cloudinit dump 101 user", "pve_get_nodes_qemu_cloudinit_dump"},
		{"qmrestore /mnt/backup/vzdump-qemu-101.vma.zst 120 --storage local-lvm", "pve_post_nodes_qemu"},
		// pct
		{"pct enter 200", "pve_post_nodes_lxc_termproxy"},
		{"pct console 200", "pve_post_nodes_lxc_termproxy"},
		{"pct list", "pve_get_nodes_lxc"},
		{"pct rollback 200 clean", "pve_post_nodes_lxc_snapshot_rollback"},
		{"pct move-volume 200 rootfs local-zfs", "pve_post_nodes_lxc_move_volume"},
		{"pct restore 210 /var/lib/vz/dump/vzdump-lxc-200.tar.zst", "pve_post_nodes_lxc"},
		// pvecm
		{"pvecm add 10.0.0.1", "pve_post_cluster_config_join"},
		{"what does `pvecm add` do", "pve_post_cluster_config_join"},
		{"pvecm delnode pve4", "pve_delete_cluster_config_nodes_node"},
		{"pvecm status", "pve_get_cluster_status"},
		{"pvecm nodes", "pve_get_cluster_config_nodes"},
		{"pvecm create homelab", "pve_post_cluster_config"},
		// pvesm
		{"pvesm status", "pve_get_nodes_storage"},
		{"pvesm scan nfs 192.168.1.10", "pve_get_nodes_scan_nfs"},
		{"pvesm nfsscan 192.168.1.10", "pve_get_nodes_scan_nfs"},
		{"pvesm prune-backups local --keep-last 3", "pve_delete_nodes_storage_prunebackups"},
		// pveum
		{"pveum acl modify / -user bob@pve -role PVEAuditor", "pve_put_access_acl"},
		{"pveum aclmod /vms/100 -group ops -role PVEVMUser", "pve_put_access_acl"},
		{"pveum user token add root@pam ci --privsep 0", "pve_post_access_users_token_tokenid"},
		{"pveum user list", "pve_get_access_users"},
		{"pveum userdel bob@pve", "pve_delete_access_users_userid"},
		{"pveum pool add dev", "pve_post_pools"},
		// ha-manager
		{"ha-manager config", "pve_get_cluster_ha_resources"},
		{"ha-manager status", "pve_get_cluster_ha_status_current"},
		{"ha-manager migrate vm:100 pve2", "pve_post_cluster_ha_resources_migrate"},
		{"ha-manager crm-command migrate vm:100 pve2", "pve_post_cluster_ha_resources_migrate"},
		{"ha-manager set vm:100 --state stopped", "pve_put_cluster_ha_resources_sid"},
		// pveceph
		{"pveceph osd create /dev/sdb", "pve_post_nodes_ceph_osd"},
		{"pveceph createosd /dev/sdb", "pve_post_nodes_ceph_osd"},
		{"pveceph pool create rbd --size 3", "pve_post_nodes_ceph_pool"},
		{"pveceph osd details 3", "pve_get_nodes_ceph_osd_metadata"},
		{"pveceph status", "pve_get_nodes_ceph_status"},
		// pvenode, pvesr, pveam, vzdump
		{"pvenode cert info", "pve_get_nodes_certificates_info"},
		{"pvenode startall", "pve_post_nodes_startall"},
		{"pvesr schedule-now 100-0", "pve_post_nodes_replication_schedule_now"},
		{"pvesr disable 100-0", "pve_put_cluster_replication_id"},
		{"pveam available", "pve_get_nodes_aplinfo"},
		{"pveam download local debian-12-standard_12.7-1_amd64.tar.zst", "pve_post_nodes_aplinfo"},
		{"vzdump 101 --storage pbs", "pve_post_nodes_vzdump"},
		{"run vzdump 101 --mode snapshot", "pve_post_nodes_vzdump"},
		// proxmox-backup-manager
		{"proxmox-backup-manager datastore list", "pbs_get_config_datastore"},
		{"proxmox-backup-manager garbage-collection start store1", "pbs_post_admin_datastore_gc"},
		{"proxmox-backup-manager sync-job run s-1234", "pbs_post_admin_sync_run"},
		{"proxmox-backup-manager remote create pbs2 --host 10.0.0.2", "pbs_post_config_remote"},
		{"proxmox-backup-manager user list", "pbs_get_access_users"},
		{"proxmox-backup-manager acl update /datastore/store1 DatastoreAdmin --auth-id bob@pbs", "pbs_put_access_acl"},
		{"proxmox-backup-manager pull pbs2 store1 local", "pbs_post_pull"},
		// proxmox-tape
		{"proxmox-tape media list", "pbs_get_tape_media_list"},
		{"proxmox-tape backup store1 pool1 --drive lto", "pbs_post_tape_backup"},
		{"proxmox-tape status --drive lto", "pbs_get_tape_drive_status"},
		{"proxmox-tape key list", "pbs_get_config_tape_enc_keys"},
		{"proxmox-tape pool list", "pbs_get_config_media_pool"},
		// proxmox-backup-client
		{"proxmox-backup-client snapshot list --repository root@pam@pbs:store1", "pbs_get_admin_datastore_snapshots"},
		{"proxmox-backup-client list", "pbs_get_admin_datastore_groups"},
	} {
		wantFirst(t, tc.query, tc.want)
	}
}

// TestCommandLinesThatPinNothing checks that a tool name alone, an
// unknown subcommand, or prose that only mentions a tool pins nothing.
func TestCommandLinesThatPinNothing(t *testing.T) {
	ix := prodIndex()
	for _, q := range []string{
		"qm",
		"pveum",
		"qm frobnicate 101",
		"pvecm qdevice setup 10.0.0.5", // local only, no API operation
		"pct fstrim 200",
		"pveceph",
		"proxmox-tape",
		"what pct of the disk is used",
		"how do I use qm on the command line",
		"why did vzdump fail last night",
		"is ha-manager safe to use",
	} {
		if p := ix.parse(q); len(p.pinned) != 0 {
			t.Errorf("%q pinned %v", q, p.pinned)
		}
	}
}

// TestCommandLineProduct checks that a tool's rows pin only its product's
// operations, where both products have the path.
func TestCommandLineProduct(t *testing.T) {
	ix := prodIndex()
	for q, product := range map[string]string{
		"pvenode task list":                   "pve",
		"proxmox-backup-manager task list":    "pbs",
		"proxmox-backup-client task list":     "pbs",
		"pveum acl list":                      "pve",
		"proxmox-backup-manager acl list":     "pbs",
		"proxmox-backup-manager cert info":    "pbs",
		"proxmox-backup-manager disk list":    "pbs",
		"pveum user token list root@pam":      "pve",
		"proxmox-backup-manager user list":    "pbs",
		"proxmox-backup-manager dns get":      "pbs",
		"proxmox-backup-manager node show":    "pbs",
		"proxmox-backup-manager versions":     "pbs",
		"proxmox-backup-manager report":       "pbs",
		"proxmox-backup-manager network list": "pbs",
	} {
		p := ix.parse(q)
		if len(p.pinned) == 0 {
			t.Errorf("%q pinned nothing", q)
		}
		for _, d := range p.pinned {
			if string(ix.ops[d].Product) != product {
				t.Errorf("%q pinned %s", q, ix.ops[d].Name)
			}
		}
	}
}

// TestCommandLineBeforeItsPaths: a command line's operation comes before
// the API paths its arguments happen to spell.
func TestCommandLineBeforeItsPaths(t *testing.T) {
	wantFirst(t, "pveum acl modify /storage/local-zfs --groups ops --roles PVEDatastoreAdmin", "pve_put_access_acl")
	wantFirst(t, "pvesh get /storage/local-zfs", "pve_get_storage_storage")
}
