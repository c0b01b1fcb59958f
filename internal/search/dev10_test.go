package search

import (
	"slices"
	"testing"
)

// Development set 10: 400 requests from people who only ask questions
// about a Proxmox VE cluster and a Proxmox Backup Server — monitoring,
// audit, troubleshooting and capacity planning: what runs where, state and
// load, configuration, history, permissions and failures. Nothing in it
// asks for a change. Written as a month of such requests (about 65 % PVE,
// 35 % PBS, everyday work first, the rarer areas as often as they come up,
// some typos kept), before the ranking changes of its round. A want list
// holds every operation whose call answers the question.

// Shorthand want lists of the tenth development set.
var (
	d10Res      = []string{"pve_get_cluster_resources"}
	d10VMList   = []string{"pve_get_cluster_resources", "pve_get_nodes_qemu"}
	d10CTList   = []string{"pve_get_cluster_resources", "pve_get_nodes_lxc"}
	d10Guests   = []string{"pve_get_cluster_resources", "pve_get_nodes_qemu", "pve_get_nodes_lxc"}
	d10VMCfg    = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d10CTCfg    = []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}
	d10VMNow    = []string{"pve_get_nodes_qemu_status_current", "pve_get_cluster_resources"}
	d10CTNow    = []string{"pve_get_nodes_lxc_status_current", "pve_get_cluster_resources"}
	d10VMHist   = []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}
	d10CTHist   = []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}
	d10NodeNow  = []string{"pve_get_nodes_status", "pve_get_cluster_resources"}
	d10NodeHist = []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}
	d10Tasks    = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d10TaskLog  = []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}
	d10TaskWhy  = slices.Concat(d10Tasks, d10TaskLog)
	d10PVELog   = []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}
	d10Store    = []string{"pve_get_nodes_storage", "pve_get_nodes_storage_status", "pve_get_cluster_resources"}
	d10Content  = []string{"pve_get_nodes_storage_content"}
	d10Jobs     = []string{"pve_get_cluster_backup", "pve_get_cluster_backup_id"}
	d10HA       = []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}
	d10Ceph     = []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}
	d10PVEPerm  = []string{"pve_get_access_permissions", "pve_get_access_acl"}
	d10PBSPerm  = []string{"pbs_get_access_permissions", "pbs_get_access_acl"}
	d10DSUse    = []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage", "pbs_get_admin_datastore"}
	d10Snaps    = []string{"pbs_get_admin_datastore_snapshots"}
	d10Groups   = []string{"pbs_get_admin_datastore_groups"}
	d10PBSTasks = []string{"pbs_get_nodes_tasks"}
	d10PBSWhy   = []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
	d10PBSLog   = []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}
	d10GC       = []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc", "pbs_get_admin_gc_store"}
)

