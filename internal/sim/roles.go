package sim

import (
	"maps"
	"slices"
	"sync"
)

// The built-in roles and privileges of both products, as the releases
// the catalogs are generated from define them.

// pvePrivGroup is one category of PVE privileges, split by who should
// hold them. PVE builds its built-in roles from this table
// (pve-access-control src/PVE/AccessControl.pm, $privgroups and
// create_roles, release 9.1).
type pvePrivGroup struct {
	category                 string
	root, admin, user, audit []string
}

var pvePrivGroups = []pvePrivGroup{
	{category: "VM",
		admin: []string{"VM.Config.Disk", "VM.Config.CPU", "VM.Config.Memory", "VM.Config.Network", "VM.Config.HWType", "VM.Config.Options",
			"VM.Allocate", "VM.Clone", "VM.GuestAgent.Unrestricted", "VM.Migrate", "VM.Replicate", "VM.Snapshot", "VM.Snapshot.Rollback"},
		user: []string{"VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Console", "VM.Backup", "VM.GuestAgent.FileRead",
			"VM.GuestAgent.FileSystemMgmt", "VM.GuestAgent.FileWrite", "VM.PowerMgmt"},
		audit: []string{"VM.Audit", "VM.GuestAgent.Audit"}},
	{category: "Sys",
		root:  []string{"Sys.PowerMgmt", "Sys.Modify", "Sys.Incoming", "Sys.AccessNetwork"},
		admin: []string{"Sys.Console", "Sys.Syslog"},
		audit: []string{"Sys.Audit"}},
	{category: "Datastore",
		admin: []string{"Datastore.Allocate", "Datastore.AllocateTemplate"},
		user:  []string{"Datastore.AllocateSpace"},
		audit: []string{"Datastore.Audit"}},
	{category: "SDN",
		admin: []string{"SDN.Allocate", "SDN.Audit"},
		user:  []string{"SDN.Use"},
		audit: []string{"SDN.Audit"}},
	{category: "User",
		root:  []string{"Realm.Allocate"},
		admin: []string{"User.Modify", "Group.Allocate", "Realm.AllocateUser"}},
	{category: "Pool",
		admin: []string{"Pool.Allocate"},
		user:  []string{"Pool.Audit"},
		audit: []string{"Pool.Audit"}},
	{category: "Mapping",
		admin: []string{"Mapping.Modify"},
		user:  []string{"Mapping.Use"},
		audit: []string{"Mapping.Audit"}},
}

// pveBuiltinRoles derives the special roles as create_roles does:
// PVE<cat>Admin (admin+user+audit), PVE<cat>User (user+audit, for the
// categories that have user privileges), PVEAuditor (every audit),
// PVEAdmin (every admin+user+audit but Mapping.Modify), Administrator
// (every privilege, Permissions.Modify included), NoAccess (none) and
// PVETemplateUser.
func pveBuiltinRoles() map[string][]string {
	sets := map[string]map[string]bool{"NoAccess": {}, "Administrator": {"Permissions.Modify": true}}
	add := func(role string, privs ...string) {
		if sets[role] == nil {
			sets[role] = map[string]bool{}
		}
		for _, p := range privs {
			sets[role][p] = true
		}
	}
	for _, g := range pvePrivGroups {
		all := slices.Concat(g.admin, g.user, g.audit)
		add("Administrator", slices.Concat(g.root, all)...)
		add("PVE"+g.category+"Admin", all...)
		add("PVEAdmin", all...)
		if len(g.user) > 0 {
			add("PVE"+g.category+"User", slices.Concat(g.user, g.audit)...)
		}
		add("PVEAuditor", g.audit...)
	}
	delete(sets["PVEAdmin"], "Mapping.Modify")
	add("PVETemplateUser", "VM.Clone", "VM.Audit")
	out := map[string][]string{}
	for role, set := range sets {
		out[role] = slices.Sorted(maps.Keys(set))
	}
	return out
}

// pvePrivileges are all valid PVE privilege names, sorted.
var pvePrivileges = sync.OnceValue(func() []string { return pveBuiltinRoles()["Administrator"] })

