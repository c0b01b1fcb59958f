package sim

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// pveVectors are the cases of pve-access-control's src/test/perm-test1.pl
// to perm-test8.pl (release 9.1.1), each against the testN.cfg next to
// it (copied to testdata/pve-access-control): the roles
// PVE::AccessControl::roles finds for a user or token on a path, or the
// privileges PVE::RPCEnvironment::permissions computes (pools and token
// intersection included), sorted and comma-joined.
var pveVectors = []struct {
	cfg             int
	kind, who, path string
	want            string
}{
	{1, "roles", "max@pve", "/", ""},
	{1, "roles", "max@pve", "/vms", "vm_admin"},
	{1, "roles", "max@pve", "/vms/100", "customer"},
	{1, "roles", "max@pve", "/vms/101", "vm_admin"},
	{1, "perms", "max@pve", "/", ""},
	{1, "perms", "max@pve", "/vms", "Permissions.Modify,VM.Allocate,VM.Audit,VM.Console"},
	{1, "perms", "max@pve", "/vms/100", "VM.Audit,VM.PowerMgmt"},
	{1, "perms", "alex@pve", "/vms", ""},
	{1, "perms", "alex@pve", "/vms/100", "VM.Audit,VM.PowerMgmt"},
	{1, "perms", "alex@pve", "/vms/300", "VM.Allocate,VM.Audit,VM.Backup,VM.Clone,VM.Config.CDROM,VM.Config.CPU,VM.Config.Cloudinit,VM.Config.Disk,VM.Config.HWType,VM.Config.Memory,VM.Config.Network,VM.Config.Options,VM.Console,VM.GuestAgent.Audit,VM.GuestAgent.FileRead,VM.GuestAgent.FileSystemMgmt,VM.GuestAgent.FileWrite,VM.GuestAgent.Unrestricted,VM.Migrate,VM.PowerMgmt,VM.Replicate,VM.Snapshot,VM.Snapshot.Rollback"},
	{1, "perms", "alex@pve", "/vms/400", "Datastore.Allocate,Datastore.AllocateSpace,Datastore.AllocateTemplate,Datastore.Audit,Group.Allocate,Mapping.Audit,Mapping.Modify,Mapping.Use,Permissions.Modify,Pool.Allocate,Pool.Audit,Realm.Allocate,Realm.AllocateUser,SDN.Allocate,SDN.Audit,SDN.Use,Sys.AccessNetwork,Sys.Audit,Sys.Console,Sys.Incoming,Sys.Modify,Sys.PowerMgmt,Sys.Syslog,User.Modify,VM.Allocate,VM.Audit,VM.Backup,VM.Clone,VM.Config.CDROM,VM.Config.CPU,VM.Config.Cloudinit,VM.Config.Disk,VM.Config.HWType,VM.Config.Memory,VM.Config.Network,VM.Config.Options,VM.Console,VM.GuestAgent.Audit,VM.GuestAgent.FileRead,VM.GuestAgent.FileSystemMgmt,VM.GuestAgent.FileWrite,VM.GuestAgent.Unrestricted,VM.Migrate,VM.PowerMgmt,VM.Replicate,VM.Snapshot,VM.Snapshot.Rollback"},
	{1, "roles", "max@pve", "/vms/200", "storage_manager"},
	{1, "roles", "joe@pve", "/vms/200", "vm_admin"},
	{1, "roles", "sue@pve", "/vms/200", "NoAccess"},
	{2, "roles", "User1@pve", "/", ""},
	{2, "roles", "User2@pve", "/", ""},
	{2, "roles", "User1@pve", "/vms", "Role1,Role2"},
	{2, "roles", "User2@pve", "/vms", ""},
	{2, "roles", "User1@pve", "/vms/100", "Role1,Role2"},
	{2, "roles", "User2@pve", "/vms", ""},
	{3, "roles", "User1@pve", "", ""},
	{3, "roles", "User2@pve", "", ""},
	{3, "roles", "User1@pve", "/vms/300", "Role1"},
	{3, "roles", "User1@pve", "/vms/200", "Role2"},
	{4, "roles", "User1@pve", "/vms/300", "Role1"},
	{4, "roles", "User2@pve", "/vms/300", "NoAccess"},
	{5, "roles", "User1@pve", "/vms", "Role1"},
	{5, "roles", "User1@pve", "/vms/100", "Role1"},
	{5, "roles", "User1@pve", "/vms/100/a", "Role1"},
	{5, "roles", "User1@pve", "/vms/100/a/b", "Role2"},
	{5, "roles", "User1@pve", "/vms/100/a/b/c", "Role2"},
	{5, "roles", "User1@pve", "/vms/200", "Role1"},
	{5, "roles", "User2@pve", "/kvm", "Role2"},
	{5, "roles", "User2@pve", "/kvm/vms", "Role1"},
	{5, "roles", "User2@pve", "/kvm/vms/100", ""},
	{5, "roles", "User2@pve", "/kvm/vms/100/a", "Role3"},
	{5, "roles", "User2@pve", "/kvm/vms/100/a/b", ""},
	{6, "roles", "User1@pve", "", ""},
	{6, "roles", "User2@pve", "", ""},
	{6, "roles", "User3@pve", "", ""},
	{6, "roles", "User4@pve", "", ""},
	{6, "roles", "User1@pve", "/vms", "RoleTEST1"},
	{6, "roles", "User2@pve", "/vms", "RoleTEST1"},
	{6, "roles", "User3@pve", "/vms", "NoAccess"},
	{6, "roles", "User4@pve", "/vms", ""},
	{6, "roles", "User1@pve", "/vms/100", "RoleTEST1"},
	{6, "roles", "User2@pve", "/vms/100", "RoleTEST1"},
	{6, "roles", "User3@pve", "/vms/100", "NoAccess"},
	{6, "roles", "User4@pve", "/vms/100", ""},
	{6, "roles", "User1@pve", "/vms/300", "RoleTEST1"},
	{6, "roles", "User2@pve", "/vms/300", "RoleTEST1"},
	{6, "roles", "User3@pve", "/vms/300", "NoAccess"},
	{6, "roles", "User4@pve", "/vms/300", "RoleTEST1"},
	{6, "perms", "User1@pve", "/vms/500", "VM.Console,VM.PowerMgmt"},
	{6, "perms", "User2@pve", "/vms/500", "VM.Console,VM.PowerMgmt"},
	{6, "roles", "User3@pve", "/vms/500", "NoAccess"},
	{6, "perms", "User3@pve", "/vms/500", ""},
	{6, "roles", "User4@pve", "/vms/500", ""},
	{6, "perms", "User4@pve", "/vms/500", ""},
	{6, "roles", "intern@pve", "/vms/600", ""},
	{6, "roles", "intern@pve", "/vms/700", ""},
	{6, "roles", "User4@pve", "/vms/700", ""},
	{6, "perms", "intern@pve", "/vms/600", ""},
	{6, "perms", "intern@pve", "/vms/700", "VM.Audit"},
	{6, "perms", "User4@pve", "/vms/700", "VM.Console"},
	{6, "roles", "intern@pve", "/pool/marketing/interns", "RoleINTERN"},
	{6, "roles", "User4@pve", "/pool/marketing/interns", "RoleMARKETING"},
	{6, "perms", "User1@pve", "/vms/600", "VM.Console"},
	{6, "perms", "User2@pve", "/vms/600", "VM.Console"},
	{6, "perms", "User3@pve", "/vms/600", ""},
	{6, "perms", "User4@pve", "/vms/600", "VM.Console"},
	{6, "perms", "User1@pve", "/storage/store1", "VM.Console,VM.PowerMgmt"},
	{6, "perms", "User2@pve", "/storage/store1", "VM.PowerMgmt"},
	{6, "perms", "User3@pve", "/storage/store1", "VM.PowerMgmt"},
	{6, "perms", "User4@pve", "/storage/store1", "VM.Console"},
	{6, "perms", "User1@pve", "/storage/store2", "VM.PowerMgmt"},
	{6, "perms", "User2@pve", "/storage/store2", "VM.PowerMgmt"},
	{6, "perms", "User3@pve", "/storage/store2", "VM.PowerMgmt"},
	{6, "perms", "User4@pve", "/storage/store2", ""},
	{7, "roles", "User1@pve", "/vms", "Role1"},
	{7, "roles", "User1@pve", "/vms/200", "Role1"},
	{7, "roles", "User1@pve", "/vms/100", "Role1"},
	{7, "perms", "User1@pve", "/vms/100", ""},
	{8, "roles", "max@pve", "/", ""},
	{8, "roles", "max@pve", "/vms", "vm_admin"},
	{8, "roles", "max@pve", "/vms/100", "customer"},
	{8, "roles", "max@pve", "/vms/101", "vm_admin"},
	{8, "perms", "max@pve", "/", ""},
	{8, "perms", "max@pve", "/vms", "VM.Allocate,VM.Audit,VM.Console"},
	{8, "perms", "max@pve", "/vms/100", "VM.Audit,VM.PowerMgmt"},
	{8, "perms", "alex@pve", "/vms", ""},
	{8, "perms", "alex@pve", "/vms/100", "VM.Audit,VM.PowerMgmt"},
	{8, "roles", "max@pve", "/vms/200", "storage_manager"},
	{8, "roles", "joe@pve", "/vms/200", "vm_admin"},
	{8, "roles", "sue@pve", "/vms/200", "NoAccess"},
	{8, "roles", "carol@pam", "/vms/200", "NoAccess"},
	{8, "roles", "carol@pam!token", "/vms/200", "NoAccess"},
	{8, "roles", "max@pve!token", "/vms/200", "storage_manager"},
	{8, "roles", "max@pve!token2", "/vms/200", "customer"},
	{8, "perms", "max@pve!token2", "/vms/300", "VM.Allocate,VM.Audit,VM.Console,VM.PowerMgmt"},
}

