package search

// guiLabelsPBS are the labels Proxmox Backup Server's web UI shows where
// it calls an operation (proxmox-backup www), together with the labels of
// the panels shared by both products (proxmox-widget-toolkit src), which
// are listed for the PBS and the PVE operation they call. An operation
// whose method and path are the same in both products has one entry.
// See gui_labels.go.
var guiLabelsPBS = []guiLabel{
	// ---- Datastores (proxmox-backup www) ----

	// NavigationTree.js, form/DataStoreSelector.js, datastore/DataStoreList.js
	{op: "GET /admin/datastore", labels: "Datastore, Datastores"},
	// dashboard/DataStoreStatistics.js, datastore/DataStoreList.js, datastore/DataStoreListSummary.js
	{op: "GET /status/datastore-usage", labels: "Datastore Usage, Datastores, Summary, Usage %, Estimated Full, History (last Month), Available, Used"},
	// NavigationTree.js, window/DataStoreEdit.js, panel/PrunePanel.js
	{op: "POST /config/datastore", labels: "Add Datastore, Add: Datastore, Name, Backing Path, GC Schedule, Prune Schedule, Prune Options, Comment"},
	// datastore/OptionView.js, datastore/Summary.js, datastore/DataStoreListSummary.js
	{op: "GET /config/datastore/{name}", labels: "Options, Notification mode, Notify, Notify User, Verify New Snapshots, Maintenance mode, Tuning Options, Datastore is in maintenance mode"},
	// window/DataStoreEdit.js, window/NotifyOptions.js, window/MaintenanceOptions.js, window/GCJobEdit.js, datastore/OptionView.js, datastore/Notes.js
	{op: "PUT /config/datastore/{name}", labels: "Edit: Datastore, Datastore Options, Garbage Collect Schedule, Maintenance mode, Maintenance Type, Tuning Options, Verify New Snapshots, Comment"},
	// datastore/OptionView.js, Utils.js (task description)
	{op: "DELETE /config/datastore/{name}", labels: "Remove Datastore, Destroy all data (dangerous!), Keep configured jobs and permissions"},
	// datastore/OptionView.js, window/MaintenanceOptions.js
	{op: "GET /admin/datastore/{store}/active-operations", labels: "Maintenance mode"},
	// datastore/Summary.js
	{op: "GET /admin/datastore/{store}/status", labels: "Summary, Usage, Backup Count, Stats from last Garbage Collection, Deduplication Factor, Bad Chunks, Groups, Snapshots"},
	// datastore/Summary.js, datastore/DataStoreListSummary.js
	{op: "GET /admin/datastore/{store}/rrd", labels: "Storage usage (bytes), Transfer Rate (bytes/second), Input/Output Operations per Second (IOPS), IO Delay (ms), Usage History"},

	// datastore/Content.js
	{op: "GET /admin/datastore/{store}/snapshots", labels: "Content, Backup Group, Snapshot, Backup Time, Size, Owner, Encrypted, Verify State"},
	// datastore/Content.js
	{op: "DELETE /admin/datastore/{store}/snapshots", labels: "Remove, Permanently forget snapshot, Confirm"},
	// datastore/Content.js, form/GroupFilter.js, form/GroupSelector.js
	{op: "GET /admin/datastore/{store}/groups", labels: "Content, Backup Group, Count, Owner, Group Filter, Backup Groups"},
	// datastore/Content.js, Utils.js (task description)
	{op: "DELETE /admin/datastore/{store}/groups", labels: "Remove, Permanently forget group, Remove Group"},
	// datastore/Content.js, form/NamespaceSelector.js
	{op: "GET /admin/datastore/{store}/namespace", labels: "Namespace, Root Namespace, Parent Namespace, Local Namespace"},
	// datastore/Content.js, window/NamespaceEdit.js
	{op: "POST /admin/datastore/{store}/namespace", labels: "Add NS, Create: Namespace, Parent Namespace, Namespace Name"},
	// datastore/Content.js, window/NamespaceEdit.js, Utils.js (task description)
	{op: "DELETE /admin/datastore/{store}/namespace", labels: "Destroy Namespace, Remove namespace, Remove Namespace, Delete all Backup Groups"},
	// datastore/Content.js, window/BackupGroupChangeOwner.js
	{op: "POST /admin/datastore/{store}/change-owner", labels: "Change owner, Change Owner, New Owner"},
	// datastore/Content.js
	{op: "PUT /admin/datastore/{store}/protected", labels: "Change Protection, Change protection, Protection, Protected"},
	// datastore/Content.js, window/NotesEdit.js
	{op: "GET /admin/datastore/{store}/notes", labels: "Notes, Comment"},
	// datastore/Content.js, window/NotesEdit.js
	{op: "PUT /admin/datastore/{store}/notes", labels: "Notes, Comment, Edit"},
	// datastore/Content.js, window/NotesEdit.js
	{op: "GET /admin/datastore/{store}/group-notes", labels: "Notes, Comment"},
	// datastore/Content.js, window/NotesEdit.js
	{op: "PUT /admin/datastore/{store}/group-notes", labels: "Notes, Comment, Edit"},
	// datastore/Content.js
	{op: "GET /admin/datastore/{store}/download-decoded", labels: "Download"},
	// datastore/Content.js, widget-toolkit window/FileBrowser.js
	{op: "GET /admin/datastore/{store}/catalog", labels: "Browse, Name, Size, Modified, Type"},
	// datastore/Content.js, widget-toolkit window/FileBrowser.js
	{op: "GET /admin/datastore/{store}/pxar-file-download", labels: "Browse, Download, Download as, .zip, .tar.zst"},
	// datastore/Content.js, datastore/Prune.js, panel/PrunePanel.js
	{op: "POST /admin/datastore/{store}/prune", labels: "Prune, Prune Group, Keep Last, Keep Hourly, Keep Daily, Keep Weekly, Keep Monthly, Keep Yearly"},
	// datastore/Content.js, panel/PrunePanel.js
	{op: "POST /admin/datastore/{store}/prune-datastore", labels: "Prune All, Prune Datastore, Prune, Dry Run, Recursive, Keep Last, Keep Daily, Keep Weekly"},
	// datastore/Content.js, window/VerifyAll.js, Utils.js (task description)
	{op: "POST /admin/datastore/{store}/verify", labels: "Verify, Verify All, Verify Datastore, Skip Verified, Re-Verify After, Verification"},

	// ---- Prune & GC, Sync, Verify jobs ----

	// config/GCView.js, config/PruneAndGC.js
	{op: "GET /admin/gc", labels: "Garbage Collect Jobs, Prune & GC Jobs, Datastore, Schedule, Last GC, Last Status, Removed Data, Pending Data"},
	// config/GCView.js, Utils.js (task description)
	{op: "POST /admin/datastore/{store}/gc", labels: "Garbage Collect Jobs, Run now, Garbage Collect, Garbage collection"},
	// config/PruneView.js, config/PruneAndGC.js
	{op: "GET /admin/prune", labels: "Prune Jobs, Prune & GC Jobs, Job ID, Keep, Last Prune, Next Run, Schedule, Max. Depth"},
	// config/PruneView.js, Utils.js (task description)
	{op: "POST /admin/prune/{id}/run", labels: "Prune Jobs, Run now, Prune Job"},
	// window/PruneJobEdit.js, panel/PrunePanel.js
	{op: "POST /config/prune", labels: "Add: Prune Job, Prune Schedule, Job ID, Namespace, Max. Depth, Keep Last, Keep Daily, Keep Weekly"},
	// window/PruneJobEdit.js
	{op: "GET /config/prune/{id}", labels: "Edit: Prune Job"},
	// window/PruneJobEdit.js, panel/PrunePanel.js
	{op: "PUT /config/prune/{id}", labels: "Edit: Prune Job, Prune Schedule, Enabled, Keep Last, Keep Hourly, Keep Daily, Keep Monthly, Keep Yearly"},
	// config/PruneView.js
	{op: "DELETE /config/prune/{id}", labels: "Prune Jobs, Remove, Remove entry?"},

	// config/SyncView.js
	{op: "GET /admin/sync", labels: "Sync Jobs, Job ID, Local Store, Remote ID, Remote Store, Remote Namespace, Last Sync, Transfer Last"},
	// config/SyncView.js, Utils.js (task description)
	{op: "POST /admin/sync/{id}/run", labels: "Sync Jobs, Run now, Remote Sync"},
	// window/SyncJobEdit.js
	{op: "POST /config/sync", labels: "Add: Sync Job, Local Datastore, Source Remote, Source Datastore, Sync Schedule, Remove vanished, Rate Limit, Group Filter"},
	// window/SyncJobEdit.js
	{op: "GET /config/sync/{id}", labels: "Edit: Sync Job"},
	// window/SyncJobEdit.js
	{op: "PUT /config/sync/{id}", labels: "Edit: Sync Job, Local Namespace, Local Owner, Source Namespace, Sync Schedule, Transfer Last, Remove vanished, Group Filter"},
	// config/SyncView.js
	{op: "DELETE /config/sync/{id}", labels: "Sync Jobs, Remove, Remove entry?"},

	// config/VerifyView.js
	{op: "GET /admin/verify", labels: "Verify Jobs, Job ID, Skip Verified, Re-Verify After, Last Verification, Schedule, Next Run, Status"},
	// config/VerifyView.js, Utils.js (task description)
	{op: "POST /admin/verify/{id}/run", labels: "Verify Jobs, Run now, Scheduled Verification"},
	// window/VerifyJobEdit.js
	{op: "POST /config/verify", labels: "Add: Verification Job, Local Datastore, Namespace, Max. Depth, Schedule, Skip Verified, Re-Verify After, Job ID"},
	// window/VerifyJobEdit.js
	{op: "GET /config/verify/{id}", labels: "Edit: Verification Job"},
	// window/VerifyJobEdit.js
	{op: "PUT /config/verify/{id}", labels: "Edit: Verification Job, Schedule, Skip Verified, Re-Verify After, Max. Depth, Comment"},
	// config/VerifyView.js
	{op: "DELETE /config/verify/{id}", labels: "Verify Jobs, Remove, Remove entry?"},

	// ---- Remotes, Traffic Control ----

	// config/RemoteView.js, form/RemoteSelector.js
	{op: "GET /config/remote", labels: "Remotes, Remote ID, Host, Auth ID, Fingerprint, Comment, Source Remote"},
	// window/RemoteEdit.js
	{op: "POST /config/remote", labels: "Add: Remote, Remote ID, Host, Auth ID, Password, Fingerprint, Comment"},
	// window/RemoteEdit.js
	{op: "GET /config/remote/{name}", labels: "Edit: Remote"},
	// window/RemoteEdit.js
	{op: "PUT /config/remote/{name}", labels: "Edit: Remote, Host, Auth ID, Password, Fingerprint, Comment"},
	// config/RemoteView.js
	{op: "DELETE /config/remote/{name}", labels: "Remotes, Remove"},
	// form/RemoteTargetSelector.js, window/SyncJobEdit.js
	{op: "GET /config/remote/{name}/scan", labels: "Source Datastore, Remote Store"},
	// form/RemoteTargetSelector.js, window/SyncJobEdit.js
	{op: "GET /config/remote/{name}/scan/{store}/namespaces", labels: "Source Namespace, Remote Namespace"},
	// form/GroupFilter.js, window/SyncJobEdit.js
	{op: "GET /config/remote/{name}/scan/{store}/groups", labels: "Group Filter, Backup Groups"},

	// config/TrafficControlView.js
	{op: "GET /admin/traffic-control", labels: "Traffic Control, Rule, Rate In, Rate In Used, Rate Out, Rate Out Used, Burst In, Timeframes"},
	// window/TrafficControlEdit.js
	{op: "POST /config/traffic-control", labels: "Add: Traffic Control Rule, Name, Rate In, Rate Out, Burst In, Burst Out, Network(s), Timeframes"},
	// window/TrafficControlEdit.js
	{op: "GET /config/traffic-control/{name}", labels: "Edit: Traffic Control Rule"},
	// window/TrafficControlEdit.js
	{op: "PUT /config/traffic-control/{name}", labels: "Edit: Traffic Control Rule, Rate In, Rate Out, Burst In, Burst Out, Network(s), Timeframes, Comment"},
	// config/TrafficControlView.js
	{op: "DELETE /config/traffic-control/{name}", labels: "Traffic Control, Remove"},

	// ---- Metric Server, node options ----

	// config/MetricServerView.js, SystemConfiguration.js
	{op: "GET /admin/metrics", labels: "Metric Server, Name, Type, Enabled, Target Server, Comment"},
	// config/MetricServerView.js, window/InfluxDbEdit.js
	{op: "POST /config/metrics/influxdb-http", labels: "Create: InfluxDB (HTTP), InfluxDB (HTTP), Name, URL, Organization, Bucket, Token, Batch Size (b)"},
	// window/InfluxDbEdit.js
	{op: "GET /config/metrics/influxdb-http/{name}", labels: "Edit: InfluxDB (HTTP), InfluxDB (HTTP)"},
	// window/InfluxDbEdit.js
	{op: "PUT /config/metrics/influxdb-http/{name}", labels: "Edit: InfluxDB (HTTP), URL, Enabled, Organization, Bucket, Token, Comment"},
	// config/MetricServerView.js
	{op: "DELETE /config/metrics/influxdb-http/{name}", labels: "Metric Server, Remove, InfluxDB (HTTP)"},
	// config/MetricServerView.js, window/InfluxDbEdit.js
	{op: "POST /config/metrics/influxdb-udp", labels: "Create: InfluxDB (UDP), InfluxDB (UDP), Name, Host, Port, Enabled, Comment"},
	// window/InfluxDbEdit.js
	{op: "GET /config/metrics/influxdb-udp/{name}", labels: "Edit: InfluxDB (UDP), InfluxDB (UDP)"},
	// window/InfluxDbEdit.js
	{op: "PUT /config/metrics/influxdb-udp/{name}", labels: "Edit: InfluxDB (UDP), Host, Port, Enabled, Comment"},
	// config/MetricServerView.js
	{op: "DELETE /config/metrics/influxdb-udp/{name}", labels: "Metric Server, Remove, InfluxDB (UDP)"},

	// config/WebauthnView.js, SystemConfiguration.js
	{op: "GET /config/access/tfa/webauthn", labels: "WebAuthn TFA, Relying Party, Origin, Not configured"},
	// config/WebauthnView.js
	{op: "PUT /config/access/tfa/webauthn", labels: "WebAuthn TFA, Edit: Webauthn, Relying Party, Origin, Auto-fill"},

	// ---- Users, API tokens, permissions, realms (proxmox-backup www) ----

	// config/UserView.js, config/TokenView.js, panel/AccessControl.js, form/AuthidSelector.js
	{op: "GET /access/users", labels: "User Management, Users, User name, Realm, Expire, TFA Lock, API Tokens, Token name"},
	// window/UserEdit.js
	{op: "POST /access/users", labels: "Add: User, User name, Realm, Password, Confirm password, Expire, First Name, E-Mail"},
	// window/UserEdit.js
	{op: "GET /access/users/{userid}", labels: "Edit: User"},
	// window/UserEdit.js
	{op: "PUT /access/users/{userid}", labels: "Edit: User, Enabled, Expire, First Name, Last Name, E-Mail, Comment"},
	// config/UserView.js
	{op: "DELETE /access/users/{userid}", labels: "User Management, Remove"},
	// config/UserView.js
	{op: "PUT /access/users/{userid}/unlock-tfa", labels: "Unlock TFA, Unlock TFA authentication, TFA Lock, Locked, TOTP Locked"},
	// window/TokenEdit.js
	{op: "POST /access/users/{userid}/token/{token-name}", labels: "Add: API token, API Token, User, Token Name, Expire, Token Secret, Token ID, Copy Secret Value"},
	// window/TokenEdit.js
	{op: "GET /access/users/{userid}/token/{token-name}", labels: "Edit: API token"},
	// window/TokenEdit.js
	{op: "PUT /access/users/{userid}/token/{token-name}", labels: "Edit: API token, Expire, Enabled, Comment"},
	// config/TokenView.js
	{op: "DELETE /access/users/{userid}/token/{token-name}", labels: "API Tokens, API Token, Remove"},
	// config/ACLView.js, panel/AccessControl.js, datastore/Panel.js
	{op: "GET /access/acl", labels: "Permissions, Path, User/Group/API Token, Role, Propagate"},
	// config/ACLView.js, window/ACLEdit.js
	{op: "PUT /access/acl", labels: "Permissions, Add, User Permission, API Token Permission, Path, Role, Propagate, Remove"},
	// widget-toolkit form/RoleSelector.js
	{op: "GET /access/roles", labels: "Role"},
	// panel/AccessControl.js, widget-toolkit window/AuthEditLDAP.js, window/AuthEditBase.js
	{op: "POST /config/access/ldap", labels: "Add: LDAP Server, LDAP Server, Realm, Base Domain Name, User Attribute Name, Bind Domain Name, Server, Sync Options"},
	// widget-toolkit window/AuthEditLDAP.js, window/SyncWindow.js
	{op: "GET /config/access/ldap/{realm}", labels: "Edit: LDAP Server, LDAP Server, Default Sync Options"},
	// widget-toolkit window/AuthEditLDAP.js
	{op: "PUT /config/access/ldap/{realm}", labels: "Edit: LDAP Server, Default Realm, Bind Password, Fallback Server, Mode, Verify Certificate, Sync Options, User Filter"},
	// widget-toolkit panel/AuthView.js
	{op: "DELETE /config/access/ldap/{realm}", labels: "Realms, Remove, LDAP Server"},
	// panel/AccessControl.js, widget-toolkit window/AuthEditAD.js, window/AuthEditBase.js
	{op: "POST /config/access/ad", labels: "Add: Active Directory Server, Active Directory Server, Realm, Server, Fallback Server, Sync Options"},
	// widget-toolkit window/AuthEditAD.js, window/SyncWindow.js
	{op: "GET /config/access/ad/{realm}", labels: "Edit: Active Directory Server, Active Directory Server, Default Sync Options"},
	// widget-toolkit window/AuthEditAD.js
	{op: "PUT /config/access/ad/{realm}", labels: "Edit: Active Directory Server, Default Realm, Server, Fallback Server, Sync Options"},
	// widget-toolkit panel/AuthView.js
	{op: "DELETE /config/access/ad/{realm}", labels: "Realms, Remove, Active Directory Server"},
	// panel/AccessControl.js, widget-toolkit window/AuthEditOpenId.js
	{op: "POST /config/access/openid", labels: "Add: OpenID Connect Server, OpenID Connect Server, Issuer URL, Realm, Client ID, Client Key, Autocreate Users, Username Claim"},
	// widget-toolkit window/AuthEditOpenId.js
	{op: "GET /config/access/openid/{realm}", labels: "Edit: OpenID Connect Server, OpenID Connect Server"},
	// widget-toolkit window/AuthEditOpenId.js
	{op: "PUT /config/access/openid/{realm}", labels: "Edit: OpenID Connect Server, Issuer URL, Client ID, Client Key, Autocreate Users, Scopes, Prompt, ACR Values"},
	// widget-toolkit panel/AuthView.js
	{op: "DELETE /config/access/openid/{realm}", labels: "Realms, Remove, OpenID Connect Server"},
	// widget-toolkit window/AuthEditSimple.js, Schema.js
	{op: "GET /config/access/pam", labels: "Edit: Linux PAM, Linux PAM"},
	// widget-toolkit window/AuthEditSimple.js
	{op: "PUT /config/access/pam", labels: "Edit: Linux PAM, Default Realm, Comment"},
	// widget-toolkit window/AuthEditSimple.js, Utils.js
	{op: "GET /config/access/pbs", labels: "Edit: Proxmox Backup authentication server, Proxmox Backup authentication server"},
	// widget-toolkit window/AuthEditSimple.js, Utils.js
	{op: "PUT /config/access/pbs", labels: "Edit: Proxmox Backup authentication server, Default Realm, Comment"},
	// LoginView.js
	{op: "POST /access/openid/auth-url", labels: "Login (OpenID redirect)"},
	// LoginView.js
	{op: "POST /access/openid/login", labels: "OpenID login - please wait..."},

	// ---- Server status, subscription, shell ----

	// ServerStatus.js, panel/NodeInfo.js
	{op: "GET /nodes/{node}/status", labels: "Server Status, CPU usage, IO delay, RAM usage, Load average, SWAP usage, Kernel Version, Boot Mode"},
	// ServerStatus.js
	{op: "POST /nodes/{node}/status", labels: "Reboot, Shutdown"},
	// ServerStatus.js
	{op: "GET /nodes/{node}/rrd", labels: "CPU usage, Server load, Memory usage, Swap usage, Network traffic, Root Disk usage, IO wait, Load average"},
	// ServerStatus.js, NavigationTree.js, ServerAdministration.js, widget-toolkit Utils.js (task description)
	{op: "POST /nodes/{node}/termproxy", labels: "Shell, Console, Upgrade, Console (xterm.js)"},
	// ServerStatus.js, NavigationTree.js, panel/XtermJsConsole.js
	{op: "GET /nodes/{node}/vncwebsocket", labels: "Shell, Console"},
	// Subscription.js, Dashboard.js, widget-toolkit node/APTRepositories.js
	{op: "GET /nodes/{node}/subscription", labels: "Subscription, Subscription Key, Status, Server ID, Last checked, Next due date, Signed/Offline"},
	// Subscription.js
	{op: "PUT /nodes/{node}/subscription", labels: "Upload Subscription Key, Subscription Key"},
	// Subscription.js
	{op: "POST /nodes/{node}/subscription", labels: "Subscription, Check"},
	// Subscription.js
	{op: "DELETE /nodes/{node}/subscription", labels: "Remove Subscription"},
	// Subscription.js
	{op: "GET /nodes/{node}/report", labels: "System Report, Download"},
	// config/NodeOptionView.js, widget-toolkit panel/ACMEDomains.js, panel/NotesView.js
	{op: "GET /nodes/{node}/config", labels: "ACME, Domain, Usage, Plugin, Notes, HTTP proxy, Email from address, Default Language"},
	// config/NodeOptionView.js, widget-toolkit panel/ACMEDomains.js, window/ACMEDomains.js, panel/NotesView.js
	{op: "PUT /nodes/{node}/config", labels: "Create: Domain, Edit: Domain, Challenge Type, Using Account, HTTP proxy, Email from address, Default Language, Edit notes"},

	// ---- Disks (proxmox-backup www) ----

	// DirectoryList.js, panel/StorageAndDisks.js
	{op: "GET /nodes/{node}/disks/directory", labels: "Directory, Path, Device, Filesystem, Options, Unit File, No Mount-Units found"},
	// DirectoryList.js, window/CreateDirectory.js, Utils.js (task description)
	{op: "POST /nodes/{node}/disks/directory", labels: "Create: Directory, Disk, Filesystem, Name, Add as Datastore, Directory Storage"},
	// DirectoryList.js, Utils.js (task description)
	{op: "DELETE /nodes/{node}/disks/directory/{name}", labels: "Directory, More, Remove"},
	// ZFSList.js
	{op: "GET /nodes/{node}/disks/zfs", labels: "ZFS, Name, Size, Free, Allocated, Fragmentation, Health, Deduplication"},
	// ZFSList.js, window/ZFSCreate.js, Utils.js (task description)
	{op: "POST /nodes/{node}/disks/zfs", labels: "Create: ZFS, Name, RAID Level, Compression, ashift, Add as Datastore, ZFS Storage"},
	// ZFSList.js, widget-toolkit window/ZFSDetail.js
	{op: "GET /nodes/{node}/disks/zfs/{name}", labels: "Detail, Status, Health, Scan, Action, Errors, Devices"},

	// ---- Tape backup (proxmox-backup www/tape) ----

	// tape/DriveConfig.js, tape/ChangerStatus.js, tape/TapeManagement.js, tape/form/DriveSelector.js
	{op: "GET /tape/drive", labels: "Drives, Drive, Name, Path, Vendor, Model, Serial, Drive Number"},
	// tape/window/DriveEdit.js
	{op: "POST /config/drive", labels: "Add: Drive, Name, Changer, Drive Number, Path"},
	// tape/window/DriveEdit.js
	{op: "GET /config/drive/{name}", labels: "Edit: Drive"},
	// tape/window/DriveEdit.js
	{op: "PUT /config/drive/{name}", labels: "Edit: Drive, Changer, Drive Number, Path"},
	// tape/DriveConfig.js
	{op: "DELETE /config/drive/{name}", labels: "Drives, Remove"},
	// tape/form/TapeDevicePathSelector.js, tape/window/DriveEdit.js
	{op: "GET /tape/scan-drives", labels: "Path, Vendor, Model, Serial"},
	// tape/form/TapeDevicePathSelector.js, tape/window/ChangerEdit.js
	{op: "GET /tape/scan-changers", labels: "Path, Vendor, Model, Serial"},
	// tape/ChangerConfig.js, tape/TapeManagement.js, tape/form/ChangerSelector.js
	{op: "GET /tape/changer", labels: "Changers, Changer, Name, Path, Vendor, Model, Serial, Import/Export Slots"},
	// tape/window/ChangerEdit.js
	{op: "POST /config/changer", labels: "Add: Changer, Name, Path, Import-Export Slots"},
	// tape/window/ChangerEdit.js
	{op: "GET /config/changer/{name}", labels: "Edit: Changer"},
	// tape/window/ChangerEdit.js
	{op: "PUT /config/changer/{name}", labels: "Edit: Changer, Path, Import-Export Slots"},
	// tape/ChangerConfig.js
	{op: "DELETE /config/changer/{name}", labels: "Changers, Remove"},
	// tape/ChangerStatus.js
	{op: "GET /tape/changer/{name}/status", labels: "Changer, Slots, Drives, Import-Export Slots, ID, Content, Inventory, Actions"},
	// tape/ChangerStatus.js
	{op: "POST /tape/changer/{name}/transfer", labels: "Transfer, Import, From Slot, To Slot"},
	// tape/ChangerStatus.js, Utils.js (task description)
	{op: "POST /tape/drive/{drive}/load-media", labels: "Load, Load Media into Drive, Load Media, Media, Drive"},
	// tape/ChangerStatus.js
	{op: "POST /tape/drive/{drive}/load-slot", labels: "Load, Load Media into Drive, Source Slot, Drive"},
	// tape/ChangerStatus.js, Utils.js (task description)
	{op: "POST /tape/drive/{drive}/unload", labels: "Unload, Unload Media"},
	// tape/ChangerStatus.js, Utils.js (task description)
	{op: "POST /tape/drive/{drive}/barcode-label-media", labels: "Barcode Label, Barcode-Label Media, Drive, Pool"},
	// tape/ChangerStatus.js, Utils.js (task description)
	{op: "PUT /tape/drive/{drive}/inventory", labels: "Inventory, Restore Catalogs, Force all Tapes, Inventory Update"},
	// tape/window/LabelMedia.js, tape/DriveStatus.js, tape/ChangerStatus.js, Utils.js (task description)
	{op: "POST /tape/drive/{drive}/label-media", labels: "Label Media, Label, Media Pool, Drive"},
	// tape/DriveStatus.js, tape/ChangerStatus.js, Utils.js (task description)
	{op: "POST /tape/drive/{drive}/catalog", labels: "Catalog, Catalog Media"},
	// tape/DriveStatus.js, tape/ChangerStatus.js, tape/window/Erase.js, Utils.js (task description)
	{op: "POST /tape/drive/{drive}/format-media", labels: "Format, Format/Erase, Format media"},
	// tape/ChangerStatus.js
	{op: "PUT /tape/drive/{drive}/clean", labels: "Clean Drive"},
	// tape/DriveStatus.js, Utils.js (task description)
	{op: "POST /tape/drive/{drive}/eject-media", labels: "Eject, Eject Media"},
	// tape/DriveStatus.js, tape/ChangerStatus.js
	{op: "GET /tape/drive/{drive}/cartridge-memory", labels: "Cartridge Memory"},
	// tape/DriveStatus.js, tape/ChangerStatus.js
	{op: "GET /tape/drive/{drive}/volume-statistics", labels: "Volume Statistics"},
	// tape/DriveStatus.js, tape/ChangerStatus.js
	{op: "GET /tape/drive/{drive}/read-label", labels: "Read Label"},
	// tape/DriveStatus.js
	{op: "GET /tape/drive/{drive}/status", labels: "Status, Tape Density, Block Size, Write Protect, Compression, Drive Activity, Tape Position, Alert Flags"},
	// tape/EncryptionKeys.js
	{op: "POST /tape/drive/{drive}/restore-key", labels: "Restore Key, Drive, Password"},

	// tape/EncryptionKeys.js, tape/TapeManagement.js, tape/form/KeySelector.js
	{op: "GET /config/tape-encryption-keys", labels: "Encryption Keys, Encryption Key, Hint, Fingerprint, Created"},
	// tape/window/EncryptionEdit.js
	{op: "POST /config/tape-encryption-keys", labels: "Add: Encryption Key, Hint, Password, Confirm Password"},
	// tape/EncryptionKeys.js
	{op: "DELETE /config/tape-encryption-keys/{fingerprint}", labels: "Encryption Keys, Remove"},
	// tape/PoolConfig.js, tape/TapeManagement.js, tape/form/PoolSelector.js
	{op: "GET /config/media-pool", labels: "Media Pools, Media Pool, Name, Allocation Policy, Retention Policy, Encryption, Encryption Fingerprint, Comment"},
	// tape/window/PoolEdit.js
	{op: "POST /config/media-pool", labels: "Add: Media Pool, Name, Allocation Policy, Retention Policy, Encryption Key, Comment"},
	// tape/window/PoolEdit.js
	{op: "GET /config/media-pool/{name}", labels: "Edit: Media Pool"},
	// tape/window/PoolEdit.js
	{op: "PUT /config/media-pool/{name}", labels: "Edit: Media Pool, Allocation Policy, Retention Policy, Encryption Key, Comment"},
	// tape/PoolConfig.js
	{op: "DELETE /config/media-pool/{name}", labels: "Media Pools, Remove"},

	// tape/TapeInventory.js, tape/ChangerStatus.js, tape/BackupOverview.js
	{op: "GET /tape/media/list", labels: "Inventory, Label, Media-Set, Catalog, Location, Status, Bytes Used"},
	// tape/TapeInventory.js
	{op: "POST /tape/media/move", labels: "Set Location, Set Media Location, Vault, On-site"},
	// tape/TapeInventory.js
	{op: "POST /tape/media/list/{uuid}/status", labels: "Set Status, Set Media Status, Clear Status, Full, Damaged, Retired"},
	// tape/TapeInventory.js, tape/window/MediaRemoveWindow.js
	{op: "GET /tape/media/destroy", labels: "Remove, Remove Media, Force"},
	// tape/BackupOverview.js, tape/TapeManagement.js, tape/window/TapeRestore.js
	{op: "GET /tape/media/content", labels: "Content, Pool/Media-Set/Snapshot, Tapes, Seq. Nr., Media-Set UUID, Snapshot Selection"},
	// tape/window/TapeRestore.js
	{op: "GET /tape/media/media-sets", labels: "Media-Set, Media-Set UUID, Pool, Select Media-Set to restore"},
	// tape/BackupOverview.js, tape/window/TapeRestore.js, Utils.js (task description)
	{op: "POST /tape/restore", labels: "Restore, Restore Media-Set, Restore Snapshot(s), Target Datastore, Target Namespace, Datastore Mapping, Snapshot Selection, Tape Restore"},
	// tape/BackupOverview.js, tape/window/TapeBackup.js, Utils.js (task description)
	{op: "POST /tape/backup", labels: "New Backup, Tape Backup, Media Pool, Drive, Force new Media-Set, Export Media-Set, Eject Media, Max Depth"},
	// tape/BackupJobs.js, tape/TapeManagement.js
	{op: "GET /tape/backup", labels: "Tape Backup Jobs, Backup Jobs, Job ID, Media Pool, Drive, Latest Only, Last Backup, Next Media"},
	// tape/BackupJobs.js, Utils.js (task description)
	{op: "POST /tape/backup/{id}", labels: "Tape Backup Jobs, Run now, Tape Backup Job"},
	// tape/window/TapeBackupJob.js
	{op: "POST /config/tape-backup-job", labels: "Add: Tape Backup Job, Job ID, Local Datastore, Local Namespace, Media Pool, Drive, Latest Only, Group Filter"},
	// tape/window/TapeBackupJob.js
	{op: "GET /config/tape-backup-job/{id}", labels: "Edit: Tape Backup Job"},
	// tape/window/TapeBackupJob.js
	{op: "PUT /config/tape-backup-job/{id}", labels: "Edit: Tape Backup Job, Media Pool, Drive, Latest Only, Max. Depth, Comment, Group Filter"},
	// tape/BackupJobs.js
	{op: "DELETE /config/tape-backup-job/{id}", labels: "Tape Backup Jobs, Remove, Remove entry?"},

	// ---- Node panels shared by both products (proxmox-widget-toolkit src) ----

	// node/DNSView.js
	{op: "GET /nodes/{node}/dns", labels: "DNS, Search domain, DNS server 1, DNS server 2, DNS server 3"},
	// node/DNSEdit.js
	{op: "PUT /nodes/{node}/dns", labels: "Edit: DNS, DNS, Search domain, DNS server 1, DNS server 2, DNS server 3"},
	// node/TimeView.js
	{op: "GET /nodes/{node}/time", labels: "Time, Time zone, Server time"},
	// node/TimeEdit.js
	{op: "PUT /nodes/{node}/time", labels: "Edit: Time zone, Time zone"},

	// node/NetworkView.js, Utils.js
	{op: "GET /nodes/{node}/network", labels: "Network Interfaces, Name, Type, Active, Autostart, Ports/Slaves, IP address, Gateway"},
	// node/NetworkView.js, node/NetworkEdit.js, Utils.js
	{op: "POST /nodes/{node}/network", labels: "Create, Create: Linux Bridge, Create: Linux Bond, Create: Linux VLAN, Create: OVS Bridge, Bridge ports, Slaves, VLAN aware"},
	// node/NetworkView.js
	{op: "PUT /nodes/{node}/network", labels: "Apply Configuration, Pending changes"},
	// node/NetworkView.js
	{op: "DELETE /nodes/{node}/network", labels: "Revert, Pending changes"},
	// node/NetworkEdit.js
	{op: "GET /nodes/{node}/network/{iface}", labels: "Edit: Network Device, Edit: Linux Bridge, Edit: Linux Bond"},
	// node/NetworkView.js, node/NetworkEdit.js
	{op: "PUT /nodes/{node}/network/{iface}", labels: "Edit: Linux Bridge, Edit: Linux Bond, Autostart, VLAN aware, Bridge ports, Slaves, Hash policy, Gateway (IPv4)"},
	// node/NetworkView.js
	{op: "DELETE /nodes/{node}/network/{iface}", labels: "Network Interfaces, Remove"},

	// node/APT.js, ServerAdministration.js
	{op: "GET /nodes/{node}/apt/update", labels: "Updates, Package, Version, current, new, Description, No updates available."},
	// node/APT.js, Utils.js (task description)
	{op: "POST /nodes/{node}/apt/update", labels: "Updates, Refresh, Update package database"},
	// node/APT.js
	{op: "GET /nodes/{node}/apt/changelog", labels: "Changelog"},
	// node/APTRepositories.js, panel/NodeInfoRepoStatus.js, ServerAdministration.js
	{op: "GET /nodes/{node}/apt/repositories", labels: "Repositories, APT Repositories, Repository Status, Enabled, Types, URIs, Suites, Components"},
	// node/APTRepositories.js
	{op: "PUT /nodes/{node}/apt/repositories", labels: "APT Repositories, Add, Add: Repository, Repository"},
	// node/APTRepositories.js
	{op: "POST /nodes/{node}/apt/repositories", labels: "APT Repositories, Enable, Disable"},
	// window/PackageVersions.js, ServerStatus.js
	{op: "GET /nodes/{node}/apt/versions", labels: "Package versions, Copy"},

	// node/ServiceView.js, ServerAdministration.js
	{op: "GET /nodes/{node}/services", labels: "Services, Name, Status, Active, Unit, Description, Show only installed services"},
	// node/ServiceView.js, Utils.js (task description)
	{op: "POST /nodes/{node}/services/{service}/start", labels: "Services, Start"},
	// node/ServiceView.js, Utils.js (task description)
	{op: "POST /nodes/{node}/services/{service}/stop", labels: "Services, Stop"},
	// node/ServiceView.js, Utils.js (task description)
	{op: "POST /nodes/{node}/services/{service}/restart", labels: "Services, Restart"},
	// Utils.js (task description)
	{op: "POST /nodes/{node}/services/{service}/reload", labels: "Services, Reload"},
	// node/ServiceView.js, panel/LogView.js
	{op: "GET /nodes/{node}/syslog", labels: "Syslog, System Log, Service System Log, Live Mode, Select Timespan, Since, Until"},
	// panel/JournalView.js, node/ServiceView.js, ServerAdministration.js
	{op: "GET /nodes/{node}/journal", labels: "Syslog, System Log, Service System Log, Live Mode, Select Timespan, Minimum Priority, Unit, Identifier"},

	// node/Tasks.js, ServerAdministration.js, proxmox-backup button/TaskButton.js, dashboard/*.js
	{op: "GET /nodes/{node}/tasks", labels: "Tasks, Show All Tasks, Running Tasks, Longest Tasks, Task Summary, Task Type, Task Result, View Task"},
	// window/TaskViewer.js
	{op: "GET /nodes/{node}/tasks/{upid}/status", labels: "Task, Status, Task type, User name, Unique task ID, Start Time, End Time, Duration"},
	// window/TaskViewer.js, node/Tasks.js, proxmox-backup config/*View.js (Show Log)
	{op: "GET /nodes/{node}/tasks/{upid}/log", labels: "Output, Download, Show Log, View Task, Open Task"},
	// window/TaskViewer.js
	{op: "DELETE /nodes/{node}/tasks/{upid}", labels: "Task, Stop"},

	// panel/Certificates.js, window/Certificates.js, proxmox-backup config/CertificateView.js
	{op: "GET /nodes/{node}/certificates/info", labels: "Certificates, View Certificate, File, Issuer, Subject, Valid Since, Expires, Fingerprint"},
	// panel/Certificates.js, window/Certificates.js
	{op: "POST /nodes/{node}/certificates/custom", labels: "Upload Custom Certificate, Private Key (Optional), Certificate Chain, From File, Upload"},
	// panel/Certificates.js
	{op: "DELETE /nodes/{node}/certificates/custom", labels: "Delete Custom Certificate"},
	// panel/ACMEDomains.js, proxmox-backup Utils.js (task description)
	{op: "POST /nodes/{node}/certificates/acme/certificate", labels: "ACME, Order Certificates Now, Order Certificate"},
	// proxmox-backup Utils.js (task description)
	{op: "PUT /nodes/{node}/certificates/acme/certificate", labels: "Renew Certificate"},

	// panel/DiskList.js, proxmox-backup panel/StorageAndDisks.js
	{op: "GET /nodes/{node}/disks/list", labels: "Disks, Device, Type, Usage, Size, Model, Serial, Wearout"},
	// panel/DiskList.js, window/DiskSmart.js
	{op: "GET /nodes/{node}/disks/smart", labels: "Show S.M.A.R.T. values, S.M.A.R.T. Values, Attribute, Value, Normalized, Threshold, Worst, Failing"},
	// panel/DiskList.js, Utils.js (task description)
	{op: "POST /nodes/{node}/disks/initgpt", labels: "Initialize Disk with GPT"},
	// panel/DiskList.js, proxmox-backup Utils.js (task description)
	{op: "PUT /nodes/{node}/disks/wipedisk", labels: "Wipe Disk, All data on the device will be lost!"},

	// window/PasswordEdit.js, proxmox-backup config/UserView.js
	{op: "PUT /access/password", labels: "Change Password, Password, Your Current Password, New Password, Confirm New Password"},
	// window/TfaWindow.js, proxmox-backup LoginView.js
	{op: "POST /access/ticket", labels: "Login, User name, Password, Realm, Second login factor required, Confirm Second Factor"},
	// panel/PermissionView.js, proxmox-backup config/UserView.js, config/TokenView.js
	{op: "GET /access/permissions", labels: "Show Permissions, Granted Permissions, Path/Permission, Propagate"},

	// panel/TfaView.js, proxmox-backup panel/AccessControl.js
	{op: "GET /access/tfa", labels: "Two Factor Authentication, Second Factors, User, Enabled, TFA Type, Created, Description"},
	// panel/TfaView.js, window/AddTotp.js, window/AddWebauthn.js, window/AddYubico.js, window/AddTfaRecovery.js
	{op: "POST /access/tfa/{userid}", labels: "Add a TOTP login factor, Add a Webauthn login token, Add a Yubico OTP key, Add: TFA recovery keys, TOTP, WebAuthn, Recovery Keys, Yubico OTP"},
	// window/TfaEdit.js, window/AddTfaRecovery.js
	{op: "GET /access/tfa/{userid}/{id}", labels: "Modify a TFA entry's description, User already has recovery keys."},
	// window/TfaEdit.js
	{op: "PUT /access/tfa/{userid}/{id}", labels: "Modify a TFA entry's description, Description, Enabled"},
	// panel/TfaView.js, window/TfaEdit.js
	{op: "DELETE /access/tfa/{userid}/{id}", labels: "Second Factors, Remove, Confirm TFA Removal"},

	// panel/AuthView.js, form/RealmComboBox.js, proxmox-backup panel/AccessControl.js
	{op: "GET /access/domains", labels: "Realms, Realm, Type, Default, Comment"},
	// panel/AuthView.js, window/SyncWindow.js, proxmox-backup Utils.js (task description)
	{op: "POST /access/domains/{realm}/sync", labels: "Sync, Realm Sync, Preview, Enable new, Remove Vanished Options, User Sync"},
	// panel/AuthView.js, window/AuthEditLDAP.js, window/AuthEditAD.js, window/AuthEditOpenId.js (the PVE realm calls)
	{op: "POST /access/domains", labels: "Add: LDAP Server, Add: Active Directory Server, Add: OpenID Connect Server, Realm, Default Realm, Base Domain Name, Server, Issuer URL"},
	// window/AuthEditBase.js, window/SyncWindow.js
	{op: "GET /access/domains/{realm}", labels: "Edit: LDAP Server, Edit: Active Directory Server, Edit: OpenID Connect Server, Edit: Linux PAM, Default Sync Options"},
	// window/AuthEditBase.js, window/AuthEditLDAP.js, window/AuthEditSimple.js
	{op: "PUT /access/domains/{realm}", labels: "Edit: LDAP Server, Edit: Active Directory Server, Edit: OpenID Connect Server, Edit: Linux PAM, Default Realm, Sync Options, Remove Vanished Options"},
	// panel/AuthView.js
	{op: "DELETE /access/domains/{realm}", labels: "Realm, Remove"},

	// panel/NotesView.js, window/NotesEdit.js (the PVE datacenter and guest notes)
	{op: "GET /cluster/options", labels: "Notes"},
	{op: "PUT /cluster/options", labels: "Notes, Edit notes"},
	{op: "GET /nodes/{node}/qemu/{vmid}/config", labels: "Notes"},
	{op: "PUT /nodes/{node}/qemu/{vmid}/config", labels: "Notes, Edit notes"},
	{op: "GET /nodes/{node}/lxc/{vmid}/config", labels: "Notes"},
	{op: "PUT /nodes/{node}/lxc/{vmid}/config", labels: "Notes, Edit notes"},

	// ---- ACME accounts and plugins (PBS /config/acme, PVE /cluster/acme) ----

	// panel/ACMEAccount.js, panel/ACMEDomains.js, proxmox-backup config/CertificateView.js
	{op: "GET /config/acme/account", labels: "ACME Accounts, Accounts, Name, Using Account, No Accounts configured"},
	{op: "GET /cluster/acme/account", labels: "ACME Accounts, Accounts, Name, Using Account, No Accounts configured"},
	// window/ACMEAccount.js, panel/ACMEDomains.js
	{op: "POST /config/acme/account", labels: "Register Account, Add ACME Account, Account Name, E-Mail, ACME Directory, Accept TOS, Register"},
	{op: "POST /cluster/acme/account", labels: "Register Account, Add ACME Account, Account Name, E-Mail, ACME Directory, Accept TOS, Register"},
	// panel/ACMEAccount.js, window/ACMEAccount.js
	{op: "GET /config/acme/account/{name}", labels: "View, Account, E-Mail, Created, Status, Directory, Terms of Services"},
	{op: "GET /cluster/acme/account/{name}", labels: "View, Account, E-Mail, Created, Status, Directory, Terms of Services"},
	// panel/ACMEAccount.js, proxmox-backup Utils.js (task description)
	{op: "DELETE /config/acme/account/{name}", labels: "Accounts, Remove, Deactivate ACME Account"},
	{op: "DELETE /cluster/acme/account/{name}", labels: "Accounts, Remove"},
	// window/ACMEAccount.js
	{op: "GET /config/acme/tos", labels: "Terms of Services, Accept TOS"},
	{op: "GET /cluster/acme/tos", labels: "Terms of Services, Accept TOS"},
	// window/ACMEAccount.js
	{op: "GET /config/acme/directories", labels: "ACME Directory"},
	{op: "GET /cluster/acme/directories", labels: "ACME Directory"},
	// panel/ACMEPlugin.js, window/ACMEDomains.js
	{op: "GET /config/acme/plugins", labels: "Challenge Plugins, Plugin, No Plugins configured"},
	{op: "GET /cluster/acme/plugins", labels: "Challenge Plugins, Plugin, No Plugins configured"},
	// window/ACMEPluginEdit.js
	{op: "POST /config/acme/plugins", labels: "Add: ACME DNS Plugin, Plugin ID, Validation Delay, API Data, Hint"},
	{op: "POST /cluster/acme/plugins", labels: "Add: ACME DNS Plugin, Plugin ID, Validation Delay, API Data, Hint"},
	// window/ACMEPluginEdit.js
	{op: "GET /config/acme/plugins/{id}", labels: "Edit: ACME DNS Plugin"},
	{op: "GET /cluster/acme/plugins/{id}", labels: "Edit: ACME DNS Plugin"},
	// window/ACMEPluginEdit.js
	{op: "PUT /config/acme/plugins/{id}", labels: "Edit: ACME DNS Plugin, Validation Delay, API Data, Hint"},
	{op: "PUT /cluster/acme/plugins/{id}", labels: "Edit: ACME DNS Plugin, Validation Delay, API Data, Hint"},
	// panel/ACMEPlugin.js
	{op: "DELETE /config/acme/plugins/{id}", labels: "Challenge Plugins, Remove"},
	{op: "DELETE /cluster/acme/plugins/{id}", labels: "Challenge Plugins, Remove"},
	// window/ACMEPluginEdit.js
	{op: "GET /config/acme/challenge-schema", labels: "ACME DNS Plugin, API Data"},
	{op: "GET /cluster/acme/challenge-schema", labels: "ACME DNS Plugin, API Data"},

	// ---- Notifications (PBS /config/notifications, PVE /cluster/notifications) ----

	// panel/NotificationConfigView.js
	{op: "GET /config/notifications/targets", labels: "Notification Targets, Target Name, Type, Comment, Origin, Enable, Targets to notify"},
	{op: "GET /cluster/notifications/targets", labels: "Notification Targets, Target Name, Type, Comment, Origin, Enable, Targets to notify"},
	// panel/NotificationConfigView.js
	{op: "POST /config/notifications/targets/{name}/test", labels: "Test, Notification Target Test"},
	{op: "POST /cluster/notifications/targets/{name}/test", labels: "Test, Notification Target Test"},
	// panel/NotificationConfigView.js
	{op: "GET /config/notifications/matchers", labels: "Notification Matchers, Matcher Name, Comment, Origin, Enable"},
	{op: "GET /cluster/notifications/matchers", labels: "Notification Matchers, Matcher Name, Comment, Origin, Enable"},
	// window/NotificationMatcherEdit.js
	{op: "POST /config/notifications/matchers", labels: "Add: Notification Matcher, Matcher Name, Match Rules, Targets to notify, Match if, Match Severity, Match Field, Match Calendar"},
	{op: "POST /cluster/notifications/matchers", labels: "Add: Notification Matcher, Matcher Name, Match Rules, Targets to notify, Match if, Match Severity, Match Field, Match Calendar"},
	// window/NotificationMatcherEdit.js
	{op: "GET /config/notifications/matchers/{name}", labels: "Edit: Notification Matcher"},
	{op: "GET /cluster/notifications/matchers/{name}", labels: "Edit: Notification Matcher"},
	// panel/NotificationConfigView.js, window/NotificationMatcherEdit.js
	{op: "PUT /config/notifications/matchers/{name}", labels: "Modify, Edit: Notification Matcher, Match Rules, Targets to notify, Severities to match, Timespan to match"},
	{op: "PUT /cluster/notifications/matchers/{name}", labels: "Modify, Edit: Notification Matcher, Match Rules, Targets to notify, Severities to match, Timespan to match"},
	// panel/NotificationConfigView.js
	{op: "DELETE /config/notifications/matchers/{name}", labels: "Notification Matchers, Remove, Reset"},
	{op: "DELETE /cluster/notifications/matchers/{name}", labels: "Notification Matchers, Remove, Reset"},
	// window/NotificationMatcherEdit.js
	{op: "GET /config/notifications/matcher-fields", labels: "Match Field, Field, Field Name"},
	{op: "GET /cluster/notifications/matcher-fields", labels: "Match Field, Field, Field Name"},
	// window/NotificationMatcherEdit.js
	{op: "GET /config/notifications/matcher-field-values", labels: "Match Field, Value"},
	{op: "GET /cluster/notifications/matcher-field-values", labels: "Match Field, Value"},

	// window/EndpointEditBase.js, panel/SendmailEditPanel.js, panel/EmailRecipientPanel.js
	{op: "POST /config/notifications/endpoints/sendmail", labels: "Add: Sendmail, Sendmail, Endpoint Name, Recipient(s), Additional Recipient(s), Author, From Address"},
	{op: "POST /cluster/notifications/endpoints/sendmail", labels: "Add: Sendmail, Sendmail, Endpoint Name, Recipient(s), Additional Recipient(s), Author, From Address"},
	// window/EndpointEditBase.js
	{op: "GET /config/notifications/endpoints/sendmail/{name}", labels: "Edit: Sendmail, Sendmail"},
	{op: "GET /cluster/notifications/endpoints/sendmail/{name}", labels: "Edit: Sendmail, Sendmail"},
	// panel/NotificationConfigView.js, window/EndpointEditBase.js, panel/SendmailEditPanel.js
	{op: "PUT /config/notifications/endpoints/sendmail/{name}", labels: "Modify, Edit: Sendmail, Recipient(s), Additional Recipient(s), Author, From Address, Enable"},
	{op: "PUT /cluster/notifications/endpoints/sendmail/{name}", labels: "Modify, Edit: Sendmail, Recipient(s), Additional Recipient(s), Author, From Address, Enable"},
	// panel/NotificationConfigView.js
	{op: "DELETE /config/notifications/endpoints/sendmail/{name}", labels: "Notification Targets, Remove, Sendmail"},
	{op: "DELETE /cluster/notifications/endpoints/sendmail/{name}", labels: "Notification Targets, Remove, Sendmail"},
	// window/EndpointEditBase.js, panel/SmtpEditPanel.js
	{op: "POST /config/notifications/endpoints/smtp", labels: "Add: SMTP, SMTP, Endpoint Name, Server, Encryption, Port, Authenticate, From Address"},
	{op: "POST /cluster/notifications/endpoints/smtp", labels: "Add: SMTP, SMTP, Endpoint Name, Server, Encryption, Port, Authenticate, From Address"},
	// window/EndpointEditBase.js
	{op: "GET /config/notifications/endpoints/smtp/{name}", labels: "Edit: SMTP, SMTP"},
	{op: "GET /cluster/notifications/endpoints/smtp/{name}", labels: "Edit: SMTP, SMTP"},
	// panel/NotificationConfigView.js, window/EndpointEditBase.js, panel/SmtpEditPanel.js
	{op: "PUT /config/notifications/endpoints/smtp/{name}", labels: "Modify, Edit: SMTP, Server, Encryption, Port, Username, Password, From Address"},
	{op: "PUT /cluster/notifications/endpoints/smtp/{name}", labels: "Modify, Edit: SMTP, Server, Encryption, Port, Username, Password, From Address"},
	// panel/NotificationConfigView.js
	{op: "DELETE /config/notifications/endpoints/smtp/{name}", labels: "Notification Targets, Remove, SMTP"},
	{op: "DELETE /cluster/notifications/endpoints/smtp/{name}", labels: "Notification Targets, Remove, SMTP"},
	// window/EndpointEditBase.js, panel/GotifyEditPanel.js
	{op: "POST /config/notifications/endpoints/gotify", labels: "Add: Gotify, Gotify, Endpoint Name, Server URL, API Token"},
	{op: "POST /cluster/notifications/endpoints/gotify", labels: "Add: Gotify, Gotify, Endpoint Name, Server URL, API Token"},
	// window/EndpointEditBase.js
	{op: "GET /config/notifications/endpoints/gotify/{name}", labels: "Edit: Gotify, Gotify"},
	{op: "GET /cluster/notifications/endpoints/gotify/{name}", labels: "Edit: Gotify, Gotify"},
	// panel/NotificationConfigView.js, window/EndpointEditBase.js, panel/GotifyEditPanel.js
	{op: "PUT /config/notifications/endpoints/gotify/{name}", labels: "Modify, Edit: Gotify, Server URL, API Token, Enable, Comment"},
	{op: "PUT /cluster/notifications/endpoints/gotify/{name}", labels: "Modify, Edit: Gotify, Server URL, API Token, Enable, Comment"},
	// panel/NotificationConfigView.js
	{op: "DELETE /config/notifications/endpoints/gotify/{name}", labels: "Notification Targets, Remove, Gotify"},
	{op: "DELETE /cluster/notifications/endpoints/gotify/{name}", labels: "Notification Targets, Remove, Gotify"},
	// window/EndpointEditBase.js, panel/WebhookEditPanel.js
	{op: "POST /config/notifications/endpoints/webhook", labels: "Add: Webhook, Webhook, Endpoint Name, Method/URL, Headers, Body, Secrets, Add Header"},
	{op: "POST /cluster/notifications/endpoints/webhook", labels: "Add: Webhook, Webhook, Endpoint Name, Method/URL, Headers, Body, Secrets, Add Header"},
	// window/EndpointEditBase.js
	{op: "GET /config/notifications/endpoints/webhook/{name}", labels: "Edit: Webhook, Webhook"},
	{op: "GET /cluster/notifications/endpoints/webhook/{name}", labels: "Edit: Webhook, Webhook"},
	// panel/NotificationConfigView.js, window/EndpointEditBase.js, panel/WebhookEditPanel.js
	{op: "PUT /config/notifications/endpoints/webhook/{name}", labels: "Modify, Edit: Webhook, Method/URL, Headers, Body, Secrets, Add Secret, Enable"},
	{op: "PUT /cluster/notifications/endpoints/webhook/{name}", labels: "Modify, Edit: Webhook, Method/URL, Headers, Body, Secrets, Add Secret, Enable"},
	// panel/NotificationConfigView.js
	{op: "DELETE /config/notifications/endpoints/webhook/{name}", labels: "Notification Targets, Remove, Webhook"},
	{op: "DELETE /cluster/notifications/endpoints/webhook/{name}", labels: "Notification Targets, Remove, Webhook"},
}
