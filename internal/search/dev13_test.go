package search

import "testing"

// Development set 13 for operation search (dev13Cases): 400 requests as a
// month of Proxmox administration brings them, written before the ranking
// changes of its round. The writers are a mix of everyone who administers
// Proxmox VE clusters and Proxmox Backup Servers, in mixed styles: terse
// keywords, full sentences with context, questions, symptoms and pasted error
// messages, web UI paths, qm/pct/pvesm/pvecm/pveum/ha-manager/pvesh and
// proxmox-backup-manager/-client/proxmox-tape command lines, typos, British
// spellings and non-native English, objects named by id or by name. Everyday
// work dominates and rarer areas come up as often as they really do; about
// 65 % of the requests concern PVE and 35 % PBS. A want list holds every
// operation whose call answers the request or does what it asks.

// Shorthand want lists of development set 13.
var (
	d13Where   = []string{"pve_get_cluster_resources", "pve_get_nodes_qemu", "pve_get_nodes_lxc"}
	d13VMSet   = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d13VMGet   = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d13CTSet   = []string{"pve_put_nodes_lxc_config"}
	d13CTGet   = []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}
	d13Tasks   = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks", "pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}
	d13PBSTask = []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
	d13NodeUse = []string{"pve_get_nodes_status", "pve_get_nodes_rrddata", "pve_get_nodes_rrd"}
	d13Shell   = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
	d13PBSLog  = []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}
	d13PVELog  = []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}
)

