package sim

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// seeded finds a seeded token by ID.
func (e *env) seeded(t *testing.T, p catalog.Product, id string) SeededToken {
	t.Helper()
	for _, tok := range e.sim.SeededTokens() {
		if tok.Product == p && tok.ID == id {
			return tok
		}
	}
	t.Fatalf("no seeded token %s", id)
	return SeededToken{}
}

// as sends a request with another API token.
func (e *env) as(t *testing.T, tok SeededToken, rq request) reply {
	t.Helper()
	rq.product = tok.Product
	rq.header = http.Header{"Authorization": {authHeader(tok.Product, tok.ID, tok.Secret)}}
	if rq.form == nil && (rq.method == http.MethodPost || rq.method == http.MethodPut) {
		rq.form = url.Values{}
	}
	return e.send(t, rq)
}

func authHeader(p catalog.Product, id, secret string) string {
	if p == catalog.PBS {
		return "PBSAPIToken=" + id + ":" + secret
	}
	return "PVEAPIToken=" + id + "=" + secret
}

func get(path string) request  { return request{method: http.MethodGet, path: path} }
func post(path string) request { return request{method: http.MethodPost, path: path} }

// wantRefused checks PVE's 403: the message as reason phrase and in the
// body, with Perl's trailing newline.
func wantRefused(t *testing.T, r reply, msg string) {
	t.Helper()
	if r.status != http.StatusForbidden || r.reason != msg {
		t.Fatalf("got %d %q (%s), want 403 %q", r.status, r.reason, r.body, msg)
	}
	var body struct {
		Data    any
		Message string
	}
	if err := json.Unmarshal(r.body, &body); err != nil || body.Data != nil || body.Message != msg+"\n" {
		t.Errorf("body %s, want {\"data\":null,\"message\":%q}", r.body, msg+"\n")
	}
}

func wantOK(t *testing.T, r reply) {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("got %d %q %s, want 200", r.status, r.reason, r.body)
	}
}

// guestIDs are the vmids in a list answer.
func guestIDs(t *testing.T, r reply) []int {
	t.Helper()
	wantOK(t, r)
	var out []int
	for _, x := range r.data(t).([]any) {
		m := x.(map[string]any)
		if v, ok := m["vmid"].(float64); ok {
			out = append(out, int(v))
		}
	}
	sort.Ints(out)
	return out
}

func (e *env) taskCount() int {
	e.sim.lock()
	defer e.sim.unlock()
	return len(e.sim.st.taskOrder)
}

func TestAuditorReadsButCannotAct(t *testing.T) {
	e := newEnv(t, Options{})
	aud := e.seeded(t, catalog.PVE, "auditor@pve!mcp")
	if ids := guestIDs(t, e.as(t, aud, get("/cluster/resources"))); len(ids) != len(demoGuests) {
		t.Errorf("auditor sees guests %v, want all %d", ids, len(demoGuests))
	}
	wantOK(t, e.as(t, aud, get("/nodes/pve1/qemu/100/config")))
	tasks := e.taskCount()
	wantRefused(t, e.as(t, aud, post("/nodes/pve1/qemu/100/status/reboot")), "Permission check failed (/vms/100, VM.PowerMgmt)")
	wantRefused(t, e.as(t, aud, request{method: http.MethodDelete, path: "/nodes/pve1/qemu/100"}), "Permission check failed (/vms/100, VM.Allocate)")
	wantRefused(t, e.as(t, aud, request{method: http.MethodPut, path: "/nodes/pve1/qemu/100/config", form: url.Values{"memory": {"1024"}}}),
		"Permission check failed (/vms/100, VM.Config.Disk|VM.Config.CDROM|VM.Config.CPU|VM.Config.Memory|VM.Config.Network|VM.Config.HWType|VM.Config.Options|VM.Config.Cloudinit)")
	if n := e.taskCount(); n != tasks {
		t.Errorf("refused calls started %d tasks", n-tasks)
	}
	e.sim.lock()
	g := e.sim.st.guests[100]
	e.sim.unlock()
	if g == nil || !g.running || g.config["memory"] != "4096" {
		t.Errorf("guest 100 changed by refused calls: %+v", g)
	}
}

