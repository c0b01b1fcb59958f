package sim

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// TestAvailabilityMatchesEnforcement is the property tool filtering
// relies on: for every operation of both catalogs and every seeded
// identity, the Availability computed from what a client sees (the
// identity's GET /access/permissions and GET /access/groups answers) is
// Never exactly when the simulator refuses every call the test can build
// (example arguments, with each parameter the check looks at set to every
// object of its kind the simulator has). No operation is offered that
// always fails its check, none hidden that some call passes.
func TestAvailabilityMatchesEnforcement(t *testing.T) {
	e := newEnv(t, Options{})
	for _, tok := range append(e.sim.SeededTokens(), e.bareToken(t), e.mixedToken(t)) {
		subj := e.clientView(t, tok)
		counts := map[access.Reach]int{}
		for _, op := range apis.Catalog(tok.Product).Operations {
			a := subj.Availability(&op)
			counts[a.Reach]++
			passed, tried := e.anyCallPasses(&op, tok.ID)
			if (a.Reach == access.Never) == passed {
				t.Errorf("%s %s: availability %s, but of %d calls built one passes = %v", tok.ID, op.Name, a, tried, passed)
			}
		}
		t.Logf("%s %s: %d always, %d somewhere, %d never", tok.Product, tok.ID, counts[access.Always], counts[access.Somewhere], counts[access.Never])
	}
}

// bareToken is a privilege-separated token with no ACL of its own.
func (e *env) bareToken(t *testing.T) SeededToken {
	r := e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: "/access/users/vmadmin@pve/token/bare", form: url.Values{}})
	wantOK(t, r)
	return SeededToken{Product: catalog.PVE, ID: "vmadmin@pve!bare", Secret: r.data(t).(map[string]any)["value"].(string)}
}

// mixedToken is a token without privilege separation whose user has a
// bit of everything: a group grant, a propagated grant it overrides
// below, a grant that does not propagate, NoAccess on one guest, and a
// custom role on a pool.
func (e *env) mixedToken(t *testing.T) SeededToken {
	t.Helper()
	root := func(method, path string, form url.Values) reply {
		r := e.send(t, request{product: catalog.PVE, method: method, path: path, form: form})
		wantOK(t, r)
		return r
	}
	root(http.MethodPost, "/access/groups", url.Values{"groupid": {"operators"}})
	root(http.MethodPost, "/access/users", url.Values{"userid": {"ops@pve"}, "groups": {"operators"}})
	root(http.MethodPost, "/access/roles", url.Values{"roleid": {"Snapshotter"}, "privs": {"VM.Snapshot,VM.Audit"}})
	for _, g := range []url.Values{
		{"path": {"/"}, "roles": {"PVEAuditor"}, "users": {"ops@pve"}},
		{"path": {"/vms"}, "roles": {"PVEVMUser"}, "groups": {"operators"}},
		{"path": {"/vms/101"}, "roles": {"NoAccess"}, "users": {"ops@pve"}},
		{"path": {"/nodes"}, "roles": {"PVESysAdmin"}, "users": {"ops@pve"}, "propagate": {"0"}},
		{"path": {"/pool/lab"}, "roles": {"Snapshotter"}, "users": {"ops@pve"}},
	} {
		root(http.MethodPut, "/access/acl", g)
	}
	r := root(http.MethodPost, "/access/users/ops@pve/token/mcp", url.Values{"privsep": {"0"}})
	return SeededToken{Product: catalog.PVE, ID: "ops@pve!mcp", Secret: r.data(t).(map[string]any)["value"].(string)}
}

// clientView is the subject as the MCP server builds it from the API.
func (e *env) clientView(t *testing.T, tok SeededToken) *access.Subject {
	t.Helper()
	r := e.as(t, tok, get("/access/permissions"))
	wantOK(t, r)
	var env struct{ Data json.RawMessage }
	if err := json.Unmarshal(r.body, &env); err != nil {
		t.Fatal(err)
	}
	perms, err := access.Parse(env.Data)
	if err != nil {
		t.Fatal(err)
	}
	subj := &access.Subject{Identity: access.ParseAuthID(tok.ID), Privileges: perms}
	if tok.Product == catalog.PVE {
		subj.Directory = &access.Directory{Groups: map[string][]string{}}
		for _, g := range e.as(t, tok, get("/access/groups")).data(t).([]any) {
			m := g.(map[string]any)
			subj.Directory.Groups[m["groupid"].(string)] = strings.Split(m["users"].(string), ",")
		}
	}
	return subj
}

