package mcpserver

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// The seeded cluster's guests these tests use (internal/sim seed.go).
const (
	vm101Node   = "pve1" // VM 101 db-01, running
	resolveRead = "GET /cluster/resources"
)

// simSession is a full-tier, default-mode server in front of the seeded
// simulator; tasks end as soon as they start.
func simSession(t *testing.T, mode inventory.Mode) (*sim.Simulator, *client.Client) {
	t.Helper()
	u := newSimUpstream(t)
	_, c := sessionWith(t, setup{Mode: mode, FrontDoor: true, Tier: policy.Full, Upstreams: u.upstreams()})
	return u.cur.Load(), c
}

// sent lists what the simulator received besides the reads that find a
// target: "METHOD /path".
func sent(s *sim.Simulator) []string {
	var out []string
	for _, r := range s.Requests() {
		key := r.Method + " " + r.Path
		if key != resolveRead && key != "GET /admin/datastore" {
			out = append(out, key)
		}
	}
	return out
}

func writeCall(tool string, args map[string]any) map[string]any {
	return map[string]any{"tool": tool, "arguments": args, "confirm": true, "wait": 5}
}

func TestGuestWithoutNodeIsResolvedOnEveryPath(t *testing.T) {
	s, c := simSession(t, inventory.ModeAll)
	for name, res := range map[string]func() string{
		"call_write": func() string {
			return text(call(t, c, inventory.ToolCallWrite, writeCall("pve_post_nodes_qemu_status_reboot", map[string]any{"vmid": 101})))
		},
		"own tool": func() string {
			return text(call(t, c, "pve_post_nodes_qemu_status_reboot", map[string]any{"vmid": 101, "confirm": true, "wait": 5}))
		},
		"call_read": func() string {
			return text(call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_nodes_qemu_status_current", "arguments": map[string]any{"vmid": "101"}}))
		},
	} {
		s.ResetLog()
		out := res()
		if got := sent(s); len(got) == 0 || !strings.Contains(got[0], " /nodes/"+vm101Node+"/qemu/101/") {
			t.Errorf("%s: sent %v: %.300s", name, got, out)
		}
	}
}

func TestWrongNodeIsRefusedAndNothingIsSent(t *testing.T) {
	s, c := simSession(t, inventory.ModeDefault)
	s.ResetLog()
	res := call(t, c, inventory.ToolCallWrite, writeCall("pve_post_nodes_qemu_status_reboot", map[string]any{"vmid": 101, "node": "pve2"}))
	want := "VM 101 is on pve1 (not pve2); call again with node=pve1 or leave node out"
	if !res.IsError || !strings.Contains(text(res), want) {
		t.Fatalf("wrong node: %s", text(res))
	}
	if got := sent(s); len(got) != 0 {
		t.Errorf("a refused call sent %v", got)
	}
}

func TestGuestOfTheOtherTypeNamesTheRightTool(t *testing.T) {
	s, c := simSession(t, inventory.ModeDefault)
	s.ResetLog()
	res := call(t, c, inventory.ToolCallWrite, writeCall("pve_post_nodes_qemu_status_reboot", map[string]any{"vmid": 200}))
	if !res.IsError || !strings.Contains(text(res), "200 (dns-01) is a container (lxc)") ||
		!strings.Contains(text(res), "use pve_post_nodes_lxc_status_reboot (POST /nodes/{node}/lxc/{vmid}/status/reboot)") {
		t.Errorf("container to a qemu operation: %s", text(res))
	}
	res = call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_get_container_status", "arguments": map[string]any{"vmid": 101}})
	if !res.IsError || !strings.Contains(text(res), "is a QEMU VM (qemu)") || !strings.Contains(text(res), "use pve_get_vm_status") {
		t.Errorf("VM to an lxc operation: %s", text(res))
	}
	res = call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pve_post_nodes_qemu_agent_ping", "arguments": map[string]any{"vmid": 200}})
	if !res.IsError || !strings.Contains(text(res), "there is no container POST /nodes/{node}/lxc/{vmid}/agent/ping") {
		t.Errorf("no container twin: %s", text(res))
	}
	if got := sent(s); len(got) != 0 {
		t.Errorf("refused calls sent %v", got)
	}
}

func TestGuestByName(t *testing.T) {
	s, c := simSession(t, inventory.ModeDefault)
	s.ResetLog()
	res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": "db-01"})
	if res.IsError || !slices.Contains(sent(s), "GET /nodes/"+vm101Node+"/qemu/101/status/current") {
		t.Fatalf("by name: %v %s", sent(s), text(res))
	}
	s.ResetLog()
	res = call(t, c, "pve_get_vm_status", map[string]any{"vmid": "DB-01", "node": vm101Node})
	if res.IsError || !slices.Contains(sent(s), "GET /nodes/"+vm101Node+"/qemu/101/status/current") {
		t.Errorf("a name in another case: %v %s", sent(s), text(res))
	}
	s.ResetLog()
	res = call(t, c, "pve_get_vm_status", map[string]any{"vmid": "db01"})
	if !res.IsError || !strings.Contains(text(res), `argument "vmid": "db01" is no guest's name`) ||
		!strings.Contains(text(res), "closest: db-01 (VM 101 on pve1)") || !strings.Contains(text(res), "Nothing was sent") {
		t.Errorf("unknown name: %s", text(res))
	}
	if got := sent(s); len(got) != 0 {
		t.Errorf("an unknown name sent %v", got)
	}
}

// guestRows is a cluster resources answer for the fake upstream.
func guestRows(rows ...string) string { return "[" + strings.Join(rows, ",") + "]" }

func row(vmid int, kind, name, node string) string {
	return fmt.Sprintf(`{"id":"%s/%d","type":%q,"vmid":%d,"name":%q,"node":%q,"status":"running","template":0}`, kind, vmid, kind, vmid, name, node)
}

func fakeSession(t *testing.T, mode inventory.Mode) (*upstream, *client.Client) {
	t.Helper()
	u := newUpstream(t)
	_, c := session(t, u, setup{Mode: mode, FrontDoor: true}, policy.Full)
	return u, c
}

func (u *upstream) countOf(key string) int {
	u.mu.Lock()
	defer u.mu.Unlock()
	n := 0
	for _, r := range u.requests {
		if r == key {
			n++
		}
	}
	return n
}

func TestAmbiguousNameListsTheMatches(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	u.answer(resolveRead, guestRows(row(100, "qemu", "web", "pve1"), row(205, "lxc", "web", "pve2"), row(300, "qemu", "db", "pve3")))
	res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": "web"})
	want := `argument "vmid": "web" names 2 guests: web (VM 100 on pve1), web (Container 205 on pve2); call again with the id.`
	if !res.IsError || !strings.Contains(text(res), want) {
		t.Errorf("ambiguous name: %s", text(res))
	}
	if u.operations() != 0 {
		t.Errorf("an ambiguous name sent %v", u.requests)
	}
}

func TestClosestNamesAreAFewByEditDistance(t *testing.T) {
	var list []guestRecord
	for i, n := range []string{"web-01", "web-02", "db-01", "proxy", "monitoring", "web-backup", "ci-runner"} {
		list = append(list, guestRecord{VMID: 100 + i, Name: n, Node: "pve1", Kind: catalog.QEMU})
	}
	var got []string
	for _, g := range closestNames(list, "web01", 3) {
		got = append(got, g.Name)
	}
	if want := []string{"web-01", "web-02", "db-01"}; !slices.Equal(got, want) {
		t.Errorf("closest to web01: %v, want %v", got, want)
	}
	if g := closestNames(list, "backup", 1); len(g) != 1 || g[0].Name != "web-backup" {
		t.Errorf("a name contained in another: %v", g)
	}
}

func TestFailedResourcesReadAsksForTheNode(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault) // answers data null: not a list
	res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101})
	if !res.IsError || !strings.Contains(text(res), "reading the cluster resources (GET /cluster/resources) failed") ||
		!strings.Contains(text(res), "Call again with node=") {
		t.Errorf("failed read: %s", text(res))
	}
	if u.operations() != 0 {
		t.Errorf("the call was sent without a node: %v", u.requests)
	}
	// With the node given, the call does not depend on the read.
	res = call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101, "node": "pve1"})
	if res.IsError || u.last() != "GET /nodes/pve1/qemu/101/status/current" {
		t.Errorf("with the node: %s (last %s)", text(res), u.last())
	}
}

