package search

import "testing"

// Development set 6: 400 requests for operation search, written before the
// ranking changes of its round. The writers are homelab owners and
// small-business admins who run one to three Proxmox VE nodes and a single
// Proxmox Backup Server. They write whole sentences with context, ask as often
// as they order, call guests by name (plex, nextcloud, pihole, win11, dc01)
// more than by id, and quote what the GUI or the server's e-mails show them.
// The mix is a month of such requests: everyday work first (what runs where,
// power, load, guest configuration, disks, snapshots, backups and restores,
// storage, tasks and logs, nodes, updates, users, datastores, prune, garbage
// collection, verify, sync), the rarer areas as often as they come up, about
// two thirds PVE and one third PBS. Some requests carry typos on purpose.

// Shorthand want lists of the sixth development set.
var (
	d6Where    = []string{"pve_get_cluster_resources", "pve_get_nodes_qemu", "pve_get_nodes_lxc"}
	d6VMSet    = []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}
	d6VMGet    = []string{"pve_get_nodes_qemu_config", "pve_get_nodes_qemu_pending"}
	d6VMNow    = []string{"pve_get_nodes_qemu_status_current"}
	d6VMLoad   = []string{"pve_get_nodes_qemu_status_current", "pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}
	d6CTSet    = []string{"pve_put_nodes_lxc_config"}
	d6CTGet    = []string{"pve_get_nodes_lxc_config", "pve_get_nodes_lxc_pending"}
	d6CTLoad   = []string{"pve_get_nodes_lxc_status_current", "pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}
	d6NodeLoad = []string{"pve_get_nodes_status", "pve_get_nodes_rrddata", "pve_get_nodes_rrd"}
	d6Tasks    = []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks"}
	d6TaskLog  = []string{"pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status", "pve_get_nodes_tasks", "pve_get_cluster_tasks"}
	d6PVEStore = []string{"pve_get_nodes_storage_status", "pve_get_nodes_storage", "pve_get_cluster_resources"}
	d6Shell    = []string{"pve_post_nodes_termproxy", "pve_post_nodes_vncshell", "pve_post_nodes_spiceshell"}
	d6VMCons   = []string{"pve_post_nodes_qemu_vncproxy", "pve_post_nodes_qemu_termproxy", "pve_post_nodes_qemu_spiceproxy"}
	d6CTCons   = []string{"pve_post_nodes_lxc_termproxy", "pve_post_nodes_lxc_vncproxy", "pve_post_nodes_lxc_spiceproxy"}
	d6HAState  = []string{"pve_get_cluster_ha_status_current", "pve_get_cluster_ha_status_manager_status"}
	d6CephStat = []string{"pve_get_cluster_ceph_status", "pve_get_nodes_ceph_status"}
	d6PVEMail  = []string{"pve_post_cluster_notif_endpoints_smtp", "pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name", "pve_put_cluster_notif_endpoints_smtp_name"}
	d6PBSStore = []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage", "pbs_get_admin_datastore"}
	d6PBSTasks = []string{"pbs_get_nodes_tasks"}
	d6PBSLog   = []string{"pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks_status", "pbs_get_nodes_tasks"}
	d6PBSMail  = []string{"pbs_post_config_notif_endpoints_smtp", "pbs_post_config_notif_matchers", "pbs_put_config_notif_matchers_name", "pbs_put_config_notif_endpoints_smtp_name"}
	d6GC       = []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_gc"}
)

var dev6Cases = []qualityCase{
	// PVE: what runs where, inventory.
	{"which node is plex running on right now? i moved some stuff around last week and lost track", d6Where},
	{"Can you give me a list of every VM and container in the cluster along with whether it's running?", d6Where},
	{"how many guests are currently powered off on pve2", []string{"pve_get_nodes_qemu", "pve_get_nodes_lxc", "pve_get_cluster_resources"}},
	{"I keep forgetting the id of the nextcloud container, what number is it?", []string{"pve_get_cluster_resources", "pve_get_nodes_lxc"}},
	{"what's the next free vmid I could give a new ubuntu server", []string{"pve_get_cluster_nextid"}},
	{"show me all my nodes and whether they're online", []string{"pve_get_nodes", "pve_get_cluster_status", "pve_get_cluster_resources"}},
	{"is the cluster still quorate? the gui showed a red x next to pve3 for a minute this morning", []string{"pve_get_cluster_status"}},
	{"just the containers on the little nuc node please, not the vms", []string{"pve_get_nodes_lxc"}},
	{"Which of my VMs carry the tag 'prod'? I started tagging things last month", []string{"pve_get_cluster_resources", "pve_get_nodes_qemu"}},
	{"we have three hosts — which one has the most free ram for another windows vm?", []string{"pve_get_cluster_resources", "pve_get_nodes_status", "pve_get_nodes"}},
	{"My boss wants to know which servers belong to the customer project, they're all in the pool 'kunden'", []string{"pve_get_pools_poolid", "pve_get_pools"}},
	{"what version of proxmox is each node running? I think pve3 is behind", []string{"pve_get_nodes_version", "pve_get_version", "pve_get_nodes_apt_versions"}},
	{"quick one: is dc01 a vm or a container, and which host is it sitting on?", []string{"pve_get_cluster_resources"}},

	// PVE: power.
	{"please start the plex vm, it didn't come back after the power cut", []string{"pve_post_nodes_qemu_status_start"}},
	{"shut down win11 cleanly, my kid left it runing all night again", []string{"pve_post_nodes_qemu_status_shutdown", "pve_post_nodes_qemu_agent_shutdown"}},
	{"the nextcloud container is completely hung, force stop it", []string{"pve_post_nodes_lxc_status_stop"}},
	{"can you reboot the pihole ct? dns is acting weird", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"Windows Server dc01 is frozen at the login screen and ignores the console, do a hard reset", []string{"pve_post_nodes_qemu_status_reset", "pve_post_nodes_qemu_status_stop"}},
	{"pause the minecraft vm for a bit while I copy the world files off", []string{"pve_post_nodes_qemu_status_suspend"}},
	{"vm 105 has been paused since yesterday, resume it", []string{"pve_post_nodes_qemu_status_resume"}},
	{"after the maintenance, start every guest on pve1 again", []string{"pve_post_nodes_startall", "pve_post_cluster_bulk_action_guest_start"}},
	{"I have to take the host down for a RAM upgrade, stop all the vms and containers on it first", []string{"pve_post_nodes_stopall", "pve_post_cluster_bulk_action_guest_shutdown"}},
	{"move everything off pve2 to the other nodes so I can reboot it without downtime", []string{"pve_post_nodes_migrateall", "pve_post_cluster_bulk_action_guest_migrate"}},
	{"Turn off opnsense gracefully; if it hangs give it three minutes and then just kill it", []string{"pve_post_nodes_qemu_status_shutdown"}},
	{"the unifi controler container needs a restart after the update", []string{"pve_post_nodes_lxc_status_reboot"}},
	{"wake the old backup box with wake on lan before tonight's job", []string{"pve_post_nodes_wakeonlan"}},
	{"Shutdown the whole proxmox host please, we're moving house tomorrow", []string{"pve_post_nodes_status"}},
	{"kernel update is installed, reboot node pve3", []string{"pve_post_nodes_status"}},
	{"the docker vm has been stuck on 'shutting down' for 20 minutes, how do i kill it", []string{"pve_post_nodes_qemu_status_stop"}},
	{"stop ct 201 and 202, they're test boxes and I don't need them today", []string{"pve_post_nodes_lxc_status_shutdown", "pve_post_nodes_lxc_status_stop", "pve_post_cluster_bulk_action_guest_shutdown"}},
	{"is the guest agent actually answering in the nextcloud vm?", []string{"pve_post_nodes_qemu_agent_ping", "pve_get_nodes_qemu_agent_info"}},
	{"send ctrl+alt+del to the windows vm, it sits at the lock screen", []string{"pve_put_nodes_qemu_sendkey"}},
	{"jellyfin lxc won't start, the task just says 'startup for container 110 failed'. what's going on?", d6TaskLog},
	{"start up the vaultwarden container again, I stopped it by accident", []string{"pve_post_nodes_lxc_status_start"}},
	{"give dc01 a clean reboot tonight, windows updates are waiting", []string{"pve_post_nodes_qemu_status_reboot"}},

	// PVE: status and load.
	{"why is plex so slow, is the vm maxing out its cpu?", d6VMLoad},
	{"how much memory is the nextcloud container using at the moment", []string{"pve_get_nodes_lxc_status_current"}},
	{"show me cpu and ram of pve1 over the last week, the fans have been loud", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},
	{"what's the load average on my node? the web ui feels sluggish", d6NodeLoad},
	{"How long has dc01 been up?", d6VMNow},
	{"is win11 running or is it stopped", []string{"pve_get_nodes_qemu_status_current", "pve_get_cluster_resources"}},
	{"graph the network traffic of the pihole container over the past day", []string{"pve_get_nodes_lxc_rrddata", "pve_get_nodes_lxc_rrd"}},
	{"IO delay on the host summary sits at 40%, what's going on with it", d6NodeLoad},
	{"which guest uses the most cpu across the whole cluster", []string{"pve_get_cluster_resources"}},
	{"Does the opnsense vm show a lot of disk activity? I suspect it's swapping", d6VMLoad},
	{"the summary page shows swap almost full on the host, how much is used exactly?", d6NodeLoad},
	{"uptime and kernel version of pve2?", []string{"pve_get_nodes_status"}},
	{"gitea lxc feels sluggish, check its cpu and memory", d6CTLoad},
	{"show the disk write rate of the sql vm during last night's batch run", []string{"pve_get_nodes_qemu_rrddata", "pve_get_nodes_qemu_rrd"}},
	{"jellyfin container's root disk, how full is it?", []string{"pve_get_nodes_lxc_status_current", "pve_get_cluster_resources"}},
	{"what ip did the ubuntu vm get from dhcp? the summary just shows 'guest agent not running'", []string{"pve_get_nodes_qemu_agent_network_get_interfaces", "pve_post_nodes_qemu_agent_ping"}},
	{"What IP address does the paperless container have?", []string{"pve_get_nodes_lxc_interfaces", "pve_get_nodes_lxc_config"}},
	{"memroy usage of pve2 over the last month, thinking about buying more", []string{"pve_get_nodes_rrddata", "pve_get_nodes_rrd"}},

	// PVE: guest configuration.
	{"give plex 8 gigs of ram instead of 4", d6VMSet},
	{"add two more cores to the nextcloud containter", d6CTSet},
	{"How do I make the homeassistant vm start automatically when the host boots, and come up first?", d6VMSet},
	{"change the boot order on win11 so it boots from the iso, I need to repair windows", d6VMSet},
	{"mount the virtio drivers iso on the windows server vm", d6VMSet},
	{"eject whatever iso is still in the cd drive of vm 103", d6VMSet},
	{"opnsense needs a second nic on vmbr1 for the wan side", d6VMSet},
	{"put the pihole container's network on vlan 20", d6CTSet},
	{"set a static ip 192.168.10.5/24 with gateway .1 on the unifi ct", d6CTSet},
	{"what cpu type is dc01 configured with? windows complains about a missing instruction", d6VMGet},
	{"dump the full config of the docker vm", d6VMGet},
	{"I changed the memory of win11 but it says a reboot is needed — what's still pending?", []string{"pve_get_nodes_qemu_pending"}},
	{"enable the qemu guest agent option on the nextcloud vm", d6VMSet},
	{"rename vm 104 to 'mediaserver'", d6VMSet},
	{"put a note in the description of dc01 saying it holds the FSMO roles", d6VMSet},
	{"tag the kali vm with 'lab' so i can filter for it in the tree", d6VMSet},
	{"turn on nesting for the docker lxc, docker refuses to start without it", d6CTSet},
	{"bind mount the host directory /tank/media into the jellyfin container at /media", d6CTSet},
	{"the plex container needs the intel igpu (/dev/dri), how do I pass it through?", d6CTSet},
	{"pass the nvidia card at 01:00.0 through to the gaming vm", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_get_nodes_hardware_pci"}},
	{"Which pci devices does the host have? I'm looking for the HBA to give to the truenas vm", []string{"pve_get_nodes_hardware_pci"}},
	{"attach the zigbee usb stick to the home assistant vm", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_get_nodes_hardware_usb"}},
	{"set the cloud-init user to 'deploy' and add my ssh key on the ubuntu template", []string{"pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config", "pve_put_nodes_qemu_cloudinit"}},
	{"regenerate the cloud-init drive on vm 9000, I changed the ip config", []string{"pve_put_nodes_qemu_cloudinit"}},
	{"what will cloud-init actually hand to the vm? show me the generated user-data", []string{"pve_get_nodes_qemu_cloudinit_dump", "pve_get_nodes_qemu_cloudinit"}},
	{"limit the disk of the backup vm to 100 MB/s read so it stops hogging the pool", d6VMSet},
	{"change the swap of the gitea container to 1GB", d6CTSet},
	{"dc01 should start after the nas vm with a 60 second delay", d6VMSet},
	{"Enable ballooning on the win11 vm with a minimum of 2GB", d6VMSet},
	{"set a cpu limit of 2 on the transcoding container so it leaves something for the others", d6CTSet},
	{"win11 wants a tpm and secure boot, add a tpm state and efi disk to the vm", d6VMSet},
	{"what options is container 120 running with, like features and mount points?", d6CTGet},
	{"unlock vm 106, it says 'VM is locked (backup)' but no backup is running anymore", d6VMSet},
	{"container 115 is stuck with lock 'snapshot', can you clear that", d6CTSet},
	{"make the pihole container start on boot, it's our only dns", d6CTSet},

	// PVE: disks.
	{"grow the nextcloud vm disk by 50G, its almost full", []string{"pve_put_nodes_qemu_resize"}},
	{"resize the rootfs of the pihole container to 8G", []string{"pve_put_nodes_lxc_resize"}},
	{"move vm 101's disk from local-lvm to the new nvme zfs pool", []string{"pve_post_nodes_qemu_move_disk"}},
	{"migrate the gitea container's rootfs over to the ssd storage", []string{"pve_post_nodes_lxc_move_volume"}},
	{"add a 500GB data disk on storage tank to the fileserver vm", d6VMSet},
	{"detach the old scsi1 disk from dc01 but keep it around for now", d6VMSet},
	{"Delete the unused disk 0 on vm 110 for real, it takes 200GB", []string{"pve_put_nodes_qemu_unlink", "pve_post_nodes_qemu_config", "pve_put_nodes_qemu_config"}},
	{"what physical disks are in pve1 and is any of them still unused?", []string{"pve_get_nodes_disks_list"}},
	{"i got an email about reallocated sectors on /dev/sdb, check the SMART values", []string{"pve_get_nodes_disks_smart"}},
	{"create a zfs mirror out of the two new 4TB drives and add it as storage", []string{"pve_post_nodes_disks_zfs"}},
	{"is my zfs pool healthy? basically zpool status", []string{"pve_get_nodes_disks_zfs_name", "pve_get_nodes_disks_zfs"}},
	{"wipe /dev/sdc, it has an old windows partition and the gui won't let me use it", []string{"pve_put_nodes_disks_wipedisk"}},
	{"initialize the new ssd with a gpt partition table", []string{"pve_post_nodes_disks_initgpt"}},
	{"make an lvm-thin pool on the 1TB nvme", []string{"pve_post_nodes_disks_lvmthin"}},
	{"format the usb drive as ext4 and mount it as directory storage for dumps", []string{"pve_post_nodes_disks_directory"}},
	{"How full is the local-lvm thin pool really? the data percentage keeps climbing", []string{"pve_get_nodes_disks_lvmthin", "pve_get_nodes_storage_status", "pve_get_nodes_storage"}},
	{"enable discard and ssd emulation on the nextcloud vm disk so trim works", d6VMSet},
	{"run fstrim inside the ubuntu vm through the guest agent", []string{"pve_post_nodes_qemu_agent_fstrim"}},
	{"the nextcloud container's rootfs is 95% full, make it 20G bigger", []string{"pve_put_nodes_lxc_resize"}},

	// PVE: snapshots.
	{"take a snapshot of win11 before I install the feautre update", []string{"pve_post_nodes_qemu_snapshot"}},
	{"snapshot the nextcloud container and call it pre-upgrade-28", []string{"pve_post_nodes_lxc_snapshot"}},
	{"the upgrade broke everything, roll home assistant back to yesterday's snapshot", []string{"pve_post_nodes_qemu_snapshot_rollback"}},
	{"what snapshots does vm 100 have", []string{"pve_get_nodes_qemu_snapshot"}},
	{"there are like 12 old snapshots on the pihole ct, delete them", []string{"pve_delete_nodes_lxc_snapshot_snapname", "pve_get_nodes_lxc_snapshot"}},
	{"snapshop with RAM for dc01 please, i want to be able to go back to the running state", []string{"pve_post_nodes_qemu_snapshot"}},
	{"Revert container 120 to the snapshot named clean", []string{"pve_post_nodes_lxc_snapshot_rollback"}},
	{"remove the snapshot 'before-update' from the docker vm", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"the snapshot button is greyed out on my vm — the disk is a raw file on nfs, is that why?", []string{"pve_get_nodes_qemu_feature", "pve_get_nodes_qemu_config"}},
	{"a snapshot delete failed and the vm now has a stuck snapshot in the list, how do I get rid of it", []string{"pve_delete_nodes_qemu_snapshot_snapname"}},
	{"can the gitea container be snapshotted on the storage it's on?", []string{"pve_get_nodes_lxc_feature"}},

	// PVE: backups and restores.
	{"back up the nextcloud vm to the pbs right now, before I upgrade it", []string{"pve_post_nodes_vzdump"}},
	{"run a backup of every guest on pve1 to local storage immediately", []string{"pve_post_nodes_vzdump"}},
	{"Create a nighlty backup job at 02:00 for all vms to the pbs, snapshot mode", []string{"pve_post_cluster_backup"}},
	{"change the retention on my weekly backup job to keep 4 weekly and 6 monthly", []string{"pve_put_cluster_backup_id"}},
	{"wich backup jobs do I have and when do they run?", []string{"pve_get_cluster_backup"}},
	{"did last night's backup of dc01 succeed? I didn't get the usual email", d6TaskLog},
	{"the backup mail says 'ERROR: Backup of VM 104 failed - job failed with err -5 - Input/output error'. where can i see more?", d6TaskLog},
	{"what guests aren't covered by any backup job", []string{"pve_get_cluster_backup_info_not_backed_up"}},
	{"which disks of vm 100 does the backup job actually include", []string{"pve_get_cluster_backup_included_volumes"}},
	{"restore vm 105 from last sunday's backup and overwrite the current one", []string{"pve_post_nodes_qemu", "pve_get_nodes_storage_content"}},
	{"Restore the pihole container backup as a new CT with id 250 so I can compare the two", []string{"pve_post_nodes_lxc"}},
	{"list all backups of win11 sitting on the nas storage", []string{"pve_get_nodes_storage_content"}},
	{"local is full of old vzdump files, clean them up", []string{"pve_delete_nodes_storage_content_volume", "pve_get_nodes_storage_content", "pve_delete_nodes_storage_prunebackups"}},
	{"prune the backups on storage 'usb-backup' and keep only the last 3 per guest", []string{"pve_delete_nodes_storage_prunebackups"}},
	{"what would a prune with keep-daily 7 remove from my nfs backups? just a dry run", []string{"pve_get_nodes_storage_prunebackups"}},
	{"mark this backup of dc01 as protected so the prune never deletes it", []string{"pve_put_nodes_storage_content_volume"}},
	{"exclude the scratch disk scsi2 of the media vm from backups", d6VMSet},
	{"someone deleted their calendar export, can I pull a single file out of the nextcloud vm backup?", []string{"pve_get_nodes_storage_file_restore_list", "pve_get_nodes_storage_file_restore_download"}},
	{"what vm config is stored inside tuesday's backup file?", []string{"pve_get_nodes_vzdump_extractconfig"}},
	{"disable the offsite backup job for now, the remote nas is down", []string{"pve_put_cluster_backup_id"}},
	{"add a note to this morning's backup: 'before nextcloud 29'", []string{"pve_put_nodes_storage_content_volume"}},
	{"when does my backup schedule 'mon..fri 21:00' fire next?", []string{"pve_get_cluster_jobs_schedule_analyze"}},
	{"backing up the plex container takes 3 hours, look at the last backup log for the speed", d6TaskLog},

	// PVE: storage and its content.
	{"upload the debian 12 netinst iso to local so I can install a vm", []string{"pve_post_nodes_storage_upload", "pve_post_nodes_storage_download_url"}},
	{"download the ubuntu 24.04 iso straight from the mirror into the iso storage", []string{"pve_post_nodes_storage_download_url", "pve_get_nodes_query_url_metadata"}},
	{"which container templates can I download? looking for an alpine one", []string{"pve_get_nodes_aplinfo"}},
	{"grab the debian 12 standard lxc template for me", []string{"pve_post_nodes_aplinfo", "pve_post_nodes_storage_download_url"}},
	{"list the isos I already have on the nas storage", []string{"pve_get_nodes_storage_content"}},
	{"add my synology nfs share 192.168.1.20:/volume1/proxmox as backup storage", []string{"pve_post_storage", "pve_get_nodes_scan_nfs"}},
	{"what exports does the truenas box at 10.0.0.5 offer over nfs?", []string{"pve_get_nodes_scan_nfs"}},
	{"add an smb share from the windows file server as iso storage, the user is svc-pve", []string{"pve_post_storage", "pve_get_nodes_scan_cifs"}},
	{"how much space is left on each storage? the dashboard shows local at 92%", d6PVEStore},
	{"disable the 'usb-backup' storage while the drive is unplugged", []string{"pve_put_storage_storage"}},
	{"allow disk images on the nfs storage as well, not just backups", []string{"pve_put_storage_storage"}},
	{"Which storages are defined in the datacenter and what content types do they take?", []string{"pve_get_storage"}},
	{"the san is gone, remove the old iscsi storage from the config", []string{"pve_delete_storage_storage"}},
	{"delete the windows 10 iso from local, don't need it anymore", []string{"pve_delete_nodes_storage_content_volume"}},
	{"storage 'nas' has a grey question mark in the tree, is it reachable?", d6PVEStore},
	{"import the ova I got from the vendor as a new vm", []string{"pve_get_nodes_storage_import_metadata", "pve_post_nodes_qemu"}},
	{"there's an orphaned vm-999-disk-0 on local-lvm, whose is it and can it go?", []string{"pve_get_nodes_storage_content", "pve_get_nodes_storage_content_volume", "pve_delete_nodes_storage_content_volume"}},

	// PVE: tasks and logs.
	{"what tasks are running on the cluster right now? something is hammering the disks", d6Tasks},
	{"show me failed tasks from the last 24h", d6Tasks},
	{"i want the full log of the migration that failed this morning", d6TaskLog},
	{"that backup task has been at 99% for hours, stop it", []string{"pve_delete_nodes_tasks_upid"}},
	{"pve2 rebooted on its own around 3am, show the syslog from then", []string{"pve_get_nodes_syslog", "pve_get_nodes_journal"}},
	{"what happened in the cluster log today?", []string{"pve_get_cluster_log"}},
	{"is the clone task still going or did it finish", []string{"pve_get_nodes_tasks_status", "pve_get_nodes_tasks", "pve_get_cluster_tasks"}},
	{"who deleted vm 130? check the task history", d6Tasks},

	// PVE: nodes.
	{"restart pveproxy on pve1, the gui doesn't load", []string{"pve_post_nodes_services_restart"}},
	{"all guests show grey question marks — is pvestatd even running?", []string{"pve_get_nodes_services_state", "pve_get_nodes_services", "pve_post_nodes_services_restart"}},
	{"what dns servers is the host using", []string{"pve_get_nodes_dns"}},
	{"set the node's dns to 1.1.1.1 and 9.9.9.9", []string{"pve_put_nodes_dns"}},
	{"backup times are an hour off — set the timezone on pve1 to Europe/Berlin", []string{"pve_put_nodes_time"}},
	{"add a linux bridge vmbr1 on eno2 for the dmz", []string{"pve_post_nodes_network", "pve_put_nodes_network"}},
	{"apply the pending network changes I made in the gui", []string{"pve_put_nodes_network"}},
	{"revert the network changes I haven't applied yet", []string{"pve_delete_nodes_network"}},
	{"show me the interfaces and bridges on pve2", []string{"pve_get_nodes_network"}},
	{"make vmbr0 vlan aware", []string{"pve_put_nodes_network_iface", "pve_put_nodes_network"}},
	{"open a shell on the host from here", d6Shell},
	{"i need a terminal into the pihole container, ssh isn't set up", d6CTCons},
	{"Open the console of win11, it's stuck on a blue screen", d6VMCons},

	// PVE: updates and subscription.
	{"are there any updates for my proxmox hosts?", []string{"pve_get_nodes_apt_update"}},
	{"refresh the package lists on pve1, like apt update", []string{"pve_post_nodes_apt_update"}},
	{"I keep getting 401 from enterprise.proxmox.com on apt update, switch me to the no-subscription repo", []string{"pve_put_nodes_apt_repositories", "pve_post_nodes_apt_repositories", "pve_get_nodes_apt_repositories"}},
	{"what repos are configured on pve2 and is anything wrong with them", []string{"pve_get_nodes_apt_repositories"}},
	{"package by package, which versions of pve-manager and the kernel am I on?", []string{"pve_get_nodes_apt_versions"}},
	{"what changed in the new pve-qemu-kvm package before I install it", []string{"pve_get_nodes_apt_changelog"}},
	{"enter our subscription key on the node, we finally bought one", []string{"pve_put_nodes_subscription"}},
	{"is the subscription still valid? the gui keeps nagging", []string{"pve_get_nodes_subscription", "pve_post_nodes_subscription"}},

	// PVE: users and permissions.
	{"create a user for my brother so he can only manage his own minecraft vm", []string{"pve_post_access_users", "pve_put_access_acl"}},
	{"give anna@pve the PVEVMUser role on vm 120", []string{"pve_put_access_acl"}},
	{"what permisions does bob@pve actually end up with", []string{"pve_get_access_permissions", "pve_get_access_acl"}},
	{"i need an api token for the home assistant proxmox integration", []string{"pve_post_access_users_token_tokenid"}},
	{"reset the pasword for the user office@pve", []string{"pve_put_access_password"}},
	{"an employee left today, disable jan@pve", []string{"pve_put_access_users_userid"}},
	{"add ldap against our active directory so staff can log in with their domain accounts", []string{"pve_post_access_domains"}},
	{"sync the users from the AD realm now", []string{"pve_post_access_domains_sync"}},
	{"set up totp two-factor for my root account", []string{"pve_post_access_tfa_userid"}},
	{"My colleague lost his phone, remove his totp so he can log in again", []string{"pve_delete_access_tfa_id", "pve_get_access_tfa_userid"}},
	{"user is locked out after too many wrong 2fa codes, the login says TFA locked. unlock them", []string{"pve_put_access_users_unlock_tfa"}},
	{"create a role that can only start and stop vms and open the console", []string{"pve_post_access_roles"}},
	{"make a group 'helpdesk' and put tom and lisa in it", []string{"pve_post_access_groups", "pve_put_access_users_userid"}},
	{"what privileges are in the PVEVMAdmin role?", []string{"pve_get_access_roles_roleid", "pve_get_access_roles"}},
	{"the token 'ansible' of automation@pve leaked into a git repo, revoke it", []string{"pve_delete_access_users_token_tokenid"}},

	// PVE: create, clone, template, migrate, destroy.
	{"create a new ubuntu vm with 4 cores, 8GB ram and a 64GB disk on local-zfs", []string{"pve_post_nodes_qemu"}},
	{"spin up a debian container for vaultwarden, 1 core and 512MB", []string{"pve_post_nodes_lxc"}},
	{"clone the ubuntu template 9000 into a new vm called web02", []string{"pve_post_nodes_qemu_clone"}},
	{"full clone of the pihole container as pihole2 for redundancy", []string{"pve_post_nodes_lxc_clone"}},
	{"turn the freshly prepared debian vm into a template", []string{"pve_post_nodes_qemu_template"}},
	{"live migrate plex to pve2 without shutting it down", []string{"pve_post_nodes_qemu_migrate", "pve_get_nodes_qemu_migrate"}},
	{"can the win11 vm be live migrated at all? it has a passed-through usb device", []string{"pve_get_nodes_qemu_migrate"}},
	{"Move the nextcloud container over to pve3, a restart is fine", []string{"pve_post_nodes_lxc_migrate"}},
	{"delete the old test vm 999 along with its disks", []string{"pve_delete_nodes_qemu_vmid"}},
	{"destroy ct 130 (the old wiki) and purge it from the backup jobs too", []string{"pve_delete_nodes_lxc_vmid"}},
	{"migrate vm 140 to our second cluster at the other office", []string{"pve_post_nodes_qemu_remote_migrate"}},

	// PVE: cluster.
	{"create a cluster on pve1 so the second node can join", []string{"pve_post_cluster_config"}},
	{"what do I need to join pve2 to the cluster? show me the join information", []string{"pve_get_cluster_config_join"}},
	{"join this node to the existing cluster at 192.168.1.10", []string{"pve_post_cluster_config_join"}},
	{"the mainboard of pve3 died, remove it from the cluster", []string{"pve_delete_cluster_config_nodes_node"}},
	{"is the qdevice on the raspberry pi still giving us its vote?", []string{"pve_get_cluster_config_qdevice", "pve_get_cluster_status"}},
	{"use the 10G link as migration network in the datacenter options", []string{"pve_put_cluster_options"}},

	// PVE: high availability.
	{"make the home assistant vm highly available so it restarts on another node if pve1 dies", []string{"pve_post_cluster_ha_resources"}},
	{"why is vm 100 shown in state 'fence' on the HA page?", d6HAState},
	{"take the nextcloud vm out of HA, i'd rather manage it by hand", []string{"pve_delete_cluster_ha_resources_sid"}},
	{"HA should prefer pve1 for dc01 and only fall back to pve2", []string{"pve_post_cluster_ha_rules", "pve_put_cluster_ha_rules_rule", "pve_post_cluster_ha_groups", "pve_put_cluster_ha_groups_group"}},
	{"set the HA resource for plex to disabled while I do maintenance", []string{"pve_put_cluster_ha_resources_sid"}},

	// PVE: ceph.
	{"ceph shows HEALTH_WARN, what is it complaining about", d6CephStat},
	{"one osd went down after a disk failure, which one is it?", []string{"pve_get_nodes_ceph_osd"}},
	{"before rebooting the nodes for updates, set noout", []string{"pve_put_cluster_ceph_flags_flag", "pve_put_cluster_ceph_flags"}},
	{"add the new ssd in pve2 as a ceph osd", []string{"pve_post_nodes_ceph_osd"}},
	{"ceph pool 'vm-pool': how full is it and what's its size/min_size", []string{"pve_get_nodes_ceph_pool_status", "pve_get_nodes_ceph_pool", "pve_get_nodes_ceph_pool_name"}},

	// PVE: SDN.
	{"create a simple zone with a vnet for an isolated lab network with dhcp", []string{"pve_post_cluster_sdn_zones", "pve_post_cluster_sdn_vnets", "pve_post_cluster_sdn_vnets_subnets"}},
	{"the vnet shows 'new' in the sdn panel, apply it", []string{"pve_put_cluster_sdn"}},
	{"which sdn zones and vnets do we have set up?", []string{"pve_get_cluster_sdn_zones", "pve_get_cluster_sdn_vnets"}},

	// PVE: firewall.
	{"allow port 443 inbound to the nextcloud vm in the proxmox firewall", []string{"pve_post_nodes_qemu_firewall_rules"}},
	{"enable the datacenter firewall but make sure I don't lock myself out of 8006", []string{"pve_put_cluster_firewall_options", "pve_post_cluster_firewall_rules", "pve_get_cluster_firewall_rules"}},
	{"which firewall rules apply to the pihole container?", []string{"pve_get_nodes_lxc_firewall_rules"}},
	{"create an ipset 'trusted' with my home and office ips", []string{"pve_post_cluster_firewall_ipset", "pve_post_cluster_firewall_ipset_name"}},
	{"block ssh from the guest wifi subnet to the host itself", []string{"pve_post_nodes_firewall_rules", "pve_post_cluster_firewall_rules"}},
	{"the rules on vm 100 exist but nothing gets filtered, turn its firewall on", []string{"pve_put_nodes_qemu_firewall_options"}},
	{"lots of drops in the firewall on pve1, what is it logging?", []string{"pve_get_nodes_firewall_log"}},

	// PVE: certificates and ACME.
	{"get a let's encrypt certificate for pve.example.com using cloudflare dns", []string{"pve_post_cluster_acme_plugins", "pve_post_nodes_certificates_acme_certificate", "pve_put_nodes_config", "pve_post_cluster_acme_account"}},
	{"when does the web ui certificate on pve1 expire", []string{"pve_get_nodes_certificates_info"}},
	{"upload our wildcard cert and key for the gui", []string{"pve_post_nodes_certificates_custom"}},
	{"acme renewal failed last night, renew the cert on pve1 now", []string{"pve_put_nodes_certificates_acme_certificate"}},

	// PVE: notifications and metrics.
	{"I don't get any emails when backups fail; set up smtp through our office 365 relay", d6PVEMail},
	{"send a test notification to the gotify target", []string{"pve_post_cluster_notif_targets_test"}},
	{"only errors should go to my phone via gotify, everything else to email", []string{"pve_post_cluster_notif_matchers", "pve_put_cluster_notif_matchers_name"}},
	{"post proxmox notifications to our discord through a webhook", []string{"pve_post_cluster_notif_endpoints_webhook"}},
	{"send the cluster metrics to my influxdb on the nas", []string{"pve_post_cluster_metrics_server_id"}},
	{"which external metric servers are configured?", []string{"pve_get_cluster_metrics_server"}},

	// PVE: replication, pools, mappings.
	{"replicate dc01 to pve2 every 15 minutes, both nodes have zfs", []string{"pve_post_cluster_replication"}},
	{"replication for vm 100 keeps failing, show its status and log", []string{"pve_get_nodes_replication_status", "pve_get_nodes_replication_log", "pve_get_nodes_replication"}},
	{"make a resource pool 'family' and put the kids' minecraft and plex in it", []string{"pve_post_pools", "pve_put_pools_poolid", "pve_put_pools"}},
	{"create a usb mapping for the coral stick so frigate can move between nodes", []string{"pve_post_cluster_mapping_usb"}},

	// PVE side of the backup server.
	{"add my new proxmox backup server as a storage in pve", []string{"pve_post_storage", "pve_get_nodes_scan_pbs"}},
	{"after reinstalling the backup server the pbs storage in pve says 'fingerprint mismatch'", []string{"pve_put_storage_storage", "pbs_get_nodes_certificates_info"}},
	{"point the pbs storage at namespace 'home' instead of the root namespace", []string{"pve_put_storage_storage"}},
	{"from the pve side, which backups of the plex container are on pbs-main?", []string{"pve_get_nodes_storage_content"}},

	// PBS: datastores and their usage.
	{"how much room is left on the backup datastore?", d6PBSStore},
	{"at the current rate, when will my pbs datastore be full? the dashboard shows some estimate", []string{"pbs_get_status_datastore_usage"}},
	{"list the datastores on the backup server", []string{"pbs_get_admin_datastore", "pbs_get_config_datastore"}},
	{"new datastore 'offsite' on /mnt/usb4tb on the pbs please", []string{"pbs_post_config_datastore"}},
	{"what deduplication factor am I getting on the main datastore", []string{"pbs_get_admin_datastore_gc", "pbs_get_admin_datastore_status"}},
	{"datastore usage graph on pbs over the last month", []string{"pbs_get_admin_datastore_rrd"}},
	{"set the datastore to read-only maintenance mode while I swap a disk", []string{"pbs_put_config_datastore_name"}},
	{"remove the old 'test' datastore from the pbs but leave the data on disk", []string{"pbs_delete_config_datastore_name"}},
	{"mount the removable usb datastore on the backup server", []string{"pbs_post_admin_datastore_mount"}},
	{"unmount the rotating usb disk so I can take it offsite", []string{"pbs_post_admin_datastore_unmount"}},
	{"is anything reading or writing to the datastore right now? I want to unplug it", []string{"pbs_get_admin_datastore_active_operations"}},
	{"what settings does datastore 'backup' have — gc schedule, notify, tuning?", []string{"pbs_get_config_datastore_name"}},
	{"Which datastores does the pbs have and how big is each?", []string{"pbs_get_admin_datastore_status", "pbs_get_status_datastore_usage", "pbs_get_admin_datastore", "pbs_get_config_datastore"}},

	// PBS: snapshots and backup groups.
	{"list the backups of vm 100 on the pbs", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_datastore_groups"}},
	{"which backup groups exist on datastore main and when was each last backed up", []string{"pbs_get_admin_datastore_groups"}},
	{"how many snapshots of the nextcloud ct does the backup server keep?", []string{"pbs_get_admin_datastore_snapshots"}},
	{"delete the pbs snapshot of vm 104 from 2024-03-01, that one is broken", []string{"pbs_delete_admin_datastore_snapshots"}},
	{"ct 130 is gone for good, remove its whole backup group", []string{"pbs_delete_admin_datastore_groups"}},
	{"protect the latest backup of dc01 on pbs so nothing prunes it away", []string{"pbs_put_admin_datastore_protected"}},
	{"is this snapshot of sql01 on the backup server protected or not?", []string{"pbs_get_admin_datastore_protected", "pbs_get_admin_datastore_snapshots"}},
	{"annotate the backup group of vm 100 on pbs with 'dc01 - domain controller'", []string{"pbs_put_admin_datastore_group_notes"}},
	{"write a note on yesterday's plex snapshot on pbs: before the 1.40 update", []string{"pbs_put_admin_datastore_notes"}},
	{"what archives are inside the latest snapshot of host/laptop?", []string{"pbs_get_admin_datastore_files"}},
	{"change the owner of the vm/100 backup group to the new sync user", []string{"pbs_post_admin_datastore_change_owner"}},
	{"backups from pve now fail with 'backup owner check failed', i changed the token yesterday", []string{"pbs_post_admin_datastore_change_owner", "pbs_get_admin_datastore_groups"}},
	{"move backup group ct/120 into the namespace 'archive'", []string{"pbs_post_admin_datastore_move_group"}},
	{"for every group on datastore 'main', what's the newest snapshot", []string{"pbs_get_admin_datastore_groups", "pbs_get_admin_datastore_snapshots"}},
	{"which snapshots failed verification on main? the gui shows red crosses", []string{"pbs_get_admin_datastore_snapshots"}},

	// PBS: restores out of snapshots.
	{"I need one file out of my laptop's host backup (made with proxmox-backup-client)", []string{"pbs_get_admin_datastore_catalog", "pbs_get_admin_datastore_pxar_file_download"}},
	{"download /etc/nginx/nginx.conf from last week's backup of ct 105", []string{"pbs_get_admin_datastore_pxar_file_download", "pbs_get_admin_datastore_catalog"}},
	{"browse the file catalog of the latest host backup of my desktop", []string{"pbs_get_admin_datastore_catalog"}},
	{"get me the client log / index.json of the last backup of vm 101", []string{"pbs_get_admin_datastore_download_decoded", "pbs_get_admin_datastore_download"}},
	{"restor the whole /home folder from the backup of the workstation, as a zip", []string{"pbs_get_admin_datastore_pxar_file_download"}},

	// PBS: prune.
	{"set up a prune job on the pbs that keeps 7 daily, 4 weekly and 6 monthly", []string{"pbs_post_config_prune"}},
	{"what prune jobs are configured and when did they last run", []string{"pbs_get_admin_prune", "pbs_get_config_prune"}},
	{"the datastore is 95% full, run the prune job now", []string{"pbs_post_admin_prune_run"}},
	{"prune vm 101's backups down to the last 3 right now", []string{"pbs_post_admin_datastore_prune"}},
	{"do a dry run prune of the whole datastore with keep-last 10 to see what would go", []string{"pbs_post_admin_datastore_prune_datastore", "pbs_post_admin_datastore_prune"}},
	{"change the schedule of prune job 'daily-prune' to 01:00", []string{"pbs_put_config_prune_id"}},
	{"pve handles retention now, delete the old prune job on the backup server", []string{"pbs_delete_config_prune_id"}},
	{"I pruned a ton of snapshots but the disk usage didn't go down at all?", []string{"pbs_post_admin_datastore_gc", "pbs_get_admin_datastore_gc"}},
	{"prune job only for the namespace 'clients', keep-last 5", []string{"pbs_post_config_prune"}},

	// PBS: garbage collection.
	{"start garbage collecton on datastore 'main'", []string{"pbs_post_admin_datastore_gc"}},
	{"when did gc last run and how much did it free up", d6GC},
	{"gc failed with 'TASK ERROR: unable to get exclusive lock', what's holding it?", []string{"pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks", "pbs_get_admin_datastore_active_operations"}},
	{"list the gc jobs for all datastores with their schedules", []string{"pbs_get_admin_gc", "pbs_get_admin_gc_store"}},
	{"GC says 80 GB pending removal, when does that actually get freed", []string{"pbs_get_admin_datastore_gc"}},
	{"garbage colection takes 9 hours on my hdd datastore, show the log of the last run", []string{"pbs_get_nodes_tasks_log", "pbs_get_nodes_tasks", "pbs_get_admin_datastore_gc"}},
	{"move gc on datastore main to sundays at 4am", []string{"pbs_put_config_datastore_name"}},

	// PBS: verify.
	{"verfiy all backups on datastore main now", []string{"pbs_post_admin_datastore_verify"}},
	{"create a verify job that checks new snapshots daily and re-verifies after 30 days", []string{"pbs_post_config_verify"}},
	{"the verify job reported 2 failed snapshots, which ones are they?", []string{"pbs_get_admin_datastore_snapshots", "pbs_get_admin_verify", "pbs_get_nodes_tasks_log"}},
	{"run verification job v-main-weekly right away", []string{"pbs_post_admin_verify_run"}},
	{"verify only the last backup of dc01 on the backup server", []string{"pbs_post_admin_datastore_verify"}},
	{"list verify jobs and their last result", []string{"pbs_get_admin_verify", "pbs_get_config_verify"}},
	{"make the verification job skip snapshots that were already verified", []string{"pbs_put_config_verify_id"}},
	{"I got a mail 'Verify Datastore main: failed', what does the task say exactly?", d6PBSLog},
	{"delete the verify job on the usb datastore, it takes forever", []string{"pbs_delete_config_verify_id"}},

	// PBS: remotes and sync.
	{"add my friend's pbs as a remote for offsite syncing", []string{"pbs_post_config_remote"}},
	{"I want a sync job that pulls datastore main from the office pbs every night", []string{"pbs_post_config_sync"}},
	{"what sync jobs are there and did they succed", []string{"pbs_get_admin_sync", "pbs_get_config_sync"}},
	{"run the offsite sync now, I'm about to leave for vacation", []string{"pbs_post_admin_sync_run"}},
	{"push the local datastore to the remote pbs in the cloud", []string{"pbs_post_push", "pbs_post_config_sync"}},
	{"one-off pull of the 'homelab' datastore from remote 'mom-pbs'", []string{"pbs_post_pull"}},
	{"remote 'offsite' — which datastores does it have?", []string{"pbs_get_config_remote_scan"}},
	{"sync fails with 'permission check failed' on the remote. what role does the remote user need?", []string{"pbs_get_access_permissions", "pbs_get_access_acl", "pbs_put_access_acl"}},
	{"limit the sync job to vm groups only and just the last 3 snapshots", []string{"pbs_put_config_sync_id"}},
	{"the other side renewed its certificate and now the remote fingerprint is wrong, update it", []string{"pbs_put_config_remote_name"}},
	{"throttle the offsite sync to 20MB/s during office hours", []string{"pbs_post_config_traffic_control", "pbs_put_config_sync_id"}},
	{"list the namespaces on the remote offsite's store 'backup'", []string{"pbs_get_config_remote_scan_namespaces"}},
	{"what groups would the sync bring over from the remote?", []string{"pbs_get_config_remote_scan_groups"}},
	{"remove the remote 'old-office', that pbs is decommissioned", []string{"pbs_delete_config_remote_name"}},
	{"my sync job log says 'removed vanished snapshot' — did it delete stuff on my side?", []string{"pbs_get_nodes_tasks_log", "pbs_get_config_sync_id"}},

	// PBS: namespaces.
	{"create namespace 'pve-cluster2' in the main datastore", []string{"pbs_post_admin_datastore_namespace"}},
	{"what namespaces exist on datastore main", []string{"pbs_get_admin_datastore_namespace"}},
	{"the namespace 'test' is empty now, delete it", []string{"pbs_delete_admin_datastore_namespace"}},
	{"rename the namespace 'old' to 'archive-2023' with everything in it", []string{"pbs_post_admin_datastore_move_namespace"}},

	// PBS: tasks and logs.
	{"recent tasks on the backup server, please", d6PBSTasks},
	{"what failed on the pbs last night", []string{"pbs_get_nodes_tasks", "pbs_get_nodes_tasks_status"}},
	{"the backup server rebooted this morning, show its syslog", []string{"pbs_get_nodes_syslog", "pbs_get_nodes_journal"}},
	{"abort the running verify on the pbs, it slows down the backups", []string{"pbs_delete_nodes_tasks_upid"}},
	{"show the pbs side log of the backup task for vm 100", d6PBSLog},

	// PBS: the server itself.
	{"updates available on the backup server?", []string{"pbs_get_nodes_apt_update"}},
	{"refresh apt on the pbs", []string{"pbs_post_nodes_apt_update"}},
	{"switch the pbs to the no-subscription repository", []string{"pbs_put_nodes_apt_repositories", "pbs_post_nodes_apt_repositories", "pbs_get_nodes_apt_repositories"}},
	{"which version is the backup server on?", []string{"pbs_get_version", "pbs_get_nodes_apt_versions"}},
	{"reboot the pbs after the kernal update", []string{"pbs_post_nodes_status"}},
	{"cpu, ram and root disk usage of the backup server", []string{"pbs_get_nodes_status", "pbs_get_nodes_rrd"}},
	{"restart the proxmox-backup-proxy service, the web ui is blank", []string{"pbs_post_nodes_services_restart"}},
	{"which disks are in the pbs box and what does smart say about them", []string{"pbs_get_nodes_disks_list", "pbs_get_nodes_disks_smart"}},
	{"on the pbs, build a raidz out of the four new disks for a datastore", []string{"pbs_post_nodes_disks_zfs"}},
	{"zpool status of the pool 'backup' on pbs", []string{"pbs_get_nodes_disks_zfs_name", "pbs_get_nodes_disks_zfs"}},
	{"we're renumbering the network, change the pbs ip address", []string{"pbs_put_nodes_network_iface", "pbs_put_nodes_network"}},
	{"dns servers of the backup server?", []string{"pbs_get_nodes_dns"}},
	{"pbs clock is 5 minutes off and on UTC, set it to Europe/Vienna", []string{"pbs_put_nodes_time"}},
	{"enter the subscription key for the backup server", []string{"pbs_put_nodes_subscription"}},
	{"I need the pbs certificate fingerprint to add it in pve", []string{"pbs_get_nodes_certificates_info"}},
	{"pbs needs a let's encrypt cert too, like the nodes have", []string{"pbs_post_nodes_certificates_acme_certificate", "pbs_post_config_acme_account", "pbs_post_config_acme_plugins", "pbs_put_nodes_config"}},
	{"format the new usb disk on the pbs as a directory datastore", []string{"pbs_post_nodes_disks_directory"}},
	{"wipe /dev/sdd on the backup server", []string{"pbs_put_nodes_disks_wipedisk"}},
	{"give me a root shell on the pbs from here", []string{"pbs_post_nodes_termproxy"}},
	{"support wants a system report from the backup server", []string{"pbs_get_nodes_report"}},
	{"what's new in the proxmox-backup-server update, changelog please", []string{"pbs_get_nodes_apt_changelog"}},
	{"which interface is the backup lan on? show the pbs network config", []string{"pbs_get_nodes_network"}},
	{"is the pbs service 'proxmox-backup' running", []string{"pbs_get_nodes_services_state", "pbs_get_nodes_services"}},
	{"shut the backup server down, we're replacing the psu", []string{"pbs_post_nodes_status"}},

	// PBS: users, tokens, permissions.
	{"the pve cluster needs its own user on the pbs to back up with, create it", []string{"pbs_post_access_users"}},
	{"api token on pbs for the pve storage, with DatastoreBackup on the main store", []string{"pbs_post_access_users_token_token_name", "pbs_put_access_acl"}},
	{"give the sync user DatastoreReader on /datastore/main", []string{"pbs_put_access_acl"}},
	{"what can the token backup@pbs!pve actually do?", []string{"pbs_get_access_permissions", "pbs_get_access_acl"}},
	{"reset the password of admin@pbs, nobody remembers it", []string{"pbs_put_access_password"}},
	{"list the users on the backup sever", []string{"pbs_get_access_users"}},
	{"let staff log in to pbs with their active directory accounts", []string{"pbs_post_config_access_ad", "pbs_post_config_access_ldap"}},
	{"remove the lost yubikey from alice on the pbs", []string{"pbs_delete_access_tfa_id", "pbs_get_access_tfa_userid"}},
	{"disable the user contractor@pbs, the project ended", []string{"pbs_put_access_users_userid"}},
	{"who has which permissions on the pbs datastores?", []string{"pbs_get_access_acl"}},

	// PBS: tape.
	{"what tapes are in the changer and which slots are empty", []string{"pbs_get_tape_changer_status"}},
	{"label the new LTO-8 tapes using their barcodes", []string{"pbs_post_tape_drive_barcode_label_media"}},
	{"write the main datastore to the 'weekly' tape media pool now", []string{"pbs_post_tape_backup", "pbs_post_tape_backup_id"}},
	{"restore vm 100 from the tape media set of last month", []string{"pbs_post_tape_restore", "pbs_get_tape_media_media_sets"}},
	{"take the cartridge out of tape drive lto1, it goes offsite today", []string{"pbs_post_tape_drive_eject_media", "pbs_post_tape_drive_unload"}},
	{"list all tapes and their status", []string{"pbs_get_tape_media_list"}},
	{"the drive says it needs cleaning, load the cleaning cartridge", []string{"pbs_put_tape_drive_clean"}},
	{"Create a tape backup job that runs every friday evening", []string{"pbs_post_config_tape_backup_job"}},

	// PBS: notifications, metrics, traffic control.
	{"pbs doesn't email me about failed verifies, set up smtp there too", d6PBSMail},
	{"test mail from the backup server, does it arrive?", []string{"pbs_post_config_notif_targets_test"}},
	{"list the notification matchers on pbs", []string{"pbs_get_config_notif_matchers"}},
	{"gotify notifications from the backup server to my phone", []string{"pbs_post_config_notif_endpoints_gotify"}},
	{"ship pbs metrics to influxdb 2 on the nas", []string{"pbs_post_config_metrics_influxdb_http", "pbs_post_config_metrics_influxdb_udp"}},
	{"how much are the traffic rules throttling right now?", []string{"pbs_get_admin_traffic_control"}},
	{"backups from the office subnet may only use 50MB/s", []string{"pbs_post_config_traffic_control"}},

	// PBS: S3 and encryption keys.
	{"add a backblaze b2 s3 endpoint to the pbs", []string{"pbs_post_config_s3"}},
	{"create a datastore that lives in the s3 bucket 'pbs-offsite'", []string{"pbs_post_config_datastore", "pbs_get_config_s3_list_buckets"}},
	{"which buckets can the s3 endpoint see?", []string{"pbs_get_config_s3_list_buckets"}},
	{"check whether the pbs can actually talk to the s3 endpoint", []string{"pbs_put_admin_s3_check"}},
	{"refresh the local cache from s3 for datastore 'cloud'", []string{"pbs_put_admin_datastore_s3_refresh"}},

	// Either product.
	{"show me anything that failed in the last day, on the nodes or the backup server", []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks", "pbs_get_nodes_tasks"}},
	{"are there pending package updates anywhere?", []string{"pve_get_nodes_apt_update", "pbs_get_nodes_apt_update"}},
	{"when do my certificates expire? i got a warning mail", []string{"pve_get_nodes_certificates_info", "pbs_get_nodes_certificates_info"}},
	{"set up 2fa for my admin login, i'm tired of just passwords", []string{"pve_post_access_tfa_userid", "pbs_post_access_tfa_userid"}},
	{"what notification targets do we have configured", []string{"pve_get_cluster_notif_targets", "pve_get_cluster_notif_endpoints", "pbs_get_config_notif_targets", "pbs_get_config_notif_endpoints"}},
	{"restart the proxy service, the web gui won't load", []string{"pve_post_nodes_services_restart", "pbs_post_nodes_services_restart"}},
	{"how healthy are the disks? SMART data please", []string{"pve_get_nodes_disks_smart", "pbs_get_nodes_disks_smart"}},
}

// TestDev6 scores development set 6 and lists its misses. Like TestDev it has no floor.
func TestDev6(t *testing.T) {
	scoreDevSet(t, "development set 6", dev6Cases, 380, qualityCases, devCases, dev2Cases, dev3Cases, dev4Cases, dev5Cases, habitCases, symptomCases)
}
