package search

import (
	"slices"
	"testing"
)

// Shorthand want lists of the fourth development set.
var (
	d4VMSet    = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d4VMGet    = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d4VMNow    = []string{"pve_get_nodes_qemu_status_current"}
	d4VMGraph  = []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}
	d4VMCons   = []string{"pve_post_nodes_qemu_vncproxy", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy", "pve_get_nodes_qemu_vncwebsocket"}
	d4CTSet    = []string{"pve_put_nodes_lxc_config"}
	d4CTNow    = []string{"pve_get_nodes_lxc_status_current"}
	d4CTCons   = []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy", "pve_post_nodes_lxc_spiceproxy", "pve_get_nodes_lxc_vncwebsocket"}
	d4Shell    = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
	d4Res      = []string{"pve_get_cluster_resources"}
	d4Tasks    = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d4TaskLog  = []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}
	d4NodeStat = []string{"pve_get_nodes_status", "pve_get_nodes_rrddata", "pve_get_nodes_rrd"}
	d4PVEStore = []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage", "pve_get_cluster_resources", "pve_get_nodes_storage_rrddata"}
	d4HAState  = []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}
	d4CephStat = []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}
	d4PVEMail  = []string{"pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name", "pve_post_cluster_notif_endpoints_smtp", "pve_post_cluster_notif_endpoints_sendmail"}
	d4PBSMail  = []string{"pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name", "pbs_post_config_notif_endpoints_smtp", "pbs_post_config_notif_endpoints_sendmail"}
	d4PBSTasks = []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
	d4Snaps    = []string{"pbs_get_admin_datastore_snapshots"}
	d4Groups   = []string{"pbs_get_admin_datastore_groups"}
	d4DSStat   = []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}
	d4DSConf   = []string{"pbs_put_config_datastore_name"}
	d4Restore  = []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download", "pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}
)

