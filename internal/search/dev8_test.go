package search

import "testing"

// Development set 8: 400 requests for operation search, written before the
// ranking changes of its round. They read like a month of messages from
// people who run Proxmox VE clusters and Proxmox Backup Servers and write in
// a hurry or in their second language: chat fragments without articles,
// German-, French-, Spanish- and Polish-influenced word order, GUI labels as
// the web interfaces show them, and the odd typo. Half of the requests are
// about the Backup Server. Everyday work dominates (what runs where, power
// actions, status, guest configuration, disks, snapshots, backups and
// restores, storage, tasks, nodes, updates, users and permissions,
// datastores, prune, garbage collection, verify and sync); ceph, HA, SDN,
// firewall, certificates, notifications, tape, metrics and S3 come up as
// often as they do in practice. A want list names every operation whose call
// answers the request or does what it asks.

// Shorthand want lists of the eighth development set.
var (
	d8VMSet    = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d8CTSet    = []string{"pve_put_nodes_lxc_config"}
	d8Res      = []string{"pve_get_cluster_resources"}
	d8Tasks    = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d8PVEStore = []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage", "pve_get_cluster_resources"}
	d8PBSTasks = []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
	d8Usage    = []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}
	d8Snaps    = []string{"pbs_get_admin_datastore_snapshots"}
	d8Groups   = []string{"pbs_get_admin_datastore_groups"}
	d8DSSet    = []string{"pbs_put_config_datastore_name"}
	d8GCState  = []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc", "pbs_get_admin_gc_store"}
	d8SyncSet  = []string{"pbs_put_config_sync_id"}
	d8PBSACL   = []string{"pbs_put_access_acl"}
)

