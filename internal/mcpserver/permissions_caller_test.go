package mcpserver

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// seeded is a seeded token of s: ID and secret ("" the full one).
func seeded(s *sim.Simulator, p catalog.Product, id string) CallerToken {
	for _, tok := range s.SeededTokens() {
		if tok.Product == p && (tok.ID == id || id == "" && tok.ID == s.TokenID(p)) {
			return CallerToken{Product: p, ID: tok.ID, Secret: tok.Secret}
		}
	}
	panic("no seeded token " + id)
}

// perUserServer serves st's product at tier full, unfiltered by the
// server's own credentials, as the HTTP per-user mode builds it.
func perUserServer(t testing.TB, st simTarget, p catalog.Product) *Server {
	t.Helper()
	inv, err := inventory.New(inventory.Options{Mode: inventory.ModeAll, FrontDoor: true,
		Products: []inventory.Product{{Product: p, Tier: policy.Full}}})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Inventory: inv, Upstreams: map[catalog.Product]Upstream{p: st.client}})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// as resolves tokens into a request context.
func as(t *testing.T, srv *Server, tokens ...CallerToken) context.Context {
	t.Helper()
	c, err := srv.Credentials(context.Background(), tokens, CredentialsOptions{Filter: true})
	if err != nil {
		t.Fatal(err)
	}
	return WithCredentials(context.Background(), c)
}

func callIn(t *testing.T, ctx context.Context, c *client.Client, name string, args map[string]any) *mcp.CallToolResult {
	t.Helper()
	req := mcp.CallToolRequest{}
	req.Params.Name, req.Params.Arguments = name, args
	res, err := c.CallTool(ctx, req)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

func (st simTarget) reads(authID string) int {
	n := 0
	for _, r := range st.sim.Requests() {
		if r.Operation == "pve_get_access_permissions" && r.AuthID == authID {
			n++
		}
	}
	return n
}

// A caller's revoked grant answered 403 re-reads the caller's privileges
// (with the caller's token) and says what is missing; the caller's list
// follows the new privileges.
func TestCallerPermissionsAreReadAgain(t *testing.T) {
	setForTest(t, &minPermissionGap, 0)
	st := newSimTarget(t, catalog.PVE, "")
	srv := perUserServer(t, st, catalog.PVE)
	c := connect(t, srv)
	vmadmin := seeded(st.sim, catalog.PVE, "vmadmin@pve!mcp")
	acl := apis.Catalog(catalog.PVE).Lookup("pve_put_access_acl")
	grant := map[string]any{"path": "/vms/100", "roles": "PVEVMUser", "users": "vmadmin@pve", "tokens": "vmadmin@pve!mcp"}
	if _, err := st.client.Do(context.Background(), acl, grant); err != nil {
		t.Fatal(err)
	}
	ctx := as(t, srv, vmadmin)
	reboot := map[string]any{"node": "pve1", "vmid": 100, "confirm": true, "wait": 0}
	if res := callIn(t, ctx, c, "pve_post_nodes_qemu_status_reboot", reboot); res.IsError {
		t.Fatalf("with the grant: %s", text(res))
	}
	grant["delete"] = true
	if _, err := st.client.Do(context.Background(), acl, grant); err != nil {
		t.Fatal(err)
	}
	res := callIn(t, ctx, c, "pve_post_nodes_qemu_status_reboot", reboot)
	if !res.IsError || !strings.Contains(text(res), "read again: this call needs VM.PowerMgmt on /vms/100") {
		t.Errorf("after the revocation: %s", text(res))
	}
	if n := st.reads("vmadmin@pve!mcp"); n < 2 {
		t.Errorf("the caller's permissions were read %d times, want a re-read", n)
	}
	if st.reads(st.sim.TokenID(catalog.PVE)) != 0 {
		t.Error("a caller's permissions were read with the server's token")
	}
}

// The cache is bounded: the least recently seen caller is forgotten and
// read again when it comes back; a wrong secret for a cached token ID is
// read (and refused), never given the cached privileges.
func TestCallerCacheIsBounded(t *testing.T) {
	setForTest(t, &maxCallers, 2)
	st := newSimTarget(t, catalog.PVE, "")
	srv := perUserServer(t, st, catalog.PVE)
	ids := []string{"auditor@pve!mcp", "vmadmin@pve!mcp", st.sim.TokenID(catalog.PVE)}
	for _, id := range ids {
		as(t, srv, seeded(st.sim, catalog.PVE, id))
		time.Sleep(time.Millisecond) // distinct last-seen times
	}
	if n := srv.callers.size(); n != 2 {
		t.Errorf("%d callers kept, want 2", n)
	}
	as(t, srv, seeded(st.sim, catalog.PVE, ids[1])) // kept: not read again
	as(t, srv, seeded(st.sim, catalog.PVE, ids[0])) // forgotten: read again
	if st.reads(ids[0]) != 2 || st.reads(ids[1]) != 1 {
		t.Errorf("reads: %s %d (want 2), %s %d (want 1)", ids[0], st.reads(ids[0]), ids[1], st.reads(ids[1]))
	}
	wrong := seeded(st.sim, catalog.PVE, ids[0])
	wrong.Secret = "not-" + wrong.Secret
	_, err := srv.Credentials(context.Background(), []CallerToken{wrong}, CredentialsOptions{Filter: true})
	var ce *CredentialsError
	if !asCredentialsError(err, &ce) || ce.Status != 401 || strings.Contains(ce.Message, wrong.Secret) {
		t.Errorf("wrong secret: %v", err)
	}
	for k := range srv.callers.entries {
		if strings.Contains(k, wrong.Secret[4:]) {
			t.Error("a secret is a cache key")
		}
	}
}

func asCredentialsError(err error, target **CredentialsError) bool {
	ce, ok := err.(*CredentialsError)
	*target = ce
	return ok
}

// A simulated PVE cluster presenting release, with a client of token id.
func releaseTarget(t *testing.T, release, id string) simTarget {
	t.Helper()
	s := sim.New(sim.Options{TaskDuration: -1, PVERelease: release})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	t.Cleanup(srv.Close)
	tok := seeded(s, catalog.PVE, id)
	c, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: srv.URL, TokenID: tok.ID, TokenSecret: tok.Secret, VerifyTLS: true,
		Timeout: proxmox.DefaultTimeout}, proxmox.WithMaxAttempts(1))
	if err != nil {
		t.Fatal(err)
	}
	return simTarget{sim: s, client: c}
}

