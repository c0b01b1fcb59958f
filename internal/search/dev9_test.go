package search

import "testing"

// Development set 9: 400 requests as admins of a PVE cluster and its
// backup server put them to a colleague during an ordinary month. Most are
// small goals with their reason ("pve3 goes next week, get everything off
// it"), clean-ups, preparations and follow-ups on something that just
// happened; each names the first thing to do or to look at. Everyday work
// dominates (inventory, power, load, guest config, disks, snapshots, backups
// and restores, storage, tasks and logs, nodes, updates, users); ceph, HA,
// SDN, firewall, certificates, notifications, tape, metrics and S3 appear
// about as often as they come up in practice. Roughly 65 % PVE, 35 % PBS.
// The set was written from the PVE admin guide, the Proxmox Backup Server
// documentation and the command-line tools (qm, pct, pvesm, pvecm, pveum,
// ha-manager, proxmox-backup-manager, proxmox-backup-client, proxmox-tape),
// before the ranking changes of its round, without looking at how search
// ranks any of it. want lists every operation whose call answers the request
// first, with reasonable alternatives (POST and PUT of a config, list and
// item, the other product's twin when no product is named).

// Shorthand want lists of the ninth development set.
var (
	d9VMSet    = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d9VMGet    = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d9CTSet    = []string{"pve_put_nodes_lxc_config"}
	d9VMCons   = []string{"pve_post_nodes_qemu_vncproxy", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy", "pve_get_nodes_qemu_vncwebsocket"}
	d9Shell    = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
	d9Res      = []string{"pve_get_cluster_resources"}
	d9Tasks    = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d9TaskLog  = []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status", "pve_get_nodes_tasks", "pve_get_cluster_tasks"}
	d9NodeLoad = []string{"pve_get_nodes_status", "pve_get_nodes_rrddata", "pve_get_nodes_rrd"}
	d9VMGraph  = []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}
	d9CephStat = []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}
	d9PVEMatch = []string{"pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}
	d9PBSMatch = []string{"pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name"}
	d9PBSTasks = []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
	d9PBSUsage = []string{"pbs_get_status_datastore_usage", "pbs_get_admin_datastore_status", "pbs_get_admin_datastore"}
	d9Snaps    = []string{"pbs_get_admin_datastore_snapshots"}
	d9Groups   = []string{"pbs_get_admin_datastore_groups"}
	d9PBSStore = []string{"pbs_put_config_datastore_name"}
	d9PBSRepo  = []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories", "pbs_get_nodes_apt_repositories"}
	d9PVERepo  = []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories", "pve_get_nodes_apt_repositories"}
)