var dev8Cases = []qualityCase{
	// PVE: what runs where.
	{"on which node is running vm 214 now", d8Res},
	{"all vms and cts of cluster with state, in one list pls", d8Res},
	{"containers on pve3 list", []string{"pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"show only running vms from node hv02", []string{"pve_get_nodes_qemu", "pve_get_cluster_resources"}},
	{"where are my guests with tag prod, I dont remember the nodes", d8Res},
	{"next free vmid for new machine?", []string{"pve_get_cluster_nextid"}},
	{"how many nodes has the cluster and are all online", []string{"pve_get_cluster_status", "pve_get_nodes"}},
	{"what is inside of resource pool kunde-a", []string{"pve_get_pools", "pve_get_pools_poolid"}},
	{"vm with name gitlab-runner, which id it has", d8Res},
	{"Datacenter > Summary: total cpu, ram and storage of cluster", []string{"pve_get_cluster_resources", "pve_get_cluster_status"}},

	// PVE: power actions.
	{"pls start vm 101 on pve1, it is down since the night", []string{"pve_post_nodes_qemu_status_start"}},
	{"ct 230 stop immediately it eats all cpu", []string{"pve_post_nodes_lxc_status_stop"}},
	{"reboot windows vm 140 gracefuly", []string{"pve_post_nodes_qemu_status_reboot"}},
	{"container 305 shut down clean, not kill it", []string{"pve_post_nodes_lxc_status_shutdown"}},
	{"vm 118 hangs on boot screen, make hard reset", []string{"pve_post_nodes_qemu_status_reset", "pve_post_nodes_qemu_status_stop"}},
	{"Shutdown button does nothing on vm 122, how I can force it off", []string{"pve_post_nodes_qemu_status_stop"}},
	{"resume vm 133, is paused after failed backup", []string{"pve_post_nodes_qemu_status_resume"}},
	{"hibernate vm 160 to disk, want keep the ram state", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"after maintenance start all guests of pve2 again", []string{"pve_post_nodes_startall", "pve_post_cluster_bulk_action_guest_start"}},
	{"every vm on node pve4 must be stopped before I change the psu", []string{"pve_post_nodes_stopall", "pve_post_cluster_bulk_action_guest_shutdown"}},
	{"restart of ct 210 please, nginx inside is stuck", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"vm 150 should start automatic when the host boots", d8VMSet},
	{"start order: first db vm 120, then after 60 sec app vm 121", d8VMSet},
	{"suspend ct 312 for a moment", []string{"pve_post_nodes_lxc_status_suspend"}},
	{"node pve4 reboot, all vms are migrated away already", []string{"pve_post_nodes_status"}},
	{"acpi is ignored by vm 177, shut it down through guest agent", []string{"pve_post_nodes_qemu_agent_shutdown", "pve_post_nodes_qemu_status_shutdown"}},
	{"contaner 322 does not start, 'unable to mount rootfs'", []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks", "pve_get_nodes_lxc_config"}},

	// PVE: status and load.
	{"vm 101 cpu and ram usage at the moment", []string{"pve_get_nodes_qemu_status_current"}},
	{"is ct 105 running or not?", []string{"pve_get_nodes_lxc_status_current"}},
	{"load of node pve1 last week as graph", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"how much free memory has host pve2", []string{"pve_get_nodes_status"}},
	{"disk io of vm 240 is high since yesterday? show statistic", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}},
	{"network traffic container 410 over last day", []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}},
	{"uptime and kernel version of pve3", []string{"pve_get_nodes_status"}},
	{"which pve version runs on the nodes", []string{"pve_get_nodes_version", "pve_get_version", "pve_get_nodes_apt_versions"}},
	{"quorum is ok? one node was offline this morning", []string{"pve_get_cluster_status"}},
	{"top ram consumers in cluster, which vms use the most", d8Res},
	{"ip address of vm 188 from the guest agent", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"container 221 has no ip, eth0 is down?", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"qemu agent in vm 130 responding or not", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"io delay on pve2 is 30 percent, where I see it over time", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd", "pve_get_nodes_status"}},

	// PVE: virtual machine configuration.
	{"give vm 120 8 gb ram instead of 4", d8VMSet},
	{"two more cores for vm 133 please", d8VMSet},
	{"change bridge of vm 144 from vmbr0 to vmbr1", d8VMSet},
	{"vlan tag 30 on net0 of vm 145 set", d8VMSet},
	{"enable qemu guest agent option in vm 146", d8VMSet},
	{"boot order vm 147: cdrom first then scsi0", d8VMSet},
	{"mount virtio-win iso into cd drive of vm 148", d8VMSet},
	{"cpu type host for vm 149 because application needs avx", d8VMSet},
	{"Hardware > Add > Network Device on vm 151, model virtio", d8VMSet},
	{"protection flag for vm 152 so nobody can delete it", d8VMSet},
	{"notes of vm 153 change to 'owner: jan, team web'", d8VMSet},
	{"tags prod and db for vm 154", d8VMSet},
	{"cloud-init user and ssh key for template 9000", d8VMSet},
	{"regenerate cloudinit drive of vm 9001 after I changed the ip", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"what cloud-init gives to vm 9002, show me user-data", []string{"pve_get_nodes_qemu_cloudinit_dump", "pve_get_nodes_qemu_cloudinit"}},
	{"which changes of vm 155 wait for reboot", []string{"pve_get_nodes_qemu_pending"}},
	{"show me config of vm 156", []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}},
	{"gpu passthrough to vm 157, device 01:00.0", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_get_nodes_hardware_pci"}},
	{"usb dongle from host give to vm 158", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_get_nodes_hardware_usb"}},
	{"vm 160 rename to web-frontend-2", d8VMSet},

	// PVE: container configuration.
	{"ct 310 more ram 2048 and swap 1024", d8CTSet},
	{"nameserver of container 311 change to 10.0.0.53", d8CTSet},
	{"enable nesting on ct 312 for docker inside", d8CTSet},
	{"container config 313 show", []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}},
	{"hostname of ct 314 rename to mail02", d8CTSet},
	{"mount point mp0 for ct 315 from local-zfs 50G", d8CTSet},
	{"Options > Start at boot for container 317 yes", d8CTSet},
	{"pending changes ct 318", []string{"pve_get_nodes_lxc_pending"}},
	{"static ip 192.168.10.50/24 gw .1 for ct 319 on net0", d8CTSet},

	// PVE: disks.
	{"grow scsi0 of vm 170 by 20G", []string{"pve_put_nodes_qemu_resize"}},
	{"rootfs of ct 320 is full, make 16G bigger", []string{"pve_put_nodes_lxc_resize"}},
	{"disk of vm 171 move from local-lvm to ceph pool", []string{"pve_post_nodes_qemu_move_disk"}},
	{"ct 321 volume to other storage nfs-fast", []string{"pve_post_nodes_lxc_move_volume"}},
	{"add second disk 100G to vm 172 on local-zfs", d8VMSet},
	{"unused disk of vm 173 detach and delete", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_put_nodes_qemu_unlink"}},
	{"which disks of node pve1 are unused", []string{"pve_get_nodes_disks_list"}},
	{"smart values /dev/sdb on pve2, disk makes clicking", []string{"pve_get_nodes_disks_smart"}},
	{"zfs mirror on pve3 from sdc and sdd create", []string{"pve_post_nodes_disks_zfs"}},
	{"zpool on pve1 degraded?", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs"}},
	{"wipe /dev/sde on pve4, old partitions on it", []string{"pve_put_nodes_disks_wipedisk"}},
	{"new lvm-thin pool on the nvme of pve2", []string{"pve_post_nodes_disks_lvmthin"}},
	{"trim inside vm 174 via agent so thin pool gets space back", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"Disks > Directory: create one on pve3 with /dev/sdf ext4", []string{"pve_post_nodes_disks_directory"}},

	// PVE: snapshots.
	{"snapshot of vm 180 before update, name pre-upgrade", []string{"pve_post_nodes_qemu_snapshot"}},
	{"ct 330 back to yesterdays snapshot", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"snapshots list vm 181", []string{"pve_get_nodes_qemu_snapshot"}},
	{"old snapshoots on vm 182 eat space, delete them", []string{"pve_delete_nodes_qemu_snapshot_snapname", "pve_get_nodes_qemu_snapshot"}},
	{"container 331 snapshot 'before-php8' make", []string{"pve_post_nodes_lxc_snapshot"}},
	{"go back to snapshot clean of vm 185", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"snapshot test on ct 332 can not remove, locked (snapshot-delete)", []string{"pve_delete_nodes_lxc_snapshot_snapname", "pve_put_nodes_lxc_config"}},
	{"what snapshots has container 333", []string{"pve_get_nodes_lxc_snapshot"}},

	// PVE: backups and restores.
	{"backup vm 190 now to pbs-store in snapshot mode", []string{"pve_post_nodes_vzdump"}},
	{"backup job every night 21:00 for all vms to nfs-backup", []string{"pve_post_cluster_backup"}},
	{"Datacenter > Backup: retention of job change to keep-daily 7", []string{"pve_put_cluster_backup_id"}},
	{"which guests are in no backup job at all", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"backup jobs of the cluster list", []string{"pve_get_cluster_backup"}},
	{"restore vm 191 from friday backup as new id 291", []string{"pve_post_nodes_qemu"}},
	{"restore ct from vzdump file on local and overwrite 340", []string{"pve_post_nodes_lxc"}},
	{"backup of ct 341 failed this night why", []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks", "pve_get_nodes_tasks_log"}},
	{"which backups exist of vm 192 on storage nas01", []string{"pve_get_nodes_storage_content"}},
	{"old vzdump of vm 193 remove from local", []string{"pve_delete_nodes_storage_content_volume"}},
	{"backup file of vm 194 protect so prune not removes it", []string{"pve_put_nodes_storage_content_volume"}},
	{"config inside backup archive of vm 195 before restore, what disks it had", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"disable backup job for this week only", []string{"pve_put_cluster_backup_id"}},
	{"which volumes are included in job backup-daily", []string{"pve_get_cluster_backup_included_volumes"}},
	{"exclude scsi1 of vm 196 from backup", d8VMSet},
	{"live restore of vm 197 from pbs, need it running fast", []string{"pve_post_nodes_qemu"}},
	{"prune backups on storage local now, keep-last 3", []string{"pve_delete_nodes_storage_prunebackups", "pve_get_nodes_storage_prunebackups"}},
	{"schedule 'mon..fri 02:30' when runs next", []string{"pve_get_cluster_jobs_schedule_analyze"}},
	{"run the backup job now, not wait to night", []string{"pve_post_nodes_vzdump"}},

	// PVE: storage and its content.
	{"add nfs storage 10.1.1.5:/export/pve", []string{"pve_post_storage", "pve_get_nodes_scan_nfs"}},
	{"local-lvm usage in percent", d8PVEStore},
	{"upload iso from my laptop to local storage", []string{"pve_post_nodes_storage_upload"}},
	{"debian iso directly from url into storage iso-store download", []string{"pve_post_nodes_storage_download_url"}},
	{"lxc templates available for download", []string{"pve_get_nodes_aplinfo"}},
	{"how to do for download ubuntu 24.04 container template", []string{"pve_post_nodes_aplinfo", "pve_post_nodes_storage_download_url"}},
	{"isos which are on storage local", []string{"pve_get_nodes_storage_content"}},
	{"storage old-nas remove from datacenter", []string{"pve_delete_storage_storage"}},
	{"restrict storage cephfs to nodes pve1 and pve2", []string{"pve_put_storage_storage"}},
	{"content type backup enable for storage nfs-2", []string{"pve_put_storage_storage"}},
	{"storage with grey question mark on pve3", []string{"pve_get_nodes_storage", "pve_get_nodes_storage_status", "pve_get_storage_storage"}},
	{"orphaned disk images on local-zfs that belong to no vm", []string{"pve_get_nodes_storage_content", "pve_get_cluster_resources"}},
	{"import ova as new vm from import storage", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},
	{"delete iso ubuntu-22.04 from local, not needed", []string{"pve_delete_nodes_storage_content_volume"}},

	// PVE: tasks and logs.
	{"running tasks in cluster now", d8Tasks},
	{"log of failed migration vm 200", []string{"pve_get_nodes_tasks_log", "pve_get_cluster_tasks", "pve_get_nodes_tasks"}},
	{"that backup task hangs since hours, stop it", []string{"pve_delete_nodes_tasks_upid"}},
	{"syslog pve2 between 3 and 4 in the night", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"cluster log: who did what today", []string{"pve_get_cluster_log"}},
	{"tasks of user bob@pve in last days", d8Tasks},
	{"UPID:pve1:0012A3F4:... finished or still running?", []string{"pve_get_nodes_tasks_status"}},
	{"system report of pve3 for the support ticket", []string{"pve_get_nodes_report"}},

	// PVE: nodes.
	{"dns server of pve1 change to 1.1.1.1", []string{"pve_put_nodes_dns"}},
	{"timezone pve2 is utc, set to Europe/Warsaw", []string{"pve_put_nodes_time"}},
	{"bridge vmbr1 on pve3 with eno2 create", []string{"pve_post_nodes_network"}},
	{"apply network changes pve3 without reboot", []string{"pve_put_nodes_network"}},
	{"revert pending network config on pve4", []string{"pve_delete_nodes_network"}},
	{"bonds and vlans of node pve1", []string{"pve_get_nodes_network"}},
	{"gui not loading, restart pveproxy on pve2", []string{"pve_post_nodes_services_restart"}},
	{"browser shell on node pve3", []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}},
	{"pci devices of pve1 with iommu groups", []string{"pve_get_nodes_hardware_pci"}},

	// PVE: updates.
	{"updates for pve1 available?", []string{"pve_get_nodes_apt_update"}},
	{"refresh package list, apt update on all nodes", []string{"pve_post_nodes_apt_update"}},
	{"no-subscription repo enable on pve2", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories"}},
	{"versions of pve-manager and kernel on node", []string{"pve_get_nodes_apt_versions"}},
	{"enterprise repo warning, what repositories configured on pve3", []string{"pve_get_nodes_apt_repositories"}},

	// PVE: users and permissions.
	{"new user anna@pve with password", []string{"pve_post_access_users"}},
	{"api token for terraform, user terraform@pve", []string{"pve_post_access_users_token_tokenid"}},
	{"group devops gets PVEVMAdmin on /pool/dev", []string{"pve_put_access_acl"}},
	{"what permissions mark@pve has on /vms/120", []string{"pve_get_access_permissions"}},
	{"ex-employee tom@pve disable", []string{"pve_put_access_users_userid"}},
	{"reset password lisa@pve", []string{"pve_put_access_password"}},
	{"user locked after too many tfa tries, unlock", []string{"pve_put_access_users_unlock_tfa"}},
	{"karl@pam lost phone, remove his 2fa", []string{"pve_delete_access_tfa_id", "pve_get_access_tfa"}},
	{"role only for console and power on/off create", []string{"pve_post_access_roles"}},
	{"ldap / active directory realm company.local add", []string{"pve_post_access_domains"}},
	{"sync users from AD realm now", []string{"pve_post_access_domains_sync"}},
	{"Datacenter > Permissions > API Tokens: which tokens exist and when expire", []string{"pve_get_access_users_token", "pve_get_access_users"}},
	{"acl of whole datacenter", []string{"pve_get_access_acl"}},
	{"add user jo@pve to group admins", []string{"pve_put_access_users_userid"}},
	{"resource pool for customer b with vm 210 and 211", []string{"pve_post_pools", "pve_put_pools", "pve_put_pools_poolid"}},

	// PVE: migrate, clone, create and remove guests.
	{"migrate vm 220 online to pve2 pls, live migraton", []string{"pve_post_nodes_qemu_migrate"}},
	{"ct 350 to node pve3 move, restart mode", []string{"pve_post_nodes_lxc_migrate"}},
	{"can vm 221 be migrated? it has local disks", []string{"pve_get_nodes_qemu_migrate"}},
	{"evacuate all guests from pve1 for maintenance", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"full clone template 9000 as vm 230 name web3", []string{"pve_post_nodes_qemu_clone"}},
	{"convert vm 231 into template", []string{"pve_post_nodes_qemu_template"}},
	{"clone container 351 to 352", []string{"pve_post_nodes_lxc_clone"}},
	{"remove vm 232 completely with all disks", []string{"pve_delete_nodes_qemu_vmid"}},
	{"destroy ct 353 and purge from backup jobs", []string{"pve_delete_nodes_lxc_vmid"}},
	{"create vm 240 2 cpu 4gb debian iso", []string{"pve_post_nodes_qemu"}},
	{"new container id 360 from debian-12 template", []string{"pve_post_nodes_lxc"}},

	// PVE: consoles.
	{"noVNC console for vm 241", []string{"pve_post_nodes_qemu_vncproxy", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy", "pve_get_nodes_qemu_vncwebsocket"}},
	{"terminal into ct 361", []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy", "pve_post_nodes_lxc_spiceproxy", "pve_get_nodes_lxc_vncwebsocket"}},
	{"send ctrl-alt-del to vm 242", []string{"pve_put_nodes_qemu_sendkey"}},

	// PVE: ceph.
	{"ceph health warn, what it means", []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},
	{"osd.7 down, mark it out", []string{"pve_post_nodes_ceph_osd_out"}},
	{"osd on /dev/nvme1n1 of pve2 create", []string{"pve_post_nodes_ceph_osd"}},
	{"noout flag before node reboot", []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}},
	{"ceph pools usage and pg number", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_status"}},

	// PVE: HA.
	{"put vm 250 under ha", []string{"pve_post_cluster_ha_resources"}},
	{"ha status, which node is master now", []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}},
	{"ha should prefer pve1 and pve2 for db vms", []string{"pve_post_cluster_ha_rules", "pve_post_cluster_ha_groups"}},
	{"vm 252 is ha managed, migrate to pve3", []string{"pve_post_cluster_ha_resources_migrate", "pve_post_nodes_qemu_migrate"}},

	// PVE: SDN.
	{"vnet with vlan 100 in zone vlanzone new", []string{"pve_post_cluster_sdn_vnets"}},
	{"sdn apply, changes are pending", []string{"pve_put_cluster_sdn"}},
	{"subnet 10.20.0.0/24 with dhcp range for vnet1", []string{"pve_post_cluster_sdn_vnets_subnets"}},

	// PVE: firewall.
	{"open port 443 in firewall of vm 260", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"datacenter firewall enable but keep ssh and 8006", []string{"pve_put_cluster_firewall_options", "pve_post_cluster_firewall_rules"}},
	{"ipset blacklist, add 203.0.113.0/24", []string{"pve_post_cluster_firewall_ipset_name"}},
	{"dropped packets in firewall log of ct 370", []string{"pve_get_nodes_lxc_firewall_log"}},

	// PVE: certificates.
	{"lets encrypt certificate for pve1.example.com", []string{"pve_post_nodes_certificates_acme_certificate", "pve_put_nodes_config", "pve_post_cluster_acme_account"}},
	{"upload custom cert from our ca to pve2", []string{"pve_post_nodes_certificates_custom"}},
	{"when expires the certifcate of pve3", []string{"pve_get_nodes_certificates_info"}},

	// PVE: notifications and metrics.
	{"mail to admin@firma.de when backup fails", []string{"pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name", "pve_post_cluster_notif_endpoints_smtp", "pve_post_cluster_notif_endpoints_sendmail"}},
	{"test notification target mail-to-root", []string{"pve_post_cluster_notif_targets_test"}},
	{"pve metrics to influxdb 10.0.0.9 udp 8089", []string{"pve_post_cluster_metrics_server_id"}},

	// PVE: replication, cluster and mappings.
	{"replicate vm 270 to pve2 every 15 min", []string{"pve_post_cluster_replication"}},
	{"replication last sync failed, status", []string{"pve_get_nodes_replication_status", "pve_get_nodes_replication", "pve_get_cluster_replication"}},
	{"join information for new node", []string{"pve_get_cluster_config_join"}},
	{"dead node pve6 remove from clsuter", []string{"pve_delete_cluster_config_nodes_node"}},
	{"migration network and keyboard in datacenter options", []string{"pve_put_cluster_options"}},
	{"gpu mapping over all nodes", []string{"pve_post_cluster_mapping_pci"}},

	// PBS: datastore usage and state.
	{"datastore store1 how full is it", d8Usage},
	{"when will the datastore be full, estimation pls", []string{"pbs_get_status_datastore_usage"}},
	{"list of datastores on backup server", []string{"pbs_get_admin_datastore", "pbs_get_config_datastore"}},
	{"Dashboard of PBS: usage of all stores together", []string{"pbs_get_status_datastore_usage"}},
	{"io and throughput graph of datastore main last week", []string{"pbs_get_admin_datastore_rrd"}},
	{"who is reading or writing on datastore now, active operations", []string{"pbs_get_admin_datastore_active_operations"}},
	{"deduplication factor of datastore backup01", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}},
	{"config of datastore offsite, path and schedules", []string{"pbs_get_config_datastore_name"}},
	{"free space on pbs datastore in TB", d8Usage},
	{"datastor main is at 92 %, what takes the space", []string{"pbs_get_admin_datastore_status", "pbs_get_admin_datastore_groups", "pbs_get_status_datastore_usage"}},

	// PBS: datastore configuration.
	{"create datastore on /mnt/datastore/big", []string{"pbs_post_config_datastore"}},
	{"store1 set maintenance mode read-only", d8DSSet},
	{"remove datastore old but keep the data on disk", []string{"pbs_delete_config_datastore_name"}},
	{"I want that gc runs daily 03:00 on datastore fast", d8DSSet},
	{"datastore notify only on errors for gc and verify", d8DSSet},
	{"tuning of datastore: chunk-order none, sync-level filesystem", d8DSSet},
	{"removable datastore on usb disk, how to make", []string{"pbs_post_config_datastore", "pbs_post_nodes_disks_directory"}},
	{"mount usb datastore rotation", []string{"pbs_post_admin_datastore_mount"}},
	{"before unplug unmount the removable store", []string{"pbs_post_admin_datastore_unmount"}},
	{"verify-new on datastore enable so new backups are checked directly", d8DSSet},
	{"maintenence mode off again for store2", d8DSSet},
	{"Datastore > Options: comment of store1 change", d8DSSet},

	// PBS: backup groups and snapshots.
	{"backup groups in store1", d8Groups},
	{"snapshots of vm/101 on pbs", d8Snaps},
	{"last backup time of every host in datastore", d8Groups},
	{"newest snapshot of ct/205 is verified ok?", d8Snaps},
	{"files in snapshot vm/110/2025-06-01T02:00:00Z", []string{"pbs_get_admin_datastore_files"}},
	{"how big is backup of host/fileserver", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups"}},
	{"which snapshots failed verification", d8Snaps},
	{"delete snapshot vm/120 from 2024-11-02", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"ct/300 whole group remove, container is gone", []string{"pbs_delete_admin_datastore_groups"}},
	{"prune must keep this snapshot forever, protect it", []string{"pbs_put_admin_datastore_protected"}},
	{"snapshot vm/125 is protected or not", []string{"pbs_get_admin_datastore_protected"}},
	{"notes on snapshot: before migration to pve 9", []string{"pbs_put_admin_datastore_notes"}},
	{"comment for group vm/400 'erp prod'", []string{"pbs_put_admin_datastore_group_notes"}},
	{"owner of group vm/130 change to token sync@pbs!job", []string{"pbs_post_admin_datastore_change_owner"}},
	{"backup fails 'backup owner check failed' after I changed the token", []string{"pbs_post_admin_datastore_change_owner", "pbs_get_admin_datastore_groups"}},
	{"group vm/140 to namespace prod move", []string{"pbs_post_admin_datastore_move_group"}},
	{"snapshots from this night in namespace customer1", d8Snaps},
	{"Datastore > Content shows nothing for store2, empty?", []string{"pbs_get_admin_datastore_groups", "pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_namespace"}},
	{"read notes of snapshot host/web01 from monday", []string{"pbs_get_admin_datastore_notes"}},
	{"since when no backup of vm/250 arrived on pbs", []string{"pbs_get_admin_datastore_groups", "pbs_get_admin_datastore_snapshots"}},

	// PBS: file level restore.
	{"single file /etc/nginx/nginx.conf restore from host backup", []string{"pbs_get_admin_datastore_catalog", "pbs_get_admin_datastore_pxar_file_download"}},
	{"browse root.pxar of ct backup like explorer", []string{"pbs_get_admin_datastore_catalog"}},
	{"download client.log of the snapshot", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},
	{"folder from ct backup as zip download", []string{"pbs_get_admin_datastore_pxar_file_download"}},
	{"file restore of vm 120 pbs backup from pve gui", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},

	// PBS: prune.
	{"prune job for store1: keep-daily 7 keep-weekly 4", []string{"pbs_post_config_prune"}},
	{"prune jobs with last run result", []string{"pbs_get_admin_prune", "pbs_get_config_prune"}},
	{"prune job run now, not wait schedule", []string{"pbs_post_admin_prune_run"}},
	{"dry run prune on group vm/101, what it would remove", []string{"pbs_post_admin_datastore_prune"}},
	{"whole datastore prune once by hand", []string{"pbs_post_admin_datastore_prune_datastore"}},
	{"keep-monthly 12 in prune job change", []string{"pbs_put_config_prune_id"}},
	{"prune job 'old' delete", []string{"pbs_delete_config_prune_id"}},
	{"prune only namespace customer1 with own retention", []string{"pbs_post_config_prune", "pbs_put_config_prune_id"}},
	{"pruned yesterday but no space is free", []string{"pbs_post_admin_datastore_gc", "pbs_get_admin_datastore_gc"}},
	{"retension policy of datastore, where I see it", []string{"pbs_get_config_prune", "pbs_get_config_prune_id", "pbs_get_config_datastore_name"}},
	{"Datastore > Prune & GC: prune schedule to hourly", []string{"pbs_put_config_prune_id", "pbs_post_config_prune"}},
	{"prune log from this morning, what was removed", d8PBSTasks},

	// PBS: garbage collection.
	{"start garbage collection store1", []string{"pbs_post_admin_datastore_gc"}},
	{"last gc run how much it removed", d8GCState},
	{"garbadge collection jobs of all datastores", []string{"pbs_get_admin_gc"}},
	{"gc failed with 'unable to get exclusive lock'", []string{"pbs_get_nodes_tasks_log", "pbs_get_admin_datastore_gc", "pbs_get_nodes_tasks"}},
	{"pending removals after gc, when they get freed", []string{"pbs_get_admin_datastore_gc"}},
	{"garbage collect weekly on sunday set", d8DSSet},
	{"gc is running? how far is it", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc", "pbs_get_nodes_tasks"}},
	{"next scheduled GC of datastore fast when", d8GCState},

	// PBS: verify.
	{"verify all backups store1 now", []string{"pbs_post_admin_datastore_verify"}},
	{"verify job weekly, skip verified in last 30 days", []string{"pbs_post_config_verify"}},
	{"verification jobs state and next run", []string{"pbs_get_admin_verify", "pbs_get_config_verify"}},
	{"run verification job v-weekly", []string{"pbs_post_admin_verify_run"}},
	{"verfy only snapshot vm/150/2025-05-04T01:00:00Z", []string{"pbs_post_admin_datastore_verify"}},
	{"verify job outdated after 60 days change", []string{"pbs_put_config_verify_id"}},
	{"verify found corrupt chunks, which snapshots are bad", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_nodes_tasks_log"}},
	{"remove verify job on old datastore", []string{"pbs_delete_config_verify_id"}},
	{"Datastore > Verify Jobs: add one for namespace prod only", []string{"pbs_post_config_verify"}},
	{"re-verify group ct/210 even it was verified already", []string{"pbs_post_admin_datastore_verify"}},

	// PBS: remotes and sync.
	{"remote pbs2 add with fingerprint and token", []string{"pbs_post_config_remote"}},
	{"pull sync from remote pbs2 store main into local offsite", []string{"pbs_post_config_sync"}},
	{"sync jobs last status", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"run sync job now", []string{"pbs_post_admin_sync_run"}},
	{"push local store to remote offsite regularly", []string{"pbs_post_config_sync"}},
	{"is possible one time pull without to create a job?", []string{"pbs_post_pull"}},
	{"password of remote changed, update it", []string{"pbs_put_config_remote_name"}},
	{"datastores on remote pbs-dr", []string{"pbs_get_config_remote_scan"}},
	{"groups on remote store main, before I sync", []string{"pbs_get_config_remote_scan_groups"}},
	{"remove-vanished enable on sync job", d8SyncSet},
	{"sync only vms, group filter type:vm", []string{"pbs_put_config_sync_id", "pbs_post_config_sync"}},
	{"bandwidth limit 50 MiB/s for sync job", []string{"pbs_put_config_sync_id", "pbs_post_config_traffic_control"}},
	{"remotes configured on pbs", []string{"pbs_get_config_remote"}},
	{"sync error 'fingerprint mismatch' after remote cert renew", []string{"pbs_put_config_remote_name", "pbs_get_nodes_tasks_log"}},
	{"sync job delete", []string{"pbs_delete_config_sync_id"}},
	{"Configuration > Remotes: test connection to pbs-dr", []string{"pbs_get_config_remote_scan"}},
	{"sync job schedule to every 6 hours", d8SyncSet},
	{"Since the update sync to pbs2 fails every night", []string{"pbs_get_admin_sync", "pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log"}},
	{"transfer-last 3 for sync, not all history", d8SyncSet},

	// PBS: tasks and logs.
	{"I need that you show me running tasks on backup server", d8PBSTasks},
	{"log of last backup from pve1 to pbs", []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log"}},
	{"running verify task abort", []string{"pbs_delete_nodes_tasks_upid"}},
	{"failed tasks last 24h on pbs", []string{"pbs_get_nodes_tasks"}},
	{"syslog of backup sever", []string{"pbs_get_nodes_syslog", "pbs_get_nodes_journal"}},
	{"journal of proxmox-backup-proxy since yesterday", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}},
	{"task status of UPID:pbs01:... ok or error", []string{"pbs_get_nodes_tasks_status"}},
	{"Please to show me log of gc from this night", d8PBSTasks},

	// PBS: the host.
	{"cpu and ram of pbs host", []string{"pbs_get_nodes_status"}},
	{"load graph pbs past month", []string{"pbs_get_nodes_rrd"}},
	{"second nic on pbs, ip 10.10.10.5/24", []string{"pbs_post_nodes_network", "pbs_put_nodes_network_iface"}},
	{"network config of pbs apply", []string{"pbs_put_nodes_network"}},
	{"dns of backup server change to 10.0.0.2", []string{"pbs_put_nodes_dns"}},
	{"timezone on pbs set Europe/Berlin", []string{"pbs_put_nodes_time"}},
	{"restart proxmox-backup-proxy service", []string{"pbs_post_nodes_services_restart"}},
	{"services on pbs running?", []string{"pbs_get_nodes_services"}},
	{"reboot backup server after kernel update", []string{"pbs_post_nodes_status"}},
	{"free disks in pbs for new datastore", []string{"pbs_get_nodes_disks_list"}},
	{"smart of sdb on pbs", []string{"pbs_get_nodes_disks_smart"}},
	{"raidz2 zfs pool on pbs for datastore", []string{"pbs_post_nodes_disks_zfs"}},
	{"zpool status backup server", []string{"pbs_get_nodes_disks_zfs_name", "pbs_get_nodes_disks_zfs"}},
	{"ext4 directory on new disk, also as datastore", []string{"pbs_post_nodes_disks_directory"}},
	{"wipe disk /dev/sdc on pbs", []string{"pbs_put_nodes_disks_wipedisk"}},
	{"shell on pbs from web", []string{"pbs_post_nodes_termproxy"}},
	{"system report pbs for forum post", []string{"pbs_get_nodes_report"}},
	{"version of proxmox backup server", []string{"pbs_get_version", "pbs_get_nodes_apt_versions"}},
	{"http proxy for apt on pbs", []string{"pbs_put_nodes_config"}},
	{"pbs server clock is wrong by 5 minutes", []string{"pbs_get_nodes_time", "pbs_put_nodes_time"}},
	{"is root disk of pbs getting full", []string{"pbs_get_nodes_status"}},
	{"bond of two 10G ports on backup server", []string{"pbs_post_nodes_network"}},

	// PBS: updates and subscription.
	{"updates available pbs", []string{"pbs_get_nodes_apt_update"}},
	{"apt refresh on backup server", []string{"pbs_post_nodes_apt_update"}},
	{"no-subscription repository pbs enable", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories"}},
	{"subscription key for pbs", []string{"pbs_put_nodes_subscription"}},
	{"subscription of backup server still valid?", []string{"pbs_get_nodes_subscription"}},
	{"changelog proxmox-backup-server package", []string{"pbs_get_nodes_apt_changelog"}},
	{"repositories list of pbs", []string{"pbs_get_nodes_apt_repositories"}},
	{"Administration > Updates on pbs01 shows nothing new, really?", []string{"pbs_get_nodes_apt_update", "pbs_post_nodes_apt_update"}},

	// PBS: users, tokens and permissions.
	{"user for pve that can only write backups to store1", []string{"pbs_post_access_users", "pbs_put_access_acl"}},
	{"on pbs I need api token for the pve cluster", []string{"pbs_post_access_users_token_token_name"}},
	{"token needs DatastoreBackup on /datastore/store1", d8PBSACL},
	{"effective permissions of token pve@pbs!cluster1", []string{"pbs_get_access_permissions"}},
	{"acl list on pbs", []string{"pbs_get_access_acl"}},
	{"roles which exist on pbs and what they can", []string{"pbs_get_access_roles"}},
	{"ldap realm for pbs login", []string{"pbs_post_config_access_ldap"}},
	{"active directory login for backup server", []string{"pbs_post_config_access_ad"}},
	{"openid keycloak realm pbs", []string{"pbs_post_config_access_openid"}},
	{"users from ldap realm sync now, pbs", []string{"pbs_post_access_domains_sync"}},
	{"change my password on pbs", []string{"pbs_put_access_password"}},
	{"disable user on pbs, former admin", []string{"pbs_put_access_users_userid"}},
	{"unlock tfa of user on backup server", []string{"pbs_put_access_users_unlock_tfa"}},
	{"remove lost totp of user max@pbs", []string{"pbs_delete_access_tfa_id", "pbs_get_access_tfa"}},
	{"users of pbs and their tokens", []string{"pbs_get_access_users", "pbs_get_access_users_token"}},
	{"delete token old-cluster", []string{"pbs_delete_access_users_token_token_name"}},
	{"token expire date set to end of year", []string{"pbs_put_access_users_token_token_name"}},
	{"auditor read-only on namespace customer1 only", d8PBSACL},
	{"Access Control > Permissions on pbs: remove DatastoreAdmin from bob@pbs", d8PBSACL},
	{"permision denied for backup from pve to pbs, what the token can", []string{"pbs_get_access_permissions", "pbs_get_access_acl"}},
	{"new pbs user for customer with own namespace", []string{"pbs_post_access_users", "pbs_put_access_acl"}},

	// PBS: namespaces.
	{"namespace customer2 in store1 create", []string{"pbs_post_admin_datastore_namespace"}},
	{"namespaces list of datastore", []string{"pbs_get_admin_datastore_namespace"}},
	{"delete namespace test with all snapshots", []string{"pbs_delete_admin_datastore_namespace"}},
	{"namespace old-name move to archive/old-name", []string{"pbs_post_admin_datastore_move_namespace"}},

	// PBS: tape.
	{"label new tapes in changer with barcodes", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"tape backup job daily to media pool weekly", []string{"pbs_post_config_tape_backup_job"}},
	{"changer slots status", []string{"pbs_get_tape_changer_status"}},
	{"media pool with retention 4 weeks", []string{"pbs_post_config_media_pool"}},
	{"restore media set from tape into store restore1", []string{"pbs_post_tape_restore"}},
	{"eject tape from drive lto8", []string{"pbs_post_tape_drive_eject_media", "pbs_post_tape_drive_unload"}},
	{"inventory of tapes in library update", []string{"pbs_put_tape_drive_inventory", "pbs_get_tape_drive_inventory"}},
	{"tapes with status full or writable list", []string{"pbs_get_tape_media_list"}},
	{"scan tape drives on pbs", []string{"pbs_get_tape_scan_drives"}},
	{"tapes to vault export", []string{"pbs_put_tape_drive_export_media", "pbs_post_tape_media_move"}},
	{"tape encryption key new", []string{"pbs_post_config_tape_enc_keys"}},

	// PBS: notifications.
	{"mail from pbs when verify fails", []string{"pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name", "pbs_post_config_notif_endpoints_smtp", "pbs_post_config_notif_endpoints_sendmail"}},
	{"webhook to teams from backup server", []string{"pbs_post_config_notif_endpoints_webhook"}},
	{"test notifcation pbs", []string{"pbs_post_config_notif_targets_test"}},
	{"matcher only for severity error pbs", []string{"pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name"}},
	{"smtp endpoint password update", []string{"pbs_put_config_notif_endpoints_smtp_name", "pve_put_cluster_notif_endpoints_smtp_name"}},

	// PBS: certificates and ACME.
	{"lets encrypt for pbs web gui", []string{"pbs_post_nodes_certificates_acme_certificate", "pbs_put_nodes_config", "pbs_post_config_acme_account"}},
	{"fingerprint of pbs for pve storage", []string{"pbs_get_nodes_certificates_info"}},
	{"acme dns plugin cloudflare pbs", []string{"pbs_post_config_acme_plugins"}},
	{"renew pbs certificate now", []string{"pbs_put_nodes_certificates_acme_certificate"}},

	// PBS: metrics.
	{"influxdb http for pbs metrics", []string{"pbs_post_config_metrics_influxdb_http"}},
	{"metric servers pbs", []string{"pbs_get_admin_metrics", "pbs_get_config_metrics_influxdb_http", "pbs_get_config_metrics_influxdb_udp"}},

	// PBS: S3.
	{"s3 endpoint for minio add", []string{"pbs_post_config_s3"}},
	{"buckets list for s3 endpoint", []string{"pbs_get_config_s3_list_buckets"}},
	{"datastore on s3 bucket create", []string{"pbs_post_config_datastore"}},
	{"s3 endpoint check access", []string{"pbs_put_admin_s3_check"}},
	{"s3 datastore cache refresh", []string{"pbs_put_admin_datastore_s3_refresh"}},

	// PBS: traffic control and encryption keys.
	{"limit bandwith for 10.0.0.0/8 during work hours", []string{"pbs_post_config_traffic_control"}},
	{"current traffic per rule", []string{"pbs_get_admin_traffic_control"}},
	{"encryption key for push sync", []string{"pbs_post_config_enc_keys"}},

	// Both products: the Backup Server as storage of PVE.
	{"add pbs as storage in pve", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"pve storage pbs fingerprint change", []string{"pve_put_storage_storage"}},
	{"backups on pbs storage seen from pve", []string{"pve_get_nodes_storage_content"}},
	{"ct 345 restore out of pbs backup onto pve2", []string{"pve_post_nodes_lxc"}},
	{"namespace setting on pve storage for pbs", []string{"pve_put_storage_storage"}},
	{"encryption key on pve pbs storage", []string{"pve_put_storage_storage"}},
	{"pbs storage usage from pve side", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage"}},
}

// TestDev8 scores development set 8 and lists its misses. Like TestDev it has no floor.
func TestDev8(t *testing.T) {
	scoreDevSet(t, "development set 8", dev8Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, habitCases, symptomCases)
}