// Two targets that differ in release (8.4 and 9.1) and permissions (the
// full token and the VM admin's): an operation newer than 8.4 is found
// by search and described as allowed on the 9.1 target and unavailable on
// the 8.4 one; describe says per target where a privilege is held.
func TestSearchAndDescribePerTarget(t *testing.T) {
	old, cur := releaseTarget(t, "8.4", ""), releaseTarget(t, "9.1", "vmadmin@pve!mcp")
	oldSubj, curSubj := readSubject(t, old, catalog.PVE, old.sim.TokenID(catalog.PVE)), readSubject(t, cur, catalog.PVE, "vmadmin@pve!mcp")
	inv, err := inventory.New(inventory.Options{Mode: inventory.ModeDefault, FrontDoor: true, MaxTaskWait: time.Minute, Products: []inventory.Product{
		{Product: catalog.PVE, Tier: policy.Full, Target: "old", Release: "8.4", Subject: oldSubj},
		{Product: catalog.PVE, Tier: policy.Full, Target: "cur", Release: "9.1", Subject: curSubj},
	}})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Inventory: inv, Upstreams: map[catalog.Product]Upstream{catalog.PVE: old.client},
		Targets: map[string]Upstream{"old": old.client, "cur": cur.client}})
	if err != nil {
		t.Fatal(err)
	}
	c := connect(t, srv)
	newer := newerOperation(t, curSubj, "8.4", "9.1")
	t.Logf("newer than 8.4: %s (since %s)", newer.Name, newer.Since)
	res := call(t, c, inventory.ToolDescribe, map[string]any{"tools": []any{newer.Name, "pve_post_nodes_qemu_status_reboot"}})
	var d struct {
		Operations []struct {
			Tool    string       `json:"tool"`
			Allowed bool         `json:"allowed"`
			Targets []targetNote `json:"targets"`
		} `json:"operations"`
	}
	if err := json.Unmarshal([]byte(text(res)), &d); err != nil || len(d.Operations) != 2 {
		t.Fatalf("describe: %v %s", err, text(res))
	}
	notes := func(i int) map[string]targetNote {
		m := map[string]targetNote{}
		for _, n := range d.Operations[i].Targets {
			m[n.Target] = n
		}
		return m
	}
	n := notes(0)
	if !d.Operations[0].Allowed || !n["cur"].Allowed || n["old"].Allowed || !strings.Contains(n["old"].NotAllowed, "this cluster runs 8.4") {
		t.Errorf("%s (since %s) per target: %+v", newer.Name, newer.Since, d.Operations[0])
	}
	n = notes(1)
	if !n["old"].Allowed || n["old"].AllowedOn != "" || !n["cur"].Allowed || !strings.Contains(n["cur"].AllowedOn, "VM.PowerMgmt on /vms/") {
		t.Errorf("reboot per target: %+v", d.Operations[1])
	}
	res = call(t, c, inventory.ToolSearch, map[string]any{"query": newer.Summary, "limit": 20})
	if !strings.Contains(text(res), `"tool":"`+inv.Entry(newer).Name+`"`) {
		t.Errorf("search for %q does not offer %s: %s", newer.Summary, newer.Name, text(res))
	}
	// With the 8.4 target alone, search no longer offers it.
	oldOnly, err := inventory.New(inventory.Options{Mode: inventory.ModeDefault, FrontDoor: true, Products: []inventory.Product{
		{Product: catalog.PVE, Tier: policy.Full, Release: "8.4", Subject: oldSubj}}})
	if err != nil {
		t.Fatal(err)
	}
	srv2, err := New(Options{Inventory: oldOnly, Upstreams: map[catalog.Product]Upstream{catalog.PVE: old.client}})
	if err != nil {
		t.Fatal(err)
	}
	res = call(t, connect(t, srv2), inventory.ToolSearch, map[string]any{"query": newer.Summary, "limit": 20})
	if strings.Contains(text(res), `"tool":"`+inv.Entry(newer).Name+`"`) {
		t.Errorf("an 8.4 cluster is offered %s: %s", newer.Name, text(res))
	}
}