// dev4Cases are a fourth development set, written in one pass (on top of
// fa108b9) from knowledge of Proxmox VE, Proxmox Backup Server and the
// operation catalog, before the ranking changes it is meant to inform and
// before the set was scored even once; no request or label was changed
// after seeing how search ranks it. Compared with the earlier sets it
// leans towards teams running production clusters (change windows,
// audits, capacity planning, compliance, HA, Ceph, SDN, permissions for
// several teams), towards Proxmox Backup Server administration
// (namespaces, sync and push, tape, encryption keys, S3 backends, traffic
// control), towards goals of several steps ("drain pve2 and reboot it")
// and towards questions about limits and state. Styles are mixed: terse
// keyword strings, long chatty requests with context, questions of many
// forms, symptoms and goals, imperatives with many verbs and slang
// (kill, nuke, bounce, spin up, tear down, decommission, hook up, wipe),
// web UI labels (Datacenter, Summary, Hardware, Options, Task History,
// Bulk Start, Move Storage, Resize disk, Convert to template,
// Permissions > Add), command lines of qm, pct, pvesh, pvesm, pveum,
// pvecm, pvesr, ha-manager, pveceph, vzdump, proxmox-backup-client,
// proxmox-backup-manager and proxmox-tape, non-native English, lower case
// without punctuation, a few typos and British spellings, and guests named
// by name or by id, with and without a node. About 60% of the requests
// are for Proxmox VE and 40% for the backup server or both. A want list
// names every operation an experienced admin would accept as the answer.
var dev4Cases = []qualityCase{
	// Virtual machines: power and lifecycle.
	{"bounce vm 212", []string{"pve_post_nodes_qemu_status_reboot", "pve_post_nodes_qemu_status_reset"}},
	{"web01 froze solid, yank its power", []string{"pve_post_nodes_qemu_status_stop", "pve_post_nodes_qemu_status_reset"}},
	{"qm shutdown 330 --forceStop 1", []string{"pve_post_nodes_qemu_status_shutdown"}},
	{"bring the build runner vm back up, it went down with the power cut", []string{"pve_post_nodes_qemu_status_start"}},
	{"is sql02 powered on", slices.Concat(d4VMNow, d4Res)},
	{"vm 233 stuck in shutdown for 20 minutes what now", []string{"pve_post_nodes_qemu_status_stop", "pve_get_nodes_qemu_status_current"}},
	{"Bulk Start on pve3 after the maintenance window", []string{"pve_post_nodes_startall", "pve_post_cluster_bulk_action_guest_start"}},
	{"shut every guest on node hv2 down cleanly before the UPS runs dry", []string{"pve_post_nodes_stopall", "pve_post_cluster_bulk_action_guest_shutdown"}},
	{"decommission vm 518 including its disks", []string{"pve_delete_nodes_qemu_vmid"}},
	{"new vm for the analytics team: rocky 9, 4 vcpu, 8 GiB, 50 GiB on ceph-vm", []string{"pve_post_nodes_qemu"}},
	{"whats the next free vmid", []string{"pve_get_cluster_nextid"}},
	{"which vms are stopped right now across the cluster", slices.Concat(d4Res, []string{"pve_get_nodes_qemu"})},
	{"customers say the shop on vm 120 crawls since this morning", slices.Concat(d4VMGraph, d4VMNow)},
	{"vm 141 iowait through the roof since tuesday, show me disk read/write history", d4VMGraph},
	{"windows vm 160 sits at the lock screen, do the three finger salute", []string{"pve_put_nodes_qemu_sendkey"}},
	{"who locked vm 405 and how do I unlock it", slices.Concat(d4VMGet, d4VMSet)},

	// Virtual machines: hardware and options.
	{"vm 104 ram", slices.Concat(d4VMGet, d4VMNow)},
	{"give the jenkins vm 16 gigs instead of 8", d4VMSet},
	{"which cpu models can I pick for a vm on pve2", []string{"pve_get_nodes_capabilities_qemu_cpu"}},
	{"Hardware > Add > PCI Device, passing the HBA through to truenas vm", slices.Concat(d4VMSet, []string{"pve_get_nodes_hardware_pci"})},
	{"what pci devices does pve5 have, looking for the nvidia card's address", []string{"pve_get_nodes_hardware_pci"}},
	{"map the zigbee dongle cluster wide so home assistant can migrate", []string{"pve_post_cluster_mapping_usb"}},
	{"create a resource mapping for the gpus on all three nodes", []string{"pve_post_cluster_mapping_pci"}},
	{"what hardware mappings exist", []string{"pve_get_cluster_mapping_pci", "pve_get_cluster_mapping_usb", "pve_get_cluster_mapping_dir", "pve_get_cluster_mapping"}},
	{"virtiofs share /srv/media into vm 301, need a directory mapping first", []string{"pve_post_cluster_mapping_dir", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},
	{"set description of vm 402 to 'owned by payments team, ticket CHG-2210'", d4VMSet},
	{"tag all the prod vms with 'prod'", slices.Concat(d4VMSet, d4Res)},
	{"which of my vms have pending changes that need a reboot", slices.Concat(d4Res, []string{"pve_get_nodes_qemu_pending"})},
	{"can vm 275 be snapshotted with its current disks", []string{"pve_get_nodes_qemu_feature"}},
	{"protection flag on vm 100 so noone deletes it by accident", d4VMSet},
	{"limit vm 310 disk io to 200 MB/s, its hammering the shared storage", d4VMSet},

	// Virtual machines: disks.
	{"Resize disk on vm 133: grow the boot disk by 20 GiB", []string{"pve_put_nodes_qemu_resize"}},
	{"my vm 210 is out of disk, add 30 gigs to its virtio0", []string{"pve_put_nodes_qemu_resize"}},
	{"Move Storage of vm 404 disk from local-lvm to ceph-ssd and delete the source", []string{"pve_post_nodes_qemu_move_disk"}},
	{"hand disk scsi2 from vm 111 over to vm 112", []string{"pve_post_nodes_qemu_move_disk"}},
	{"remove the unused disk entries of vm 280 for good", []string{"pve_put_nodes_qemu_unlink", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},

	// Virtual machines: network.
	{"vm 190 nic on vmbr1 tag 30", d4VMSet},
	{"disconnect the network of the infected vm 377 immediately", d4VMSet},
	{"what ip does vm 121 have", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},

	// Virtual machines: snapshots.
	{"snapshot vm 215 before the upgrade, call it pre-upgrade, include RAM", []string{"pve_post_nodes_qemu_snapshot"}},
	{"roll vm 409 back to before_patch_tuesday, the patch broke login", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"which snapshots does vm 233 have and how old are they", []string{"pve_get_nodes_qemu_snapshot"}},
	{"delete old snapshots on vm 233 they are eating the thin pool", []string{"pve_delete_nodes_qemu_snapshot_snapname", "pve_get_nodes_qemu_snapshot"}},
	{"audit: find every guest with a snapshot older than 30 days", slices.Concat(d4Res, []string{"pve_get_nodes_qemu_snapshot", "pve_get_nodes_lxc_snapshot"})},

	// Virtual machines: clone, templates, migration.
	{"Convert to template on 9000, its the golden image now", []string{"pve_post_nodes_qemu_template"}},
	{"full clone template 9000 as vm 731 named app-staging on ceph-vm", []string{"pve_post_nodes_qemu_clone"}},
	{"live migrate vm 420 to pve3", []string{"pve_post_nodes_qemu_migrate"}},
	{"qm migrate 133 pve1 --online --targetstorage local-zfs", []string{"pve_post_nodes_qemu_migrate"}},
	{"can vm 512 migrate to pve4 or are there local resources blocking it", []string{"pve_get_nodes_qemu_migrate"}},
	{"move vm 440 to the other cluster in frankfurt", []string{"pve_post_nodes_qemu_remote_migrate"}},
	{"drain pve2, migrate everything to pve1 and pve3", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"move everything off pve2 and put it in maintenance", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"migration failed for vm 330 with 'storage not available' why", slices.Concat(d4TaskLog, []string{"pve_get_nodes_qemu_migrate"})},

	// Virtual machines: cloud-init.
	{"cloud-init user ubuntu with my ssh key on vm 801", d4VMSet},
	{"regenerate the cloudinit drive of vm 801 after changing the key", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"show the generated cloud-init user-data for vm 802", []string{"pve_get_nodes_qemu_cloudinit_dump"}},
	{"the cloned vm came up with the template's hostname, how do I fix the cloudinit", slices.Concat(d4VMSet, []string{"pve_put_nodes_qemu_cloudinit"})},

	// Virtual machines: guest agent.
	{"is the guest agent running in vm 260", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"which os and kernel is vm 122 on", []string{"pve_get_nodes_qemu_agent_get_osinfo"}},
	{"run 'systemctl restart nginx' inside vm 120", []string{"pve_post_nodes_qemu_agent_exec"}},
	{"forgot the local admin pw of windows guest 175, set a new one via the agent", []string{"pve_post_nodes_qemu_agent_set_user_password"}},
	{"read /etc/resolv.conf from vm 133 without logging in", []string{"pve_get_nodes_qemu_agent_file_read"}},
	{"quiesce the db vm 420 filesystems, the san snapshot starts in a minute", []string{"pve_post_nodes_qemu_agent_fsfreeze_freeze"}},

	// Virtual machines and containers: consoles.
	{"open noVNC for vm 105", d4VMCons},
	{"I need a serial console on vm 266, xterm.js", []string{"pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_vncproxy"}},
	{"need the tty of the pihole ct, networking inside is dead", d4CTCons},
	{"get me a root shell on pve3", d4Shell},

	// Containers.
	{"my container 210 keeps running out of disk, can you give it 8 more gigs", []string{"pve_put_nodes_lxc_resize"}},
	{"pct resize 118 rootfs 32G", []string{"pve_put_nodes_lxc_resize"}},
	{"restart the pihole container", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"ct 301 wont start, says 'startup for container failed'", slices.Concat(d4TaskLog, []string{"pve_post_nodes_lxc_status_start", "pve_get_nodes_lxc_config"})},
	{"spin up a new alpine ct from the template with 512M and 2 cores", []string{"pve_post_nodes_lxc"}},
	{"which container templates can I download", []string{"pve_get_nodes_aplinfo"}},
	{"pull the nginx image from docker hub as an oci template", []string{"pve_post_nodes_storage_oci_registry_pull"}},
	{"tear down ct 333 and everything it owns", []string{"pve_delete_nodes_lxc_vmid"}},
	{"memory of container 140 to 4096 and swap 1024", d4CTSet},
	{"ct 155 features: nesting=1 for podman", d4CTSet},
	{"mp1 on ct 170 pointing at host dir /srv/backups, read only", d4CTSet},
	{"what ip does ct 128 have", []string{"pve_get_nodes_lxc_interfaces"}},
	{"is the unifi container running and how much ram does it use", slices.Concat(d4CTNow, d4Res)},
	{"move the rootfs of ct 302 to zfs-fast", []string{"pve_post_nodes_lxc_move_volume"}},
	{"migrate ct 140 to pve2 with restart mode", []string{"pve_post_nodes_lxc_migrate"}},
	{"turn container 8000 into a base image for cloning", []string{"pve_post_nodes_lxc_template"}},
	{"snap the gitea container before upgrading", []string{"pve_post_nodes_lxc_snapshot"}},
	{"rollback ct 150 to snapshot weekly", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"containers per node, how many", slices.Concat(d4Res, []string{"pve_get_nodes_lxc"})},
	{"send container 244 to the dr cluster", []string{"pve_post_nodes_lxc_remote_migrate"}},

	// PVE backups and restore.
	{"backup vm 120 now to pbs-main in snapshot mode", []string{"pve_post_nodes_vzdump"}},
	{"vzdump --all --exclude 999 --mode snapshot --storage pbs-main", []string{"pve_post_nodes_vzdump"}},
	{"take a one-off backup of every guest on pve3 before the kernel upgrade", []string{"pve_post_nodes_vzdump"}},
	{"which guests arent in any backup job", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"compliance wants proof every prod vm is covered by a backup job", slices.Concat([]string{"pve_get_cluster_backup_info_not_backed_up", "pve_get_cluster_backup_included_volumes", "pve_get_cluster_backup"})},
	{"Datacenter > Backup: list the jobs and their schedules", []string{"pve_get_cluster_backup"}},
	{"new backup job every night at 01:30 for pool prod to pbs-main, keep 14 daily", []string{"pve_post_cluster_backup"}},
	{"change the weekly backup job to run on saturday instead", []string{"pve_put_cluster_backup_id"}},
	{"which disks of vm 300 does job backup-1 actually include", []string{"pve_get_cluster_backup_included_volumes"}},
	{"list the next five run times of calendar event sat 03:15", []string{"pve_get_cluster_jobs_schedule_analyze"}},
	{"restore vm 120 from last nights backup as a new vm 1120", []string{"pve_post_nodes_qemu"}},
	{"pct restore 210 pbs-main:backup/ct/210/2025-02-10T02:00:00Z", []string{"pve_post_nodes_lxc"}},
	{"what did vm 305 look like config wise in the backup from monday", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"I deleted a file on the fileserver yesterday, get /srv/share/report.xlsx back from the backup", d4Restore},
	{"prune backups on nas-backup keep-last 3 for vm 140", []string{"pve_delete_nodes_storage_prunebackups"}},
	{"mark the backup of 305 from jan 1 as protected", []string{"pve_put_nodes_storage_content_volume"}},
	{"last backup of the erp vm failed, show the log", slices.Concat(d4TaskLog, d4Tasks)},
	{"backups are too slow and saturate the link, limit them cluster wide", []string{"pve_put_cluster_options", "pve_put_cluster_backup_id"}},

	// PVE storage.
	{"local is at 95%, what can I clean out", slices.Concat(d4PVEStore, []string{"pve_get_nodes_storage_content", "pve_delete_nodes_storage_content_volume"})},
	{"how full is ceph-vm", slices.Concat(d4PVEStore, []string{"pve_get_nodes_ceph_pool_status"})},
	{"pvesm status --storage ceph-vm", []string{"pve_get_nodes_storage", "pve_get_nodes_storage_status"}},
	{"storage capacity report for the quarterly review, growth over the last year", []string{"pve_get_nodes_storage_rrddata", "pve_get_nodes_storage_rrd", "pve_get_cluster_resources"}},
	{"add the nfs share 10.0.0.20:/export/iso as iso storage", []string{"pve_post_storage"}},
	{"pvesm add pbs pbs-offsite --server 10.9.0.5 --datastore offsite --fingerprint ab:cd", []string{"pve_post_storage"}},
	{"what exports does the nas at 10.0.0.20 offer", []string{"pve_get_nodes_scan_nfs"}},
	{"which smb shares are on \\\\fs01", []string{"pve_get_nodes_scan_cifs"}},
	{"what luns does the netapp at 10.1.1.10 export over iscsi", []string{"pve_get_nodes_scan_iscsi"}},
	{"list datastores on my backup server before I add it as storage", []string{"pve_get_nodes_scan_pbs"}},
	{"restrict nas-backup to nodes pve1 and pve2 only", []string{"pve_put_storage_storage"}},
	{"remove storage definition old-nfs", []string{"pve_delete_storage_storage"}},
	{"download the ubuntu 24.04 cloud image straight from the url into local", []string{"pve_post_nodes_storage_download_url"}},
	{"orphaned disk images on local-lvm, any?", slices.Concat([]string{"pve_get_nodes_storage_content"}, d4Res)},
	{"import an ova from the nfs share as a new vm", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},

	// PVE nodes: status, services, network, disks, certificates, updates, time, DNS, subscription.
	{"pve2 load and memory right now", d4NodeStat},
	{"which node has the most free ram for a new 64G vm", slices.Concat(d4Res, []string{"pve_get_nodes_status", "pve_get_nodes"})},
	{"capacity planning: cpu and memory trend of every node over the last year", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd", "pve_get_cluster_resources"}},
	{"reboot pve3 after the updates", []string{"pve_post_nodes_status"}},
	{"wake pve6 up via wol", []string{"pve_post_nodes_wakeonlan"}},
	{"drain pve2 and reboot it", []string{"pve_post_nodes_migrateall", "pve_post_nodes_status", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"which kernel and pve-manager version runs on each node", []string{"pve_get_nodes_apt_versions", "pve_get_nodes_status", "pve_get_version"}},
	{"pveversion --verbose on pve2", []string{"pve_get_nodes_apt_versions", "pve_get_version", "pve_get_nodes_version"}},
	{"are there updates pending on pve1", []string{"pve_get_nodes_apt_update"}},
	{"changelog of the pve-qemu-kvm update before we approve the change", []string{"pve_get_nodes_apt_changelog"}},
	{"pve1 apt errors with 401 from enterprise.proxmox.com, we have no subscription", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories"}},
	{"is pveproxy running on pve3", []string{"pve_get_nodes_services_state", "pve_get_nodes_services"}},
	{"restart pvedaemon on pve3 the gui hangs", []string{"pve_post_nodes_services_restart"}},
	{"corosync service state on every node", []string{"pve_get_nodes_services_state", "pve_get_nodes_services"}},
	{"journal of pve1 since 02:00 last night", []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}},
	{"pvereport output from pve2, support asked for it", []string{"pve_get_nodes_report"}},
	{"network interfaces on pve1", []string{"pve_get_nodes_network"}},
	{"create bond0 lacp of eno1 and eno2 on pve4", []string{"pve_post_nodes_network"}},
	{"make vmbr0 vlan aware on pve1", []string{"pve_put_nodes_network_iface"}},
	{"ifreload on pve4 so the new bond goes live", []string{"pve_put_nodes_network"}},
	{"I messed up the interfaces config on pve4, revert the pending changes", []string{"pve_delete_nodes_network"}},
	{"what dns servers does pve3 use", []string{"pve_get_nodes_dns"}},
	{"timezone of pve1 is UTC but should be Europe/Vienna", []string{"pve_put_nodes_time"}},
	{"physical disks in pve3 and their wearout", []string{"pve_get_nodes_disks_list"}},
	{"wipe /dev/sdd on pve2 so I can reuse it", []string{"pve_put_nodes_disks_wipedisk"}},
	{"create a zfs mirror named fast from nvme0n1 and nvme1n1 on pve5", []string{"pve_post_nodes_disks_zfs"}},
	{"zpool status of rpool on pve1, is it degraded", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs"}},
	{"when does the cert on pve1 expire", []string{"pve_get_nodes_certificates_info"}},
	{"renew the lets encrypt certificate of pve2", []string{"pve_put_nodes_certificates_acme_certificate", "pve_post_nodes_certificates_acme_certificate"}},
	{"upload our corporate wildcard cert and key to pve3", []string{"pve_post_nodes_certificates_custom"}},
	{"register an acme account with letsencrypt for admin@corp.example", []string{"pve_post_cluster_acme_account"}},
	{"subscription status of all nodes, audit needs it", []string{"pve_get_nodes_subscription"}},
	{"enter subscription key pve4s-1234567890 on pve1", []string{"pve_put_nodes_subscription"}},

	// Cluster: resources, status, quorum, options, tasks, logs.
	{"pvesh get /cluster/resources --type vm", d4Res},
	{"how many vms and containers do we run in total", d4Res},
	{"total ram allocated to guests vs physical ram in the cluster", slices.Concat(d4Res, []string{"pve_get_nodes_status"})},
	{"are we quorate", []string{"pve_get_cluster_status"}},
	{"pvecm status on pve1", []string{"pve_get_cluster_status", "pve_get_cluster_config_nodes"}},
	{"pve6 is gone for good, take it out of corosync", []string{"pve_delete_cluster_config_nodes_node"}},
	{"join info so I can add pve7 to the cluster", []string{"pve_get_cluster_config_join"}},
	{"qnetd tie breaker status", []string{"pve_get_cluster_config_qdevice"}},
	{"Datacenter > Options: keyboard layout de and a dedicated migration subnet", []string{"pve_put_cluster_options"}},
	{"live migrations crawl over the 1G link, send them over 10.99.0.0/24 unencrypted", []string{"pve_put_cluster_options"}},
	{"change the ha shutdown policy to migrate", []string{"pve_put_cluster_options"}},
	{"Task History for the whole cluster last 24h", d4Tasks},
	{"any running tasks right now? I want to reboot a node", d4Tasks},
	{"stop the stuck vzdump task UPID:pve1:0003A2F1:...", []string{"pve_delete_nodes_tasks_upid"}},
	{"log output of task UPID:pve2:00112233:6789ABCD:qmigrate:133:root@pam:", d4TaskLog},
	{"who deleted vm 612 yesterday", slices.Concat(d4Tasks, []string{"pve_get_cluster_log"})},
	{"export cluster metrics for our capacity dashboard", []string{"pve_get_cluster_metrics_export"}},
	{"send metrics to influxdb at 10.0.5.5:8086", []string{"pve_post_cluster_metrics_server_id"}},
	{"resource pools and their members", []string{"pve_get_pools"}},
	{"create pool team-payments and put vms 400-410 in it", []string{"pve_post_pools", "pve_put_pools"}},

	// Cluster: HA.
	{"crm and lrm state, is there an ha master elected", d4HAState},
	{"which vms are under ha and in which state", slices.Concat(d4HAState, []string{"pve_get_cluster_ha_resources"})},
	{"put vm 420 under HA with max_restart 2", []string{"pve_post_cluster_ha_resources"}},
	{"ha-manager add ct:150 --state started --group prod", []string{"pve_post_cluster_ha_resources"}},
	{"take vm 420 out of ha", []string{"pve_delete_cluster_ha_resources_sid"}},
	{"ha-manager migrate vm:420 pve3", []string{"pve_post_cluster_ha_resources_migrate"}},
	{"create ha group db-nodes with pve1:2,pve2:1 restricted", []string{"pve_post_cluster_ha_groups", "pve_post_cluster_ha_rules"}},
	{"keep the two domain controllers on different nodes", []string{"pve_post_cluster_ha_rules"}},
	{"node affinity rule so the sap vms prefer pve4", []string{"pve_post_cluster_ha_rules"}},
	{"list ha rules and whether any conflict", []string{"pve_get_cluster_ha_rules"}},
	{"why did ha fence pve2 at 3am", slices.Concat(d4HAState, []string{"pve_get_cluster_log", "pve_get_nodes_journal"})},

	// Cluster: replication.
	{"storage replication for vm 300 towards pve2, schedule */15", []string{"pve_post_cluster_replication"}},
	{"replication job 300-0 failing, show its log", []string{"pve_get_nodes_replication_log", "pve_get_nodes_replication_status"}},
	{"run replication 300-0 right now before I migrate", []string{"pve_post_nodes_replication_schedule_now"}},
	{"change replication rate limit of 300-0 to 100 MB/s", []string{"pve_put_cluster_replication_id"}},
	{"when did each replication job last sync and how long did it take", []string{"pve_get_nodes_replication", "pve_get_nodes_replication_status"}},

	// Cluster: firewall.
	{"is the datacenter firewall enabled", []string{"pve_get_cluster_firewall_options"}},
	{"enable the cluster firewall with policy_in DROP", []string{"pve_put_cluster_firewall_options"}},
	{"allow ssh from 10.0.0.0/8 to all nodes", []string{"pve_post_cluster_firewall_rules", "pve_post_nodes_firewall_rules"}},
	{"open port 443 on vm 120 firewall", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"turn the firewall on for vm 377 and drop everything incoming", []string{"pve_put_nodes_qemu_firewall_options"}},
	{"security group 'webservers' allowing 80 and 443", []string{"pve_post_cluster_firewall_groups", "pve_post_cluster_firewall_groups_group"}},
	{"ipset blacklist add 198.51.100.0/24", []string{"pve_post_cluster_firewall_ipset_name"}},
	{"what got dropped by the firewall on pve1 in the last hour", []string{"pve_get_nodes_firewall_log"}},
	{"delete rule 4 in the cluster firewall", []string{"pve_delete_cluster_firewall_rules_pos"}},
	{"host firewall options on pve2, nf_conntrack_max", []string{"pve_get_nodes_firewall_options", "pve_put_nodes_firewall_options"}},
	{"audit all the firewall rules of the datacenter and security groups for the pci review", []string{"pve_get_cluster_firewall_rules", "pve_get_cluster_firewall_groups", "pve_get_cluster_firewall_groups_group"}},

	// Cluster: SDN.
	{"create a vxlan zone across pve1-pve3", []string{"pve_post_cluster_sdn_zones"}},
	{"new vnet tenant42 in zone evpn1 with tag 42000", []string{"pve_post_cluster_sdn_vnets"}},
	{"add subnet 10.42.0.0/24 gw 10.42.0.1 with dhcp to vnet tenant42", []string{"pve_post_cluster_sdn_vnets_subnets"}},
	{"apply sdn config", []string{"pve_put_cluster_sdn"}},
	{"undo my uncommitted vnet edits", []string{"pve_post_cluster_sdn_rollback"}},
	{"evpn controller with asn 65000 peers 10.0.0.1,10.0.0.2", []string{"pve_post_cluster_sdn_controllers"}},
	{"is the sdn zone evpn1 status ok on pve2", []string{"pve_get_nodes_sdn_zones", "pve_get_nodes_sdn_zones_zone"}},
	{"leases in the built-in ipam, which addresses are taken", []string{"pve_get_cluster_sdn_ipams_status"}},
	{"static ip mapping in vnet tenant42 for the mac of vm 5001", []string{"pve_post_cluster_sdn_vnets_ips"}},
	{"hook up netbox as ipam", []string{"pve_post_cluster_sdn_ipams"}},
	{"openfabric fabric for the ceph full mesh", []string{"pve_post_cluster_sdn_fabrics_fabric"}},
	{"sdn apply says config is locked by another session", []string{"pve_delete_cluster_sdn_lock"}},
	{"firewall rule on vnet tenant42 allowing only 443", []string{"pve_post_cluster_sdn_vnets_firewall_rules"}},

	// Cluster: Ceph.
	{"ceph osd down", []string{"pve_get_nodes_ceph_osd", "pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},
	{"HEALTH_WARN since the disk swap, details?", d4CephStat},
	{"osd tree with usage per osd", []string{"pve_get_nodes_ceph_osd"}},
	{"set noout before I reboot pve2 for the firmware update", []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}},
	{"which ceph flags are currently set", []string{"pve_get_cluster_ceph_flags"}},
	{"mark osd.12 out, the disk is dying", []string{"pve_post_nodes_ceph_osd_out"}},
	{"is it safe to destroy osd.12 or will data be lost", []string{"pve_get_nodes_ceph_cmd_safety"}},
	{"remove osd.12 from pve3 entirely and zap the disk", []string{"pve_delete_nodes_ceph_osd_osdid"}},
	{"create an osd on /dev/nvme2n1 on pve3 with db on nvme0", []string{"pve_post_nodes_ceph_osd"}},
	{"ceph pool usage and pg count", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_status"}},
	{"create pool vm-nvme size 3 min_size 2 with the ssd rule", []string{"pve_post_nodes_ceph_pool"}},
	{"raise pg_num of pool vm-hdd to 256", []string{"pve_put_nodes_ceph_pool_name"}},
	{"add a third monitor on pve3", []string{"pve_post_nodes_ceph_mon_monid"}},
	{"how many mons and are they all in quorum", []string{"pve_get_nodes_ceph_mon", "pve_get_cluster_ceph_status"}},
	{"set up cephfs for iso storage", []string{"pve_post_nodes_ceph_fs_name", "pve_post_nodes_ceph_mds_name"}},
	{"ceph log, slow ops", []string{"pve_get_nodes_ceph_log"}},
	{"ceph versions of all daemons after the upgrade, any mismatch?", []string{"pve_get_cluster_ceph_metadata"}},

	// Cluster: notifications.
	{"email me when a backup fails", d4PVEMail},
	{"which notification targets exist", []string{"pve_get_cluster_notif_targets", "pve_get_cluster_notif_endpoints"}},
	{"does mail-to-root actually deliver? send one to try", []string{"pve_post_cluster_notif_targets_test"}},
	{"teams webhook for fencing events", []string{"pve_post_cluster_notif_endpoints_webhook", "pve_post_cluster_notif_matchers"}},
	{"smtp relay changed to smtp.office365.com port 587, update the endpoint", []string{"pve_put_cluster_notif_endpoints_smtp_name"}},
	{"only page oncall for severity error, not info", []string{"pve_put_cluster_notif_matchers_name", "pve_post_cluster_notif_matchers"}},

	// Access: users, groups, roles, ACL, tokens, realms, TFA.
	{"pveum user add alice@pve --groups ops", []string{"pve_post_access_users"}},
	{"create accounts for the three new interns, read only", []string{"pve_post_access_users", "pve_put_access_acl"}},
	{"lock out bob@corp he left the company", []string{"pve_put_access_users_userid", "pve_delete_access_users_userid"}},
	{"which accounts havent got 2fa", []string{"pve_get_access_tfa", "pve_get_access_users"}},
	{"reset alice's password", []string{"pve_put_access_password"}},
	{"alice locked herself out of totp, unlock it", []string{"pve_put_access_users_unlock_tfa", "pve_delete_access_tfa_id"}},
	{"Permissions > Add > Group Permission: dba group PVEVMUser on /pool/db", []string{"pve_put_access_acl"}},
	{"give the monitoring team read only on everything", []string{"pve_put_access_acl"}},
	{"list acl entries that touch /pool/finance", []string{"pve_get_access_acl"}},
	{"what can the terraform token actually do", []string{"pve_get_access_permissions"}},
	{"effective permissions of bob@pve on /storage/ceph-vm", []string{"pve_get_access_permissions"}},
	{"api token for terraform with privsep", []string{"pve_post_access_users_token_tokenid"}},
	{"revoke the ci token of deploy@pve", []string{"pve_delete_access_users_token_tokenid"}},
	{"define a role so the helpdesk can only start, stop and watch the console", []string{"pve_post_access_roles"}},
	{"what privileges does PVEVMAdmin have", []string{"pve_get_access_roles_roleid", "pve_get_access_roles"}},
	{"hook up active directory corp.example as a login realm", []string{"pve_post_access_domains"}},
	{"pull the new hires from the directory realm into pve now", []string{"pve_post_access_domains_sync"}},
	{"schedule an ldap sync every night", []string{"pve_post_cluster_jobs_realm_sync_id"}},
	{"quarterly access review: every user, group and acl entry", []string{"pve_get_access_users", "pve_get_access_groups", "pve_get_access_acl"}},
	{"separate the dev and ops teams so each only sees their own pool", []string{"pve_put_access_acl", "pve_post_pools", "pve_post_access_groups"}},

	// Backup server: datastores.
	{"pbs datastores and how full they are", slices.Concat(d4DSStat, []string{"pbs_get_admin_datastore"})},
	{"datastores defined in datastore.cfg on pbs01", []string{"pbs_get_config_datastore", "pbs_get_admin_datastore"}},
	{"when will datastore tank run full at the current rate", []string{"pbs_get_status_datastore_usage", "pbs_get_admin_datastore_rrd"}},
	{"create datastore offsite2 on /mnt/datastore/offsite2", []string{"pbs_post_config_datastore"}},
	{"add an s3 backed datastore using the wasabi endpoint", []string{"pbs_post_config_datastore"}},
	{"datastore archive must only be read from during the audit, no new backups", d4DSConf},
	{"remove datastore old-store but keep the data on disk", []string{"pbs_delete_config_datastore_name"}},
	{"what gc schedule and keep options does datastore tank have", []string{"pbs_get_config_datastore_name"}},
	{"is anything still using tank, I want to unmount it", []string{"pbs_get_admin_datastore_active_operations"}},
	{"mount the usb removable datastore rotate-a", []string{"pbs_post_admin_datastore_mount"}},
	{"safely unmount removable datastore rotate-a so I can take the disk offsite", []string{"pbs_post_admin_datastore_unmount"}},
	{"tune datastore tank: chunk order inode, sync level filesystem", d4DSConf},

	// Backup server: snapshots, groups, namespaces, notes, protection.
	{"list backups of vm/120 on tank", slices.Concat(d4Snaps, d4Groups)},
	{"proxmox-backup-client list --repository pbs01:tank --ns team-a", d4Snaps},
	{"which backup groups are on datastore tank and who owns them", d4Groups},
	{"list namespaces in datastore tank", []string{"pbs_get_admin_datastore_namespace"}},
	{"create namespace team-a/prod on tank", []string{"pbs_post_admin_datastore_namespace"}},
	{"delete namespace sandbox with all its backups", []string{"pbs_delete_admin_datastore_namespace"}},
	{"move the backups of vm 300 into namespace legacy", []string{"pbs_post_admin_datastore_move_group"}},
	{"rename namespace team-a to finance", []string{"pbs_post_admin_datastore_move_namespace"}},
	{"forget snapshot vm/120/2025-01-02T02:00:00Z", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"drop the whole backup group ct/999 it was a test", []string{"pbs_delete_admin_datastore_groups"}},
	{"protect the year-end snapshot of vm/400 from pruning", []string{"pbs_put_admin_datastore_protected"}},
	{"add a note to the backup group vm/400: 'legal hold until 2030'", []string{"pbs_put_admin_datastore_group_notes"}},
	{"change owner of group host/web01 to backup@pbs!webtoken", []string{"pbs_post_admin_datastore_change_owner"}},
	{"browse the pxar catalog of host/web01 for /etc/nginx", []string{"pbs_get_admin_datastore_catalog"}},
	{"grab /etc/fstab out of the host backup of web01", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"how many snapshots does each vm have on pbs, some seem to keep way too many", slices.Concat(d4Groups, d4Snaps)},

	// Backup server: prune.
	{"pbs prune keep-last 7", []string{"pbs_post_admin_datastore_prune", "pbs_post_admin_datastore_prune_datastore", "pbs_post_config_prune"}},
	{"prune group vm/120 keep-daily 7 keep-weekly 4, dry run first", []string{"pbs_post_admin_datastore_prune"}},
	{"prune the whole datastore tank according to keep-monthly 12", []string{"pbs_post_admin_datastore_prune_datastore"}},
	{"schedule a prune job for namespace team-a every day at 04:00", []string{"pbs_post_config_prune"}},
	{"execute prune-tank immediately instead of waiting for its schedule", []string{"pbs_post_admin_prune_run"}},
	{"change retention of the prune job on tank to keep-yearly 3", []string{"pbs_put_config_prune_id"}},
	{"retention policy audit: what does every prune job keep", []string{"pbs_get_config_prune", "pbs_get_admin_prune"}},

	// Backup server: garbage collection.
	{"start gc on tank", []string{"pbs_post_admin_datastore_gc"}},
	{"I pruned a lot but the disk is still full", []string{"pbs_post_admin_datastore_gc", "pbs_get_admin_datastore_gc"}},
	{"when did garbage collection last run on each datastore and how much did it free", []string{"pbs_get_admin_gc", "pbs_get_admin_datastore_gc"}},
	{"move gc of tank to sunday 03:00", d4DSConf},
	{"pending chunks after gc on tank, how much could be removed", []string{"pbs_get_admin_datastore_gc"}},

	// Backup server: verify.
	{"verify all backups on tank", []string{"pbs_post_admin_datastore_verify"}},
	{"check the integrity of the last snapshot of vm/400", []string{"pbs_post_admin_datastore_verify"}},
	{"weekly verify job skipping snapshots verified in the last 30 days", []string{"pbs_post_config_verify"}},
	{"verify job v-tank: start it by hand", []string{"pbs_post_admin_verify_run"}},
	{"some snapshots show verify failed, which ones", slices.Concat(d4Snaps, []string{"pbs_get_admin_verify"})},
	{"reverify everything once a month instead of weekly", []string{"pbs_put_config_verify_id"}},

	// Backup server: remotes, sync, push, traffic control.
	{"add the offsite pbs as a remote with its fingerprint", []string{"pbs_post_config_remote"}},
	{"remotes configured on pbs01", []string{"pbs_get_config_remote"}},
	{"the remote's password changed, update it", []string{"pbs_put_config_remote_name"}},
	{"which datastores does remote dr01 have", []string{"pbs_get_config_remote_scan"}},
	{"namespaces on remote dr01 datastore main", []string{"pbs_get_config_remote_scan_namespaces"}},
	{"pull datastore main from dr01 into local tank every 6 hours", []string{"pbs_post_config_sync"}},
	{"push tank to the offsite box nightly instead of pulling", []string{"pbs_post_config_sync"}},
	{"status of every sync job, last run and result", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"kick off sync job s-dr01 now", []string{"pbs_post_admin_sync_run"}},
	{"one-off pull of namespace team-a from dr01 without creating a job", []string{"pbs_post_pull"}},
	{"push only the latest snapshot of each group to the remote once", []string{"pbs_post_push"}},
	{"sync job s-dr01 should also remove vanished snapshots", []string{"pbs_put_config_sync_id"}},
	{"limit sync s-dr01 to 20 MiB/s during office hours", []string{"pbs_put_config_sync_id", "pbs_post_config_traffic_control"}},
	{"offsite sync failed last night, why", slices.Concat(d4PBSTasks, []string{"pbs_get_admin_sync"})},
	{"traffic control rule: max 100MB/s for 10.0.0.0/8 on weekdays 8-18", []string{"pbs_post_config_traffic_control"}},
	{"current traffic per traffic control rule", []string{"pbs_get_admin_traffic_control"}},
	{"bandwidth limits defined on the backup server", []string{"pbs_get_config_traffic_control"}},
	{"raise the burst of rule office-hours", []string{"pbs_put_config_traffic_control_name"}},

	// Backup server: S3.
	{"add an s3 endpoint for minio at https://minio.lab:9000", []string{"pbs_post_config_s3"}},
	{"which buckets can s3 client wasabi1 see", []string{"pbs_get_config_s3_list_buckets"}},
	{"test whether the s3 credentials of wasabi1 work", []string{"pbs_put_admin_s3_check"}},
	{"s3 endpoints configured", []string{"pbs_get_config_s3"}},
	{"rotate the secret key of s3 endpoint wasabi1", []string{"pbs_put_config_s3_id"}},
	{"zero the s3 request statistics of endpoint wasabi1", []string{"pbs_put_admin_s3_reset_counters"}},
	{"pbs doesnt show snapshots that exist in the bucket of s3 store cold1", []string{"pbs_put_admin_datastore_s3_refresh"}},

	// Backup server: encryption keys.
	{"list encryption keys on the backup server", []string{"pbs_get_config_enc_keys", "pbs_get_config_tape_enc_keys"}},
	{"create a new encryption key for the sync to the untrusted remote", []string{"pbs_post_config_enc_keys"}},
	{"archive the old encryption key 'k2023'", []string{"pbs_post_config_enc_keys_id"}},
	{"delete encryption key k2021", []string{"pbs_delete_config_enc_keys_id"}},

	// Backup server: tape.
	{"tape drives that pbs02 knows about", []string{"pbs_get_tape_drive", "pbs_get_config_drive"}},
	{"scan for tape drives and changers attached to the pbs", []string{"pbs_get_tape_scan_drives", "pbs_get_tape_scan_changers"}},
	{"configure the lto-9 drive /dev/tape/by-id/scsi-XYZ as drive lto1", []string{"pbs_post_config_drive"}},
	{"add the autoloader as changer sl24", []string{"pbs_post_config_changer"}},
	{"what tapes are in which slot of changer sl24", []string{"pbs_get_tape_changer_status"}},
	{"media pool weekly with allocation policy continue and retention 4 weeks", []string{"pbs_post_config_media_pool"}},
	{"encrypt media pool weekly with the tape key", []string{"pbs_put_config_media_pool_name"}},
	{"label new tapes with barcodes in the changer", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"load tape WK0003 into lto1", []string{"pbs_post_tape_drive_load_media"}},
	{"spit the cartridge out of lto1", []string{"pbs_post_tape_drive_eject_media", "pbs_post_tape_drive_unload"}},
	{"move tape from slot 3 to import/export slot 24", []string{"pbs_post_tape_changer_transfer"}},
	{"back up tank to tape pool weekly now", []string{"pbs_post_tape_backup"}},
	{"tape backup job every friday 20:00 for datastore tank", []string{"pbs_post_config_tape_backup_job"}},
	{"fire the weekly-tank tape job off manually", []string{"pbs_post_tape_backup_id"}},
	{"did every tape job succeed last weekend", []string{"pbs_get_tape_backup", "pbs_get_config_tape_backup_job"}},
	{"what is on tape WK0002", []string{"pbs_get_tape_media_content"}},
	{"media sets of pool weekly and when each was started", []string{"pbs_get_tape_media_media_sets"}},
	{"list all tapes with status and location", []string{"pbs_get_tape_media_list"}},
	{"mark tape WK0007 as damaged", []string{"pbs_post_tape_media_list_status"}},
	{"send WK0001-WK0004 to the vault", []string{"pbs_post_tape_media_move", "pbs_put_tape_drive_export_media"}},
	{"get the march backups back off tape into datastore scratch", []string{"pbs_post_tape_restore"}},
	{"tapes from the old library arent in the catalog, scan them", []string{"pbs_post_tape_drive_catalog", "pbs_put_tape_drive_inventory"}},
	{"update the changer inventory", []string{"pbs_put_tape_drive_inventory", "pbs_get_tape_drive_inventory"}},
	{"drive says cleaning required", []string{"pbs_put_tape_drive_clean"}},
	{"erase tape WK0009 for reuse", []string{"pbs_post_tape_drive_format_media"}},
	{"remove tape WK0010 from the database completely", []string{"pbs_get_tape_media_destroy"}},
	{"lto1: anything in it, and is the cartridge write protected", []string{"pbs_get_tape_drive_status"}},
	{"how worn is the tape in lto1, volume statistics", []string{"pbs_get_tape_drive_volume_statistics"}},
	{"generate a tape key, hint 'safe in room 2'", []string{"pbs_post_config_tape_enc_keys"}},
	{"we lost the tape key db, restore the key from the tape itself", []string{"pbs_post_tape_drive_restore_key"}},
	{"change the password of tape key 7a:3f:...", []string{"pbs_put_config_tape_enc_keys_fingerprint"}},

	// Backup server: access.
	{"create a pbs user for each pve cluster with only backup rights on its namespace", []string{"pbs_post_access_users", "pbs_put_access_acl"}},
	{"pbs accounts: show all with their realm and enable flag", []string{"pbs_get_access_users"}},
	{"give backup@pbs DatastoreBackup on /datastore/tank/team-a", []string{"pbs_put_access_acl"}},
	{"who has which role on which datastore path on pbs01", []string{"pbs_get_access_acl"}},
	{"api token for the pve cluster to write backups to pbs", []string{"pbs_post_access_users_token_token_name", "pbs_put_access_acl"}},
	{"tokens of backup@pbs", []string{"pbs_get_access_users_token"}},
	{"revoke pbs token backup@pbs!oldcluster", []string{"pbs_delete_access_users_token_token_name"}},
	{"disable the pbs account of the contractor", []string{"pbs_put_access_users_userid"}},
	{"what permissions does sync@pbs have on the backup server", []string{"pbs_get_access_permissions"}},
	{"ldap realm for the backup server against dc01", []string{"pbs_post_config_access_ldap"}},
	{"add an ad realm on pbs so the admins log in with domain accounts", []string{"pbs_post_config_access_ad"}},
	{"sync users from the ad realm on pbs", []string{"pbs_post_access_domains_sync"}},
	{"totp for root@pam on the backup server", []string{"pbs_post_access_tfa_userid"}},
	{"unlock tfa for ops@pbs after too many wrong codes", []string{"pbs_put_access_users_unlock_tfa"}},
	{"webauthn settings on pbs, the origin is wrong", []string{"pbs_put_config_access_tfa_webauthn", "pbs_get_config_access_tfa_webauthn"}},

	// Backup server: node, services, network, disks, certificates, updates, subscription.
	{"pbs01 cpu ram and root disk", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd"}},
	{"backup server load over the last day", []string{"pbs_get_nodes_rrd"}},
	{"can the api of pbs02 be reached at all", []string{"pbs_get_ping", "pbs_get_version"}},
	{"what release is pbs01 running", []string{"pbs_get_version", "pbs_get_nodes_apt_versions"}},
	{"pbs01 apt upgrades waiting?", []string{"pbs_get_nodes_apt_update"}},
	{"pbs01 has no subscription, switch it to the free package repo", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories"}},
	{"bounce proxmox-backup-proxy on pbs01", []string{"pbs_post_nodes_services_restart"}},
	{"services on pbs01 and their state", []string{"pbs_get_nodes_services", "pbs_get_nodes_services_state"}},
	{"restart pbs01 at 23:00 tonight, kernel update", []string{"pbs_post_nodes_status"}},
	{"pbs syslog around the time the backup failed", []string{"pbs_get_nodes_syslog", "pbs_get_nodes_journal"}},
	{"is pbs busy with something right now", d4PBSTasks},
	{"kill that verify on pbs01, it is slowing down the backups", []string{"pbs_delete_nodes_tasks_upid"}},
	{"log of pbs task UPID:pbs01:000A1B2C:...:garbage_collection:tank:root@pam:", []string{"pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}},
	{"interfaces and bonds on pbs01", []string{"pbs_get_nodes_network"}},
	{"add a 10G interface for backup traffic on pbs with ip 10.50.0.5/24", []string{"pbs_post_nodes_network", "pbs_put_nodes_network_iface"}},
	{"set pbs search domain to backup.corp", []string{"pbs_put_nodes_dns"}},
	{"is any drive in pbs02 failing, check smart", []string{"pbs_get_nodes_disks_list", "pbs_get_nodes_disks_smart"}},
	{"6 fresh disks in pbs02, make a raidz2 pool called backup", []string{"pbs_post_nodes_disks_zfs"}},
	{"zpool health on pbs01", []string{"pbs_get_nodes_disks_zfs_name", "pbs_get_nodes_disks_zfs"}},
	{"wipe sdf on pbs", []string{"pbs_put_nodes_disks_wipedisk"}},
	{"new directory datastore on /dev/sdg formatted xfs", []string{"pbs_post_nodes_disks_directory"}},
	{"pbs fingerprint I need it for pve", []string{"pbs_get_nodes_certificates_info"}},
	{"renew the pbs acme cert", []string{"pbs_put_nodes_certificates_acme_certificate", "pbs_post_nodes_certificates_acme_certificate"}},
	{"upload a custom certificate to pbs01", []string{"pbs_post_nodes_certificates_custom"}},
	{"pbs subscription key expired? check", []string{"pbs_get_nodes_subscription", "pbs_post_nodes_subscription"}},
	{"activate pbs01 with key pbss-abcdef1234", []string{"pbs_put_nodes_subscription"}},
	{"http proxy for pbs so it can reach the enterprise repo", []string{"pbs_put_nodes_config"}},
	{"terminal on pbs01 please", []string{"pbs_post_nodes_termproxy"}},

	// Backup server: notifications and metrics.
	{"email ops when a pbs verify or sync fails", d4PBSMail},
	{"where can pbs send its notifications to", []string{"pbs_get_config_notif_targets", "pbs_get_config_notif_endpoints"}},
	{"fire a test mail through the smtp target on pbs01", []string{"pbs_post_config_notif_targets_test"}},
	{"gotify push from pbs for gc errors", []string{"pbs_post_config_notif_endpoints_gotify", "pbs_post_config_notif_matchers"}},
	{"pbs01 should ship its stats to influx 2 at https://influx.corp:8086", []string{"pbs_post_config_metrics_influxdb_http"}},
	{"where does the backup server export metrics to", []string{"pbs_get_admin_metrics", "pbs_get_config_metrics_influxdb_http", "pbs_get_config_metrics_influxdb_udp"}},
	{"prometheus style metrics of the backup server", []string{"pbs_get_status_metrics"}},

	// Both products: backup server storage on PVE, single-file restore, end-to-end goals.
	{"hook the new pbs up to the cluster as backup storage", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"pbs storage on pve shows unknown, fingerprint changed after the cert renewal", []string{"pve_put_storage_storage", "pbs_get_nodes_certificates_info"}},
	{"browse the guest filesystem inside last sunday's pbs backup of vm 120 from the pve gui", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"set the encryption key on the pbs storage in pve", []string{"pve_put_storage_storage"}},
	{"namespace per cluster: point pve storage pbs-main at namespace prod-fra", []string{"pve_put_storage_storage"}},
	{"backup of vm 120 to pbs failed with 'permission denied' on the namespace", []string{"pbs_get_access_permissions", "pbs_get_access_acl", "pve_get_nodes_tasks_log"}},
	{"restore ct 150 from the pbs to pve2 under a new id", []string{"pve_post_nodes_lxc"}},
	{"which backups of vm 300 exist on pbs-main as seen from pve", []string{"pve_get_nodes_storage_content"}},
}

// TestDev4 scores the fourth development set and lists its misses (see
// scoreDevSet).
func TestDev4(t *testing.T) {
	scoreDevSet(t, "fourth development set", dev4Cases, 400, qualityCases, devCases, habitCases, symptomCases, dev2Cases, dev3Cases)
}
