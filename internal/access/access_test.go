package access

import (
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func op(check *catalog.Check, user string) *catalog.Operation {
	return &catalog.Operation{Permissions: catalog.Permissions{Check: check, User: user}}
}

func TestUsable(t *testing.T) {
	perms, err := Parse([]byte(`{"/vms/100":{"VM.Audit":1,"VM.PowerMgmt":1},"/storage":{"Datastore.Audit":1},"/":{"Sys.Audit":0}}`))
	if err != nil {
		t.Fatal(err)
	}
	id := Identity{User: "ops@pve", Token: true}
	cases := []struct {
		name string
		op   *catalog.Operation
		want bool
	}{
		{"guest audit on a listed guest", op(&catalog.Check{Kind: "perm", Path: "/vms/{vmid}", Privs: []string{"VM.Audit"}}, ""), true},
		{"storage propagated from /storage", op(&catalog.Check{Kind: "perm", Path: "/storage/{storage}", Privs: []string{"Datastore.Audit"}}, ""), true},
		{"privilege set to 0", op(&catalog.Check{Kind: "perm", Path: "/", Privs: []string{"Sys.Audit"}}, ""), false},
		{"all of two, one missing", op(&catalog.Check{Kind: "perm", Path: "/vms/{vmid}", Privs: []string{"VM.Audit", "VM.Allocate"}}, ""), false},
		{"any of two", op(&catalog.Check{Kind: "perm", Path: "/vms/{vmid}", Privs: []string{"VM.Audit", "VM.Allocate"}, Any: true}, ""), true},
		{"and", op(&catalog.Check{Kind: "and", Of: []catalog.Check{
			{Kind: "perm", Path: "/vms/{vmid}", Privs: []string{"VM.Audit"}},
			{Kind: "perm", Path: "/", Privs: []string{"Sys.Modify"}}}}, ""), false},
		{"or", op(&catalog.Check{Kind: "or", Of: []catalog.Check{
			{Kind: "perm", Path: "/", Privs: []string{"Sys.Modify"}},
			{Kind: "perm", Path: "/vms/{vmid}", Privs: []string{"VM.PowerMgmt"}}}}, ""), true},
		{"partial: a privilege below the path", op(&catalog.Check{Kind: "perm", Path: "/vms", Privs: []string{"VM.Audit"}, Partial: true}, ""), true},
		{"not partial: below the path does not count", op(&catalog.Check{Kind: "perm", Path: "/vms", Privs: []string{"VM.Audit"}}, ""), false},
		{"any user", op(nil, "all"), true},
		{"root only, token", op(nil, ""), false},
	}
	for _, c := range cases {
		if got := perms.Usable(c.op, id); got != c.want {
			t.Errorf("%s: Usable = %v, want %v", c.name, got, c.want)
		}
	}
	if !perms.Usable(op(nil, ""), Identity{User: "root@pam"}) {
		t.Error("root@pam with a password cannot use a root-only operation")
	}
}
