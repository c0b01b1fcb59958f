package search

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Admins paste Proxmox command lines ("qm monitor 132", "pvecm delnode
// pve4", "proxmox-tape media list"). Each subcommand of those tools is a
// thin front for one API handler, so the command line names an operation
// as exactly as an API path does: its operations are pinned first, like
// a path's (see path.go). Read as a bag of words the same request often
// misses: "pvecm add" says nothing of joining, "pct enter" nothing of a
// terminal.
//
// The table says which operations each subcommand calls, taken from the
// tools' own command definitions. A subcommand that does its work locally
// maps to the API operation that serves the same purpose where one
// clearly does (a console to termproxy, "pvecm nodes" to the cluster's
// node list); one without such an operation is left out, and so is one
// whose operation the catalog does not have. pvesh is not in the table:
// it takes an API path, which path.go reads.

// cliCommand is one subcommand and the operations it calls, in the order
// they are pinned.
type cliCommand struct {
	// words are the subcommand's words after the tool name; alternatives
	// (aliases the tool defines) are separated by ", ". Empty for a tool
	// that is one command (vzdump, qmrestore).
	words string
	ops   []string // "METHOD /path"
}

// cliTool is a command-line tool and its subcommands.
type cliTool struct {
	name     string
	product  catalog.Product
	commands []cliCommand
}

// cliOps builds a row's operation list.
func cliOps(o ...string) []string { return o }

var cliTable = []cliTool{
	// proxmox/qemu-server src/PVE/CLI/qm.pm
	{"qm", catalog.PVE, []cliCommand{
		{"list", cliOps("GET /nodes/{node}/qemu")},
		{"create", cliOps("POST /nodes/{node}/qemu")},
		{"destroy", cliOps("DELETE /nodes/{node}/qemu/{vmid}")},
		{"clone", cliOps("POST /nodes/{node}/qemu/{vmid}/clone")},
		{"migrate", cliOps("POST /nodes/{node}/qemu/{vmid}/migrate")},
		// The CLI wraps the API's remote migration.
		{"remote-migrate", cliOps("POST /nodes/{node}/qemu/{vmid}/remote_migrate")},
		{"set", cliOps("PUT /nodes/{node}/qemu/{vmid}/config")},
		{"config", cliOps("GET /nodes/{node}/qemu/{vmid}/config")},
		{"pending", cliOps("GET /nodes/{node}/qemu/{vmid}/pending")},
		// Local: the API's current status says the same.
		{"status", cliOps("GET /nodes/{node}/qemu/{vmid}/status/current")},
		{"snapshot", cliOps("POST /nodes/{node}/qemu/{vmid}/snapshot")},
		{"delsnapshot", cliOps("DELETE /nodes/{node}/qemu/{vmid}/snapshot/{snapname}")},
		{"listsnapshot", cliOps("GET /nodes/{node}/qemu/{vmid}/snapshot")},
		{"rollback", cliOps("POST /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback")},
		{"template", cliOps("POST /nodes/{node}/qemu/{vmid}/template")},
		{"start", cliOps("POST /nodes/{node}/qemu/{vmid}/status/start")},
		{"stop", cliOps("POST /nodes/{node}/qemu/{vmid}/status/stop")},
		{"reset", cliOps("POST /nodes/{node}/qemu/{vmid}/status/reset")},
		{"shutdown", cliOps("POST /nodes/{node}/qemu/{vmid}/status/shutdown")},
		{"reboot", cliOps("POST /nodes/{node}/qemu/{vmid}/status/reboot")},
		{"suspend", cliOps("POST /nodes/{node}/qemu/{vmid}/status/suspend")},
		{"resume", cliOps("POST /nodes/{node}/qemu/{vmid}/status/resume")},
		{"sendkey", cliOps("PUT /nodes/{node}/qemu/{vmid}/sendkey")},
		// Local, as are the console and monitor below: the API's
		// operations open the same.
		{"vncproxy", cliOps("POST /nodes/{node}/qemu/{vmid}/vncproxy")},
		{"terminal", cliOps("POST /nodes/{node}/qemu/{vmid}/termproxy")},
		{"monitor", cliOps("POST /nodes/{node}/qemu/{vmid}/monitor")},
		{"disk move, move-disk, move_disk", cliOps("POST /nodes/{node}/qemu/{vmid}/move_disk")},
		{"disk resize, resize", cliOps("PUT /nodes/{node}/qemu/{vmid}/resize")},
		{"disk unlink, unlink", cliOps("PUT /nodes/{node}/qemu/{vmid}/unlink")},
		{"guest cmd, agent", cliOps("POST /nodes/{node}/qemu/{vmid}/agent")},
		{"guest passwd", cliOps("POST /nodes/{node}/qemu/{vmid}/agent/set-user-password")},
		// Local: runs the agent's exec through the API handler.
		{"guest exec", cliOps("POST /nodes/{node}/qemu/{vmid}/agent/exec")},
		{"guest exec-status", cliOps("GET /nodes/{node}/qemu/{vmid}/agent/exec-status")},
		{"cloudinit dump", cliOps("GET /nodes/{node}/qemu/{vmid}/cloudinit/dump")},
		{"cloudinit pending", cliOps("GET /nodes/{node}/qemu/{vmid}/cloudinit")},
		{"cloudinit update", cliOps("PUT /nodes/{node}/qemu/{vmid}/cloudinit")},
	}},
	// proxmox/qemu-server src/PVE/CLI/qmrestore.pm: creates the VM from
	// the archive.
	{"qmrestore", catalog.PVE, []cliCommand{
		{"", cliOps("POST /nodes/{node}/qemu")},
	}},
	// proxmox/pve-container src/PVE/CLI/pct.pm
	{"pct", catalog.PVE, []cliCommand{
		{"list", cliOps("GET /nodes/{node}/lxc")},
		{"config", cliOps("GET /nodes/{node}/lxc/{vmid}/config")},
		{"pending", cliOps("GET /nodes/{node}/lxc/{vmid}/pending")},
		{"set", cliOps("PUT /nodes/{node}/lxc/{vmid}/config")},
		{"resize", cliOps("PUT /nodes/{node}/lxc/{vmid}/resize")},
		{"create", cliOps("POST /nodes/{node}/lxc")},
		{"restore", cliOps("POST /nodes/{node}/lxc")}, // create with restore set
		{"destroy", cliOps("DELETE /nodes/{node}/lxc/{vmid}")},
		{"start", cliOps("POST /nodes/{node}/lxc/{vmid}/status/start")},
		{"suspend", cliOps("POST /nodes/{node}/lxc/{vmid}/status/suspend")},
		{"resume", cliOps("POST /nodes/{node}/lxc/{vmid}/status/resume")},
		{"shutdown", cliOps("POST /nodes/{node}/lxc/{vmid}/status/shutdown")},
		{"stop", cliOps("POST /nodes/{node}/lxc/{vmid}/status/stop")},
		{"reboot", cliOps("POST /nodes/{node}/lxc/{vmid}/status/reboot")},
		{"clone", cliOps("POST /nodes/{node}/lxc/{vmid}/clone")},
		{"migrate", cliOps("POST /nodes/{node}/lxc/{vmid}/migrate")},
		{"move-volume, move_volume", cliOps("POST /nodes/{node}/lxc/{vmid}/move_volume")},
		{"remote-migrate", cliOps("POST /nodes/{node}/lxc/{vmid}/remote_migrate")},
		{"snapshot", cliOps("POST /nodes/{node}/lxc/{vmid}/snapshot")},
		{"delsnapshot", cliOps("DELETE /nodes/{node}/lxc/{vmid}/snapshot/{snapname}")},
		{"listsnapshot", cliOps("GET /nodes/{node}/lxc/{vmid}/snapshot")},
		{"rollback", cliOps("POST /nodes/{node}/lxc/{vmid}/snapshot/{snapname}/rollback")},
		{"template", cliOps("POST /nodes/{node}/lxc/{vmid}/template")},
		// Local: the API's current status says the same.
		{"status", cliOps("GET /nodes/{node}/lxc/{vmid}/status/current")},
		// Local shells into the container: through the API, a terminal.
		{"console, enter", cliOps("POST /nodes/{node}/lxc/{vmid}/termproxy")},
	}},
	// proxmox/pve-cluster src/PVE/CLI/pvecm.pm
	{"pvecm", catalog.PVE, []cliCommand{
		{"apiver", cliOps("GET /cluster/config/apiversion")},
		{"create", cliOps("POST /cluster/config")},
		// Local: joins this node through the cluster's join API; the
		// API's join does the same from this node.
		{"add", cliOps("POST /cluster/config/join")},
		{"addnode", cliOps("POST /cluster/config/nodes/{node}")},
		{"delnode", cliOps("DELETE /cluster/config/nodes/{node}")},
		// Local: read corosync; the API's cluster status and node list
		// say the same.
		{"status", cliOps("GET /cluster/status")},
		{"nodes", cliOps("GET /cluster/config/nodes")},
	}},
	// proxmox/pve-storage src/PVE/CLI/pvesm.pm
	{"pvesm", catalog.PVE, []cliCommand{
		{"add", cliOps("POST /storage")},
		{"set", cliOps("PUT /storage/{storage}")},
		{"remove", cliOps("DELETE /storage/{storage}")},
		{"status", cliOps("GET /nodes/{node}/storage")},
		{"list", cliOps("GET /nodes/{node}/storage/{storage}/content")},
		{"alloc", cliOps("POST /nodes/{node}/storage/{storage}/content")},
		{"free", cliOps("DELETE /nodes/{node}/storage/{storage}/content/{volume}")},
		{"scan nfs, nfsscan", cliOps("GET /nodes/{node}/scan/nfs")},
		{"scan cifs, cifsscan", cliOps("GET /nodes/{node}/scan/cifs")},
		{"scan iscsi, iscsiscan", cliOps("GET /nodes/{node}/scan/iscsi")},
		{"scan lvm, lvmscan", cliOps("GET /nodes/{node}/scan/lvm")},
		{"scan lvmthin, lvmthinscan", cliOps("GET /nodes/{node}/scan/lvmthin")},
		{"scan pbs", cliOps("GET /nodes/{node}/scan/pbs")},
		{"scan zfs, zfsscan", cliOps("GET /nodes/{node}/scan/zfs")},
		// Prunes, or with --dry-run lists what it would prune.
		{"prune-backups", cliOps("DELETE /nodes/{node}/storage/{storage}/prunebackups", "GET /nodes/{node}/storage/{storage}/prunebackups")},
		// Local: the API extracts a backup's configuration the same way.
		{"extractconfig", cliOps("GET /nodes/{node}/vzdump/extractconfig")},
	}},
	// proxmox/pve-access-control src/PVE/CLI/pveum.pm
	{"pveum", catalog.PVE, []cliCommand{
		{"user add, useradd", cliOps("POST /access/users")},
		{"user modify, usermod", cliOps("PUT /access/users/{userid}")},
		{"user delete, userdel", cliOps("DELETE /access/users/{userid}")},
		{"user list", cliOps("GET /access/users")},
		{"user permissions", cliOps("GET /access/permissions")},
		// Local: the API's TFA operations do the same.
		{"user tfa delete", cliOps("DELETE /access/tfa/{userid}/{id}")},
		{"user tfa list", cliOps("GET /access/tfa/{userid}", "GET /access/tfa")},
		{"user tfa unlock", cliOps("PUT /access/users/{userid}/unlock-tfa")},
		{"user token add", cliOps("POST /access/users/{userid}/token/{tokenid}")},
		{"user token modify", cliOps("PUT /access/users/{userid}/token/{tokenid}")},
		{"user token delete, user token remove", cliOps("DELETE /access/users/{userid}/token/{tokenid}")},
		{"user token list", cliOps("GET /access/users/{userid}/token")},
		// Local: the permissions of a token are read with its id.
		{"user token permissions", cliOps("GET /access/permissions")},
		{"group add, groupadd", cliOps("POST /access/groups")},
		{"group modify, groupmod", cliOps("PUT /access/groups/{groupid}")},
		{"group delete, groupdel", cliOps("DELETE /access/groups/{groupid}")},
		{"group list", cliOps("GET /access/groups")},
		{"role add, roleadd", cliOps("POST /access/roles")},
		{"role modify, rolemod", cliOps("PUT /access/roles/{roleid}")},
		{"role delete, roledel", cliOps("DELETE /access/roles/{roleid}")},
		{"role list", cliOps("GET /access/roles")},
		// Both update the ACL; delete sets its delete flag.
		{"acl modify, aclmod, acl delete, acldel", cliOps("PUT /access/acl")},
		{"acl list", cliOps("GET /access/acl")},
		{"realm add", cliOps("POST /access/domains")},
		{"realm modify", cliOps("PUT /access/domains/{realm}")},
		{"realm delete", cliOps("DELETE /access/domains/{realm}")},
		{"realm list", cliOps("GET /access/domains")},
		{"realm sync", cliOps("POST /access/domains/{realm}/sync")},
		{"ticket", cliOps("POST /access/ticket")},
		{"passwd", cliOps("PUT /access/password")},
		// The pool commands call pve-manager's pool API.
		{"pool add", cliOps("POST /pools")},
		{"pool modify", cliOps("PUT /pools")},
		{"pool delete", cliOps("DELETE /pools")},
		{"pool list", cliOps("GET /pools")},
	}},
	// proxmox/pve-ha-manager src/PVE/CLI/ha_manager.pm ("crm-command
	// arm-ha"/"disarm-ha" call operations the catalog does not have yet;
	// node-maintenance has no API operation).
	{"ha-manager", catalog.PVE, []cliCommand{
		// Reads the current status, with --verbose also the manager's.
		{"status", cliOps("GET /cluster/ha/status/current", "GET /cluster/ha/status/manager_status")},
		{"config", cliOps("GET /cluster/ha/resources")},
		{"add", cliOps("POST /cluster/ha/resources")},
		{"remove", cliOps("DELETE /cluster/ha/resources/{sid}")},
		{"set", cliOps("PUT /cluster/ha/resources/{sid}")},
		{"migrate, crm-command migrate", cliOps("POST /cluster/ha/resources/{sid}/migrate")},
		{"relocate, crm-command relocate", cliOps("POST /cluster/ha/resources/{sid}/relocate")},
		// Local: queues a stop; through the API, the resource's
		// requested state is set to stopped.
		{"crm-command stop", cliOps("PUT /cluster/ha/resources/{sid}")},
		{"groupconfig", cliOps("GET /cluster/ha/groups")},
		{"groupadd", cliOps("POST /cluster/ha/groups")},
		{"groupremove", cliOps("DELETE /cluster/ha/groups/{group}")},
		{"groupset", cliOps("PUT /cluster/ha/groups/{group}")},
		{"rules list, rules config", cliOps("GET /cluster/ha/rules")},
		{"rules add", cliOps("POST /cluster/ha/rules")},
		{"rules remove", cliOps("DELETE /cluster/ha/rules/{rule}")},
		{"rules set", cliOps("PUT /cluster/ha/rules/{rule}")},
	}},
	// proxmox/pve-manager PVE/CLI/pveceph.pm ("fs destroy" calls an
	// operation the catalog does not have yet).
	{"pveceph", catalog.PVE, []cliCommand{
		{"init", cliOps("POST /nodes/{node}/ceph/init")},
		{"pool ls, lspools", cliOps("GET /nodes/{node}/ceph/pool")},
		{"pool create, createpool", cliOps("POST /nodes/{node}/ceph/pool")},
		{"pool destroy, destroypool", cliOps("DELETE /nodes/{node}/ceph/pool/{name}")},
		{"pool set", cliOps("PUT /nodes/{node}/ceph/pool/{name}")},
		{"pool get", cliOps("GET /nodes/{node}/ceph/pool/{name}/status")},
		{"fs create", cliOps("POST /nodes/{node}/ceph/fs/{name}")},
		{"osd create, createosd", cliOps("POST /nodes/{node}/ceph/osd")},
		{"osd destroy, destroyosd", cliOps("DELETE /nodes/{node}/ceph/osd/{osdid}")},
		// Local: the API's OSD metadata and volume info say the same.
		{"osd details", cliOps("GET /nodes/{node}/ceph/osd/{osdid}/metadata", "GET /nodes/{node}/ceph/osd/{osdid}/lv-info")},
		{"mon create, createmon", cliOps("POST /nodes/{node}/ceph/mon/{monid}")},
		{"mon destroy, destroymon", cliOps("DELETE /nodes/{node}/ceph/mon/{monid}")},
		{"mgr create, createmgr", cliOps("POST /nodes/{node}/ceph/mgr/{id}")},
		{"mgr destroy, destroymgr", cliOps("DELETE /nodes/{node}/ceph/mgr/{id}")},
		{"mds create", cliOps("POST /nodes/{node}/ceph/mds/{name}")},
		{"mds destroy", cliOps("DELETE /nodes/{node}/ceph/mds/{name}")},
		{"start", cliOps("POST /nodes/{node}/ceph/start")},
		{"stop", cliOps("POST /nodes/{node}/ceph/stop")},
		// Local: asks ceph directly; the API's Ceph status says the same.
		{"status", cliOps("GET /nodes/{node}/ceph/status", "GET /cluster/ceph/status")},
	}},
	// proxmox/pve-manager PVE/CLI/pvenode.pm
	{"pvenode", catalog.PVE, []cliCommand{
		{"config get", cliOps("GET /nodes/{node}/config")},
		{"config set", cliOps("PUT /nodes/{node}/config")},
		{"startall", cliOps("POST /nodes/{node}/startall")},
		{"stopall", cliOps("POST /nodes/{node}/stopall")},
		{"migrateall", cliOps("POST /nodes/{node}/migrateall")},
		{"cert info", cliOps("GET /nodes/{node}/certificates/info")},
		{"cert set", cliOps("POST /nodes/{node}/certificates/custom")},
		{"cert delete", cliOps("DELETE /nodes/{node}/certificates/custom")},
		{"task list", cliOps("GET /nodes/{node}/tasks")},
		{"task status", cliOps("GET /nodes/{node}/tasks/{upid}/status")},
		{"task log", cliOps("GET /nodes/{node}/tasks/{upid}/log")},
		{"acme account list", cliOps("GET /cluster/acme/account")},
		// Local: asks for the terms of service, then registers.
		{"acme account register", cliOps("POST /cluster/acme/account")},
		{"acme account deactivate", cliOps("DELETE /cluster/acme/account/{name}")},
		{"acme account info", cliOps("GET /cluster/acme/account/{name}")},
		{"acme account update", cliOps("PUT /cluster/acme/account/{name}")},
		{"acme cert order", cliOps("POST /nodes/{node}/certificates/acme/certificate")},
		{"acme cert renew", cliOps("PUT /nodes/{node}/certificates/acme/certificate")},
		{"acme cert revoke", cliOps("DELETE /nodes/{node}/certificates/acme/certificate")},
		{"acme plugin list", cliOps("GET /cluster/acme/plugins")},
		{"acme plugin config", cliOps("GET /cluster/acme/plugins/{id}")},
		{"acme plugin add", cliOps("POST /cluster/acme/plugins")},
		{"acme plugin set", cliOps("PUT /cluster/acme/plugins/{id}")},
		{"acme plugin remove", cliOps("DELETE /cluster/acme/plugins/{id}")},
		{"wakeonlan", cliOps("POST /nodes/{node}/wakeonlan")},
	}},
	// proxmox/pve-manager PVE/CLI/pvesr.pm
	{"pvesr", catalog.PVE, []cliCommand{
		{"status", cliOps("GET /nodes/{node}/replication")},
		{"schedule-now", cliOps("POST /nodes/{node}/replication/{id}/schedule_now")},
		{"list", cliOps("GET /cluster/replication")},
		{"read", cliOps("GET /cluster/replication/{id}")},
		{"update", cliOps("PUT /cluster/replication/{id}")},
		{"delete", cliOps("DELETE /cluster/replication/{id}")},
		{"create-local-job", cliOps("POST /cluster/replication")},
		// Local: set the job's disable flag, as the API's update does.
		{"enable, disable", cliOps("PUT /cluster/replication/{id}")},
	}},
	// proxmox/pve-manager PVE/CLI/pveam.pm
	{"pveam", catalog.PVE, []cliCommand{
		{"download", cliOps("POST /nodes/{node}/aplinfo")},
		// Local, as are list and remove: the API's appliance index and
		// storage content serve the same.
		{"available", cliOps("GET /nodes/{node}/aplinfo")},
		{"list", cliOps("GET /nodes/{node}/storage/{storage}/content")},
		{"remove", cliOps("DELETE /nodes/{node}/storage/{storage}/content/{volume}")},
	}},
	// proxmox/pve-manager PVE/CLI/pvesubscription.pm (set-offline-key is
	// local, for the offline mirror helper)
	{"pvesubscription", catalog.PVE, []cliCommand{
		{"get", cliOps("GET /nodes/{node}/subscription")},
		{"set", cliOps("PUT /nodes/{node}/subscription")},
		{"update", cliOps("POST /nodes/{node}/subscription")},
		{"delete", cliOps("DELETE /nodes/{node}/subscription")},
	}},
	// proxmox/pve-manager bin/pveversion: local; it prints the manager's
	// version, with --verbose the versions of the packages, as the node's
	// version and apt versions endpoints do.
	{"pveversion", catalog.PVE, []cliCommand{
		{"", cliOps("GET /nodes/{node}/version", "GET /nodes/{node}/apt/versions")},
	}},
	// proxmox/pve-manager bin/pvereport: local; the node's report
	// endpoint gathers the same system report.
	{"pvereport", catalog.PVE, []cliCommand{
		{"", cliOps("GET /nodes/{node}/report")},
	}},
	// proxmox/pve-manager PVE/CLI/vzdump.pm
	{"vzdump", catalog.PVE, []cliCommand{
		{"", cliOps("POST /nodes/{node}/vzdump")},
	}},

	// proxmox/proxmox-backup src/bin/proxmox-backup-manager.rs and
	// src/bin/proxmox_backup_manager/*.rs
	{"proxmox-backup-manager", catalog.PBS, []cliCommand{
		{"acl list", cliOps("GET /access/acl")},
		{"acl update", cliOps("PUT /access/acl")},
		{"datastore list", cliOps("GET /config/datastore")},
		{"datastore show", cliOps("GET /config/datastore/{name}")},
		{"datastore create", cliOps("POST /config/datastore")},
		{"datastore update", cliOps("PUT /config/datastore/{name}")},
		{"datastore remove", cliOps("DELETE /config/datastore/{name}")},
		{"disk list", cliOps("GET /nodes/{node}/disks/list")},
		{"disk smart-attributes", cliOps("GET /nodes/{node}/disks/smart")},
		{"disk initialize", cliOps("POST /nodes/{node}/disks/initgpt")},
		{"disk wipe", cliOps("PUT /nodes/{node}/disks/wipedisk")},
		{"disk zpool list", cliOps("GET /nodes/{node}/disks/zfs")},
		{"disk zpool create", cliOps("POST /nodes/{node}/disks/zfs")},
		{"disk fs list", cliOps("GET /nodes/{node}/disks/directory")},
		{"disk fs create", cliOps("POST /nodes/{node}/disks/directory")},
		{"disk fs delete", cliOps("DELETE /nodes/{node}/disks/directory/{name}")},
		{"dns get", cliOps("GET /nodes/{node}/dns")},
		{"dns set", cliOps("PUT /nodes/{node}/dns")},
		{"ldap list", cliOps("GET /config/access/ldap")},
		{"ldap show", cliOps("GET /config/access/ldap/{realm}")},
		{"ldap create", cliOps("POST /config/access/ldap")},
		{"ldap update", cliOps("PUT /config/access/ldap/{realm}")},
		{"ldap delete", cliOps("DELETE /config/access/ldap/{realm}")},
		{"ldap sync, ad sync", cliOps("POST /access/domains/{realm}/sync")},
		{"ad list", cliOps("GET /config/access/ad")},
		{"ad show", cliOps("GET /config/access/ad/{realm}")},
		{"ad create", cliOps("POST /config/access/ad")},
		{"ad update", cliOps("PUT /config/access/ad/{realm}")},
		// The CLI deletes an AD realm with the LDAP handler; the API has
		// one of its own.
		{"ad delete", cliOps("DELETE /config/access/ad/{realm}", "DELETE /config/access/ldap/{realm}")},
		// changes lists the interfaces with their pending changes.
		{"network list, network changes", cliOps("GET /nodes/{node}/network")},
		{"network create", cliOps("POST /nodes/{node}/network")},
		{"network update", cliOps("PUT /nodes/{node}/network/{iface}")},
		{"network remove", cliOps("DELETE /nodes/{node}/network/{iface}")},
		{"network revert", cliOps("DELETE /nodes/{node}/network")},
		{"network reload", cliOps("PUT /nodes/{node}/network")},
		{"node show", cliOps("GET /nodes/{node}/config")},
		{"node update", cliOps("PUT /nodes/{node}/config")},
		{"notification endpoint gotify list", cliOps("GET /config/notifications/endpoints/gotify")},
		{"notification endpoint gotify show", cliOps("GET /config/notifications/endpoints/gotify/{name}")},
		{"notification endpoint gotify create", cliOps("POST /config/notifications/endpoints/gotify")},
		{"notification endpoint gotify update", cliOps("PUT /config/notifications/endpoints/gotify/{name}")},
		{"notification endpoint gotify delete", cliOps("DELETE /config/notifications/endpoints/gotify/{name}")},
		{"notification endpoint sendmail list", cliOps("GET /config/notifications/endpoints/sendmail")},
		{"notification endpoint sendmail show", cliOps("GET /config/notifications/endpoints/sendmail/{name}")},
		{"notification endpoint sendmail create", cliOps("POST /config/notifications/endpoints/sendmail")},
		{"notification endpoint sendmail update", cliOps("PUT /config/notifications/endpoints/sendmail/{name}")},
		{"notification endpoint sendmail delete", cliOps("DELETE /config/notifications/endpoints/sendmail/{name}")},
		{"notification endpoint smtp list", cliOps("GET /config/notifications/endpoints/smtp")},
		{"notification endpoint smtp show", cliOps("GET /config/notifications/endpoints/smtp/{name}")},
		{"notification endpoint smtp create", cliOps("POST /config/notifications/endpoints/smtp")},
		{"notification endpoint smtp update", cliOps("PUT /config/notifications/endpoints/smtp/{name}")},
		{"notification endpoint smtp delete", cliOps("DELETE /config/notifications/endpoints/smtp/{name}")},
		{"notification matcher list", cliOps("GET /config/notifications/matchers")},
		{"notification matcher show", cliOps("GET /config/notifications/matchers/{name}")},
		{"notification matcher create", cliOps("POST /config/notifications/matchers")},
		{"notification matcher update", cliOps("PUT /config/notifications/matchers/{name}")},
		{"notification matcher delete", cliOps("DELETE /config/notifications/matchers/{name}")},
		{"notification target list", cliOps("GET /config/notifications/targets")},
		{"notification target test", cliOps("POST /config/notifications/targets/{name}/test")},
		{"user list", cliOps("GET /access/users")},
		{"user create", cliOps("POST /access/users")},
		{"user update", cliOps("PUT /access/users/{userid}")},
		{"user remove", cliOps("DELETE /access/users/{userid}")},
		{"user list-tokens", cliOps("GET /access/users/{userid}/token")},
		{"user generate-token", cliOps("POST /access/users/{userid}/token/{token-name}")},
		{"user delete-token", cliOps("DELETE /access/users/{userid}/token/{token-name}")},
		{"user permissions", cliOps("GET /access/permissions")},
		{"user tfa list", cliOps("GET /access/tfa/{userid}")},
		{"user tfa delete", cliOps("DELETE /access/tfa/{userid}/{id}")},
		{"user tfa unlock", cliOps("PUT /access/users/{userid}/unlock-tfa")},
		{"openid list", cliOps("GET /config/access/openid")},
		{"openid show", cliOps("GET /config/access/openid/{realm}")},
		{"openid create", cliOps("POST /config/access/openid")},
		{"openid update", cliOps("PUT /config/access/openid/{realm}")},
		{"openid delete", cliOps("DELETE /config/access/openid/{realm}")},
		{"remote list", cliOps("GET /config/remote")},
		{"remote show", cliOps("GET /config/remote/{name}")},
		{"remote create", cliOps("POST /config/remote")},
		{"remote update", cliOps("PUT /config/remote/{name}")},
		{"remote remove", cliOps("DELETE /config/remote/{name}")},
		{"traffic-control list", cliOps("GET /config/traffic-control")},
		{"traffic-control show", cliOps("GET /config/traffic-control/{name}")},
		{"traffic-control create", cliOps("POST /config/traffic-control")},
		{"traffic-control update", cliOps("PUT /config/traffic-control/{name}")},
		{"traffic-control remove", cliOps("DELETE /config/traffic-control/{name}")},
		{"traffic-control traffic", cliOps("GET /admin/traffic-control")},
		{"garbage-collection status", cliOps("GET /admin/datastore/{store}/gc")},
		{"garbage-collection start", cliOps("POST /admin/datastore/{store}/gc")},
		{"garbage-collection list", cliOps("GET /admin/gc")},
		{"acme account list", cliOps("GET /config/acme/account")},
		{"acme account register", cliOps("POST /config/acme/account")},
		{"acme account deactivate", cliOps("DELETE /config/acme/account/{name}")},
		{"acme account info", cliOps("GET /config/acme/account/{name}")},
		{"acme account update", cliOps("PUT /config/acme/account/{name}")},
		{"acme plugin list", cliOps("GET /config/acme/plugins")},
		{"acme plugin config", cliOps("GET /config/acme/plugins/{id}")},
		{"acme plugin add", cliOps("POST /config/acme/plugins")},
		{"acme plugin remove", cliOps("DELETE /config/acme/plugins/{id}")},
		{"acme plugin set", cliOps("PUT /config/acme/plugins/{id}")},
		// Local: orders a new certificate through the renewal handler
		// (revoke calls an operation the catalog does not have).
		{"acme cert order", cliOps("POST /nodes/{node}/certificates/acme/certificate", "PUT /nodes/{node}/certificates/acme/certificate")},
		{"cert info", cliOps("GET /nodes/{node}/certificates/info")},
		{"subscription get", cliOps("GET /nodes/{node}/subscription")},
		{"subscription set", cliOps("PUT /nodes/{node}/subscription")},
		{"subscription update", cliOps("POST /nodes/{node}/subscription")},
		{"subscription remove", cliOps("DELETE /nodes/{node}/subscription")},
		{"sync-job list", cliOps("GET /config/sync")},
		{"sync-job show", cliOps("GET /config/sync/{id}")},
		{"sync-job create", cliOps("POST /config/sync")},
		{"sync-job update", cliOps("PUT /config/sync/{id}")},
		{"sync-job remove", cliOps("DELETE /config/sync/{id}")},
		{"sync-job run", cliOps("POST /admin/sync/{id}/run")},
		{"verify-job list", cliOps("GET /config/verify")},
		{"verify-job show", cliOps("GET /config/verify/{id}")},
		{"verify-job create", cliOps("POST /config/verify")},
		{"verify-job update", cliOps("PUT /config/verify/{id}")},
		{"verify-job remove", cliOps("DELETE /config/verify/{id}")},
		{"verify-job run", cliOps("POST /admin/verify/{id}/run")},
		{"prune-job list", cliOps("GET /config/prune")},
		{"prune-job show", cliOps("GET /config/prune/{id}")},
		{"prune-job create", cliOps("POST /config/prune")},
		{"prune-job update", cliOps("PUT /config/prune/{id}")},
		{"prune-job remove", cliOps("DELETE /config/prune/{id}")},
		{"prune-job run", cliOps("POST /admin/prune/{id}/run")},
		{"task list", cliOps("GET /nodes/{node}/tasks")},
		{"task log", cliOps("GET /nodes/{node}/tasks/{upid}/log")},
		{"task stop", cliOps("DELETE /nodes/{node}/tasks/{upid}")},
		{"pull", cliOps("POST /pull")},
		{"verify", cliOps("POST /admin/datastore/{store}/verify")},
		{"report", cliOps("GET /nodes/{node}/report")},
		{"versions", cliOps("GET /nodes/{node}/apt/versions")},
	}},
	// proxmox/proxmox-backup src/bin/proxmox-tape.rs and
	// src/bin/proxmox_tape/*.rs ("scan" and "eod" work on the drive
	// directly and have no API operation).
	{"proxmox-tape", catalog.PBS, []cliCommand{
		{"backup", cliOps("POST /tape/backup")},
		{"restore", cliOps("POST /tape/restore")},
		{"barcode-label", cliOps("POST /tape/drive/{drive}/barcode-label-media")},
		{"rewind", cliOps("POST /tape/drive/{drive}/rewind")},
		{"status", cliOps("GET /tape/drive/{drive}/status")},
		{"format", cliOps("POST /tape/drive/{drive}/format-media")},
		{"eject", cliOps("POST /tape/drive/{drive}/eject-media")},
		// Lists the inventory; updates it when asked to read labels.
		{"inventory", cliOps("GET /tape/drive/{drive}/inventory", "PUT /tape/drive/{drive}/inventory")},
		{"read-label", cliOps("GET /tape/drive/{drive}/read-label")},
		{"catalog", cliOps("POST /tape/drive/{drive}/catalog")},
		{"cartridge-memory", cliOps("GET /tape/drive/{drive}/cartridge-memory")},
		{"volume-statistics", cliOps("GET /tape/drive/{drive}/volume-statistics")},
		{"clean", cliOps("PUT /tape/drive/{drive}/clean")},
		{"label", cliOps("POST /tape/drive/{drive}/label-media")},
		{"load-media", cliOps("POST /tape/drive/{drive}/load-media")},
		{"load-media-from-slot", cliOps("POST /tape/drive/{drive}/load-slot")},
		{"unload", cliOps("POST /tape/drive/{drive}/unload")},
		{"export-media", cliOps("PUT /tape/drive/{drive}/export-media")},
		{"changer scan", cliOps("GET /tape/scan-changers")},
		{"changer list", cliOps("GET /tape/changer")},
		{"changer config", cliOps("GET /config/changer/{name}")},
		{"changer create", cliOps("POST /config/changer")},
		{"changer update", cliOps("PUT /config/changer/{name}")},
		{"changer remove", cliOps("DELETE /config/changer/{name}")},
		{"changer status", cliOps("GET /tape/changer/{name}/status")},
		{"changer transfer", cliOps("POST /tape/changer/{name}/transfer")},
		{"drive scan", cliOps("GET /tape/scan-drives")},
		{"drive list", cliOps("GET /tape/drive")},
		{"drive config", cliOps("GET /config/drive/{name}")},
		{"drive create", cliOps("POST /config/drive")},
		{"drive update", cliOps("PUT /config/drive/{name}")},
		{"drive remove", cliOps("DELETE /config/drive/{name}")},
		{"pool list", cliOps("GET /config/media-pool")},
		{"pool config", cliOps("GET /config/media-pool/{name}")},
		{"pool create", cliOps("POST /config/media-pool")},
		{"pool update", cliOps("PUT /config/media-pool/{name}")},
		{"pool remove", cliOps("DELETE /config/media-pool/{name}")},
		{"media list", cliOps("GET /tape/media/list")},
		{"media destroy", cliOps("GET /tape/media/destroy")},
		{"media content", cliOps("GET /tape/media/content")},
		{"key list", cliOps("GET /config/tape-encryption-keys")},
		{"key create", cliOps("POST /config/tape-encryption-keys")},
		{"key change-passphrase", cliOps("PUT /config/tape-encryption-keys/{fingerprint}")},
		// Local: both read the key's configuration.
		{"key show, key paperkey", cliOps("GET /config/tape-encryption-keys/{fingerprint}")},
		// Restores the key from a tape in a drive, or from a paper key.
		{"key restore", cliOps("POST /tape/drive/{drive}/restore-key", "POST /config/tape-encryption-keys")},
		{"key remove", cliOps("DELETE /config/tape-encryption-keys/{fingerprint}")},
		{"backup-job list", cliOps("GET /tape/backup")},
		{"backup-job show", cliOps("GET /config/tape-backup-job/{id}")},
		{"backup-job run", cliOps("POST /tape/backup/{id}")},
		{"backup-job create", cliOps("POST /config/tape-backup-job")},
		{"backup-job update", cliOps("PUT /config/tape-backup-job/{id}")},
		{"backup-job remove", cliOps("DELETE /config/tape-backup-job/{id}")},
	}},
	// proxmox/proxmox-backup proxmox-backup-client/src/*.rs: the
	// subcommands that call one server operation (backup and restore
	// upgrade to the backup and reader protocols, which are not
	// operations to search).
	{"proxmox-backup-client", catalog.PBS, []cliCommand{
		{"list", cliOps("GET /admin/datastore/{store}/groups")},
		{"status", cliOps("GET /admin/datastore/{store}/status")},
		{"prune", cliOps("POST /admin/datastore/{store}/prune")},
		{"garbage-collect", cliOps("POST /admin/datastore/{store}/gc")},
		{"change-owner", cliOps("POST /admin/datastore/{store}/change-owner")},
		{"login", cliOps("POST /access/ticket")},
		{"version", cliOps("GET /version")},
		{"snapshot list", cliOps("GET /admin/datastore/{store}/snapshots")},
		{"snapshot files", cliOps("GET /admin/datastore/{store}/files")},
		{"snapshot forget", cliOps("DELETE /admin/datastore/{store}/snapshots")},
		{"snapshot upload-log", cliOps("POST /admin/datastore/{store}/upload-backup-log")},
		{"snapshot notes show", cliOps("GET /admin/datastore/{store}/notes")},
		{"snapshot notes update", cliOps("PUT /admin/datastore/{store}/notes")},
		{"snapshot protected show", cliOps("GET /admin/datastore/{store}/protected")},
		{"snapshot protected update", cliOps("PUT /admin/datastore/{store}/protected")},
		{"namespace list", cliOps("GET /admin/datastore/{store}/namespace")},
		{"namespace create", cliOps("POST /admin/datastore/{store}/namespace")},
		{"namespace delete", cliOps("DELETE /admin/datastore/{store}/namespace")},
		{"task list", cliOps("GET /nodes/{node}/tasks")},
		{"task log", cliOps("GET /nodes/{node}/tasks/{upid}/log")},
		{"task stop", cliOps("DELETE /nodes/{node}/tasks/{upid}")},
	}},
}

// cliEntry is one way of writing a subcommand, resolved.
type cliEntry struct {
	tool    *cliTool
	words   []string
	ops     []string
	oneWord bool // the tool is one command: its name alone is the command
}

// cliByTool maps a tool name to its subcommands, longest first.
var cliByTool = sync.OnceValue(func() map[string][]cliEntry {
	out := map[string][]cliEntry{}
	for i := range cliTable {
		t := &cliTable[i]
		for _, c := range t.commands {
			for _, alt := range strings.Split(c.words, ", ") {
				out[t.name] = append(out[t.name], cliEntry{tool: t, words: strings.Fields(alt), ops: c.ops, oneWord: alt == ""})
			}
		}
	}
	for _, es := range out {
		// Longest first: "user token add" wins over a shorter entry that
		// starts the same.
		slices.SortStableFunc(es, func(a, b cliEntry) int { return cmp.Compare(len(b.words), len(a.words)) })
	}
	return out
})

// commandWords splits text into lowercased words at white space, with
// the quotes and punctuation around a word removed ("`pvecm add`").
// starts marks the words that start the text or a quoted span.
func commandWords(text string) (words []string, starts []bool) {
	for i, f := range strings.Fields(strings.ToLower(text)) {
		start := i == 0 || strings.ContainsAny(f[:1], "`'\"")
		f = strings.Trim(f, "`'\"()[]{},;:!?.")
		if f == "" {
			continue
		}
		words = append(words, f)
		starts = append(starts, start)
	}
	return words, starts
}

// commandLines returns the table entries the text's command lines name,
// in the order they are written: a tool name followed by the longest
// subcommand of the table. The arguments and options after it do not
// matter. A tool that is one command (vzdump) counts only where it is
// written as a command: at the start of the text or a quoted span, or
// with an argument or an option next ("run vzdump 101"), not in a
// sentence that only names it ("why did vzdump fail").
func commandLines(text string) []cliEntry {
	words, starts := commandWords(text)
	byTool := cliByTool()
	var out []cliEntry
	for i, w := range words {
		for _, e := range byTool[w] {
			rest := words[i+1:]
			if e.oneWord {
				if starts[i] || len(rest) > 0 && (isNumber(rest[0]) || strings.HasPrefix(rest[0], "-")) {
					out = append(out, e)
				}
				break
			}
			if len(rest) >= len(e.words) && slices.Equal(rest[:len(e.words)], e.words) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// resolveOp returns the operation of product with the method and path of
// op ("GET /nodes/{node}/qemu"), or -1.
func (ix *Index) resolveOp(product catalog.Product, op string) int32 {
	method, path, _ := strings.Cut(op, " ")
	segs := splitPath(path)
	for _, t := range ix.paths[len(segs)] {
		o := ix.ops[t.doc]
		if o.Product == product && o.Method == method && slices.Equal(t.segs, segs) {
			return t.doc
		}
	}
	return -1
}

// pinCommandLine pins the operations of the command lines the text
// names, each line's in table order.
func (ix *Index) pinCommandLine(text string, p *plan) {
	for _, e := range commandLines(text) {
		for _, op := range e.ops {
			if d := ix.resolveOp(e.tool.product, op); d >= 0 {
				p.pin(d)
			}
		}
	}
}
