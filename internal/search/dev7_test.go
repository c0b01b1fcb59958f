package search

import "testing"

// Development set 7: 400 requests in the voice of people who run production
// Proxmox estates — operators of clusters with 5 to 30 nodes, ceph, HA and
// several backup servers, and engineers at managed-service providers who look
// after such estates for customers. They write tersely and precisely, in ops
// jargon: ticket and change-request lines, maintenance-window steps, audit and
// capacity-planning questions, incident triage with pasted task errors and log
// lines, pasted qm/pct/pvesm/pvecm/pveum/ha-manager/pvesh and
// proxmox-backup-manager/-client/proxmox-tape commands with their flags, and
// automation users (Ansible, Terraform) asking which API call does a job. About
// two thirds are about PVE and one third about PBS; everyday work dominates and
// ceph, HA, SDN, firewall, certificates, notifications, tape, metrics, ACME and
// S3 appear about as often as they come up in such a month. Written before the
// ranking changes of its round; the wants list every operation whose call
// answers the request, including reasonable alternatives.

// Shorthand want lists of the seventh development set.
var (
	d7VMSet   = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d7VMGet   = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d7CTSet   = []string{"pve_put_nodes_lxc_config"}
	d7Res     = []string{"pve_get_cluster_resources"}
	d7Tasks   = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d7TaskLog = []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}
	d7BTasks  = []string{"pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status"}
	d7Ceph    = []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}
	d7Flags   = []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}
	d7HAState = []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}
	d7VMCons  = []string{"pve_post_nodes_qemu_vncproxy", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy", "pve_get_nodes_qemu_vncwebsocket"}
	d7DSSet   = []string{"pbs_put_config_datastore_name"}
)