// newerOperation is a PVE operation that since-release has and
// before-release lacks, and that subj may call somewhere.
func newerOperation(t *testing.T, subj *access.Subject, before, since string) *catalog.Operation {
	t.Helper()
	for i := range apis.Catalog(catalog.PVE).Operations {
		op := &apis.Catalog(catalog.PVE).Operations[i]
		if !op.AvailableIn(before) && op.AvailableIn(since) && op.Summary != "" && subj.Availability(op).Reach != access.Never {
			return op
		}
	}
	t.Fatalf("no operation of %s newer than %s", since, before)
	return nil
}

// BenchmarkCallerInventory is what a new caller's first request costs
// beyond the permission read: deciding every operation with their
// privileges (mode all, one PVE target, the VM admin's token).
func BenchmarkCallerInventory(b *testing.B) {
	st := newSimTarget(b, catalog.PVE, "vmadmin@pve!mcp")
	srv := perUserServer(b, st, catalog.PVE)
	read, err := ReadSubject(context.Background(), st.client, catalog.PVE, access.ParseAuthID("vmadmin@pve!mcp"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		// A new Subject each time: its path index is built per subject.
		subj := &access.Subject{Identity: read.Identity, Privileges: read.Privileges, Directory: read.Directory}
		if _, err := srv.inv.WithSubjects(func(catalog.Product, string) *access.Subject { return subj }); err != nil {
			b.Fatal(err)
		}
	}
}

// Concurrent first requests of one caller read its permissions once.
func TestConcurrentFirstRequestsReadOnce(t *testing.T) {
	st := newSimTarget(t, catalog.PVE, "")
	srv := perUserServer(t, st, catalog.PVE)
	tok := seeded(st.sim, catalog.PVE, "auditor@pve!mcp")
	errs := make(chan error, 8)
	for i := 0; i < cap(errs); i++ {
		go func() {
			c, err := srv.Credentials(context.Background(), []CallerToken{tok}, CredentialsOptions{Filter: true})
			if err == nil && c.caller == nil {
				err = context.DeadlineExceeded // not filtered: wrong
			}
			errs <- err
		}()
	}
	for i := 0; i < cap(errs); i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n := st.reads(tok.ID); n != 1 {
		t.Errorf("%d permission reads for 8 concurrent first requests, want 1", n)
	}
}
