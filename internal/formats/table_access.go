package formats

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

const (
	srcAccessControl = "proxmox/pve-access-control src/PVE/AccessControl.pm"
	srcAuthPlugin    = "proxmox/pve-access-control src/PVE/Auth/Plugin.pm"
)

// The name expressions of src/PVE/Auth/Plugin.pm.
const (
	realmRE     = `(?^:[A-Za-z][A-Za-z0-9\.\-_]+)`
	userRE      = `(?^:[^\s:/]+)`
	groupnameRE = `(?^:[A-Za-z0-9\.\-_]+)`
	// tokenFullRE is $token_full_regex of AccessControl.pm; the token's
	// own name follows the realm rule.
	tokenFullRE = `(?^:((` + userRE + `)\@(` + realmRE + `))!(` + realmRE + `))`
)

var accessFormats = []*Format{
	{
		Name: "pve-realm", Source: srcAuthPlugin + " pve_verify_realm",
		check:  matchCheck(perlFull(realmRE), "value does not look like a valid realm\n"),
		Accept: []string{"pam", "pve", "my-ldap.corp_1"},
		Refuse: []string{"p", "1ldap", "ad/corp"},
	},
	{
		Name: "pve-userid", Source: srcAuthPlugin + " verify_username",
		check:  userIDCheck,
		Accept: []string{"root@pam", "john.doe@corp-ad", "admin@pve"},
		Refuse: []string{"root", "@pam", "ro ot@pam", "a@", "x@p", strings.Repeat("u", 61) + "@pve"},
	},
	{
		Name: "pve-tokenid", Source: srcAccessControl + " pve_verify_tokenid",
		check:  matchCheckf(perlFull(tokenFullRE), "value '%s' does not look like a valid token ID\n"),
		Accept: []string{"root@pam!monitoring", "ci@pve!deploy-1"},
		Refuse: []string{"root@pam", "root@pam!", "root!token", "root@pam!1x"},
	},
	{
		Name: "pve-groupid", Source: srcAccessControl + " verify_groupname",
		check:  matchCheckf(perlFull(groupnameRE), "group name '%s' contains invalid characters\n"),
		Accept: []string{"admins", "ops.team-1", "_x"},
		Refuse: []string{"ops team", "a/b", ""},
	},
	{
		Name: "pve-roleid", Source: srcAccessControl + " verify_rolename",
		check:  matchCheckf(perlFull(`[A-Za-z0-9\.\-_]+`), "role name '%s' contains invalid characters\n"),
		Accept: []string{"PVEAdmin", "Custom.Role-1"},
		Refuse: []string{"My Role", "role!", ""},
	},
	{
		Name: "pve-poolid", Source: srcAccessControl + " verify_poolname",
		check:  poolIDCheck,
		Accept: []string{"prod", "prod/web", "a/b/c", "team.1-x_y"},
		Refuse: []string{"a/b/c/d", "prod web", "/prod", "prod/"},
	},
	{
		Name: "pve-priv", Source: srcAccessControl + " verify_privname ($privgroups, Permissions.Modify)",
		check: func(v string) string {
			if privileges[v] {
				return ""
			}
			return "invalid privilege '" + v + "'\n"
		},
		Approximation: "Accepts the privileges of PVE 9.1 and 8.4 together: VM.Monitor exists in 8.4 only; " +
			"VM.GuestAgent.Audit, VM.GuestAgent.FileRead, VM.GuestAgent.FileSystemMgmt, VM.GuestAgent.FileWrite, " +
			"VM.GuestAgent.Unrestricted and VM.Replicate in 9.1 only.",
		Accept: []string{"VM.Audit", "Sys.Modify", "Permissions.Modify", "VM.Monitor", "VM.GuestAgent.Audit"},
		Refuse: []string{"VM.Fly", "vm.audit", ""},
	},
	{
		Name: "realm-sync-options", Source: srcAuthPlugin + " $realm_sync_options_desc",
		Accept: []string{"scope=users,enable-new=1", "remove-vanished=acl;entry"},
		Refuse: []string{"scope=all", "remove-vanished=all"},
	},
	{
		Name: "pve-tfa-config", Source: srcAuthPlugin + " $tfa_format",
		Accept: []string{"type=oath,digits=6"},
		Refuse: []string{"type=totp", "type=oath,digits=9"},
	},
}

// userIDCheck is verify_username: 3 to 64 characters, NAME@REALM.
func userIDCheck(v string) string {
	if !perlTrue(v) {
		v = ""
	}
	switch n := utf8.RuneCountInString(v); {
	case n < 3:
		return "user name '" + v + "' is too short\n"
	case n > 64:
		return "user name '" + v + "' is too long (" + strconv.Itoa(n) + " > 64)\n"
	}
	if userID.MatchString(v) {
		return ""
	}
	return "value '" + v + "' does not look like a valid user name\n"
}

var userID = perlFull(`(` + userRE + `)\@(` + realmRE + `)`)

var poolID = perlFull(`[A-Za-z0-9\.\-_]+(?:/[A-Za-z0-9\.\-_]+){0,2}`)

// poolIDCheck is verify_poolname: at most three levels, then the pattern.
func poolIDCheck(v string) string {
	if len(perlSplit(v, "/")) > 3 {
		return "pool name '" + v + "' nested too deeply (max levels = 3)\n"
	}
	if !poolID.MatchString(v) {
		return "pool name '" + v + "' contains invalid characters\n"
	}
	return ""
}

// privileges are the names of $privgroups plus Permissions.Modify, as PVE
// 9.1 and 8.4 define them (see the pve-priv Approximation).
var privileges = setOf(
	"Permissions.Modify",
	// VM
	"VM.Config.Disk", "VM.Config.CPU", "VM.Config.Memory", "VM.Config.Network", "VM.Config.HWType",
	"VM.Config.Options", "VM.Allocate", "VM.Clone", "VM.GuestAgent.Unrestricted", "VM.Migrate",
	"VM.Replicate", "VM.Snapshot", "VM.Snapshot.Rollback", "VM.Monitor",
	"VM.Config.CDROM", "VM.Config.Cloudinit", "VM.Console", "VM.Backup", "VM.GuestAgent.FileRead",
	"VM.GuestAgent.FileSystemMgmt", "VM.GuestAgent.FileWrite", "VM.PowerMgmt",
	"VM.Audit", "VM.GuestAgent.Audit",
	// Sys
	"Sys.PowerMgmt", "Sys.Modify", "Sys.Incoming", "Sys.AccessNetwork", "Sys.Console", "Sys.Syslog", "Sys.Audit",
	// Datastore
	"Datastore.Allocate", "Datastore.AllocateTemplate", "Datastore.AllocateSpace", "Datastore.Audit",
	// SDN
	"SDN.Allocate", "SDN.Audit", "SDN.Use",
	// User
	"Realm.Allocate", "User.Modify", "Group.Allocate", "Realm.AllocateUser",
	// Pool
	"Pool.Allocate", "Pool.Audit",
	// Mapping
	"Mapping.Modify", "Mapping.Use", "Mapping.Audit",
)

func setOf(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[s] = true
	}
	return m
}
