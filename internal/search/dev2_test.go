package search

import (
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// Shorthand want lists for the operations many requests accept.
var (
	vmConfigSet = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	vmNow       = []string{"pve_get_nodes_qemu_status_current"}
	ctNow       = []string{"pve_get_nodes_lxc_status_current"}
	mailAlert   = []string{"pve_post_cluster_notif_matchers", "pve_post_cluster_notif_endpoints_sendmail", "pve_post_cluster_notif_endpoints_smtp", "pve_put_cluster_notif_matchers_name"}
	certRenew   = []string{"pve_post_nodes_certificates_acme_certificate", "pve_put_nodes_certificates_acme_certificate", "pve_post_nodes_certificates_custom"}
	nodeShell   = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
)

// dev2Cases are a second development set, written before any ranking
// change it informs: requests as homelab owners and cluster admins type
// them to an assistant, across every category of both products, in many
// forms (noun phrases without a verb, questions, symptoms and goals,
// qm/pct/pvecm/pvesm/pveum/ha-manager/proxmox-backup-manager command
// lines, typos, British spellings). A want list names every operation an
// experienced admin would accept as the answer.
var dev2Cases = []qualityCase{
	// Virtual machines: state questions, noun phrases.
	{"is vm 117 up?", vmNow},
	{"how much memory is vm 104 actually using", append([]string{"pve_get_nodes_qemu_rrddata"}, vmNow...)},
	{"the uptime of vm 140", vmNow},
	{"virtual machine 165 memroy usage", append([]string{"pve_get_nodes_qemu_rrddata"}, vmNow...)},
	{"cpu utilisation of vm 172", append([]string{"pve_get_nodes_qemu_rrddata"}, vmNow...)},
	{"vm 144 cpu graph for the last week", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}},
	{"boot order of vm 145", []string{"pve_get_nodes_qemu_config"}},
	{"the mac address of vm 148", []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"the os running inside vm 141", []string{"pve_get_nodes_qemu_agent_get_osinfo"}},
	{"filesystems inside vm 142 and how full they are", []string{"pve_get_nodes_qemu_agent_get_fsinfo"}},
	{"which users are logged into vm 143", []string{"pve_get_nodes_qemu_agent_get_users"}},
	{"the pending changes of vm 152", []string{"pve_get_nodes_qemu_pending"}},
	{"cloud-init user data of vm 154", []string{"pve_get_nodes_qemu_cloudinit_dump", "pve_get_nodes_qemu_cloudinit"}},
	{"vm 156 snapshots", []string{"pve_get_nodes_qemu_snapshot"}},
	{"can vm 158 be migrated to pve3 right now?", []string{"pve_get_nodes_qemu_migrate"}},
	{"which cpu types can I give a vm", []string{"pve_get_nodes_capabilities_qemu_cpu"}},
	{"machine types supported by qemu on pve1", []string{"pve_get_nodes_capabilities_qemu_machines"}},
	{"what is vm 166 doing", vmNow},

	// Virtual machines: changes and actions.
	{"change the boot order of vm 145 to disk first", vmConfigSet},
	{"add a second network card to vm 146", vmConfigSet},
	{"attach an iso to vm 147", vmConfigSet},
	{"vm 149 won't start, it says it is locked", vmConfigSet},
	{"freeze the filesystems of vm 150 before the snapshot", []string{"pve_post_nodes_qemu_agent_fsfreeze_freeze"}},
	{"trim the disks of vm 151", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"apply new cloudinit settings to vm 153", append([]string{"pve_put_nodes_qemu_cloudinit"}, vmConfigSet...)},
	{"set the ssh key for cloud-init on vm 155", vmConfigSet},
	{"change the description of snapshot before-update on vm 157", []string{"pve_put_nodes_qemu_snapshot_config"}},
	{"spice connection to vm 159", []string{"pve_post_nodes_qemu_spiceproxy"}},
	{"write a file into vm 160 via the guest agent", []string{"pve_post_nodes_qemu_agent_file_write"}},
	{"read /etc/hosts from inside vm 161", []string{"pve_get_nodes_qemu_agent_file_read"}},
	{"put vm 162 to sleep", []string{"pve_post_nodes_qemu_status_suspend", "pve_post_nodes_qemu_agent_suspend_ram"}},
	{"powr off vm 163", []string{"pve_post_nodes_qemu_status_stop", "pve_post_nodes_qemu_status_shutdown"}},
	{"rebot vm 164", []string{"pve_post_nodes_qemu_status_reboot"}},
	{"prioritise vm 173 so it starts first at boot", vmConfigSet},
	{"gpu passthrough to vm 171", append([]string{"pve_post_cluster_mapping_pci"}, vmConfigSet...)},

	// qm command lines.
	{"qm start 110", []string{"pve_post_nodes_qemu_status_start"}},
	{"qm shutdown 111 --timeout 60", []string{"pve_post_nodes_qemu_status_shutdown"}},
	{"qm set 112 --memory 8192", vmConfigSet},
	{"qm config 113", []string{"pve_get_nodes_qemu_config"}},
	{"qm list", []string{"pve_get_nodes_qemu", "pve_get_cluster_resources"}},
	{"qm snapshot 114 pre-upgrade", []string{"pve_post_nodes_qemu_snapshot"}},
	{"qm rollback 114 pre-upgrade", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"qm resize 115 scsi0 +20G", []string{"pve_put_nodes_qemu_resize"}},
	{"qm migrate 116 pve2 --online", []string{"pve_post_nodes_qemu_migrate"}},
	{"qm clone 9000 120 --name web", []string{"pve_post_nodes_qemu_clone"}},
	{"qm destroy 121 --purge", []string{"pve_delete_nodes_qemu_vmid"}},
	{"qm guest exec 122 -- uptime", []string{"pve_post_nodes_qemu_agent_exec"}},
	{"qm pending 123", []string{"pve_get_nodes_qemu_pending"}},
	{"qm unlock 124", vmConfigSet},
	{"qm sendkey 125 ctrl-alt-delete", []string{"pve_put_nodes_qemu_sendkey"}},
	{"qm template 126", []string{"pve_post_nodes_qemu_template"}},
	{"qm disk move 127 scsi0 local-zfs", []string{"pve_post_nodes_qemu_move_disk"}},
	{"qm suspend 128 --todisk", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"qm reset 129", []string{"pve_post_nodes_qemu_status_reset"}},
	{"qm cloudinit dump 130 user", []string{"pve_get_nodes_qemu_cloudinit_dump"}},
	{"qm agent 131 ping", []string{"pve_post_nodes_qemu_agent_ping"}},
	{"qm monitor 132", []string{"pve_post_nodes_qemu_monitor"}},
	{"qm disk unlink 133 --idlist unused0", []string{"pve_put_nodes_qemu_unlink"}},
	{"qm status 134", vmNow},

	// Containers.
	{"pct enter 200", []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy"}},
	{"pct start 201", []string{"pve_post_nodes_lxc_status_start"}},
	{"pct stop 202", []string{"pve_post_nodes_lxc_status_stop"}},
	{"pct set 203 --memory 2048", []string{"pve_put_nodes_lxc_config"}},
	{"pct config 204", []string{"pve_get_nodes_lxc_config"}},
	{"pct list", []string{"pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"pct resize 205 rootfs 20G", []string{"pve_put_nodes_lxc_resize"}},
	{"pct snapshot 206 clean", []string{"pve_post_nodes_lxc_snapshot"}},
	{"pct restore 207 /mnt/backup/vzdump-lxc-207.tar.zst", []string{"pve_post_nodes_lxc"}},
	{"pct migrate 208 pve2 --restart", []string{"pve_post_nodes_lxc_migrate"}},
	{"pct move-volume 209 rootfs local-zfs", []string{"pve_post_nodes_lxc_move_volume"}},
	{"pct clone 210 211", []string{"pve_post_nodes_lxc_clone"}},
	{"pct destroy 212", []string{"pve_delete_nodes_lxc_vmid"}},
	{"pct unlock 213", []string{"pve_put_nodes_lxc_config"}},
	{"pct template 214", []string{"pve_post_nodes_lxc_template"}},
	{"is container 215 up", ctNow},
	{"ip of ct 216", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"the network interfaces of container 217", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"how much disk is ct 218 using", append([]string{"pve_get_nodes_lxc_rrddata"}, ctNow...)},
	{"enable nesting for container 219", []string{"pve_put_nodes_lxc_config"}},
	{"mount a host directory into ct 221", []string{"pve_put_nodes_lxc_config"}},
	{"container 223 cpu history", []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}},
	{"which snapshots does ct 224 have", []string{"pve_get_nodes_lxc_snapshot"}},
	{"roll back container 225 to yesterday's snapshot", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"delete snapshot old of ct 226", []string{"pve_delete_nodes_lxc_snapshot_snapname"}},
	{"pending config changes of ct 227", []string{"pve_get_nodes_lxc_pending"}},
	{"reboot the container 228", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"freeze ct 230", []string{"pve_post_nodes_lxc_status_suspend"}},
	{"containr 231 start", []string{"pve_post_nodes_lxc_status_start"}},
	{"create a debian 12 container from the template", []string{"pve_post_nodes_lxc"}},
	{"download the ubuntu container template", []string{"pve_post_nodes_aplinfo"}},
	{"available appliance templates", []string{"pve_get_nodes_aplinfo"}},
	{"pull a docker image from a registry to use as a container template", []string{"pve_post_nodes_storage_oci_registry_pull"}},

	// Nodes and system.
	{"uptime of pve1", []string{"pve_get_nodes_status"}},
	{"kernel version on pve2", []string{"pve_get_nodes_status", "pve_get_nodes_version"}},
	{"pveversion -v", []string{"pve_get_version", "pve_get_nodes_version", "pve_get_nodes_apt_versions"}},
	{"the time zone of node pve1", []string{"pve_get_nodes_time"}},
	{"set the timezone of pve2 to Europe/Berlin", []string{"pve_put_nodes_time"}},
	{"dns servers of pve1", []string{"pve_get_nodes_dns"}},
	{"change the dns server on the backup server", []string{"pbs_put_nodes_dns"}},
	{"/etc/hosts of pve3", []string{"pve_get_nodes_hosts"}},
	{"syslog of pve1", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"journalctl on the backup server", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}},
	{"reboot node pve2", []string{"pve_post_nodes_status"}},
	{"shut down the whole host pve3", []string{"pve_post_nodes_status"}},
	{"wake up pve4 with wake on lan", []string{"pve_post_nodes_wakeonlan"}},
	{"open a shell on pve1", nodeShell},
	{"system report of pve1 for the support ticket", []string{"pve_get_nodes_report"}},
	{"the cpu model of pve2", []string{"pve_get_nodes_status"}},
	{"pve1 load average", []string{"pve_get_nodes_status"}},
	{"node pve2 network traffic graph", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"suspend every guest on pve3", []string{"pve_post_nodes_suspendall"}},

	// Cluster.
	{"which nodes are in the cluster", []string{"pve_get_nodes", "pve_get_cluster_status", "pve_get_cluster_config_nodes"}},
	{"is the cluster quorate?", []string{"pve_get_cluster_status"}},
	{"pvecm status", []string{"pve_get_cluster_status"}},
	{"list the corosync members", []string{"pve_get_cluster_config_nodes", "pve_get_cluster_status"}},
	{"pvecm add 10.0.0.1", []string{"pve_post_cluster_config_join"}},
	{"pvecm delnode pve4", []string{"pve_delete_cluster_config_nodes_node"}},
	{"pvecm create homelab", []string{"pve_post_cluster_config"}},
	{"join information for adding a new node", []string{"pve_get_cluster_config_join"}},
	{"totem config of corosync", []string{"pve_get_cluster_config_totem"}},
	{"qdevice status", []string{"pve_get_cluster_config_qdevice"}},
	{"recent tasks across the cluster", []string{"pve_get_cluster_tasks"}},
	{"the datacentre options like keyboard layout", []string{"pve_get_cluster_options"}},
	{"set the default migration network for the datacenter", []string{"pve_put_cluster_options"}},
	{"what id should my new vm get", []string{"pve_get_cluster_nextid"}},
	{"shut down all guests in the cluster", []string{"pve_post_cluster_bulk_action_guest_shutdown", "pve_post_nodes_stopall"}},

	// Storage.
	{"free space on the nfs share", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage"}},
	{"pvesm status", []string{"pve_get_nodes_storage", "pve_get_nodes_storage_status"}},
	{"pvesm add nfs nas --server 10.0.0.5 --export /backup", []string{"pve_post_storage"}},
	{"remove storage nas-old from the datacenter", []string{"pve_delete_storage_storage"}},
	{"change the content types of storage local", []string{"pve_put_storage_storage"}},
	{"iso images on storage local", []string{"pve_get_nodes_storage_content"}},
	{"upload an iso to local", []string{"pve_post_nodes_storage_upload", "pve_post_nodes_storage_download_url"}},
	{"download an iso from a url to local storage", []string{"pve_post_nodes_storage_download_url"}},
	{"delete debian-11.iso from local", []string{"pve_delete_nodes_storage_content_volume"}},
	{"what's on the cifs storage", []string{"pve_get_nodes_storage_content"}},
	{"scan the iscsi target 10.0.0.9", []string{"pve_get_nodes_scan_iscsi"}},
	{"add the backup server as a storage in pve", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"storage usage history of local-zfs", []string{"pve_get_nodes_storage_rrddata", "pve_get_nodes_storage_rrd"}},
	{"restore a single file from a vm backup", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"which vm disks are on storage ceph-rbd", []string{"pve_get_nodes_storage_content"}},
	{"storage.cfg entry of local-lvm", []string{"pve_get_storage_storage"}},

	// Disks.
	{"physical disks on pve1", []string{"pve_get_nodes_disks_list"}},
	{"smart health of /dev/sda", []string{"pve_get_nodes_disks_smart"}},
	{"create a zfs mirror from sdb and sdc", []string{"pve_post_nodes_disks_zfs"}},
	{"make a thin pool on /dev/nvme1n1", []string{"pve_post_nodes_disks_lvmthin"}},
	{"initialise disk sde with gpt", []string{"pve_post_nodes_disks_initgpt"}},
	{"erase disk sdf", []string{"pve_put_nodes_disks_wipedisk"}},
	{"lvm thin pools on pve2", []string{"pve_get_nodes_disks_lvmthin"}},
	{"zpool status of rpool", []string{"pve_get_nodes_disks_zfs_name"}},
	{"disks in the backup server", []string{"pbs_get_nodes_disks_list"}},
	{"new zfs pool for a datastore on pbs", []string{"pbs_post_nodes_disks_zfs"}},

	// Network.
	{"bridges on pve2", []string{"pve_get_nodes_network"}},
	{"create a vlan aware bridge vmbr1", []string{"pve_post_nodes_network"}},
	{"apply pending network changes on pve1", []string{"pve_put_nodes_network"}},
	{"revert network changes on pve1", []string{"pve_delete_nodes_network"}},
	{"change the ip of vmbr0", []string{"pve_put_nodes_network_iface"}},
	{"bond config on pve3", []string{"pve_get_nodes_network", "pve_get_nodes_network_iface"}},
	{"delete interface vmbr2", []string{"pve_delete_nodes_network_iface"}},
	{"nics of the pbs host", []string{"pbs_get_nodes_network"}},
	{"apply the network config on pbs", []string{"pbs_put_nodes_network"}},

	// Firewall.
	{"enable the firewall on the datacenter", []string{"pve_put_cluster_firewall_options"}},
	{"is the firewall on for vm 130", []string{"pve_get_nodes_qemu_firewall_options"}},
	{"allow ssh to vm 131", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"block port 80 on ct 232", []string{"pve_post_nodes_lxc_firewall_rules"}},
	{"firewall log of pve1", []string{"pve_get_nodes_firewall_log"}},
	{"firewall log of vm 133", []string{"pve_get_nodes_qemu_firewall_log"}},
	{"security groups of the cluster", []string{"pve_get_cluster_firewall_groups"}},
	{"create a security group webservers", []string{"pve_post_cluster_firewall_groups"}},
	{"ip aliases in the firewall", []string{"pve_get_cluster_firewall_aliases"}},
	{"add 10.0.0.0/24 to ipset trusted", []string{"pve_post_cluster_firewall_ipset_name"}},
	{"firewall macros available", []string{"pve_get_cluster_firewall_macros"}},
	{"delete firewall rule 3 of the node", []string{"pve_delete_nodes_firewall_rules_pos"}},
	{"node firewall rules on pve2", []string{"pve_get_nodes_firewall_rules"}},
	{"the firewall options of ct 234", []string{"pve_get_nodes_lxc_firewall_options"}},

	// High availability.
	{"ha-manager status", []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}},
	{"put vm 135 under ha", []string{"pve_post_cluster_ha_resources"}},
	{"ha-manager migrate vm:136 pve2", []string{"pve_post_cluster_ha_resources_migrate"}},
	{"ha-manager relocate vm:137 pve3", []string{"pve_post_cluster_ha_resources_relocate"}},
	{"ha-manager config", []string{"pve_get_cluster_ha_resources"}},
	{"set the ha state of vm 138 to disabled", []string{"pve_put_cluster_ha_resources_sid"}},
	{"node affinity rules for ha", []string{"pve_get_cluster_ha_rules", "pve_post_cluster_ha_rules"}},
	{"who is the current ha manager master", []string{"pve_get_cluster_ha_status_manager_status", "pve_get_cluster_ha_status_current"}},

	// Ceph.
	{"ceph -s", []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},
	{"all osds and whether they are up", []string{"pve_get_nodes_ceph_osd"}},
	{"create a ceph pool named vmdata", []string{"pve_post_nodes_ceph_pool"}},
	{"set noout before maintenance", []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}},
	{"ceph mons on the cluster", []string{"pve_get_nodes_ceph_mon"}},
	{"add a ceph manager on pve2", []string{"pve_post_nodes_ceph_mgr_id"}},
	{"mark osd.3 out", []string{"pve_post_nodes_ceph_osd_out"}},
	{"scrub osd 4", []string{"pve_post_nodes_ceph_osd_scrub"}},
	{"destroy osd 5", []string{"pve_delete_nodes_ceph_osd_osdid"}},
	{"cephfs list", []string{"pve_get_nodes_ceph_fs"}},
	{"ceph.conf contents", []string{"pve_get_nodes_ceph_cfg_raw"}},
	{"crush map", []string{"pve_get_nodes_ceph_crush"}},
	{"initialise ceph on pve1", []string{"pve_post_nodes_ceph_init"}},
	{"usage of ceph pool vmdata", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_name", "pve_get_nodes_ceph_pool_status"}},
	{"restart ceph services on pve3", []string{"pve_post_nodes_ceph_restart"}},
	{"ceph health warning, what's wrong", []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},

	// Replication.
	{"replicate vm 140 to pve2 every 15 minutes", []string{"pve_post_cluster_replication"}},
	{"storage replication jobs configured", []string{"pve_get_cluster_replication", "pve_get_nodes_replication"}},
	{"status of replication on pve1", []string{"pve_get_nodes_replication", "pve_get_nodes_replication_status"}},
	{"run replication job 140-0 now", []string{"pve_post_nodes_replication_schedule_now"}},
	{"delete replication job 141-0", []string{"pve_delete_cluster_replication_id"}},
	{"pvesr status", []string{"pve_get_cluster_replication", "pve_get_nodes_replication"}},

	// Backups on PVE.
	{"vzdump 142 --storage pbs --mode snapshot", []string{"pve_post_nodes_vzdump"}},
	{"backup job list", []string{"pve_get_cluster_backup"}},
	{"edit the nightly backup job to keep 7", []string{"pve_put_cluster_backup_id"}},
	{"what does backup job backup-abc include", []string{"pve_get_cluster_backup_included_volumes"}},
	{"vms with no backup", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"default vzdump settings", []string{"pve_get_nodes_vzdump_defaults"}},
	{"config stored in the backup vzdump-qemu-100.vma.zst", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"restore ct 144 from backup", []string{"pve_post_nodes_lxc"}},
	{"what would prune remove on local", []string{"pve_get_nodes_storage_prunebackups"}},

	// Users and permissions on PVE.
	{"create a user alice@pve", []string{"pve_post_access_users"}},
	{"pveum user add bob@pve", []string{"pve_post_access_users"}},
	{"pveum acl modify / --roles PVEAuditor --users bob@pve", []string{"pve_put_access_acl"}},
	{"reset the password of user alice@pve", []string{"pve_put_access_password"}},
	{"who has access to /vms/100", []string{"pve_get_access_acl"}},
	{"create an api token for terraform", []string{"pve_post_access_users_token_tokenid"}},
	{"tokens of user alice", []string{"pve_get_access_users_token"}},
	{"roles and their privileges", []string{"pve_get_access_roles"}},
	{"custom role with VM.PowerMgmt", []string{"pve_post_access_roles"}},
	{"add an ldap realm", []string{"pve_post_access_domains"}},
	{"synchronise users from ldap", []string{"pve_post_access_domains_sync", "pve_post_cluster_jobs_realm_sync_id"}},
	{"user groups on pve", []string{"pve_get_access_groups"}},
	{"disable user charlie", []string{"pve_put_access_users_userid"}},
	{"set up totp for root", []string{"pve_post_access_tfa_userid"}},
	{"unlock tfa for dave after too many attempts", []string{"pve_put_access_users_unlock_tfa"}},
	{"my effective permissions", []string{"pve_get_access_permissions"}},
	{"what permissions does token monitoring have", []string{"pve_get_access_permissions"}},
	{"authorisation realms", []string{"pve_get_access_domains"}},

	// Certificates and ACME.
	{"let's encrypt account", []string{"pve_get_cluster_acme_account"}},
	{"register an acme account with my email", []string{"pve_post_cluster_acme_account"}},
	{"dns challenge plugin for cloudflare", []string{"pve_post_cluster_acme_plugins"}},
	{"order a new certificate for pve1", []string{"pve_post_nodes_certificates_acme_certificate"}},
	{"renew the certificate on pve2", []string{"pve_put_nodes_certificates_acme_certificate"}},
	{"upload my own certificate to pve1", []string{"pve_post_nodes_certificates_custom"}},
	{"the web ui certificate expired", append([]string{"pve_get_nodes_certificates_info"}, certRenew...)},
	{"when does the certificate of pve3 expire?", []string{"pve_get_nodes_certificates_info"}},
	{"certificate fingerprint of the backup server", []string{"pbs_get_nodes_certificates_info"}},
	{"the acme terms of service", []string{"pve_get_cluster_acme_tos", "pbs_get_config_acme_tos"}},
	{"pbs let's encrypt certificate order", []string{"pbs_post_nodes_certificates_acme_certificate"}},

	// Updates, subscription, services.
	{"check for updates on pve1", []string{"pve_post_nodes_apt_update", "pve_get_nodes_apt_update"}},
	{"apt update on the backup server", []string{"pbs_post_nodes_apt_update", "pbs_get_nodes_apt_update"}},
	{"available upgrades", []string{"pve_get_nodes_apt_update", "pbs_get_nodes_apt_update"}},
	{"package versions", []string{"pve_get_nodes_apt_versions", "pbs_get_nodes_apt_versions"}},
	{"enable the no-subscription repository", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories"}},
	{"changelog of pve-manager", []string{"pve_get_nodes_apt_changelog"}},
	{"subscription status of pve1", []string{"pve_get_nodes_subscription"}},
	{"enter a subscription key", []string{"pve_put_nodes_subscription", "pbs_put_nodes_subscription"}},
	{"remove the subscription key from the backup server", []string{"pbs_delete_nodes_subscription"}},
	{"licence of the backup server", []string{"pbs_get_nodes_subscription"}},
	{"restart pveproxy", []string{"pve_post_nodes_services_restart"}},
	{"is corosync running on pve2", []string{"pve_get_nodes_services_state", "pve_get_nodes_services", "pve_get_nodes_services_service"}},
	{"status of the services on the backup server", []string{"pbs_get_nodes_services"}},
	{"reload sshd on pve1", []string{"pve_post_nodes_services_reload"}},

	// Tasks and consoles.
	{"running tasks on pve1", []string{"pve_get_nodes_tasks"}},
	{"log of task UPID:pve1:000A1B2C:0123ABCD:66A0B0C0:vzdump:100:root@pam:", []string{"pve_get_nodes_tasks_log"}},
	{"stop the task UPID:pve1:000A1B2C:0123ABCD:66A0B0C0:qmigrate:101:root@pam:", []string{"pve_delete_nodes_tasks_upid"}},
	{"did my last backup task succeed", []string{"pve_get_nodes_tasks", "pve_get_nodes_tasks_status", "pve_get_cluster_tasks"}},
	{"task history on the backup server", []string{"pbs_get_nodes_tasks"}},
	{"novnc console for node pve1", nodeShell},
	{"xterm.js to ct 235", []string{"pve_post_nodes_lxc_termproxy"}},

	// Pools, mapping, hardware.
	{"resource pools", []string{"pve_get_pools"}},
	{"organise the lab vms into a pool", []string{"pve_post_pools", "pve_put_pools", "pve_put_pools_poolid"}},
	{"add vm 170 to pool lab", []string{"pve_put_pools", "pve_put_pools_poolid"}},
	{"members of pool prod", []string{"pve_get_pools_poolid", "pve_get_pools"}},
	{"delete pool test", []string{"pve_delete_pools_poolid", "pve_delete_pools"}},
	{"pci devices on pve1", []string{"pve_get_nodes_hardware_pci"}},
	{"usb devices plugged into pve2", []string{"pve_get_nodes_hardware_usb"}},
	{"resource mapping for the usb dongle", []string{"pve_post_cluster_mapping_usb", "pve_get_cluster_mapping_usb"}},
	{"mediated devices of the gpu 0000:01:00.0", []string{"pve_get_nodes_hardware_pci_mdev"}},
	{"directory mappings for virtiofs", []string{"pve_get_cluster_mapping_dir", "pve_post_cluster_mapping_dir"}},
	{"iommu groups on pve1", []string{"pve_get_nodes_hardware_pci"}},

	// SDN.
	{"create a vlan zone", []string{"pve_post_cluster_sdn_zones"}},
	{"apply the sdn configuration", []string{"pve_put_cluster_sdn"}},
	{"add a vnet to zone lab", []string{"pve_post_cluster_sdn_vnets"}},
	{"subnet 10.10.0.0/24 on vnet lab1", []string{"pve_post_cluster_sdn_vnets_subnets"}},
	{"evpn controller", []string{"pve_get_cluster_sdn_controllers", "pve_post_cluster_sdn_controllers"}},
	{"ipam status", []string{"pve_get_cluster_sdn_ipams_status", "pve_get_cluster_sdn_ipams"}},
	{"dns integration of the sdn", []string{"pve_get_cluster_sdn_dns"}},
	{"openfabric fabrics", []string{"pve_get_cluster_sdn_fabrics_fabric", "pve_get_cluster_sdn_fabrics", "pve_get_cluster_sdn_fabrics_all"}},
	{"throw away the pending sdn changes", []string{"pve_post_cluster_sdn_rollback"}},
	{"sdn zone status on pve1", []string{"pve_get_nodes_sdn_zones"}},

	// Metrics and notifications.
	{"send metrics to influxdb", []string{"pve_post_cluster_metrics_server_id"}},
	{"graphite metric server", []string{"pve_get_cluster_metrics_server", "pve_post_cluster_metrics_server_id", "pve_get_cluster_metrics_server_id"}},
	{"pbs influxdb http metrics", []string{"pbs_get_config_metrics_influxdb_http", "pbs_post_config_metrics_influxdb_http"}},
	{"send me an email when replication fails", mailAlert},
	{"mail me if a backup job errors", mailAlert},
	{"notify me on telegram via a webhook", []string{"pve_post_cluster_notif_endpoints_webhook"}},
	{"send a test notification", []string{"pve_post_cluster_notif_targets_test", "pbs_post_config_notif_targets_test"}},
	{"where do notifications go", []string{"pve_get_cluster_notif_targets", "pve_get_cluster_notif_endpoints", "pbs_get_config_notif_targets"}},
	{"which events can I filter notifications on", []string{"pve_get_cluster_notif_matcher_fields", "pve_get_cluster_notif_matcher_field_values"}},
	{"smtp server for notifications on pbs", []string{"pbs_post_config_notif_endpoints_smtp", "pbs_get_config_notif_endpoints_smtp"}},
	{"gotify alerts for the backup server", []string{"pbs_post_config_notif_endpoints_gotify", "pbs_get_config_notif_endpoints_gotify"}},
	{"notification matchers", []string{"pve_get_cluster_notif_matchers", "pbs_get_config_notif_matchers"}},
	{"stop getting mails for successful backups", []string{"pve_put_cluster_notif_matchers_name", "pve_post_cluster_notif_matchers", "pve_put_cluster_backup_id"}},

	// Backup server: datastores and their content.
	{"list datastores", []string{"pbs_get_admin_datastore", "pbs_get_config_datastore"}},
	{"proxmox-backup-manager datastore list", []string{"pbs_get_config_datastore", "pbs_get_admin_datastore"}},
	{"proxmox-backup-manager datastore create store3 /mnt/store3", []string{"pbs_post_config_datastore"}},
	{"how full is datastore store1", []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}},
	{"when did garbage collection last run on store1", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc_store", "pbs_get_admin_gc"}},
	{"start a verify of store2", []string{"pbs_post_admin_datastore_verify"}},
	{"protect snapshot vm/100/2024-01-01T00:00:00Z in store1", []string{"pbs_put_admin_datastore_protected"}},
	{"forget backup snapshot vm/101/2024-02-01T02:00:00Z", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"files in backup snapshot ct/200/2024-03-01T01:00:00Z", []string{"pbs_get_admin_datastore_files", "pbs_get_admin_datastore_catalog"}},
	{"change owner of backup group vm/102", []string{"pbs_post_admin_datastore_change_owner"}},
	{"namespaces in store1", []string{"pbs_get_admin_datastore_namespace"}},
	{"create namespace prod in store1", []string{"pbs_post_admin_datastore_namespace"}},
	{"notes of backup group vm/103", []string{"pbs_get_admin_datastore_group_notes"}},
	{"mount the removable datastore usb1", []string{"pbs_post_admin_datastore_mount"}},
	{"unmount datastore usb1", []string{"pbs_post_admin_datastore_unmount"}},
	{"put datastore store2 into maintenance mode", []string{"pbs_put_config_datastore_name"}},
	{"gc schedule of store1", []string{"pbs_get_config_datastore_name"}},
	{"what is the datastore doing right now", []string{"pbs_get_admin_datastore_active_operations"}},
	{"delete the backup group ct/201", []string{"pbs_delete_admin_datastore_groups"}},
	{"move group vm/104 to namespace archive", []string{"pbs_post_admin_datastore_move_group"}},
	{"garbage collection status of all datastores", []string{"pbs_get_admin_gc"}},
	{"datastore usage graph", []string{"pbs_get_admin_datastore_rrd"}},

	// Backup server: remotes, sync, prune, verify.
	{"proxmox-backup-manager remote list", []string{"pbs_get_config_remote"}},
	{"add a remote pbs at 192.168.1.50", []string{"pbs_post_config_remote"}},
	{"datastores on remote offsite", []string{"pbs_get_config_remote_scan"}},
	{"sync job from offsite every night", []string{"pbs_post_config_sync"}},
	{"run sync job s-1 now", []string{"pbs_post_admin_sync_run"}},
	{"push store1 to the offsite server", []string{"pbs_post_push", "pbs_post_config_sync"}},
	{"sync jobs status", []string{"pbs_get_admin_sync"}},
	{"prune jobs", []string{"pbs_get_config_prune", "pbs_get_admin_prune"}},
	{"run prune job p-1", []string{"pbs_post_admin_prune_run"}},
	{"dry run of prune on store1", []string{"pbs_post_admin_datastore_prune_datastore", "pbs_post_admin_datastore_prune"}},
	{"verify job status", []string{"pbs_get_admin_verify"}},
	{"run verify job v-2", []string{"pbs_post_admin_verify_run"}},
	{"delete sync job s-2", []string{"pbs_delete_config_sync_id"}},
	{"limit the bandwidth of sync jobs to 50 MB/s", []string{"pbs_post_config_traffic_control", "pbs_put_config_sync_id"}},

	// Backup server: tape.
	{"label the new tapes", []string{"pbs_post_tape_drive_label_media", "pbs_post_tape_drive_barcode_label_media"}},
	{"inventory of the tape library", []string{"pbs_get_tape_drive_inventory", "pbs_put_tape_drive_inventory"}},
	{"eject the tape from drive lto1", []string{"pbs_post_tape_drive_eject_media"}},
	{"load the tape from slot 3", []string{"pbs_post_tape_drive_load_slot"}},
	{"media pools", []string{"pbs_get_config_media_pool"}},
	{"tape backup of store1 to pool weekly", []string{"pbs_post_tape_backup"}},
	{"restore store1 from the tape media set", []string{"pbs_post_tape_restore"}},
	{"status of tape drive lto1", []string{"pbs_get_tape_drive_status"}},
	{"changer status", []string{"pbs_get_tape_changer_status"}},
	{"scan for tape drives", []string{"pbs_get_tape_scan_drives"}},
	{"clean the tape drive", []string{"pbs_put_tape_drive_clean"}},
	{"format the tape in lto1", []string{"pbs_post_tape_drive_format_media"}},
	{"list tapes", []string{"pbs_get_tape_media_list"}},
	{"the catalogue of a tape", []string{"pbs_get_tape_media_content", "pbs_post_tape_drive_catalog"}},
	{"rewind the tape", []string{"pbs_post_tape_drive_rewind"}},

	// Backup server: access and system.
	{"proxmox-backup-manager user create backup@pbs", []string{"pbs_post_access_users"}},
	{"api token for pve on the backup server", []string{"pbs_post_access_users_token_token_name", "pbs_get_access_users_token"}},
	{"acl of datastore store1 on pbs", []string{"pbs_get_access_acl"}},
	{"grant DatastoreBackup on store1 to user pve@pbs", []string{"pbs_put_access_acl"}},
	{"ldap realm on pbs", []string{"pbs_get_config_access_ldap", "pbs_post_config_access_ldap"}},
	{"openid login on pbs", []string{"pbs_get_config_access_openid", "pbs_post_config_access_openid"}},
	{"pbs version", []string{"pbs_get_version"}},
	{"pbs node status", []string{"pbs_get_nodes_status"}},
	{"pbs syslog", []string{"pbs_get_nodes_syslog", "pbs_get_nodes_journal"}},
	{"s3 endpoint for backups on wasabi", []string{"pbs_post_config_s3", "pbs_get_config_s3"}},
	{"buckets on s3 endpoint wasabi", []string{"pbs_get_config_s3_list_buckets"}},
	{"webauthn settings of pbs", []string{"pbs_get_config_access_tfa_webauthn"}},
	{"pbs acme plugin", []string{"pbs_get_config_acme_plugins", "pbs_post_config_acme_plugins"}},
	{"reboot the backup server", []string{"pbs_post_nodes_status"}},
	{"time on pbs", []string{"pbs_get_nodes_time"}},
	{"restart the proxmox-backup-proxy service", []string{"pbs_post_nodes_services_restart"}},
}

// TestDev2 scores the second development set and lists its misses. Like
// TestDev it has no floor. It checks that every wanted operation exists
// and that no request repeats one of the other sets.
func TestDev2(t *testing.T) {
	scoreDevSet(t, "second development set", dev2Cases, 200, qualityCases, devCases, habitCases, symptomCases)
}

// scoreDevSet checks a development set (every wanted operation exists,
// no request repeats one of the other sets or of itself, at least
// minCases requests), then scores it and logs its misses. A development
// set has no floor.
func scoreDevSet(t *testing.T, label string, set []qualityCase, minCases int, others ...[]qualityCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, other := range others {
		for _, c := range other {
			seen[strings.ToLower(c.query)] = true
		}
	}
	for _, c := range set {
		if seen[strings.ToLower(c.query)] {
			t.Errorf("%q is also in another set", c.query)
		}
		seen[strings.ToLower(c.query)] = true
		for _, name := range c.want {
			if apis.Lookup(name) == nil {
				t.Errorf("%q: wanted operation %s does not exist", c.query, name)
			}
		}
	}
	if len(set) < minCases {
		t.Errorf("only %d cases, want at least %d", len(set), minCases)
	}
	s := score(prodIndex(), asEvalCases(set))
	t.Logf("%s: %v", label, s)
	for _, m := range s.misses {
		t.Logf("miss: %v", m)
	}
}