// anyCallPasses builds calls of op and reports whether the simulator's
// check lets one through.
func (e *env) anyCallPasses(op *catalog.Operation, authID string) (bool, int) {
	base := e.sim.ExampleArgs(op)
	names := checkedParams(op)
	values := e.universe(op.Product)
	tried := 0
	var rec func(i int, args map[string]any) bool
	rec = func(i int, args map[string]any) bool {
		if i == len(names) {
			tried++
			return e.sim.Decide(op, authID, args).Allowed
		}
		vals := values[names[i]]
		if len(vals) == 0 {
			return rec(i+1, args)
		}
		for _, v := range vals {
			next := maps.Clone(args)
			next[names[i]] = v
			if rec(i+1, next) {
				return true
			}
		}
		return false
	}
	return rec(0, base), tried
}

var templateParam = regexp.MustCompile(`\{([^}]+)\}`)

// checkedParams are the parameters op's check reads.
func checkedParams(op *catalog.Operation) []string {
	set := map[string]bool{}
	var walk func(c *catalog.Check)
	walk = func(c *catalog.Check) {
		for _, m := range templateParam.FindAllStringSubmatch(c.Path+c.Param, -1) {
			set[m[1]] = true
		}
		switch c.Kind {
		case "userid-param", "userid-group":
			set["userid"] = true
			set["groups"] = c.Param == "groups_param"
		case "user-param":
			set[c.Param] = true
		}
		for i := range c.Of {
			walk(&c.Of[i])
		}
	}
	if op.Permissions.Check != nil {
		walk(op.Permissions.Check)
	}
	var out []string
	for n, ok := range set {
		if ok {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// universe are the values of the simulator's objects by parameter name.
func (e *env) universe(p catalog.Product) map[string][]any {
	e.sim.lock()
	defer e.sim.unlock()
	st := e.sim.st
	out := map[string][]any{}
	db := st.users(p)
	for _, u := range db.sorted() {
		out["userid"] = append(out["userid"], u.ID)
	}
	paths := append(st.users(p).treePaths(), st.objectPaths(p)...)
	for _, path := range paths {
		out["path"] = append(out["path"], path)
	}
	if p == catalog.PBS {
		for _, n := range st.pbs.order {
			out["store"] = append(out["store"], n)
			out["name"] = append(out["name"], n)
		}
		for n := range st.pbs.remotes {
			out["remote"] = append(out["remote"], n)
		}
		return out
	}
	for _, g := range st.sortedGuests() {
		out["vmid"] = append(out["vmid"], g.vmid)
		out["newid"] = append(out["newid"], g.vmid)
	}
	out["newid"] = append(out["newid"], st.nextFreeID())
	for _, n := range st.nodeOrder {
		out["node"] = append(out["node"], n)
	}
	for _, s := range st.storOrder {
		out["storage"] = append(out["storage"], s)
	}
	for _, id := range slices.Sorted(maps.Keys(st.pools)) {
		out["pool"] = append(out["pool"], id)
		out["poolid"] = append(out["poolid"], id)
	}
	for _, g := range slices.Sorted(maps.Keys(st.groups)) {
		out["groups"] = append(out["groups"], g)
		out["groupid"] = append(out["groupid"], g)
	}
	out["realm"] = []any{"pam", "pve"}
	return out
}

func TestUniverseCoversSeededObjects(t *testing.T) {
	e := newEnv(t, Options{})
	u := e.universe(catalog.PVE)
	for k, want := range map[string]string{"vmid": "103", "pool": "lab", "storage": "local-lvm", "userid": "vmadmin@pve"} {
		if !slices.ContainsFunc(u[k], func(v any) bool { return fmt.Sprint(v) == want }) {
			t.Errorf("universe %s lacks %s: %v", k, want, u[k])
		}
	}
	if _, err := strconv.Atoi(fmt.Sprint(u["newid"][len(u["newid"])-1])); err != nil {
		t.Error("no free vmid in the universe")
	}
}
