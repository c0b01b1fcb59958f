package search

import "testing"

// dev14Cases is the fourteenth development set for operation search: 400
// requests spread over a realistic month of Proxmox administration, about
// two thirds Proxmox VE and one third Proxmox Backup Server. Everyday work
// dominates (what runs where, power actions, status and load, guest
// configuration, disks, snapshots, backups and restores, storage, tasks and
// logs, nodes, updates, users, PBS datastores, prune, GC, verify and sync),
// and the set leans a little more than usual to the less common areas: about
// 40 % of it is ceph, HA, SDN, firewall, certificates and ACME,
// notifications, tape, metrics, S3, replication, hardware mappings and
// access control.
//
// The requests are written the way the whole range of people who run
// Proxmox write them: terse keywords, full sentences with context,
// questions, symptoms and pasted error messages, web UI paths, qm, pct,
// pvesm, pvecm, pveum, ha-manager, pvesh, proxmox-backup-manager,
// proxmox-backup-client and proxmox-tape command lines, typos, British
// spellings and non-native English, naming objects by id or by name. The
// set was written before the ranking changes of its round.
//
// want lists every operation whose call answers the request or does what it
// asks, generous with reasonable alternatives (POST and PUT of a guest
// config, list and item, cluster resources for "what runs where", the other
// product's twin when a request names no product and both fit).

// Shorthand want lists of the fourteenth development set.
var (
	d14VMSet   = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d14VMGet   = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d14CTSet   = []string{"pve_put_nodes_lxc_config"}
	d14VMCons  = []string{"pve_post_nodes_qemu_vncproxy", "pve_get_nodes_qemu_vncwebsocket", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy"}
	d14Shell   = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
	d14Tasks   = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d14TaskLog = []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}
	d14HAState = []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}
	d14Ceph    = []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}
	d14Flag    = []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}
	d14DSSet   = []string{"pbs_put_config_datastore_name"}
	d14Snaps   = []string{"pbs_get_admin_datastore_snapshots"}
	d14PBSTask = []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
)