// A guest the token may not audit is missing from the cluster resources;
// with the node given, the call goes out and Proxmox decides.
func TestUnlistedGuestWithANodeIsSentAsGiven(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	u.answer(resolveRead, guestRows(row(100, "qemu", "web", "pve1")))
	res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": 105, "node": "pve2"})
	if res.IsError || u.last() != "GET /nodes/pve2/qemu/105/status/current" {
		t.Errorf("unlisted guest with a node: %s (last %s)", text(res), u.last())
	}
	res = call(t, c, "pve_get_vm_status", map[string]any{"vmid": 105})
	if !res.IsError || !strings.Contains(text(res), "No guest 105 in the cluster resources") || !strings.Contains(text(res), "VM.Audit") {
		t.Errorf("unlisted guest without a node: %s", text(res))
	}
}

func TestInvalidArgumentsAreRefusedBeforeAnyRead(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	for _, args := range []map[string]any{
		{"vmid": 101, "bogus": 1},
		{"vmid": "db-01", "timeout": -5},
		{"vmid": 101, "node": "../etc"},
		{"vmid": "not a name"},
	} {
		res := call(t, c, inventory.ToolCallWrite, writeCall("pve_post_nodes_qemu_status_reboot", args))
		if !res.IsError || !strings.Contains(text(res), "nothing was sent") {
			t.Errorf("%v: %s", args, text(res))
		}
	}
	if u.count() != 0 {
		t.Errorf("invalid calls read or sent %v", u.requests)
	}
}

