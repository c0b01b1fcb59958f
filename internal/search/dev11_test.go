package search

import "testing"

// Development set 11: 400 requests written before the ranking changes of its
// round, as a month of traffic from administrators who type short commands
// and keywords (two to six words, imperative or noun phrases), some as web UI
// labels or menu paths, some with a CLI flag or a value, a few with typos.
// About 65 % of the requests are about Proxmox VE and 35 % about Proxmox
// Backup Server; everyday work (what runs where, power actions, load, guest
// config, disks, snapshots, backups, storage, tasks, nodes, updates, users,
// datastores, prune/GC/verify, sync) dominates, and the rarer areas (ceph, HA,
// SDN, firewall, certificates, notifications, tape, metrics, ACME, S3) come up
// about as often as they do in practice. A want list holds every operation
// whose call answers the request; requests that name no product and fit both
// list the twin of the other product too.

// Shorthand want lists of the eleventh development set.
var (
	d11VMSet    = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d11VMGet    = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d11CTSet    = []string{"pve_put_nodes_lxc_config"}
	d11CTGet    = []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}
	d11GuestSet = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_put_nodes_lxc_config"}
	d11Res      = []string{"pve_get_cluster_resources"}
	d11Tasks    = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d11TaskLog  = []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}
	d11NodeLoad = []string{"pve_get_nodes_status", "pve_get_nodes_rrddata", "pve_get_nodes_rrd"}
	d11VMCons   = []string{"pve_post_nodes_qemu_vncproxy", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy", "pve_get_nodes_qemu_vncwebsocket"}
	d11Shell    = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
	d11HAState  = []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}
	d11DSSet    = []string{"pbs_put_config_datastore_name"}
	d11Snaps    = []string{"pbs_get_admin_datastore_snapshots"}
	d11Backups  = []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups"}
	d11PBSTasks = []string{"pbs_get_nodes_tasks"}
	d11PBSLog   = []string{"pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
	d11GCStat   = []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc_store", "pbs_get_admin_gc"}
)