var dev7Cases = []qualityCase{
	// PVE inventory: what runs where.
	{"pvesh get /cluster/resources --type vm -o json for the cmdb sync", d7Res},
	{"which node is vm 4127 sitting on right now", d7Res},
	{"inventory export for the quarterly audit: every guest with node, state, maxmem and maxdisk", d7Res},
	{"qm list on pve-fra-07", []string{"pve_get_nodes_qemu"}},
	{"pct list on hv12, stopped ones included", []string{"pve_get_nodes_lxc"}},
	{"count running vms per node before tonight's maintenance window", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu"}},
	{"find the guest whose name is mail-relay-02, vmid unknown", d7Res},
	{"terraform needs a free vmid, what's the next one", []string{"pve_get_cluster_nextid"}},
	{"all guests tagged customer-acme across the cluster", d7Res},
	{"ansible dynamic inventory: vmid, name and node of every lxc", []string{"pve_get_cluster_resources", "pve_get_nodes_lxc"}},
	{"members of resource pool tenant-b", []string{"pve_get_pools", "pve_get_pools_poolid"}},
	{"anything still running on pve14 before I pull the power?", []string{"pve_get_nodes_qemu", "pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"guests not covered by any backup job — compliance finding", []string{"pve_get_cluster_backup_info_not_backed_up"}},

	// PVE power actions.
	{"qm start 2210", []string{"pve_post_nodes_qemu_status_start"}},
	{"qm shutdown 305 --timeout 180 --forceStop 1", []string{"pve_post_nodes_qemu_status_shutdown"}},
	{"hard stop 611, it ignores acpi", []string{"pve_post_nodes_qemu_status_stop"}},
	{"reboot ct 1204", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"pct stop 880 --skiplock", []string{"pve_post_nodes_lxc_status_stop"}},
	{"bring containers 881 and 882 up", []string{"pve_post_nodes_lxc_status_start"}},
	{"reset button on vm 77, guest kernel is hung", []string{"pve_post_nodes_qemu_status_reset"}},
	{"vm 340 shows io-error/paused after the nfs hiccup, resume it", []string{"pve_post_nodes_qemu_status_resume"}},
	{"clean shutdown of container 150 please", []string{"pve_post_nodes_lxc_status_shutdown"}},
	{"after the power outage start everything with onboot=1 on pve03", []string{"pve_post_nodes_startall"}},
	{"stop all guests on hv-09 for the ups test", []string{"pve_post_nodes_stopall"}},
	{"evacuate pve-ber-02: live migrate every guest to pve-ber-03", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"bulk shutdown every guest in the cluster ahead of the dc move", []string{"pve_post_cluster_bulk_action_guest_shutdown"}},
	{"reboot host pve11 after the kernel update", []string{"pve_post_nodes_status"}},
	{"power off hv04 cleanly, hardware swap", []string{"pve_post_nodes_status"}},
	{"TASK ERROR: VM quit/powerdown failed - got timeout — just kill 1822", []string{"pve_post_nodes_qemu_status_stop"}},
	{"qm unlock 512 — lock: backup left over from a crashed vzdump", d7VMSet},
	{"start the db vms in pool prod-db across the cluster in one go", []string{"pve_post_cluster_bulk_action_guest_start"}},

	// PVE status, load and graphs.
	{"current cpu and ram of vm 1430", []string{"pve_get_nodes_qemu_status_current"}},
	{"load average plus memory on pve-ams-05", []string{"pve_get_nodes_status"}},
	{"rrddata hv22 timeframe=week cf=AVERAGE, looking at iowait", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"disk io graph of vm 703 for the last 24h", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}},
	{"network traffic of ct 219 over the past month", []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}},
	{"capacity planning: committed guest ram vs physical ram on every node", []string{"pve_get_cluster_resources", "pve_get_nodes_status"}},
	{"is ct 333 up", []string{"pve_get_nodes_lxc_status_current"}},
	{"uptime and running kernel of all hypervisors", []string{"pve_get_nodes_status", "pve_get_nodes", "pve_get_cluster_resources"}},
	{"top 10 guests by cpu usage right now", d7Res},
	{"qm status 2002 --verbose", []string{"pve_get_nodes_qemu_status_current"}},
	{"vm 600 still on the old qemu binary after upgrade? running-qemu vs installed", []string{"pve_get_nodes_qemu_status_current"}},

	// PVE VM configuration.
	{"qm config 455", d7VMGet},
	{"qm set 455 --memory 16384 --balloon 8192", d7VMSet},
	{"bump vm 812 to 8 cores / 2 sockets", d7VMSet},
	{"cpu type x86-64-v3 on vm 190 for the new java build", d7VMSet},
	{"second nic on vmbr1 tag 230 for vm 3100", d7VMSet},
	{"change vlan tag of net0 on 44 to 120", d7VMSet},
	{"turn on the qemu guest agent option for vm 902", d7VMSet},
	{"boot order scsi0 then net0 on vm 511", d7VMSet},
	{"mount virtio-win-0.1.262.iso as cdrom in vm 61", d7VMSet},
	{"vm 77: onboot 1, startup order=2,up=60", d7VMSet},
	{"set the protection flag on vm 100 so nobody can delete it", d7VMSet},
	{"tags prod;db on vm 2040", d7VMSet},
	{"what's pending on vm 330 that still needs a reboot", []string{"pve_get_nodes_qemu_pending"}},
	{"enable cpu and memory hotplug on 515", d7VMSet},
	{"description on vm 199: 'owner team-payments, CHG-4471'", d7VMSet},
	{"rename 4501 to web-prod-04", d7VMSet},
	{"cloud-init on 9001: ipconfig0 ip=10.20.30.41/24,gw=10.20.30.1 plus sshkeys", d7VMSet},
	{"regenerate the cloudinit drive of 9001 after changing the key", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"qm cloudinit dump 9001 user", []string{"pve_get_nodes_qemu_cloudinit_dump"}},
	{"hostpci0 mapping=a40-pool on vm 1500", d7VMSet},
	{"cluster-wide pci mapping for the nvidia a40 cards on the gpu nodes", []string{"pve_post_cluster_mapping_pci"}},
	{"pci devices with iommu groups on hv-gpu-01", []string{"pve_get_nodes_hardware_pci"}},
	{"usb mapping for the license dongle so the vm can migrate", []string{"pve_post_cluster_mapping_usb"}},
	{"remove unused0 from vm 303", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_put_nodes_qemu_unlink"}},

	// PVE container configuration.
	{"pct set 1204 -memory 4096 -swap 1024", d7CTSet},
	{"pct config 1204", []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}},
	{"ct 601 needs nesting=1,keyctl=1 for docker", d7CTSet},
	{"add mp1 ceph-rbd:200 at /srv/data to ct 720", d7CTSet},
	{"container 300 hostname -> ns1", d7CTSet},
	{"ip addresses of container 415", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"bind mount /mnt/pve/nfs-media into ct 900 at /media", d7CTSet},
	{"unprivileged contianer 321 needs the fuse feature", d7CTSet},

	// PVE disks of guests and of nodes.
	{"qm resize 2003 scsi0 +50G", []string{"pve_put_nodes_qemu_resize"}},
	{"grow rootfs of ct 612 to 40G", []string{"pve_put_nodes_lxc_resize"}},
	{"move scsi1 of 870 from local-lvm to ceph-nvme, delete source", []string{"pve_post_nodes_qemu_move_disk"}},
	{"pct move-volume 199 rootfs nfs-slow", []string{"pve_post_nodes_lxc_move_volume"}},
	{"new 100G disk on ceph-ssd as scsi3 for vm 3300, discard=on,iothread=1", d7VMSet},
	{"import debian-12-genericcloud-amd64.qcow2 as scsi0 of vm 9100 (import-from)", d7VMSet},
	{"detach and destroy scsi1 on vm 415", []string{"pve_put_nodes_qemu_unlink", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},
	{"local disks on pve-ams-04 with wearout", []string{"pve_get_nodes_disks_list"}},
	{"smartctl -a /dev/nvme2n1 on hv16", []string{"pve_get_nodes_disks_smart"}},
	{"wipe /dev/sdf on pve07 so it can become an osd", []string{"pve_put_nodes_disks_wipedisk"}},
	{"zfs mirror 'tank' on sdb+sdc of pve-lab-2 and add it as storage", []string{"pve_post_nodes_disks_zfs"}},
	{"zpool status rpool on hv03", []string{"pve_get_nodes_disks_zfs_name"}},

	// PVE snapshots.
	{"qm snapshot 740 pre-upgrade --vmstate 1 --description 'before php8.3'", []string{"pve_post_nodes_qemu_snapshot"}},
	{"snapshots of vm 740", []string{"pve_get_nodes_qemu_snapshot"}},
	{"rollback 740 to pre-upgrade, the app is broken", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"change closed, delete snapshot pre-upgrade on 740", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"pct snapshot 310 before-apt", []string{"pve_post_nodes_lxc_snapshot"}},
	{"revert ct 310 to before-apt", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"snapshot-delete lock stuck on 2200, qm delsnapshot --force", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"can vm 95 be snapshotted at all? disks are on thick lvm", []string{"pve_get_nodes_qemu_feature"}},
	{"CHG-2231 step 1: snapshto the six db vms before patching", []string{"pve_post_nodes_qemu_snapshot"}},

	// PVE backups (vzdump) and backup jobs.
	{"vzdump 1301 --storage pbs-fra --mode snapshot --notes-template '{{guestname}}'", []string{"pve_post_nodes_vzdump"}},
	{"back up ct 220 now to the nfs dump store, stop mode", []string{"pve_post_nodes_vzdump"}},
	{"datacenter backup jobs list", []string{"pve_get_cluster_backup"}},
	{"new backup job: pool prod, 21:30 daily, to pbs-main, keep-daily 14", []string{"pve_post_cluster_backup"}},
	{"move job backup-7f3a to sat 02:00", []string{"pve_put_cluster_backup_id"}},
	{"disable backup job backup-3c1e while the storage is migrated", []string{"pve_put_cluster_backup_id"}},
	{"which guests and disks does job backup-91d2 cover", []string{"pve_get_cluster_backup_included_volumes", "pve_get_cluster_backup_id"}},
	{"delete the legacy vzdump job that writes to local", []string{"pve_delete_cluster_backup_id"}},
	{"run job backup-a1b2 now outside its schedule", []string{"pve_post_nodes_vzdump"}},
	{"ERROR: Backup of VM 4410 failed - job failed with err -5 - Input/output error", []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks", "pve_get_cluster_tasks"}},
	{"failed vzdump tasks from last night on all nodes", d7Tasks},
	{"backup=0 on scsi2 of vm 620 so vzdump skips the scratch disk", d7VMSet},
	{"backups of vm 505 on storage pbs-ams", []string{"pve_get_nodes_storage_content"}},
	{"delete vzdump-qemu-505-2024_11_02-01_00_03.vma.zst", []string{"pve_delete_nodes_storage_content_volume"}},
	{"dry run prune on nfs-backup for vmid 505 with keep-last 3", []string{"pve_get_nodes_storage_prunebackups"}},
	{"prune backups on local-backup now, keep-weekly 4", []string{"pve_delete_nodes_storage_prunebackups"}},
	{"protect vzdump-lxc-220-2025_01_31-02_00_01.tar.zst from pruning", []string{"pve_put_nodes_storage_content_volume"}},
	{"abort all running backups on hv04, storage is down", []string{"pve_post_nodes_vzdump", "pve_delete_nodes_tasks_upid"}},

	// PVE restores and imports.
	{"qmrestore /mnt/pve/nfs/dump/vzdump-qemu-120-2025_01_04-00_00_02.vma.zst 1120 --storage ceph-ssd", []string{"pve_post_nodes_qemu"}},
	{"pct restore 2220 pbs-main:backup/ct/220/2025-02-01T02:00:00Z --storage local-zfs", []string{"pve_post_nodes_lxc"}},
	{"overwrite vm 345 with last night's backup (force)", []string{"pve_post_nodes_qemu"}},
	{"live-restore 610 from pbs so it boots while the restore runs", []string{"pve_post_nodes_qemu"}},
	{"single-file restore: /etc/nginx/nginx.conf out of ct 220's tuesday backup", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"import the esxi vm 'erp01' from storage esxi-old", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},

	// PVE storage definitions and content.
	{"pvesm status --enabled 1 on hv03", []string{"pve_get_nodes_storage"}},
	{"storage.cfg as the api sees it", []string{"pve_get_storage"}},
	{"pvesm add nfs nfs-iso --server 10.10.5.20 --export /srv/iso --content iso,vztmpl", []string{"pve_post_storage"}},
	{"showmount -e 10.10.5.20 from a node", []string{"pve_get_nodes_scan_nfs"}},
	{"add pbs datastore ams-prod as storage, fingerprint aa:bb:cc:...", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"restrict ceph-hdd to nodes hv01-hv06", []string{"pve_put_storage_storage"}},
	{"disable nfs-old everywhere", []string{"pve_put_storage_storage"}},
	{"remove storage definition tmp-migrate", []string{"pve_delete_storage_storage"}},
	{"how full is ceph-nvme", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage", "pve_get_cluster_resources"}},
	{"year view of local-zfs usage on hv3 for the capacity report", []string{"pve_get_nodes_storage_rrddata", "pve_get_nodes_storage_rrd"}},
	{"isos on iso-nfs", []string{"pve_get_nodes_storage_content"}},
	{"download-url https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-generic-amd64.qcow2 to local as import", []string{"pve_post_nodes_storage_download_url"}},
	{"upload ubuntu-24.04.1-live-server-amd64.iso to storage local", []string{"pve_post_nodes_storage_upload"}},
	{"pveam update then pveam download local debian-12-standard", []string{"pve_post_nodes_aplinfo", "pve_get_nodes_aplinfo"}},
	{"orphan vm-9999-disk-0 on ceph-ssd, guest is long gone — free it", []string{"pve_delete_nodes_storage_content_volume"}},
	{"max-protected-backups 5 on nfs-backup", []string{"pve_put_storage_storage"}},
	{"storgae pbs-ams shows '?' on hv02, status inactive", []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage"}},
	{"fingerprint changed after pbs cert renewal, update storage pbs-main", []string{"pve_put_storage_storage"}},
	{"namespace cust-acme on storage pbs-main", []string{"pve_put_storage_storage"}},

	// PVE tasks and logs.
	{"running tasks cluster-wide", d7Tasks},
	{"UPID:hv04:003A2F1C:0B1D2E3F:67A1B2C3:qmigrate:4410:root@pam: log please", d7TaskLog},
	{"kill the migration task running on hv04", []string{"pve_delete_nodes_tasks_upid"}},
	{"exit status of UPID:pve01:0012AB34:05C6D7E8:67B0C1D2:vzdump::root@pam:", []string{"pve_get_nodes_tasks_status"}},
	{"journalctl -u pve-cluster --since 08:00 on pve-fra-03", []string{"pve_get_nodes_journal", "pve_get_nodes_syslog"}},
	{"syslog of hv12 around 03:14 when corosync started retransmitting", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"last 200 lines of the cluster log", []string{"pve_get_cluster_log"}},
	{"task history for vmid 2410 — who touched it", d7Tasks},
	{"pvereport of hv07 for the support ticket", []string{"pve_get_nodes_report"}},

	// PVE nodes: services, network, time, shell.
	{"systemctl restart pveproxy on hv05", []string{"pve_post_nodes_services_restart"}},
	{"graphs grey on hv06, is pvestatd running", []string{"pve_get_nodes_services_state", "pve_get_nodes_services"}},
	{"timezone Europe/Berlin on pve-ber-04", []string{"pve_put_nodes_time"}},
	{"resolvers configured on pve-ams-02", []string{"pve_get_nodes_dns"}},
	{"set dns1 10.0.0.53 and search corp.lan on hv11", []string{"pve_put_nodes_dns"}},
	{"add the ring0 addresses of all nodes to /etc/hosts on node4", []string{"pve_post_nodes_hosts"}},
	{"ip a on pve-fra-01: bridges, bonds, vlans", []string{"pve_get_nodes_network"}},
	{"bond0 802.3ad over eno1 eno2, layer3+4 hash", []string{"pve_post_nodes_network", "pbs_post_nodes_network"}},
	{"vlan-aware vmbr2 on top of bond0", []string{"pve_post_nodes_network"}},
	{"ifreload -a to apply the staged network config", []string{"pve_put_nodes_network", "pbs_put_nodes_network"}},
	{"mtu 9000 on vmbr1 for the storage net", []string{"pve_put_nodes_network_iface"}},
	{"root shell on hv14 in the browser", []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}},
	{"pveversion -v on every node", []string{"pve_get_nodes_apt_versions", "pve_get_nodes_version"}},
	{"api version of the cluster for the terraform provider", []string{"pve_get_version", "pve_get_nodes_version"}},

	// PVE updates and subscriptions.
	{"apt update on all nodes", []string{"pve_post_nodes_apt_update"}},
	{"pending package upgrades on hv01", []string{"pve_get_nodes_apt_update"}},
	{"changelog of pve-manager before the rollout", []string{"pve_get_nodes_apt_changelog"}},
	{"lab node: swap enterprise repo for no-subscription", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories"}},
	{"subscription level and next due date of every node for the renewal", []string{"pve_get_nodes_subscription"}},
	{"install key pve2p-1a2b3c4d5e on hv09", []string{"pve_put_nodes_subscription"}},
	{"subscription shows invalid after the board swap, recheck", []string{"pve_post_nodes_subscription"}},

	// PVE users, tokens and permissions.
	{"pveum user add jdoe@pve --email jdoe@corp.example --groups ops", []string{"pve_post_access_users"}},
	{"api token terraform@pve!tf, privsep 0", []string{"pve_post_access_users_token_tokenid"}},
	{"pveum acl modify /vms/1300 --users ext-dev@pve --roles PVEVMUser", []string{"pve_put_access_acl"}},
	{"what can automation@pve!ansible actually do on /storage/ceph-ssd", []string{"pve_get_access_permissions"}},
	{"who has Administrator anywhere — audit finding", []string{"pve_get_access_acl"}},
	{"custom role with only VM.PowerMgmt and VM.Console", []string{"pve_post_access_roles"}},
	{"add Datastore.AllocateSpace to role backup-operator", []string{"pve_put_access_roles_roleid"}},
	{"offboarding: disable contractor@pve", []string{"pve_put_access_users_userid"}},
	{"new password for jane@pve, she's locked out", []string{"pve_put_access_password"}},
	{"too many tfa failures for mike@pve, unlock", []string{"pve_put_access_users_unlock_tfa"}},
	{"ldap realm corp-ldap base_dn ou=people,dc=corp,dc=example user_attr uid", []string{"pve_post_access_domains", "pbs_post_config_access_ldap"}},
	{"sync users and groups from realm corp-ad now", []string{"pve_post_access_domains_sync", "pbs_post_access_domains_sync"}},
	{"nightly realm sync job for corp-ad at 02:30", []string{"pve_post_cluster_jobs_realm_sync_id"}},
	{"api tokens of monitoring@pve with expiry", []string{"pve_get_access_users_token"}},
	{"revoke ci@pve!gitlab, leaked in a pipeline log", []string{"pve_delete_access_users_token_tokenid"}},
	{"resource pool tenant-c then put vms 5001-5010 in it", []string{"pve_post_pools", "pve_put_pools"}},

	// PVE migration, cloning, creation and removal.
	{"qm migrate 1430 hv06 --online --with-local-disks", []string{"pve_post_nodes_qemu_migrate"}},
	{"migration precheck for 1430 to hv06: local resources?", []string{"pve_get_nodes_qemu_migrate"}},
	{"pct migrate 300 hv02 --restart", []string{"pve_post_nodes_lxc_migrate"}},
	{"full clone of template 9000 as 4600 'app-07' on ceph-ssd", []string{"pve_post_nodes_qemu_clone"}},
	{"convert 9010 to a template", []string{"pve_post_nodes_qemu_template"}},
	{"qm remote-migrate 200 to the new cluster using an api token", []string{"pve_post_nodes_qemu_remote_migrate"}},
	{"destroy 6100 with --purge and --destroy-unreferenced-disks", []string{"pve_delete_nodes_qemu_vmid"}},
	{"pct destroy 777 --purge", []string{"pve_delete_nodes_lxc_vmid"}},
	{"create vm 7000: 4 cores, 8G, scsi0 ceph 64G, net0 virtio vmbr0, ostype l26", []string{"pve_post_nodes_qemu"}},
	{"new unprivileged ct from debian-12-standard, 2G ram, net0 dhcp", []string{"pve_post_nodes_lxc"}},

	// PVE cluster membership and datacenter options.
	{"pvecm status, do we have quorum", []string{"pve_get_cluster_status"}},
	{"corosync nodelist with ring addresses", []string{"pve_get_cluster_config_nodes"}},
	{"pvecm delnode pve-old-09", []string{"pve_delete_cluster_config_nodes_node"}},
	{"join information and fingerprint for adding hv31", []string{"pve_get_cluster_config_join"}},
	{"join hv31 using link0 10.99.0.31", []string{"pve_post_cluster_config_join"}},
	{"datacenter.cfg: keyboard, console viewer, mac prefix", []string{"pve_get_cluster_options", "pve_put_cluster_options"}},

	// PVE ceph.
	{"ceph -s output from the pve side", d7Ceph},
	{"HEALTH_WARN 1 osds down — which one and where", []string{"pve_get_nodes_ceph_osd", "pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}},
	{"set noout before rebooting hv07", d7Flags},
	{"unset noout and norebalance, maintenance done", d7Flags},
	{"ceph osd out 23", []string{"pve_post_nodes_ceph_osd_out"}},
	{"pveceph osd create /dev/nvme3n1 --db_dev /dev/nvme0n1", []string{"pve_post_nodes_ceph_osd"}},
	{"destroy osd 41 with cleanup", []string{"pve_delete_nodes_ceph_osd_osdid"}},
	{"ok-to-stop check for osd.12", []string{"pve_get_nodes_ceph_cmd_safety"}},
	{"size/min_size/pg_num of every pool", []string{"pve_get_nodes_ceph_pool"}},
	{"pg_autoscale_mode on for pool vm-ssd, target_size_ratio 0.4", []string{"pve_put_nodes_ceph_pool_name"}},
	{"pveceph pool create k8s-rbd --size 3 --add_storages", []string{"pve_post_nodes_ceph_pool"}},
	{"restart ceph osd services on hv03", []string{"pve_post_nodes_ceph_restart"}},
	{"osd 17 details: device class, bluestore devices, lv", []string{"pve_get_nodes_ceph_osd_metadata", "pve_get_nodes_ceph_osd_lv_info"}},
	{"io and usage of ceph pool vm-ssd", []string{"pve_get_nodes_ceph_pool_status", "pve_get_nodes_ceph_pool"}},

	// PVE HA.
	{"ha-manager status -v, lrm timestamps on hv09 look stale", d7HAState},
	{"ha-manager add vm:4410 --state started --max_restart 2", []string{"pve_post_cluster_ha_resources"}},
	{"ha-manager set vm:4410 --state disabled", []string{"pve_put_cluster_ha_resources_sid"}},
	{"ha migrate vm:4410 to hv08", []string{"pve_post_cluster_ha_resources_migrate"}},
	{"relocate ct:3100 to hv02", []string{"pve_post_cluster_ha_resources_relocate"}},
	{"ha resources with their requested state", []string{"pve_get_cluster_ha_resources", "pve_get_cluster_ha_status_current"}},
	{"node affinity: db vms prefer hv01,hv02", []string{"pve_post_cluster_ha_rules"}},
	{"lrm on hv12 stuck in wait_for_agent_lock", []string{"pve_get_cluster_ha_status_manager_status"}},

	// PVE SDN.
	{"vxlan zone 'dc1-overlay' with peers 10.99.0.1,10.99.0.2,10.99.0.3", []string{"pve_post_cluster_sdn_zones"}},
	{"vnet tenant42 in zone evpn1, tag 10042", []string{"pve_post_cluster_sdn_vnets"}},
	{"subnet 10.42.0.0/24 gw 10.42.0.1 with dhcp-range on vnet tenant42", []string{"pve_post_cluster_sdn_vnets_subnets"}},
	{"apply the pending sdn config", []string{"pve_put_cluster_sdn"}},
	{"one sdn zone in error on hv04", []string{"pve_get_nodes_sdn_zones"}},

	// PVE firewall.
	{"enable datacenter firewall with policy_in DROP", []string{"pve_put_cluster_firewall_options"}},
	{"allow tcp 8006 from 10.0.0.0/8 at datacenter level", []string{"pve_post_cluster_firewall_rules"}},
	{"add 10.20.0.0/16 to ipset management", []string{"pve_post_cluster_firewall_ipset_name"}},
	{"security group webservers: in 80 and 443", []string{"pve_post_cluster_firewall_groups", "pve_post_cluster_firewall_groups_group"}},
	{"firewall rules on vm 2100", []string{"pve_get_nodes_qemu_firewall_rules"}},
	{"firewall on for ct 415 and on its net0", []string{"pve_put_nodes_lxc_firewall_options", "pve_put_nodes_lxc_config"}},
	{"host firewall log hv09", []string{"pve_get_nodes_firewall_log"}},
	{"ssh only from the jump hosts on hv03 (node rule)", []string{"pve_post_nodes_firewall_rules"}},

	// PVE certificates and ACME.
	{"cert expiry dates on all nodes", []string{"pve_get_nodes_certificates_info"}},
	{"upload the wildcard cert + key for pve-fra-01", []string{"pve_post_nodes_certificates_custom"}},
	{"register acme account letsencrypt with ops@corp.example", []string{"pve_post_cluster_acme_account", "pbs_post_config_acme_account"}},
	{"order the acme certificate on hv05", []string{"pve_post_nodes_certificates_acme_certificate"}},

	// PVE notifications and metrics.
	{"smtp target via relay.corp.example:587 starttls user pve-alerts", []string{"pve_post_cluster_notif_endpoints_smtp"}},
	{"matcher: severity error -> target ops-smtp", []string{"pve_post_cluster_notif_matchers", "pbs_post_config_notif_matchers"}},
	{"test notification to mail-to-root", []string{"pve_post_cluster_notif_targets_test", "pbs_post_config_notif_targets_test"}},
	{"webhook to the teams channel for fencing events", []string{"pve_post_cluster_notif_endpoints_webhook", "pve_post_cluster_notif_matchers"}},
	{"influxdb metric server influx.corp:8086 org ops bucket pve", []string{"pve_post_cluster_metrics_server_id"}},
	{"metrics export for our prometheus scraper", []string{"pve_get_cluster_metrics_export", "pbs_get_status_metrics"}},

	// PVE replication.
	{"pvesr status on hv02", []string{"pve_get_nodes_replication", "pve_get_cluster_replication"}},
	{"replication 105-0 to hv02 every 15 min, rate 50", []string{"pve_post_cluster_replication"}},
	{"pvesr schedule-now 105-0", []string{"pve_post_nodes_replication_schedule_now"}},
	{"replication 105-0 keeps failing, show its log", []string{"pve_get_nodes_replication_log", "pve_get_nodes_replication_status"}},

	// PVE guest agent, console and monitor.
	{"qm guest exec 801 -- systemctl status nginx", []string{"pve_post_nodes_qemu_agent_exec", "pve_get_nodes_qemu_agent_exec_status"}},
	{"qm agent 801 ping", []string{"pve_post_nodes_qemu_agent_ping"}},
	{"ips the guest agent reports for 801", []string{"pve_get_nodes_qemu_agent_network_get_interfaces"}},
	{"fstrim in 930 via agent to give space back to thin storage", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"reset Administrator password in windows vm 1610 through the agent", []string{"pve_post_nodes_qemu_agent_set_user_password"}},
	{"novnc for vm 2300", d7VMCons},
	{"xterm.js console of ct 1204", []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy", "pve_get_nodes_lxc_vncwebsocket"}},
	{"send ctrl-alt-del to 77", []string{"pve_put_nodes_qemu_sendkey"}},

	// PBS datastores.
	{"proxmox-backup-manager datastore list --output-format json-pretty", []string{"pbs_get_config_datastore", "pbs_get_admin_datastore"}},
	{"usage of every datastore plus estimated full date", []string{"pbs_get_status_datastore_usage"}},
	{"store ams-prod: used, avail and dedup factor", []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage"}},
	{"create datastore store2 at /mnt/datastore/store2, gc-schedule daily", []string{"pbs_post_config_datastore"}},
	{"read-only maintenance on offsite-1 while we swap the hba", d7DSSet},
	{"clear maintenance mode on store1", d7DSSet},
	{"datastore config of store1: keep options, tuning, notify", []string{"pbs_get_config_datastore_name"}},
	{"tuning chunk-order=none,sync-level=filesystem on store3", d7DSSet},
	{"remove datastore test-ds from the config but keep the chunks", []string{"pbs_delete_config_datastore_name"}},
	{"active readers/writers on store1 before maintenance", []string{"pbs_get_admin_datastore_active_operations"}},
	{"throughput and iops of store1 last month", []string{"pbs_get_admin_datastore_rrd"}},
	{"mount removable datastore usb-rot", []string{"pbs_post_admin_datastore_mount"}},
	{"unmount the usb datastore before pulling the drive", []string{"pbs_post_admin_datastore_unmount"}},
	{"proxmox-backup-client status --repository backup@pbs@pbs01:store1", []string{"pbs_get_admin_datastore_status"}},

	// PBS snapshots and groups.
	{"proxmox-backup-client snapshot list vm/4410 --repository backup@pbs@pbs-fra:store1", []string{"pbs_get_admin_datastore_snapshots"}},
	{"backup groups in store1 ns cust-acme", []string{"pbs_get_admin_datastore_groups"}},
	{"last good backup of ct/220 on pbs-fra", []string{"pbs_get_admin_datastore_snapshots"}},
	{"snapshots in store1 with verify state failed", []string{"pbs_get_admin_datastore_snapshots"}},
	{"files in snapshot vm/4410/2025-02-03T01:00:00Z", []string{"pbs_get_admin_datastore_files"}},
	{"catalog of host/web01 latest backup, looking for /etc/ssl", []string{"pbs_get_admin_datastore_catalog"}},
	{"download one file out of root.pxar.didx of host/web01", []string{"pbs_get_admin_datastore_pxar_file_download"}},
	{"index.json.blob of snapshot vm/300/2025-02-02T00:30:00Z", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},
	{"proxmox-backup-client snapshot forget host/web01/2025-01-05T03:00:00Z", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"vm 9999 decommissioned, remove group vm/9999 from store1", []string{"pbs_delete_admin_datastore_groups"}},
	{"legal hold: protect ct/510/2025-01-31T23:00:00Z", []string{"pbs_put_admin_datastore_protected"}},
	{"notes on snapshot vm/700/2025-02-01T02:00:00Z 'pre-migration'", []string{"pbs_put_admin_datastore_notes"}},
	{"group notes for vm/300 'customer contract 2291'", []string{"pbs_put_admin_datastore_group_notes"}},
	{"change owner of vm/120 to pve-sync@pbs!ams", []string{"pbs_post_admin_datastore_change_owner"}},
	{"backup owner check failed (root@pam != backup@pbs) on ct/150", []string{"pbs_get_admin_datastore_groups", "pbs_post_admin_datastore_change_owner"}},

	// PBS namespaces.
	{"namespace customers/acme on store1", []string{"pbs_post_admin_datastore_namespace"}},
	{"namespaces of store1 max-depth 3", []string{"pbs_get_admin_datastore_namespace"}},
	{"move group vm/101 from root into namespace prod", []string{"pbs_post_admin_datastore_move_group"}},
	{"rename namespace old-cust to archive/old-cust", []string{"pbs_post_admin_datastore_move_namespace"}},
	{"drop namespace tmp including its snapshots", []string{"pbs_delete_admin_datastore_namespace"}},

	// PBS prune.
	{"prune vm/4410 keep-last 7 keep-weekly 4 --dry-run", []string{"pbs_post_admin_datastore_prune"}},
	{"prune store1 now per its keep settings", []string{"pbs_post_admin_datastore_prune_datastore"}},
	{"prune job for ns prod daily: keep-daily 14, keep-monthly 6", []string{"pbs_post_config_prune"}},
	{"prune jobs with last run state", []string{"pbs_get_admin_prune", "pbs_get_config_prune"}},
	{"run prune job pj-store1 immediately", []string{"pbs_post_admin_prune_run"}},
	{"retnetion of prune job pj-offsite to keep-yearly 2", []string{"pbs_put_config_prune_id"}},
	{"remove prune job pj-legacy", []string{"pbs_delete_config_prune_id"}},

	// PBS garbage collection.
	{"start gc on store1", []string{"pbs_post_admin_datastore_gc"}},
	{"gc result of store1: removed bytes, pending chunks", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc_store"}},
	{"gc schedule and last result for all datastores", []string{"pbs_get_admin_gc"}},
	{"garbge collection on store2 to sat 04:00", d7DSSet},
	{"TASK ERROR: unable to get exclusive lock on store1 during gc — what holds it", []string{"pbs_get_nodes_tasks", "pbs_get_admin_datastore_active_operations"}},

	// PBS verification.
	{"verify store1 --ignore-verified --outdated-after 30", []string{"pbs_post_admin_datastore_verify"}},
	{"verify job nightly 03:00 on store1, re-verify after 60 days", []string{"pbs_post_config_verify"}},
	{"kick off verify job v-store1", []string{"pbs_post_admin_verify_run"}},
	{"verify jobs and their last state", []string{"pbs_get_admin_verify", "pbs_get_config_verify"}},
	{"verfiy only vm/600/2025-02-01T01:00:00Z", []string{"pbs_post_admin_datastore_verify"}},
	{"verify-new on for store-offsite", d7DSSet},
	{"chunk 3f2a... bad chunk, renamed to .bad — show the verification task log", d7BTasks},

	// PBS remotes and sync.
	{"add remote pbs-dr host 10.50.0.10 auth-id sync@pbs!dr with fingerprint", []string{"pbs_post_config_remote"}},
	{"datastores on remote pbs-dr", []string{"pbs_get_config_remote_scan"}},
	{"namespaces in remote pbs-dr store offsite", []string{"pbs_get_config_remote_scan_namespaces"}},
	{"pull sync from pbs-fra:store1 into local offsite every 6h with remove-vanished", []string{"pbs_post_config_sync"}},
	{"push sync job store1 -> pbs-dr:offsite nightly", []string{"pbs_post_config_sync"}},
	{"run sync job s-fra now", []string{"pbs_post_admin_sync_run"}},
	{"sync jobs: last run, next run, state", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"one-off pull of ns cust-acme from remote pbs-fra", []string{"pbs_post_pull"}},
	{"one-shot push of store1 to pbs-dr, no job", []string{"pbs_post_push"}},
	{"rate-in 50MiB for sync job s-fra", []string{"pbs_put_config_sync_id"}},
	{"remote pbs-fra token secret rotated, update it", []string{"pbs_put_config_remote_name"}},
	{"group-filter type:vm and regex:^vm/4[0-9]{3} on job s-dr", []string{"pbs_put_config_sync_id"}},
	{"delete sync job s-old", []string{"pbs_delete_config_sync_id"}},
	{"sync fails: certificate fingerprint mismatch after remote cert renewal", []string{"pbs_put_config_remote_name"}},
	{"which remotes does pbs01 know about", []string{"pbs_get_config_remote"}},
	{"transfer-last 3 and verified-only on the offsite pull", []string{"pbs_put_config_sync_id"}},

	// PBS tasks and logs.
	{"running tasks on pbs01", []string{"pbs_get_nodes_tasks"}},
	{"UPID:pbs01:00001A2B:00C3D4E5:00000003:67A2B3C4:verificationjob:store1\\x3av\\x2dstore1:root@pam: log", d7BTasks},
	{"stop the verify task that's been running 20h", []string{"pbs_delete_nodes_tasks_upid"}},
	{"failed tasks on the backup server last 24h", []string{"pbs_get_nodes_tasks"}},
	{"pbs journal since boot", []string{"pbs_get_nodes_journal", "pbs_get_nodes_syslog"}},

	// PBS users, tokens, ACLs and realms.
	{"proxmox-backup-manager user create sync@pbs", []string{"pbs_post_access_users"}},
	{"token for pve cluster ams: backup@pbs!pve-ams", []string{"pbs_post_access_users_token_token_name"}},
	{"DatastoreBackup on /datastore/store1/cust-acme for backup@pbs!pve-ams", []string{"pbs_put_access_acl"}},
	{"effective privs of backup@pbs!pve-ams on /datastore/store1", []string{"pbs_get_access_permissions"}},
	{"proxmox-backup-manager acl list", []string{"pbs_get_access_acl"}},
	{"roles available on the backup server", []string{"pbs_get_access_roles"}},
	{"ldap realm on pbs01, same directory as pve", []string{"pbs_post_config_access_ldap"}},
	{"ad realm sync on pbs now", []string{"pbs_post_access_domains_sync"}},
	{"disable ex-employee@pbs", []string{"pbs_put_access_users_userid"}},
	{"unlock tfa of ops-jan@pbs", []string{"pbs_put_access_users_unlock_tfa"}},
	{"tokens of backup@pbs and when they expire", []string{"pbs_get_access_users_token"}},
	{"delete token backup@pbs!old-cluster", []string{"pbs_delete_access_users_token_token_name"}},

	// PBS node administration.
	{"updates available on pbs01", []string{"pbs_get_nodes_apt_update"}},
	{"refresh package index on pbs02", []string{"pbs_post_nodes_apt_update"}},
	{"proxmox-backup-manager versions --verbose on pbs02 for the change record", []string{"pbs_get_nodes_apt_versions"}},
	{"pbs-no-subscription repo on the test backup server", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories"}},
	{"changelog of proxmox-backup-server 4.0.x", []string{"pbs_get_nodes_apt_changelog"}},
	{"systemctl restart proxmox-backup-proxy", []string{"pbs_post_nodes_services_restart"}},
	{"services on pbs02 and their state", []string{"pbs_get_nodes_services"}},
	{"reboot pbs02 after the kernel update", []string{"pbs_post_nodes_status"}},
	{"pbs01 cpu, memory and root disk", []string{"pbs_get_nodes_status"}},
	{"pbs01 load over the past week", []string{"pbs_get_nodes_rrd"}},
	{"disks on pbs03 with health and usage", []string{"pbs_get_nodes_disks_list"}},
	{"smart of /dev/sdk on pbs03", []string{"pbs_get_nodes_disks_smart"}},
	{"raidz2 on 8 disks of pbs03 and add a datastore on it", []string{"pbs_post_nodes_disks_zfs"}},
	{"zpool status on pbs03", []string{"pbs_get_nodes_disks_zfs_name", "pbs_get_nodes_disks_zfs"}},
	{"proxmox-backup-manager disk fs create store4 --disk sdm --filesystem xfs --add-datastore true", []string{"pbs_post_nodes_disks_directory"}},
	{"wipe sdq on pbs03, old datastore disk", []string{"pbs_put_nodes_disks_wipedisk"}},
	{"interfaces on pbs01", []string{"pbs_get_nodes_network"}},
	{"dns servers on pbs02 to 10.0.0.53/10.0.0.54", []string{"pbs_put_nodes_dns"}},
	{"pbs02 timezone to UTC", []string{"pbs_put_nodes_time"}},
	{"fingerprint of pbs01 for the pve storage config", []string{"pbs_get_nodes_certificates_info"}},
	{"custom cerificate for pbs01 from our internal ca", []string{"pbs_post_nodes_certificates_custom"}},
	{"acme cert for pbs01.corp.example", []string{"pbs_post_nodes_certificates_acme_certificate", "pbs_put_nodes_config"}},
	{"subscription key on pbs02", []string{"pbs_put_nodes_subscription"}},
	{"system report of pbs01 for support", []string{"pbs_get_nodes_report"}},
	{"server id of pbs03 for the subscription order", []string{"pbs_get_nodes_subscription"}},

	// PBS notifications and metrics.
	{"smtp endpoint on pbs via relay.corp.example", []string{"pbs_post_config_notif_endpoints_smtp"}},
	{"gc and verify failures from pbs to ops", []string{"pbs_post_config_notif_matchers"}},
	{"test the mail-ops target on pbs", []string{"pbs_post_config_notif_targets_test"}},
	{"store1 notification-mode notification-system", d7DSSet},
	{"pbs stats to influxdb2 at https://influx.corp:8086", []string{"pbs_post_config_metrics_influxdb_http"}},
	{"scrape pbs metrics", []string{"pbs_get_status_metrics"}},

	// PBS tape.
	{"proxmox-tape drive list --output-format text", []string{"pbs_get_tape_drive", "pbs_get_config_drive"}},
	{"changer slots and import/export status", []string{"pbs_get_tape_changer_status"}},
	{"barcode-label the new tapes into pool weekly", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"tape backup job store1 to pool monthly, sat 08:00", []string{"pbs_post_config_tape_backup_job"}},
	{"run tape job tj-monthly now", []string{"pbs_post_tape_backup_id"}},
	{"tapes with status and expiry", []string{"pbs_get_tape_media_list"}},
	{"restore media-set 'monthly 2025-01' into store-restore", []string{"pbs_post_tape_restore"}},
	{"eject the tape in lto9-a", []string{"pbs_post_tape_drive_eject_media"}},
	{"proxmox-tape inventory", []string{"pbs_put_tape_drive_inventory", "pbs_get_tape_drive_inventory"}},
	{"tape 000047L9 throws media errors, mark it damaged", []string{"pbs_post_tape_media_list_status"}},
	{"media pool yearly with retention keep and allocation continue", []string{"pbs_post_config_media_pool"}},
	{"volume statistics of the loaded tape", []string{"pbs_get_tape_drive_volume_statistics"}},
	{"send media set tapes to vault offsite", []string{"pbs_post_tape_media_move", "pbs_put_tape_drive_export_media"}},
	{"content of media set 'weekly 2025-05'", []string{"pbs_get_tape_media_content"}},
	{"tape encryption key for pool yearly, with hint", []string{"pbs_post_config_tape_enc_keys"}},

	// PBS S3 backends, traffic control and keys.
	{"s3 endpoint for minio at https://s3.corp:9000 path-style", []string{"pbs_post_config_s3"}},
	{"buckets visible to s3 endpoint minio-ams", []string{"pbs_get_config_s3_list_buckets"}},
	{"s3-backed datastore s3-cold on bucket pbs-cold, cache at /mnt/cache", []string{"pbs_post_config_datastore"}},
	{"sanity check s3 endpoint minio-ams", []string{"pbs_put_admin_s3_check"}},
	{"refresh s3-cold contents from the bucket into the local cache", []string{"pbs_put_admin_datastore_s3_refresh"}},
	{"traffic control: 100MB/s for 10.0.0.0/8 during business hours", []string{"pbs_post_config_traffic_control"}},
	{"current traffic per tc rule", []string{"pbs_get_admin_traffic_control"}},
	{"encryption key for push sync to the untrusted offsite", []string{"pbs_post_config_enc_keys"}},

	// Requests that name no product: both twins fit.
	{"who has admin rights on pve and on pbs — audit", []string{"pve_get_access_acl", "pbs_get_access_acl"}},
	{"api tokens expiring this quarter, all systems", []string{"pve_get_access_users_token", "pbs_get_access_users_token"}},
	{"cert expiry everywhere, pve nodes and backup servers", []string{"pve_get_nodes_certificates_info", "pbs_get_nodes_certificates_info"}},
}

// TestDev7 scores development set 7 and lists its misses. Like TestDev it has no floor.
func TestDev7(t *testing.T) {
	scoreDevSet(t, "development set 7", dev7Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, habitCases, symptomCases)
}