func TestVMAdminConfinedToPool(t *testing.T) {
	e := newEnv(t, Options{TaskDuration: -1})
	vma := e.seeded(t, catalog.PVE, "vmadmin@pve!mcp")
	wantOK(t, e.as(t, vma, post("/nodes/pve2/qemu/103/status/reboot")))
	wantRefused(t, e.as(t, vma, post("/nodes/pve1/qemu/100/status/reboot")), "Permission check failed (/vms/100, VM.PowerMgmt)")
	if ids := guestIDs(t, e.as(t, vma, get("/cluster/resources"))); !slices.Equal(ids, []int{103, 104, 202}) {
		t.Errorf("vmadmin sees guests %v in cluster resources, want the pool's 103, 104, 202", ids)
	}
	if ids := guestIDs(t, e.as(t, vma, get("/nodes/pve2/qemu"))); !slices.Equal(ids, []int{103}) {
		t.Errorf("vmadmin sees %v on pve2, want [103]", ids)
	}
	// The pool's storages, through the pool grant.
	r := e.as(t, vma, get("/nodes/pve1/storage"))
	wantOK(t, r)
	var stores []string
	for _, x := range r.data(t).([]any) {
		stores = append(stores, x.(map[string]any)["storage"].(string))
	}
	if !slices.Equal(stores, []string{"local", "local-lvm"}) {
		t.Errorf("vmadmin sees storages %v, want the pool's local, local-lvm", stores)
	}
}

func TestRootTokenReachesEverything(t *testing.T) {
	e := newEnv(t, Options{TaskDuration: -1})
	root := e.seeded(t, catalog.PVE, "root@pam!mcp")
	wantOK(t, e.as(t, root, post("/nodes/pve1/qemu/100/status/reboot")))
	if ids := guestIDs(t, e.as(t, root, get("/cluster/resources"))); len(ids) != len(demoGuests) {
		t.Errorf("root sees %v", ids)
	}
	pbsRoot := e.seeded(t, catalog.PBS, "root@pam!mcp")
	wantOK(t, e.as(t, pbsRoot, post("/admin/datastore/store1/gc")))
	// Operations without a published check are root@pam's alone, and a
	// token of root@pam is not root@pam.
	wantRefused(t, e.as(t, root, get("/cluster/backup-info")), "Permission check failed (user != root@pam)")
}

func TestPrivsepTokenWithoutACLCanDoNothing(t *testing.T) {
	e := newEnv(t, Options{})
	r := e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: "/access/users/vmadmin@pve/token/bare", form: url.Values{}})
	wantOK(t, r)
	bare := SeededToken{Product: catalog.PVE, ID: "vmadmin@pve!bare", Secret: r.data(t).(map[string]any)["value"].(string)}
	if ids := guestIDs(t, e.as(t, bare, get("/cluster/resources"))); len(ids) != 0 {
		t.Errorf("a token without ACL sees guests %v", ids)
	}
	wantRefused(t, e.as(t, bare, get("/nodes/pve2/qemu/103/config")), "Permission check failed (/vms/103, VM.Audit)")
	wantRefused(t, e.as(t, bare, post("/nodes/pve2/qemu/103/status/reboot")), "Permission check failed (/vms/103, VM.PowerMgmt)")
	r = e.as(t, bare, get("/access/permissions"))
	wantOK(t, r)
	if m := r.data(t).(map[string]any); len(m) != 0 {
		t.Errorf("permissions of a token without ACL: %v", m)
	}
}

