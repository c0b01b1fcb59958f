package search

// guiLabelsPVE are the labels Proxmox VE's web UI shows where it calls
// an operation (pve-manager www/manager6). See gui_labels.go.
var guiLabelsPVE = []guiLabel{
	// qemu/CmdMenu.js, qemu/Config.js: the VM's action buttons and context menu
	{op: "POST /nodes/{node}/qemu/{vmid}/status/start", labels: "Start"},
	{op: "POST /nodes/{node}/qemu/{vmid}/status/suspend", labels: "Pause, Hibernate, Suspend to disk"},
	{op: "POST /nodes/{node}/qemu/{vmid}/status/resume", labels: "Resume"},
	{op: "POST /nodes/{node}/qemu/{vmid}/status/shutdown", labels: "Shutdown"},
	{op: "POST /nodes/{node}/qemu/{vmid}/status/stop", labels: "Stop, Stop VM immediately, Overrule active shutdown tasks"},
	{op: "POST /nodes/{node}/qemu/{vmid}/status/reboot", labels: "Reboot, Reboot VM"},
	{op: "POST /nodes/{node}/qemu/{vmid}/status/reset", labels: "Reset, Reset VM, Reset VM immediately"},
	{op: "GET /nodes/{node}/qemu/{vmid}/status/current", labels: "Summary, Status, HA State, CPU usage, Memory usage, Host memory usage, Bootdisk size, Uptime"},
	{op: "POST /nodes/{node}/qemu/{vmid}/template", labels: "Convert to template"},
	{op: "DELETE /nodes/{node}/qemu/{vmid}", labels: "Remove, Destroy, Purge from job configurations, Destroy unreferenced disks owned by guest"},
	{op: "GET /nodes/{node}/qemu/{vmid}/feature", labels: "Clone, Take Snapshot"},

	// lxc/CmdMenu.js, lxc/Config.js: the container's action buttons and context menu
	{op: "POST /nodes/{node}/lxc/{vmid}/status/start", labels: "Start"},
	{op: "POST /nodes/{node}/lxc/{vmid}/status/shutdown", labels: "Shutdown"},
	{op: "POST /nodes/{node}/lxc/{vmid}/status/stop", labels: "Stop, Stop CT immediately, Overrule active shutdown tasks"},
	{op: "POST /nodes/{node}/lxc/{vmid}/status/reboot", labels: "Reboot, Reboot CT"},
	{op: "GET /nodes/{node}/lxc/{vmid}/status/current", labels: "Summary, Status, HA State, Unprivileged, CPU usage, Memory usage, SWAP usage, Bootdisk size"},
	{op: "POST /nodes/{node}/lxc/{vmid}/template", labels: "Convert to template"},
	{op: "DELETE /nodes/{node}/lxc/{vmid}", labels: "Remove, Destroy, Purge from job configurations, Destroy unreferenced disks owned by guest"},
	{op: "GET /nodes/{node}/lxc/{vmid}/feature", labels: "Clone, Take Snapshot"},

	// qemu/HDResize.js, lxc/MPResize.js
	{op: "PUT /nodes/{node}/qemu/{vmid}/resize", labels: "Resize disk, Resize, Disk Action, Size Increment"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/resize", labels: "Resize disk, Resize, Volume Action, Size Increment"},

	// qemu/HDMove.js, qemu/HardwareView.js, lxc/Resources.js
	{op: "POST /nodes/{node}/qemu/{vmid}/move_disk", labels: "Move disk, Move Storage, Move disk to another storage, Reassign Disk, Reassign Owner, Reassign disk to another VM, Target Storage, Delete source"},
	{op: "POST /nodes/{node}/lxc/{vmid}/move_volume", labels: "Move Volume, Move Storage, Move volume to another storage, Reassign Volume, Reassign Owner, Reassign volume to another CT, Target Storage, Delete source"},

	// window/Clone.js
	{op: "POST /nodes/{node}/qemu/{vmid}/clone", labels: "Clone, Full Clone, Linked Clone, Target node, Target Storage, Resource Pool, Mode"},
	{op: "POST /nodes/{node}/lxc/{vmid}/clone", labels: "Clone, Full Clone, Linked Clone, Target node, Target Storage, Hostname, Resource Pool"},

	// window/Migrate.js
	{op: "POST /nodes/{node}/qemu/{vmid}/migrate", labels: "Migrate, Online, Offline, Target node, Target storage, Source node, Conntrack state"},
	{op: "GET /nodes/{node}/qemu/{vmid}/migrate", labels: "Migrate, Cannot migrate VM with local resources, Migration with local disk might take long"},
	{op: "POST /nodes/{node}/lxc/{vmid}/migrate", labels: "Migrate, Restart Mode, Offline, Target node, Target storage, Source node"},
	{op: "GET /nodes/{node}/lxc/{vmid}/migrate", labels: "Migrate, Cannot migrate container"},
	{op: "GET /nodes/{node}/capabilities/qemu/migration", labels: "Migrate, Conntrack state"},

	// window/Snapshot.js, tree/SnapshotTree.js
	{op: "GET /nodes/{node}/qemu/{vmid}/snapshot", labels: "Snapshots, Name, RAM, Date/Status, Description, You are here!"},
	{op: "POST /nodes/{node}/qemu/{vmid}/snapshot", labels: "Take Snapshot, Snapshot, Snapshots, Include RAM, Name, Description"},
	{op: "DELETE /nodes/{node}/qemu/{vmid}/snapshot/{snapname}", labels: "Remove, Snapshots, Delete Snapshot"},
	{op: "POST /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback", labels: "Rollback, Snapshots, Current state will be lost."},
	{op: "GET /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/config", labels: "Snapshot, Edit, View, Settings, Timestamp"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/config", labels: "Snapshot, Edit, Description"},
	{op: "GET /nodes/{node}/lxc/{vmid}/snapshot", labels: "Snapshots, Name, Date/Status, Description, You are here!"},
	{op: "POST /nodes/{node}/lxc/{vmid}/snapshot", labels: "Take Snapshot, Snapshot, Snapshots, Name, Description"},
	{op: "DELETE /nodes/{node}/lxc/{vmid}/snapshot/{snapname}", labels: "Remove, Snapshots, Delete Snapshot"},
	{op: "POST /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback", labels: "Rollback, Snapshots, Current state will be lost."},
	{op: "GET /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config", labels: "Snapshot, Edit, View, Settings, Timestamp"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/config", labels: "Snapshot, Edit, Description"},

	// window/Backup.js, grid/BackupView.js: a guest's Backup panel and "Backup now"
	{op: "POST /nodes/{node}/vzdump", labels: "Backup now, Backup, Compression, Mode, Notification, Protected, Notes, PBS change detection mode"},
	{op: "GET /nodes/{node}/vzdump/defaults", labels: "Backup, Storage Retention Configuration, Prune"},
	{op: "GET /nodes/{node}/vzdump/extractconfig", labels: "Show Configuration, Restore"},

	// window/Restore.js
	{op: "POST /nodes/{node}/qemu", labels: "Create VM, Restore, Overwrite, Unique, Start after restore, Live restore, Add to HA, Import Guest"},
	{op: "POST /nodes/{node}/lxc", labels: "Create CT, Restore, Overwrite, Unique, Start after restore, Privilege Level, Unprivileged, Template"},

	// qemu/HardwareView.js, qemu/Options.js, qemu/CloudInit.js and the qemu/*Edit.js windows they open
	{op: "GET /nodes/{node}/qemu/{vmid}/pending", labels: "Hardware, Options, Cloud-Init, Memory, Processors, Hard Disk, Network Device, Boot Order"},
	{op: "GET /nodes/{node}/qemu/{vmid}/config", labels: "Hardware, Options, Edit, Reassign Disk"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/config", labels: "Edit, Memory, Processors, Network Device, CD/DVD Drive, Boot Order, Start at boot, Tags"},
	{op: "POST /nodes/{node}/qemu/{vmid}/config", labels: "Add, Hard Disk, Import Hard Disk, EFI Disk, Enroll Updated Certificates, Remove, Detach, Unused Disk"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/cloudinit", labels: "Regenerate Image, Cloud-Init"},

	// qemu/Monitor.js
	{op: "POST /nodes/{node}/qemu/{vmid}/monitor", labels: "Monitor"},

	// panel/GuestSummary.js: the guest's Summary graphs
	{op: "GET /nodes/{node}/qemu/{vmid}/rrddata", labels: "Summary, CPU Usage, Memory Usage, Network Traffic, Disk IO, Host Memory Usage, IO Pressure Stall, Memory Pressure Stall"},
	{op: "GET /nodes/{node}/lxc/{vmid}/rrddata", labels: "Summary, CPU Usage, Memory Usage, Network Traffic, Disk IO, CPU Pressure Stall, IO Pressure Stall, Memory Pressure Stall"},

	// lxc/Resources.js, lxc/Network.js, lxc/DNS.js, lxc/Options.js
	{op: "GET /nodes/{node}/lxc/{vmid}/pending", labels: "Resources, DNS, Options, Memory, Swap, Cores, Root Disk, Mount Point"},
	{op: "GET /nodes/{node}/lxc/{vmid}/config", labels: "Network, Resources, Options, Hostname, DNS domain, DNS server"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/config", labels: "Edit, Remove, Mount Point, Device Passthrough, Network Device, Memory, Start at boot, Tags"},
	{op: "GET /nodes/{node}/lxc/{vmid}/interfaces", labels: "Network, IP address, MAC address"},

	// button/ConsoleButton.js, qemu/Config.js, lxc/Config.js
	{op: "POST /nodes/{node}/qemu/{vmid}/vncproxy", labels: "Console, noVNC"},
	{op: "POST /nodes/{node}/qemu/{vmid}/spiceproxy", labels: "Console, SPICE"},
	{op: "POST /nodes/{node}/qemu/{vmid}/termproxy", labels: "Console, xterm.js"},
	{op: "POST /nodes/{node}/lxc/{vmid}/vncproxy", labels: "Console, noVNC"},
	{op: "POST /nodes/{node}/lxc/{vmid}/spiceproxy", labels: "Console, SPICE"},
	{op: "POST /nodes/{node}/lxc/{vmid}/termproxy", labels: "Console, xterm.js"},

	// dc/StorageView.js, storage/Base.js and the storage/*Edit.js windows
	{op: "GET /storage", labels: "Storage, ID, Type, Content, Path/Target, Shared, Enabled, Bandwidth Limit"},
	{op: "POST /storage", labels: "Add, Directory, LVM, LVM-Thin, NFS, SMB/CIFS, iSCSI, Proxmox Backup Server"},
	{op: "GET /storage/{storage}", labels: "Edit, General, Backup Retention, Nodes, Enable"},
	{op: "PUT /storage/{storage}", labels: "Edit, General, Backup Retention, Nodes, Enable, Preallocation"},
	{op: "DELETE /storage/{storage}", labels: "Remove"},

	// storage/Browser.js, storage/Summary.js, storage/StatusView.js
	{op: "GET /nodes/{node}/storage/{storage}/status", labels: "Summary, Status, Enabled, Active, Content, Type, Usage"},
	{op: "GET /nodes/{node}/storage/{storage}/rrddata", labels: "Summary, Usage"},

	// storage/ContentView.js, storage/BackupView.js, storage/ImageView.js, grid/BackupView.js
	{op: "GET /nodes/{node}/storage/{storage}/content", labels: "Backups, VM Disks, CT Volumes, ISO Images, CT Templates, Snippets, Import, Virtual Guests"},
	{op: "DELETE /nodes/{node}/storage/{storage}/content/{volume}", labels: "Remove, Destroy, Erase data, This will permanently erase all data."},
	{op: "PUT /nodes/{node}/storage/{storage}/content/{volume}", labels: "Edit Notes, Notes, Change Protection, Protected"},
	{op: "GET /nodes/{node}/storage/{storage}/content/{volume}", labels: "Edit Notes, Notes"},

	// window/UploadToStorage.js
	{op: "POST /nodes/{node}/storage/{storage}/upload", labels: "Upload, Select File, File name, File size, MIME type, Hash algorithm, Checksum"},

	// window/DownloadUrlToStorage.js
	{op: "POST /nodes/{node}/storage/{storage}/download-url", labels: "Download from URL, Download, URL, File name, Hash algorithm, Checksum, Verify certificates, Decompression algorithm"},
	{op: "GET /nodes/{node}/query-url-metadata", labels: "Query URL, Download from URL, File name, File size, MIME type"},

	// storage/TemplateView.js
	{op: "GET /nodes/{node}/aplinfo", labels: "Templates, CT Templates, Type, Name, Version, Architecture, Description"},
	{op: "POST /nodes/{node}/aplinfo", labels: "Templates, Download"},
	{op: "POST /nodes/{node}/storage/{storage}/oci-registry-pull", labels: "Pull from OCI Registry, Download, Reference, Tag, File name"},
	{op: "GET /nodes/{node}/query-oci-repo-tags", labels: "Query Tags, Pull from OCI Registry, Reference, Tag"},

	// window/Prune.js, storage/BackupView.js
	{op: "GET /nodes/{node}/storage/{storage}/prunebackups", labels: "Prune group, Prune Backups, Backup Time, keep-last, keep-daily, keep-weekly, keep-monthly, keep-yearly"},
	{op: "DELETE /nodes/{node}/storage/{storage}/prunebackups", labels: "Prune, Prune group, Prune Backups, keep-last, keep-hourly, keep-daily, keep-weekly, keep-monthly"},

	// storage/BackupView.js, grid/BackupView.js: File Restore
	{op: "GET /nodes/{node}/storage/{storage}/file-restore/list", labels: "File Restore"},
	{op: "GET /nodes/{node}/storage/{storage}/file-restore/download", labels: "File Restore, Download, File Restore Download"},

	// window/GuestImport.js
	{op: "GET /nodes/{node}/storage/{storage}/import-metadata", labels: "Import Guest, Import, Resulting Config, Warnings, Live Import, Default Storage, Default Bridge"},

	// node/Config.js, node/CmdMenu.js: the node's action buttons
	{op: "POST /nodes/{node}/status", labels: "Reboot, Shutdown"},
	{op: "GET /nodes/{node}/status", labels: "Summary, CPU usage, IO delay, Load average, RAM usage, KSM sharing, SWAP usage, Kernel Version"},
	{op: "POST /nodes/{node}/startall", labels: "Bulk Start, Bulk Actions, Bulk start VMs and Containers"},
	{op: "POST /nodes/{node}/stopall", labels: "Bulk Shutdown, Bulk Actions, Bulk shutdown VMs and Containers"},
	{op: "POST /nodes/{node}/suspendall", labels: "Bulk Suspend, Bulk Actions, Suspend all VMs"},
	{op: "POST /nodes/{node}/migrateall", labels: "Bulk Migrate, Bulk Actions, Bulk migrate VMs and Containers"},
	{op: "POST /nodes/{node}/wakeonlan", labels: "Wake-on-LAN"},
	{op: "POST /nodes/{node}/termproxy", labels: "Shell, xterm.js"},
	{op: "POST /nodes/{node}/vncshell", labels: "Shell, noVNC"},
	{op: "POST /nodes/{node}/spiceshell", labels: "Shell, SPICE"},

	// node/Summary.js
	{op: "GET /nodes/{node}/rrddata", labels: "Summary, CPU Usage, Server Load, Memory usage, Network Traffic, IO delay, ZFS ARC, IO Pressure Stall"},
	{op: "GET /nodes/{node}/apt/versions", labels: "Package versions"},

	// node/Subscription.js, dc/Support.js
	{op: "GET /nodes/{node}/subscription", labels: "Subscription, Support, Subscription Key, Status, Server ID, Sockets, Last checked, Next due date"},
	{op: "PUT /nodes/{node}/subscription", labels: "Upload Subscription Key, Subscription Key"},
	{op: "POST /nodes/{node}/subscription", labels: "Check, Subscription"},
	{op: "DELETE /nodes/{node}/subscription", labels: "Remove Subscription"},
	{op: "GET /nodes/{node}/report", labels: "System Report, Download"},

	// node/Certificates.js
	{op: "GET /nodes/{node}/certificates/info", labels: "Certificates, View Certificate, Fingerprint, Issuer, Subject, Expires, Subject Alternative Names, Valid Since"},
	{op: "POST /nodes/{node}/certificates/custom", labels: "Upload Custom Certificate, Private Key (Optional), Certificate Chain, Certificates"},
	{op: "DELETE /nodes/{node}/certificates/custom", labels: "Delete Custom Certificate, Certificates"},

	// node/ACME.js
	{op: "POST /cluster/acme/account", labels: "Register Account, Add ACME Account, Account Name, E-Mail, ACME Directory, EAB Key ID, EAB Key"},
	{op: "GET /cluster/acme/directories", labels: "ACME Directory, Register Account"},
	{op: "GET /cluster/acme/meta", labels: "Query URL, Register Account"},
	{op: "GET /nodes/{node}/config", labels: "ACME, Domain, Challenge Type, Plugin, Options, Start on boot delay, MAC address for Wake on LAN, RAM usage target for ballooning"},
	{op: "PUT /nodes/{node}/config", labels: "ACME, Domain, Using Account, Add, Edit, Options, Start on boot delay, MAC address for Wake on LAN"},
	{op: "POST /nodes/{node}/certificates/acme/certificate", labels: "Order Certificates Now, ACME, Certificates"},

	// node/LVM.js
	{op: "GET /nodes/{node}/disks/lvm", labels: "LVM, Volume Group, Number of LVs, Assigned to LVs, Size, Free"},
	{op: "POST /nodes/{node}/disks/lvm", labels: "Create: Volume Group, LVM Storage, Disk, Name, Add Storage"},
	{op: "DELETE /nodes/{node}/disks/lvm/{name}", labels: "Destroy, Volume Group, LVM"},

	// node/LVMThin.js
	{op: "GET /nodes/{node}/disks/lvmthin", labels: "LVM-Thin, Thinpool, Volume Group, Usage, Metadata Usage, Metadata Size, Metadata Used"},
	{op: "POST /nodes/{node}/disks/lvmthin", labels: "Create: Thinpool, LVM-Thin Storage, Disk, Name, Add Storage"},
	{op: "DELETE /nodes/{node}/disks/lvmthin/{name}", labels: "Destroy, Thinpool, LVM-Thin"},

	// node/Directory.js
	{op: "GET /nodes/{node}/disks/directory", labels: "Directory, Path, Device, Type, Options, Unit File"},
	{op: "POST /nodes/{node}/disks/directory", labels: "Create: Directory, Directory Storage, Disk, Filesystem, Name, Add Storage"},
	{op: "DELETE /nodes/{node}/disks/directory/{name}", labels: "Destroy, Directory"},

	// node/ZFS.js
	{op: "GET /nodes/{node}/disks/zfs", labels: "ZFS, Name, Size, Free, Allocated, Fragmentation, Health, Deduplication"},
	{op: "POST /nodes/{node}/disks/zfs", labels: "Create: ZFS, ZFS Storage, RAID Level, Single Disk, Compression, ashift, dRAID Config, Add Storage"},
	{op: "GET /nodes/{node}/disks/zfs/{name}", labels: "Detail, ZFS, Health"},
	{op: "DELETE /nodes/{node}/disks/zfs/{name}", labels: "Destroy, ZFS Pool, ZFS"},

	// dc/Backup.js, dc/BackupJobDetail.js
	{op: "GET /cluster/backup", labels: "Backup, Backup Job, Enabled, Node, Schedule, Next Run, Storage, Retention"},
	{op: "POST /cluster/backup", labels: "Add, Backup Job, Schedule, Selection mode, Pool to backup, Job Comment, Retention, Note Template"},
	{op: "GET /cluster/backup/{id}", labels: "Edit, Backup Job"},
	{op: "PUT /cluster/backup/{id}", labels: "Edit, Backup Job, Schedule, Selection mode, Enable, Retention, Backup Notes, Advanced"},
	{op: "DELETE /cluster/backup/{id}", labels: "Remove, Backup Job"},
	{op: "GET /cluster/backup/{id}/included_volumes", labels: "Job Detail, Backup Details, Included disks, Guest Image, Expand All, Collapse All"},
	{op: "GET /cluster/backup-info/not-backed-up", labels: "Show: Guests Without Backup Job, Guests Without Backup Job, Some guests are not covered by any backup job."},

	// window/ScheduleSimulator.js
	{op: "GET /cluster/jobs/schedule-analyze", labels: "Schedule Simulator"},

	// grid/Replication.js
	{op: "GET /cluster/replication", labels: "Replication, Replication Job, Enabled, Guest, Job, Target, Schedule, Rate limit"},
	{op: "POST /cluster/replication", labels: "Add, Replication Job, Target, Schedule, Rate limit, Comment, Enabled"},
	{op: "GET /cluster/replication/{id}", labels: "Edit, Replication Job"},
	{op: "PUT /cluster/replication/{id}", labels: "Edit, Replication Job, Target, Schedule, Rate limit, Enabled"},
	{op: "DELETE /cluster/replication/{id}", labels: "Remove, Replication Job, Removal Scheduled"},
	{op: "GET /nodes/{node}/replication", labels: "Replication, Status, Last Sync, Duration, Next Sync"},
	{op: "POST /nodes/{node}/replication/{id}/schedule_now", labels: "Schedule now, Replication"},
	{op: "GET /nodes/{node}/replication/{id}/log", labels: "Log, Replication Log"},

	// dc/ACLView.js: Datacenter > Permissions
	{op: "GET /access/acl", labels: "Permissions, User/Group/API Token, Role, Path, Propagate"},
	{op: "PUT /access/acl", labels: "Add, Remove, Group Permission, User Permission, API Token Permission, Role, Path, Propagate"},

	// dc/UserView.js, dc/UserEdit.js: Permissions > Users
	{op: "GET /access/users", labels: "Users, User name, Realm, Enabled, Expire, Name, TFA, Groups"},
	{op: "POST /access/users", labels: "Add, User, User name, Realm, Group, Expire, First Name, E-Mail"},
	{op: "GET /access/users/{userid}", labels: "Edit, User"},
	{op: "PUT /access/users/{userid}", labels: "Edit, User, Group, Enabled, Expire, First Name, Last Name, E-Mail"},
	{op: "DELETE /access/users/{userid}", labels: "Remove, User"},
	{op: "PUT /access/password", labels: "Password, Confirm password"},
	{op: "PUT /access/users/{userid}/unlock-tfa", labels: "Unlock TFA, Unlock TFA authentication"},
	{op: "GET /access/permissions", labels: "Permissions, Show Permissions, Granted Permissions, Path/Permission, Propagate"},

	// dc/TokenView.js, dc/TokenEdit.js: Permissions > API Tokens
	{op: "POST /access/users/{userid}/token/{tokenid}", labels: "Add, Token, Token ID, Privilege Separation, Token Secret, Copy Secret Value"},
	{op: "GET /access/users/{userid}/token/{tokenid}", labels: "Edit, Token"},
	{op: "PUT /access/users/{userid}/token/{tokenid}", labels: "Edit, Token, Regenerate Secret, Privilege Separation, Expire, Comment"},
	{op: "DELETE /access/users/{userid}/token/{tokenid}", labels: "Remove, Token"},

	// dc/GroupView.js, dc/GroupEdit.js: Permissions > Groups
	{op: "GET /access/groups", labels: "Groups, Name, Comment, Users"},
	{op: "POST /access/groups", labels: "Create, Group, Name, Comment"},
	{op: "GET /access/groups/{groupid}", labels: "Edit, Group"},
	{op: "PUT /access/groups/{groupid}", labels: "Edit, Group, Comment"},
	{op: "DELETE /access/groups/{groupid}", labels: "Remove, Group"},

	// dc/PoolView.js, dc/PoolEdit.js, grid/PoolMembers.js, pool/Config.js, pool/StatusView.js
	{op: "GET /pools", labels: "Pools, Resource Pool, Members, Status, Name, Comment"},
	{op: "POST /pools", labels: "Create, Pool, Name, Comment"},
	{op: "PUT /pools", labels: "Edit, Pool, Members, Add, Virtual Machine, Storage, Remove"},
	{op: "DELETE /pools/{poolid}", labels: "Remove, Pool"},

	// dc/RoleView.js, dc/RoleEdit.js: Permissions > Roles
	{op: "GET /access/roles", labels: "Roles, Built-In, Name, Privileges"},
	{op: "POST /access/roles", labels: "Create, Role, Name, Privileges"},
	{op: "GET /access/roles/{roleid}", labels: "Edit, Role, Privileges"},
	{op: "PUT /access/roles/{roleid}", labels: "Edit, Role, Privileges"},
	{op: "DELETE /access/roles/{roleid}", labels: "Remove, Role"},

	// dc/AuthView.js, dc/AuthEditBase.js, dc/AuthEditAD.js, dc/AuthEditLDAP.js, dc/AuthEditOpenId.js: Permissions > Realms
	{op: "GET /access/domains", labels: "Realms, Realm, Type, TFA, Comment"},
	{op: "POST /access/domains", labels: "Add, Active Directory Server, LDAP Server, OpenID Connect Server, Realm, Default, Sync Options"},
	{op: "GET /access/domains/{realm}", labels: "Edit, Realm, General, Sync Options"},
	{op: "PUT /access/domains/{realm}", labels: "Edit, Realm, Default, Comment, General, Sync Options"},
	{op: "DELETE /access/domains/{realm}", labels: "Remove, Realm"},

	// dc/SyncWindow.js, dc/RealmSyncJob.js
	{op: "POST /access/domains/{realm}/sync", labels: "Sync, Realm Sync, Preview, Sync Preview, Scope, Users and Groups, Remove Vanished Options, Run Now"},
	{op: "GET /cluster/jobs/realm-sync", labels: "Realm Sync Jobs, Enabled, Name, Realm, Schedule, Next Run, Comment"},
	{op: "POST /cluster/jobs/realm-sync/{id}", labels: "Add, Realm Sync Job, Realm, Schedule, Enable Job, Scope, Enable New, Job Comment"},
	{op: "GET /cluster/jobs/realm-sync/{id}", labels: "Edit, Realm Sync Job"},
	{op: "PUT /cluster/jobs/realm-sync/{id}", labels: "Edit, Realm Sync Job, Schedule, Enable Job, Scope, Remove Vanished Options, Job Comment"},
	{op: "DELETE /cluster/jobs/realm-sync/{id}", labels: "Remove, Realm Sync Job"},

	// dc/Config.js, window/BulkAction.js: Datacenter > Bulk Actions
	{op: "POST /cluster/bulk-action/guest/start", labels: "Bulk Start, Bulk Actions, Start, Bulk start VMs and Containers, Filters"},
	{op: "POST /cluster/bulk-action/guest/shutdown", labels: "Bulk Shutdown, Bulk Actions, Shutdown, Bulk shutdown VMs and Containers, Filters"},
	{op: "POST /cluster/bulk-action/guest/suspend", labels: "Bulk Suspend, Bulk Actions, Suspend, Filters"},
	{op: "POST /cluster/bulk-action/guest/migrate", labels: "Bulk Migrate, Bulk Actions, Migrate, Bulk migrate VMs and Containers, Target node, Filters"},

	// ha/Status.js, ha/StatusView.js: Datacenter > HA
	{op: "GET /cluster/ha/status/current", labels: "HA, Status, Type, Resources"},

	// ha/Resources.js, ha/ResourceEdit.js, qemu/Config.js, lxc/Config.js ("Manage HA")
	{op: "GET /cluster/ha/resources", labels: "Resources, HA, State, Request State, CRM State, Max. Restart, Max. Relocate, Failback"},
	{op: "POST /cluster/ha/resources", labels: "Add, Manage HA, Resource, Max. Restart, Max. Relocate, Failback, Auto-Rebalance, Request State"},
	{op: "GET /cluster/ha/resources/{sid}", labels: "Edit, Manage HA, Resource"},
	{op: "PUT /cluster/ha/resources/{sid}", labels: "Edit, Manage HA, Max. Restart, Max. Relocate, Failback, Auto-Rebalance, Request State, Comment"},
	{op: "DELETE /cluster/ha/resources/{sid}", labels: "Remove, Resources, HA"},

	// ha/Rules.js, ha/RuleEdit.js, ha/rules/*.js: Datacenter > HA > Affinity Rules
	{op: "GET /cluster/ha/rules", labels: "Affinity Rules, HA Node Affinity Rules, HA Resource Affinity Rules, Enabled, State, HA Resources, Nodes, Strict"},
	{op: "POST /cluster/ha/rules", labels: "Add, HA Node Affinity, HA Resource Affinity, Prefer Nodes, Avoid Nodes, Keep Together, Keep Separate, Strict"},
	{op: "GET /cluster/ha/rules/{rule}", labels: "Edit, HA Node Affinity, HA Resource Affinity"},
	{op: "PUT /cluster/ha/rules/{rule}", labels: "Edit, Enable, HA Resources, Affinity, Strict, Comment"},
	{op: "DELETE /cluster/ha/rules/{rule}", labels: "Remove, Affinity Rules"},

	// dc/Cluster.js, dc/ClusterEdit.js, dc/CorosyncLinkEdit.js: Datacenter > Cluster
	{op: "GET /cluster/config/nodes", labels: "Cluster, Cluster Nodes, Nodename, ID, Votes, Link"},
	{op: "GET /cluster/config/join", labels: "Join Information, Cluster Join Information, Copy Information, IP Address, Fingerprint, Cluster Information"},
	{op: "POST /cluster/config", labels: "Create Cluster, Cluster Name, Cluster Network"},
	{op: "POST /cluster/config/join", labels: "Join Cluster, Cluster Join, Join, Peer Address, Password, Fingerprint, Cluster Network, Information"},

	// dc/Summary.js, dc/Health.js, dc/NodeView.js, dc/Guests.js: Datacenter > Summary
	{op: "GET /cluster/status", labels: "Summary, Health, Status, Nodes, Online, Offline, Quorate, Subscriptions"},
	{op: "GET /cluster/resources", labels: "Search, Resources, Guests, Virtual Machines, LXC Container, CPU, Memory, Storage"},

	// form/GuestIDSelector.js
	{op: "GET /cluster/nextid", labels: "VM ID, CT ID"},

	// dc/Tasks.js, dc/Log.js
	{op: "GET /cluster/tasks", labels: "Tasks, Start Time, End Time, Node, User name, Description, Status"},
	{op: "GET /cluster/log", labels: "Cluster log, Time, Node, Service, User name, Severity, Message"},

	// dc/OptionView.js: Datacenter > Options
	{op: "GET /cluster/options", labels: "Options, Keyboard Layout, HTTP proxy, Console Viewer, Email from address, MAC address prefix, Migration Settings, HA Settings"},
	{op: "PUT /cluster/options", labels: "Edit, Migration Settings, Bandwidth Limits, Next Free VMID Range, Cluster Resource Scheduling, WebAuthn Settings, Tag Style Override, Registered Tags"},

	// grid/FirewallRules.js, grid/FirewallOptions.js, grid/FirewallAliases.js, panel/IPSet.js under dc/Config.js
	{op: "GET /cluster/firewall/rules", labels: "Firewall, Rules, On, Type, Action, Macro, Protocol, Source"},
	{op: "POST /cluster/firewall/rules", labels: "Add, Rule, Insert: Security Group, Copy, Direction, Action, Macro, Dest. port"},
	{op: "GET /cluster/firewall/rules/{pos}", labels: "Edit, Rule"},
	{op: "PUT /cluster/firewall/rules/{pos}", labels: "Edit, Rule, Enable, Action, Direction, Interface, Source, Destination"},
	{op: "DELETE /cluster/firewall/rules/{pos}", labels: "Remove, Rule"},
	{op: "GET /cluster/firewall/options", labels: "Firewall, Options, ebtables, Log rate limit, Input Policy, Output Policy, Forward Policy"},
	{op: "PUT /cluster/firewall/options", labels: "Edit, Firewall, Options, ebtables, Log rate limit, Input Policy, Output Policy, Forward Policy"},
	{op: "GET /cluster/firewall/aliases", labels: "Alias, Name, IP/CIDR, Comment"},
	{op: "POST /cluster/firewall/aliases", labels: "Add, Alias, Name, IP/CIDR, Comment"},
	{op: "GET /cluster/firewall/aliases/{name}", labels: "Edit, Alias"},
	{op: "PUT /cluster/firewall/aliases/{name}", labels: "Edit, Alias, Name, IP/CIDR, Comment"},
	{op: "DELETE /cluster/firewall/aliases/{name}", labels: "Remove, Alias"},
	{op: "GET /cluster/firewall/ipset", labels: "IPSet, Name, Comment"},
	{op: "POST /cluster/firewall/ipset", labels: "Create, IPSet, Name, Comment"},
	{op: "GET /cluster/firewall/ipset/{name}", labels: "IPSet, IP/CIDR, Comment"},
	{op: "POST /cluster/firewall/ipset/{name}", labels: "Add, IPSet, IP/CIDR, Comment"},
	{op: "DELETE /cluster/firewall/ipset/{name}", labels: "Remove, IPSet"},
	{op: "GET /cluster/firewall/ipset/{name}/{cidr}", labels: "Edit, IP/CIDR"},
	{op: "PUT /cluster/firewall/ipset/{name}/{cidr}", labels: "Edit, IP/CIDR, Comment"},
	{op: "DELETE /cluster/firewall/ipset/{name}/{cidr}", labels: "Remove, IP/CIDR"},
	{op: "GET /cluster/firewall/refs", labels: "Source, Destination, IP/CIDR, Alias, IPSet"},

	// grid/FirewallRules.js, grid/FirewallOptions.js, grid/FirewallAliases.js, panel/IPSet.js under node/Config.js
	{op: "GET /nodes/{node}/firewall/rules", labels: "Firewall, Rules, On, Type, Action, Macro, Protocol, Source"},
	{op: "POST /nodes/{node}/firewall/rules", labels: "Add, Rule, Insert: Security Group, Copy, Direction, Action, Macro, Dest. port"},
	{op: "GET /nodes/{node}/firewall/rules/{pos}", labels: "Edit, Rule"},
	{op: "PUT /nodes/{node}/firewall/rules/{pos}", labels: "Edit, Rule, Enable, Action, Direction, Interface, Source, Destination"},
	{op: "DELETE /nodes/{node}/firewall/rules/{pos}", labels: "Remove, Rule"},
	{op: "GET /nodes/{node}/firewall/options", labels: "Firewall, Options, SMURFS filter, TCP flags filter, NDP, nf_conntrack_max, nftables (tech preview)"},
	{op: "PUT /nodes/{node}/firewall/options", labels: "Edit, Firewall, Options, SMURFS filter, TCP flags filter, NDP, nf_conntrack_max, nftables (tech preview)"},
	{op: "GET /nodes/{node}/firewall/log", labels: "Log, Firewall"},

	// grid/FirewallRules.js, grid/FirewallOptions.js, grid/FirewallAliases.js, panel/IPSet.js under qemu/Config.js
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/rules", labels: "Firewall, Rules, On, Type, Action, Macro, Protocol, Source"},
	{op: "POST /nodes/{node}/qemu/{vmid}/firewall/rules", labels: "Add, Rule, Insert: Security Group, Copy, Direction, Action, Macro, Dest. port"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/rules/{pos}", labels: "Edit, Rule"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/firewall/rules/{pos}", labels: "Edit, Rule, Enable, Action, Direction, Interface, Source, Destination"},
	{op: "DELETE /nodes/{node}/qemu/{vmid}/firewall/rules/{pos}", labels: "Remove, Rule"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/options", labels: "Firewall, Options, DHCP, NDP, Router Advertisement, MAC filter, IP filter, Input Policy"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/firewall/options", labels: "Edit, Firewall, Options, DHCP, NDP, Router Advertisement, MAC filter, IP filter"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/aliases", labels: "Alias, Name, IP/CIDR, Comment"},
	{op: "POST /nodes/{node}/qemu/{vmid}/firewall/aliases", labels: "Add, Alias, Name, IP/CIDR, Comment"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/aliases/{name}", labels: "Edit, Alias"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/firewall/aliases/{name}", labels: "Edit, Alias, Name, IP/CIDR, Comment"},
	{op: "DELETE /nodes/{node}/qemu/{vmid}/firewall/aliases/{name}", labels: "Remove, Alias"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/ipset", labels: "IPSet, Name, Comment"},
	{op: "POST /nodes/{node}/qemu/{vmid}/firewall/ipset", labels: "Create, IPSet, Name, Comment"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/ipset/{name}", labels: "IPSet, IP/CIDR, Comment"},
	{op: "POST /nodes/{node}/qemu/{vmid}/firewall/ipset/{name}", labels: "Add, IPSet, IP/CIDR, Comment"},
	{op: "DELETE /nodes/{node}/qemu/{vmid}/firewall/ipset/{name}", labels: "Remove, IPSet"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/ipset/{name}/{cidr}", labels: "Edit, IP/CIDR"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/firewall/ipset/{name}/{cidr}", labels: "Edit, IP/CIDR, Comment"},
	{op: "DELETE /nodes/{node}/qemu/{vmid}/firewall/ipset/{name}/{cidr}", labels: "Remove, IP/CIDR"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/refs", labels: "Source, Destination, IP/CIDR, Alias, IPSet"},
	{op: "GET /nodes/{node}/qemu/{vmid}/firewall/log", labels: "Log, Firewall"},

	// grid/FirewallRules.js, grid/FirewallOptions.js, grid/FirewallAliases.js, panel/IPSet.js under lxc/Config.js
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/rules", labels: "Firewall, Rules, On, Type, Action, Macro, Protocol, Source"},
	{op: "POST /nodes/{node}/lxc/{vmid}/firewall/rules", labels: "Add, Rule, Insert: Security Group, Copy, Direction, Action, Macro, Dest. port"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}", labels: "Edit, Rule"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}", labels: "Edit, Rule, Enable, Action, Direction, Interface, Source, Destination"},
	{op: "DELETE /nodes/{node}/lxc/{vmid}/firewall/rules/{pos}", labels: "Remove, Rule"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/options", labels: "Firewall, Options, DHCP, NDP, Router Advertisement, MAC filter, IP filter, Input Policy"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/firewall/options", labels: "Edit, Firewall, Options, DHCP, NDP, Router Advertisement, MAC filter, IP filter"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/aliases", labels: "Alias, Name, IP/CIDR, Comment"},
	{op: "POST /nodes/{node}/lxc/{vmid}/firewall/aliases", labels: "Add, Alias, Name, IP/CIDR, Comment"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}", labels: "Edit, Alias"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}", labels: "Edit, Alias, Name, IP/CIDR, Comment"},
	{op: "DELETE /nodes/{node}/lxc/{vmid}/firewall/aliases/{name}", labels: "Remove, Alias"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/ipset", labels: "IPSet, Name, Comment"},
	{op: "POST /nodes/{node}/lxc/{vmid}/firewall/ipset", labels: "Create, IPSet, Name, Comment"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}", labels: "IPSet, IP/CIDR, Comment"},
	{op: "POST /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}", labels: "Add, IPSet, IP/CIDR, Comment"},
	{op: "DELETE /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}", labels: "Remove, IPSet"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}", labels: "Edit, IP/CIDR"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}", labels: "Edit, IP/CIDR, Comment"},
	{op: "DELETE /nodes/{node}/lxc/{vmid}/firewall/ipset/{name}/{cidr}", labels: "Remove, IP/CIDR"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/refs", labels: "Source, Destination, IP/CIDR, Alias, IPSet"},
	{op: "GET /nodes/{node}/lxc/{vmid}/firewall/log", labels: "Log, Firewall"},

	// grid/FirewallRules.js, grid/FirewallOptions.js, grid/FirewallAliases.js, panel/IPSet.js under sdn/FirewallVnetView.js
	{op: "GET /cluster/sdn/vnets/{vnet}/firewall/rules", labels: "Firewall, Rules, On, Type, Action, Macro, Protocol, Source"},
	{op: "POST /cluster/sdn/vnets/{vnet}/firewall/rules", labels: "Add, Rule, Insert: Security Group, Copy, Direction, Action, Macro, Dest. port"},
	{op: "GET /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}", labels: "Edit, Rule"},
	{op: "PUT /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}", labels: "Edit, Rule, Enable, Action, Direction, Interface, Source, Destination"},
	{op: "DELETE /cluster/sdn/vnets/{vnet}/firewall/rules/{pos}", labels: "Remove, Rule"},
	{op: "GET /cluster/sdn/vnets/{vnet}/firewall/options", labels: "Firewall, Options, Forward Policy"},
	{op: "PUT /cluster/sdn/vnets/{vnet}/firewall/options", labels: "Edit, Firewall, Options, Forward Policy"},

	// dc/SecurityGroups.js, grid/FirewallRules.js
	{op: "GET /cluster/firewall/groups", labels: "Security Group, Group, Comment"},
	{op: "POST /cluster/firewall/groups", labels: "Create, Security Group, Name, Comment"},
	{op: "GET /cluster/firewall/groups/{group}", labels: "Security Group, Rules"},
	{op: "POST /cluster/firewall/groups/{group}", labels: "Add, Rule, Security Group, Rules"},
	{op: "DELETE /cluster/firewall/groups/{group}", labels: "Remove, Security Group"},
	{op: "GET /cluster/firewall/groups/{group}/{pos}", labels: "Edit, Rule"},
	{op: "PUT /cluster/firewall/groups/{group}/{pos}", labels: "Edit, Rule, Enable, Action, Direction, Macro, Source, Destination"},
	{op: "DELETE /cluster/firewall/groups/{group}/{pos}", labels: "Remove, Rule"},
	{op: "GET /cluster/firewall/macros", labels: "Macro, Description"},

	// ceph/Status.js, ceph/StatusDetail.js, dc/Health.js: Ceph status panels
	{op: "GET /cluster/ceph/status", labels: "Ceph, Health, Status, Services, Performance, Usage, Recovery/ Rebalance, IOPS: Reads"},
	{op: "GET /nodes/{node}/ceph/status", labels: "Ceph, Health, Status, Services, Performance, Usage, Ceph Version"},
	{op: "GET /cluster/ceph/metadata", labels: "Ceph Version, Version, Services, Monitors, Managers, Metadata Servers"},

	// ceph/CephInstallWizard.js, window/CephInstall.js
	{op: "POST /nodes/{node}/ceph/init", labels: "Configure Ceph, Install Ceph, Ceph cluster configuration, Configuration, Ceph is not initialized."},

	// ceph/Config.js, ceph/Crush.js: Ceph > Configuration
	{op: "GET /nodes/{node}/ceph/cfg/raw", labels: "Configuration"},
	{op: "GET /nodes/{node}/ceph/cfg/db", labels: "Configuration Database, WHO, MASK, LEVEL, OPTION, VALUE, Runtime Updatable"},
	{op: "GET /nodes/{node}/ceph/crush", labels: "Crush Map"},
	{op: "GET /nodes/{node}/ceph/cfg/value", labels: "Create: Ceph Pool, Size, Min. Size"},

	// ceph/Monitor.js, ceph/ServiceList.js, ceph/Services.js: Ceph > Monitor
	{op: "GET /nodes/{node}/ceph/mon", labels: "Monitor, Monitors, Name, Host, Status, Address, Version, Quorum"},
	{op: "POST /nodes/{node}/ceph/mon/{monid}", labels: "Create, Monitor, Host, First Ceph monitor, Monitor node"},
	{op: "DELETE /nodes/{node}/ceph/mon/{monid}", labels: "Destroy, Destroy MON, Monitor"},
	{op: "GET /nodes/{node}/ceph/mgr", labels: "Manager, Managers, Name, Host, Status, Address, Version"},
	{op: "POST /nodes/{node}/ceph/mgr/{id}", labels: "Create, Manager, Host"},
	{op: "DELETE /nodes/{node}/ceph/mgr/{id}", labels: "Destroy, Manager"},
	{op: "GET /nodes/{node}/ceph/mds", labels: "Metadata Servers, Name, Host, Status, Address, Version"},
	{op: "POST /nodes/{node}/ceph/mds/{name}", labels: "Create, Metadata Servers, Host, MDS ID"},
	{op: "DELETE /nodes/{node}/ceph/mds/{name}", labels: "Destroy, Metadata Servers"},
	{op: "POST /nodes/{node}/ceph/start", labels: "Start, Ceph"},
	{op: "POST /nodes/{node}/ceph/stop", labels: "Stop, Stop MON, Stop MDS, Stop OSD"},
	{op: "POST /nodes/{node}/ceph/restart", labels: "Restart, Ceph"},
	{op: "GET /nodes/{node}/ceph/cmd-safety", labels: "Stop MON, Stop MDS, Stop OSD, Destroy MON, Warning"},

	// ceph/OSD.js, ceph/OSDDetails.js: Ceph > OSD
	{op: "GET /nodes/{node}/ceph/osd", labels: "OSD, Class, OSD Type, Bluestore Device, DB Device, WAL Device, Used (%), Apply/Commit Latency (ms)"},
	{op: "POST /nodes/{node}/ceph/osd", labels: "Create: OSD, Disk, DB Disk, DB size, WAL Disk, WAL size, Encrypt OSD, Device Class"},
	{op: "DELETE /nodes/{node}/ceph/osd/{osdid}", labels: "Destroy, Destroy: Ceph OSD, Cleanup Disks"},
	{op: "POST /nodes/{node}/ceph/osd/{osdid}/in", labels: "In, OSD"},
	{op: "POST /nodes/{node}/ceph/osd/{osdid}/out", labels: "Out, OSD"},
	{op: "POST /nodes/{node}/ceph/osd/{osdid}/scrub", labels: "Scrub, Deep Scrub, Scrub OSD, Deep Scrub OSD"},
	{op: "GET /nodes/{node}/ceph/osd/{osdid}/metadata", labels: "Details, General, OSD data path, OSD object store, Memory usage (PSS), Front Address, Heartbeat Front Address, Devices"},
	{op: "GET /nodes/{node}/ceph/osd/{osdid}/lv-info", labels: "Volume Details, Creation time, LV Name, LV Path, LV UUID, VG Name"},
	{op: "GET /cluster/ceph/flags", labels: "Manage Global Flags, Manage Global OSD Flags, Enable, Name, Description"},
	{op: "PUT /cluster/ceph/flags", labels: "Manage Global Flags, Manage Global OSD Flags, Apply, Change global Ceph flags"},

	// ceph/Pool.js: Ceph > Pools
	{op: "GET /nodes/{node}/ceph/pool", labels: "Pools, Pool #, Name, Size/min, # of Placement Groups, Optimal # of PGs, Autoscaler Mode, CRUSH Rule (ID)"},
	{op: "POST /nodes/{node}/ceph/pool", labels: "Create: Ceph Pool, Ceph Pool, Name, Size, Min. Size, PG Autoscaler Mode, Add as Storage, Target Ratio"},
	{op: "GET /nodes/{node}/ceph/pool/{name}", labels: "Edit: Ceph Pool, Ceph Pool"},
	{op: "PUT /nodes/{node}/ceph/pool/{name}", labels: "Edit: Ceph Pool, Edit, Size, Min. Size, PG Autoscaler Mode, Target Ratio, Target Size"},
	{op: "DELETE /nodes/{node}/ceph/pool/{name}", labels: "Destroy, Ceph Pool"},
	{op: "GET /nodes/{node}/ceph/rules", labels: "Crush Rule"},

	// ceph/FS.js: Ceph > CephFS
	{op: "GET /nodes/{node}/ceph/fs", labels: "CephFS, Name, Data Pool, Metadata Pool"},
	{op: "POST /nodes/{node}/ceph/fs/{name}", labels: "Create CephFS, CephFS, Name, Add as Storage"},

	// node/Config.js: Ceph > Log
	{op: "GET /nodes/{node}/ceph/log", labels: "Log, Ceph"},

	// sdn/StatusView.js, sdn/Status.js, sdn/SdnDiffView.js: Datacenter > SDN
	{op: "PUT /cluster/sdn", labels: "Apply, SDN, Reload network configuration on all nodes"},

	// sdn/ZoneView.js, sdn/zones/*.js: SDN > Zones
	{op: "GET /cluster/sdn/zones", labels: "Zones, ID, Type, MTU, IPAM, Domain, Reverse DNS, Nodes"},
	{op: "POST /cluster/sdn/zones", labels: "Add, Simple, VLAN, QinQ, VXLAN, EVPN, Zone, Nodes"},
	{op: "GET /cluster/sdn/zones/{zone}", labels: "Edit, Zone"},
	{op: "PUT /cluster/sdn/zones/{zone}", labels: "Edit, Zone, Nodes, IPAM, DNS Server, Reverse DNS Server, DNS Zone"},
	{op: "DELETE /cluster/sdn/zones/{zone}", labels: "Remove, Zone"},

	// sdn/VnetView.js, sdn/VnetEdit.js, sdn/VnetPanel.js: SDN > VNets
	{op: "GET /cluster/sdn/vnets", labels: "VNets, ID, Alias, Zone, Tag, VLAN Aware, State"},
	{op: "POST /cluster/sdn/vnets", labels: "Create, VNet, Name, Alias, Zone, Tag, Isolate Ports, VLAN Aware"},
	{op: "GET /cluster/sdn/vnets/{vnet}", labels: "Edit, VNet"},
	{op: "PUT /cluster/sdn/vnets/{vnet}", labels: "Edit, VNet, Alias, Zone, Tag, Isolate Ports, VLAN Aware"},
	{op: "DELETE /cluster/sdn/vnets/{vnet}", labels: "Remove, VNet"},

	// sdn/SubnetView.js, sdn/SubnetEdit.js
	{op: "GET /cluster/sdn/vnets/{vnet}/subnets", labels: "Subnets, Subnet, Gateway, SNAT, DNS Prefix, State"},
	{op: "POST /cluster/sdn/vnets/{vnet}/subnets", labels: "Create, Subnet, Gateway, SNAT, DNS Zone Prefix, DHCP Ranges, Start Address, End Address"},
	{op: "GET /cluster/sdn/vnets/{vnet}/subnets/{subnet}", labels: "Edit, Subnet"},
	{op: "PUT /cluster/sdn/vnets/{vnet}/subnets/{subnet}", labels: "Edit, Subnet, Gateway, SNAT, DNS Zone Prefix, DHCP Ranges"},
	{op: "DELETE /cluster/sdn/vnets/{vnet}/subnets/{subnet}", labels: "Remove, Subnet"},

	// tree/DhcpTree.js, sdn/IpamEdit.js: SDN > IPAM
	{op: "GET /cluster/sdn/ipams/{ipam}/status", labels: "IPAM, Name / VMID, IP Address, MAC, Gateway"},
	{op: "POST /cluster/sdn/vnets/{vnet}/ips", labels: "Add, DHCP Mapping, IP Address, IPAM"},
	{op: "PUT /cluster/sdn/vnets/{vnet}/ips", labels: "Edit, DHCP Mapping, IP Address, IPAM"},
	{op: "DELETE /cluster/sdn/vnets/{vnet}/ips", labels: "Delete, DHCP Mapping, IPAM"},

	// sdn/OptionsPanel.js, sdn/ControllerView.js, sdn/controllers/*.js: SDN > Options > Controllers
	{op: "GET /cluster/sdn/controllers", labels: "Controllers, ID, Type, Node, State"},
	{op: "POST /cluster/sdn/controllers", labels: "Add, Controllers, evpn, bgp, isis"},
	{op: "GET /cluster/sdn/controllers/{controller}", labels: "Edit, Controllers"},
	{op: "PUT /cluster/sdn/controllers/{controller}", labels: "Edit, Controllers"},
	{op: "DELETE /cluster/sdn/controllers/{controller}", labels: "Remove, Controllers"},

	// sdn/IpamView.js, sdn/ipams/*.js: SDN > Options > IPAM
	{op: "GET /cluster/sdn/ipams", labels: "IPAM, ID, Type, url"},
	{op: "POST /cluster/sdn/ipams", labels: "Add, IPAM, PVE, Netbox, PhpIpam"},
	{op: "GET /cluster/sdn/ipams/{ipam}", labels: "Edit, IPAM"},
	{op: "PUT /cluster/sdn/ipams/{ipam}", labels: "Edit, IPAM"},
	{op: "DELETE /cluster/sdn/ipams/{ipam}", labels: "Remove, IPAM"},

	// sdn/DnsView.js, sdn/dns/*.js: SDN > Options > DNS
	{op: "GET /cluster/sdn/dns", labels: "DNS, ID, Type, url"},
	{op: "POST /cluster/sdn/dns", labels: "Add, DNS, powerdns"},
	{op: "GET /cluster/sdn/dns/{dns}", labels: "Edit, DNS"},
	{op: "PUT /cluster/sdn/dns/{dns}", labels: "Edit, DNS"},
	{op: "DELETE /cluster/sdn/dns/{dns}", labels: "Remove, DNS"},

	// sdn/FabricsView.js, sdn/fabrics/*.js: SDN > Fabrics
	{op: "GET /cluster/sdn/fabrics/all", labels: "Fabrics, Name, Protocol, IPv4, IPv6, Interfaces, State"},
	{op: "POST /cluster/sdn/fabrics/fabric", labels: "Add Fabric, Fabric, OpenFabric, OSPF, WireGuard, BGP, IPv4 Prefix, IPv6 Prefix"},
	{op: "GET /cluster/sdn/fabrics/fabric/{id}", labels: "Edit, Fabric"},
	{op: "PUT /cluster/sdn/fabrics/fabric/{id}", labels: "Edit, Fabric, IPv4 Prefix, IPv6 Prefix"},
	{op: "DELETE /cluster/sdn/fabrics/fabric/{id}", labels: "Delete, Fabric"},
	{op: "POST /cluster/sdn/fabrics/node/{fabric_id}", labels: "Add Node, Node, IPv4, IPv6, Interfaces, Create Another"},
	{op: "GET /cluster/sdn/fabrics/node/{fabric_id}/{node_id}", labels: "Edit, Node, Fetching Node Information"},
	{op: "PUT /cluster/sdn/fabrics/node/{fabric_id}/{node_id}", labels: "Edit, Node, IPv4, IPv6, Interfaces"},
	{op: "DELETE /cluster/sdn/fabrics/node/{fabric_id}/{node_id}", labels: "Delete, Node, Fabrics"},

	// sdn/NetworkBrowser.js, sdn/FabricsContentView.js: a fabric under the node in the resource tree
	{op: "GET /nodes/{node}/sdn/fabrics/{fabric}/routes", labels: "Routes, Route, Via"},
	{op: "GET /nodes/{node}/sdn/fabrics/{fabric}/neighbors", labels: "Neighbors, Neighbor, Status, Uptime"},
	{op: "GET /nodes/{node}/sdn/fabrics/{fabric}/interfaces", labels: "Interfaces, Name, Type, State"},

	// sdn/Browser.js, sdn/ZoneContentView.js, sdn/ZoneBridgesPanel.js, sdn/EvpnZone*VrfPanel.js: a zone under the node in the resource tree
	{op: "GET /nodes/{node}/sdn/zones/{zone}/content", labels: "Content, VNet, Alias, Status, Details"},
	{op: "GET /nodes/{node}/sdn/zones/{zone}/bridges", labels: "Bridges, Bridge Ports, Bridge, VLAN-aware, Guest Network Device, Primary VLAN, VLANs"},
	{op: "GET /nodes/{node}/sdn/zones/{zone}/ip-vrf", labels: "IP-VRF, CIDR, Nexthop, Protocol, Metric"},
	{op: "GET /nodes/{node}/sdn/vnets/{vnet}/mac-vrf", labels: "MAC-VRFs, VNet MAC-VRF, MAC-VRF, IP, MAC-Address, Nexthop"},

	// dc/Config.js, dc/PCIMapView.js, window/PCIMapEdit.js, tree/ResourceMapTree.js: Datacenter > Resource Mappings
	{op: "GET /cluster/mapping/pci", labels: "Resource Mappings, PCI Devices, ID/Node/Path, Vendor/Device, Subsystem Vendor/Device, IOMMU-Group, Status, Mapping matches host data"},
	{op: "POST /cluster/mapping/pci", labels: "Add, PCI mapping, Name, Mapping on Node, Use with Mediated Devices, Live Migration Capable, Device"},
	{op: "GET /cluster/mapping/pci/{id}", labels: "Edit Mapping, PCI mapping, Add new host mapping"},
	{op: "PUT /cluster/mapping/pci/{id}", labels: "Edit Mapping, Add new host mapping, PCI mapping, Mapping on Node, Use with Mediated Devices, Live Migration Capable, Remove mapping"},
	{op: "DELETE /cluster/mapping/pci/{id}", labels: "Remove, PCI mapping"},

	// dc/USBMapView.js, window/USBMapEdit.js, tree/ResourceMapTree.js
	{op: "GET /cluster/mapping/usb", labels: "Resource Mappings, USB Devices, ID/Node/Vendor&Device, Path, Status, Comment"},
	{op: "POST /cluster/mapping/usb", labels: "Add, Add USB mapping, Name, Mapping on Node, Choose Device, Choose Port, Comment"},
	{op: "GET /cluster/mapping/usb/{id}", labels: "Edit Mapping, Add new host mapping"},
	{op: "PUT /cluster/mapping/usb/{id}", labels: "Edit Mapping, Add new host mapping, Mapping on Node, Choose Device, Choose Port, Remove mapping"},
	{op: "DELETE /cluster/mapping/usb/{id}", labels: "Remove, USB Devices"},

	// dc/DirMapView.js, window/DirMapEdit.js, tree/ResourceMapTree.js
	{op: "GET /cluster/mapping/dir", labels: "Directory Mappings, Resource Mappings, ID/Node, Comment"},
	{op: "POST /cluster/mapping/dir", labels: "Add, Add Directory Mapping, Name, Node, Path, Comment"},
	{op: "GET /cluster/mapping/dir/{id}", labels: "Edit Mapping, Add new host mapping"},
	{op: "PUT /cluster/mapping/dir/{id}", labels: "Edit Mapping, Add new host mapping, Node, Path, Remove mapping"},
	{op: "DELETE /cluster/mapping/dir/{id}", labels: "Remove, Directory Mappings"},

	// dc/MetricServerView.js: Datacenter > Metric Server
	{op: "GET /cluster/metrics/server", labels: "Metric Server, Name, Type, Enabled, Server, Port"},
	{op: "POST /cluster/metrics/server/{id}", labels: "Add, Graphite, InfluxDB, OpenTelemetry, OpenTelemetry Server, Server, Port, Protocol"},
	{op: "GET /cluster/metrics/server/{id}", labels: "Edit, Metric Server"},
	{op: "PUT /cluster/metrics/server/{id}", labels: "Edit, Server, Port, Protocol, Enabled, Organization, Bucket, Token"},
	{op: "DELETE /cluster/metrics/server/{id}", labels: "Remove, Metric Server"},

	// panel/IPView.js: a guest's Summary > Network Information
	{op: "GET /nodes/{node}/qemu/{vmid}/agent/network-get-interfaces", labels: "Network Information, IP address, MAC address, Guest Agent not running, No Guest Agent configured"},

	// form/PCISelector.js, form/MDevSelector.js, qemu/PCIEdit.js: Hardware > Add > PCI Device
	{op: "GET /nodes/{node}/hardware/pci", labels: "PCI Device, Raw Device, Device, IOMMU Group, Vendor, Mediated Devices, All Functions, Primary GPU"},
	{op: "GET /nodes/{node}/hardware/pci/{pci-id-or-mapping}/mdev", labels: "MDev Type, Type, Avail, Description"},

	// form/USBSelector.js, qemu/USBEdit.js: Hardware > Add > USB Device
	{op: "GET /nodes/{node}/hardware/usb", labels: "USB Device, Use USB Vendor/Device ID, Use USB Port, Choose Device, Choose Port, Manufacturer, Product, Speed"},

	// form/CPUModelSelector.js, form/VMCPUFlagSelector.js, qemu/ProcessorEdit.js, qemu/MachineEdit.js
	{op: "GET /nodes/{node}/capabilities/qemu/cpu", labels: "Processors, Type, Model, Vendor"},
	{op: "GET /nodes/{node}/capabilities/qemu/cpu-flags", labels: "Extra CPU flags, Flag, Description, Supported On"},
	{op: "GET /nodes/{node}/capabilities/qemu/machines", labels: "Machine, Version"},

	// storage/NFSEdit.js, storage/CIFSEdit.js, storage/IScsiEdit.js, storage/LVMEdit.js, storage/LvmThinEdit.js, storage/ZFSPoolEdit.js: Add storage scans
	{op: "GET /nodes/{node}/scan/nfs", labels: "NFS, Server, Export, NFS Version"},
	{op: "GET /nodes/{node}/scan/cifs", labels: "SMB/CIFS, Server, Username, Password, Share, Domain, Subdirectory"},
	{op: "GET /nodes/{node}/scan/iscsi", labels: "iSCSI, Portal, Target, Use LUNs directly"},
	{op: "GET /nodes/{node}/scan/lvm", labels: "LVM, Volume group, Base storage, Base volume, Node to scan"},
	{op: "GET /nodes/{node}/scan/lvmthin", labels: "LVM-Thin, Thin Pool, Volume group, Node to scan"},
	{op: "GET /nodes/{node}/scan/zfs", labels: "ZFS, ZFS Pool, Thin provision, Block Size, Node to scan"},

	// form/StorageSelector.js: the Storage field of create, move, restore and backup windows
	{op: "GET /nodes/{node}/storage", labels: "Storage, Target Storage, Name, Type, Avail, Capacity, Shared"},

	// window/LoginWindow.js
	{op: "POST /access/ticket", labels: "Proxmox VE Login, Login, User name, Password, Realm, Language, Save User name"},
	{op: "POST /access/openid/auth-url", labels: "Login (OpenID redirect), Proxmox VE Login, Realm"},
	{op: "POST /access/openid/login", labels: "OpenID login - please wait..., Proxmox VE Login"},

	// node/Config.js: the node's panels whose grids come from the shared toolkit views
	{op: "GET /nodes/{node}/services", labels: "System"},
	{op: "GET /nodes/{node}/network", labels: "Network, Bridge, Active, Comment"},
	{op: "GET /nodes/{node}/dns", labels: "DNS"},
	{op: "GET /nodes/{node}/hosts", labels: "Hosts"},
	{op: "GET /nodes/{node}/time", labels: "Time"},
	{op: "GET /nodes/{node}/journal", labels: "System Log"},
	{op: "GET /nodes/{node}/apt/update", labels: "Updates"},
	{op: "GET /nodes/{node}/apt/repositories", labels: "Repositories"},
	{op: "GET /nodes/{node}/disks/list", labels: "Disks"},
	{op: "GET /nodes/{node}/tasks", labels: "Task History"},

	// ceph/ServiceList.js
	{op: "GET /nodes/{node}/syslog", labels: "Syslog"},

	// Workspace.js: the version shown in the header
	{op: "GET /version", labels: "Virtual Environment"},
}