var dev9Cases = []qualityCase{
	// PVE inventory: what runs where, before something is moved or retired.
	{"we're retiring pve3 next week, first show me every guest that still lives on it", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu", "pve_get_nodes_lxc"}},
	{"finance wants the number of vms we run and how much ram is assigned to them in total", d9Res},
	{"somebody created a vm called test-jenkins and nobody knows on which node, find it", d9Res},
	{"before I rebalance the cluster, which node carries the most memory right now", []string{"pve_get_cluster_resources", "pve_get_nodes_status"}},
	{"list the containers on pve2, I want to go through them with the app owners", []string{"pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"grab the next free vmid for me, I'm about to create the new gitlab runner", []string{"pve_get_cluster_nextid"}},
	{"audit question: which guests are not covered by any backup job at all", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"after last night's switch reboot, are all nodes back and do we have quorum", []string{"pve_get_cluster_status", "pve_get_nodes"}},
	{"which storages across the cluster are getting close to full, I need to plan the next purchase", []string{"pve_get_cluster_resources", "pve_get_nodes_storage", "pve_get_nodes_storage_status"}},
	{"patch day tomorrow: which vms carry the tag prod", d9Res},
	{"clean-up round, show guests that are stopped so we can decide what goes", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu", "pve_get_nodes_lxc"}},
	{"the cmdb is out of date, dump every vm and container with its node and status", []string{"pve_get_cluster_resources"}},
	{"which vms on pve1 are currently running, I'm planning its reboot", []string{"pve_get_nodes_qemu", "pve_get_cluster_resources"}},

	// PVE power: start, stop, reboot, bulk actions.
	{"web01 (vm 210) hangs after the kernel update, give it a hard reset", []string{"pve_post_nodes_qemu_status_reset", "pve_post_nodes_qemu_status_stop"}},
	{"database maintenance is done, power vm 305 back on", []string{"pve_post_nodes_qemu_status_start"}},
	{"shut down ct 118 cleanly, we're moving its data directory to the new disk", []string{"pve_post_nodes_lxc_status_shutdown"}},
	{"vm 412 ignores the acpi shutdown request, just pull the plug on it", []string{"pve_post_nodes_qemu_status_stop"}},
	{"pause vm 233 for a moment while I copy its disk on the array side", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"array copy finished, let 233 continue where it was", []string{"pve_post_nodes_qemu_status_resume"}},
	{"the ups is on battery, shut down every guest in the cluster gracefully", []string{"pve_post_cluster_bulk_action_guest_shutdown", "pve_post_nodes_stopall"}},
	{"power is back, bring up the guests on pve2 that are marked start at boot", []string{"pve_post_nodes_startall", "pve_post_cluster_bulk_action_guest_start"}},
	{"pve4 needs a bios update, reboot the node once it's empty", []string{"pve_post_nodes_status"}},
	{"stop all guests on pve1 but leave the host up, the storage team needs the luns quiet", []string{"pve_post_nodes_stopall"}},
	{"pve5 has been powered off since the weekend, wake it over the network", []string{"pve_post_nodes_wakeonlan"}},
	{"postfix in the mail container 127 is stuck, restart the container", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"windows vm 501 blue-screened again, is it even still running?", []string{"pve_get_nodes_qemu_status_current"}},
	{"the login screen of vm 502 waits for ctrl-alt-del, send it", []string{"pve_put_nodes_qemu_sendkey"}},
	{"shut vm 130 down through the guest agent rather than acpi, acpi never worked on that image", []string{"pve_post_nodes_qemu_agent_shutdown", "pve_post_nodes_qemu_status_shutdown"}},
	{"stopp container 119 its log spam fills the disk", []string{"pve_post_nodes_lxc_status_stop", "pve_post_nodes_lxc_status_shutdown"}},
	{"kick vm 214, it's frozen but I'd like a clean reboot if the os still responds", []string{"pve_post_nodes_qemu_status_reboot"}},
	{"is container 142 up? the monitoring says the service is gone", []string{"pve_get_nodes_lxc_status_current"}},

	// PVE load and guest state.
	{"pve2 has felt sluggish since this morning, how loaded is it", d9NodeLoad},
	{"users complain that vm 220 is slow, graph its cpu over the last week", d9VMGraph},
	{"how much memory is container 160 really using", []string{"pve_get_nodes_lxc_status_current", "pve_get_nodes_lxc_rrddata"}},
	{"find out which ip vm 340 got from dhcp", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"need to ssh into ct 171, what address does it have", []string{"pve_get_nodes_lxc_interfaces"}},
	{"which kernel and pve version does pve1 run", []string{"pve_get_nodes_status", "pve_get_nodes_apt_versions", "pve_get_nodes_version"}},
	{"disk io of vm 415 spiked overnight, show me the history", d9VMGraph},
	{"does the guest agent in vm 260 answer at all", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"how full is the root filesystem inside vm 261", []string{"pve_get_nodes_qemu_agent_get_fsinfo"}},
	{"the uplink of pve3 saturates in the evenings, show its network traffic for the last day", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"cmdb entry for vm 610 has no os, ask the guest what it is", []string{"pve_get_nodes_qemu_agent_get_osinfo"}},
	{"memory graph of ct 162 for the past month, we suspect a leak", []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}},

	// PVE guest configuration.
	{"bump vm 220 to 16 gb ram, the java app keeps swapping", d9VMSet},
	{"builds in ct 160 are slow, give it two more cores", d9CTSet},
	{"vm 230 needs a second nic on vmbr1 vlan 40 for the backup network", d9VMSet},
	{"we're reinstalling vm 240, make it boot from the cd first", d9VMSet},
	{"attach the debian 12 netinst iso to vm 241", d9VMSet},
	{"set the cloud-init user, ssh key and ip of vm 9001 before its first boot", d9VMSet},
	{"what exactly will cloud-init hand to vm 9001, dump the generated user-data", []string{"pve_get_nodes_qemu_cloudinit_dump"}},
	{"changed the dns servers in the cloudinit settings of vm 705, regenerate its drive", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"we just installed qemu-guest-agent in vm 300, enable the agent option for it", d9VMSet},
	{"the app in vm 310 wants avx2, switch its cpu type to host", d9VMSet},
	{"vm 311 still has pending changes, what is waiting for a reboot", []string{"pve_get_nodes_qemu_pending"}},
	{"which bridge and mac does the nic of vm 312 use, I'm tracing a switch port", d9VMGet},
	{"add the tags prod and db to vm 313 so the dashboards group it", d9VMSet},
	{"the hostname of ct 165 clashes with the old box, rename it to mon-02", d9CTSet},
	{"docker won't run inside ct 166, turn on nesting", d9CTSet},
	{"give container 167 the static address 10.20.0.67/24 with gateway 10.20.0.1", d9CTSet},
	{"vm 100 is the domain controller, protect it against accidental deletion", d9VMSet},
	{"everything depends on the dns in vm 105, make it start first at boot with a 60s delay", d9VMSet},
	{"pass the license usb dongle through to vm 320", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_get_nodes_hardware_usb"}},
	{"I want the gpu of pve4 inside vm 330, which pci devices does the host have", []string{"pve_get_nodes_hardware_pci"}},
	{"vm 332 floods the link during its nightly job, limit its nic to 50 MB/s", d9VMSet},
	{"show me the complete config of container 169", []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}},
	{"bind-mount /srv/media from the host into ct 170 at /media", d9CTSet},
	{"vm 333 will be a windows 11 guest, add the tpm state and an efi disk", d9VMSet},
	{"which cpu models could the new vm on pve1 use", []string{"pve_get_nodes_capabilities_qemu_cpu"}},
	{"nobody remembers root's password in vm 335, reset it through the agent", []string{"pve_post_nodes_qemu_agent_set_user_password"}},
	{"run systemctl restart nginx inside vm 336 via the guest agent", []string{"pve_post_nodes_qemu_agent_exec"}},
	{"chnage the ostype of ct 172 to ubuntu, it was set up as debian by mistake", d9CTSet},
	{"add a second network interface to container 173 on the storage vlan 30", d9CTSet},
	{"start on boot should be off for the lab vm 342, it keeps coming up after patching", d9VMSet},
	{"set the scsi disk of vm 343 to discard=on and ssd emulation so trim reaches the thin pool", d9VMSet},

	// PVE disks: resize, move, physical disks, local pools.
	{"the db on vm 220 sits at 90%, grow its scsi1 by 50G", []string{"pve_put_nodes_qemu_resize"}},
	{"rootfs of ct 160 needs another 20 gigs", []string{"pve_put_nodes_lxc_resize"}},
	{"we need the local space back, move vm 221's disk from local-lvm to the ceph pool", []string{"pve_post_nodes_qemu_move_disk"}},
	{"put the mp0 volume of ct 161 onto the nfs storage", []string{"pve_post_nodes_lxc_move_volume"}},
	{"vm 222 needs a fresh 100G disk on local-zfs for its logs", d9VMSet},
	{"vm 223 kept an unused disk from the move, get rid of it", []string{"pve_put_nodes_qemu_unlink", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},
	{"two new ssds went into pve2, which physical disks are unused", []string{"pve_get_nodes_disks_list"}},
	{"/dev/sdc on pve2 threw read errors, show its smart values", []string{"pve_get_nodes_disks_smart"}},
	{"build a zfs mirror from the two new ssds on pve2 and add it as storage", []string{"pve_post_nodes_disks_zfs"}},
	{"/dev/sdd on pve3 carries an old ceph osd, wipe it", []string{"pve_put_nodes_disks_wipedisk"}},
	{"one disk led on pve1 is orange, is the rpool degraded", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs"}},
	{"create an lvm-thin pool on the new raid volume /dev/sdb of pve4", []string{"pve_post_nodes_disks_lvmthin"}},
	{"format the spare disk in pve5 as an ext4 directory storage for isos", []string{"pve_post_nodes_disks_directory"}},
	{"thin provisioning never gives space back for vm 224, trim its filesystems", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"we're merging two services, hand the data disk of vm 226 over to vm 227", []string{"pve_post_nodes_qemu_move_disk"}},

	// PVE snapshots.
	{"snapshot vm 230 before the dist-upgrade, call it pre-trixie", []string{"pve_post_nodes_qemu_snapshot"}},
	{"the upgrade broke vm 230, go back to pre-trixie", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"upgrade went fine, drop the pre-upgrade snapshot of vm 230", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"storage is filling up, what snapshots does ct 180 carry", []string{"pve_get_nodes_lxc_snapshot"}},
	{"take a snapshot of container 181 with a description of why", []string{"pve_post_nodes_lxc_snapshot"}},
	{"roll ct 181 back to yesterday's snapshot, the php update broke it", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"snapshoot vm 231 including ram so we can return to the running state", []string{"pve_post_nodes_qemu_snapshot"}},
	{"the description of snapshot 'clean' on vm 232 has the wrong date, fix it", []string{"pve_put_nodes_qemu_snapshot_config"}},
	{"the snapshot button is greyed out for ct 183, can it be snapshotted on its storage at all", []string{"pve_get_nodes_lxc_feature"}},

	// PVE backups and restores.
	{"we're about to change its disks, back up vm 240 to pbs-main right now", []string{"pve_post_nodes_vzdump"}},
	{"set up a nightly backup of all guests at 01:30 to pbs-main, keep 7 dailies", []string{"pve_post_cluster_backup"}},
	{"the nightly backup collides with the db dumps, move it to 23:00", []string{"pve_put_cluster_backup_id"}},
	{"which backup jobs exist and when do they run", []string{"pve_get_cluster_backup"}},
	{"vm 999 is scratch, exclude it from the weekly backup job", []string{"pve_put_cluster_backup_id"}},
	{"which guests and disks does backup job backup-3f2a actually cover", []string{"pve_get_cluster_backup_included_volumes", "pve_get_cluster_backup_id"}},
	{"last night's backup of vm 241 failed, pull up its log", d9TaskLog},
	{"restore vm 242 from yesterday's backup over the broken one", []string{"pve_post_nodes_qemu"}},
	{"for testing, restore container 186 from its newest vzdump as ct 286", []string{"pve_post_nodes_lxc"}},
	{"pull the config out of vm 244's backup archive to see which disks it had", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"somebody broke nginx.conf on vm 245, fetch that single file from its pbs backup", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"vm 246 is gone for good, delete its old vzdump files from the nfs storage", []string{"pve_delete_nodes_storage_content_volume"}},
	{"thin the backups on the nfs storage down to the last three per guest", []string{"pve_delete_nodes_storage_prunebackups", "pve_get_nodes_storage_prunebackups"}},
	{"dry run first: what would pruning remove on backup-nfs for vm 247", []string{"pve_get_nodes_storage_prunebackups"}},
	{"don't wait for tonight, run the nightly backup job now", []string{"pve_post_nodes_vzdump", "pve_get_cluster_backup_id"}},
	{"keep sunday's backup of vm 248 forever, mark it protected", []string{"pve_put_nodes_storage_content_volume", "pbs_put_admin_datastore_protected"}},
	{"note on the backup of ct 187 that it's the pre-migration state", []string{"pve_put_nodes_storage_content_volume", "pbs_put_admin_datastore_notes"}},
	{"backup mails every night are noise, only notify us when a backup fails", []string{"pve_put_cluster_backup_id", "pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}},
	{"when would a job with schedule 'mon..fri 22:00' fire next", []string{"pve_get_cluster_jobs_schedule_analyze"}},
	{"backups kill the network, cap their bandwidth at 100 MB/s", []string{"pve_put_cluster_backup_id"}},
	{"bakcup job for the sql vms should use snapshot mode and zstd", []string{"pve_put_cluster_backup_id"}},
	{"remove the old backup job that still points to the dead nas", []string{"pve_delete_cluster_backup_id"}},

	// PVE storage and its content.
	{"add the new truenas export 10.0.5.10:/mnt/tank/pve as storage for backups and isos", []string{"pve_post_storage", "pve_get_nodes_scan_nfs"}},
	{"mount the smb share //fs01/isos as an iso storage on all nodes", []string{"pve_post_storage", "pve_get_nodes_scan_cifs"}},
	{"download the ubuntu 24.04 server iso straight onto local from the official url", []string{"pve_post_nodes_storage_download_url"}},
	{"upload the virtio-win iso from my laptop to the iso storage", []string{"pve_post_nodes_storage_upload"}},
	{"I need a fresh alpine, which container templates can we download", []string{"pve_get_nodes_aplinfo"}},
	{"fetch the debian 12 standard lxc template to local", []string{"pve_post_nodes_aplinfo", "pve_post_nodes_storage_download_url"}},
	{"there are duplicate isos on the nas storage, list what's on it", []string{"pve_get_nodes_storage_content"}},
	{"the san is being decommissioned, disable the old iscsi storage", []string{"pve_put_storage_storage"}},
	{"nothing uses old-nfs anymore, remove it from the datacenter storage config", []string{"pve_delete_storage_storage"}},
	{"restrict local-zfs to pve1 and pve2, the other nodes don't have that pool", []string{"pve_put_storage_storage"}},
	{"let the nfs storage hold container templates and snippets as well", []string{"pve_put_storage_storage"}},
	{"what pool and content types is ceph-rbd configured with", []string{"pve_get_storage_storage"}},
	{"the backup server at 10.0.9.20 is ready, add its datastore main to the cluster storages", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"the vendor's appliance ova is on the import storage, what vm settings does it bring", []string{"pve_get_nodes_storage_import_metadata"}},
	{"look for orphaned disk images on local-lvm that belong to no vm", []string{"pve_get_nodes_storage_content"}},
	{"is the nfs share growing? storage usage over the last month", []string{"pve_get_nodes_storage_rrddata", "pve_get_nodes_storage_rrd"}},
	{"we want to pull vms over from vmware, add the esxi host as an import source", []string{"pve_post_storage"}},
	{"pull the nginx oci image from docker hub as a container template", []string{"pve_post_nodes_storage_oci_registry_pull"}},
	{"which iscsi targets does the new san at 10.0.6.1 present", []string{"pve_get_nodes_scan_iscsi"}},
	{"stoarge 'nfs-backup' shows a question mark on pve4, what does its status say", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage"}},

	// PVE templates, clones, migration, create and destroy.
	{"prepare a clean debian template we can clone from - convert vm 9000", []string{"pve_post_nodes_qemu_template"}},
	{"full clone of tempalte 9000 named app-03 on local-zfs", []string{"pve_post_nodes_qemu_clone"}},
	{"copy ct 190 for the stagign environment", []string{"pve_post_nodes_lxc_clone"}},
	{"ct 191 is our golden nginx image, turn it into a template", []string{"pve_post_nodes_lxc_template"}},
	{"pve1 needs a reboot, live migrate vm 250 to pve2 first", []string{"pve_post_nodes_qemu_migrate"}},
	{"can vm 251 be live-migrated, or does a local disk block it", []string{"pve_get_nodes_qemu_migrate"}},
	{"migarte container 192 to pve3 in restart mode", []string{"pve_post_nodes_lxc_migrate"}},
	{"vm 252 goes to the other cluster in the new datacenter", []string{"pve_post_nodes_qemu_remote_migrate"}},
	{"memory replacement on pve2: evacuate everything to pve4", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"set up the monitoring server as a new vm, 4 cores, 8G, 50G disk on ceph", []string{"pve_post_nodes_qemu"}},
	{"an unprivileged debian contianer for pihole please", []string{"pve_post_nodes_lxc"}},
	{"the project was cancelled, delete vm 253 with its disks", []string{"pve_delete_nodes_qemu_vmid"}},
	{"destroy container 193 and purge it from backup jobs and ha", []string{"pve_delete_nodes_lxc_vmid"}},

	// PVE tasks and logs.
	{"something failed at 03:00 on pve2, what tasks ran around then", d9Tasks},
	{"that migration has shown running for an hour, is it stuck", d9TaskLog},
	{"wrong target storage - abort the running clone task on pve1", []string{"pve_delete_nodes_tasks_upid"}},
	{"pve3 fenced itself, show its syslog from around that time", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"what's in the cluster log since yesterday", []string{"pve_get_cluster_log"}},
	{"pve1 rebooted on its own, journal since last boot please", []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}},
	{"who deleted vm 254? go through the tasks", d9Tasks},
	{"support ticket needs a system report of pve2", []string{"pve_get_nodes_report"}},
	{"the restore I started ten minutes ago, how far along is it", d9TaskLog},

	// PVE nodes: network, dns, time, services, cluster membership, options.
	{"our new resolvers are 10.0.0.53 and 10.0.1.53, set them on pve1", []string{"pve_put_nodes_dns"}},
	{"pve2 can't resolve the new pbs, add its hostname to /etc/hosts", []string{"pve_post_nodes_hosts", "pve_get_nodes_hosts"}},
	{"logs are in utc, set the timezone of the nodes to Europe/Berlin", []string{"pve_put_nodes_time"}},
	{"create a vlan-aware bridge vmbr2 on eno2 of pve3 for the dmz", []string{"pve_post_nodes_network"}},
	{"apply the pending network changes on pve3", []string{"pve_put_nodes_network"}},
	{"I made a typo in the staged network config on pve3, throw those changes away", []string{"pve_delete_nodes_network"}},
	{"which ports of pve4 are in the bond, show its interfaces", []string{"pve_get_nodes_network", "pve_get_nodes_network_iface"}},
	{"set the mtu of bond0 on pve4 to 9000 for the storage network", []string{"pve_put_nodes_network_iface"}},
	{"web ui on pve1 is hanging, restart pveproxy", []string{"pve_post_nodes_services_restart"}},
	{"is corosync actually running on pve5", []string{"pve_get_nodes_services_state", "pve_get_nodes_services"}},
	{"everything has been migrated off pve2, reboot it now", []string{"pve_post_nodes_status"}},
	{"pve6 is installed and on the network, join it to the cluster", []string{"pve_post_cluster_config_join", "pve_get_cluster_config_join"}},
	{"pve3 is dead for good, remove it from the corosync config", []string{"pve_delete_cluster_config_nodes_node"}},
	{"our two-node cluster should get a qdevice, what's the current qdevice status", []string{"pve_get_cluster_config_qdevice"}},
	{"make xterm.js the default console for the whole datacenter", []string{"pve_put_cluster_options"}},
	{"migrations crawl over the mgmt lan, set the cluster migration network to 10.10.10.0/24", []string{"pve_put_cluster_options"}},
	{"open a root shell on pve1 for me", d9Shell},
	{"vm 255 doesn't answer on ssh, get me its console", d9VMCons},
	{"we see corosync retransmits, what's the totem config", []string{"pve_get_cluster_config_totem"}},
	{"time on pve4 drifts, show what the node thinks the time and zone are", []string{"pve_get_nodes_time"}},
	{"console into container 174, its network is down", []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy", "pve_post_nodes_lxc_spiceproxy", "pve_get_nodes_lxc_vncwebsocket"}},

	// PVE updates and subscriptions.
	{"maintenance window tonight, does pve1 have pending updates", []string{"pve_get_nodes_apt_update", "pve_post_nodes_apt_update"}},
	{"the subscription lapsed, switch pve2 from enterprise to the no-subscription repo", d9PVERepo},
	{"qemu-server and pve-manager versions on pve3?", []string{"pve_get_nodes_apt_versions"}},
	{"what changed in the new proxmox kernel, show the changelog", []string{"pve_get_nodes_apt_changelog", "pbs_get_nodes_apt_changelog"}},
	{"enter our new subscription key on pve1", []string{"pve_put_nodes_subscription"}},
	{"is the subscription on pve4 still valid and until when", []string{"pve_get_nodes_subscription"}},
	{"which apt repositories are configured on pve5, the update failed with a 401", []string{"pve_get_nodes_apt_repositories"}},

	// PVE users, groups, roles, tokens, realms, pools.
	{"anna starts on monday, create anna@pve and put her in the ops group", []string{"pve_post_access_users"}},
	{"give the ops gruop PVEVMAdmin on /vms", []string{"pve_put_access_acl"}},
	{"the prometheus exporter needs a read-only api token", []string{"pve_post_access_users_token_tokenid"}},
	{"what can bob@pve actually do on /vms/120", []string{"pve_get_access_permissions"}},
	{"tom left the company, disable his account", []string{"pve_put_access_users_userid"}},
	{"time to delete old contractor accounts, show me all users first", []string{"pve_get_access_users"}},
	{"create a role that may only power guests on and off", []string{"pve_post_access_roles"}},
	{"sync users and groups from the active directory realm now", []string{"pve_post_access_domains_sync"}},
	{"logins should work with our ldap at ldap.corp.local", []string{"pve_post_access_domains"}},
	{"schedule an ad user sync every night at 2", []string{"pve_post_cluster_jobs_realm_sync_id"}},
	{"anna locked herself out, reset her password", []string{"pve_put_access_password"}},
	{"she also lost her phone, unlock her tfa so she can enrol again", []string{"pve_put_access_users_unlock_tfa", "pve_delete_access_tfa_id"}},
	{"the ci token of deploy@pve leaked in a repo, revoke it", []string{"pve_delete_access_users_token_tokenid"}},
	{"make a resource pool 'lab' and put vms 700-705 in it", []string{"pve_post_pools", "pve_put_pools"}},
	{"which guests belong to pool customer-b", []string{"pve_get_pools", "pve_get_pools_poolid"}},
	{"permisions of the monitoring token look too broad, list what it has", []string{"pve_get_access_permissions", "pve_get_access_acl"}},

	// PVE ceph.
	{"ceph went HEALTH_WARN after the disk swap, what does it complain about", d9CephStat},
	{"the disk behind osd.7 gets replaced, take the osd out first", []string{"pve_post_nodes_ceph_osd_out"}},
	{"set noout before pve2 reboots so ceph doesn't start rebalancing", []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}},
	{"create an osd on the new /dev/sde of pve3", []string{"pve_post_nodes_ceph_osd"}},
	{"osd.7 is out and down, destroy it", []string{"pve_delete_nodes_ceph_osd_osdid"}},
	{"new ceph pool 'vm-fast' with size 3, added as storage", []string{"pve_post_nodes_ceph_pool"}},
	{"is the rbd pool nearly full and how many pgs does it have", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_status"}},
	{"show the osd tree, which osd sits on which host", []string{"pve_get_nodes_ceph_osd"}},
	{"before I stop osd.3, check whether that's safe", []string{"pve_get_nodes_ceph_cmd_safety"}},

	// PVE HA.
	{"vm 100 should restart on another node when its host dies, make it ha", []string{"pve_post_cluster_ha_resources"}},
	{"one ha resource shows 'fence', what's the ha state overall", []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status", "pve_get_cluster_ha_resources"}},
	{"vm 101 into ha, but it should prefer pve1 and pve2", []string{"pve_post_cluster_ha_rules", "pve_post_cluster_ha_groups", "pve_post_cluster_ha_resources"}},
	{"ha-managed vm 102 has to move live to pve3", []string{"pve_post_cluster_ha_resources_migrate"}},
	{"ct 120 is being decommissioned, stop managing it with ha", []string{"pve_delete_cluster_ha_resources_sid"}},
	{"for maintenance set the ha resource vm:103 to disabled", []string{"pve_put_cluster_ha_resources_sid"}},
	{"the two db vms must never run on the same node, add an ha rule", []string{"pve_post_cluster_ha_rules"}},

	// PVE SDN.
	{"create an sdn vlan zone on vmbr0 and a vnet dmz with tag 50", []string{"pve_post_cluster_sdn_zones", "pve_post_cluster_sdn_vnets"}},
	{"the new vnet doesn't show up on the nodes, apply the sdn config", []string{"pve_put_cluster_sdn"}},
	{"vnet dmz needs subnet 10.50.0.0/24 with gateway .1 and snat", []string{"pve_post_cluster_sdn_vnets_subnets"}},
	{"what vnets and zones do we have defined", []string{"pve_get_cluster_sdn_vnets", "pve_get_cluster_sdn_zones"}},
	{"one sdn zone shows an error on pve2, check the zone status there", []string{"pve_get_nodes_sdn_zones"}},

	// PVE firewall.
	{"only 10.0.0.0/8 may ssh into vm 260, add that rule", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"the rules on vm 260 don't apply, enable its firewall", []string{"pve_put_nodes_qemu_firewall_options"}},
	{"add an ipset mgmt with our admin subnets to the datacenter firewall", []string{"pve_post_cluster_firewall_ipset", "pve_post_cluster_firewall_ipset_name"}},
	{"something blocks traffic to ct 130, show its firewall log", []string{"pve_get_nodes_lxc_firewall_log"}},
	{"reusable security group 'web' allowing 80 and 443", []string{"pve_post_cluster_firewall_groups", "pve_post_cluster_firewall_groups_group"}},
	{"icmp gets dropped somewhere, list the datacenter firewall rules", []string{"pve_get_cluster_firewall_rules"}},
	{"mgmt rules are in, now switch on the cluster firewall with input policy drop", []string{"pve_put_cluster_firewall_options"}},
	{"the app server 10.0.3.5 needs tcp 3306 to ct 131", []string{"pve_post_nodes_lxc_firewall_rules"}},

	// PVE certificates and ACME.
	{"pve1's cert expires next week, renew it via acme", []string{"pve_put_nodes_certificates_acme_certificate", "pve_post_nodes_certificates_acme_certificate"}},
	{"register a let's encrypt account for the cluster with ops@example.com", []string{"pve_post_cluster_acme_account"}},
	{"port 80 is closed, add a cloudflare dns plugin for acme", []string{"pve_post_cluster_acme_plugins"}},
	{"put our wildcard certificate on pve2's web interface", []string{"pve_post_nodes_certificates_custom"}},
	{"when does pve3's certificate expire and who issued it", []string{"pve_get_nodes_certificates_info"}},

	// PVE notifications and metrics.
	{"alerts should go to our gotify server instead of root's mailbox", []string{"pve_post_cluster_notif_endpoints_gotify", "pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}},
	{"notifications via smtp through mail.corp.local:587 with auth", []string{"pve_post_cluster_notif_endpoints_smtp"}},
	{"send a test notification to the ops-mail target", []string{"pve_post_cluster_notif_targets_test"}},
	{"page us only for backup failures and fencing, not every job", d9PVEMatch},
	{"post cluster notifications into our teams channel through a webhook", []string{"pve_post_cluster_notif_endpoints_webhook"}},
	{"ship cluster metrics to influxdb at influx.corp:8086, bucket pve", []string{"pve_post_cluster_metrics_server_id"}},

	// PVE replication and hardware mappings.
	{"vm 270 is on local zfs, replicate it to pve2 every 15 minutes", []string{"pve_post_cluster_replication"}},
	{"replication job 270-0 failed, show me its log", []string{"pve_get_nodes_replication_log", "pve_get_nodes_replication_status"}},
	{"I'm about to migrate vm 270, run its replication now", []string{"pve_post_nodes_replication_schedule_now"}},
	{"vms with a gpu should move between pve3 and pve4, create a pci mapping", []string{"pve_post_cluster_mapping_pci"}},
	{"share /mnt/data with vms through virtiofs, set up a directory mapping", []string{"pve_post_cluster_mapping_dir"}},

	// PBS datastores and their disks.
	{"the new 40 tb array is mounted at /mnt/datastore/big, make a datastore on it", []string{"pbs_post_config_datastore"}},
	{"how full are the pbs datastores and when will they run out", d9PBSUsage},
	{"gc on datastore main should run daily at 04:00", d9PBSStore},
	{"we migrate datastore old next week, put it in read-only maintenance mode", d9PBSStore},
	{"remove the scratch datastore from pbs and delete its contents", []string{"pbs_delete_config_datastore_name"}},
	{"show datastore main's config, especially the gc schedule and notify settings", []string{"pbs_get_config_datastore_name"}},
	{"six new disks in the backup server: raidz2 on them and a datastore", []string{"pbs_post_nodes_disks_zfs"}},
	{"we added a disk shelf, which disks does the pbs box see", []string{"pbs_get_nodes_disks_list"}},
	{"mount the usb datastore offsite so the weekly sync can run", []string{"pbs_post_admin_datastore_mount"}},
	{"I'm taking the offsite disk home, unmount the removable datastore", []string{"pbs_post_admin_datastore_unmount"}},
	{"new usb disk for offsite rotation, set it up as a removable datastore", []string{"pbs_post_config_datastore", "pbs_post_nodes_disks_directory"}},
	{"usage history of datastore main for the last month", []string{"pbs_get_admin_datastore_rrd"}},
	{"can I put main into maintenance, is anything reading or writing it right now", []string{"pbs_get_admin_datastore_active_operations"}},
	{"one disk in the pbs is clicking, smart status please", []string{"pbs_get_nodes_disks_smart"}},
	{"is the zpool under the backup datastore healthy", []string{"pbs_get_nodes_disks_zfs_name", "pbs_get_nodes_disks_zfs"}},
	{"/dev/sdk came from an old server, wipe it on the pbs", []string{"pbs_put_nodes_disks_wipedisk"}},
	{"datstore main's verify-new option should be on so every new backup gets checked", d9PBSStore},
	{"space used and deduplication factor of datastore main", []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage", "pbs_get_admin_datastore_gc"}},

	// PBS backup groups, snapshots, namespaces, files.
	{"which backups of vm 120 are on the pbs datastore main", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups", "pve_get_nodes_storage_content"}},
	{"stale groups hunt: backup groups on main with their last backup time", d9Groups},
	{"vm 400 was deleted months ago, drop its whole backup group from pbs", []string{"pbs_delete_admin_datastore_groups"}},
	{"delete that broken snapshot of ct 150 from 2024-05-03", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"nothing must prune the last backup of vm 120 before the migration, protect it", []string{"pbs_put_admin_datastore_protected"}},
	{"note on backup group vm/120 that it's the old erp", []string{"pbs_put_admin_datastore_group_notes"}},
	{"comment the snapshot vm/121/2025-01-10T02:00:00Z as 'state before upgrade'", []string{"pbs_put_admin_datastore_notes"}},
	{"backups of ct/150 fail since we switched users, change the group owner to the new sync user", []string{"pbs_post_admin_datastore_change_owner"}},
	{"what archives are inside the latest host backup of fileserver", []string{"pbs_get_admin_datastore_files", "pbs_get_admin_datastore_catalog"}},
	{"restore only /etc/fstab from the host backup of fileserver", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"download the client log of last night's host backup", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},
	{"the customer-x cluster gets its own namespace on datastore main", []string{"pbs_post_admin_datastore_namespace"}},
	{"which namespaces exist on main", []string{"pbs_get_admin_datastore_namespace"}},
	{"move group vm/200 into the archive namespace", []string{"pbs_post_admin_datastore_move_group"}},
	{"drop the test namespace with everything in it", []string{"pbs_delete_admin_datastore_namespace"}},
	{"rename namespace lab to lab-old, move it over", []string{"pbs_post_admin_datastore_move_namespace"}},
	{"was last night's snapshot of vm 130 verified or not", d9Snaps},
	{"where did the uploads folder go? browse the catalog of ct 150's backup", []string{"pbs_get_admin_datastore_catalog"}},
	{"is the backup of vm 122 from friday protected", []string{"pbs_get_admin_datastore_protected", "pbs_get_admin_datastore_snapshots"}},
	{"clean up: the customer left, delete all their groups under namespace cust-y", []string{"pbs_delete_admin_datastore_namespace", "pbs_delete_admin_datastore_groups"}},

	// PBS prune, garbage collection, verification.
	{"we deleted lots of groups, run garbage collection on main now", []string{"pbs_post_admin_datastore_gc"}},
	{"how did the last gc on main go, how much did it free", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc"}},
	{"gc has been running for hours, is it still going", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc", "pbs_get_nodes_tasks"}},
	{"prune job on main: keep 7 daily, 4 weekly, 6 monthly", []string{"pbs_post_config_prune"}},
	{"auditors want a year: make the prune job keep 12 monthly instead of 6", []string{"pbs_put_config_prune_id"}},
	{"run the prune job now instead of waiting for the weekend", []string{"pbs_post_admin_prune_run"}},
	{"prune only group vm/300 down to its last 2 backups", []string{"pbs_post_admin_datastore_prune"}},
	{"dry run: what would keep-last 5 remove across datastore main", []string{"pbs_post_admin_datastore_prune_datastore", "pbs_post_admin_datastore_prune"}},
	{"list the prune jobs and how they ended last tiem", []string{"pbs_get_admin_prune", "pbs_get_config_prune"}},
	{"weekly verify of everything on main, skipping snapshots verified in the last 30 days", []string{"pbs_post_config_verify"}},
	{"a restore test of vm 120 failed with a chunk error, verify its backups now", []string{"pbs_post_admin_datastore_verify"}},
	{"kick off verify job v-main by hand", []string{"pbs_post_admin_verify_run"}},
	{"verification jobs: which ones failed on their last run", []string{"pbs_get_admin_verify", "pbs_get_config_verify"}},
	{"the verify job should run only on sundays", []string{"pbs_put_config_verify_id"}},
	{"the retired datastore still has a prune job, delete it", []string{"pbs_delete_config_prune_id"}},
	{"copy to offsite finished, verfiy the whole datastore there", []string{"pbs_post_admin_datastore_verify"}},
	{"garbage colection says 'pending' forever on datastore main, what's its status", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc"}},
	{"disk is nearly full on the backup server, prune aggressively then run gc", []string{"pbs_post_admin_datastore_prune_datastore", "pbs_post_admin_prune_run", "pbs_post_admin_datastore_prune"}},

	// PBS remotes, sync, traffic control.
	{"add the offsite pbs as a remote: pbs2.example.net with user sync@pbs", []string{"pbs_post_config_remote"}},
	{"pull datastore main from the primary pbs every night at 3", []string{"pbs_post_config_sync"}},
	{"the offsite copy has to be current before the move, start the sync job now", []string{"pbs_post_admin_sync_run"}},
	{"sync job to offsite fails with 401, check the remote's credentials", []string{"pbs_get_config_remote_name", "pbs_put_config_remote_name", "pbs_get_nodes_tasks_log"}},
	{"which datastores can we see on remote pbs2", []string{"pbs_get_config_remote_scan"}},
	{"we only want some groups from remote pbs2's main, list them", []string{"pbs_get_config_remote_scan_groups"}},
	{"push datastore main to the remote at our other site", []string{"pbs_post_push", "pbs_post_config_sync"}},
	{"one-off pull of namespace customer-x from pbs2", []string{"pbs_post_pull"}},
	{"limit the sync job to groups matching vm/1*", []string{"pbs_put_config_sync_id"}},
	{"pbs2 was reinstalled and has a new fingerprint, update the remote", []string{"pbs_put_config_remote_name"}},
	{"when did each sync job last run and did it work", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"oldsite has been shut down, remove it as a remote", []string{"pbs_delete_config_remote_name"}},
	{"throttle syncs from pbs2 to 50 MB/s during office hours", []string{"pbs_post_config_traffic_control", "pbs_put_config_sync_id"}},
	{"how much bandwidth is each traffic control rule using right now", []string{"pbs_get_admin_traffic_control"}},
	{"the sync job should also remove groups that vanished on the source", []string{"pbs_put_config_sync_id"}},
	{"namespaces on remote pbs2's datastore main, I want to map them", []string{"pbs_get_config_remote_scan_namespaces"}},

	// PBS tasks and logs.
	{"what did the backup server do last night, list its tasks", []string{"pbs_get_nodes_tasks"}},
	{"show the log of this morning's failed verify task", d9PBSTasks},
	{"the sync task is saturating the vpn, stop it on the pbs", []string{"pbs_delete_nodes_tasks_upid"}},
	{"proxmox-backup-proxy restarted around 02:00, syslog of the pbs from then", []string{"pbs_get_nodes_syslog", "pbs_get_nodes_journal"}},
	{"journal of the backup server since it booted", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}},
	{"ct 150's backup shows 'unexpected EOF', look at the pbs side", d9PBSTasks},
	{"did the tape job finish? check the task status on pbs", []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status", "pbs_get_tape_backup"}},

	// PBS node: load, updates, services, network, time, subscription.
	{"how busy is the backup server, cpu, memory and load", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd"}},
	{"check the pbs for updates and show me the list", []string{"pbs_get_nodes_apt_update", "pbs_post_nodes_apt_update"}},
	{"no subscription on the pbs any more, switch it to pbs-no-subscription", d9PBSRepo},
	{"which proxmox-backup-server version is installed", []string{"pbs_get_nodes_apt_versions", "pbs_get_version"}},
	{"the gui shows stale data, restart proxmox-backup-proxy", []string{"pbs_post_nodes_services_restart"}},
	{"kernel update is in, reboot the backup server", []string{"pbs_post_nodes_status"}},
	{"point the pbs at our internal resolvers for dns", []string{"pbs_put_nodes_dns"}},
	{"the pbs gets a second nic on the backup vlan, 10.30.0.5/24", []string{"pbs_post_nodes_network", "pbs_put_nodes_network_iface"}},
	{"apply the staged network config on the pbs", []string{"pbs_put_nodes_network"}},
	{"schedules on the pbs fire an hour late, its timezone is wrong", []string{"pbs_put_nodes_time", "pbs_get_nodes_time"}},
	{"activate the subscription key on the backup server", []string{"pbs_put_nodes_subscription"}},
	{"the vendor wants a system report from the pbs", []string{"pbs_get_nodes_report"}},
	{"get me a shell on the pbs", []string{"pbs_post_nodes_termproxy"}},
	{"apt and the subscription check on the pbs need an http proxy", []string{"pbs_put_nodes_config"}},
	{"list services on the backup server, is any of them failed", []string{"pbs_get_nodes_services"}},
	{"what's new in the proxmox-backup-server package update, changelog please", []string{"pbs_get_nodes_apt_changelog"}},
	{"refresh the apt index on the pbs before the upgrade", []string{"pbs_post_nodes_apt_update"}},
	{"restart the proxy service on both boxes, the web gui hangs", []string{"pve_post_nodes_services_restart", "pbs_post_nodes_services_restart"}},
	{"is the pbs subscription active, the banner keeps nagging", []string{"pbs_get_nodes_subscription"}},

	// PBS users, tokens, permissions, realms.
	{"the pve cluster needs its own pbs user to back up with", []string{"pbs_post_access_users"}},
	{"give backup@pbs the DatastoreBackup role on /datastore/main", []string{"pbs_put_access_acl"}},
	{"we don't want the password stored on pve, make an api token for the cluster on pbs", []string{"pbs_post_access_users_token_token_name"}},
	{"what permissions does token backup@pbs!pve1 have on datastore main", []string{"pbs_get_access_permissions"}},
	{"list the acl entries on the backup server", []string{"pbs_get_access_acl"}},
	{"add our ldap as a login realm on the pbs", []string{"pbs_post_config_access_ldap"}},
	{"users from the ad realm need syncing on pbs", []string{"pbs_post_access_domains_sync"}},
	{"the sync user's password went out by mail, change it", []string{"pbs_put_access_password"}},
	{"disable olduser@pbs on the backup server", []string{"pbs_put_access_users_userid"}},
	{"the customer-x token should only reach its own namespace", []string{"pbs_put_access_acl"}},
	{"delete the leaked api token on the pbs", []string{"pbs_delete_access_users_token_token_name"}},
	{"set up openid login on pbs with our keycloak", []string{"pbs_post_config_access_openid"}},
	{"which users exist on the pbs and when do they expire", []string{"pbs_get_access_users"}},
	{"the backup user of the old cluster is no longer needed, remove it from pbs", []string{"pbs_delete_access_users_userid"}},

	// PBS tape.
	{"label the new lto-9 tapes in the changer with their barcodes", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"what's in which slot of the tape library", []string{"pbs_get_tape_changer_status"}},
	{"weekly tape backup job of main to media pool weekly", []string{"pbs_post_config_tape_backup_job"}},
	{"media pool monthly with one year retention", []string{"pbs_post_config_media_pool"}},
	{"restore the march media set back to datastore restore", []string{"pbs_post_tape_restore"}},
	{"the drive asks for cleaning, load the cleaning cartridge", []string{"pbs_put_tape_drive_clean"}},
	{"wich tapes are in pool weekly and are they full", []string{"pbs_get_tape_media_list"}},
	{"after export the tapes go to the bank vault, record that", []string{"pbs_post_tape_media_move"}},
	{"we just connected the new lto drive, scan for it", []string{"pbs_get_tape_scan_drives"}},
	{"run the tape backup job now, the courier comes at 4", []string{"pbs_post_tape_backup_id"}},
	{"new encryption key for the tape pool", []string{"pbs_post_config_tape_enc_keys"}},
	{"what's on tape CT0042, we need an old vm from it", []string{"pbs_get_tape_media_content"}},

	// PBS S3, notifications, certificates, metrics.
	{"our minio should be an s3 endpoint on pbs", []string{"pbs_post_config_s3"}},
	{"which buckets can the wasabi s3 endpoint reach", []string{"pbs_get_config_s3_list_buckets"}},
	{"s3 backed datastore in bucket pbs-offsite, please", []string{"pbs_post_config_datastore"}},
	{"before creating the store, check that the s3 endpoint config works", []string{"pbs_put_admin_s3_check"}},
	{"contents of the s3 datastore look out of date, refresh its cache", []string{"pbs_put_admin_datastore_s3_refresh"}},
	{"mail us when gc or verify fails on the backup server", []string{"pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name", "pbs_post_config_notif_endpoints_smtp", "pbs_post_config_notif_endpoints_sendmail"}},
	{"add a gotify target on pbs", []string{"pbs_post_config_notif_endpoints_gotify"}},
	{"check the smtp settings of pbs with a test notification", []string{"pbs_post_config_notif_targets_test"}},
	{"sync failures on the pbs should go to the webhook, the rest stays mail", d9PBSMatch},
	{"renew the acme certificate of the backup server", []string{"pbs_put_nodes_certificates_acme_certificate", "pbs_post_nodes_certificates_acme_certificate"}},
	{"pve needs the pbs fingerprint for the storage, show the certificate", []string{"pbs_get_nodes_certificates_info"}},
	{"upload our company certficate to the pbs", []string{"pbs_post_nodes_certificates_custom"}},
	{"register an acme account on the backup server", []string{"pbs_post_config_acme_account"}},
	{"report the backup server's stats into our old influxdb 1.8 over udp port 8089", []string{"pbs_post_config_metrics_influxdb_udp"}},
	{"our grafana people want to scrape the backup server directly, what does its metrics endpoint return", []string{"pbs_get_status_metrics"}},

	// Both products: PBS storage on PVE, restores across, end-to-end jobs.
	{"we renewed the backup server's certificate and now every backup from the cluster fails with a tls error, fix the fingerprint on the cluster side", []string{"pve_put_storage_storage", "pbs_get_nodes_certificates_info"}},
	{"the second cluster shouldn't mix its backups with ours, give it a separate namespace site-b on the backup server and point its storage there", []string{"pbs_post_admin_datastore_namespace", "pve_put_storage_storage"}},
	{"since the cluster's backups moved to the new namespace vzdump ends with 'no permission', sort out the rights for its token", []string{"pbs_put_access_acl", "pbs_get_access_permissions", "pbs_get_access_acl"}},
	{"bring back ct 157 from last friday's backup on the backup server as a separate container, the original must keep running", []string{"pve_post_nodes_lxc"}},
	{"new policy: backups leaving the cluster must be encrypted, give the backup storage an encryption key", []string{"pve_put_storage_storage"}},
	{"backups to the pbs have been slow all week, is the pbs or the network the problem", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd", "pbs_get_admin_datastore_rrd", "pve_get_nodes_tasks_log"}},
	{"from the cluster, list the restore points the backup server storage offers for vm 318", []string{"pve_get_nodes_storage_content", "pbs_get_admin_datastore_snapshots"}},
	{"which timezone are our servers on, the job times look off", []string{"pve_get_nodes_time", "pbs_get_nodes_time"}},
	{"the pbs storage on pve has the old password, switch it to the new api token", []string{"pve_put_storage_storage"}},
	{"pbs datastore was renamed, update the datastore field in pve's storage entry", []string{"pve_put_storage_storage"}},
}

// TestDev9 scores development set 9 and lists its misses. Like TestDev it has no floor.
func TestDev9(t *testing.T) {
	scoreDevSet(t, "development set 9", dev9Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, dev6Cases, dev7Cases, dev8Cases, habitCases, symptomCases)
}