func TestPVEPermissionVectors(t *testing.T) {
	sims := map[int]*Simulator{}
	for _, v := range pveVectors {
		s := sims[v.cfg]
		if s == nil {
			s = loadUserCfg(t, fmt.Sprintf("testdata/pve-access-control/test%d.cfg", v.cfg))
			sims[v.cfg] = s
		}
		var got []string
		if v.kind == "roles" {
			got = slices.Sorted(maps.Keys(s.st.pveRoles(v.who, v.path)))
		} else {
			got = s.st.privsAt(catalog.PVE, v.who, v.path).Names()
		}
		if strings.Join(got, ",") != v.want {
			t.Errorf("perm-test%d.pl %s(%s, %q): got %q, want %q", v.cfg, v.kind, v.who, v.path, strings.Join(got, ","), v.want)
		}
	}
}

// TestPVEGetPermissionsVectors ports api-get-permissions-test.pl: who may
// read whose effective permissions through GET /access/permissions, and
// that the answer is get_effective_permissions of the one asked about.
func TestPVEGetPermissionsVectors(t *testing.T) {
	s := loadUserCfg(t, "testdata/pve-access-control/api-get-permissions-test.cfg")
	cases := []struct{ caller, userid, result string }{ // result "" = must fail
		{"stranger@pve", "", "stranger@pve"},
		{"stranger@pve", "stranger@pve", "stranger@pve"},
		{"stranger@pve", "stranger@pve!noprivsep", "stranger@pve"},
		{"stranger@pve", "stranger@pve!privsep", "stranger@pve!privsep"},
		{"stranger@pve", "auditor@pam", ""},
		{"stranger@pve", "auditor@pam!noprivsep", ""},
		{"stranger@pve!noprivsep", "", "stranger@pve"},
		{"stranger@pve!noprivsep", "stranger@pve!noprivsep", "stranger@pve"},
		{"stranger@pve!noprivsep", "stranger@pve", ""},
		{"stranger@pve!noprivsep", "stranger@pve!privsep", ""},
		{"stranger@pve!noprivsep", "auditor@pam!noprivsep", ""},
		{"stranger@pve!privsep", "", "stranger@pve!privsep"},
		{"stranger@pve!privsep", "stranger@pve!privsep", "stranger@pve!privsep"},
		{"stranger@pve!privsep", "stranger@pve", ""},
		{"stranger@pve!privsep", "stranger@pve!noprivsep", ""},
		{"stranger@pve!privsep", "auditor@pam!noprivsep", ""},
		{"auditor@pam", "", "auditor@pam"},
		{"auditor@pam", "auditor@pam", "auditor@pam"},
		{"auditor@pam", "auditor@pam!noprivsep", "auditor@pam"},
		{"auditor@pam", "auditor@pam!privsep", "auditor@pam!privsep"},
		{"auditor@pam", "stranger@pve", "stranger@pve"},
		{"auditor@pam", "stranger@pve!noprivsep", "stranger@pve"},
		{"auditor@pam!noprivsep", "", "auditor@pam"},
		{"auditor@pam!noprivsep", "auditor@pam!noprivsep", "auditor@pam"},
		{"auditor@pam!noprivsep", "auditor@pam", "auditor@pam"},
		{"auditor@pam!noprivsep", "auditor@pam!privsep", "auditor@pam!privsep"},
		{"auditor@pam!noprivsep", "stranger@pve!noprivsep", "stranger@pve"},
		{"auditor@pam!privsep", "", "auditor@pam!privsep"},
		{"auditor@pam!privsep", "auditor@pam!privsep", "auditor@pam!privsep"},
		{"auditor@pam!privsep", "auditor@pam", ""},
		{"auditor@pam!privsep", "auditor@pam!noprivsep", ""},
		{"auditor@pam!privsep", "stranger@pve!noprivsep", ""},
	}
	for who, want := range map[string]string{
		"stranger@pve!privsep":   "VM.Audit,VM.Console", // its vm_lurker within the user's two roles
		"stranger@pve!noprivsep": "VM.Audit,VM.Console,VM.PowerMgmt",
	} {
		if got := strings.Join(s.st.privsAt(catalog.PVE, who, "/vms").Names(), ","); got != want {
			t.Errorf("%s on /vms: %s, want %s", who, got, want)
		}
	}
	for _, tc := range cases {
		c := &call{s: s, product: catalog.PVE, who: identity{AuthID: tc.caller}, args: map[string]any{}}
		if tc.userid != "" {
			c.args["userid"] = tc.userid
		}
		got, err := getPermissions(c)
		switch {
		case tc.result == "" && err == nil:
			t.Errorf("%s reading %s: allowed, want a refusal", tc.caller, tc.userid)
		case tc.result != "" && err != nil:
			t.Errorf("%s reading %s: %v", tc.caller, tc.userid, err)
		case tc.result != "":
			want := fmt.Sprint(asFlags(s.Permissions(catalog.PVE, tc.result)))
			if fmt.Sprint(got) != want {
				t.Errorf("%s reading %s:\n got %v\nwant %v", tc.caller, tc.userid, got, want)
			}
		}
	}
}

