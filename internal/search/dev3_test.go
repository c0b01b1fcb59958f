package search

import (
	"slices"
	"testing"
)

// Shorthand want lists of the third development set.
var (
	d3VMSet    = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d3VMGet    = []string{"pve_get_nodes_qemu_config"}
	d3VMNow    = []string{"pve_get_nodes_qemu_status_current"}
	d3VMGraph  = []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}
	d3VMCons   = []string{"pve_post_nodes_qemu_vncproxy", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy", "pve_get_nodes_qemu_vncwebsocket"}
	d3CTSet    = []string{"pve_put_nodes_lxc_config"}
	d3CTGet    = []string{"pve_get_nodes_lxc_config"}
	d3CTNow    = []string{"pve_get_nodes_lxc_status_current"}
	d3CTGraph  = []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}
	d3CTCons   = []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy", "pve_post_nodes_lxc_spiceproxy", "pve_get_nodes_lxc_vncwebsocket"}
	d3Shell    = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
	d3Tasks    = []string{"pve_get_nodes_tasks", "pve_get_nodes_tasks_log", "pve_get_cluster_tasks"}
	d3PBSTasks = []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log"}
	d3PBSMail  = []string{"pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name", "pbs_post_config_notif_endpoints_smtp", "pbs_post_config_notif_endpoints_sendmail"}
	d3DSConf   = []string{"pbs_put_config_datastore_name"}
	d3Restore  = []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download", "pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}
)