var dev11Cases = []qualityCase{
	// PVE inventory: what runs where.
	{"what runs on pve2", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu", "pve_get_nodes_lxc"}},
	{"where is vm 4101", d11Res},
	{"all guests cluster wide", d11Res},
	{"vms on node hv03", []string{"pve_get_nodes_qemu", "pve_get_cluster_resources"}},
	{"containers pve1", []string{"pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"which node hosts db02", d11Res},
	{"stopped guests overview", d11Res},
	{"next free vmid", []string{"pve_get_cluster_nextid"}},
	{"guests tagged prod", d11Res},
	{"lxc running on pve3", []string{"pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"pct list pve4", []string{"pve_get_nodes_lxc"}},
	{"Datacenter > Search", d11Res},
	{"pool dev members", []string{"pve_get_pools", "pve_get_pools_poolid"}},

	// PVE power actions, migration, clone, create and destroy.
	{"start vm 120", []string{"pve_post_nodes_qemu_status_start"}},
	{"stop web01 hard", []string{"pve_post_nodes_qemu_status_stop", "pve_post_nodes_lxc_status_stop"}},
	{"shutdown vm 131 gracefully", []string{"pve_post_nodes_qemu_status_shutdown"}},
	{"reboot ct 205", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"reset hung vm 144", []string{"pve_post_nodes_qemu_status_reset", "pve_post_nodes_qemu_status_stop"}},
	{"pause vm 150", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"resume 150", []string{"pve_post_nodes_qemu_status_resume", "pve_post_nodes_lxc_status_resume"}},
	{"qm start 300", []string{"pve_post_nodes_qemu_status_start"}},
	{"pct stop 210", []string{"pve_post_nodes_lxc_status_stop"}},
	{"pct shutdown 211 --forceStop 1", []string{"pve_post_nodes_lxc_status_shutdown"}},
	{"power off db02", []string{"pve_post_nodes_qemu_status_shutdown", "pve_post_nodes_qemu_status_stop", "pve_post_nodes_lxc_status_shutdown", "pve_post_nodes_lxc_status_stop"}},
	{"restart web02", []string{"pve_post_nodes_qemu_status_reboot", "pve_post_nodes_lxc_status_reboot"}},
	{"shutdwon ct 214", []string{"pve_post_nodes_lxc_status_shutdown"}},
	{"Bulk Start pve2", []string{"pve_post_nodes_startall", "pve_post_cluster_bulk_action_guest_start"}},
	{"stopall pve4 before maintenance", []string{"pve_post_nodes_stopall", "pve_post_cluster_bulk_action_guest_shutdown"}},
	{"evacuate pve1", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"live migrate 120 to pve3", []string{"pve_post_nodes_qemu_migrate"}},
	{"migrate ct 205 restart mode", []string{"pve_post_nodes_lxc_migrate"}},
	{"qm migrate 131 pve2 --online", []string{"pve_post_nodes_qemu_migrate"}},
	{"migarte vm 144 with local disks", []string{"pve_post_nodes_qemu_migrate"}},
	{"migration precheck vm 120", []string{"pve_get_nodes_qemu_migrate"}},
	{"clone template 9000 as web05", []string{"pve_post_nodes_qemu_clone"}},
	{"convert vm 9001 to template", []string{"pve_post_nodes_qemu_template"}},
	{"qm destroy 999 --purge", []string{"pve_delete_nodes_qemu_vmid"}},
	{"new vm 140 debian iso", []string{"pve_post_nodes_qemu"}},
	{"create lxc from ubuntu template", []string{"pve_post_nodes_lxc"}},
	{"onboot 1 vm 120", d11VMSet},
	{"autostart ct 205", d11CTSet},

	// PVE status and load.
	{"vm 120 status", []string{"pve_get_nodes_qemu_status_current"}},
	{"is web01 running", []string{"pve_get_nodes_qemu_status_current", "pve_get_nodes_lxc_status_current", "pve_get_cluster_resources"}},
	{"ct 205 cpu usage", []string{"pve_get_nodes_lxc_status_current", "pve_get_nodes_lxc_rrddata"}},
	{"cpu graph vm 131 last week", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}},
	{"node pve2 load", d11NodeLoad},
	{"pve3 ram usage", []string{"pve_get_nodes_status", "pve_get_nodes_rrddata", "pve_get_cluster_resources"}},
	{"iowait history hv03", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"network traffic vm 144", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd", "pve_get_nodes_qemu_status_current"}},
	{"kernel version pve4", []string{"pve_get_nodes_status", "pve_get_nodes_apt_versions"}},
	{"pveversion --verbose pve2", []string{"pve_get_nodes_apt_versions"}},
	{"cluster quorum", []string{"pve_get_cluster_status"}},
	{"pvecm nodes votes", []string{"pve_get_cluster_config_nodes", "pve_get_cluster_status"}},
	{"vm 120 ip address", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"ct 206 ip", []string{"pve_get_nodes_lxc_interfaces"}},
	{"storage graph local-zfs", []string{"pve_get_nodes_storage_rrddata", "pve_get_nodes_storage_rrd"}},

	// PVE guest configuration.
	{"vm 120 config", d11VMGet},
	{"pending changes vm 131", []string{"pve_get_nodes_qemu_pending"}},
	{"ct 205 config", d11CTGet},
	{"memory 8192 vm 120", d11VMSet},
	{"2 more cores web01", d11GuestSet},
	{"balloon min 2048 vm 144", d11VMSet},
	{"cpu type host vm 150", d11VMSet},
	{"qm set 120 --net1 virtio,bridge=vmbr1", d11VMSet},
	{"vlan tag 30 net0 vm 131", d11VMSet},
	{"mount virtio-win iso vm 160", d11VMSet},
	{"boot order scsi0 first", d11VMSet},
	{"agent enabled=1 vm 141", d11VMSet},
	{"tags prod;db on 4101", d11GuestSet},
	{"notes for vm 300", d11VMSet},
	{"hostname ct 205 change", d11CTSet},
	{"pct set 210 -memory 1024", d11CTSet},
	{"nesting keyctl ct 212", d11CTSet},
	{"static ip ct 211", d11CTSet},
	{"ciuser and sshkeys vm 9000", d11VMSet},
	{"regenerate cloudinit drive 9001", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"gpu passthrough vm 170", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_get_nodes_hardware_pci"}},
	{"qm unlock 144", d11VMSet},
	{"pct unlock 206", d11CTSet},
	{"Options > Start at boot", d11GuestSet},

	// PVE disks of guests.
	{"resize scsi0 +20G vm 120", []string{"pve_put_nodes_qemu_resize"}},
	{"grow rootfs ct 205 to 16G", []string{"pve_put_nodes_lxc_resize"}},
	{"move disk vm 131 to ceph-vm", []string{"pve_post_nodes_qemu_move_disk"}},
	{"ct 210 rootfs to local-zfs", []string{"pve_post_nodes_lxc_move_volume"}},
	{"Add > Hard Disk vm 176", d11VMSet},
	{"mp0 for ct 211", d11CTSet},
	{"detach unused0 vm 150", []string{"pve_put_nodes_qemu_unlink", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},
	{"vm 122 disks", d11VMGet},
	{"fstrim vm 141", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"reassign disk 150 to 151", []string{"pve_post_nodes_qemu_move_disk"}},
	{"orphaned disk images local-lvm", []string{"pve_get_nodes_storage_content"}},
	{"delete volume vm-150-disk-1", []string{"pve_delete_nodes_storage_content_volume"}},

	// PVE snapshots.
	{"snap vm 120 pre-upgrade", []string{"pve_post_nodes_qemu_snapshot"}},
	{"qm snapshot 131 before_kernel --vmstate 1", []string{"pve_post_nodes_qemu_snapshot"}},
	{"snaphots of vm 144", []string{"pve_get_nodes_qemu_snapshot"}},
	{"rollback 150 clean-install", []string{"pve_post_nodes_qemu_snapshot_rollback", "pve_post_nodes_lxc_snapshot_rollback"}},
	{"delete snapshot old1 vm 160", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"pct snapshot 205 beforeupdate", []string{"pve_post_nodes_lxc_snapshot"}},
	{"ct 210 snapshot list", []string{"pve_get_nodes_lxc_snapshot"}},
	{"revert container 211 snapshot", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"pct delsnapshot 212 test", []string{"pve_delete_nodes_lxc_snapshot_snapname"}},
	{"snapshot description vm 123", []string{"pve_put_nodes_qemu_snapshot_config"}},
	{"Take Snapshot include RAM", []string{"pve_post_nodes_qemu_snapshot"}},
	{"snapshto db02", []string{"pve_post_nodes_qemu_snapshot", "pve_post_nodes_lxc_snapshot"}},

	// PVE backups and restores.
	{"backup vm 120 now to pbs-main", []string{"pve_post_nodes_vzdump"}},
	{"vzdump 131 --mode snapshot --compress zstd", []string{"pve_post_nodes_vzdump"}},
	{"backup ct 205 stop mode", []string{"pve_post_nodes_vzdump"}},
	{"backup jobs", []string{"pve_get_cluster_backup"}},
	{"Datacenter > Backup > Add", []string{"pve_post_cluster_backup"}},
	{"nightly backup job 02:00 all guests", []string{"pve_post_cluster_backup"}},
	{"keep-daily 7 on backup job", []string{"pve_put_cluster_backup_id"}},
	{"delete backup job backup-3f2a", []string{"pve_delete_cluster_backup_id"}},
	{"guests without backup", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"job included volumes", []string{"pve_get_cluster_backup_included_volumes"}},
	{"backups of vm 144 on nas-nfs", []string{"pve_get_nodes_storage_content"}},
	{"restore vm 150 from vzdump", []string{"pve_post_nodes_qemu"}},
	{"qmrestore to new id 151", []string{"pve_post_nodes_qemu"}},
	{"pct restore 220", []string{"pve_post_nodes_lxc"}},
	{"single file restore from pbs backup", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"config inside backup archive", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"prune dry run nas-nfs", []string{"pve_get_nodes_storage_prunebackups"}},
	{"prune old dumps vm 160", []string{"pve_delete_nodes_storage_prunebackups"}},
	{"protect backup from pruning", []string{"pve_put_nodes_storage_content_volume", "pbs_put_admin_datastore_protected"}},
	{"Backup now ct 230", []string{"pve_post_nodes_vzdump"}},
	{"last backup log vm 120", []string{"pve_get_nodes_tasks", "pve_get_cluster_tasks", "pve_get_nodes_tasks_log"}},
	{"exclude vm 300 from backup job", []string{"pve_put_cluster_backup_id"}},
	{"vzdmup failed ct 231", []string{"pve_get_nodes_tasks", "pve_get_cluster_tasks", "pve_get_nodes_tasks_log"}},

	// PVE storage and its content.
	{"storage list", []string{"pve_get_storage", "pve_get_nodes_storage"}},
	{"free space local-lvm pve2", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage", "pve_get_cluster_resources"}},
	{"add nfs 10.0.0.5:/export/pve", []string{"pve_post_storage"}},
	{"showmount 10.0.0.5", []string{"pve_get_nodes_scan_nfs"}},
	{"cifs share //nas/pve as storage", []string{"pve_post_storage", "pve_get_nodes_scan_cifs"}},
	{"pvesm add pbs pbs-main", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"disable storage nas-old", []string{"pve_put_storage_storage"}},
	{"pvesm remove nas-old", []string{"pve_delete_storage_storage"}},
	{"content types iso,backup nas-nfs", []string{"pve_put_storage_storage"}},
	{"restrict storage to pve1 pve2", []string{"pve_put_storage_storage"}},
	{"isos on local", []string{"pve_get_nodes_storage_content"}},
	{"upload iso to local", []string{"pve_post_nodes_storage_upload"}},
	{"download iso from url", []string{"pve_post_nodes_storage_download_url", "pve_get_nodes_query_url_metadata"}},
	{"ct templates available", []string{"pve_get_nodes_aplinfo"}},
	{"pveam download local debian-12-standard", []string{"pve_post_nodes_aplinfo"}},
	{"remove ubuntu-20.04 iso", []string{"pve_delete_nodes_storage_content_volume"}},
	{"storage status all nodes", []string{"pve_get_nodes_storage", "pve_get_cluster_resources"}},
	{"import guest from esxi", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},
	{"pvesm status pve3", []string{"pve_get_nodes_storage"}},

	// PVE tasks and logs.
	{"running tasks", []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks", "pbs_get_nodes_tasks"}},
	{"failed tasks pve2 today", d11Tasks},
	{"task log UPID:pve2:0012AB3C", d11TaskLog},
	{"kill stuck vzdump task", []string{"pve_delete_nodes_tasks_upid"}},
	{"syslog pve3", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"journalctl -u pve-cluster pve1", []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}},
	{"cluster log", []string{"pve_get_cluster_log"}},
	{"task history vm 120", d11Tasks},
	{"migration task status", []string{"pve_get_nodes_tasks_status", "pve_get_nodes_tasks_log", "pve_get_cluster_tasks"}},
	{"firewall log pve1", []string{"pve_get_nodes_firewall_log"}},
	{"system report pve4", []string{"pve_get_nodes_report"}},

	// PVE nodes: power, services, system settings, network, disks, console.
	{"reboot node pve3", []string{"pve_post_nodes_status"}},
	{"shutdown hv03 host", []string{"pve_post_nodes_status"}},
	{"wake pve4", []string{"pve_post_nodes_wakeonlan"}},
	{"restart pveproxy pve1", []string{"pve_post_nodes_services_restart"}},
	{"pvedaemon state", []string{"pve_get_nodes_services_state", "pve_get_nodes_services"}},
	{"services on pve2", []string{"pve_get_nodes_services"}},
	{"resolvers on pve2", []string{"pve_get_nodes_dns"}},
	{"search domain corp.lan pve2", []string{"pve_put_nodes_dns"}},
	{"timezone Europe/Berlin pve3", []string{"pve_put_nodes_time"}},
	{"network interfaces pve2", []string{"pve_get_nodes_network"}},
	{"create vmbr1 on eno2", []string{"pve_post_nodes_network"}},
	{"apply network config", []string{"pve_put_nodes_network", "pbs_put_nodes_network"}},
	{"revert pending network changes", []string{"pve_delete_nodes_network", "pbs_delete_nodes_network"}},
	{"change vmbr0 address", []string{"pve_put_nodes_network_iface"}},
	{"physcial disks pve3", []string{"pve_get_nodes_disks_list"}},
	{"smart /dev/sdb", []string{"pve_get_nodes_disks_smart", "pbs_get_nodes_disks_smart"}},
	{"wipe disk sdc", []string{"pve_put_nodes_disks_wipedisk", "pbs_put_nodes_disks_wipedisk"}},
	{"zfs mirror sdb sdc", []string{"pve_post_nodes_disks_zfs", "pbs_post_nodes_disks_zfs"}},
	{"zpool status rpool pve1", []string{"pve_get_nodes_disks_zfs_name"}},
	{"subscription key pve2", []string{"pve_put_nodes_subscription", "pve_get_nodes_subscription", "pve_post_nodes_subscription"}},
	{"node shell pve3", d11Shell},
	{"console vm 120", d11VMCons},
	{"xterm.js ct 205", []string{"pve_post_nodes_lxc_termproxy", "pve_get_nodes_lxc_vncwebsocket"}},
	{"send ctrl-alt-del vm 144", []string{"pve_put_nodes_qemu_sendkey"}},
	{"Node > System > DNS", []string{"pve_get_nodes_dns", "pve_put_nodes_dns"}},

	// PVE updates.
	{"apt update pve1", []string{"pve_post_nodes_apt_update"}},
	{"pending upgrades pve2", []string{"pve_get_nodes_apt_update"}},
	{"no-subscription repo enable", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories", "pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories"}},
	{"disable enterprise repository pve3", []string{"pve_post_nodes_apt_repositories"}},
	{"repos pve4", []string{"pve_get_nodes_apt_repositories"}},
	{"changelog pve-manager", []string{"pve_get_nodes_apt_changelog"}},
	{"package versions pve2", []string{"pve_get_nodes_apt_versions"}},

	// PVE users, permissions, realms and pools.
	{"add user alice@pve", []string{"pve_post_access_users"}},
	{"user accounts", []string{"pve_get_access_users", "pbs_get_access_users"}},
	{"disable bob@pam", []string{"pve_put_access_users_userid"}},
	{"passwd carol@pve", []string{"pve_put_access_password"}},
	{"pveum user delete temp@pve", []string{"pve_delete_access_users_userid"}},
	{"api token terraform@pve", []string{"pve_post_access_users_token_tokenid"}},
	{"tokens of svc@pve", []string{"pve_get_access_users_token"}},
	{"pveum acl modify / -role PVEAuditor", []string{"pve_put_access_acl"}},
	{"permissions on /vms/120", []string{"pve_get_access_acl", "pve_get_access_permissions"}},
	{"effective privs eve@pve", []string{"pve_get_access_permissions"}},
	{"roles and privileges", []string{"pve_get_access_roles", "pbs_get_access_roles"}},
	{"frank into group ops", []string{"pve_put_access_users_userid"}},
	{"ldap realm add", []string{"pve_post_access_domains", "pbs_post_config_access_ldap"}},
	{"sync ldap users now", []string{"pve_post_access_domains_sync", "pbs_post_access_domains_sync"}},
	{"locked out of 2fa", []string{"pve_put_access_users_unlock_tfa", "pbs_put_access_users_unlock_tfa"}},
	{"resource pool create dev", []string{"pve_post_pools"}},
	{"put vm 120 into pool dev", []string{"pve_put_pools", "pve_put_pools_poolid"}},
	{"Permissions > API Tokens", []string{"pve_get_access_users_token", "pve_post_access_users_token_tokenid"}},
	{"permisions group devs pool dev", []string{"pve_put_access_acl"}},

	// PVE cluster membership and datacenter options.
	{"pvecm create prod-cluster", []string{"pve_post_cluster_config"}},
	{"join information", []string{"pve_get_cluster_config_join"}},
	{"join pve4 to cluster", []string{"pve_post_cluster_config_join"}},
	{"pvecm delnode pve5", []string{"pve_delete_cluster_config_nodes_node"}},
	{"qdevice state", []string{"pve_get_cluster_config_qdevice"}},
	{"keyboard layout de datacenter", []string{"pve_put_cluster_options"}},
	{"migration network 10.10.10.0/24", []string{"pve_put_cluster_options"}},
	{"show datacenter.cfg", []string{"pve_get_cluster_options"}},

	// PVE ceph.
	{"ceph HEALTH_WARN details", []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},
	{"osd tree", []string{"pve_get_nodes_ceph_osd"}},
	{"set noout", []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}},
	{"osd.7 out", []string{"pve_post_nodes_ceph_osd_out"}},
	{"new osd /dev/nvme2n1", []string{"pve_post_nodes_ceph_osd"}},
	{"ceph pools usage", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_status"}},
	{"size 3 min_size 2 pool vm-pool", []string{"pve_put_nodes_ceph_pool_name"}},
	{"destroy osd 12 safe?", []string{"pve_get_nodes_ceph_cmd_safety", "pve_delete_nodes_ceph_osd_osdid"}},

	// PVE HA.
	{"ha manager state cluster", d11HAState},
	{"ha-manager add vm:120", []string{"pve_post_cluster_ha_resources"}},
	{"ha resources", []string{"pve_get_cluster_ha_resources"}},
	{"prefer pve1 for ha group db", []string{"pve_post_cluster_ha_groups", "pve_post_cluster_ha_rules"}},
	{"ha migrate vm:131 pve2", []string{"pve_post_cluster_ha_resources_migrate"}},
	{"ha state disabled ct:205", []string{"pve_put_cluster_ha_resources_sid"}},
	{"ha node affinity rules", []string{"pve_get_cluster_ha_rules", "pve_post_cluster_ha_rules"}},
	{"remove 144 from ha", []string{"pve_delete_cluster_ha_resources_sid"}},

	// PVE SDN.
	{"sdn zones configured", []string{"pve_get_cluster_sdn_zones"}},
	{"vxlan zone", []string{"pve_post_cluster_sdn_zones"}},
	{"vnet tag 100 in zone lab", []string{"pve_post_cluster_sdn_vnets"}},
	{"apply sdn", []string{"pve_put_cluster_sdn"}},
	{"subnet 10.20.0.0/24 gw 10.20.0.1", []string{"pve_post_cluster_sdn_vnets_subnets"}},

	// PVE firewall.
	{"datacenter firewall rules", []string{"pve_get_cluster_firewall_rules"}},
	{"allow ssh 10.0.0.0/8 vm 120", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"firewall on vm 131", []string{"pve_put_nodes_qemu_firewall_options"}},
	{"enable cluster firewall", []string{"pve_put_cluster_firewall_options"}},
	{"security group webservers", []string{"pve_post_cluster_firewall_groups", "pve_get_cluster_firewall_groups"}},
	{"blocklist ipset add 203.0.113.9", []string{"pve_post_cluster_firewall_ipset_name"}},
	{"ct 205 firewall rules", []string{"pve_get_nodes_lxc_firewall_rules"}},
	{"host firewall pve2", []string{"pve_get_nodes_firewall_rules", "pve_get_nodes_firewall_options"}},

	// PVE certificates and ACME.
	{"cert expiry pve1", []string{"pve_get_nodes_certificates_info"}},
	{"custom cert for pveproxy", []string{"pve_post_nodes_certificates_custom"}},
	{"lets encrypt pve2", []string{"pve_post_nodes_certificates_acme_certificate"}},
	{"renew acme cert", []string{"pve_put_nodes_certificates_acme_certificate", "pbs_put_nodes_certificates_acme_certificate"}},
	{"acme dns plugin cloudflare", []string{"pve_post_cluster_acme_plugins", "pbs_post_config_acme_plugins"}},
	{"acme account register", []string{"pve_post_cluster_acme_account", "pbs_post_config_acme_account"}},

	// PVE notifications and metrics.
	{"smtp notification target", []string{"pve_post_cluster_notif_endpoints_smtp", "pbs_post_config_notif_endpoints_smtp"}},
	{"gotify endpoint", []string{"pve_post_cluster_notif_endpoints_gotify", "pbs_post_config_notif_endpoints_gotify"}},
	{"test mail-to-root target", []string{"pve_post_cluster_notif_targets_test", "pbs_post_config_notif_targets_test"}},
	{"matcher severity error only", []string{"pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name", "pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name"}},
	{"slack webhook notifications", []string{"pve_post_cluster_notif_endpoints_webhook", "pbs_post_config_notif_endpoints_webhook"}},
	{"pve metrics to graphite", []string{"pve_post_cluster_metrics_server_id"}},
	{"metric servers", []string{"pve_get_cluster_metrics_server", "pbs_get_admin_metrics", "pbs_get_config_metrics_influxdb_http", "pbs_get_config_metrics_influxdb_udp"}},

	// PVE replication, hardware mappings, guest agent.
	{"replicate 120 to pve2 */15", []string{"pve_post_cluster_replication"}},
	{"replicaton status", []string{"pve_get_nodes_replication", "pve_get_cluster_replication"}},
	{"run replication 120-0 now", []string{"pve_post_nodes_replication_schedule_now"}},
	{"pci mapping gpu-a4000", []string{"pve_post_cluster_mapping_pci"}},
	{"agent ping vm 120", []string{"pve_post_nodes_qemu_agent_ping"}},
	{"run uptime inside vm 131", []string{"pve_post_nodes_qemu_agent_exec"}},
	{"set root password in vm 160", []string{"pve_post_nodes_qemu_agent_set_user_password"}},

	// PVE side of the backup server.
	{"namespace prod on pbs-main storage", []string{"pve_put_storage_storage"}},
	{"pbs fingerprint changed storage", []string{"pve_put_storage_storage", "pbs_get_nodes_certificates_info"}},

	// PBS datastores.
	{"pbs datastores", []string{"pbs_get_admin_datastore", "pbs_get_config_datastore"}},
	{"store1 usage", []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}},
	{"when is datastore full", []string{"pbs_get_status_datastore_usage"}},
	{"create datastore tank /mnt/datastore/tank", []string{"pbs_post_config_datastore"}},
	{"proxmox-backup-manager datastore list --output-format json", []string{"pbs_get_config_datastore", "pbs_get_admin_datastore"}},
	{"maintenance-mode read-only store1", d11DSSet},
	{"gc-schedule daily store1", d11DSSet},
	{"remove datastore old-store keep data", []string{"pbs_delete_config_datastore_name"}},
	{"datastore config backup01", []string{"pbs_get_config_datastore_name"}},
	{"mount removable datastore usb1", []string{"pbs_post_admin_datastore_mount"}},
	{"datastore on s3 bucket", []string{"pbs_post_config_datastore", "pbs_post_config_s3"}},
	{"verify-new store1", d11DSSet},
	{"datastroe store2 comment", d11DSSet},

	// PBS snapshots, groups, namespaces and file access.
	{"backups in store1", d11Backups},
	{"groups store1 ns prod", []string{"pbs_get_admin_datastore_groups"}},
	{"snapshots vm/120 backup01", d11Snaps},
	{"latest backup ct/205", d11Backups},
	{"forget vm/131/2025-03-02T01:00:00Z", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"delete group host/fileserver", []string{"pbs_delete_admin_datastore_groups"}},
	{"protect snapshot vm/120 2025-01-05", []string{"pbs_put_admin_datastore_protected"}},
	{"snapshot notes store1", []string{"pbs_put_admin_datastore_notes", "pbs_get_admin_datastore_notes"}},
	{"owner of vm/150 to sync@pbs", []string{"pbs_post_admin_datastore_change_owner"}},
	{"files in snapshot host/nas", []string{"pbs_get_admin_datastore_files"}},
	{"browse pxar catalog", []string{"pbs_get_admin_datastore_catalog"}},
	{"grab one file from host backup", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"namespaces backup01", []string{"pbs_get_admin_datastore_namespace"}},
	{"create namespace customer-a", []string{"pbs_post_admin_datastore_namespace"}},
	{"delete namespace test recursive", []string{"pbs_delete_admin_datastore_namespace"}},
	{"move group into namespace archive", []string{"pbs_post_admin_datastore_move_group"}},
	{"proxmox-backup-client list", d11Backups},
	{"size of vm/120 backups", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups"}},
	{"Datastore > Content store2", d11Backups},

	// PBS garbage collection.
	{"start gc store1", []string{"pbs_post_admin_datastore_gc"}},
	{"gc status backup01", d11GCStat},
	{"gc all datastores", []string{"pbs_get_admin_gc", "pbs_get_admin_gc_store"}},
	{"proxmox-backup-manager garbage-collection start backup01", []string{"pbs_post_admin_datastore_gc"}},
	{"last gc removed bytes", d11GCStat},
	{"garbage colection schedule weekly", d11DSSet},
	{"abort running gc", []string{"pbs_delete_nodes_tasks_upid", "pbs_get_nodes_tasks"}},

	// PBS prune.
	{"prune vm/120 keep-last 3", []string{"pbs_post_admin_datastore_prune"}},
	{"prune dry-run ct/205", []string{"pbs_post_admin_datastore_prune"}},
	{"prune entire datastore store1", []string{"pbs_post_admin_datastore_prune_datastore"}},
	{"prune jobs overview", []string{"pbs_get_config_prune", "pbs_get_admin_prune"}},
	{"keep-daily 14 keep-weekly 8 job", []string{"pbs_post_config_prune", "pbs_put_config_prune_id"}},
	{"prune job schedule change", []string{"pbs_put_config_prune_id"}},
	{"prune job p-daily run now", []string{"pbs_post_admin_prune_run"}},
	{"delete prune job p-tank", []string{"pbs_delete_config_prune_id"}},
	{"Prune & GC jobs store3", []string{"pbs_get_config_prune", "pbs_get_admin_prune", "pbs_get_admin_datastore_gc"}},

	// PBS verify.
	{"verfiy store1 now", []string{"pbs_post_admin_datastore_verify"}},
	{"verify latest vm/131", []string{"pbs_post_admin_datastore_verify"}},
	{"verify jobs", []string{"pbs_get_config_verify", "pbs_get_admin_verify"}},
	{"weekly verification skip verified", []string{"pbs_post_config_verify"}},
	{"re-verify after 30 days", []string{"pbs_put_config_verify_id", "pbs_post_config_verify"}},
	{"run verify job v-store1", []string{"pbs_post_admin_verify_run"}},
	{"failed verifications", []string{"pbs_get_admin_verify", "pbs_get_nodes_tasks", "pbs_get_admin_datastore_snapshots"}},
	{"check chunks for corruption", []string{"pbs_post_admin_datastore_verify"}},

	// PBS remotes and sync.
	{"add remote pbs-dr", []string{"pbs_post_config_remote"}},
	{"remotes configured", []string{"pbs_get_config_remote"}},
	{"update remote password pbs-dr", []string{"pbs_put_config_remote_name"}},
	{"datastores on remote pbs-offsite", []string{"pbs_get_config_remote_scan"}},
	{"sync job pull from pbs-dr", []string{"pbs_post_config_sync"}},
	{"sycn jobs status", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"run sync s-offsite", []string{"pbs_post_admin_sync_run"}},
	{"sync schedule hourly", []string{"pbs_put_config_sync_id"}},
	{"push to offsite pbs", []string{"pbs_post_config_sync", "pbs_post_push"}},
	{"one-off pull store1", []string{"pbs_post_pull"}},
	{"remove-vanished on sync job", []string{"pbs_put_config_sync_id"}},
	{"delete sync job s-legacy", []string{"pbs_delete_config_sync_id"}},
	{"sync rate-in 50MiB", []string{"pbs_put_config_sync_id", "pbs_post_config_traffic_control"}},
	{"Configuration > Remotes", []string{"pbs_get_config_remote"}},

	// PBS tasks and logs.
	{"pbs running tasks", d11PBSTasks},
	{"pbs task log last sync", d11PBSLog},
	{"stop pbs task", []string{"pbs_delete_nodes_tasks_upid"}},
	{"backup server syslog", []string{"pbs_get_nodes_syslog", "pbs_get_nodes_journal"}},
	{"pbs journal errors", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}},
	{"failed backups last night pbs", d11PBSTasks},
	{"proxmox-backup-manager task list", d11PBSTasks},

	// PBS host: status, services, network, disks, settings.
	{"pbs cpu and memory", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd"}},
	{"reboot pbs01", []string{"pbs_post_nodes_status"}},
	{"restart proxmox-backup-proxy", []string{"pbs_post_nodes_services_restart"}},
	{"pbs systemd services", []string{"pbs_get_nodes_services"}},
	{"pbs dns", []string{"pbs_get_nodes_dns", "pbs_put_nodes_dns"}},
	{"pbs timezone UTC", []string{"pbs_put_nodes_time"}},
	{"pbs network interfaces", []string{"pbs_get_nodes_network"}},
	{"pbs disks", []string{"pbs_get_nodes_disks_list"}},
	{"raidz2 pool for backups", []string{"pbs_post_nodes_disks_zfs", "pve_post_nodes_disks_zfs"}},
	{"pbs directory datastore on sdb", []string{"pbs_post_nodes_disks_directory"}},
	{"pbs zpool status", []string{"pbs_get_nodes_disks_zfs_name", "pbs_get_nodes_disks_zfs"}},
	{"pbs system report", []string{"pbs_get_nodes_report"}},
	{"pbs shell", []string{"pbs_post_nodes_termproxy"}},
	{"pbs fingerprint", []string{"pbs_get_nodes_certificates_info"}},
	{"pbs version installed", []string{"pbs_get_version", "pbs_get_nodes_apt_versions"}},
	{"http-proxy for pbs", []string{"pbs_put_nodes_config"}},
	{"pbs subscription", []string{"pbs_get_nodes_subscription", "pbs_put_nodes_subscription", "pbs_post_nodes_subscription"}},

	// PBS updates.
	{"pbs apt refresh", []string{"pbs_post_nodes_apt_update"}},
	{"pbs updates availble", []string{"pbs_get_nodes_apt_update"}},
	{"pbs no-subscription repository", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories", "pbs_get_nodes_apt_repositories"}},
	{"changelog proxmox-backup-server", []string{"pbs_get_nodes_apt_changelog"}},
	{"Administration > Updates", []string{"pbs_get_nodes_apt_update", "pve_get_nodes_apt_update"}},

	// PBS users, tokens, permissions and realms.
	{"pbs add user backup@pbs", []string{"pbs_post_access_users"}},
	{"list pbs users", []string{"pbs_get_access_users"}},
	{"token for pve cluster on pbs", []string{"pbs_post_access_users_token_token_name"}},
	{"DatastoreBackup on /datastore/store1 for token", []string{"pbs_put_access_acl"}},
	{"pbs acl", []string{"pbs_get_access_acl"}},
	{"pbs permissions sync@pbs", []string{"pbs_get_access_permissions"}},
	{"pbs change password", []string{"pbs_put_access_password"}},
	{"pbs disable user", []string{"pbs_put_access_users_userid"}},
	{"pbs ldap realm", []string{"pbs_post_config_access_ldap", "pbs_get_config_access_ldap"}},
	{"active directory realm pbs", []string{"pbs_post_config_access_ad"}},

	// PBS certificates, notifications, metrics, traffic control.
	{"pbs custom certificate upload", []string{"pbs_post_nodes_certificates_custom"}},
	{"pbs acme certifcate order", []string{"pbs_post_nodes_certificates_acme_certificate"}},
	{"pbs acme domain", []string{"pbs_put_nodes_config"}},
	{"pbs smtp endpoint mail.corp.lan", []string{"pbs_post_config_notif_endpoints_smtp"}},
	{"pbs notification matchers configured", []string{"pbs_get_config_notif_matchers"}},
	{"mail on failed verify", []string{"pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name", "pbs_put_config_datastore_name"}},
	{"pbs influxdb http", []string{"pbs_post_config_metrics_influxdb_http"}},
	{"pbs traffic control rule", []string{"pbs_post_config_traffic_control"}},
	{"current bandwidth per rule", []string{"pbs_get_admin_traffic_control"}},

	// PBS tape.
	{"tape drives configured", []string{"pbs_get_tape_drive", "pbs_get_config_drive"}},
	{"changer slot contents", []string{"pbs_get_tape_changer_status"}},
	{"barcode label tapes", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"tape inventory update", []string{"pbs_put_tape_drive_inventory"}},
	{"new media pool weekly", []string{"pbs_post_config_media_pool"}},
	{"tape backup job store1", []string{"pbs_post_config_tape_backup_job"}},
	{"run tape backup now", []string{"pbs_post_tape_backup_id", "pbs_post_tape_backup"}},
	{"restore from media set", []string{"pbs_post_tape_restore"}},
	{"eject tape drive0", []string{"pbs_post_tape_drive_eject_media"}},
	{"tape media list", []string{"pbs_get_tape_media_list"}},
	{"proxmox-tape status", []string{"pbs_get_tape_drive_status"}},

	// PBS S3 endpoints.
	{"s3 endpoint add", []string{"pbs_post_config_s3"}},
	{"s3 buckets list", []string{"pbs_get_config_s3_list_buckets"}},
	{"check s3 endpoint", []string{"pbs_put_admin_s3_check"}},
	{"s3 refresh store-s3", []string{"pbs_put_admin_datastore_s3_refresh"}},
}

// TestDev11 scores development set 11 and lists its misses. Like TestDev it has no floor.
func TestDev11(t *testing.T) {
	scoreDevSet(t, "development set 11", dev11Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, dev6Cases, dev7Cases, dev8Cases, habitCases, symptomCases)
}