func asFlags(p map[string]access.Privs) map[string]any {
	out := map[string]any{}
	for path, privs := range p {
		out[path] = pveFlags(privs)
	}
	return out
}

// TestPBSRoleVectors ports the role tests of proxmox-backup's
// pbs-config/src/acl.rs (test_roles_1, test_role_no_access,
// test_role_add_delete, test_no_access_overwrite).
func TestPBSRoleVectors(t *testing.T) {
	type grant struct {
		propagate bool
		path, who string
		role      string
	}
	check := func(name string, grants []grant, who string, want map[string]string) {
		s := New(Options{Empty: true})
		s.st.pbsUsers.acl = nil
		for _, g := range grants {
			s.st.pbsUsers.setPBS(&aclEntry{Path: normalACLPath(g.path), Type: "user", UGID: g.who, Role: g.role, Propagate: g.propagate})
		}
		for path, roles := range want {
			got := strings.Join(slices.Sorted(maps.Keys(s.st.pbsRolesAt(who, path))), ",")
			if got != roles {
				t.Errorf("%s: roles of %s on %s = %q, want %q", name, who, path, got, roles)
			}
		}
	}
	roles1 := []grant{{true, "/storage", "user1@pbs", "Admin"}, {true, "/storage/store1", "user1@pbs", "DatastoreBackup"}, {true, "/storage/store2", "user2@pbs", "DatastoreBackup"}}
	check("test_roles_1", roles1, "user1@pbs", map[string]string{"/": "", "/storage": "Admin", "/storage/store1": "DatastoreBackup", "/storage/store2": "Admin"})
	check("test_roles_1", roles1, "user2@pbs", map[string]string{"/": "", "/storage": "", "/storage/store1": "", "/storage/store2": "DatastoreBackup"})
	check("test_role_no_access", []grant{{true, "/", "user1@pbs", "Admin"}, {true, "/storage", "user1@pbs", "NoAccess"}, {true, "/storage/store1", "user1@pbs", "DatastoreBackup"}},
		"user1@pbs", map[string]string{"/": "Admin", "/storage": "NoAccess", "/storage/store1": "DatastoreBackup", "/storage/store2": "NoAccess", "/system": "Admin"})
	check("test_role_no_access (not propagated)", []grant{{true, "/", "user1@pbs", "Admin"}, {false, "/storage", "user1@pbs", "NoAccess"}, {true, "/storage/store1", "user1@pbs", "DatastoreBackup"}},
		"user1@pbs", map[string]string{"/": "Admin", "/storage": "NoAccess", "/storage/store1": "DatastoreBackup", "/storage/store2": "Admin", "/system": "Admin"})
	check("test_role_add_delete", []grant{{true, "/", "user1@pbs", "Admin"}, {true, "/", "user1@pbs", "Audit"}, {true, "/", "user1@pbs", "NoAccess"}},
		"user1@pbs", map[string]string{"/": "NoAccess"})
	check("test_no_access_overwrite", []grant{{true, "/storage", "user1@pbs", "NoAccess"}, {true, "/storage", "user1@pbs", "Admin"}, {true, "/storage", "user1@pbs", "Audit"}},
		"user1@pbs", map[string]string{"/storage": "Admin,Audit"})
}