// dev3Cases are a third development set, written in one pass (on top of
// 75d6c35) from knowledge of Proxmox VE, Proxmox Backup Server and the
// operation catalog, before the ranking changes it is meant to inform and
// before the set was scored even once; no request or label was changed after
// seeing how search ranks it. Requests cover every category of both
// products, roughly as often as admins use them (about 60% PVE, 40% PBS
// or both), and mix the ways people type to an assistant: terse keyword
// strings, long chatty requests with context, questions of many forms,
// goals and symptoms instead of operations, imperatives with many verbs
// and slang (nuke, spin up, fire up, pull the plug, kick off, hook up),
// web UI labels (Summary, Hardware, Move Storage, Resize disk, Bulk Stop,
// Datacenter > Backup > Add, Permissions > Add > User Permission, Apply),
// command lines of qm, pct, pvesh, pvesm, pveum, pvecm, pvesr, ha-manager,
// pveceph, vzdump, qmrestore, pveam, proxmox-backup-client,
// proxmox-backup-manager and proxmox-tape, non-native English, lower case
// without punctuation, a few typos and British spellings, and guests named
// by name or by id, with and without a node. A want list names every
// operation an experienced admin would accept as the answer.
var dev3Cases = []qualityCase{
	// Virtual machines: power and state.
	{"boot up 231 pls", []string{"pve_post_nodes_qemu_status_start", "pve_post_nodes_lxc_status_start"}},
	{"web01 is hung, hard reset it", []string{"pve_post_nodes_qemu_status_reset"}},
	{"qm shutdown 118 --timeout 120", []string{"pve_post_nodes_qemu_status_shutdown"}},
	{"save the ram of vm 260 to disk and power it down, I'll resume later", []string{"pve_post_nodes_qemu_status_suspend", "pve_post_nodes_qemu_agent_suspend_disk"}},
	{"is the nextcloud vm still up or did it crash?", slices.Concat(d3VMNow, []string{"pve_get_cluster_resources"})},
	{"which of my vms are powered off right now", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu"}},
	{"power cycle the windows box dc01", []string{"pve_post_nodes_qemu_status_reset", "pve_post_nodes_qemu_status_reboot"}},
	{"take 177 offline", []string{"pve_post_nodes_qemu_status_shutdown", "pve_post_nodes_qemu_status_stop", "pve_post_nodes_lxc_status_shutdown", "pve_post_nodes_lxc_status_stop"}},
	{"the jellyfin vm froze completely, pull the plug on it", []string{"pve_post_nodes_qemu_status_stop"}},
	{"pause vm 193 for a moment without powering it off", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"what's the state of every guest on pve-node2", []string{"pve_get_nodes_qemu", "pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"Summary tab of VM 219", slices.Concat(d3VMNow, []string{"pve_get_nodes_qemu_rrddata"})},
	{"why won't vm 276 start", slices.Concat(d3Tasks, d3VMNow)},
	{"start every guest in the cluster again after the power outage", []string{"pve_post_cluster_bulk_action_guest_start", "pve_post_nodes_startall"}},
	{"Bulk Stop on pve3", []string{"pve_post_nodes_stopall", "pve_post_cluster_bulk_action_guest_shutdown"}},
	{"the ups is on battery, suspend all vms on hv2", []string{"pve_post_nodes_suspendall", "pve_post_cluster_bulk_action_guest_suspend"}},
	{"i want that vm 281 start alone when the server boot", d3VMSet},
	{"cpu and ram graphs of db02 over the last month", slices.Concat(d3VMGraph, d3CTGraph)},
	{"users complain the website on vm 120 is slow", slices.Concat(d3VMNow, d3VMGraph)},
	{"vm 440 shows a lock icon and I can't do anything with it, clear the lock", d3VMSet},
	{"nuke the old test vm 803", []string{"pve_delete_nodes_qemu_vmid"}},
	{"is kvm hardware virtualisation turned on for vm 163", d3VMGet},
	{"qm create 290 --memory 4096 --cores 2 --net0 virtio,bridge=vmbr0 --scsi0 local-lvm:32", []string{"pve_post_nodes_qemu"}},
	{"provision a debian 12 vm with 2 cores 4gb ram and a 40g disk on ceph-vm", []string{"pve_post_nodes_qemu"}},

	// Virtual machines: configuration and hardware.
	{"vm 224 ram", slices.Concat(d3VMGet, d3VMSet, d3VMNow)},
	{"bump 224 to 16 gigs of memory", slices.Concat(d3VMSet, d3CTSet)},
	{"give the gitlab vm 2 more vpcus", d3VMSet},
	{"change the cpu type of vm 350 to x86-64-v3", d3VMSet},
	{"add a virtio nic on vmbr1 vlan 30 to vm 353", d3VMSet},
	{"eject the iso from the cd drive of vm 355", d3VMSet},
	{"attatch a new 50G scsi disk on local-zfs to vm 357", d3VMSet},
	{"Resize disk: scsi0 of vm 358 +20G", []string{"pve_put_nodes_qemu_resize"}},
	{"the C: drive of windows vm 359 is full, grow it by 30 gb", []string{"pve_put_nodes_qemu_resize"}},
	{"Move Storage for virtio0 of vm 360 to ceph-nvme and delete the source", []string{"pve_post_nodes_qemu_move_disk"}},
	{"qm set 362 --boot order=scsi0;ide2", d3VMSet},
	{"which bridge is vm 364 plugged into", d3VMGet},
	{"vm 365 hardware tab", slices.Concat(d3VMGet, []string{"pve_get_nodes_qemu_pending"})},
	{"what changes on vm 366 only take effect after a reboot", []string{"pve_get_nodes_qemu_pending"}},
	{"get rid of unused0 on vm 367", slices.Concat(d3VMSet, []string{"pve_put_nodes_qemu_unlink"})},
	{"pass the nvidia card 0000:41:00.0 through to vm 368", d3VMSet},
	{"hook up the usb stick 046d:c52b to vm 369", d3VMSet},
	{"list the cpu models this host can offer to guests", []string{"pve_get_nodes_capabilities_qemu_cpu"}},
	{"tag vm 373 with prod and web", d3VMSet},
	{"vm 375 needs a tpm for windows 11", d3VMSet},
	{"remove the protection from vm 376 so I can delete it", d3VMSet},

	// Virtual machines and containers: snapshots.
	{"snapshot 415 before I run the upgrade, call it pre-dist-upgrade", []string{"pve_post_nodes_qemu_snapshot", "pve_post_nodes_lxc_snapshot"}},
	{"qm listsnapshot 416", []string{"pve_get_nodes_qemu_snapshot"}},
	{"qm rollback 417 clean-install", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"qm delsnapshot 418 old-snap", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"revert the pihole container to the snapshot I made on monday", []string{"pve_post_nodes_lxc_snapshot_rollback", "pve_get_nodes_lxc_snapshot"}},
	{"what did the config look like when snapshot pre-kernel of vm 419 was taken", []string{"pve_get_nodes_qemu_snapshot_config"}},
	{"can vm 420 be snapshotted at all? its disks are on plain lvm", []string{"pve_get_nodes_qemu_feature"}},
	{"snapshto tree of container 603", []string{"pve_get_nodes_lxc_snapshot"}},

	// Virtual machines and containers: migration, clones, templates.
	{"live migrate 430 to pve-b without downtime", []string{"pve_post_nodes_qemu_migrate", "pve_post_cluster_ha_resources_migrate"}},
	{"qm migrate 431 node3 --online --with-local-disks", []string{"pve_post_nodes_qemu_migrate"}},
	{"can vm 432 move to hv4, what is blocking it", []string{"pve_get_nodes_qemu_migrate"}},
	{"move the unifi contaner over to the other node", []string{"pve_post_nodes_lxc_migrate"}},
	{"migarte vm 433 to my second cluster at 10.0.50.10", []string{"pve_post_nodes_qemu_remote_migrate"}},
	{"linked clone 9002 -> 511", []string{"pve_post_nodes_qemu_clone", "pve_post_nodes_lxc_clone"}},
	{"pct clone 605 606 --hostname staging", []string{"pve_post_nodes_lxc_clone"}},
	{"ct 607 should become the base image for new containers", []string{"pve_post_nodes_lxc_template"}},
	{"spin up three new vms from the ubuntu cloud template", []string{"pve_post_nodes_qemu_clone"}},
	{"the host pve-c needs a new psu, get all guests off it", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},

	// Virtual machines: cloud-init.
	{"set the cloud-init user to ubuntu and add my ssh public key to vm 520", d3VMSet},
	{"cloud-init ip for vm 521: 192.168.10.21/24 gw 192.168.10.1", d3VMSet},
	{"vm 524 didn't pick up the new cloud-init password, rebuild the ci drive", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"what cloud-init values on vm 525 are not applied yet", []string{"pve_get_nodes_qemu_cloudinit"}},

	// Virtual machines: guest agent.
	{"does vm 530 have the qemu guest agent running?", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"which ip did dhcp hand the nextcloud vm", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"run df -h inside vm 532", []string{"pve_post_nodes_qemu_agent_exec", "pve_get_nodes_qemu_agent_exec_status"}},
	{"cat /etc/resolv.conf on vm 533 through the agent", []string{"pve_get_nodes_qemu_agent_file_read"}},
	{"trim vm 535 so the thin pool gets the space back", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"what windows version is dc01 running", []string{"pve_get_nodes_qemu_agent_get_osinfo"}},
	{"the backup left the filesystems of vm 537 frozen, unfreeze them", []string{"pve_post_nodes_qemu_agent_fsfreeze_thaw", "pve_post_nodes_qemu_agent_fsfreeze_status"}},
	{"reset the Administrator password on the windows vm 538", []string{"pve_post_nodes_qemu_agent_set_user_password"}},

	// Consoles.
	{"noVNC for vm 540", d3VMCons},
	{"get me a spice connection file for vm 541", []string{"pve_post_nodes_qemu_spiceproxy"}},
	{"shell into the pihole container", d3CTCons},
	{"vm 543 is sitting at the grub menu, send it an enter keypress", []string{"pve_put_nodes_qemu_sendkey"}},
	{"root shell on hv3", d3Shell},

	// Containers.
	{"fire up container 610", []string{"pve_post_nodes_lxc_status_start"}},
	{"pct shutdown 613 --forceStop 1", []string{"pve_post_nodes_lxc_status_shutdown"}},
	{"ct 614 ram and swap", slices.Concat(d3CTGet, d3CTSet, d3CTNow)},
	{"ct 616 rootfs is 98% full, add another 8G", []string{"pve_put_nodes_lxc_resize"}},
	{"pct resize 617 mp0 +50G", []string{"pve_put_nodes_lxc_resize"}},
	{"add a bind mount /tank/media at /media to the plex container", d3CTSet},
	{"move ct 618 rootfs to local-zfs", []string{"pve_post_nodes_lxc_move_volume"}},
	{"enable nesting and keyctl on ct 620 so docker works", d3CTSet},
	{"contianer 621 needs a tun device for wireguard", d3CTSet},
	{"which ip does ct 623 have right now", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"what lxc guests live on hv1", []string{"pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"is ct 624 privileged or unprivileged?", d3CTGet},
	{"new alpine container with 512mb ram on local-lvm", []string{"pve_post_nodes_lxc"}},
	{"pct create 626 local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst --rootfs local-lvm:8", []string{"pve_post_nodes_lxc"}},
	{"pct restore 627 /mnt/pve/nas/dump/vzdump-lxc-627-2025_01_10-02_00_01.tar.zst", []string{"pve_post_nodes_lxc"}},
	{"delte the container called old-wiki", []string{"pve_delete_nodes_lxc_vmid"}},
	{"pause the container 629 for a bit", []string{"pve_post_nodes_lxc_status_suspend"}},
	{"cpu usage graph of the homeassistant container", d3CTGraph},
	{"container 633 won't come up since the update", slices.Concat(d3Tasks, d3CTNow, d3CTGet)},
	{"ct 635 is stuck with lock: backup after vzdump crashed", d3CTSet},
	{"check whether container 636 supports snapshots", []string{"pve_get_nodes_lxc_feature"}},
	{"how much memory is the vaultwarden container using now", slices.Concat(d3CTNow, []string{"pve_get_nodes_lxc_rrddata"})},

	// Backups on PVE: vzdump, jobs, restore.
	{"vzdump 640 --mode stop --compress zstd --storage nas-backup", []string{"pve_post_nodes_vzdump"}},
	{"back up the gitlab vm to pbs before I touch it", []string{"pve_post_nodes_vzdump"}},
	{"please to make backup of all guests on pve2 to the nas now", []string{"pve_post_nodes_vzdump"}},
	{"Datacenter > Backup > Add: pool prod at 01:30 to pbs-store", []string{"pve_post_cluster_backup"}},
	{"when does backup job backup-7f3a run next", []string{"pve_get_cluster_backup_id", "pve_get_cluster_backup", "pve_get_cluster_jobs_schedule_analyze"}},
	{"which disks of vm 642 are left out of the backup", []string{"pve_get_cluster_backup_included_volumes", "pve_get_nodes_qemu_config"}},
	{"do I have guests that no backup job covers", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"why did the nightly bakcup fail last night", d3Tasks},
	{"vzdump files of vm 643 on storage nas-backup", []string{"pve_get_nodes_storage_content"}},
	{"delete the oldest backup of ct 644 from local", []string{"pve_delete_nodes_storage_content_volume", "pve_get_nodes_storage_content"}},
	{"qmrestore /var/lib/vz/dump/vzdump-qemu-646.vma.zst 646 --storage local-lvm", []string{"pve_post_nodes_qemu"}},
	{"what hardware did vm 647 have in last week's backup", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"retention of backup job nightly should be keep-daily=7,keep-weekly=4", []string{"pve_put_cluster_backup_id"}},
	{"mark yesterday's backup of vm 648 on nfs as protected", []string{"pve_put_nodes_storage_content_volume"}},
	{"pull a single file out of the pbs backup of vm 649", d3Restore},
	{"what would keep-last 3 prune on storage nas-backup", []string{"pve_get_nodes_storage_prunebackups"}},

	// Storage.
	{"showmount -e 10.0.0.5 from pve1", []string{"pve_get_nodes_scan_nfs"}},
	{"scan the cifs server fs01 for shares", []string{"pve_get_nodes_scan_cifs"}},
	{"lvm-thin pools on hv2 I could add as storage", []string{"pve_get_nodes_scan_lvmthin", "pve_get_nodes_disks_lvmthin"}},
	{"make storage iso-share available only on pve1 and pve3", []string{"pve_put_storage_storage"}},
	{"Datacenter > Storage", []string{"pve_get_storage"}},
	{"how full is local-lvm on every node", []string{"pve_get_nodes_storage", "pve_get_nodes_storage_status", "pve_get_cluster_resources"}},
	{"I need to free up space on local", []string{"pve_get_nodes_storage_content", "pve_delete_nodes_storage_content_volume", "pve_get_nodes_storage_prunebackups", "pve_delete_nodes_storage_prunebackups", "pve_get_nodes_storage_status"}},
	{"whats taking up all the room on nas-backup", []string{"pve_get_nodes_storage_content"}},
	{"pull the proxmox ve 9 iso from the official site onto local", []string{"pve_post_nodes_storage_download_url"}},
	{"import an ova sitting on local into a new vm", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},
	{"pveam available --section turnkeylinux", []string{"pve_get_nodes_aplinfo"}},
	{"pveam download local alpine-3.20-default_20240908_amd64.tar.xz", []string{"pve_post_nodes_aplinfo"}},
	{"allocate a 10G raw image for vm 652 on local-lvm", []string{"pve_post_nodes_storage_content"}},
	{"pull docker.io/library/nginx:latest as an oci container template", []string{"pve_post_nodes_storage_oci_registry_pull"}},
	{"which tags exist for ghcr.io/home-assistant/home-assistant", []string{"pve_get_nodes_query_oci_repo_tags"}},
	{"pvesm add pbs pbs01 --server 10.0.0.8 --datastore tank --fingerprint 4b:9a:...", []string{"pve_post_storage"}},
	{"hook up the iscsi target on 10.0.0.20 as storage", []string{"pve_post_storage", "pve_get_nodes_scan_iscsi"}},
	{"how big is https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/debian-12.iso before I download it", []string{"pve_get_nodes_query_url_metadata"}},
	{"can I put vm disks on the storage nas01? what content types does it allow", []string{"pve_get_storage_storage"}},

	// Nodes: status, services, logs, reports.
	{"which pve-manager and qemu versions does hv1 run", []string{"pve_get_nodes_apt_versions", "pve_get_nodes_version"}},
	{"uptime load and kernel of pve-b", []string{"pve_get_nodes_status"}},
	{"cpu iowait on hv2 over the day", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"restrat pvedaemon on pve1", []string{"pve_post_nodes_services_restart"}},
	{"reboot hv2 after the kernel update", []string{"pve_post_nodes_status"}},
	{"power off pve4, the rack is being moved", []string{"pve_post_nodes_status"}},
	{"last 200 lines of the journal on pve3", []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}},
	{"errors in syslog on hv1 since 6am", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"send a magic packet to pve5", []string{"pve_post_nodes_wakeonlan"}},
	{"what is slowing down hv3? everything on it feels sluggish", []string{"pve_get_nodes_status", "pve_get_nodes_rrddata", "pve_get_cluster_resources"}},

	// Nodes: network, DNS, time.
	{"ifreload -a on pve1", []string{"pve_put_nodes_network"}},
	{"add bond0 with eno1 and eno2 in lacp mode", []string{"pve_post_nodes_network"}},
	{"make vmbr1 vlan aware", []string{"pve_put_nodes_network_iface"}},
	{"I messed up the interfaces on pve3, throw away what I haven't applied yet", []string{"pve_delete_nodes_network"}},
	{"nework interfaces and their ips on hv4", []string{"pve_get_nodes_network"}},
	{"resolv.conf of hv4", []string{"pve_get_nodes_dns"}},
	{"pve-b should be on Europe/London time", []string{"pve_put_nodes_time"}},
	{"/etc/hosts on hv2 is missing the new node, add 10.0.0.14 pve4", []string{"pve_post_nodes_hosts", "pve_get_nodes_hosts"}},

	// Nodes: disks.
	{"nvme wear level on pve2", []string{"pve_get_nodes_disks_smart", "pve_get_nodes_disks_list"}},
	{"which disks on hv3 are unsued", []string{"pve_get_nodes_disks_list"}},
	{"initialise /dev/sdc with gpt", []string{"pve_post_nodes_disks_initgpt"}},
	{"create an ext4 directory storage on sde", []string{"pve_post_nodes_disks_directory"}},
	{"erase the partition table of /dev/sdf", []string{"pve_put_nodes_disks_wipedisk"}},
	{"volume groups on pve-b and how much is free", []string{"pve_get_nodes_disks_lvm", "pve_get_nodes_scan_lvm"}},

	// Nodes: certificates, updates, subscription.
	{"show the ssl cert chain installed on hv2", []string{"pve_get_nodes_certificates_info"}},
	{"switch pve1 back to the self-signed certificate", []string{"pve_delete_nodes_certificates_custom"}},
	{"request a let's encrypt cert for hv2.example.com with the cloudflare dns plugin", []string{"pve_post_nodes_certificates_acme_certificate", "pve_put_nodes_config"}},
	{"browsers say the certifcate of pve3 is invalid", []string{"pve_get_nodes_certificates_info", "pve_post_nodes_certificates_acme_certificate", "pve_put_nodes_certificates_acme_certificate", "pve_post_nodes_certificates_custom"}},
	{"apt list --upgradable on hv1", []string{"pve_get_nodes_apt_update"}},
	{"is the pve-no-subscription repo enabled?", []string{"pve_get_nodes_apt_repositories"}},
	{"turn off the enterprise repo on pve2, I have no subscription", []string{"pve_post_nodes_apt_repositories"}},
	{"what changed in the new proxmox-kernel package", []string{"pve_get_nodes_apt_changelog"}},
	{"upload subscription key pve2c-1234567890 to hv1", []string{"pve_put_nodes_subscription"}},
	{"remove the licence from the node we're selling", []string{"pve_delete_nodes_subscription"}},

	// Tasks.
	{"tasks on pve2 that failed today", []string{"pve_get_nodes_tasks", "pve_get_cluster_tasks"}},
	{"kill the hanging vzdump task on pve1", []string{"pve_delete_nodes_tasks_upid", "pve_get_nodes_tasks"}},
	{"output of UPID:hv1:0002A1F3:01B2C3D4:67890ABC:qmclone:9000:root@pam:", []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}},
	{"is the clone I kicked off ten minutes ago done yet", []string{"pve_get_nodes_tasks_status", "pve_get_nodes_tasks", "pve_get_cluster_tasks"}},

	// Cluster: membership, status, options, log.
	{"get the join information so I can add pve4", []string{"pve_get_cluster_config_join"}},
	{"remove the dead node pve3 from the clsuter", []string{"pve_delete_cluster_config_nodes_node"}},
	{"is the qdevice voting", []string{"pve_get_cluster_config_qdevice"}},
	{"pvecm delnode pve6", []string{"pve_delete_cluster_config_nodes_node"}},
	{"what happened in the cluster log in the last hour", []string{"pve_get_cluster_log"}},
	{"use 10.10.10.0/24 for migrations cluster-wide", []string{"pve_put_cluster_options"}},
	{"change the sender address of mails from the datacenter", []string{"pve_put_cluster_options", "pve_put_cluster_notif_endpoints_sendmail_name"}},
	{"which nodes are offline at the moment", []string{"pve_get_cluster_status", "pve_get_nodes", "pve_get_cluster_resources"}},
	{"every guest tagged prod", []string{"pve_get_cluster_resources"}},
	{"where is vm 777 running", []string{"pve_get_cluster_resources"}},
	{"when will the schedule 'mon..fri 02:00' fire next", []string{"pve_get_cluster_jobs_schedule_analyze"}},

	// High availability.
	{"ha-manager set vm:700 --state disabled", []string{"pve_put_cluster_ha_resources_sid"}},
	{"make the pihole container highly available with max_relocate 2", []string{"pve_post_cluster_ha_resources"}},
	{"ha should favour pve1 and pve2 for vm 703", []string{"pve_post_cluster_ha_rules", "pve_post_cluster_ha_groups", "pve_put_cluster_ha_resources_sid"}},
	{"keep vm 704 and vm 705 on different nodes", []string{"pve_post_cluster_ha_rules"}},
	{"lrm status of every node", []string{"pve_get_cluster_ha_status_manager_status", "pve_get_cluster_ha_status_current"}},
	{"change the ha shutdown behaviour so guests migrate away when a node goes down", []string{"pve_put_cluster_options"}},
	{"the ha service vm:706 is in error state, how do I recover it", []string{"pve_put_cluster_ha_resources_sid", "pve_get_cluster_ha_status_current", "pve_get_cluster_ha_resources_sid"}},

	// Replication.
	{"pvesr create-local-job 710-0 pve2 --schedule */30", []string{"pve_post_cluster_replication"}},
	{"replication for vm 712 failed, why?", []string{"pve_get_nodes_replication_log", "pve_get_nodes_replication_status", "pve_get_nodes_replication"}},
	{"pause replcation job 713-0", []string{"pve_put_cluster_replication_id"}},
	{"stop replicating vm 715", []string{"pve_delete_cluster_replication_id"}},

	// Firewall.
	{"block all incoming traffic to vm 720 except ssh", []string{"pve_post_nodes_qemu_firewall_rules", "pve_put_nodes_qemu_firewall_options"}},
	{"delete firewall rule #3 on vm 722", []string{"pve_delete_nodes_qemu_firewall_rules_pos"}},
	{"move rule 5 to the top of the datacenter firewall", []string{"pve_put_cluster_firewall_rules_pos"}},
	{"create a securtiy group dns that allows udp 53", []string{"pve_post_cluster_firewall_groups", "pve_post_cluster_firewall_groups_group"}},
	{"apply security group web to vm 723", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"add 203.0.113.7 to the blacklist ipset", []string{"pve_post_cluster_firewall_ipset_name"}},
	{"traffic to vm 724 gets dropped somewhere, firewal log please", []string{"pve_get_nodes_qemu_firewall_log"}},
	{"turn off the firewall on net0 of vm 725", slices.Concat(d3VMSet, []string{"pve_put_nodes_qemu_firewall_options"})},
	{"datacenter firewall input policy DROP", []string{"pve_put_cluster_firewall_options"}},
	{"allow http on vnet dmz", []string{"pve_post_cluster_sdn_vnets_firewall_rules"}},

	// SDN.
	{"create a simple zone with dhcp for the lab", []string{"pve_post_cluster_sdn_zones"}},
	{"vnet for vlan 50 in zone vlanzone", []string{"pve_post_cluster_sdn_vnets"}},
	{"add subnet 172.16.5.0/24 gateway .1 with snat to vnet apps", []string{"pve_post_cluster_sdn_vnets_subnets"}},
	{"press Apply in SDN", []string{"pve_put_cluster_sdn"}},
	{"which ips has the pve ipam handed out", []string{"pve_get_cluster_sdn_ipams_status"}},
	{"reserve 10.50.0.20 for mac BC:24:11:AA:BB:CC on vnet apps", []string{"pve_post_cluster_sdn_vnets_ips"}},
	{"status of zone lab on pve2", []string{"pve_get_nodes_sdn_zones", "pve_get_nodes_sdn_zones_zone", "pve_get_nodes_sdn_zones_content"}},
	{"openfabric neighbours on pve1 for fabric core", []string{"pve_get_nodes_sdn_fabrics_neighbors"}},

	// Ceph.
	{"HEALTH_WARN on ceph, what does it complain about", []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},
	{"pveceph osd create /dev/nvme1n1", []string{"pve_post_nodes_ceph_osd"}},
	{"pveceph osd destroy 7 --cleanup", []string{"pve_delete_nodes_ceph_osd_osdid"}},
	{"bring osd.2 back in", []string{"pve_post_nodes_ceph_osd_in"}},
	{"is it safe to stop osd 4", []string{"pve_get_nodes_ceph_cmd_safety"}},
	{"which physical disk is behind osd.9", []string{"pve_get_nodes_ceph_osd_lv_info", "pve_get_nodes_ceph_osd_metadata"}},
	{"set norebalance and noout", []string{"pve_put_cluster_ceph_flags", "pve_put_cluster_ceph_flags_flag"}},
	{"pool vm-pool size 3 min_size 2", []string{"pve_put_nodes_ceph_pool_name"}},
	{"create a cephfs named shared", []string{"pve_post_nodes_ceph_fs_name"}},
	{"configured value of osd_memory_target", []string{"pve_get_nodes_ceph_cfg_value", "pve_get_nodes_ceph_cfg_db"}},
	{"pveceph init --network 10.20.0.0/24", []string{"pve_post_nodes_ceph_init"}},
	{"osd 5 is down and out, what's going on", []string{"pve_get_nodes_ceph_osd", "pve_get_nodes_ceph_osd_metadata", "pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status", "pve_get_nodes_ceph_log"}},

	// Notifications and metrics.
	{"send alerts to ntfy through a webhook", []string{"pve_post_cluster_notif_endpoints_webhook"}},
	{"only notfy the ops mailing list about failed backups", []string{"pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}},
	{"test the mail-to-root target", []string{"pve_post_cluster_notif_targets_test"}},
	{"what metadata fields can a matcher filter by", []string{"pve_get_cluster_notif_matcher_fields", "pve_get_cluster_notif_matcher_field_values"}},
	{"ship pve metrics to influxdb2 at 10.0.0.30:8086 bucket proxmox", []string{"pve_post_cluster_metrics_server_id"}},
	{"metrics export of the whole cluster for prometheus", []string{"pve_get_cluster_metrics_export"}},

	// Pools, hardware and mappings.
	{"pvesh create /pools --poolid customers", []string{"pve_post_pools"}},
	{"put ct 731 and vm 732 in pool dev", []string{"pve_put_pools", "pve_put_pools_poolid"}},
	{"which resources are in pool staging", []string{"pve_get_pools", "pve_get_pools_poolid"}},
	{"lspci on pve1", []string{"pve_get_nodes_hardware_pci"}},
	{"map the coral usb on all nodes as coral", []string{"pve_post_cluster_mapping_usb"}},
	{"cluster-wide gpu mapping for the a4000 on pve1 and pve2", []string{"pve_post_cluster_mapping_pci"}},

	// Access on PVE.
	{"pveum useradd ci@pve --comment 'CI runner'", []string{"pve_post_access_users"}},
	{"pveum passwd alice@pve", []string{"pve_put_access_password"}},
	{"add john@pve to the group admins", []string{"pve_put_access_users_userid"}},
	{"pveum role add StorageUser -privs Datastore.AllocateSpace,Datastore.Audit", []string{"pve_post_access_roles"}},
	{"Permissions > Add > User Permission: carol@pve gets PVEVMUser on /pool/dev", []string{"pve_put_access_acl"}},
	{"pveum user token add deploy@pve ansible --privsep 0", []string{"pve_post_access_users_token_tokenid"}},
	{"I lost the secret of token monitoring@pve!grafana", []string{"pve_post_access_users_token_tokenid", "pve_delete_access_users_token_tokenid"}},
	{"register a yubikey for dan@pve", []string{"pve_post_access_tfa_userid"}},
	{"eve@pve lost her phone, delete her totp", []string{"pve_delete_access_tfa_id", "pve_get_access_tfa_userid"}},
	{"add an active directory realm for corp.local", []string{"pve_post_access_domains"}},
	{"sync ad groups now and remove vanished users", []string{"pve_post_access_domains_sync"}},
	{"effective permisions of ops@pve on /vms/750", []string{"pve_get_access_permissions"}},
	{"can user intern@pve delete vms?", []string{"pve_get_access_permissions", "pve_get_access_acl"}},

	// PBS datastores: configuration, status, removable and S3.
	{"proxmox-backup-manager datastore update tank --gc-schedule 'sat 03:00'", d3DSConf},
	{"how many days until datastore tank is full at this rate", []string{"pbs_get_status_datastore_usage"}},
	{"dedup factor of tank", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}},
	{"create a datastroe called offsite on /mnt/usb-backup", []string{"pbs_post_config_datastore"}},
	{"set datastore tank to read-only maintenance", d3DSConf},
	{"remove datastore scratch from pbs but leave the data on disk", []string{"pbs_delete_config_datastore_name"}},
	{"send gc and verify results of datastore tank to the admin", slices.Concat(d3DSConf, []string{"pbs_post_config_notif_matchers"})},
	{"what is reading or writing datastore tank right now", []string{"pbs_get_admin_datastore_active_operations"}},
	{"disk usage trend of datastore tank this month", []string{"pbs_get_admin_datastore_rrd"}},
	{"pbs datastore tank is at 92%, what can I do", []string{"pbs_get_admin_datastore_status", "pbs_post_admin_datastore_gc", "pbs_post_admin_datastore_prune_datastore", "pbs_get_status_datastore_usage"}},
	{"datastores on pbs01 with size used and available", []string{"pbs_get_status_datastore_usage", "pbs_get_admin_datastore", "pbs_get_admin_datastore_status"}},
	{"tuning options of datastore tank like chunk order and sync level", []string{"pbs_get_config_datastore_name", "pbs_put_config_datastore_name"}},
	{"I want to pull the external drive, eject the removable datastore rotation2 first", []string{"pbs_post_admin_datastore_unmount"}},
	{"plugged the rotation1 usb disk back in, bring its datastore online", []string{"pbs_post_admin_datastore_mount"}},
	{"resync the local cache of s3 datastore tank-s3 from the bucket", []string{"pbs_put_admin_datastore_s3_refresh"}},
	{"add a backblaze b2 s3 endpoint with my access key", []string{"pbs_post_config_s3"}},
	{"check that the credentials of s3 endpoint b2 work", []string{"pbs_put_admin_s3_check"}},
	{"pbs datastore tank Summary", []string{"pbs_get_admin_datastore_status", "pbs_get_admin_datastore_rrd"}},
	{"verify-new on tank so every fresh backup is checked", d3DSConf},

	// PBS backup snapshots, groups and namespaces.
	{"most recent snapshot of vm/812 in datastore tank", []string{"pbs_get_admin_datastore_snapshots"}},
	{"how many backup groups are in tank", []string{"pbs_get_admin_datastore_groups"}},
	{"backups of host/laptop-anna", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups"}},
	{"proxmox-backup-client snapshot list --repository backup@pbs@10.0.0.8:tank", []string{"pbs_get_admin_datastore_snapshots"}},
	{"delete snapshot ct/813/2025-06-01T03:00:00Z from tank", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"remove every backup of the decomissioned vm 814 from pbs", []string{"pbs_delete_admin_datastore_groups"}},
	{"note on snapshot vm/815/2025-05-05T02:00:00Z: taken before migration", []string{"pbs_put_admin_datastore_notes"}},
	{"read the comment on backup group ct/816", []string{"pbs_get_admin_datastore_group_notes"}},
	{"don't let prune touch the backup vm/817/2025-04-30T01:00:00Z", []string{"pbs_put_admin_datastore_protected"}},
	{"what archives does host/nas/2025-07-01T00:00:00Z contain", []string{"pbs_get_admin_datastore_files"}},
	{"browse /etc inside the latest pxar backup of ct/819", []string{"pbs_get_admin_datastore_catalog"}},
	{"download index.json.blob of snapshot vm/820/2025-02-02T02:02:02Z", []string{"pbs_get_admin_datastore_download", "pbs_get_admin_datastore_download_decoded"}},
	{"get /home/anna/thesis.docx back from the host backup of laptop-anna", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"show client.log of the last backup of host/web01", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download", "pbs_get_admin_datastore_files"}},
	{"create namespace clients/acme in tank", []string{"pbs_post_admin_datastore_namespace"}},
	{"rename namespace old-prod to archive/prod", []string{"pbs_post_admin_datastore_move_namespace"}},
	{"relocate the backups of ct/821 into the lab namespace", []string{"pbs_post_admin_datastore_move_group"}},
	{"drop the namespace tmp and everything in it", []string{"pbs_delete_admin_datastore_namespace"}},
	{"the backups of vm 822 belong to root@pam, hand them over to sync@pbs", []string{"pbs_post_admin_datastore_change_owner"}},
	{"were the latest backups of vm/823 verified ok?", []string{"pbs_get_admin_datastore_snapshots"}},

	// PBS garbage collection.
	{"proxmox-backup-manager garbage-collection start tank", []string{"pbs_post_admin_datastore_gc"}},
	{"pending bytes after the last gc on tank", []string{"pbs_get_admin_datastore_gc"}},
	{"gc jobs and their next run", []string{"pbs_get_admin_gc"}},
	{"move the gc schedule of tank to daily 04:00", d3DSConf},
	{"garbge collection is taking forever on tank, is it still running?", slices.Concat([]string{"pbs_get_admin_datastore_gc", "pbs_get_admin_datastore_active_operations"}, d3PBSTasks)},
	{"reclaim the space of the snapshots I deleted on offsite", []string{"pbs_post_admin_datastore_gc"}},
	{"why didn't the disk usage go down after I removed backups", []string{"pbs_post_admin_datastore_gc", "pbs_get_admin_datastore_gc"}},

	// PBS prune.
	{"prune tank keep-daily 14 keep-monthly 6", []string{"pbs_post_admin_datastore_prune_datastore", "pbs_post_config_prune"}},
	{"proxmox-backup-client prune vm/830 --keep-last 3 --dry-run", []string{"pbs_post_admin_datastore_prune"}},
	{"prune job for namespace clients every sunday keeping 8 weekly", []string{"pbs_post_config_prune"}},
	{"change prune job daily-tank to keep-yearly 2", []string{"pbs_put_config_prune_id"}},
	{"when did prune job daily-tank last run and did it fail", slices.Concat([]string{"pbs_get_admin_prune", "pbs_get_admin_prune_id"}, d3PBSTasks)},
	{"kick off prune job weekly-offsite", []string{"pbs_post_admin_prune_run"}},
	{"remove the prune job of the old datastore", []string{"pbs_delete_config_prune_id"}},
	{"what would keep-last 5 delete in group ct/831", []string{"pbs_post_admin_datastore_prune"}},
	{"pbs retention settings", []string{"pbs_get_config_prune", "pbs_get_config_datastore_name"}},

	// PBS verification.
	{"verify snapshot vm/832/2025-08-01T02:00:00Z", []string{"pbs_post_admin_datastore_verify"}},
	{"weekly verify of tank, skip whatever was verified in the last 30 days", []string{"pbs_post_config_verify"}},
	{"did any verification fail this week", slices.Concat([]string{"pbs_get_admin_verify"}, d3PBSTasks)},
	{"re-verify everything in namespace prod, ignore earlier results", []string{"pbs_post_admin_datastore_verify"}},
	{"start the tank verfiy job by hand", []string{"pbs_post_admin_verify_run"}},
	{"let verify job v1 go two namespace levels deep", []string{"pbs_put_config_verify_id"}},
	{"verify found bad chunks, which snapshots are corrupt", slices.Concat([]string{"pbs_get_admin_datastore_snapshots"}, d3PBSTasks)},
	{"proxmox-backup-manager verify tank", []string{"pbs_post_admin_datastore_verify"}},

	// PBS remotes, sync, traffic control, keys.
	{"proxmox-backup-manager remote create offsite --host 203.0.113.10 --auth-id sync@pbs", []string{"pbs_post_config_remote"}},
	{"update the password of remote offsite", []string{"pbs_put_config_remote_name"}},
	{"pull tank from offsite every 6 hours and remove vanished snapshots", []string{"pbs_post_config_sync"}},
	{"push the clients namespace to the remote pbs in the dc", []string{"pbs_post_push", "pbs_post_config_sync"}},
	{"one-off pull of store media from remote nas2 into local media", []string{"pbs_post_pull"}},
	{"backup groups available to pull from offsite:tank", []string{"pbs_get_config_remote_scan_groups"}},
	{"datastores I can sync from remote hq", []string{"pbs_get_config_remote_scan"}},
	{"last result of sync job s-hq", []string{"pbs_get_admin_sync", "pbs_get_admin_sync_id"}},
	{"limit sync job s-hq to group vm/840 only", []string{"pbs_put_config_sync_id"}},
	{"forget the remote old-pbs, that box is gone", []string{"pbs_delete_config_remote_name"}},
	{"encryption keys pbs uses for sync jobs", []string{"pbs_get_config_enc_keys"}},
	{"archive encryption key k2 so new syncs stop using it", []string{"pbs_post_config_enc_keys_id"}},
	{"throtle sync traffic from 10.0.0.0/8 to 20MiB/s during office hours", []string{"pbs_post_config_traffic_control"}},
	{"how much bandwidth is rule offsite-limit using now", []string{"pbs_get_admin_traffic_control"}},
	{"the offsite copy hasn't updated since tuesday", slices.Concat([]string{"pbs_get_admin_sync", "pbs_get_config_sync"}, d3PBSTasks)},
	{"namespaces of datastore tank on remote hq", []string{"pbs_get_config_remote_scan_namespaces"}},

	// PBS tape.
	{"detect the tape drives attached to the backup server", []string{"pbs_get_tape_scan_drives"}},
	{"proxmox-tape changer status sl3", []string{"pbs_get_tape_changer_status"}},
	{"lable all the new tapes in the library using their barcodes", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"update the tape inventory after loading new cartridges", []string{"pbs_put_tape_drive_inventory"}},
	{"what's on tape ABC123L9", []string{"pbs_get_tape_media_content"}},
	{"move tape ABC124L9 from slot 4 to slot 9", []string{"pbs_post_tape_changer_transfer"}},
	{"export tape ABC125L9 to the mail slot for offsite", []string{"pbs_put_tape_drive_export_media"}},
	{"mark ABC126L9 damaged", []string{"pbs_post_tape_media_list_status"}},
	{"tape ABC127L9 went to the bank vault", []string{"pbs_post_tape_media_move"}},
	{"create media pool monthly with one year retention and monthly allocation", []string{"pbs_post_config_media_pool"}},
	{"tape backup job of tank to pool weekly every friday 22:00", []string{"pbs_post_config_tape_backup_job"}},
	{"run tape job tj-weekly now", []string{"pbs_post_tape_backup_id"}},
	{"write datastore offsite to tape pool archive right now", []string{"pbs_post_tape_backup"}},
	{"restore vm/850 from media set weekly-2025-30 into tank", []string{"pbs_post_tape_restore"}},
	{"which media sets exist in pool weekly", []string{"pbs_get_tape_media_media_sets"}},
	{"lto drive status, is a tape loaded and is compression on", []string{"pbs_get_tape_drive_status"}},
	{"volume statistics of the cartridge in lto2", []string{"pbs_get_tape_drive_volume_statistics", "pbs_get_tape_drive_cartridge_memory"}},
	{"run a cleaning cartridge through drive lto2", []string{"pbs_put_tape_drive_clean"}},
	{"wipe the tape in lto1 so it can be reused", []string{"pbs_post_tape_drive_format_media"}},
	{"new tape encryption key with a password hint", []string{"pbs_post_config_tape_enc_keys"}},
	{"restore the tape encryption key from the tape in lto1", []string{"pbs_post_tape_drive_restore_key"}},
	{"configure changer sl3 with path /dev/tape/by-id/scsi-CJ0123456789-changer", []string{"pbs_post_config_changer"}},
	{"unload whatever is in lto1 back to its slot", []string{"pbs_post_tape_drive_unload", "pbs_post_tape_drive_eject_media"}},
	{"remove tape ABC128L9 from the media database entirely", []string{"pbs_get_tape_media_destroy"}},
	{"which tape is in lto2 at the moment", []string{"pbs_get_tape_drive_read_label", "pbs_get_tape_drive_status"}},
	{"tape backup jobs and when they last ran", []string{"pbs_get_tape_backup", "pbs_get_config_tape_backup_job"}},

	// PBS access.
	{"add a local user on the backup server for my colleague ana", []string{"pbs_post_access_users"}},
	{"create api token pve01 for backup@pbs", []string{"pbs_post_access_users_token_token_name"}},
	{"delete token backup@pbs!old on the backup server", []string{"pbs_delete_access_users_token_token_name"}},
	{"authorise token backup@pbs!pve01 as DatastoreBackup on /datastore/tank/clients", []string{"pbs_put_access_acl"}},
	{"who has acess to datastore offsite on pbs", []string{"pbs_get_access_acl"}},
	{"DatastorePowerUser vs DatastoreBackup, what can each do", []string{"pbs_get_access_roles"}},
	{"effective privileges of backup@pbs on /datastore/tank", []string{"pbs_get_access_permissions"}},
	{"add an AD realm to pbs for corp.example", []string{"pbs_post_config_access_ad"}},
	{"synchronise the ldap users into pbs now", []string{"pbs_post_access_domains_sync"}},
	{"enable webauthn on the backup server with rp id pbs.example.com", []string{"pbs_put_config_access_tfa_webauthn"}},
	{"recovery keys for root@pam on pbs", []string{"pbs_post_access_tfa_userid", "pbs_get_access_tfa_userid"}},
	{"unlock tfa for ana on the backup server", []string{"pbs_put_access_users_unlock_tfa"}},
	{"change the root pasword on pbs", []string{"pbs_put_access_password"}},
	{"openid realm on pbs via keycloak", []string{"pbs_post_config_access_openid"}},

	// PBS host: status, services, network, disks.
	{"how loaded is pbs01 at the moment", []string{"pbs_get_nodes_status", "pbs_get_status_metrics"}},
	{"io wait of the backup server last week", []string{"pbs_get_nodes_rrd"}},
	{"proxmox-backup-manager versions", []string{"pbs_get_nodes_apt_versions", "pbs_get_version"}},
	{"is postfix running on pbs", []string{"pbs_get_nodes_services_state", "pbs_get_nodes_services"}},
	{"shutdwon the backup server once the tape job is done", []string{"pbs_post_nodes_status"}},
	{"pbs dns servers 10.0.0.2 and 10.0.0.3", []string{"pbs_put_nodes_dns"}},
	{"give pbs a second nic with a static ip", []string{"pbs_post_nodes_network", "pbs_put_nodes_network_iface"}},
	{"apply the pending network change on the backup server", []string{"pbs_put_nodes_network"}},
	{"free drives on pbs01 I could build a datastore from", []string{"pbs_get_nodes_disks_list"}},
	{"is the hdd sdd in the pbs dying", []string{"pbs_get_nodes_disks_smart"}},
	{"make a raidz2 zfs pool out of the 6 new disks on pbs and add it as a datastore", []string{"pbs_post_nodes_disks_zfs"}},
	{"format /dev/sdg on pbs as xfs and create datastore usb2 on it", []string{"pbs_post_nodes_disks_directory"}},
	{"wipe /dev/sdh on the backup server", []string{"pbs_put_nodes_disks_wipedisk"}},
	{"zpool status of backup-pool on pbs", []string{"pbs_get_nodes_disks_zfs_name"}},
	{"datastore mount units on pbs", []string{"pbs_get_nodes_disks_directory"}},
	{"set an http proxy on pbs for updates", []string{"pbs_put_nodes_config"}},
	{"is the backup server api reachable", []string{"pbs_get_ping", "pbs_get_version"}},
	{"unique server id of pbs01", []string{"pbs_get_nodes_identity"}},

	// PBS host: updates, certificates, subscription, tasks, logs.
	{"refresh the package lists on pbs01", []string{"pbs_post_nodes_apt_update"}},
	{"switch pbs to the no-subscription repo", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories"}},
	{"changelog of proxmox-backup-server before I upgrade", []string{"pbs_get_nodes_apt_changelog"}},
	{"is the pbs subscription still valid", []string{"pbs_get_nodes_subscription", "pbs_post_nodes_subscription"}},
	{"pbs certificate renewal keeps failing, renew it now", slices.Concat([]string{"pbs_put_nodes_certificates_acme_certificate"}, d3PBSTasks)},
	{"replace the pbs cert with our wildcard certificate", []string{"pbs_post_nodes_certificates_custom"}},
	{"acme account on the backup server against the letsencrypt staging directory", []string{"pbs_post_config_acme_account"}},
	{"task log of the failed sync on pbs", d3PBSTasks},
	{"cancel the running gc task on pbs", []string{"pbs_delete_nodes_tasks_upid", "pbs_get_nodes_tasks"}},
	{"pbs journal, proxmox-backup-proxy errors", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}},
	{"pbs ssl certificate details", []string{"pbs_get_nodes_certificates_info"}},

	// PBS metrics and notifications.
	{"influxdb http metrics from pbs to 10.0.0.30 org homelab", []string{"pbs_post_config_metrics_influxdb_http"}},
	{"backup server metrics data for a dashboard", []string{"pbs_get_status_metrics"}},
	{"metric servers configured on pbs", []string{"pbs_get_admin_metrics", "pbs_get_config_metrics_influxdb_http", "pbs_get_config_metrics_influxdb_udp"}},
	{"send pbs notifications to gotify", []string{"pbs_post_config_notif_endpoints_gotify"}},
	{"mail me from pbs when a verify fails", d3PBSMail},
	{"test the pbs smtp target", []string{"pbs_post_config_notif_targets_test"}},
	{"mattermost webhook from the backup server", []string{"pbs_post_config_notif_endpoints_webhook"}},

	// Across both products.
	{"which pbs datastores can pve1 see at 10.0.0.8", []string{"pve_get_nodes_scan_pbs"}},
	{"vm 860 backups on the pbs storage, seen from pve", []string{"pve_get_nodes_storage_content", "pbs_get_admin_datastore_snapshots"}},
	{"restore vm 861 from the pbs storage pbs-tank", []string{"pve_post_nodes_qemu"}},
	{"live-restore vm 862 from pbs so it boots straight away", []string{"pve_post_nodes_qemu"}},
	{"resotre one file from ct 863's backup on pbs", d3Restore},
	{"pending upates on pve1 and on pbs01", []string{"pve_get_nodes_apt_update", "pbs_get_nodes_apt_update"}},
	{"add an encryption key to the pbs storage pbs-tank", []string{"pve_put_storage_storage"}},
	{"put the backups of this cluster into namespace cluster-a on pbs-tank", []string{"pve_put_storage_storage"}},
	{"backups to pbs fail with permission denied", []string{"pbs_get_access_permissions", "pbs_get_access_acl", "pbs_put_access_acl", "pve_get_nodes_tasks_log"}},
	{"how much space do backups of vm 864 take on the backup server", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups", "pve_get_nodes_storage_content"}},
	{"the pve storage pbs-tank shows as inactive", []string{"pve_get_nodes_storage_status", "pve_get_storage_storage", "pbs_get_admin_datastore_status"}},
	{"restore ct 865 from pbs onto local-zfs with a new id", []string{"pve_post_nodes_lxc"}},
	{"backup job to pbs every 2 hours for the database vms", []string{"pve_post_cluster_backup"}},
}

// TestDev3 scores the third development set and lists its misses. Like
// TestDev and TestDev2 it has no floor. It checks that every wanted
// operation exists and that no request repeats one of the other sets.
func TestDev3(t *testing.T) {
	scoreDevSet(t, "third development set", dev3Cases, 400, qualityCases, devCases, dev2Cases, habitCases, symptomCases)
}