func TestACLChangeAppliesToNextRequest(t *testing.T) {
	e := newEnv(t, Options{TaskDuration: -1})
	vma := e.seeded(t, catalog.PVE, "vmadmin@pve!mcp")
	reboot := post("/nodes/pve1/qemu/100/status/reboot")
	wantRefused(t, e.as(t, vma, reboot), "Permission check failed (/vms/100, VM.PowerMgmt)")
	grant := url.Values{"path": {"/vms/100"}, "roles": {"PVEVMUser"}, "users": {"vmadmin@pve"}, "tokens": {"vmadmin@pve!mcp"}}
	wantOK(t, e.send(t, request{product: catalog.PVE, method: http.MethodPut, path: "/access/acl", form: grant}))
	wantOK(t, e.as(t, vma, reboot))
	// The token alone is not enough: a separated token holds only what
	// its user holds too.
	grant.Set("delete", "1")
	grant.Del("tokens")
	wantOK(t, e.send(t, request{product: catalog.PVE, method: http.MethodPut, path: "/access/acl", form: grant}))
	wantRefused(t, e.as(t, vma, reboot), "Permission check failed (/vms/100, VM.PowerMgmt)")
}

func TestPBSSeededTokens(t *testing.T) {
	e := newEnv(t, Options{})
	backup := e.seeded(t, catalog.PBS, "backup@pbs!mcp")
	aud := e.seeded(t, catalog.PBS, "auditor@pbs!mcp")
	r := e.as(t, backup, get("/admin/datastore"))
	wantOK(t, r)
	if list := r.data(t).([]any); len(list) != 1 || list[0].(map[string]any)["store"] != "store1" {
		t.Errorf("backup@pbs!mcp sees datastores %v, want store1 only", list)
	}
	wantOK(t, e.as(t, aud, get("/admin/datastore/store1/gc")))
	for _, tok := range []SeededToken{backup, aud} {
		r := e.as(t, tok, post("/admin/datastore/store1/gc"))
		if r.status != http.StatusForbidden || strings.TrimSpace(string(r.body)) != "permission check failed" {
			t.Errorf("%s starting GC: %d %s, want 403 permission check failed", tok.ID, r.status, r.body)
		}
	}
	r = e.as(t, backup, get("/access/permissions"))
	wantOK(t, r)
	perms := r.data(t).(map[string]any)
	if store, ok := perms["/datastore/store1"].(map[string]any); !ok || store["Datastore.Backup"] != true || store["Datastore.Read"] != true || len(perms) != 1 {
		t.Errorf("backup@pbs!mcp permissions %v", perms)
	}
}

func TestSeededTokensPrinted(t *testing.T) {
	s := New(Options{Seed: 7})
	toks := s.SeededTokens()
	var ids []string
	for _, tok := range toks {
		ids = append(ids, string(tok.Product)+" "+tok.ID)
		if tok.Secret == "" || len(tok.Grants) == 0 {
			t.Errorf("%s: secret %q grants %v", tok.ID, tok.Secret, tok.Grants)
		}
	}
	want := []string{"pve root@pam!mcp", "pbs root@pam!mcp", "pve auditor@pve!mcp", "pve vmadmin@pve!mcp", "pbs auditor@pbs!mcp", "pbs backup@pbs!mcp"}
	if !slices.Equal(ids, want) {
		t.Errorf("seeded tokens %v, want %v", ids, want)
	}
	again := New(Options{Seed: 7}).SeededTokens()
	other := New(Options{Seed: 7, SecretSeed: "x"}).SeededTokens()
	if again[2].Secret != toks[2].Secret || other[2].Secret == toks[2].Secret {
		t.Error("seeded secrets must follow Seed, or SecretSeed when set")
	}
	if n := len(New(Options{Empty: true}).SeededTokens()); n != 2 {
		t.Errorf("an empty simulator has %d seeded tokens, want the 2 configured ones", n)
	}
}