// pbsPrivileges are PBS's privilege names in their bit order
// (proxmox-rs pbs-api-types/src/acl.rs, PRIVILEGES), the order PBS lists
// them in.
var pbsPrivileges = []string{
	"Sys.Audit", "Sys.Modify", "Sys.PowerManagement",
	"Datastore.Audit", "Datastore.Allocate", "Datastore.Modify", "Datastore.Read", "Datastore.Verify", "Datastore.Backup", "Datastore.Prune",
	"Permissions.Modify",
	"Remote.Audit", "Remote.Modify", "Remote.Read", "Remote.DatastoreBackup", "Remote.DatastoreModify", "Remote.DatastorePrune",
	"Sys.Console",
	"Tape.Audit", "Tape.Modify", "Tape.Write", "Tape.Read",
	"Realm.Allocate",
}

// pbsRole is one PBS role, in the order of the Role enum.
type pbsRole struct {
	name, description string
	privs             []string
}

// pbsRoles are PBS's roles (pbs-api-types/src/acl.rs, ROLE_* and enum
// Role); PBS has no custom roles. Admin is every bit, NoAccess none.
var pbsRoles = []pbsRole{
	{"Admin", "Administrator", pbsPrivileges},
	{"Audit", "Auditor", []string{"Sys.Audit", "Datastore.Audit"}},
	{"NoAccess", "Disable Access", nil},
	{"DatastoreAdmin", "Datastore Administrator", []string{"Datastore.Audit", "Datastore.Modify", "Datastore.Read", "Datastore.Verify", "Datastore.Backup", "Datastore.Prune"}},
	{"DatastoreReader", "Datastore Reader (inspect datastore content and do restores)", []string{"Datastore.Audit", "Datastore.Verify", "Datastore.Read"}},
	{"DatastoreBackup", "Datastore Backup (backup and restore owned backups)", []string{"Datastore.Backup"}},
	{"DatastorePowerUser", "Datastore PowerUser (backup, restore and prune owned backup)", []string{"Datastore.Prune", "Datastore.Backup"}},
	{"DatastoreAudit", "Datastore Auditor", []string{"Datastore.Audit"}},
	{"RemoteAudit", "Remote Auditor", []string{"Remote.Audit"}},
	{"RemoteAdmin", "Remote Administrator", []string{"Remote.Audit", "Remote.Modify", "Remote.Read"}},
	{"RemoteSyncOperator", "Synchronization Operator", []string{"Remote.Audit", "Remote.Read"}},
	{"RemoteSyncPushOperator", "Synchronisation Operator (push direction)", []string{"Remote.Audit", "Remote.DatastoreBackup"}},
	{"RemoteDatastorePowerUser", "Remote Datastore Prune", []string{"Remote.Audit", "Remote.DatastoreBackup", "Remote.DatastorePrune"}},
	{"RemoteDatastoreAdmin", "Remote Datastore Admin", []string{"Remote.Audit", "Remote.DatastoreBackup", "Remote.DatastoreModify", "Remote.DatastorePrune"}},
	{"TapeAudit", "Tape Auditor", []string{"Tape.Audit"}},
	{"TapeAdmin", "Tape Administrator", []string{"Tape.Audit", "Tape.Modify", "Tape.Read", "Tape.Write"}},
	{"TapeOperator", "Tape Operator", []string{"Tape.Audit", "Tape.Read", "Tape.Write"}},
	{"TapeReader", "Tape Reader", []string{"Tape.Audit", "Tape.Read"}},
}

func pbsRoleNamed(name string) *pbsRole {
	for i := range pbsRoles {
		if pbsRoles[i].name == name {
			return &pbsRoles[i]
		}
	}
	return nil
}

// role is a PVE role: built-in (special) or created through the API.
type role struct {
	privs   map[string]bool
	special bool
}

func newRoleSet() map[string]*role {
	out := map[string]*role{}
	for name, privs := range pveBuiltinRoles() {
		out[name] = &role{privs: privSet(privs), special: true}
	}
	return out
}

func privSet(privs []string) map[string]bool {
	m := make(map[string]bool, len(privs))
	for _, p := range privs {
		m[p] = true
	}
	return m
}