func TestGuestListIsCachedAndReadAgainOnAMiss(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	u.answer(resolveRead, guestRows(row(101, "qemu", "db-01", "pve1")))
	for range 3 {
		if res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101}); res.IsError {
			t.Fatal(text(res))
		}
	}
	if n := u.countOf(resolveRead); n != 1 {
		t.Errorf("3 calls within the cache's life read the guests %d times, want 1", n)
	}
	u.answer(resolveRead, guestRows(row(101, "qemu", "db-01", "pve1"), row(150, "qemu", "new", "pve3")))
	if res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": 150}); res.IsError || u.last() != "GET /nodes/pve3/qemu/150/status/current" {
		t.Errorf("a guest created since the last read: %s (last %s)", text(res), u.last())
	}
	if n := u.countOf(resolveRead); n != 2 {
		t.Errorf("a miss read the guests %d times in all, want 2", n)
	}
}

// A node that disagrees with the cache is checked against a fresh read
// before the call is refused: the guest may have moved.
func TestAStaleCacheNeverRefusesARightNode(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	u.answer(resolveRead, guestRows(row(101, "qemu", "db-01", "pve1")))
	call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101})
	u.answer(resolveRead, guestRows(row(101, "qemu", "db-01", "pve2")))
	res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101, "node": "pve2"})
	if res.IsError || u.last() != "GET /nodes/pve2/qemu/101/status/current" {
		t.Errorf("moved guest with its new node: %s (last %s)", text(res), u.last())
	}
}

func TestMigrationMakesTheNextLookupReadAgain(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	u.answer(resolveRead, guestRows(row(101, "qemu", "db-01", "pve1")))
	u.answer("POST /nodes/pve1/qemu/101/migrate", `"UPID:pve1:00001234:00ABCDEF:6650F1A2:qmigrate:101:root@pam:"`)
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pve_post_nodes_qemu_migrate", "arguments": map[string]any{"vmid": 101, "target": "pve2"}, "confirm": true})
	if res.IsError || !slices.Contains(u.requests, "POST /nodes/pve1/qemu/101/migrate") {
		t.Fatalf("migrate: %s", text(res))
	}
	u.answer(resolveRead, guestRows(row(101, "qemu", "db-01", "pve2"))) // the migration ended
	res = call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101})
	if res.IsError || u.last() != "GET /nodes/pve2/qemu/101/status/current" {
		t.Errorf("after a migration: %s (last %s)", text(res), u.last())
	}
	n := u.countOf(resolveRead)
	call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101})
	if u.countOf(resolveRead) != n {
		t.Errorf("once the guest is seen on its new node the cache serves it again")
	}
}

func TestMigrationOperationsAreFoundInTheCatalog(t *testing.T) {
	var got []string
	for _, op := range apis.Catalog(catalog.PVE).Operations {
		if movesGuests(&op) {
			got = append(got, op.Method+" "+op.Path)
		}
	}
	for _, want := range []string{
		"POST /nodes/{node}/qemu/{vmid}/migrate", "POST /nodes/{node}/lxc/{vmid}/migrate",
		"POST /nodes/{node}/qemu/{vmid}/remote_migrate", "POST /nodes/{node}/migrateall",
		"POST /cluster/ha/resources/{sid}/migrate", "POST /cluster/ha/resources/{sid}/relocate",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("%s is not recognised as a migration (found %v)", want, got)
		}
	}
	for _, op := range got {
		if strings.HasPrefix(op, "GET ") {
			t.Errorf("%s is a read", op)
		}
	}
}