var dev14Cases = []qualityCase{
	// PVE inventory: what runs where.
	{"which node is vm 212 sitting on at the moment", []string{"pve_get_cluster_resources"}},
	{"list all containers across the cluster together with their state", []string{"pve_get_cluster_resources", "pve_get_nodes_lxc"}},
	{"vms on pve-node3?", []string{"pve_get_nodes_qemu", "pve_get_cluster_resources"}},
	{"Is there a guest called gitlab-runner-02 somewhere in the cluster? I need its VMID for a script.", []string{"pve_get_cluster_resources"}},
	{"Could you give me every guest tagged prod, with the node it's on and its uptime?", []string{"pve_get_cluster_resources"}},
	{"pvesh get /cluster/nextid", []string{"pve_get_cluster_nextid"}},
	{"qm list on hv2", []string{"pve_get_nodes_qemu"}},
	{"Datacenter > Summary shows one node in red, which one is down?", []string{"pve_get_cluster_status", "pve_get_nodes", "pve_get_cluster_resources"}},
	{"what VM templates do we have available for cloning", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu"}},
	{"pveversion of every node in the cluster", []string{"pve_get_nodes_version", "pve_get_version", "pve_get_nodes_apt_versions"}},

	// PVE power actions.
	{"boot up VM 4410 on node pve2", []string{"pve_post_nodes_qemu_status_start"}},
	{"please shut down the windows server 2019 vm (id 131) cleanly", []string{"pve_post_nodes_qemu_status_shutdown", "pve_post_nodes_qemu_agent_shutdown"}},
	{"vm 140 hangs at 100% cpu, console is black, hard stop it", []string{"pve_post_nodes_qemu_status_stop", "pve_post_nodes_qemu_status_reset"}},
	{"reboot contaner 203", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"qm reset 118", []string{"pve_post_nodes_qemu_status_reset"}},
	{"pct start 210 gives 'startup for container '210' failed', where do I see why", []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status", "pve_get_nodes_tasks", "pve_get_nodes_journal"}},
	{"suspend the build VM 3001 overnight so it stops eating cpu", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"resume vm 3001, it is paused since yesterday", []string{"pve_post_nodes_qemu_status_resume"}},
	{"after the power outage start every guest with onboot=1 on pve1", []string{"pve_post_nodes_startall"}},
	{"container 305 won't stop, 'pct shutdown' just runs into the timeout", []string{"pve_post_nodes_lxc_status_stop"}},
	{"vm 120 should autostart at boot, start order 2 and 60 s up delay", d14VMSet},
	{"shutdown all VMs in the whole cluster for the datacentre maintenance tonight", []string{"pve_post_cluster_bulk_action_guest_shutdown", "pve_post_nodes_stopall"}},
	{"We installed a new kernel on hv2 - can you restart the host for me?", []string{"pve_post_nodes_status"}},
	{"wake node pve6 with a magic packet", []string{"pve_post_nodes_wakeonlan"}},

	// PVE status and load.
	{"how much memmory is vm 117 really using", []string{"pve_get_nodes_qemu_status_current", "pve_get_nodes_qemu_rrddata"}},
	{"cpu load graph of node pve3 over the last week", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"is ct 250 up?", []string{"pve_get_nodes_lxc_status_current", "pve_get_cluster_resources"}},
	{"please to show the top memory consumers in the cluster", []string{"pve_get_cluster_resources"}},
	{"IO delay on hv1 is very high since monday, how can I see the trend", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd", "pve_get_nodes_status"}},
	{"How much traffic did container 208 push over the last month?", []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}},
	{"disk read/write rate of vm 404 for the past day", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}},
	{"what IP did vm 160 get from dhcp?", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"ct 233 ip adress", []string{"pve_get_nodes_lxc_interfaces"}},
	{"Is the qemu guest agent responding in VM 171? Shutdown from the GUI does nothing.", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"KSM sharing and swap utilisation on pve4", []string{"pve_get_nodes_status"}},

	// PVE guest configuration.
	{"give vm 130 8 GiB memory and 4 cores", d14VMSet},
	{"qm set 115 --balloon 2048", d14VMSet},
	{"Hardware > Add > Network Device on vm 222: bridge vmbr1, vlan tag 30", d14VMSet},
	{"change the boot order of vm 109 so the cd-rom comes first", d14VMSet},
	{"set cpu type host on vm 301, I need nested virtualisation", d14VMSet},
	{"Enable the QEMU Guest Agent option on VM 188 (Options > QEMU Guest Agent)", d14VMSet},
	{"show me the configuration of vm 1001", d14VMGet},
	{"vm 204 has orange pending values in Hardware, what is still waiting for a reboot", []string{"pve_get_nodes_qemu_pending"}},
	{"put a note in the summary of container 240 saying who owns it", d14CTSet},
	{"ct 215: memory to 4096 and swap 1024", d14CTSet},
	{"bind mount /mnt/media of the host into container 260 as mp0", d14CTSet},
	{"Our docker inside lxc 270 fails with 'permission denied' on overlayfs; do I need nesting and keyctl?", d14CTSet},
	{"cloud-init on vm 9000: user ubuntu, my ssh key and ip=dhcp", d14VMSet},
	{"regenerate the cloudinit drive of vm 512 after I changed the ip", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"what user-data will cloud-init hand to vm 9001", []string{"pve_get_nodes_qemu_cloudinit_dump"}},
	{"vm 150 is locked (lock: backup) after a failed job, unlock it", d14VMSet},
	{"which cpu models can I choose on node hv1?", []string{"pve_get_nodes_capabilities_qemu_cpu"}},
	{"send ctrl-alt-del to vm 133", []string{"pve_put_nodes_qemu_sendkey"}},
	{"dump the config of ct 222", []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}},

	// PVE disks.
	{"qm resize 122 scsi0 +20G", []string{"pve_put_nodes_qemu_resize"}},
	{"rootfs of container 219 is full, make it 32G", []string{"pve_put_nodes_lxc_resize"}},
	{"move vm 141's disk from local-lvm to ceph-rbd and delete the source", []string{"pve_post_nodes_qemu_move_disk"}},
	{"mp0 of ct 230 should live on the nfs share instead", []string{"pve_post_nodes_lxc_move_volume"}},
	{"attach a new 100G disk on local-zfs to vm 178", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_post_nodes_storage_content"}},
	{"get rid of the unused0 disk on vm 155", []string{"pve_put_nodes_qemu_unlink", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},
	{"physical disks of node pve3 and their SSD wearout", []string{"pve_get_nodes_disks_list"}},
	{"smartctl output for /dev/sdc on hv2", []string{"pve_get_nodes_disks_smart"}},
	{"Disks > ZFS > Create: mirror 'tank' from sdb and sdc on pve4", []string{"pve_post_nodes_disks_zfs"}},
	{"zpool rpool on pve1 says DEGRADED, show me the details", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs"}},
	{"wipe /dev/nvme1n1 so I can reuse it", []string{"pve_put_nodes_disks_wipedisk", "pbs_put_nodes_disks_wipedisk"}},
	{"make an lvm-thin pool on the new ssd in hv5 and add it as storage", []string{"pve_post_nodes_disks_lvmthin"}},

	// PVE snapshots.
	{"snapshot vm 123 before the upgrade, name pre-upgrade, with RAM", []string{"pve_post_nodes_qemu_snapshot"}},
	{"roll ct 204 back to snapshot before_php8", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"snapshots of vm 181?", []string{"pve_get_nodes_qemu_snapshot"}},
	{"pct delsnapshot 207 test1", []string{"pve_delete_nodes_lxc_snapshot_snapname"}},
	{"removing a snapshot of vm 190 keeps failing with 'VM is locked (snapshot-delete)', force it", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"can vm 400 be snapshotted at all? its disk is a raw file on nfs", []string{"pve_get_nodes_qemu_feature"}},
	{"revert vm 228 to yesterday's snapshoot", []string{"pve_post_nodes_qemu_snapshot_rollback", "pve_get_nodes_qemu_snapshot"}},
	{"what did the configuration of ct 211 look like in snapshot 'clean'", []string{"pve_get_nodes_lxc_snapshot_config"}},

	// PVE backups and restores.
	{"back up vm 112 now to pbs-store in snapshot mode", []string{"pve_post_nodes_vzdump"}},
	{"vzdump 205 --mode stop --compress zstd --storage backup-nfs", []string{"pve_post_nodes_vzdump"}},
	{"nightly backup job at 01:30 for all guests to pbs01, keep 7 daily", []string{"pve_post_cluster_backup"}},
	{"Datacenter → Backup: move job backup-8c2e to saturday 03:00", []string{"pve_put_cluster_backup_id"}},
	{"which vms aren't covered by any backup job?", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"restore vzdump-qemu-119-2024_05_03-02_00_01.vma.zst as new vm 919", []string{"pve_post_nodes_qemu"}},
	{"restor container 240 from last night's backup and overwrite it", []string{"pve_post_nodes_lxc"}},
	{"What backups do we have of vm 300 on backup-nfs?", []string{"pve_get_nodes_storage_content"}},
	{"list our scheduled vzdump jobs", []string{"pve_get_cluster_backup"}},
	{"last night's backup of ct 260 failed, show me the log", []string{"pve_get_nodes_tasks", "pve_get_cluster_tasks", "pve_get_nodes_tasks_log"}},
	{"exclude disk scsi1 of vm 128 from backups", d14VMSet},
	{"run the backup job weekly-all right now instead of waiting for sunday", []string{"pve_post_nodes_vzdump", "pve_get_cluster_backup_id"}},
	{"restore just /etc/nginx/nginx.conf from vm 122's pbs backup", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"keep the backup of vm 122 from 2024-06-01 forever, prune must not touch it", []string{"pve_put_nodes_storage_content_volume", "pbs_put_admin_datastore_protected"}},
	{"prune backups on storage local, keep-last 3 for vm 134", []string{"pve_delete_nodes_storage_prunebackups"}},
	{"which guests and disks does backup job backup-c1a9 include", []string{"pve_get_cluster_backup_included_volumes"}},
	{"show the vm config stored inside vzdump-qemu-201-2024_07_01-00_00_02.vma.zst before restoring", []string{"pve_get_nodes_vzdump_extractconfig"}},

	// PVE storage and its content.
	{"pvesm add nfs nas-nfs --server 10.0.0.5 --export /export/pve --content iso,backup", []string{"pve_post_storage", "pve_get_nodes_scan_nfs"}},
	{"SMB/CIFS storage from the windows fileserver, user svc-backup", []string{"pve_post_storage", "pve_get_nodes_scan_cifs"}},
	{"upload ubuntu-24.04-live-server-amd64.iso to local", []string{"pve_post_nodes_storage_upload"}},
	{"download the debian 12 netinst iso straight from the URL to storage iso-store", []string{"pve_post_nodes_storage_download_url"}},
	{"Which ISO images are sitting on the nfs storage right now?", []string{"pve_get_nodes_storage_content"}},
	{"lxc templates available for download (pveam available)", []string{"pve_get_nodes_aplinfo"}},
	{"pveam download local debian-12-standard_12.7-1_amd64.tar.zst", []string{"pve_post_nodes_aplinfo"}},
	{"storgae local-lvm is 94% full, what is eating the space", []string{"pve_get_nodes_storage_content", "pve_get_nodes_storage_status"}},
	{"disable storage old-iscsi on all nodes", []string{"pve_put_storage_storage"}},
	{"pvesm remove nas-2019", []string{"pve_delete_storage_storage"}},
	{"how I can restrict storage ceph-ssd to only nodes pve1 and pve2", []string{"pve_put_storage_storage"}},
	{"delete orphaned volume vm-999-disk-0 from local-zfs", []string{"pve_delete_nodes_storage_content_volume"}},
	{"storage nas-nfs has a grey question mark on hv3", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage", "pve_get_storage_storage"}},
	{"pull the nginx:latest OCI image as a container template", []string{"pve_post_nodes_storage_oci_registry_pull"}},

	// PVE tasks and logs.
	{"anything running right now? active tasks on the cluster", d14Tasks},
	{"show the log of task UPID:pve2:000A1B2C:0F3E55A1:66A1B2C3:qmigrate:220:root@pam:", d14TaskLog},
	{"cancel that running migration task on pve2", []string{"pve_delete_nodes_tasks_upid"}},
	{"syslog of hv1 around 03:14 today", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"journalctl -u pve-cluster on node pve3", []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}},
	{"who deleted vm 333? look in the cluster log", []string{"pve_get_cluster_log", "pve_get_cluster_tasks"}},
	{"failed tasks in the last 24h", []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks", "pbs_get_nodes_tasks"}},
	{"generate a system report of node hv2 for our support ticket", []string{"pve_get_nodes_report"}},

	// PVE nodes, network, services, time.
	{"System > Network > Create > Linux Bridge vmbr2 with port eno2 on pve1", []string{"pve_post_nodes_network"}},
	{"apply pending network changes on hv3 without reboot (ifreload)", []string{"pve_put_nodes_network"}},
	{"undo my not yet applied interface edits on pve2", []string{"pve_delete_nodes_network"}},
	{"set mtu 9000 on bond0 of node pve4", []string{"pve_put_nodes_network_iface"}},
	{"create an LACP bond of eno1 and eno2", []string{"pve_post_nodes_network", "pbs_post_nodes_network"}},
	{"change dns servers on pve1 to 1.1.1.1 and 9.9.9.9", []string{"pve_put_nodes_dns"}},
	{"timezone of hv2 should be Europe/Berlin", []string{"pve_put_nodes_time"}},
	{"restart pveproxy on node 3, the gui is not loading", []string{"pve_post_nodes_services_restart"}},
	{"subscription key for hv1: pve2c-1a2b3c4d5e", []string{"pve_put_nodes_subscription"}},
	{"Node pve3 shows the 'No valid subscription' popup, is it registered or not?", []string{"pve_get_nodes_subscription"}},
	{"open a root shell on node hv4", d14Shell},
	{"noVNC console of vm 144", d14VMCons},
	{"console for ct 212 in xterm.js", []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy", "pve_get_nodes_lxc_vncwebsocket"}},
	{"the migration network of the cluster should be 10.10.10.0/24", []string{"pve_put_cluster_options"}},
	{"I'm replacing the ram in hv2, move everything off it", []string{"pve_post_nodes_migrateall"}},

	// PVE updates.
	{"apt update on the pve nodes and show what is upgradable", []string{"pve_post_nodes_apt_update", "pve_get_nodes_apt_update"}},
	{"Are there package updates waiting on pve1?", []string{"pve_get_nodes_apt_update"}},
	{"enable the no-subscription repository on hv3", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories"}},
	{"apt update fails with 401 Unauthorized from enterprise.proxmox.com, disable that repo", []string{"pve_post_nodes_apt_repositories", "pve_get_nodes_apt_repositories"}},
	{"changelog of pve-manager before I upgrade", []string{"pve_get_nodes_apt_changelog"}},
	{"are all nodes on the same package versions before I join the new one", []string{"pve_get_nodes_apt_versions"}},

	// PVE migrate, clone, create, delete.
	{"qm migrate 220 pve3 --online", []string{"pve_post_nodes_qemu_migrate"}},
	{"can vm 221 be migrated online, it has a local disk?", []string{"pve_get_nodes_qemu_migrate"}},
	{"move container 209 to node hv1 in restart mode", []string{"pve_post_nodes_lxc_migrate"}},
	{"full clone of template 9000 as vm 540 named web-07", []string{"pve_post_nodes_qemu_clone"}},
	{"convert vm 9100 into a template", []string{"pve_post_nodes_qemu_template"}},
	{"new debian 12 container, 2 cores 1G ram on local-lvm, id 280", []string{"pve_post_nodes_lxc"}},
	{"create vm: 4 cores, 16G, 64G disk on ceph, ubuntu iso, virtio nic on vmbr0", []string{"pve_post_nodes_qemu"}},
	{"destroy vm 666 and purge it from backup and replication jobs", []string{"pve_delete_nodes_qemu_vmid"}},
	{"Container 299 is not needed any more, please remove it completely.", []string{"pve_delete_nodes_lxc_vmid"}},
	{"qm remote-migrate 420 to the other cluster in Frankfurt", []string{"pve_post_nodes_qemu_remote_migrate"}},
	{"bulk migrate vms 101,102,103 from hv1 to hv2", []string{"pve_post_cluster_bulk_action_guest_migrate", "pve_post_nodes_migrateall"}},
	{"import an OVA sitting on the nfs storage as a new vm", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},
	{"migration aborted: \"can't migrate local disk 'local:iso/...' \" what blocks vm 233", []string{"pve_get_nodes_qemu_migrate", "pve_get_nodes_qemu_config"}},

	// PVE resource pools and cluster membership.
	{"resource pool customer-acme containing vm 601 and 602", []string{"pve_post_pools", "pve_put_pools"}},
	{"memebers of pool lab", []string{"pve_get_pools"}},
	{"create a new cluster named prodclu on pve1", []string{"pve_post_cluster_config"}},
	{"join information and fingerprint to add hv7 to the cluster", []string{"pve_get_cluster_config_join"}},
	{"pvecm add 10.0.0.11 from the new node", []string{"pve_post_cluster_config_join"}},
	{"pvecm delnode pve-old", []string{"pve_delete_cluster_config_nodes_node"}},
	{"quorum lost? 'cluster not ready - no quorum?' on every write", []string{"pve_get_cluster_status"}},
	{"corosync links and ring addresses of each node", []string{"pve_get_cluster_config_nodes", "pve_get_cluster_config_totem"}},
	{"our 2-node setup has a qdevice, does it still vote", []string{"pve_get_cluster_config_qdevice"}},

	// Ceph.
	{"ceph is in HEALTH_WARN since this morning, what is wrong with it?", d14Ceph},
	{"set noout before I reboot the ceph nodes for patching", d14Flag},
	{"clear the noout flag again, all nodes are back", d14Flag},
	{"ceph osd tree: which osds are down?", []string{"pve_get_nodes_ceph_osd"}},
	{"create an OSD on /dev/sdf on pve2 with the db on nvme0n1", []string{"pve_post_nodes_ceph_osd"}},
	{"osd.14 fails SMART, take it out and destroy it", []string{"pve_post_nodes_ceph_osd_out", "pve_delete_nodes_ceph_osd_osdid"}},
	{"mark osd.7 in again after the disk swap", []string{"pve_post_nodes_ceph_osd_in"}},
	{"new ceph pool vm-ssd, size 3 min_size 2, crush rule ssd-only, also add it as storage", []string{"pve_post_nodes_ceph_pool", "pve_post_storage"}},
	{"enable the pg autoscaler on pool rbd and set target ratio 0.8", []string{"pve_put_nodes_ceph_pool_name"}},
	{"I want know the usage for each ceph pool", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_status"}},
	{"pveceph mon create on hv3", []string{"pve_post_nodes_ceph_mon_monid"}},
	{"remove the monitor of the decommissioned node pve-old", []string{"pve_delete_nodes_ceph_mon_monid"}},
	{"cephfs called shared with metadata servers on two nodes", []string{"pve_post_nodes_ceph_fs_name", "pve_post_nodes_ceph_mds_name"}},
	{"is it safe to stop osd.5 right now or will PGs go inactive", []string{"pve_get_nodes_ceph_cmd_safety"}},
	{"restart all ceph services on node pve1", []string{"pve_post_nodes_ceph_restart"}},
	{"which ceph versions are the daemons running after the squid upgrade", []string{"pve_get_cluster_ceph_metadata"}},
	{"pveceph init --network 10.20.30.0/24 --cluster-network 10.20.40.0/24", []string{"pve_post_nodes_ceph_init"}},
	{"ceph warns about slow ops, show me the last lines of the ceph log", []string{"pve_get_nodes_ceph_log"}},
	{"wal/db logical volume details of osd.11", []string{"pve_get_nodes_ceph_osd_lv_info", "pve_get_nodes_ceph_osd_metadata"}},

	// HA.
	{"ha-manager add vm:310 --max_restart 2", []string{"pve_post_cluster_ha_resources"}},
	{"ha-manager status shows a node as old timestamp - dead?", d14HAState},
	{"ct 250 HA state shows 'error', how do I recover it", []string{"pve_put_cluster_ha_resources_sid", "pve_get_cluster_ha_status_current"}},
	{"take vm 315 out of HA", []string{"pve_delete_cluster_ha_resources_sid"}},
	{"ha-manager migrate vm:310 pve4", []string{"pve_post_cluster_ha_resources_migrate"}},
	{"prioritise pve1 and pve2 for the database vms in HA", []string{"pve_post_cluster_ha_rules", "pve_post_cluster_ha_groups"}},
	{"the two domain controllers must never run on the same node", []string{"pve_post_cluster_ha_rules"}},
	{"overview of the HA resources and their requested state", []string{"pve_get_cluster_ha_resources", "pve_get_cluster_ha_status_current"}},
	{"HA shutdown policy to migrate so node reboots move the guests", []string{"pve_put_cluster_options"}},
	{"stop HA from restarting vm 312 while I debug it", []string{"pve_put_cluster_ha_resources_sid"}},
	{"lrm on hv3 stays in 'wait_for_agent_lock', why?", d14HAState},
	{"disable the ha rule keep-apart-dc for a while", []string{"pve_put_cluster_ha_rules_rule"}},

	// SDN.
	{"vlan zone 'office' on vmbr0", []string{"pve_post_cluster_sdn_zones"}},
	{"new vnet v120 with tag 120 in zone office", []string{"pve_post_cluster_sdn_vnets"}},
	{"subnet 10.12.0.0/24 gw 10.12.0.1 with a dhcp range on vnet v120", []string{"pve_post_cluster_sdn_vnets_subnets"}},
	{"I created zones and vnets but nothing shows up on the nodes. How do I apply the SDN configuration?", []string{"pve_put_cluster_sdn"}},
	{"Datacenter > SDN shows the zone as 'pending', the changes are not active", []string{"pve_put_cluster_sdn", "pve_get_cluster_sdn_zones"}},
	{"evpn controller with asn 65000 and peers 10.0.0.1,10.0.0.2", []string{"pve_post_cluster_sdn_controllers"}},
	{"vxlan zone over all nodes, mtu 1450", []string{"pve_post_cluster_sdn_zones"}},
	{"which addresses has the built-in pve ipam handed out so far", []string{"pve_get_cluster_sdn_ipams_status"}},
	{"throw away the pending sdn chnages", []string{"pve_post_cluster_sdn_rollback"}},
	{"sdn zone status on node pve2", []string{"pve_get_nodes_sdn_zones", "pve_get_nodes_sdn_zones_zone"}},
	{"openfabric fabric for the ceph full-mesh network between three nodes", []string{"pve_post_cluster_sdn_fabrics_fabric", "pve_post_cluster_sdn_fabrics_node_fabric_id"}},
	{"vnets and subnets we have defined", []string{"pve_get_cluster_sdn_vnets", "pve_get_cluster_sdn_vnets_subnets"}},
	{"reserve 10.12.0.50 for mac BC:24:11:AA:BB:CC in vnet v120", []string{"pve_post_cluster_sdn_vnets_ips"}},

	// Firewall.
	{"turn on the datacenter firewall", []string{"pve_put_cluster_firewall_options"}},
	{"allow ssh from 192.168.1.0/24 to all nodes", []string{"pve_post_cluster_firewall_rules", "pve_post_nodes_firewall_rules"}},
	{"Can you open tcp 443 inbound on vm 230's firewall?", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"enable the firewall of vm 230 with policy_in DROP", []string{"pve_put_nodes_qemu_firewall_options"}},
	{"security group webservers that accepts http and https", []string{"pve_post_cluster_firewall_groups", "pve_post_cluster_firewall_groups_group"}},
	{"add 203.0.113.0/24 to ipset blocklist", []string{"pve_post_cluster_firewall_ipset_name"}},
	{"firewall alias zabbix for 10.0.5.10", []string{"pve_post_cluster_firewall_aliases"}},
	{"what is the firewall dropping for ct 240? show its log", []string{"pve_get_nodes_lxc_firewall_log"}},
	{"move the DROP rule on vm 230 to the top", []string{"pve_put_nodes_qemu_firewall_rules_pos"}},
	{"which firewall macros exist, e.g. for Ceph or SMB", []string{"pve_get_cluster_firewall_macros"}},
	{"'nf_conntrack: table full, dropping packet' on pve3", []string{"pve_put_nodes_firewall_options"}},
	{"locked myself out of the gui on 8006 after enabling the firewall", []string{"pve_put_cluster_firewall_options", "pve_post_cluster_firewall_rules", "pve_get_cluster_firewall_rules"}},
	{"spoofing protection (ipfilter) on ct 265", []string{"pve_put_nodes_lxc_firewall_options"}},
	{"vnet firewall: block 10.99.0.0/16 on vnet v120", []string{"pve_post_cluster_sdn_vnets_firewall_rules"}},

	// PVE certificates and ACME.
	{"register a let's encrypt account for the cluster, contact admin@example.org", []string{"pve_post_cluster_acme_account"}},
	{"cloudflare dns challenge plugin with an api token", []string{"pve_post_cluster_acme_plugins", "pbs_post_config_acme_plugins"}},
	{"order a certificate for pve1.example.org through acme", []string{"pve_post_nodes_certificates_acme_certificate", "pve_put_nodes_config"}},
	{"the certificate on hv2 expires in 5 days, renew it", []string{"pve_put_nodes_certificates_acme_certificate", "pve_post_nodes_certificates_acme_certificate"}},
	{"upload our wildcard cert and key for the web interface of pve3", []string{"pve_post_nodes_certificates_custom"}},
	{"which certificate does pveproxy on pve1 serve, expiry and fingerprint", []string{"pve_get_nodes_certificates_info"}},
	{"drop the custom certificate on pve4 and go back to the self-signed one", []string{"pve_delete_nodes_certificates_custom"}},
	{"acme domain for node hv5 = hv5.corp.example", []string{"pve_put_nodes_config"}},

	// PVE notifications and metrics.
	{"send backup failure mails to ops@example.com over our smtp relay", []string{"pve_post_cluster_notif_endpoints_smtp", "pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}},
	{"Any chance to get pve alerts on my phone through gotify?", []string{"pve_post_cluster_notif_endpoints_gotify"}},
	{"test the notification target mail-to-root", []string{"pve_post_cluster_notif_targets_test", "pbs_post_config_notif_targets_test"}},
	{"notification matcher that only forwards severity error for fencing events", []string{"pve_post_cluster_notif_matchers"}},
	{"webhook to our Teams channel for pve notifications", []string{"pve_post_cluster_notif_endpoints_webhook"}},
	{"what notification endpoints are configured on the cluster", []string{"pve_get_cluster_notif_targets", "pve_get_cluster_notif_endpoints"}},
	{"backup job should only mail on failure", []string{"pve_put_cluster_backup_id", "pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}},
	{"send pve metrics to influxdb at 10.0.0.60:8089 over udp", []string{"pve_post_cluster_metrics_server_id"}},
	{"disable the metric server influx1 temporarily", []string{"pve_put_cluster_metrics_server_id", "pbs_put_config_metrics_influxdb_http_name", "pbs_put_config_metrics_influxdb_udp_name"}},
	{"current metrics of all guests in one call for our exporter", []string{"pve_get_cluster_metrics_export", "pve_get_cluster_resources"}},

	// Replication.
	{"pvesr create-local-job 150-0 pve2 --schedule */15", []string{"pve_post_cluster_replication"}},
	{"replication job 150-0 is failing, show its log", []string{"pve_get_nodes_replication_log", "pve_get_nodes_replication_status"}},
	{"run replication 150-0 now", []string{"pve_post_nodes_replication_schedule_now"}},
	{"pvesr status on pve2", []string{"pve_get_nodes_replication"}},
	{"rate limit of replication job 210-1 to 50 MB/s", []string{"pve_put_cluster_replication_id"}},
	{"remove replication for ct 210", []string{"pve_delete_cluster_replication_id"}},
	{"all storage replication jobs in the cluster", []string{"pve_get_cluster_replication"}},

	// Hardware and directory mappings.
	{"map the nvidia gpu 0000:41:00 as gpu-a across nodes", []string{"pve_post_cluster_mapping_pci"}},
	{"PCI devices and IOMMU groups on hv4", []string{"pve_get_nodes_hardware_pci"}},
	{"pass through the usb dongle 1a86:7523 to vm 330", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_post_cluster_mapping_usb"}},
	{"vgpu mdev types offered by the card on pve2", []string{"pve_get_nodes_hardware_pci_mdev"}},
	{"virtiofs directory mapping /srv/share so vm 340 can mount it", []string{"pve_post_cluster_mapping_dir", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},
	{"usb devices plugged into node hv1", []string{"pve_get_nodes_hardware_usb"}},
	{"show me which hardware mappings are existing", []string{"pve_get_cluster_mapping_pci", "pve_get_cluster_mapping_usb", "pve_get_cluster_mapping_dir"}},

	// PVE access control.
	{"pveum user add alice@pve --groups devs", []string{"pve_post_access_users"}},
	{"api token for terraform on automation@pve without privilege separation", []string{"pve_post_access_users_token_tokenid"}},
	{"pveum acl modify /pool/dev --groups devs --roles PVEVMUser", []string{"pve_put_access_acl"}},
	{"which permissions does bob@ldap have on /vms/210", []string{"pve_get_access_permissions"}},
	{"custom role 'Operators' with only VM.PowerMgmt and VM.Console", []string{"pve_post_access_roles"}},
	{"set up an active directory realm corp.local for gui login", []string{"pve_post_access_domains"}},
	{"sync users and groups from the ldap relam now", []string{"pve_post_access_domains_sync"}},
	{"nightly realm sync job for ldap", []string{"pve_post_cluster_jobs_realm_sync_id"}},
	{"carol lost her phone, remove her totp", []string{"pve_delete_access_tfa_id", "pve_get_access_tfa", "pbs_delete_access_tfa_id", "pbs_get_access_tfa"}},
	{"dave@pve is locked out after too many TFA tries", []string{"pve_put_access_users_unlock_tfa"}},
	{"disable user eve@pve and set an expiry date", []string{"pve_put_access_users_userid"}},
	{"who has access to what, all acl entries", []string{"pve_get_access_acl", "pbs_get_access_acl"}},
	{"openid connect login via keycloak for the pve gui", []string{"pve_post_access_domains"}},

	// Both products: PBS as PVE storage.
	{"add pbs01 as storage on the pve cluster, datastore main, namespace pve", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"pbs storage in pve says 'error fetching datastores - 401: authentication failure'", []string{"pve_put_storage_storage", "pve_get_storage_storage"}},

	// PBS datastores.
	{"proxmox-backup-manager datastore create store2 /mnt/datastore/store2 --gc-schedule daily", []string{"pbs_post_config_datastore"}},
	{"How full is datastore main on the backup server?", []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}},
	{"estimated time until the pbs datastore runs full", []string{"pbs_get_status_datastore_usage"}},
	{"datastores on pbs and their usage", []string{"pbs_get_status_datastore_usage", "pbs_get_admin_datastore", "pbs_get_config_datastore"}},
	{"Datastore > backup1 > Options > Maintenance mode: read-only", d14DSSet},
	{"remove datastore old-store from PBS but keep the data on disk", []string{"pbs_delete_config_datastore_name"}},
	{"mount the removable usb datastore offsite-usb", []string{"pbs_post_admin_datastore_mount"}},
	{"safely unmount the removable datastore before unplugging the disk", []string{"pbs_post_admin_datastore_unmount"}},
	{"set the comment of datastore store2 to 'offsite replica'", d14DSSet},
	{"datastore io and usage graph for the past month", []string{"pbs_get_admin_datastore_rrd"}},
	{"what is currently reading or writing datastore main", []string{"pbs_get_admin_datastore_active_operations"}},
	{"optimise datastore fast on pbs: tuning sync-level filesystem", d14DSSet},
	{"raidz from the four new disks in the pbs, then a datastore on it", []string{"pbs_post_nodes_disks_zfs", "pbs_post_config_datastore"}},

	// PBS backups, snapshots, groups, namespaces.
	{"list backup snapshots of vm/105 on datastore main", d14Snaps},
	{"proxmox-backup-client snapshot list --repository backup@pbs@pbs01:main", d14Snaps},
	{"backup groups in namespace prod", []string{"pbs_get_admin_datastore_groups"}},
	{"delete the snapshot ct/220/2024-05-14T02:00:03Z", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"remove the whole backup group vm/999 incl. all snapshots", []string{"pbs_delete_admin_datastore_groups"}},
	{"protect host/fileserver/2024-06-30T23:00:00Z from pruning", []string{"pbs_put_admin_datastore_protected"}},
	{"add a note 'before ERP migration' to snapshot vm/150/2024-09-01T01:00:00Z", []string{"pbs_put_admin_datastore_notes"}},
	{"owner of group vm/300 should be the token sync@pbs!pull", []string{"pbs_post_admin_datastore_change_owner"}},
	{"backup fails: 'backup owner check failed (root@pam != pve@pbs)'", []string{"pbs_post_admin_datastore_change_owner", "pbs_get_admin_datastore_groups"}},
	{"which archives are inside snapshot vm/112/2024-07-01T01:00:00Z", []string{"pbs_get_admin_datastore_files"}},
	{"download /home/john/report.xlsx out of the host backup's pxar", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"browse the catalog of the file-level backup of host/web01", []string{"pbs_get_admin_datastore_catalog"}},
	{"create namespace customers/acme on datastore main", []string{"pbs_post_admin_datastore_namespace"}},
	{"namespaces of datastore main", []string{"pbs_get_admin_datastore_namespace"}},
	{"move group ct/240 into namespace archive", []string{"pbs_post_admin_datastore_move_group"}},
	{"delete namespace test with everything in it", []string{"pbs_delete_admin_datastore_namespace"}},
	{"get the client.log of the last host backup", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},
	{"when was vm 410 last backed up to pbs", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups", "pve_get_nodes_storage_content"}},
	{"group comment for vm/130 on the backup server", []string{"pbs_put_admin_datastore_group_notes"}},

	// PBS prune.
	{"prune job on datastore main: keep-daily 7 keep-weekly 4 keep-monthly 6", []string{"pbs_post_config_prune"}},
	{"dry run prune of group vm/115 with keep-last 3", []string{"pbs_post_admin_datastore_prune"}},
	{"prune the whole datastore store2 now", []string{"pbs_post_admin_datastore_prune_datastore"}},
	{"run prune job daily-prune immediately", []string{"pbs_post_admin_prune_run"}},
	{"prune jobs and when they last ran", []string{"pbs_get_admin_prune", "pbs_get_config_prune"}},
	{"schedule of prune job weekly-main to sun 05:00", []string{"pbs_put_config_prune_id"}},
	{"retention just for namespace dev on pbs: keep-last 2", []string{"pbs_post_config_prune", "pbs_post_admin_datastore_prune_datastore"}},
	{"is possible to change keep-weekly of the prune job on store2 without to delete the job?", []string{"pbs_put_config_prune_id", "pbs_put_config_datastore_name"}},
	{"delete the prune job p-legacy", []string{"pbs_delete_config_prune_id"}},

	// PBS garbage collection.
	{"start garbage colection on datastore main", []string{"pbs_post_admin_datastore_gc"}},
	{"last GC result: how much was removed and the dedup factor", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc"}},
	{"gc schedule for store2 daily at 04:00", d14DSSet},
	{"garbage collection state of every datastore at once", []string{"pbs_get_admin_gc"}},
	{"disk still full after pruning, the space is not freed", []string{"pbs_post_admin_datastore_gc", "pbs_get_admin_datastore_gc"}},
	{"GC aborts with 'unable to get exclusive lock' on datastore main", []string{"pbs_get_admin_datastore_gc", "pbs_get_nodes_tasks_log", "pbs_get_admin_datastore_active_operations"}},

	// PBS verify.
	{"verify all backups in datastore main now", []string{"pbs_post_admin_datastore_verify"}},
	{"Datastore main > Verify Jobs > Add: every sunday, re-verify after 30 days", []string{"pbs_post_config_verify"}},
	{"run verify job v-main-weekly", []string{"pbs_post_admin_verify_run"}},
	{"which snapshots failed verifcation on the datastore", d14Snaps},
	{"is possible that store2 verifies new backups immediately after they finish?", d14DSSet},
	{"verify jobs and their last status", []string{"pbs_get_admin_verify", "pbs_get_config_verify"}},
	{"verify only snapshot vm/210/2024-08-02T00:00:00Z", []string{"pbs_post_admin_datastore_verify"}},

	// PBS sync and remotes.
	{"proxmox-backup-manager remote create pbs-offsite --host 203.0.113.10 --auth-id sync@pbs --fingerprint 64:d3:ff:3a", []string{"pbs_post_config_remote"}},
	{"pull sync job from pbs-offsite:main into local store2 every 6 hours", []string{"pbs_post_config_sync"}},
	{"push the main datastore to the offsite pbs every night", []string{"pbs_post_config_sync"}},
	{"run sync job s-offsite-01 right away", []string{"pbs_post_admin_sync_run"}},
	{"one-off pull of namespace prod from the remote", []string{"pbs_post_pull"}},
	{"what datastores does remote pbs-offsite have", []string{"pbs_get_config_remote_scan"}},
	{"groups available on datastore main of remote pbs-dr", []string{"pbs_get_config_remote_scan_groups"}},
	{"sync jobs and their last run status", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"sync fails with 'fingerprint mismatch' since the remote got a new cert", []string{"pbs_put_config_remote_name"}},
	{"limit sync bandwidth to 20 MiB/s during office hours", []string{"pbs_post_config_traffic_control", "pbs_put_config_sync_id"}},
	{"remove-vanished should be on for sync job s-dr", []string{"pbs_put_config_sync_id"}},
	{"traffic control rules currently throttling", []string{"pbs_get_admin_traffic_control", "pbs_get_config_traffic_control"}},

	// PBS tasks and logs.
	{"Is anything still running on the backup server? GC, verify, anything", []string{"pbs_get_nodes_tasks"}},
	{"log of the failed backup task on pbs01 from last night", d14PBSTask},
	{"abort the verify task that has been running for 10 hours", []string{"pbs_delete_nodes_tasks_upid"}},
	{"proxmox-backup-proxy errors in the journal", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}},

	// PBS node administration.
	{"Which updates are available for pbs01?", []string{"pbs_get_nodes_apt_update"}},
	{"refresh the package index on the backup server", []string{"pbs_post_nodes_apt_update"}},
	{"add the pbs-no-subscription repo", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories"}},
	{"reboot pbs01 after the kernel upgrade", []string{"pbs_post_nodes_status"}},
	{"cpu, memory and root disk usage of the pbs box", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd"}},
	{"restart proxmox-backup-proxy on pbs01, the web ui hangs", []string{"pbs_post_nodes_services_restart"}},
	{"static ip 10.0.0.40/24 on ens18 of the pbs", []string{"pbs_put_nodes_network_iface", "pbs_put_nodes_network"}},
	{"dns resolver settings of the backup server", []string{"pbs_get_nodes_dns"}},
	{"upload our licence key to the pbs", []string{"pbs_put_nodes_subscription"}},
	{"disks in the backup server and their SMART health", []string{"pbs_get_nodes_disks_list", "pbs_get_nodes_disks_smart"}},
	{"package versions of proxmox-backup-server and its kernel on pbs01", []string{"pbs_get_nodes_apt_versions", "pbs_get_version"}},
	{"time zone on the pbs is UTC, change to Europe/London", []string{"pbs_put_nodes_time"}},

	// Tape.
	{"proxmox-tape drive scan", []string{"pbs_get_tape_scan_drives"}},
	{"configure drive lto8 on /dev/tape/by-id/scsi-3500110a00123456-nst", []string{"pbs_post_config_drive"}},
	{"add the autoloader changer sl3 together with its drive", []string{"pbs_post_config_changer", "pbs_get_tape_scan_changers", "pbs_post_config_drive"}},
	{"media pool weekly, allocation per week, retention 3 months", []string{"pbs_post_config_media_pool"}},
	{"proxmox-tape barcode-label --pool weekly", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"label the tape in drive lto8 as TAPE-0001", []string{"pbs_post_tape_drive_label_media"}},
	{"tape backup job: datastore main to pool weekly every friday 20:00", []string{"pbs_post_config_tape_backup_job"}},
	{"start tape backup job tb-weekly now", []string{"pbs_post_tape_backup_id"}},
	{"restore media set weekly-2024-33 to datastore restore-test", []string{"pbs_post_tape_restore", "pbs_get_tape_media_media_sets"}},
	{"What is on tape CL0042L8?", []string{"pbs_get_tape_media_content"}},
	{"which slots of the changer are full", []string{"pbs_get_tape_changer_status"}},
	{"eject the tape from drive lto8", []string{"pbs_post_tape_drive_eject_media", "pbs_post_tape_drive_unload"}},
	{"clean the drive, it is asking for a cleaning cartridge", []string{"pbs_put_tape_drive_clean"}},
	{"move last month's tapes to the vault bank-safe", []string{"pbs_post_tape_media_move", "pbs_put_tape_drive_export_media"}},
	{"retire damaged tape CL0013L8", []string{"pbs_post_tape_media_list_status"}},
	{"tape encryption key with a password hint", []string{"pbs_post_config_tape_enc_keys"}},
	{"update the changer inventory after loading new cartridges", []string{"pbs_put_tape_drive_inventory", "pbs_get_tape_drive_inventory"}},
	{"tape drive staus: density, compression, alerts", []string{"pbs_get_tape_drive_status"}},
	{"restore the encryption key from the tape so the new server can read the media set", []string{"pbs_post_tape_drive_restore_key"}},
	{"catalog a foreign tape to import it", []string{"pbs_post_tape_drive_catalog"}},

	// S3.
	{"s3 endpoint for our minio at https://minio.lan:9000 with access key", []string{"pbs_post_config_s3"}},
	{"list buckets visible to s3 endpoint wasabi", []string{"pbs_get_config_s3_list_buckets"}},
	{"s3-backed datastore with local cache in /mnt/cache", []string{"pbs_post_config_datastore"}},
	{"check whether the s3 endpoint r2 works", []string{"pbs_put_admin_s3_check"}},
	{"refresh the local cache of s3 datastore cloudstore from the bucket", []string{"pbs_put_admin_datastore_s3_refresh"}},
	{"reset s3 request counters for endpoint wasabi", []string{"pbs_put_admin_s3_reset_counters"}},
	{"rotate the secret key of s3 config wasabi", []string{"pbs_put_config_s3_id"}},
	{"which s3 endpoints are configured?", []string{"pbs_get_config_s3"}},

	// PBS certificates and ACME.
	{"let's encrypt cert for pbs.example.com using http-01", []string{"pbs_put_nodes_config", "pbs_post_nodes_certificates_acme_certificate", "pbs_post_config_acme_account"}},
	{"fingerprint of the backup server certificate for the pve storage config", []string{"pbs_get_nodes_certificates_info"}},
	{"renew the pbs acme certificate", []string{"pbs_put_nodes_certificates_acme_certificate", "pbs_post_nodes_certificates_acme_certificate"}},
	{"upload a custom certifcate chain to the backup server", []string{"pbs_post_nodes_certificates_custom"}},
	{"which acme accounts are registered on our pbs", []string{"pbs_get_config_acme_account"}},

	// PBS notifications and metrics.
	{"email when gc or verify fails on pbs, via smtp.office365.com:587", []string{"pbs_post_config_notif_endpoints_smtp", "pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name"}},
	{"datastore main should use notification-mode notification-system", d14DSSet},
	{"send pbs alerts to gotify", []string{"pbs_post_config_notif_endpoints_gotify"}},
	{"matcher on the backup server for sync job failures only", []string{"pbs_post_config_notif_matchers"}},
	{"pbs notification targets list", []string{"pbs_get_config_notif_targets", "pbs_get_config_notif_endpoints"}},
	{"webhook to ntfy.sh for backup server events", []string{"pbs_post_config_notif_endpoints_webhook"}},
	{"influxdb v2 http metrics from pbs to influx.lan bucket pbs", []string{"pbs_post_config_metrics_influxdb_http"}},
	{"udp influx metric target on the backup server", []string{"pbs_post_config_metrics_influxdb_udp"}},
	{"metric servers configured on pbs02", []string{"pbs_get_admin_metrics", "pbs_get_config_metrics_influxdb_http", "pbs_get_config_metrics_influxdb_udp"}},
	{"pbs metrics endpoint for scraping", []string{"pbs_get_status_metrics"}},

	// PBS access control.
	{"create user pve-backup@pbs for the pve cluster", []string{"pbs_post_access_users"}},
	{"api token pve-backup@pbs!cluster1 with DatastoreBackup on /datastore/main", []string{"pbs_post_access_users_token_token_name", "pbs_put_access_acl"}},
	{"DatastoreReader for audit@pbs on /datastore/archive", []string{"pbs_put_access_acl"}},
	{"effective permissions of token sync@pbs!pull on the backup server", []string{"pbs_get_access_permissions"}},
	{"ldap realm on pbs against ldaps://dc1.corp.local", []string{"pbs_post_config_access_ldap"}},
	{"synchronise users from the AD realm into pbs", []string{"pbs_post_access_domains_sync"}},
	{"openid realm for pbs with azure entra id", []string{"pbs_post_config_access_openid"}},
	{"webauthn settings (rp id, origin) on pbs", []string{"pbs_put_config_access_tfa_webauthn", "pbs_get_config_access_tfa_webauthn"}},
	{"jan@pbs typed his TOTP wrong too often and is locked, unlock him please", []string{"pbs_put_access_users_unlock_tfa"}},
	{"Which users exist on the pbs, and when do they expire?", []string{"pbs_get_access_users"}},
	{"remove the api token old-script from root@pam on pbs", []string{"pbs_delete_access_users_token_token_name"}},
	{"acl entries on the backup server", []string{"pbs_get_access_acl"}},
	{"encryption key for push sync to an untrusted offsite", []string{"pbs_post_config_enc_keys"}},
	{"archive the old sync encryption key", []string{"pbs_post_config_enc_keys_id"}},
}

// TestDev14 scores development set 14 and lists its misses. Like TestDev it has no floor.
func TestDev14(t *testing.T) {
	scoreDevSet(t, "development set 14", dev14Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, dev6Cases, dev7Cases, dev8Cases, dev9Cases, dev10Cases, dev11Cases, dev12Cases, habitCases, symptomCases)
}
