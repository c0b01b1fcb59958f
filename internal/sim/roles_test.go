package sim

import (
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func TestPVEBuiltinRoles(t *testing.T) {
	roles := pveBuiltinRoles()
	want := map[string]string{
		"PVEAuditor":        "Datastore.Audit,Mapping.Audit,Pool.Audit,SDN.Audit,Sys.Audit,VM.Audit,VM.GuestAgent.Audit",
		"PVEVMUser":         "VM.Audit,VM.Backup,VM.Config.CDROM,VM.Config.Cloudinit,VM.Console,VM.GuestAgent.Audit,VM.GuestAgent.FileRead,VM.GuestAgent.FileSystemMgmt,VM.GuestAgent.FileWrite,VM.PowerMgmt",
		"PVEDatastoreUser":  "Datastore.AllocateSpace,Datastore.Audit",
		"PVEDatastoreAdmin": "Datastore.Allocate,Datastore.AllocateSpace,Datastore.AllocateTemplate,Datastore.Audit",
		"PVESysAdmin":       "Sys.Audit,Sys.Console,Sys.Syslog",
		"PVEUserAdmin":      "Group.Allocate,Realm.AllocateUser,User.Modify",
		"PVEPoolAdmin":      "Pool.Allocate,Pool.Audit",
		"PVEPoolUser":       "Pool.Audit",
		"PVESDNAdmin":       "SDN.Allocate,SDN.Audit,SDN.Use",
		"PVESDNUser":        "SDN.Audit,SDN.Use",
		"PVEMappingAdmin":   "Mapping.Audit,Mapping.Modify,Mapping.Use",
		"PVEMappingUser":    "Mapping.Audit,Mapping.Use",
		"PVETemplateUser":   "VM.Audit,VM.Clone",
		"NoAccess":          "",
	}
	for r, privs := range want {
		if got := strings.Join(roles[r], ","); got != privs {
			t.Errorf("%s = %s, want %s", r, got, privs)
		}
	}
	// No user role for categories without user privileges.
	for _, r := range []string{"PVESysUser", "PVEUserUser"} {
		if _, ok := roles[r]; ok {
			t.Errorf("%s exists", r)
		}
	}
	for _, p := range []string{"Sys.Modify", "Sys.PowerMgmt", "Permissions.Modify", "Mapping.Modify", "Realm.Allocate"} {
		if slices.Contains(roles["PVEAdmin"], p) {
			t.Errorf("PVEAdmin holds %s, which only Administrator has", p)
		}
	}
	if len(roles) != 17 {
		t.Errorf("%d built-in roles, want 17: %v", len(roles), roles)
	}
}

// TestCatalogPrivilegesKnown: every privilege a published check names is
// one the simulator's roles know, so no check is impossible by mistake.
func TestCatalogPrivilegesKnown(t *testing.T) {
	known := map[catalog.Product][]string{catalog.PVE: pvePrivileges(), catalog.PBS: pbsPrivileges}
	for _, op := range apis.Operations() {
		var walk func(c *catalog.Check)
		walk = func(c *catalog.Check) {
			for _, p := range c.Privs {
				if !slices.Contains(known[op.Product], p) {
					t.Errorf("%s names unknown privilege %s", op.Name, p)
				}
			}
			for i := range c.Of {
				walk(&c.Of[i])
			}
		}
		if op.Permissions.Check != nil {
			walk(op.Permissions.Check)
		}
	}
}