// Concurrent calls on a cold cache share one read.
func TestConcurrentLookupsShareOneRead(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	u.answer(resolveRead, guestRows(row(101, "qemu", "db-01", "pve1")))
	hold := make(chan struct{})
	entered := make(chan struct{}, 16)
	u.gate = func(key string) {
		if key == resolveRead {
			entered <- struct{}{}
			<-hold
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": 101}); res.IsError {
				errs <- text(res)
			}
		}()
	}
	<-entered
	time.Sleep(50 * time.Millisecond) // let the others reach the cache
	close(hold)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if n := u.countOf(resolveRead); n != 1 {
		t.Errorf("8 concurrent calls read the guests %d times, want 1", n)
	}
}

func TestStoreIsImpliedWhenThereIsOneDatastore(t *testing.T) {
	u, c := fakeSession(t, inventory.ModeDefault)
	u.answer("GET /admin/datastore", `[{"store":"only"}]`)
	res := call(t, c, "pbs_list_snapshots", map[string]any{})
	if res.IsError || u.last() != "GET /admin/datastore/only/snapshots" {
		t.Errorf("one datastore: %s (last %s)", text(res), u.last())
	}
	s, sc := simSession(t, inventory.ModeDefault) // store1 and archive
	s.ResetLog()
	res = call(t, sc, "pbs_list_snapshots", map[string]any{})
	if !res.IsError || !strings.Contains(text(res), "this backup server has 2 datastores (archive, store1); call again with store=") {
		t.Errorf("several datastores: %s", text(res))
	}
	if got := sent(s); len(got) != 0 {
		t.Errorf("sent %v", got)
	}
}

// The listed schemas carry the targeting fact; the typed library's
// parameters (Params) keep node and store required.
func TestTargetingFactsOverTheCatalog(t *testing.T) {
	guestPath := regexp.MustCompile(`^/nodes/\{node\}/(qemu|lxc)/\{vmid\}(/|$)`)
	counts := map[catalog.GuestKind]int{}
	stores := 0
	for _, op := range apis.Operations() {
		m := guestPath.FindStringSubmatch(op.Path)
		wantKind := catalog.GuestKind("")
		if op.Product == catalog.PVE && m != nil {
			wantKind = catalog.GuestKind(m[1])
		}
		if op.Guest != wantKind {
			t.Errorf("%s %s: Guest %q, want %q", op.Method, op.Path, op.Guest, wantKind)
		}
		if wantStore := op.Product == catalog.PBS && strings.Contains(op.Path, "{store}"); op.StoreImplied != wantStore {
			t.Errorf("%s %s: StoreImplied %v", op.Method, op.Path, op.StoreImplied)
		}
		counts[op.Guest]++
		resolvable := map[bool]string{true: "node", false: "store"}[op.Guest != ""]
		if op.Guest == "" && !op.StoreImplied {
			continue
		}
		if op.StoreImplied {
			stores++
		}
		if p := op.Param(resolvable); p == nil || !p.Required {
			t.Errorf("%s: the typed library must keep %s required", op.Name, resolvable)
		}
		var ts struct {
			Properties map[string]map[string]any `json:"properties"`
			Required   []string                  `json:"required"`
		}
		if err := json.Unmarshal([]byte(op.ToolSchema), &ts); err != nil {
			t.Fatal(err)
		}
		if slices.Contains(ts.Required, resolvable) || ts.Properties[resolvable] == nil {
			t.Errorf("%s: the listed schema must offer %s as optional", op.Name, resolvable)
		}
		if op.Guest != "" && fmt.Sprint(ts.Properties["vmid"]["type"]) != "[integer string]" {
			t.Errorf("%s: the listed vmid must take a name: %v", op.Name, ts.Properties["vmid"])
		}
	}
	t.Logf("guest operations: %d qemu, %d lxc; store implied: %d", counts[catalog.QEMU], counts[catalog.LXC], stores)
	if counts[catalog.QEMU] < 90 || counts[catalog.LXC] < 55 || stores < 30 {
		t.Errorf("too few operations marked: %v, %d", counts, stores)
	}
}
