package access

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// operation finds a catalog operation by "METHOD /path".
func operation(t *testing.T, p catalog.Product, key string) *catalog.Operation {
	t.Helper()
	method, path, _ := strings.Cut(key, " ")
	cat := apis.Catalog(p)
	for i := range cat.Operations {
		if op := &cat.Operations[i]; op.Method == method && op.Path == path {
			return op
		}
	}
	t.Fatalf("no %s operation %s", p, key)
	return nil
}

func mustParse(t *testing.T, body string) Permissions {
	t.Helper()
	p, err := Parse([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseKeepsNonPropagatingGrants(t *testing.T) {
	// PVE writes the propagate flag as the value: 0 is held, not inherited.
	p := mustParse(t, `{"/vms/100":{"VM.Audit":0,"VM.PowerMgmt":1},"/":{"Sys.Audit":true}}`)
	if !p["/vms/100"].Has("VM.Audit") || p["/vms/100"]["VM.Audit"] {
		t.Errorf("VM.Audit: 0 must be held without propagation, got %v", p["/vms/100"])
	}
	if !p["/"]["Sys.Audit"] {
		t.Errorf("PBS's true must propagate, got %v", p["/"])
	}
	if _, err := Parse([]byte(`{"/":{"Sys.Audit":[1]}}`)); err == nil {
		t.Error("a list as propagate flag was accepted")
	}
}

func TestAtInfersFromNearestListedAncestor(t *testing.T) {
	p := mustParse(t, `{"/":{"Sys.Audit":1,"VM.Audit":0},"/vms":{"VM.Audit":1,"VM.Console":0},"/vms/105":{"VM.PowerMgmt":0},
		"/nodes":{"Sys.Console":0}}`)
	cases := map[string]string{
		"/":           "Sys.Audit,VM.Audit",
		"/storage/a":  "Sys.Audit",    // VM.Audit on / does not propagate
		"/vms/100":    "VM.Audit",     // VM.Console on /vms does not propagate
		"/vms/105":    "VM.PowerMgmt", // listed: exactly what is listed
		"/vms/105/x":  "VM.Audit",     // /vms/105 passes nothing on, /vms does
		"vms//100/":   "VM.Audit",
		"/nodes/pve1": "Sys.Audit", // a grant that stops at /nodes hides nothing from above
	}
	for path, want := range cases {
		if got := strings.Join(p.At(path).Names(), ","); got != want {
			t.Errorf("At(%q) = %q, want %q", path, got, want)
		}
	}
}

func subject(t *testing.T, authID, perms string) *Subject {
	return &Subject{Identity: ParseAuthID(authID), Privileges: mustParse(t, perms)}
}

// known adds a directory: users ops@pve and bob@pve, no groups.
func known(s *Subject) *Subject {
	s.Directory = &Directory{Users: map[string]bool{"ops@pve": true, "bob@pve": true}, Groups: map[string][]string{}}
	return s
}

func TestDecidePVEWording(t *testing.T) {
	ops := func(key string) *catalog.Operation { return operation(t, catalog.PVE, key) }
	auditor := subject(t, "auditor@pve!mcp", `{"/":{"VM.Audit":1,"Sys.Audit":1,"Datastore.Audit":1}}`)
	vmuser := subject(t, "ops@pve", `{"/vms/101":{"VM.PowerMgmt":0,"VM.Clone":0},"/pool/lab":{"VM.Allocate":1}}`)
	cases := []struct {
		name string
		subj *Subject
		op   *catalog.Operation
		args map[string]any
		want string // "" allowed, else status and message
	}{
		{"audit on an inherited path", auditor, ops("GET /nodes/{node}/qemu/{vmid}/config"), map[string]any{"node": "pve1", "vmid": 101}, ""},
		{"power without the privilege", auditor, ops("POST /nodes/{node}/qemu/{vmid}/status/reboot"), map[string]any{"node": "pve1", "vmid": 101},
			"403 Permission check failed (/vms/101, VM.PowerMgmt)"},
		{"non-propagating grant on the path itself", vmuser, ops("POST /nodes/{node}/qemu/{vmid}/status/reboot"), map[string]any{"vmid": int64(101)}, ""},
		{"check_any names every alternative", auditor, ops("PUT /nodes/{node}/qemu/{vmid}/config"), map[string]any{"vmid": 101},
			"403 Permission check failed (/vms/101, VM.Config.Disk|VM.Config.CDROM|VM.Config.CPU|VM.Config.Memory|VM.Config.Network|VM.Config.HWType|VM.Config.Options|VM.Config.Cloudinit)"},
		{"and stops at its first failure", auditor, ops("POST /nodes/{node}/qemu/{vmid}/clone"), map[string]any{"vmid": 101, "newid": 150},
			"403 Permission check failed (/vms/101, VM.Clone)"},
		{"or inside and: second branch through the pool", vmuser, ops("POST /nodes/{node}/qemu/{vmid}/clone"), map[string]any{"vmid": 101, "newid": 150, "pool": "lab"}, ""},
		{"or that fails says nothing more", vmuser, ops("POST /nodes/{node}/qemu/{vmid}/clone"), map[string]any{"vmid": 101, "newid": 150},
			"403 Permission check failed"},
		{"missing template parameter becomes -", vmuser, ops("POST /nodes/{node}/qemu/{vmid}/status/reboot"), map[string]any{},
			"403 Permission check failed (/vms/-, VM.PowerMgmt)"},
		{"root-only operation, token", subject(t, "root@pam!mcp", `{"/":{"Sys.Modify":1}}`), ops("POST /nodes/{node}/execute"), nil,
			"403 Permission check failed (user != root@pam)"},
		{"root-only operation, root", subject(t, "root@pam", `{}`), ops("POST /nodes/{node}/execute"), nil, ""},
		{"any authenticated user", vmuser, ops("GET /cluster/resources"), nil, ""},
		{"user all wins over the check", vmuser, ops("GET /cluster/options"), nil, ""},
		{"a token is never the userid", known(subject(t, "ops@pve!mcp", `{}`)), ops("GET /access/users/{userid}/token"), map[string]any{"userid": "ops@pve"},
			"403 Permission check failed"},
		{"a user is its own userid", vmuser, ops("GET /access/users/{userid}/token"), map[string]any{"userid": "ops@pve"}, ""},
		{"a raise inside an or ends the check", vmuser, ops("PUT /access/password"), map[string]any{"userid": "bob@pve"},
			"403 Permission check failed (/access/realm/pve, Realm.AllocateUser)"},
		{"perm-modify on a guest: Permissions.Modify or VM.Allocate", vmuser, ops("PUT /access/acl"), map[string]any{"path": "/vms/101/"},
			"403 Permission check failed (/vms/101, Permissions.Modify|VM.Allocate)"},
		{"perm-modify on a path that does not normalise: the handler refuses it", vmuser, ops("PUT /access/acl"), map[string]any{"path": "/vms/a b"}, ""},
		{"perm-modify on a pool", vmuser, ops("PUT /access/acl"), map[string]any{"path": "/pool/lab"},
			"403 Permission check failed (/pool/lab, Permissions.Modify|Pool.Allocate)"},
	}
	for _, c := range cases {
		d := c.subj.Decide(c.op, c.args)
		got := ""
		if !d.Allowed {
			got = fmt.Sprintf("%d %s", d.Status, d.Message)
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q (explain: %s)", c.name, got, c.want, d.Explain())
		}
	}
}

func TestDecidePVEAccountChecks(t *testing.T) {
	putUser := operation(t, catalog.PVE, "PUT /access/users/{userid}")
	postUser := operation(t, catalog.PVE, "POST /access/users")
	getUser := operation(t, catalog.PVE, "GET /access/users/{userid}")
	// helpdesk may manage the members of group "staff" only.
	helpdesk := subject(t, "helpdesk@pve", `{"/access/groups/staff":{"User.Modify":1},"/access/realm/pve":{"Realm.AllocateUser":1}}`)
	helpdesk.Directory = &Directory{
		Users:  map[string]bool{"helpdesk@pve": true, "carol@pve": true, "dave@pve": true},
		Groups: map[string][]string{"staff": {"carol@pve"}, "admins": {"dave@pve"}},
	}
	cases := []struct {
		name string
		op   *catalog.Operation
		args map[string]any
		want string
	}{
		{"member of a managed group", getUser, map[string]any{"userid": "carol@pve"}, ""},
		{"member of another group", getUser, map[string]any{"userid": "dave@pve"}, "403 Permission check failed"},
		{"no such user: PVE dies before deciding", getUser, map[string]any{"userid": "erin@pve"}, "500 no such user ('erin@pve')"},
		{"update needs the groups named", putUser, map[string]any{"userid": "carol@pve"}, "403 Permission check failed (/access/groups, User.Modify)"},
		{"update into a managed group", putUser, map[string]any{"userid": "carol@pve", "groups": "staff"}, ""},
		{"update into another group", putUser, map[string]any{"userid": "carol@pve", "groups": "staff,admins"}, "403 Permission check failed (/access/groups/admins, User.Modify)"},
		{"create: the account need not exist", postUser, map[string]any{"userid": "frank@pve", "groups": "staff"}, ""},
		{"create in a realm without Realm.AllocateUser", postUser, map[string]any{"userid": "frank@pam", "groups": "staff"}, "403 Permission check failed (/access/realm/pam, Realm.AllocateUser)"},
	}
	for _, c := range cases {
		d := helpdesk.Decide(c.op, c.args)
		got := ""
		if !d.Allowed {
			got = fmt.Sprintf("%d %s", d.Status, d.Message)
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestDecidePBS(t *testing.T) {
	ops := func(key string) *catalog.Operation { return operation(t, catalog.PBS, key) }
	backup := subject(t, "backup@pbs!mcp", `{"/datastore/store1":{"Datastore.Backup":true,"Datastore.Read":false}}`)
	cases := []struct {
		name string
		subj *Subject
		op   *catalog.Operation
		args map[string]any
		want bool
	}{
		{"privilege on the store", backup, ops("GET /admin/datastore/{store}/gc"), map[string]any{"store": "store1"}, false},
		{"modify on the store", subject(t, "a@pbs", `{"/datastore":{"Datastore.Modify":true}}`), ops("POST /admin/datastore/{store}/gc"), map[string]any{"store": "store1"}, true},
		{"root@pam itself", subject(t, "root@pam", `{}`), ops("GET /nodes"), nil, true},
		{"root's token is not the superuser", subject(t, "root@pam!mcp", `{"/":{"Sys.Audit":true}}`), ops("GET /nodes"), nil, false},
		{"own account through the URI", subject(t, "carol@pbs", `{}`), ops("PUT /access/users/{userid}"), map[string]any{"userid": "carol@pbs"}, true},
		{"a token is not its user", subject(t, "carol@pbs!t", `{}`), ops("PUT /access/users/{userid}"), map[string]any{"userid": "carol@pbs"}, false},
	}
	for _, c := range cases {
		d := c.subj.Decide(c.op, c.args)
		if d.Allowed != c.want {
			t.Errorf("%s: allowed = %v, want %v (%s)", c.name, d.Allowed, c.want, d.Explain())
		}
		if !d.Allowed && (d.Status != http.StatusForbidden || d.Message != "permission check failed") {
			t.Errorf("%s: refused with %d %q, want PBS's 403 \"permission check failed\"", c.name, d.Status, d.Message)
		}
	}
}

// TestDecidePBSPathParametersOnly: proxmox-rest-server fills a check's
// path from the URI alone; a body parameter of the same name does not
// count.
func TestDecidePBSPathParametersOnly(t *testing.T) {
	for _, op := range apis.Catalog(catalog.PBS).Operations {
		c := op.Permissions.Check
		if c == nil || c.Kind != "perm" || !strings.Contains(c.Path, "{") {
			continue
		}
		name := strings.Trim(c.Path[strings.LastIndexByte(c.Path, '{'):], "{}")
		if p := op.Param(name); p != nil && p.Location == catalog.InPath {
			continue
		}
		subj := subject(t, "a@pbs", `{"/":{"`+c.Privs[0]+`":true}}`)
		if d := subj.Decide(&op, map[string]any{name: "x"}); d.Allowed {
			t.Errorf("%s: allowed with %s from the body", op.Name, name)
		}
		return
	}
	t.Skip("no PBS check names a non-URI parameter")
}

func TestAvailability(t *testing.T) {
	reboot := operation(t, catalog.PVE, "POST /nodes/{node}/qemu/{vmid}/status/reboot")
	execute := operation(t, catalog.PVE, "POST /nodes/{node}/execute")
	resources := operation(t, catalog.PVE, "GET /cluster/resources")
	clone := operation(t, catalog.PVE, "POST /nodes/{node}/qemu/{vmid}/clone")
	// The answer a pool-scoped VM admin gets: the pool and its members.
	vmadmin := subject(t, "vmadmin@pve!mcp", `{"/pool/lab":{"VM.PowerMgmt":1,"VM.Allocate":1,"VM.Clone":1},
		"/vms/103":{"VM.PowerMgmt":0,"VM.Allocate":0,"VM.Clone":0},"/vms/104":{"VM.PowerMgmt":0,"VM.Allocate":0,"VM.Clone":0}}`)
	auditor := subject(t, "auditor@pve!mcp", `{"/":{"VM.Audit":1,"Sys.Audit":1}}`)
	cases := []struct {
		name  string
		subj  *Subject
		op    *catalog.Operation
		reach Reach
		say   string
	}{
		{"pool guests only", vmadmin, reboot, Somewhere, "somewhere: VM.PowerMgmt on /vms/103, /vms/104"},
		{"no power anywhere", auditor, reboot, Never, "never: needs VM.PowerMgmt on /vms/{vmid}"},
		{"root only", vmadmin, execute, Never, "never: needs root@pam (no API token)"},
		{"any user", auditor, resources, Always, "always"},
		{"clone within the pool or to a new id in it", vmadmin, clone, Somewhere, ""},
		{"everything propagates from /", subject(t, "root@pam!mcp", `{"/":{"VM.PowerMgmt":1}}`), reboot, Always, "always"},
	}
	for _, c := range cases {
		a := c.subj.Availability(c.op)
		if a.Reach != c.reach || (c.say != "" && a.String() != c.say) {
			t.Errorf("%s: %s, want %s %q", c.name, a, c.reach, c.say)
		}
	}
}

// bigPool is the answer of a VM admin of a pool with n guests.
func bigPool(n int) Permissions {
	vm := Privs{"VM.PowerMgmt": false, "VM.Clone": false, "VM.Allocate": false, "VM.Audit": false}
	p := Permissions{"/pool/big": {"VM.PowerMgmt": true, "VM.Clone": true, "VM.Allocate": true, "VM.Audit": true}}
	for i := 0; i < n; i++ {
		p[fmt.Sprintf("/vms/%d", 1000+i)] = vm
	}
	return p
}

// TestAvailabilityScales: guests that hold the same are tried once, and
// Where still names each of them.
func TestAvailabilityScales(t *testing.T) {
	subj := &Subject{Identity: ParseAuthID("vmadmin@pve!mcp"), Privileges: bigPool(5000)}
	a := subj.Availability(operation(t, catalog.PVE, "POST /nodes/{node}/qemu/{vmid}/clone"))
	if a.Reach != Somewhere {
		t.Fatalf("clone: %s", a.Reach)
	}
	found := 0
	for _, r := range a.Where {
		if strings.HasPrefix(r.Path, "/vms/") && slices.Contains(r.Privs, "VM.Clone") {
			found++
		}
	}
	if found != 5000 {
		t.Errorf("Where names VM.Clone on %d guests, want 5000", found)
	}
}

func BenchmarkAvailabilityAllPVE(b *testing.B) {
	perms := bigPool(1000)
	ops := apis.Catalog(catalog.PVE).Operations
	b.ReportAllocs()
	for b.Loop() {
		// A new Subject each time: one keeps its answers (memo.go).
		subj := &Subject{Identity: ParseAuthID("vmadmin@pve!mcp"), Privileges: perms}
		for i := range ops {
			subj.Availability(&ops[i])
		}
	}
}