var dev13Cases = []qualityCase{
	// PVE: what runs where, inventory.
	{"which node is vm 4012 running on at the moment", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu"}},
	{"list all containers on pve-node3", []string{"pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"how many VMs do we have in total, running vs stopped?", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu"}},
	{"I can't find the mail server VM in the tree anymore, where is it located", d13Where},
	{"find the guest named gitlab-runner-03 and give me its vmid", d13Where},
	{"pvesh get /cluster/resources --type vm --output-format json-pretty", []string{"pve_get_cluster_resources"}},
	{"qm list on node epyc1", []string{"pve_get_nodes_qemu"}},
	{"pct list on hv07, need the ids of the containers", []string{"pve_get_nodes_lxc"}},
	{"are all cluster nodes online? quick overview please", []string{"pve_get_nodes", "pve_get_cluster_status"}},
	{"first unused vmid above 4000?", []string{"pve_get_cluster_nextid"}},
	{"which guests carry the tag prod-eu", []string{"pve_get_cluster_resources"}},
	{"top memory consumers among all guests across the datacentre", []string{"pve_get_cluster_resources"}},
	{"what's inside resource pool customer-acme", []string{"pve_get_pools", "pve_get_pools_poolid"}},
	{"Is any VM still having disks on the old nfs-archive storage?", []string{"pve_get_nodes_storage_content"}},

	// PVE: start, stop, reboot, suspend.
	{"fire up vm 2101", []string{"pve_post_nodes_qemu_status_start"}},
	{"please boot container 230 on node pve2", []string{"pve_post_nodes_lxc_status_start"}},
	{"graceful shutdown of VM 5003, it's a windows box", []string{"pve_post_nodes_qemu_status_shutdown", "pve_post_nodes_qemu_agent_shutdown"}},
	{"vm 118 is completely frozen, hard stop it", []string{"pve_post_nodes_qemu_status_stop", "pve_post_nodes_qemu_status_reset"}},
	{"reboot ct 145", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"qm reset 9001", []string{"pve_post_nodes_qemu_status_reset"}},
	{"suspend the build vm 620 overnight to save cpu", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"resume 620 again", []string{"pve_post_nodes_qemu_status_resume"}},
	{"hibernate VM 410 to disk", []string{"pve_post_nodes_qemu_status_suspend", "pve_post_nodes_qemu_agent_suspend_disk"}},
	{"Before maintenance I need every guest on pve-03 stopped", []string{"pve_post_nodes_stopall", "pve_post_cluster_bulk_action_guest_shutdown"}},
	{"after the power cut, bring up everything with onboot=1 on pve1", []string{"pve_post_nodes_startall"}},
	{"my vm wont start, TASK ERROR: timeout waiting on systemd", []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks", "pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"power off container 1200 immediately", []string{"pve_post_nodes_lxc_status_stop"}},
	{"shut down ct 140 cleanly", []string{"pve_post_nodes_lxc_status_shutdown"}},
	{"can you bounce vm 777", []string{"pve_post_nodes_qemu_status_reboot"}},
	{"freeze contianer 330", []string{"pve_post_nodes_lxc_status_suspend"}},
	{"start all VMs in the lab pool at once", []string{"pve_post_cluster_bulk_action_guest_start"}},
	{"suspend every guest on node hv4", []string{"pve_post_nodes_suspendall", "pve_post_cluster_bulk_action_guest_suspend"}},
	{"VM 150 says 'VM is locked (backup)' and won't start, the backup finished hours ago", d13VMSet},
	{"send ctrl-alt-del to vm 305", []string{"pve_put_nodes_qemu_sendkey"}},

	// PVE: status and load.
	{"cpu and ram usage of vm 204 right now", []string{"pve_get_nodes_qemu_status_current", "pve_get_nodes_qemu_rrddata"}},
	{"is ct 118 running?", []string{"pve_get_nodes_lxc_status_current", "pve_get_cluster_resources"}},
	{"load average on pve-node2 over the last day", d13NodeUse},
	{"node pve4 uptime and running kernel", []string{"pve_get_nodes_status"}},
	{"graph of network traffic for VM 330, last week", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}},
	{"Which host has the most free memory for a new 32G vm?", []string{"pve_get_cluster_resources", "pve_get_nodes", "pve_get_nodes_status"}},
	{"IO delay is through the roof on pve2 since this morning", d13NodeUse},
	{"rootfs usage of container 402", []string{"pve_get_nodes_lxc_status_current"}},
	{"memory history for container 144 past month", []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}},
	{"pveversion on each node", []string{"pve_get_nodes_version", "pve_get_version", "pve_get_nodes_apt_versions"}},
	{"are we quorate? one node just dropped", []string{"pve_get_cluster_status"}},
	{"utilisation of the whole cluster, cpu and memory per node", []string{"pve_get_cluster_resources", "pve_get_nodes", "pve_get_nodes_status"}},

	// PVE: VM configuration.
	{"please how I give to vm 210 8 GB ram instead 4", d13VMSet},
	{"add 2 more cores to VM 118", d13VMSet},
	{"change the boot order of 301 so it boots from cdrom first", d13VMSet},
	{"mount the virtio-win iso in the cd drive of vm 505", d13VMSet},
	{"set vm 222 to start on boot with startup order 2", d13VMSet},
	{"tick the QEMU Guest Agent option for vm 140", d13VMSet},
	{"what's the config of VM 333", d13VMGet},
	{"qm set 120 --tags web;prod", d13VMSet},
	{"nic model virtio and vlan tag 20 on net0 of vm 700", d13VMSet},
	{"VM 404: cpu type host pls", d13VMSet},
	{"write 'owner: finance' into the notes of vm 808", d13VMSet},
	{"cloud-init: new ip for vm 9002 is 10.0.4.50/24 gw 10.0.4.1", append([]string{"pve_put_nodes_qemu_cloudinit"}, d13VMSet...)},
	{"regenerate the cloudinit drive of 9002", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"show what cloud-init user-data vm 9003 will actually get", []string{"pve_get_nodes_qemu_cloudinit_dump", "pve_get_nodes_qemu_cloudinit"}},
	{"pending changes on vm 117 that still need a reboot", []string{"pve_get_nodes_qemu_pending"}},
	{"pass through GPU 0000:41:00.0 to vm 130", d13VMSet},
	{"attach the usb dongle 1a86:7523 to VM 245", d13VMSet},
	{"wich cpu models can the vms use on this host", []string{"pve_get_nodes_capabilities_qemu_cpu"}},
	{"rename vm 150 to db-replica", d13VMSet},
	{"Hardware tab of VM 140: add a serial port for the console", d13VMSet},

	// PVE: container configuration.
	{"container 233 needs 2048 MB memory and 1024 swap", d13CTSet},
	{"pct set 150 -net0 name=eth0,bridge=vmbr1,ip=dhcp", d13CTSet},
	{"show me the config of LXC 166", d13CTGet},
	{"enable nesting and keyctl on ct 118 so docker runs", d13CTSet},
	{"hostname of container 130 should become ns2", d13CTSet},
	{"bind mount /srv/media into container 250 as mp0", d13CTSet},
	{"what IP address has container 175", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"limit ct 301 to 1.5 cpus", d13CTSet},
	{"does ct 155 have changes waiting for a restart", []string{"pve_get_nodes_lxc_pending"}},

	// PVE: disks, local storage hardware.
	{"grow disk scsi0 of vm 212 by 20G", []string{"pve_put_nodes_qemu_resize"}},
	{"resize rootfs of container 140 to 32G", []string{"pve_put_nodes_lxc_resize"}},
	{"move the disk of vm 318 from local-lvm to ceph-ssd", []string{"pve_post_nodes_qemu_move_disk"}},
	{"ct 172 rootfs onto the nfs storage 'tank'", []string{"pve_post_nodes_lxc_move_volume"}},
	{"add a second 100G disk on local-zfs to vm 411", d13VMSet},
	{"get rid of unused0 on vm 125 and delete the image", append([]string{"pve_put_nodes_qemu_unlink"}, d13VMSet...)},
	{"physical disks on pve5 with their wearout", []string{"pve_get_nodes_disks_list"}},
	{"SMART values of /dev/sdc on pve1", []string{"pve_get_nodes_disks_smart"}},
	{"create a zfs mirror from sdb and sdc on node pve3", []string{"pve_post_nodes_disks_zfs"}},
	{"zpool status rpool pve2", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs"}},
	{"wipe /dev/nvme1n1 on pve4 so I can reuse it", []string{"pve_put_nodes_disks_wipedisk"}},
	{"initialise a new disk with gpt", []string{"pve_post_nodes_disks_initgpt", "pbs_post_nodes_disks_initgpt"}},
	{"lvm-thin pool on /dev/sdd", []string{"pve_post_nodes_disks_lvmthin"}},
	{"format sde as ext4 and add it as directory storage backup-dir", []string{"pve_post_nodes_disks_directory"}},
	{"zpool on pve6 shows DEGRADED, which disk is failing", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs", "pve_get_nodes_disks_smart", "pve_get_nodes_disks_list"}},
	{"import an OVA from the import storage as new vm", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},
	{"activating LV 'pve/data' failed after reboot, thin pool gone?", []string{"pve_get_nodes_disks_lvmthin", "pve_get_nodes_disks_lvm", "pve_get_nodes_scan_lvmthin"}},

	// PVE: snapshots.
	{"snapshot vm 210 before the upgrade, name it pre-upgrade", []string{"pve_post_nodes_qemu_snapshot"}},
	{"snap ct 160 called before-php8", []string{"pve_post_nodes_lxc_snapshot"}},
	{"list snapshots of VM 318", []string{"pve_get_nodes_qemu_snapshot"}},
	{"rollback vm 210 to pre-upgrade", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"revert container 160 to its before-php8 snapshot", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"delete old snapshot 'test1' of vm 500", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"qm snapshot 105 nightly --vmstate 1", []string{"pve_post_nodes_qemu_snapshot"}},
	{"remove all snapshtos of ct 171", []string{"pve_get_nodes_lxc_snapshot", "pve_delete_nodes_lxc_snapshot_snapname"}},
	{"edit the description of snapshot pre-upgrade on 210", []string{"pve_put_nodes_qemu_snapshot_config"}},
	{"can vm 330 be snapshotted at all, it has a raw passthrough disk", []string{"pve_get_nodes_qemu_feature"}},
	{"snapshot removal hangs, vm 222 stays locked with snapshot-delete", append([]string{"pve_delete_nodes_qemu_snapshot_snapname"}, d13VMSet...)},

	// PVE: backups and restores.
	{"backup vm 300 now to pbs-store, snapshot mode", []string{"pve_post_nodes_vzdump"}},
	{"vzdump 140 --mode stop --storage local --compress zstd", []string{"pve_post_nodes_vzdump"}},
	{"nightly backup job at 02:00 for all guests to pbs01", []string{"pve_post_cluster_backup"}},
	{"which guests are not covered by any backup job?", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"Datacenter > Backup: list the scheduled jobs", []string{"pve_get_cluster_backup"}},
	{"set retention of job backup-5d2a to keep-daily 7, keep-weekly 4", []string{"pve_put_cluster_backup_id"}},
	{"disable the weekly backup job for now", []string{"pve_put_cluster_backup_id"}},
	{"restore vm 201 from vzdump-qemu-201-2024_05_01-01_00_03.vma.zst", []string{"pve_post_nodes_qemu"}},
	{"restor a container backup to new ct id 260 on local-zfs", []string{"pve_post_nodes_lxc"}},
	{"backups of vm 115 on storage nas-backup", []string{"pve_get_nodes_storage_content"}},
	{"delete the march backup file of ct 120", []string{"pve_delete_nodes_storage_content_volume", "pve_get_nodes_storage_content"}},
	{"ERROR: Backup of VM 103 failed - job failed with err -5 - Input/output error", d13Tasks},
	{"when does the daily-prod backup job run next", []string{"pve_get_cluster_jobs_schedule_analyze", "pve_get_cluster_backup_id", "pve_get_cluster_backup"}},
	{"which disks of vm 402 does job backup-abc include", []string{"pve_get_cluster_backup_included_volumes"}},
	{"prune backups on storage local, keep-last 3 for vm 130", []string{"pve_delete_nodes_storage_prunebackups", "pve_get_nodes_storage_prunebackups"}},
	{"preview what a prune would remove on nas-backup", []string{"pve_get_nodes_storage_prunebackups"}},
	{"extract the config from a vzdump archive to see which disks it had", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"mark backup vzdump-lxc-105-2024_06_01-00_00_01.tar.zst as protected", []string{"pve_put_nodes_storage_content_volume"}},
	{"restore /etc/nginx/nginx.conf alone from the pbs backup of VM 220", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"any backups running right now?", []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks", "pbs_get_nodes_tasks"}},
	{"kill the running vzdump task on pve3", []string{"pve_delete_nodes_tasks_upid", "pve_get_nodes_tasks"}},
	{"add vm 480 to the existing nightly backup job", []string{"pve_put_cluster_backup_id"}},

	// PVE: storage and its content.
	{"upload ubuntu-24.04-live-server-amd64.iso to local", []string{"pve_post_nodes_storage_upload"}},
	{"fetch the debian 12 netinst iso straight from the url into iso-store", []string{"pve_post_nodes_storage_download_url", "pve_get_nodes_query_url_metadata"}},
	{"ISO images on storage local of pve1", []string{"pve_get_nodes_storage_content"}},
	{"add the NFS share 192.168.10.5:/export/pve as storage for backups and isos", []string{"pve_post_storage", "pve_get_nodes_scan_nfs"}},
	{"what exports does 10.0.0.20 offer over nfs", []string{"pve_get_nodes_scan_nfs"}},
	{"mount the synology SMB share as a storage", []string{"pve_post_storage", "pve_get_nodes_scan_cifs"}},
	{"usage of all storages", []string{"pve_get_nodes_storage", "pve_get_cluster_resources"}},
	{"is ceph-rbd storage nearly full? percentage please", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage", "pve_get_cluster_resources"}},
	{"disable storage old-nas on all nodes", []string{"pve_put_storage_storage"}},
	{"pvesm remove temp-iscsi", []string{"pve_delete_storage_storage"}},
	{"restrict local-zfs to nodes pve1 and pve2", []string{"pve_put_storage_storage"}},
	{"allow container templates on the cephfs storage", []string{"pve_put_storage_storage"}},
	{"download the lxc template debian-12-standard", []string{"pve_post_nodes_aplinfo", "pve_get_nodes_aplinfo"}},
	{"turnkey appliance templates on offer for node pve2", []string{"pve_get_nodes_aplinfo"}},
	{"delete old-win10.iso from local", []string{"pve_delete_nodes_storage_content_volume"}},
	{"storage.cfg entry of pbs-main", []string{"pve_get_storage_storage"}},
	{"add pbs datastore store1 on backup.example.com as storage", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"pull the docker image nginx:latest as lxc template", []string{"pve_post_nodes_storage_oci_registry_pull", "pve_get_nodes_query_oci_repo_tags"}},
	{"storage 'local-lvm' does not exist on node pve4 when migrating", []string{"pve_get_storage_storage", "pve_put_storage_storage", "pve_get_nodes_storage"}},
	{"pvesm status -content backup", []string{"pve_get_nodes_storage"}},

	// PVE: tasks and logs.
	{"recent tasks in the cluster that failed", []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}},
	{"show the log of UPID:pve1:0003A1B2:01C2D3E4:66A1B2C3:qmstart:101:root@pam:", []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}},
	{"syslog of pve2 from this morning", d13PVELog},
	{"journalctl -u pveproxy since yesterday on pve-node1", d13PVELog},
	{"cluster log, who did what lately", []string{"pve_get_cluster_log"}},
	{"migration task of vm 140 still going?", []string{"pve_get_nodes_tasks_status", "pve_get_nodes_tasks", "pve_get_cluster_tasks"}},
	{"abort task UPID:pve3:00123ABC:0456DEF0:66B00000:vzdump::root@pam:, it hangs", []string{"pve_delete_nodes_tasks_upid"}},
	{"firewall log for vm 150", []string{"pve_get_nodes_qemu_firewall_log"}},
	{"system report of pve2 for the support ticket", []string{"pve_get_nodes_report"}},
	{"errors in the journal of pve5 around 03:00", d13PVELog},

	// PVE: nodes, services, network.
	{"web ui hangs on pve1 - restart pveproxy", []string{"pve_post_nodes_services_restart"}},
	{"pvestatd alive on pve7? graphs are grey", []string{"pve_get_nodes_services", "pve_get_nodes_services_state"}},
	{"reboot node pve4", []string{"pve_post_nodes_status"}},
	{"shut down host pve-lab once everything has been migrated off", []string{"pve_post_nodes_migrateall", "pve_post_nodes_status"}},
	{"evacuate all vms from pve3 to pve1", []string{"pve_post_nodes_migrateall"}},
	{"vlan-aware bridge vmbr1 on eno2", []string{"pve_post_nodes_network"}},
	{"network interfaces of node pve2", []string{"pve_get_nodes_network"}},
	{"the staged interface changes, apply them now with ifreload", []string{"pve_put_nodes_network", "pbs_put_nodes_network"}},
	{"undo the network change I just staged on pve3", []string{"pve_delete_nodes_network"}},
	{"change the IP of vmbr0 on pve2 to 192.168.1.12/24", []string{"pve_put_nodes_network_iface"}},
	{"create a bond of eno1 and eno2 in LACP mode", []string{"pve_post_nodes_network", "pbs_post_nodes_network"}},
	{"dns servers configured on pve1", []string{"pve_get_nodes_dns"}},
	{"timezone of pve3 to Europe/Berlin", []string{"pve_put_nodes_time"}},
	{"/etc/hosts of node pve1", []string{"pve_get_nodes_hosts"}},
	{"wake node pve-cold via WOL", []string{"pve_post_nodes_wakeonlan"}},
	{"open a root shell on pve2", d13Shell},
	{"PCI devices on pve1, looking for the nvidia card", []string{"pve_get_nodes_hardware_pci"}},
	{"the time of pve3 is correct or not?", []string{"pve_get_nodes_time"}},
	{"Node > System > Services: start chrony on pve4", []string{"pve_post_nodes_services_start"}},

	// PVE: updates and subscriptions.
	{"any updates pending on pve2?", []string{"pve_get_nodes_apt_update"}},
	{"apt-get update on pve1", []string{"pve_post_nodes_apt_update"}},
	{"changelog of the pve-manager update", []string{"pve_get_nodes_apt_changelog"}},
	{"switch from the enterprise repo to no-subscription", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories", "pve_get_nodes_apt_repositories"}},
	{"apt update fails with 401 Unauthorized from enterprise.proxmox.com", []string{"pve_get_nodes_apt_repositories", "pve_post_nodes_apt_repositories", "pve_get_nodes_subscription"}},
	{"subscription status of every node", []string{"pve_get_nodes_subscription"}},
	{"enter the subscription key pve2c-1234567890 on pve1", []string{"pve_put_nodes_subscription"}},
	{"re-check the subscription after renewing the licence", []string{"pve_post_nodes_subscription", "pbs_post_nodes_subscription"}},
	{"which repositories are configured on pve3", []string{"pve_get_nodes_apt_repositories"}},

	// PVE: users and permissions.
	{"create user bob@pve with email bob@corp.com", []string{"pve_post_access_users"}},
	{"list all users and whether they are enabled", []string{"pve_get_access_users", "pbs_get_access_users"}},
	{"group devops-team should get PVEVMAdmin on /pool/dev-k8s", []string{"pve_put_access_acl"}},
	{"what permissions does carol@ldap have on /vms/120", []string{"pve_get_access_permissions"}},
	{"terraform@pve needs an API token, privsep=0", []string{"pve_post_access_users_token_tokenid"}},
	{"revoke token ci@pve!gitlab", []string{"pve_delete_access_users_token_tokenid"}},
	{"reset the password of dave@pve", []string{"pve_put_access_password"}},
	{"disable user eve@pve", []string{"pve_put_access_users_userid"}},
	{"custom role having only VM.PowerMgmt and VM.Console", []string{"pve_post_access_roles"}},
	{"print each role with the privileges it bundles", []string{"pve_get_access_roles", "pbs_get_access_roles"}},
	{"add an LDAP realm for corp.local", []string{"pve_post_access_domains", "pbs_post_config_access_ldap"}},
	{"sync users from the AD realm now", []string{"pve_post_access_domains_sync", "pbs_post_access_domains_sync"}},
	{"user locked out after too many TOTP failures, please unlock", []string{"pve_put_access_users_unlock_tfa", "pbs_put_access_users_unlock_tfa"}},
	{"remove the lost yubikey of frank@pve", []string{"pve_delete_access_tfa_id", "pve_get_access_tfa_userid"}},
	{"who has access to /storage/pbs-main", []string{"pve_get_access_acl"}},
	{"put gina@pve into group ops", []string{"pve_put_access_users_userid"}},
	{"pveum group add helpdesk", []string{"pve_post_access_groups"}},
	{"Permission check failed (/vms/130, VM.Console) for user intern@pve", []string{"pve_get_access_permissions", "pve_get_access_acl", "pve_put_access_acl"}},

	// PVE: create, clone, migrate, destroy.
	{"live migrate vm 140 to pve3", []string{"pve_post_nodes_qemu_migrate", "pve_get_nodes_qemu_migrate"}},
	{"migarte ct 166 to pve1 in restart mode", []string{"pve_post_nodes_lxc_migrate"}},
	{"vm 330 has local disks, can it still be migrated?", []string{"pve_get_nodes_qemu_migrate"}},
	{"full clone of template 9000 as vm 321 named web-05", []string{"pve_post_nodes_qemu_clone"}},
	{"convert vm 9001 into a templete", []string{"pve_post_nodes_qemu_template"}},
	{"move vm 410 over to the other cluster", []string{"pve_post_nodes_qemu_remote_migrate"}},
	{"new VM 500: 4 cores, 8G, 50G disk on local-lvm, ubuntu iso", []string{"pve_post_nodes_qemu"}},
	{"new debian 12 container with 2 cores and 20G disk", []string{"pve_post_nodes_lxc"}},
	{"destroy vm 999 and purge it from jobs", []string{"pve_delete_nodes_qemu_vmid"}},
	{"delete container 305", []string{"pve_delete_nodes_lxc_vmid"}},
	{"unable to create VM 100 - volume already exists, how do i find the leftover", []string{"pve_get_nodes_storage_content", "pve_delete_nodes_storage_content_volume"}},

	// PVE: ceph.
	{"ceph health detail says HEALTH_WARN, what is wrong", []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},
	{"set the noout flag, I reboot ceph node pve2 in 5 min", []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}},
	{"osd.12 is down, show the osd tree", []string{"pve_get_nodes_ceph_osd"}},
	{"pveceph osd create /dev/sdf on pve3", []string{"pve_post_nodes_ceph_osd"}},
	{"mark osd 7 out", []string{"pve_post_nodes_ceph_osd_out"}},
	{"raise pg_num of pool vm-pool to 256", []string{"pve_put_nodes_ceph_pool_name"}},
	{"per-pool usage in ceph, rbd-ssd and rbd-hdd", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_status"}},
	{"it is safe if I stop osd.3?", []string{"pve_get_nodes_ceph_cmd_safety"}},

	// PVE: HA.
	{"vm 1003 should be HA managed with max_restart 2", []string{"pve_post_cluster_ha_resources"}},
	{"ha-manager status -v, lrm of pve3 looks idle", []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}},
	{"HA resource vm:100 is in error state, how do I clear it", []string{"pve_put_cluster_ha_resources_sid"}},
	{"vms should prefer pve1 and pve2 under HA", []string{"pve_post_cluster_ha_rules", "pve_post_cluster_ha_groups"}},
	{"ha-manager migrate vm:200 pve3", []string{"pve_post_cluster_ha_resources_migrate"}},
	{"keep vm 301 and 302 on different nodes", []string{"pve_post_cluster_ha_rules"}},

	// PVE: SDN.
	{"create an sdn vxlan zone with peers 10.0.0.1,10.0.0.2", []string{"pve_post_cluster_sdn_zones"}},
	{"vnet dmz with tag 300 in zone vlanzone", []string{"pve_post_cluster_sdn_vnets"}},
	{"SDN shows pending changes in yellow, apply them", []string{"pve_put_cluster_sdn"}},
	{"subnet 10.50.0.0/24 with a dhcp range on vnet dmz", []string{"pve_post_cluster_sdn_vnets_subnets"}},

	// PVE: firewall.
	{"allow ssh from 10.0.0.0/8 to vm 130 in the firewall", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"turn the datacenter firewall on", []string{"pve_put_cluster_firewall_options"}},
	{"ipset blocklist with 203.0.113.0/24 in it", []string{"pve_post_cluster_firewall_ipset", "pve_post_cluster_firewall_ipset_name"}},
	{"security group webservers accepting http and https", []string{"pve_post_cluster_firewall_groups", "pve_post_cluster_firewall_groups_group"}},
	{"firewall on ct 150 enabled?", []string{"pve_get_nodes_lxc_firewall_options"}},
	{"drop rule #3 from the firewall of vm 130", []string{"pve_delete_nodes_qemu_firewall_rules_pos"}},

	// PVE: certificates and ACME.
	{"pve1 ssl certificate expiry date", []string{"pve_get_nodes_certificates_info"}},
	{"order a let's encrypt cert for pve1.example.com", []string{"pve_post_nodes_certificates_acme_certificate", "pve_put_nodes_config"}},
	{"register an acme account at letsencrypt", []string{"pve_post_cluster_acme_account", "pbs_post_config_acme_account"}},
	{"upload our wildcard certificate and key to node pve3", []string{"pve_post_nodes_certificates_custom"}},

	// PVE: notifications and metrics.
	{"backup failures should mail ops@corp.com through our smtp relay", []string{"pve_post_cluster_notif_endpoints_smtp", "pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}},
	{"send a test to notification target mail-to-root", []string{"pve_post_cluster_notif_targets_test", "pbs_post_config_notif_targets_test"}},
	{"gotify push for HA fencing events", []string{"pve_post_cluster_notif_endpoints_gotify", "pve_post_cluster_notif_matchers"}},
	{"notification matchers list", []string{"pve_get_cluster_notif_matchers", "pbs_get_config_notif_matchers"}},
	{"ship metrics to influxdb 10.0.5.5 on udp 8089", []string{"pve_post_cluster_metrics_server_id", "pbs_post_config_metrics_influxdb_udp"}},

	// PVE: replication, cluster, console, agent, pools, mappings.
	{"storage replication of vm 1006 to pve2 each 15 min", []string{"pve_post_cluster_replication"}},
	{"replication 100-0 keeps failing, log please", []string{"pve_get_nodes_replication_log", "pve_get_nodes_replication_status"}},
	{"run replication job 101-0 right away", []string{"pve_post_nodes_replication_schedule_now"}},
	{"pvecm create cluster-fra1", []string{"pve_post_cluster_config"}},
	{"copy the join information (fingerprint, ip) so pve8 can be added", []string{"pve_get_cluster_config_join"}},
	{"join pve5 to the cluster with link0 10.0.0.5", []string{"pve_post_cluster_config_join"}},
	{"remove the dead node pve6 from the cluster", []string{"pve_delete_cluster_config_nodes_node"}},
	{"qnetd / qdevice connected? two-node setup", []string{"pve_get_cluster_config_qdevice"}},
	{"migration network 10.10.10.0/24 in the datacenter options", []string{"pve_put_cluster_options"}},
	{"noVNC console of vm 210", []string{"pve_post_nodes_qemu_vncproxy", "pve_get_nodes_qemu_vncwebsocket"}},
	{"xterm.js console for ct 140", []string{"pve_post_nodes_lxc_termproxy"}},
	{"run 'systemctl restart nginx' inside vm 220 through the agent", []string{"pve_post_nodes_qemu_agent_exec", "pve_get_nodes_qemu_agent_exec_status"}},
	{"ip adresses the guest agent reports for vm 140", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"is the qemu agent in vm 305 responding", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"fstrim vm 410 to reclaim thin space", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"change the root password inside vm 200 via qga", []string{"pve_post_nodes_qemu_agent_set_user_password"}},
	{"resource pool lab containing vms 400-410", []string{"pve_post_pools", "pve_put_pools"}},
	{"cluster-wide PCI mapping for the GPUs so the vms can migrate", []string{"pve_post_cluster_mapping_pci"}},
	{"virtiofs share /mnt/share for vms, directory mapping", []string{"pve_post_cluster_mapping_dir"}},

	// PVE side of PBS.
	{"pbs storage on pve: error fetching datastores - fingerprint mismatch", []string{"pve_put_storage_storage", "pbs_get_nodes_certificates_info"}},
	{"point the pve storage pbs-store at namespace prod", []string{"pve_put_storage_storage"}},
	{"restore vm 120 from yesterday's backup on the pbs", []string{"pve_post_nodes_qemu", "pve_get_nodes_storage_content"}},

	// PBS: datastores.
	{"what datastores exist on pbs-fra", []string{"pbs_get_admin_datastore", "pbs_get_config_datastore"}},
	{"datastore store-hdd how full, used vs avail", []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}},
	{"usage and estimated full date of all datastores", []string{"pbs_get_status_datastore_usage"}},
	{"create a datastore offsite at /mnt/datastore/offsite", []string{"pbs_post_config_datastore"}},
	{"proxmox-backup-manager datastore update store1 --gc-schedule 'sat 03:00'", []string{"pbs_put_config_datastore_name"}},
	{"put datastore store2 in read-only maintenance mode", []string{"pbs_put_config_datastore_name"}},
	{"datastore config of store1 incl. gc schedule and notify settings", []string{"pbs_get_config_datastore_name"}},
	{"remove datastore test-ds from the config but keep the data", []string{"pbs_delete_config_datastore_name"}},
	{"mount the removable usb datastore usb-weekly", []string{"pbs_post_admin_datastore_mount"}},
	{"unmount usb-weekly, I want to pull the drive", []string{"pbs_post_admin_datastore_unmount"}},
	{"throughput graph of datastore store1", []string{"pbs_get_admin_datastore_rrd"}},
	{"active readers and writers on store1 before maintenance", []string{"pbs_get_admin_datastore_active_operations"}},
	{"raidz2 zpool from six disks on the pbs for a new datastore", []string{"pbs_post_nodes_disks_zfs"}},
	{"fresh disk in the backup box: ext4 directory plus datastore on it", []string{"pbs_post_nodes_disks_directory"}},
	{"Datastore 'store1' is in maintenance mode - backups fail, how to switch it back", []string{"pbs_put_config_datastore_name", "pbs_get_config_datastore_name"}},
	{"datastroe list with their paths", []string{"pbs_get_config_datastore", "pbs_get_admin_datastore"}},

	// PBS: snapshots, groups, notes, ownership.
	{"backup snapshots of vm/100 in store1", []string{"pbs_get_admin_datastore_snapshots"}},
	{"backup groups in datastore store1, namespace prod", []string{"pbs_get_admin_datastore_groups"}},
	{"delete snapshot vm/120/2024-05-01T02:00:00Z", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"drop the whole backup group ct/105 from store1", []string{"pbs_delete_admin_datastore_groups"}},
	{"keep the last backup of vm 300 on pbs forever, prune must not touch it", []string{"pbs_put_admin_datastore_protected"}},
	{"is snapshot host/fileserver/2024-06-30T22:00:00Z protected", []string{"pbs_get_admin_datastore_protected", "pbs_get_admin_datastore_snapshots"}},
	{"comment on backup group vm/401: 'legacy ERP, keep'", []string{"pbs_put_admin_datastore_group_notes"}},
	{"change owner of group vm/200 to sync@pbs", []string{"pbs_post_admin_datastore_change_owner"}},
	{"files inside snapshot host/web01/2024-06-01T01:00:00Z", []string{"pbs_get_admin_datastore_files"}},
	{"latest backup of ct 150 on the PBS, when was it taken", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups"}},
	{"how much space takes the backup of vm 500 on pbs", []string{"pbs_get_admin_datastore_snapshots"}},
	{"backup group has wrong owner: 'backup owner check failed (root@pam != backup@pbs!pve)'", []string{"pbs_post_admin_datastore_change_owner", "pbs_get_admin_datastore_groups"}},
	{"upload the client log into the snapshot after the backup", []string{"pbs_post_admin_datastore_upload_backup_log"}},

	// PBS: prune.
	{"prune job for store1 keep-daily 14 keep-monthly 6", []string{"pbs_post_config_prune"}},
	{"what prune jobs are set up on pbs-fra", []string{"pbs_get_config_prune", "pbs_get_admin_prune"}},
	{"run prune job prune-store1 now", []string{"pbs_post_admin_prune_run"}},
	{"dry-run prune of group vm/100 with keep-last 2", []string{"pbs_post_admin_datastore_prune"}},
	{"prune the entire datastore store2, keep-weekly 8", []string{"pbs_post_admin_datastore_prune_datastore"}},
	{"daily-prune should run at 04:00 instead", []string{"pbs_put_config_prune_id"}},
	{"delete the prune job old-prune", []string{"pbs_delete_config_prune_id"}},
	{"last run and result of the prune job", []string{"pbs_get_admin_prune", "pbs_get_admin_prune_id"}},
	{"Datastore > Prune & GC jobs: retention settings of store3", []string{"pbs_get_config_prune", "pbs_get_config_prune_id"}},

	// PBS: garbage collection.
	{"garbage collect store-hdd right now", []string{"pbs_post_admin_datastore_gc"}},
	{"GC status of store1 - how much did it remove", []string{"pbs_get_admin_datastore_gc"}},
	{"gc jobs of all datastores and their next run", []string{"pbs_get_admin_gc"}},
	{"garbadge collection did not free any space after I deleted snapshots", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc", "pbs_post_admin_datastore_gc"}},
	{"schedule gc daily at 21:00 on store2", []string{"pbs_put_config_datastore_name"}},
	{"TASK ERROR: unable to get exclusive lock - another garbage collection is already running", []string{"pbs_get_admin_datastore_gc", "pbs_get_nodes_tasks"}},

	// PBS: verification.
	{"verify all backups on store1 now", []string{"pbs_post_admin_datastore_verify"}},
	{"verify job each sunday, ignore snaps verified less than 30 days ago", []string{"pbs_post_config_verify"}},
	{"verification jobs and their last state", []string{"pbs_get_admin_verify", "pbs_get_config_verify"}},
	{"kick off verify job v-hdd-weekly", []string{"pbs_post_admin_verify_run"}},
	{"verify failed on vm/102, chunk missing - what happened", []string{"pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks", "pbs_post_admin_datastore_verify"}},
	{"verify only group ct/110", []string{"pbs_post_admin_datastore_verify"}},
	{"verify job should run every saturday", []string{"pbs_put_config_verify_id"}},

	// PBS: remotes, sync, push and pull.
	{"add remote pbs-offsite with fingerprint and auth id sync@pbs!tok", []string{"pbs_post_config_remote"}},
	{"sync job pulling store1 from pbs-main every hour", []string{"pbs_post_config_sync"}},
	{"sync jobs and last run state", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"trigger the s-offsite-2 sync job manually", []string{"pbs_post_admin_sync_run"}},
	{"push the local datastore to the offsite remote", []string{"pbs_post_push", "pbs_post_config_sync"}},
	{"one-off pull of a datastore from a remote without a job", []string{"pbs_post_pull"}},
	{"what datastores does remote pbs-offsite have", []string{"pbs_get_config_remote_scan"}},
	{"new token secret for remote pbs-offsite", []string{"pbs_put_config_remote_name"}},
	{"sync job deleted vanished snapshots on the target, turn that off", []string{"pbs_put_config_sync_id"}},
	{"cap the sync at 50 MB/s", []string{"pbs_put_config_sync_id", "pbs_post_config_traffic_control"}},
	{"backup groups on remote pbs-offsite store1", []string{"pbs_get_config_remote_scan_groups"}},
	{"remotes configured on the backup server", []string{"pbs_get_config_remote"}},

	// PBS: restore and download.
	{"download /etc/fstab from the host backup of web01", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"browse the pxar catalog of host/nas01 latest backup", []string{"pbs_get_admin_datastore_catalog"}},
	{"fetch index.json.blob of snapshot vm/130/2024-07-02T03:00:00Z", []string{"pbs_get_admin_datastore_download", "pbs_get_admin_datastore_download_decoded"}},
	{"proxmox-backup-client restore host/db01/2024-06-01T00:00:00Z root.pxar /restore", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},

	// PBS: tasks and logs.
	{"failed backups on pbs in the last 24h", []string{"pbs_get_nodes_tasks"}},
	{"log of the last gc task on the backup server", d13PBSTask},
	{"a sync task on pbs has been running 9 hours, stop it", []string{"pbs_delete_nodes_tasks_upid", "pbs_get_nodes_tasks"}},
	{"proxmox-backup-proxy journal errors", d13PBSLog},
	{"syslog on pbs01", d13PBSLog},
	{"backup write data failed: pipelined request failed: permission check failed", []string{"pbs_get_access_permissions", "pbs_get_access_acl", "pbs_get_nodes_tasks_log"}},

	// PBS: the host.
	{"systemctl restart proxmox-backup-proxy on pbs-fra", []string{"pbs_post_nodes_services_restart"}},
	{"systemd units of the backup server and their state", []string{"pbs_get_nodes_services"}},
	{"reboot pbs-fra after the kernel update", []string{"pbs_post_nodes_status"}},
	{"cpu, memory and root disk of the pbs host", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd"}},
	{"second 10G nic on the backup server for sync traffic", []string{"pbs_post_nodes_network", "pbs_put_nodes_network_iface"}},
	{"on backup server I want to put dns 10.0.0.53", []string{"pbs_put_nodes_dns"}},
	{"pbs timezone to UTC", []string{"pbs_put_nodes_time"}},
	{"SMART of sdb in the pbs", []string{"pbs_get_nodes_disks_smart"}},
	{"pbs system report for a forum post", []string{"pbs_get_nodes_report"}},
	{"http proxy for the backup server", []string{"pbs_put_nodes_config"}},
	{"pbs01 nics and bridges", []string{"pbs_get_nodes_network"}},
	{"disks in pbs02 and what they're used for", []string{"pbs_get_nodes_disks_list"}},

	// PBS: updates and subscription.
	{"pbs updates available?", []string{"pbs_get_nodes_apt_update"}},
	{"refresh apt on the backup server", []string{"pbs_post_nodes_apt_update"}},
	{"enable pbs-no-subscription repository", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories"}},
	{"which version is pbs running", []string{"pbs_get_version", "pbs_get_nodes_apt_versions"}},
	{"set pbs subscription key", []string{"pbs_put_nodes_subscription"}},
	{"what changed in the new proxmox-backup-server package (changelog)", []string{"pbs_get_nodes_apt_changelog"}},

	// PBS: users, tokens, permissions, realms.
	{"local pbs user pve-writer@pbs for the cluster backups", []string{"pbs_post_access_users"}},
	{"api token on pbs for pve to use", []string{"pbs_post_access_users_token_token_name"}},
	{"DatastoreBackup role on /datastore/store-hdd for token pve-writer@pbs!cluster", []string{"pbs_put_access_acl"}},
	{"permisions of token backup@pbs!pve", []string{"pbs_get_access_permissions"}},
	{"dump every acl entry on the backup server", []string{"pbs_get_access_acl"}},
	{"hook the backup server to openldap ldap.corp.example as a realm", []string{"pbs_post_config_access_ldap"}},
	{"users from AD realm on backup server, sync them", []string{"pbs_post_access_domains_sync"}},
	{"keycloak sso login for the backup server via openid", []string{"pbs_post_config_access_openid"}},
	{"disable the pbs user old-admin@pbs", []string{"pbs_put_access_users_userid"}},
	{"delete the token of a departed user on pbs", []string{"pbs_delete_access_users_token_token_name"}},
	{"enrol a totp second factor for admin@pbs", []string{"pbs_post_access_tfa_userid"}},
	{"webauthn rp id and origin on pbs-fra", []string{"pbs_put_config_access_tfa_webauthn", "pbs_get_config_access_tfa_webauthn"}},
	{"Change password of backup@pbs user please", []string{"pbs_put_access_password"}},

	// PBS: namespaces.
	{"create namespace prod/cluster-a in store1", []string{"pbs_post_admin_datastore_namespace"}},
	{"namespaces that exist under store-hdd", []string{"pbs_get_admin_datastore_namespace"}},
	{"move group vm/100 into namespace archive", []string{"pbs_post_admin_datastore_move_group"}},
	{"delete namespace old-lab together with its backups", []string{"pbs_delete_admin_datastore_namespace"}},
	{"rename namespace test to staging", []string{"pbs_post_admin_datastore_move_namespace"}},

	// PBS: tape.
	{"label the new tapes in the changer by barcode", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"tape backup job: store1 to media pool weekly", []string{"pbs_post_config_tape_backup_job"}},
	{"status of tape drive lto8", []string{"pbs_get_tape_drive_status"}},
	{"changer slots and which tape is where", []string{"pbs_get_tape_changer_status", "pbs_get_tape_drive_inventory"}},
	{"proxmox-tape restore a media set to store1", []string{"pbs_post_tape_restore", "pbs_get_tape_media_media_sets"}},
	{"eject the cartridge from lto8-a", []string{"pbs_post_tape_drive_eject_media", "pbs_post_tape_drive_unload"}},
	{"tapes in media pool monthly", []string{"pbs_get_tape_media_list"}},
	{"start tape job tb-weekly-full ahead of schedule", []string{"pbs_post_tape_backup_id"}},

	// PBS: notifications, certificates, metrics.
	{"pbs should email me when a verify fails", []string{"pbs_post_config_notif_endpoints_smtp", "pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name", "pbs_post_config_notif_endpoints_sendmail"}},
	{"pbs: send test notification to target gotify-ops", []string{"pbs_post_config_notif_targets_test"}},
	{"gc notifications on pbs go nowhere", []string{"pbs_get_config_notif_matchers", "pbs_get_config_notif_targets", "pbs_put_config_datastore_name"}},
	{"webhook to our teams channel for notifications", []string{"pve_post_cluster_notif_endpoints_webhook", "pbs_post_config_notif_endpoints_webhook"}},
	{"fingerprint of the pbs certificate for pve storage", []string{"pbs_get_nodes_certificates_info"}},
	{"letsencrypt on pbs", []string{"pbs_post_nodes_certificates_acme_certificate", "pbs_put_nodes_config"}},
	{"upload a custom cert to pbs", []string{"pbs_post_nodes_certificates_custom"}},
	{"pbs stats to influxdb over http", []string{"pbs_post_config_metrics_influxdb_http"}},
	{"prometheus metrics of pbs", []string{"pbs_get_status_metrics"}},

	// PBS: S3, traffic control, keys.
	{"s3 endpoint for backblaze b2 on pbs", []string{"pbs_post_config_s3"}},
	{"list buckets of the s3 endpoint", []string{"pbs_get_config_s3_list_buckets"}},
	{"datastore backed by an s3 bucket", []string{"pbs_post_config_datastore"}},
	{"s3 endpoint wasabi-eu reachable? run the check", []string{"pbs_put_admin_s3_check"}},
	{"s3-backed datastore s3-archive: resync the local cache from the bucket", []string{"pbs_put_admin_datastore_s3_refresh"}},
	{"limit backup traffic from 10.0.0.0/16 to 100MB/s during business hours", []string{"pbs_post_config_traffic_control"}},
	{"encryption keys on pbs", []string{"pbs_get_config_enc_keys", "pbs_get_config_tape_enc_keys"}},
}

// TestDev13 scores development set 13 and lists its misses. Like TestDev it has no floor.
func TestDev13(t *testing.T) {
	scoreDevSet(t, "development set 13", dev13Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, dev6Cases, dev7Cases, dev8Cases, dev9Cases, dev10Cases, dev11Cases, dev12Cases, habitCases, symptomCases)
}
