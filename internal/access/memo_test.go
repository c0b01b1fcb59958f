package access

import (
	"reflect"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// TestSharedAnswersAgreeWithEvaluation: every operation of both catalogs,
// answered from the shape memo, gets what evaluating its own check gives,
// for subjects that hold everything, part of the tree, a pool, accounts
// with groups, and nothing.
func TestSharedAnswersAgreeWithEvaluation(t *testing.T) {
	groups := &Directory{Users: map[string]bool{"ops@pve": true, "bob@pve": true},
		Groups: map[string][]string{"admins": {"ops@pve"}, "lab": {"bob@pve"}}}
	subjects := map[string]func() *Subject{
		"root token": func() *Subject {
			return subject(t, "root@pam!mcp", `{"/":{"Sys.Audit":1,"VM.Audit":1,"Datastore.Audit":1}}`)
		},
		"pool admin": func() *Subject {
			return subject(t, "vmadmin@pve!mcp", `{"/pool/lab":{"VM.PowerMgmt":1,"VM.Allocate":1,"VM.Clone":1},
				"/vms/103":{"VM.PowerMgmt":0,"VM.Allocate":0,"VM.Clone":0},"/storage/local":{"Datastore.AllocateSpace":1}}`)
		},
		"user manager": func() *Subject {
			s := subject(t, "ops@pve", `{"/access/groups/lab":{"User.Modify":1},"/access/realm/pve":{"Realm.AllocateUser":1},
				"/datastore/store1":{"Datastore.Backup":true},"/remote":{"Remote.Audit":true}}`)
			s.Directory = groups
			return s
		},
		"nothing": func() *Subject { return subject(t, "nobody@pve!mcp", `{}`) },
	}
	for name, mk := range subjects {
		memo, plain := mk(), mk()
		for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
			ops := apis.Catalog(p).Operations
			for i := range ops {
				op := &ops[i]
				got := memo.Availability(op)
				plain.mu.Lock()
				want := plain.availability(op)
				plain.mu.Unlock()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %s %s: shared answer %s, its own check gives %s", name, op.Method, op.Path, got, want)
				}
			}
		}
		if len(memo.answers) >= len(apis.Catalog(catalog.PVE).Operations) {
			t.Errorf("%s: %d answers kept: operations do not share them", name, len(memo.answers))
		}
	}
}

// Operations whose checks differ in anything Availability reads have
// different shapes.
func TestCheckShapeSeparates(t *testing.T) {
	base := catalog.Operation{Product: catalog.PVE, Method: "GET", Permissions: catalog.Permissions{
		Check: &catalog.Check{Kind: "perm", Path: "/vms/{vmid}", Privs: []string{"VM.Audit"}}}}
	variants := map[string]func(op *catalog.Operation){
		"product":  func(op *catalog.Operation) { op.Product = catalog.PBS },
		"user":     func(op *catalog.Operation) { op.Permissions.User = "all" },
		"path":     func(op *catalog.Operation) { op.Permissions.Check.Path = "/vms" },
		"privs":    func(op *catalog.Operation) { op.Permissions.Check.Privs = []string{"VM.Audit", "VM.Console"} },
		"any":      func(op *catalog.Operation) { op.Permissions.Check.Any = true },
		"partial":  func(op *catalog.Operation) { op.Permissions.Check.Partial = true },
		"no check": func(op *catalog.Operation) { op.Permissions.Check = nil },
		"field bounds": func(op *catalog.Operation) {
			op.Permissions.Check.Privs = []string{"VM.Aud", "it"}
		},
	}
	shape := func(op catalog.Operation) string { return string(checkShape(nil, &op)) }
	seen := map[string]string{shape(base): "base"}
	for name, change := range variants {
		op := base
		c := *base.Permissions.Check
		op.Permissions.Check = &c
		change(&op)
		s := shape(op)
		if other, ok := seen[s]; ok {
			t.Errorf("%s has the shape of %s: %q", name, other, s)
		}
		seen[s] = name
	}
	group := catalog.Operation{Product: catalog.PVE, Method: "POST", Permissions: catalog.Permissions{
		Check: &catalog.Check{Kind: "userid-group", Param: "groups_param", Privs: []string{"User.Modify"}}}}
	put := group
	put.Method = "PUT"
	if shape(group) == shape(put) {
		t.Error("an account check with groups does not tell POST from PUT")
	}
	get := base
	get.Method = "DELETE"
	if shape(base) != shape(get) {
		t.Error("a path check depends on the method")
	}
	pbs := catalog.Operation{Product: catalog.PBS, Permissions: base.Permissions}
	withPath := pbs
	withPath.Params = []catalog.Param{{Name: "vmid", Location: catalog.InPath}}
	if shape(pbs) == shape(withPath) {
		t.Error("a PBS check does not tell the parameters its URI carries")
	}
}