func TestCustomRoleChangesApplyAtOnce(t *testing.T) {
	e := newEnv(t, Options{TaskDuration: -1})
	vma := e.seeded(t, catalog.PVE, "vmadmin@pve!mcp")
	root := func(method, path string, form url.Values) reply {
		return e.send(t, request{product: catalog.PVE, method: method, path: path, form: form})
	}
	wantOK(t, root(http.MethodPost, "/access/roles", url.Values{"roleid": {"PowerOnly"}, "privs": {"VM.PowerMgmt"}}))
	wantOK(t, root(http.MethodPut, "/access/acl", url.Values{"path": {"/vms/100"}, "roles": {"PowerOnly"}, "users": {"vmadmin@pve"}, "tokens": {"vmadmin@pve!mcp"}}))
	reboot := post("/nodes/pve1/qemu/100/status/reboot")
	wantOK(t, e.as(t, vma, reboot))
	wantOK(t, root(http.MethodPut, "/access/roles/PowerOnly", url.Values{"privs": {"VM.Audit"}}))
	wantRefused(t, e.as(t, vma, reboot), "Permission check failed (/vms/100, VM.PowerMgmt)")
	if r := root(http.MethodPost, "/access/roles", url.Values{"roleid": {"PVEMine"}}); r.status != http.StatusBadRequest {
		t.Errorf("a role in the PVE namespace: %d %s", r.status, r.body)
	}
	if r := root(http.MethodDelete, "/access/roles/PVEAdmin", nil); r.status != http.StatusInternalServerError || r.reason != "auto-generated role 'PVEAdmin' cannot be deleted" {
		t.Errorf("deleting a built-in role: %d %q", r.status, r.reason)
	}
	wantOK(t, root(http.MethodDelete, "/access/roles/PowerOnly", nil))
	wantRefused(t, e.as(t, vma, reboot), "Permission check failed (/vms/100, VM.PowerMgmt)")
}

func TestPermissionsAnswer(t *testing.T) {
	e := newEnv(t, Options{})
	aud := e.seeded(t, catalog.PVE, "auditor@pve!mcp")
	vma := e.seeded(t, catalog.PVE, "vmadmin@pve!mcp")
	r := e.as(t, aud, request{method: http.MethodGet, path: "/access/permissions", query: url.Values{"path": {"/vms/100"}}})
	wantOK(t, r)
	if m := r.data(t).(map[string]any); len(m) != 1 || m["/vms/100"].(map[string]any)["VM.Audit"] != float64(1) {
		t.Errorf("auditor on /vms/100: %v", m)
	}
	wantRefused(t, e.as(t, vma, request{method: http.MethodGet, path: "/access/permissions", query: url.Values{"userid": {"auditor@pve"}}}),
		"Permission check failed (/access, Sys.Audit)")
	r = e.as(t, aud, request{method: http.MethodGet, path: "/access/permissions", query: url.Values{"userid": {"vmadmin@pve!mcp"}}})
	wantOK(t, r)
	m := r.data(t).(map[string]any)
	// Pool grants: held on the guest, not propagated (0), as PVE reports.
	if g, ok := m["/vms/103"].(map[string]any); !ok || g["VM.PowerMgmt"] != float64(0) || m["/vms/100"] != nil {
		t.Errorf("vmadmin's permissions as the auditor reads them: %v", m)
	}
}

func TestACLListFiltered(t *testing.T) {
	e := newEnv(t, Options{})
	count := func(tok SeededToken) int {
		r := e.as(t, tok, get("/access/acl"))
		wantOK(t, r)
		return len(r.data(t).([]any))
	}
	if n := count(e.seeded(t, catalog.PVE, "vmadmin@pve!mcp")); n != 0 {
		t.Errorf("vmadmin sees %d ACL entries, want none (no Permissions.Modify anywhere)", n)
	}
	all := count(e.seeded(t, catalog.PVE, "auditor@pve!mcp"))
	if all < 6 {
		t.Errorf("the auditor (Sys.Audit on /access) sees %d ACL entries, want all", all)
	}
	if n := count(e.seeded(t, catalog.PBS, "backup@pbs!mcp")); n != 0 {
		t.Errorf("a PBS token without Sys.Audit sees %d ACL entries", n)
	}
}