var dev10Cases = []qualityCase{
	// PVE: what runs where, inventory.
	{"which node is vm 2104 running on right now", d10VMList},
	{"how many VMs do we have in the whole cluster", d10VMList},
	{"what containers live on pve3", d10CTList},
	{"are any guests stopped across the cluster at the moment", d10Guests},
	{"where did the gitlab-runner vm end up after the failover last night", slices.Concat(d10VMList, d10HA)},
	{"how many containers does prox02 host", d10CTList},
	{"which vms carry the tag prod", d10VMList},
	{"what vmid belongs to the guest called mail-gw", d10Guests},
	{"is there any template among the vms on pve1", d10VMList},
	{"which guests are members of the resource pool customer-a", []string{"pve_get_pools", "pve_get_pools_poolid", "pve_get_cluster_resources"}},
	{"what resource pools exist and what's in each of them", []string{"pve_get_pools", "pve_get_pools_poolid"}},
	{"which vmid would a new guest get next", []string{"pve_get_cluster_nextid"}},
	{"does vmid 450 already exist somewhere in the cluster", []string{"pve_get_cluster_resources", "pve_get_cluster_nextid"}},
	{"what nodes make up this cluster and are they all online", []string{"pve_get_cluster_status", "pve_get_nodes", "pve_get_cluster_config_nodes"}},
	{"how much RAM have we handed out to guests on hv-b compared to what the box has", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu", "pve_get_nodes_lxc", "pve_get_nodes_status"}},
	{"which node has the fewest running guests, thinking of where to put a new one", d10Res},
	{"what would have to move off pve2 before its maintenance window", d10Guests},
	{"total number of guests, split into vms and containers?", d10Guests},
	{"any guests holding a lock right now, say from a backup or a migration?", d10Guests},
	{"whch guests are managed by HA", []string{"pve_get_cluster_ha_resources", "pve_get_cluster_ha_status_current"}},

	// PVE: guest status and load.
	{"is vm 101 up", d10VMNow},
	{"why does vm 305 show as paused, did it hit an io error", d10VMNow},
	{"how much cpu is container 210 burning right now", d10CTNow},
	{"what was vm 120's memory usage over the past week", d10VMHist},
	{"when was vm 118 last restarted", slices.Concat([]string{"pve_get_nodes_qemu_status_current"}, d10Tasks)},
	{"which vm is hammering the disks on pve1", d10VMList},
	{"network throughput of ct 133 during last night's spike?", d10CTHist},
	{"is the qemu guest agent in vm 140 answering", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"what ip address did vm 240 get from dhcp", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"which IP does container 115 have on eth0", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"how full are the filesystems inside vm 301", []string{"pve_get_nodes_qemu_agent_get_fsinfo"}},
	{"what os and kernel does the agent in vm 222 report", []string{"pve_get_nodes_qemu_agent_get_osinfo"}},
	{"who is logged into vm 160 at the moment", []string{"pve_get_nodes_qemu_agent_get_users"}},
	{"does the clock inside vm 180 drift from the host, what time does it show", []string{"pve_get_nodes_qemu_agent_get_time", "pve_get_nodes_qemu_agent_get_timezone"}},
	{"uptime of ct 120?", d10CTNow},
	{"how much memory has the balloon driver taken back from vm 131", slices.Concat([]string{"pve_get_nodes_qemu_status_current"}, d10VMHist)},
	{"what hostname does the guest agent of vm 412 report", []string{"pve_get_nodes_qemu_agent_get_host_name"}},
	{"did ct 207 run into its memory limit overnight", d10CTHist},
	{"is the migration of vm 199 still going or has it finished", slices.Concat(d10TaskWhy, []string{"pve_get_nodes_qemu_status_current"})},
	{"which vm was the biggest cpu consumer last month", slices.Concat([]string{"pve_get_nodes_qemu_rrddata"}, d10VMList)},
	{"why won't vm 123 start, what did the start task say", d10TaskWhy},
	{"does vm 130 still need a reboot to pick up config changes", []string{"pve_get_nodes_qemu_pending"}},
	{"is the memmory of vm 318 maxed out", d10VMNow},

	// PVE: guest configuration.
	{"how many GB of memory does vm 101 have configured", d10VMCfg},
	{"what cpu tpye does vm 215 use", d10VMCfg},
	{"which bridge is eth0 of ct 144 on", d10CTCfg},
	{"what mac address does net0 of vm 128 have", d10VMCfg},
	{"is the guest agent option even enabled on vm 177", d10VMCfg},
	{"does vm 320 boot with ovmf or seabios, and which machine type", d10VMCfg},
	{"is ct 118 privileged or unprivileged", d10CTCfg},
	{"has nesting been turned on for container 245", d10CTCfg},
	{"what startup order and up delay does vm 100 have", d10VMCfg},
	{"will vm 502 come up by itself when the node boots", d10VMCfg},
	{"which cloud-init user and ssh keys are set on vm 9000", []string{"pve_get_nodes_qemu_cloudinit", "pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}},
	{"which user-data would cloud-init generate for vm 301", []string{"pve_get_nodes_qemu_cloudinit_dump"}},
	{"are there changes on ct 160 that haven't been applied yet", []string{"pve_get_nodes_lxc_pending"}},
	{"what vlan tag sits on the nic of vm 410", d10VMCfg},
	{"cores and sockets of vm 205?", d10VMCfg},
	{"which pci devices are passed through to vm 600", d10VMCfg},
	{"is numa enabled on the database vm 250", d10VMCfg},
	{"what do the notes of vm 111 say", d10VMCfg},
	{"which mount points does container 201 have", d10CTCfg},
	{"which tags are on ct 150", slices.Concat(d10CTCfg, d10Res)},
	{"what cpu flags could I give vms on this node", []string{"pve_get_nodes_capabilities_qemu_cpu_flags"}},
	{"which cpu models can vms on pve2 pick from", []string{"pve_get_nodes_capabilities_qemu_cpu"}},
	{"what machine versions does the qemu on pve1 support", []string{"pve_get_nodes_capabilities_qemu_machines"}},
	{"how did the config of vm 140 look at snapshot pre-upgrade", []string{"pve_get_nodes_qemu_snapshot_config"}},
	{"is ct 121 protected against accidental removal", d10CTCfg},
	{"in the hardware tab of vm 260 the memory value is orange, what's pending there", []string{"pve_get_nodes_qemu_pending"}},

	// PVE: guest disks and node disks.
	{"how big is scsi0 of vm 150", d10VMCfg},
	{"on which storage do the disks of vm 210 live", d10VMCfg},
	{"size of the rootfs of ct 140?", slices.Concat(d10CTCfg, []string{"pve_get_nodes_lxc_status_current"})},
	{"is discard and ssd emulation set on the disks of vm 230", d10VMCfg},
	{"are there unused disks left in vm 305's config", d10VMCfg},
	{"what physical disks does pve2 have and which ones are free", []string{"pve_get_nodes_disks_list"}},
	{"what does smart say about /dev/sdb on pve3", []string{"pve_get_nodes_disks_smart", "pve_get_nodes_disks_list"}},
	{"is rpool on pve1 degraded", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs"}},
	{"how much room is left in zpool tank on hv-c", []string{"pve_get_nodes_disks_zfs", "pve_get_nodes_disks_zfs_name"}},
	{"which lvm volume groups exist on node pve4", []string{"pve_get_nodes_disks_lvm", "pve_get_nodes_scan_lvm"}},
	{"how full is the thin pool data on pve1, metadata included", []string{"pve_get_nodes_disks_lvmthin", "pve_get_nodes_scan_lvmthin"}},
	{"what wearout do the ssds in pve5 show", []string{"pve_get_nodes_disks_list", "pve_get_nodes_disks_smart"}},
	{"which directory storages were created through the disks panel on pve2", []string{"pve_get_nodes_disks_directory"}},
	{"does /dev/nvme1n1 on prox03 have partitions or is it unused", []string{"pve_get_nodes_disks_list"}},
	{"real allocated size of vm 120's thin disk on the storage?", []string{"pve_get_nodes_storage_content", "pve_get_nodes_storage_content_volume"}},

	// PVE: snapshots.
	{"what snaphsots does vm 101 have", []string{"pve_get_nodes_qemu_snapshot"}},
	{"how old is the oldest snapshot on ct 112", []string{"pve_get_nodes_lxc_snapshot"}},
	{"could vm 220 be snapshotted on the storage it uses now", []string{"pve_get_nodes_qemu_feature"}},
	{"what description was put on the before-php8 snapshot of ct 140", []string{"pve_get_nodes_lxc_snapshot", "pve_get_nodes_lxc_snapshot_config"}},
	{"why does the snapshot of vm 310 fail with 'snapshot feature is not available'", slices.Concat([]string{"pve_get_nodes_qemu_feature", "pve_get_nodes_qemu_config"}, d10TaskWhy)},
	{"which snapshot is the current parent of vm 208", []string{"pve_get_nodes_qemu_snapshot", "pve_get_nodes_qemu_config"}},
	{"from what date is the clean-install snapshot of vm 199", []string{"pve_get_nodes_qemu_snapshot", "pve_get_nodes_qemu_snapshot_config"}},
	{"is vm 133 stuck with a snapshot lock", []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_status_current", "pve_get_nodes_qemu_snapshot"}},
	{"who took a snapshot of vm 250 yesterday", d10Tasks},
	{"how many snapshtos does container 118 have", []string{"pve_get_nodes_lxc_snapshot"}},

	// PVE: backup jobs, backups and restores.
	{"which backup jobs are configured in the datacenter", []string{"pve_get_cluster_backup"}},
	{"at what time does the nightly backup job run and what does it include", slices.Concat(d10Jobs, []string{"pve_get_cluster_backup_included_volumes"})},
	{"are there guests that no backup job covers", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"which disks of vm 140 are excluded from backups", []string{"pve_get_cluster_backup_included_volumes", "pve_get_nodes_qemu_config"}},
	{"last backup of vm 101, when was it?", slices.Concat(d10Content, d10Tasks)},
	{"did last night's vzdump finish without erors", d10TaskWhy},
	{"why did the backup of ct 115 fail at 02:00", d10TaskWhy},
	{"how long did yesterday's backup of vm 300 take", d10TaskWhy},
	{"what backups of ct 130 sit on the nfs storage", d10Content},
	{"what retention do our backup jobs use, keep-daily and so on", []string{"pve_get_cluster_backup", "pve_get_cluster_backup_id", "pve_get_storage_storage"}},
	{"which backups would be removed if pruning ran now on storage local", []string{"pve_get_nodes_storage_prunebackups"}},
	{"which vzdump defaults apply on pve1, bwlimit and compression", []string{"pve_get_nodes_vzdump_defaults"}},
	{"what vm config is stored inside the archive vzdump-qemu-105-2024_05_01-02_00_01.vma.zst", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"what's in /etc of the pbs backup of vm 120, seen from pve", []string{"pve_get_nodes_storage_file_restore_list"}},
	{"which guests will the job backup-weekly back up", []string{"pve_get_cluster_backup_included_volumes", "pve_get_cluster_backup_id"}},
	{"next run time of the backup job daily?", slices.Concat(d10Jobs, []string{"pve_get_cluster_jobs_schedule_analyze"})},
	{"is there a protected backup of vm 118 that pruning will keep", []string{"pve_get_nodes_storage_content", "pve_get_nodes_storage_content_volume"}},
	{"what notes were attached to friday's backup of ct 101", []string{"pve_get_nodes_storage_content", "pve_get_nodes_storage_content_volume"}},
	{"which storages accept vzdump backups", []string{"pve_get_storage", "pve_get_nodes_storage"}},
	{"how large was the last backup of vm 410", slices.Concat(d10Content, d10TaskLog)},
	{"is a backup running anywhere right now", slices.Concat(d10Tasks, d10PBSTasks)},
	{"restore of vm 150 hangs at 'restoring', why?", d10TaskWhy},
	{"which datastores can pve1 see on the backup server at 10.0.0.5", []string{"pve_get_nodes_scan_pbs"}},
	{"why isn't yesterday's backup of vm 190 on the storage", slices.Concat(d10TaskWhy, d10Content)},
	{"is vm 330 included in any backup job at all", []string{"pve_get_cluster_backup_info_not_backed_up", "pve_get_cluster_backup_included_volumes", "pve_get_cluster_backup"}},
	{"how often has the backup of ct 145 failed this month", d10Tasks},

	// PVE: storage and its content.
	{"how much free sapce does local-zfs have on pve2", d10Store},
	{"which storages are shared across the cluster", []string{"pve_get_storage", "pve_get_nodes_storage"}},
	{"what content types are allowed on storage nas", []string{"pve_get_storage_storage", "pve_get_storage"}},
	{"is the nfs storage iso-share active on every node", d10Store},
	{"which iso images have been uploaded to local", d10Content},
	{"what container templates could I download from the appliance list", []string{"pve_get_nodes_aplinfo"}},
	{"which ct templates are already on the storage", d10Content},
	{"how fast has the ceph-rbd storage been filling over the last month", []string{"pve_get_nodes_storage_rrddata", "pve_get_nodes_storage_rrd"}},
	{"which nfs exports does 192.168.1.20 offer", []string{"pve_get_nodes_scan_nfs"}},
	{"what smb shares can pve1 see on the filer nas01", []string{"pve_get_nodes_scan_cifs"}},
	{"which iscsi targets does the portal 10.1.1.5 advertise", []string{"pve_get_nodes_scan_iscsi"}},
	{"what server and export does storage nfs-backup point at", []string{"pve_get_storage_storage", "pve_get_storage"}},
	{"why is stroage nas showing a question mark on pve3", slices.Concat(d10Store, d10PVELog)},
	{"how much of cephfs is taken by vm disks and how much by backups", slices.Concat(d10Content, []string{"pve_get_nodes_storage_status"})},
	{"overall storage usage of the datacenter?", []string{"pve_get_cluster_resources", "pve_get_nodes_storage"}},
	{"which esxi vms can be imported from the esxi storage", d10Content},
	{"what disks and nics would legacy-erp bring along when imported from esxi", []string{"pve_get_nodes_storage_import_metadata"}},
	{"what zfs pools could pve3 use as storage", []string{"pve_get_nodes_scan_zfs", "pve_get_nodes_disks_zfs"}},
	{"is the pbs storage in pve configured with an encryption key", []string{"pve_get_storage_storage", "pve_get_storage"}},
	{"which namespace and datastore does the pbs storage backup-main point to", []string{"pve_get_storage_storage", "pve_get_storage"}},

	// PVE: tasks and logs.
	{"what tasks failed in the cluster today", d10Tasks},
	{"which tasks are running on pve1 right now", d10Tasks},
	{"who kicked off the migration of vm 145", d10Tasks},
	{"contents of the log for task UPID:pve2:000A1B2C:01F3D4E5:66A0B1C2:vzdump:105:root@pam:?", d10TaskLog},
	{"is the zpool creation task still running", slices.Concat(d10Tasks, []string{"pve_get_nodes_tasks_status"})},
	{"what errors are in the syslog of pve3 since this morning", d10PVELog},
	{"why is pvestatd logging errors on pve1 around 14:00", d10PVELog},
	{"is there anything in the cluster log about the node that dropped out", []string{"pve_get_cluster_log"}},
	{"which user deleted ct 166", slices.Concat(d10Tasks, []string{"pve_get_cluster_log"})},
	{"any kernel messages about nic resets in the journal of pve2", d10PVELog},
	{"what did the last apt update task on pve1 print", slices.Concat([]string{"pve_get_nodes_tasks"}, d10TaskLog)},
	{"since when has corosync been losing quorum according to the logs", slices.Concat(d10PVELog, []string{"pve_get_cluster_log"})},
	{"which tasks touched vm 220 in the last 24 hours", d10Tasks},
	{"where in the log do I see why the node fenced itself", slices.Concat(d10PVELog, []string{"pve_get_cluster_log"})},
	{"does the journal on pve5 show oom-killer hits", d10PVELog},

	// PVE: nodes.
	{"free memory on pve2?", d10NodeNow},
	{"what's the load average on each node", []string{"pve_get_nodes", "pve_get_nodes_status", "pve_get_cluster_resources"}},
	{"which kernel version runs on pve3", []string{"pve_get_nodes_status", "pve_get_nodes_apt_versions"}},
	{"which pve version is installed on each node", []string{"pve_get_nodes_version", "pve_get_nodes_apt_versions", "pve_get_version"}},
	{"is the cpu of pve1 overloaded over the past day", d10NodeHist},
	{"how bad has iowait on pve4 been this week", d10NodeHist},
	{"which cpu model and how many cores does hv-a have", []string{"pve_get_nodes_status"}},
	{"what time and timezone is pve5 on", []string{"pve_get_nodes_time"}},
	{"which dns servers does pve2 use", []string{"pve_get_nodes_dns"}},
	{"what's in /etc/hosts on pve1", []string{"pve_get_nodes_hosts"}},
	{"which network interfaces and bridges exist on pve3", []string{"pve_get_nodes_network"}},
	{"what ip and gateway does vmbr0 on pve1 have", []string{"pve_get_nodes_network_iface", "pve_get_nodes_network"}},
	{"are there network changes on pve2 waiting to be applied", []string{"pve_get_nodes_network"}},
	{"is pveproxy runing on pve4", []string{"pve_get_nodes_services_state", "pve_get_nodes_services"}},
	{"which services are stopped on pve1", []string{"pve_get_nodes_services"}},
	{"what subscription level does pve3 have and when does it run out", []string{"pve_get_nodes_subscription"}},
	{"how much swap is in use on prox02", slices.Concat(d10NodeNow, d10NodeHist)},
	{"which usb devices are plugged into pve1", []string{"pve_get_nodes_hardware_usb"}},
	{"what gpus does pve4 have and what iommu groups are they in", []string{"pve_get_nodes_hardware_pci"}},
	{"which mediated device types does the card at 0000:41:00.0 offer", []string{"pve_get_nodes_hardware_pci_mdev"}},
	{"what pci and usb mappings are defined for the cluster", []string{"pve_get_cluster_mapping_pci", "pve_get_cluster_mapping_usb"}},
	{"how long has pve1 been up", d10NodeNow},
	{"does pve1 have enough free memory to take vm 300 from pve2", slices.Concat(d10NodeNow, d10VMCfg)},

	// PVE: updates.
	{"are pacakge updates waiting on pve1", []string{"pve_get_nodes_apt_update"}},
	{"which repositories are set up on pve2, enterprise or no-subscription", []string{"pve_get_nodes_apt_repositories"}},
	{"what changed in the new pve-manager package", []string{"pve_get_nodes_apt_changelog"}},
	{"what versions of the proxmox packages are installed on pve3", []string{"pve_get_nodes_apt_versions"}},
	{"is a newer kernel waiting to be installed on the nodes", []string{"pve_get_nodes_apt_update", "pbs_get_nodes_apt_update"}},
	{"when was the package index last refreshed on pve4", slices.Concat(d10Tasks, []string{"pve_get_nodes_apt_update"})},

	// PVE: users and permissions.
	{"which users exist in pve", []string{"pve_get_access_users"}},
	{"what permissions does alice@pve have on /vms/101", []string{"pve_get_access_permissions"}},
	{"who has admin rigths on the datacenter", []string{"pve_get_access_acl"}},
	{"what privileges are in the role PVEVMUser", []string{"pve_get_access_roles_roleid", "pve_get_access_roles"}},
	{"what groups is bob@corp in", []string{"pve_get_access_users_userid", "pve_get_access_users", "pve_get_access_groups"}},
	{"which members does the group ops have", []string{"pve_get_access_groups_groupid", "pve_get_access_groups"}},
	{"what api tokens does backup@pve have", []string{"pve_get_access_users_token"}},
	{"is privilege separation on for token monitoring@pve!grafana", []string{"pve_get_access_users_token_tokenid", "pve_get_access_users_token"}},
	{"when does the account of contractor@pve expire", []string{"pve_get_access_users_userid", "pve_get_access_users"}},
	{"which users have two factor set up", []string{"pve_get_access_tfa", "pve_get_access_users", "pbs_get_access_tfa", "pbs_get_access_users"}},
	{"what tfa methods are registered for root@pam", []string{"pve_get_access_tfa_userid", "pve_get_access_users_tfa"}},
	{"which authentication realms are configured in pve", []string{"pve_get_access_domains"}},
	{"what ldap server and base dn does the realm corp use", []string{"pve_get_access_domains_realm", "pve_get_access_domains"}},
	{"how often does the realm sync for the ad realm run", []string{"pve_get_cluster_jobs_realm_sync", "pve_get_cluster_jobs_realm_sync_id"}},
	{"why does carol@pve get permission denied opening the console of vm 130", d10PVEPerm},
	{"is dave@pve disabled", []string{"pve_get_access_users_userid", "pve_get_access_users"}},
	{"which paths has the group helpdesk been given access to", []string{"pve_get_access_acl"}},
	{"what is the token ci@pve!deploy actually allowed to do", slices.Concat([]string{"pve_get_access_permissions", "pve_get_access_users_token_tokenid"}, []string{"pve_get_access_acl"})},
	{"who may administer the storage nas", []string{"pve_get_access_acl"}},

	// PVE: cluster, corosync, HA.
	{"is the clsuter quorate", []string{"pve_get_cluster_status"}},
	{"how many votes does each node have in corosync", []string{"pve_get_cluster_config_nodes", "pve_get_cluster_status"}},
	{"is the qdevice connected and voting", []string{"pve_get_cluster_config_qdevice"}},
	{"what are the corosync totem settings", []string{"pve_get_cluster_config_totem"}},
	{"what's the ha state of vm 101", slices.Concat(d10HA, []string{"pve_get_cluster_ha_resources_sid"})},
	{"who is the ha master node at the moment", d10HA},
	{"which ha groups exist and what nodes are in them", []string{"pve_get_cluster_ha_groups", "pve_get_cluster_ha_groups_group", "pve_get_cluster_ha_rules"}},
	{"are there ha rules that pin vms to certain nodes", []string{"pve_get_cluster_ha_rules", "pve_get_cluster_ha_rules_rule"}},
	{"why is ha resource vm:120 in error state", slices.Concat(d10HA, []string{"pve_get_cluster_ha_resources_sid"})},
	{"what max_restart and max_relocate does ct:140 have in ha", []string{"pve_get_cluster_ha_resources_sid", "pve_get_cluster_ha_resources"}},
	{"is the lrm on pve3 active or idle", []string{"pve_get_cluster_ha_status_manager_status"}},
	{"which migration network and type are set in the datacenter options", []string{"pve_get_cluster_options"}},
	{"what's the default console viewer and keyboard layout for the datacenter", []string{"pve_get_cluster_options"}},

	// PVE: ceph.
	{"what's the ceph health right now", d10Ceph},
	{"why is ceph on HEALTH_WARN", d10Ceph},
	{"which osds are donw", slices.Concat([]string{"pve_get_nodes_ceph_osd"}, d10Ceph)},
	{"ceph pool usage, how close to full are they", []string{"pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_status"}},
	{"size and min_size of pool vm-pool?", []string{"pve_get_nodes_ceph_pool_status", "pve_get_nodes_ceph_pool"}},
	{"which monitors are in quorum", slices.Concat([]string{"pve_get_nodes_ceph_mon"}, d10Ceph)},
	{"are flags like noout set on ceph", []string{"pve_get_cluster_ceph_flags"}},
	{"is it safe to stop osd.5", []string{"pve_get_nodes_ceph_cmd_safety"}},
	{"which device is behind osd.12 and where does its db live", []string{"pve_get_nodes_ceph_osd_metadata", "pve_get_nodes_ceph_osd_lv_info"}},
	{"what does the crush map look like", []string{"pve_get_nodes_ceph_crush"}},
	{"which ceph versions are running on the nodes", []string{"pve_get_cluster_ceph_metadata"}},
	{"is there an active mgr and which ones are standby", []string{"pve_get_nodes_ceph_mgr", "pve_get_cluster_ceph_metadata"}},
	{"what is osd_memory_target set to in the config db", []string{"pve_get_nodes_ceph_cfg_db", "pve_get_nodes_ceph_cfg_value"}},

	// PVE: SDN.
	{"which sdn zones exist and of what type", []string{"pve_get_cluster_sdn_zones"}},
	{"which vnets are defined and in which zone", []string{"pve_get_cluster_sdn_vnets"}},
	{"what subnets and gateway are on vnet dmz", []string{"pve_get_cluster_sdn_vnets_subnets"}},
	{"is the sdn config applied on all nodes or still pending", []string{"pve_get_nodes_sdn_zones", "pve_get_cluster_sdn_zones", "pve_get_cluster_sdn_vnets"}},
	{"what addresses has the built-in pve ipam given out so far", []string{"pve_get_cluster_sdn_ipams_status"}},
	{"what evpn controllers are configured", []string{"pve_get_cluster_sdn_controllers"}},

	// PVE: firewall.
	{"is the firewall switched on at datacenter level", []string{"pve_get_cluster_firewall_options"}},
	{"what rules are in the cluster firewall", []string{"pve_get_cluster_firewall_rules"}},
	{"which firewall rules apply to vm 101", []string{"pve_get_nodes_qemu_firewall_rules", "pve_get_nodes_qemu_firewall_options"}},
	{"why is port 443 to ct 150 being dropped, what does its firewall log show", []string{"pve_get_nodes_lxc_firewall_log", "pve_get_nodes_lxc_firewall_rules"}},
	{"what's in ipset blocklist", []string{"pve_get_cluster_firewall_ipset_name", "pve_get_cluster_firewall_ipset"}},
	{"which security groups have been defined", []string{"pve_get_cluster_firewall_groups"}},
	{"what ports does the host firewall on pve1 let in", []string{"pve_get_nodes_firewall_rules"}},
	{"which default input policy does the firewall of vm 200 use", []string{"pve_get_nodes_qemu_firewall_options"}},

	// PVE: certificates, ACME, notifications, metrics.
	{"expiry date of the pve1 certificate?", []string{"pve_get_nodes_certificates_info"}},
	{"which acme account is registered for the cluster", []string{"pve_get_cluster_acme_account", "pve_get_cluster_acme_account_name"}},
	{"what dns plugin does acme validate with", []string{"pve_get_cluster_acme_plugins", "pve_get_cluster_acme_plugins_id", "pbs_get_config_acme_plugins", "pbs_get_config_acme_plugins_id"}},
	{"for which domains would pve2 request an acme certificate", []string{"pve_get_nodes_config"}},
	{"is the pveproxy certficate self-signed or a custom one", []string{"pve_get_nodes_certificates_info"}},
	{"which notification targets are configured in pve", []string{"pve_get_cluster_notif_targets", "pve_get_cluster_notif_endpoints"}},
	{"what matchers route backup failures to email", []string{"pve_get_cluster_notif_matchers", "pve_get_cluster_notif_matchers_name", "pbs_get_config_notif_matchers", "pbs_get_config_notif_matchers_name"}},
	{"what smtp server does the notification endpoint use", []string{"pve_get_cluster_notif_endpoints_smtp", "pve_get_cluster_notif_endpoints_smtp_name", "pbs_get_config_notif_endpoints_smtp", "pbs_get_config_notif_endpoints_smtp_name"}},
	{"why didn't an email arrive when the backup failed", []string{"pve_get_cluster_notif_matchers", "pve_get_cluster_notif_targets", "pve_get_cluster_notif_endpoints_smtp", "pve_get_cluster_notif_endpoints_sendmail", "pve_get_cluster_backup_id"}},
	{"which external metric servers does pve send to", []string{"pve_get_cluster_metrics_server"}},
	{"where can I pull current metrics of all nodes and guests in one go", []string{"pve_get_cluster_metrics_export", "pve_get_cluster_resources"}},

	// PVE: replication and migration planning.
	{"which replication jobs exist", []string{"pve_get_cluster_replication"}},
	{"when did replication of vm 110 to pve2 last succeed", []string{"pve_get_nodes_replication", "pve_get_nodes_replication_status"}},
	{"why is replication job 110-0 failing", []string{"pve_get_nodes_replication_log", "pve_get_nodes_replication_status"}},
	{"can vm 150 be live migrated to pve3 or do local disks block it", []string{"pve_get_nodes_qemu_migrate"}},
	{"what would stop ct 140 from migrating to another node", []string{"pve_get_nodes_lxc_migrate"}},
	{"duration of the vm 145 migration and how much did it copy?", d10TaskWhy},

	// PBS: datastores and their usage.
	{"how much space is left on datastore store1", d10DSUse},
	{"when will the backup datastore be full at the current rate", []string{"pbs_get_status_datastore_usage"}},
	{"which datastores does pbs01 have", []string{"pbs_get_admin_datastore", "pbs_get_config_datastore"}},
	{"what path does datastore hdd use on disk", []string{"pbs_get_config_datastore_name", "pbs_get_config_datastore"}},
	{"what's the deduplication factor on datastore main", []string{"pbs_get_admin_datastore_status", "pbs_get_admin_datastore_gc"}},
	{"is the removable datastore usb-rotate mounted", []string{"pbs_get_admin_datastore", "pbs_get_config_datastore_name", "pbs_get_admin_datastore_status"}},
	{"which maintenance mode is datastore archive in", []string{"pbs_get_config_datastore_name", "pbs_get_config_datastore", "pbs_get_admin_datastore"}},
	{"how many backup groups and snapshots live on store2", []string{"pbs_get_admin_datastore_status", "pbs_get_admin_datastore_groups"}},
	{"what read and write operations are active on datastore main", []string{"pbs_get_admin_datastore_active_operations"}},
	{"how has io on datastore fast looked over the past month", []string{"pbs_get_admin_datastore_rrd"}},
	{"which namespaces exist on store1", []string{"pbs_get_admin_datastore_namespace"}},
	{"what tuning options does datastore ds1 have, sync level and chunk order", []string{"pbs_get_config_datastore_name"}},
	{"which notification mode is set on the datastore store1", []string{"pbs_get_config_datastore_name"}},
	{"who is using store1, it says the datastore is busy", []string{"pbs_get_admin_datastore_active_operations", "pbs_get_nodes_tasks"}},
	{"are any pbs datastores over 90 percent full", d10DSUse},
	{"what's the usage history of the offsite datastore", []string{"pbs_get_admin_datastore_rrd", "pbs_get_status_datastore_usage"}},
	{"which datastores are removable devices", []string{"pbs_get_config_datastore", "pbs_get_admin_datastore"}},
	{"could gc reclaim a lot on datstore main", []string{"pbs_get_admin_datastore_gc"}},

	// PBS: backup groups, snapshots, contents.
	{"which backup gruops are on datastore store1", d10Groups},
	{"what snapshots exist for vm/100 on the pbs", d10Snaps},
	{"when did ct/201 last get a successful backup on datastore main", slices.Concat(d10Groups, d10Snaps)},
	{"newest host/fileserver snapshot, how big is it?", slices.Concat(d10Snaps, []string{"pbs_get_admin_datastore_files"})},
	{"which files are in snapshot vm/105/2024-06-01T02:00:00Z", []string{"pbs_get_admin_datastore_files"}},
	{"is snapshot vm/110/2024-05-30T01:00:00Z protected", []string{"pbs_get_admin_datastore_protected", "pbs_get_admin_datastore_snapshots"}},
	{"what notes does the backup group vm/300 carry", []string{"pbs_get_admin_datastore_group_notes"}},
	{"what is written in the notes of the latest snapshot of ct/120", []string{"pbs_get_admin_datastore_notes", "pbs_get_admin_datastore_snapshots"}},
	{"who owns the backup group vm/130", d10Groups},
	{"which files under /home does the pxar archive of host/nas01 contain", []string{"pbs_get_admin_datastore_catalog"}},
	{"what snapshots are in namespace prod/web", slices.Concat(d10Snaps, []string{"pbs_get_admin_datastore_namespace"})},
	{"are any snapshots on datastore main encrypted", slices.Concat(d10Snaps, []string{"pbs_get_admin_datastore_files"})},
	{"how many snapshots does vm/150 have in total", slices.Concat(d10Snaps, d10Groups)},
	{"are there backup groups without a new backup for a week", d10Groups},
	{"what verification state has the newest snapshot of vm/101", d10Snaps},
	{"what ended up in the client log of the last host backup", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_files"}},
	{"which guests from the pve cluster are backed up into store1", d10Groups},
	{"could I look at etc/fstab from the latest backup of host/web01", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"which archives and checksums are listed in the manifest of the last ct/140 snapshot", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_files"}},
	{"what's the oldest snapshot we still keep of vm/200", d10Snaps},
	{"whose backups take up the most space on store2", slices.Concat(d10Snaps, d10Groups)},
	{"does pbs still hold a backup of vm 410 from before the 3rd", d10Snaps},

	// PBS: prune, garbage collection, verification.
	{"when did garbage collection last run on datastore main", d10GC},
	{"how many bytes did the last gc free on store1", slices.Concat(d10GC, []string{"pbs_get_nodes_tasks_log"})},
	{"is a garbage colection running right now", slices.Concat(d10GC, d10PBSTasks)},
	{"what gc schedule does each datastore have", []string{"pbs_get_admin_gc", "pbs_get_config_datastore", "pbs_get_config_datastore_name"}},
	{"why did gc on hdd fail with 'unable to get exclusive lock'", d10PBSWhy},
	{"which prune jobs are configured on the backup sever", []string{"pbs_get_admin_prune", "pbs_get_config_prune"}},
	{"what keep settings does prune job daily-prune use", []string{"pbs_get_config_prune_id", "pbs_get_config_prune"}},
	{"which snapshots of vm/100 would go with keep-last 3", []string{"pbs_post_admin_datastore_prune"}},
	{"when did the prune job on store2 last run and what did it delete", slices.Concat([]string{"pbs_get_admin_prune"}, d10PBSWhy)},
	{"are verify jobs set up, and when did they last run", []string{"pbs_get_admin_verify", "pbs_get_config_verify"}},
	{"which backup snapshots came out bad in verification", d10Snaps},
	{"does the verify job weekly-verify skip already verified snapshots", []string{"pbs_get_config_verify_id", "pbs_get_config_verify"}},
	{"why were corrupt chunks reported by the verify task", d10PBSWhy},
	{"how much time did the last verification of datastore main need", slices.Concat([]string{"pbs_get_admin_verify"}, d10PBSWhy)},
	{"when is the next gc of offsite due", []string{"pbs_get_admin_gc", "pbs_get_admin_gc_store"}},
	{"what's pending removal after the last gc on store1", []string{"pbs_get_admin_datastore_gc"}},
	{"which datastore has no prune job at all", []string{"pbs_get_admin_prune", "pbs_get_config_prune", "pbs_get_config_datastore"}},
	{"what schedule does verify job v-store1 have", []string{"pbs_get_config_verify_id", "pbs_get_admin_verify"}},
	{"did the prune job remove snapshots it shouldn't have", d10PBSWhy},
	{"how many chunks did the last garbage collection mark and sweep", slices.Concat([]string{"pbs_get_admin_datastore_gc"}, d10PBSWhy)},
	{"which prune schedule runs on namespace prod", []string{"pbs_get_config_prune", "pbs_get_admin_prune"}},
	{"are there still unverified snapshots on store2", d10Snaps},

	// PBS: remotes and sync.
	{"which remtoes does pbs01 know", []string{"pbs_get_config_remote"}},
	{"what host and fingerprint does the remote offsite-pbs use", []string{"pbs_get_config_remote_name", "pbs_get_config_remote"}},
	{"which sync jobs exist and when did they last run", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"what made the sync job s-offsite fail last night", slices.Concat([]string{"pbs_get_admin_sync"}, d10PBSWhy)},
	{"what datastores does the remote dr-site offer", []string{"pbs_get_config_remote_scan"}},
	{"what backup groups exist on remote dr-site in datastore main", []string{"pbs_get_config_remote_scan_groups"}},
	{"what namespaces does the remote datastore have", []string{"pbs_get_config_remote_scan_namespaces"}},
	{"is sync job nightly a pull or push, and does it remove vanished", []string{"pbs_get_config_sync_id", "pbs_get_config_sync"}},
	{"what bandwidth limit applies to the sync job nightly-pull", []string{"pbs_get_config_sync_id", "pbs_get_config_traffic_control"}},
	{"how much data did the last sync transfer", d10PBSWhy},
	{"which group filter does the sync job offsite use", []string{"pbs_get_config_sync_id", "pbs_get_config_sync"}},
	{"next run of sync pull-main?", []string{"pbs_get_admin_sync", "pbs_get_config_sync_id"}},
	{"which user owns the synced groups on the target", []string{"pbs_get_config_sync_id", "pbs_get_admin_datastore_groups"}},
	{"has the sync to the second pbs been failing for days", slices.Concat([]string{"pbs_get_admin_sync"}, d10PBSTasks)},

	// PBS: tasks and logs.
	{"which tasks failed on the backup server today", d10PBSTasks},
	{"on the pbs side, what got logged for the backup task of vm 101", d10PBSWhy},
	{"is anything writing a backup to pbs right now", []string{"pbs_get_nodes_tasks", "pbs_get_admin_datastore_active_operations"}},
	{"what's in the syslog of pbs01 around 3 am", d10PBSLog},
	{"who started the datastore removal task on pbs", d10PBSTasks},
	{"number of backup tasks pbs ran overnight?", d10PBSTasks},
	{"what errors has proxmox-backup-proxy been logging", d10PBSLog},
	{"result of task UPID:pbs01:00001F2A:0004B1C3:00000002:66B0A1F2:garbage_collection:store1:root@pam:?", []string{"pbs_get_nodes_tasks_status", "pbs_get_nodes_tasks_log"}},
	{"last reboot of the backup server, according to the journal?", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog", "pbs_get_nodes_status"}},

	// PBS: node, updates, services, network, disks, certificates.
	{"cpu and memory use of pbs01 at this moment?", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd"}},
	{"what's the backup server's load been over the last week", []string{"pbs_get_nodes_rrd"}},
	{"what version of proxmox backup server is installed", []string{"pbs_get_version", "pbs_get_nodes_apt_versions"}},
	{"are there updates pending for the backup server", []string{"pbs_get_nodes_apt_update"}},
	{"which apt repositories does pbs use", []string{"pbs_get_nodes_apt_repositories"}},
	{"is proxmox-backup-proxy running on pbs01", []string{"pbs_get_nodes_services_state", "pbs_get_nodes_services"}},
	{"which resolvers does the pbs use for dns", []string{"pbs_get_nodes_dns"}},
	{"what network interfaces does the backup server have", []string{"pbs_get_nodes_network"}},
	{"which disks in the backup server are still unused", []string{"pbs_get_nodes_disks_list"}},
	{"what's the smart health of /dev/sdc on pbs01", []string{"pbs_get_nodes_disks_smart", "pbs_get_nodes_disks_list"}},
	{"is the zfs pool behind datastore tank healthy", []string{"pbs_get_nodes_disks_zfs_name", "pbs_get_nodes_disks_zfs"}},
	{"what clock time and timezone does pbs report", []string{"pbs_get_nodes_time"}},
	{"which subscription is on the backup server", []string{"pbs_get_nodes_subscription"}},
	{"how long is the pbs web certificate still valid", []string{"pbs_get_nodes_certificates_info"}},
	{"what's the fingerprint of the pbs certificate, I need it for pve", []string{"pbs_get_nodes_certificates_info"}},
	{"which http proxy and acme domains are set on the pbs node", []string{"pbs_get_nodes_config"}},
	{"what systemd mount units back the datastores on pbs", []string{"pbs_get_nodes_disks_directory"}},
	{"what's new in the proxmox-backup-server update according to its changelog", []string{"pbs_get_nodes_apt_changelog"}},
	{"root disk usage of the backup server?", []string{"pbs_get_nodes_status"}},
	{"does the backup server answer pings at all", []string{"pbs_get_ping", "pbs_get_version"}},
	{"what's the gateway on the backup network interface of pbs01", []string{"pbs_get_nodes_network_iface", "pbs_get_nodes_network"}},
	{"where do I find a system report of the pbs for support", []string{"pbs_get_nodes_report"}},

	// PBS: users, tokens, permissions, realms.
	{"which accounts exist on the backup server", []string{"pbs_get_access_users"}},
	{"what may backup@pbs do on /datastore/store1", []string{"pbs_get_access_permissions"}},
	{"which api tokens does the pve-sync user have on pbs", []string{"pbs_get_access_users_token"}},
	{"who may prune on datastore main", []string{"pbs_get_access_acl"}},
	{"what's the difference between the DatastoreBackup and DatastorePowerUser roles on pbs", []string{"pbs_get_access_roles"}},
	{"which realms can people log into pbs with", []string{"pbs_get_access_domains", "pbs_get_config_access_ldap", "pbs_get_config_access_ad", "pbs_get_config_access_openid"}},
	{"what ldap settings does the corp realm on pbs have", []string{"pbs_get_config_access_ldap_realm", "pbs_get_config_access_ldap"}},
	{"who has tfa enabled on pbs", []string{"pbs_get_access_tfa"}},
	{"why does pve get 'permission check failed' backing up to pbs with the token pve@pbs!cluster", d10PBSPerm},
	{"when does token monitor of metrics@pbs expire", []string{"pbs_get_access_users_token_token_name", "pbs_get_access_users_token"}},
	{"what webauthn settings are configured on the backup server", []string{"pbs_get_config_access_tfa_webauthn"}},
	{"which acl entries exist for namespace /datastore/main/prod", []string{"pbs_get_access_acl"}},

	// PBS: tape.
	{"which tape drives are configred", []string{"pbs_get_config_drive", "pbs_get_tape_drive"}},
	{"what tape is loaded in drive lto8-1", []string{"pbs_get_tape_drive_status", "pbs_get_tape_drive_read_label"}},
	{"which tapes sit in the changer slots", []string{"pbs_get_tape_changer_status"}},
	{"what media pools exist and what retention do they have", []string{"pbs_get_config_media_pool", "pbs_get_config_media_pool_name"}},
	{"which tapes belong to media pool weekly and are any full", []string{"pbs_get_tape_media_list"}},
	{"what backups are on tape TAPE07", []string{"pbs_get_tape_media_content"}},
	{"tape backup job: when did it last run?", []string{"pbs_get_tape_backup", "pbs_get_config_tape_backup_job"}},
	{"which media sets exist", []string{"pbs_get_tape_media_media_sets"}},
	{"how much has the drive written, what do the volume statistics say", []string{"pbs_get_tape_drive_volume_statistics", "pbs_get_tape_drive_cartridge_memory"}},

	// PBS: notifications, metrics, acme, s3, traffic control.
	{"where can pbs send notifications, which targets exist", []string{"pbs_get_config_notif_targets", "pbs_get_config_notif_endpoints"}},
	{"which matchers send gc failures by mail on pbs", []string{"pbs_get_config_notif_matchers", "pbs_get_config_notif_matchers_name"}},
	{"what influxdb servers does pbs push metrics to", []string{"pbs_get_config_metrics_influxdb_http", "pbs_get_config_metrics_influxdb_udp", "pbs_get_admin_metrics"}},
	{"what acme account and challenge plugin does pbs use", []string{"pbs_get_config_acme_account", "pbs_get_config_acme_plugins"}},
	{"where can prometheus scrape pbs metrics", []string{"pbs_get_status_metrics"}},
	{"which s3 endpoints are configured on pbs", []string{"pbs_get_config_s3"}},
	{"what buckets can the s3 endpoint wasabi see", []string{"pbs_get_config_s3_list_buckets"}},
	{"are any datastores backed by s3 object storage", []string{"pbs_get_config_datastore"}},
	{"what region and endpoint does s3 config minio-lab use", []string{"pbs_get_config_s3_id", "pbs_get_config_s3"}},
	{"which traffic control rules limit pbs bandwidth", []string{"pbs_get_config_traffic_control"}},
	{"how much traffic is each traffic control rule passing right now", []string{"pbs_get_admin_traffic_control"}},
	{"does s3 endpoint r2 pass a basic connectivity check", []string{"pbs_put_admin_s3_check"}},
}

// TestDev10 scores development set 10 and lists its misses. Like TestDev it has no floor.
func TestDev10(t *testing.T) {
	scoreDevSet(t, "development set 10", dev10Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, dev6Cases, dev7Cases, dev8Cases, habitCases, symptomCases)
}
