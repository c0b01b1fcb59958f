package httpserve

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// simCluster is one simulated PVE cluster, served over loopback.
type simCluster struct {
	sim *sim.Simulator
	url string
}

func newSimCluster(t *testing.T, release string) simCluster {
	t.Helper()
	s := sim.New(sim.Options{TaskDuration: -1, PVERelease: release})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	t.Cleanup(srv.Close)
	return simCluster{sim: s, url: srv.URL}
}

// token is the seeded token of id as a header value ("" the full one).
func (c simCluster) token(id string) string {
	for _, tok := range c.sim.SeededTokens() {
		if tok.Product == catalog.PVE && (tok.ID == id || id == "" && tok.ID == c.sim.TokenID(catalog.PVE)) {
			return tok.ID + "=" + tok.Secret
		}
	}
	panic("no seeded token " + id)
}

// reads is how many permission reads the cluster answered for authID.
func (c simCluster) reads(authID string) int {
	return c.count(func(r sim.RecordedRequest) bool {
		return r.Operation == "pve_get_access_permissions" && r.AuthID == authID
	})
}

func (c simCluster) count(keep func(sim.RecordedRequest) bool) int {
	n := 0
	for _, r := range c.sim.Requests() {
		if keep(r) {
			n++
		}
	}
	return n
}

// namedCluster is a target of the server under test.
type namedCluster struct {
	name string // "" for the only, unnamed target
	simCluster
}

// perUserSimServer serves the clusters at tier full, all capabilities,
// with per-user credentials; the server's own credentials are the full
// token and the inventory is not filtered by them (per-user mode).
func perUserSimServer(t *testing.T, mode inventory.Mode, filter bool, clusters ...namedCluster) (*running, *inventory.Inventory) {
	t.Helper()
	var products []inventory.Product
	ups, targets := map[catalog.Product]mcpserver.Upstream{}, map[string]mcpserver.Upstream{}
	for _, c := range clusters {
		pc, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: c.url, TokenID: c.sim.TokenID(catalog.PVE),
			TokenSecret: c.sim.TokenSecret(catalog.PVE), VerifyTLS: true, Timeout: proxmox.DefaultTimeout},
			proxmox.WithMaxAttempts(1), proxmox.WithWarnings(io.Discard))
		if err != nil {
			t.Fatal(err)
		}
		if ups[catalog.PVE] == nil {
			ups[catalog.PVE] = pc
		}
		if c.name != "" {
			targets[c.name] = pc
		}
		products = append(products, inventory.Product{Product: catalog.PVE, Tier: policy.Full, Target: c.name,
			Release: release(c.sim)})
	}
	inv, err := inventory.New(inventory.Options{Products: products, Mode: mode, FrontDoor: true, Allow: inventory.Capabilities, MaxTaskWait: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := mcpserver.New(mcpserver.Options{Inventory: inv, Upstreams: ups, Targets: targets, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	h := baseHTTP()
	h.PerUserCredentials = true
	logs := &syncBuffer{}
	s, err := New(Options{HTTP: h, MCP: srv, Log: logs, PermissionFilter: filter})
	if err != nil {
		t.Fatal(err)
	}
	return serveOn(t, s, logs), inv
}

// release is what the simulator presents (as the server reads /version).
func release(s *sim.Simulator) string {
	return s.Release(catalog.PVE)
}

// expectedTools is the oracle: the declared tools and every operation
// tool the unfiltered inventory lists whose operation the simulator's own
// check allows the token somewhere.
func expectedTools(inv *inventory.Inventory, exact *access.Subject) []string {
	var out []string
	for _, tool := range inv.Tools() {
		if tool.Kind == inventory.OperationTool && exact.Availability(tool.Entry.Op).Reach == access.Never {
			continue
		}
		out = append(out, tool.Name)
	}
	slices.Sort(out)
	return out
}

// Two callers on one server see the tools their own tokens allow,
// operation by operation as the simulator's check decides; each caller's
// permissions are read once over a run of calls.
func TestPerUserToolsFollowEachCallersToken(t *testing.T) {
	for _, mode := range []inventory.Mode{inventory.ModeDefault, inventory.ModeAll} {
		c := newSimCluster(t, "")
		r, inv := perUserSimServer(t, mode, true, namedCluster{simCluster: c})
		lists := map[string][]string{}
		for _, id := range []string{"auditor@pve!mcp", "vmadmin@pve!mcp", c.sim.TokenID(catalog.PVE)} {
			hdr := map[string]string{HeaderPVEToken: c.token(id)}
			rpc := newRPC(r.url, hdr)
			rpc.initialize(t)
			a := rpc.request(t, "tools/list", nil, nil)
			got := rpc.toolNames(t, nil)
			slices.Sort(got)
			want := expectedTools(inv, c.sim.Subject(catalog.PVE, id))
			if !slices.Equal(got, want) {
				t.Errorf("%s %s: tools/list differs from the simulator's check:\n offered but refused: %v\n allowed but hidden: %v",
					mode, id, minus(got, want), minus(want, got))
			}
			const n = 20
			for i := 0; i < n; i++ {
				rpc.toolNames(t, nil)
			}
			t.Logf("%s mode, %s: %d tools, %d bytes; permission reads over %d requests: %d",
				mode, id, len(got), len(a.raw), n+4, c.reads(id))
			if c.reads(id) != 1 {
				t.Errorf("%s: %d permission reads, want 1 (cached)", id, c.reads(id))
			}
			lists[id] = got
		}
		if slices.Equal(lists["auditor@pve!mcp"], lists["vmadmin@pve!mcp"]) {
			t.Errorf("%s: the auditor and the VM admin see the same tools", mode)
		}
	}
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// An auditor is refused a reboot before anything is sent; search and
// describe follow the caller's token too.
func TestPerUserRefusalIsPredicted(t *testing.T) {
	c := newSimCluster(t, "")
	r, _ := perUserSimServer(t, inventory.ModeDefault, true, namedCluster{simCluster: c})
	rpc := newRPC(r.url, map[string]string{HeaderPVEToken: c.token("auditor@pve!mcp")})
	rpc.initialize(t)
	reboots := func() int {
		return c.count(func(r sim.RecordedRequest) bool { return r.Operation == "pve_post_nodes_qemu_status_reboot" })
	}
	text, isErr := toolResult(t, rpc.callTool(t, inventory.ToolCallWrite, map[string]any{"tool": "pve_post_nodes_qemu_status_reboot",
		"arguments": map[string]any{"node": "pve1", "vmid": 100}, "confirm": true}, nil))
	if !isErr || !strings.Contains(text, "VM.PowerMgmt") || !strings.Contains(text, "auditor@pve!mcp") || reboots() != 0 {
		t.Errorf("the auditor's reboot: sent %d, answer %s", reboots(), text)
	}
	text, _ = toolResult(t, rpc.callTool(t, inventory.ToolSearch, map[string]any{"query": "reboot vm"}, nil))
	if strings.Contains(text, `"tool":"pve_post_nodes_qemu_status_reboot"`) {
		t.Errorf("search offers the auditor a reboot: %s", text)
	}
	text, _ = toolResult(t, rpc.callTool(t, inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_qemu_status_reboot"}}, nil))
	if !strings.Contains(text, "can never call it") {
		t.Errorf("describe does not say the auditor may not: %s", text)
	}
	root := newRPC(r.url, map[string]string{HeaderPVEToken: c.token("")})
	root.initialize(t)
	text, _ = toolResult(t, root.callTool(t, inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_qemu_status_reboot"}}, nil))
	if !strings.Contains(text, `"allowed":true`) {
		t.Errorf("describe refuses the full token a reboot: %s", text)
	}
}

// A token Proxmox refuses gets a 401 naming it, nothing else is sent with
// it, and a wrong secret never reuses the privileges cached for the right
// one.
func TestPerUserWrongSecretIsRefused(t *testing.T) {
	c := newSimCluster(t, "")
	r, _ := perUserSimServer(t, inventory.ModeDefault, true, namedCluster{simCluster: c})
	good := c.token("auditor@pve!mcp")
	newRPC(r.url, map[string]string{HeaderPVEToken: good}).initialize(t)
	before := len(c.sim.Requests())
	bad := "auditor@pve!mcp=00000000-0000-0000-0000-000000000000"
	a := newRPC(r.url, map[string]string{HeaderPVEToken: bad}).initializeRequest(t)
	msg := errorMessage(a)
	if a.status != http.StatusUnauthorized || !strings.Contains(msg, "auditor@pve!mcp") || !strings.Contains(msg, "401") {
		t.Errorf("wrong secret: HTTP %d %q", a.status, msg)
	}
	if strings.Contains(a.raw, "00000000-0000") || strings.Contains(r.logs.String(), "00000000-0000") || strings.Contains(a.raw, strings.SplitN(good, "=", 2)[1]) {
		t.Error("a secret is echoed or logged")
	}
	if sent := len(c.sim.Requests()) - before; sent != 1 {
		t.Errorf("%d requests sent with the refused token, want the one permission read", sent)
	}
}

// With PROXMOX_MCP_PERMISSION_FILTER off, every caller is offered all the
// tier allows, and no permissions are read.
func TestPerUserFilterOff(t *testing.T) {
	c := newSimCluster(t, "")
	r, inv := perUserSimServer(t, inventory.ModeAll, false, namedCluster{simCluster: c})
	rpc := newRPC(r.url, map[string]string{HeaderPVEToken: c.token("auditor@pve!mcp")})
	rpc.initialize(t)
	got := rpc.toolNames(t, nil)
	if len(got) != len(inv.Tools()) || c.reads("auditor@pve!mcp") != 0 {
		t.Errorf("filter off: %d tools of %d, %d permission reads", len(got), len(inv.Tools()), c.reads("auditor@pve!mcp"))
	}
}

// The first request of a new caller pays the permission read; later ones
// do not. Each round is a new token of the VM admin, made by the full one.
func TestPerUserFirstRequestLatency(t *testing.T) {
	c := newSimCluster(t, "")
	r, _ := perUserSimServer(t, inventory.ModeDefault, true, namedCluster{simCluster: c})
	root, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: c.url, TokenID: c.sim.TokenID(catalog.PVE),
		TokenSecret: c.sim.TokenSecret(catalog.PVE), VerifyTLS: true, Timeout: proxmox.DefaultTimeout})
	if err != nil {
		t.Fatal(err)
	}
	mint := apis.Catalog(catalog.PVE).Lookup("pve_post_access_users_token_tokenid")
	var first, later []time.Duration
	for i := 0; i < 7; i++ {
		data, err := root.Do(context.Background(), mint, map[string]any{"userid": "vmadmin@pve", "tokenid": fmt.Sprintf("round%d", i), "privsep": false})
		if err != nil {
			t.Fatal(err)
		}
		var tok struct {
			FullTokenID string `json:"full-tokenid"`
			Value       string `json:"value"`
		}
		if err := json.Unmarshal(data, &tok); err != nil || tok.Value == "" {
			t.Fatalf("minted token: %s", data)
		}
		rpc := newRPC(r.url, map[string]string{HeaderPVEToken: tok.FullTokenID + "=" + tok.Value})
		t0 := time.Now()
		rpc.initialize(t)
		first = append(first, time.Since(t0))
		t0 = time.Now()
		rpc.initialize(t)
		later = append(later, time.Since(t0))
	}
	t.Logf("initialize (and notifications/initialized) of a new caller: median %s; of a known one: median %s (7 rounds)", median(first), median(later))
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// With two targets, a caller gives each its own token: a call with
// target uses that target's token and is decided with its privileges; a
// target without a token is refused before anything is sent; malformed
// and unknown-target headers are refused naming the header and the
// known targets.
func TestPerTargetTokens(t *testing.T) {
	prod, lab := newSimCluster(t, ""), newSimCluster(t, "")
	r, _ := perUserSimServer(t, inventory.ModeDefault, true, namedCluster{"prod", prod}, namedCluster{"lab", lab})
	reboot := func(target string) map[string]any {
		return map[string]any{"tool": "pve_post_nodes_qemu_status_reboot", "target": target,
			"arguments": map[string]any{"node": "pve1", "vmid": 100}, "confirm": true, "wait": 0}
	}
	reboots := func(c simCluster) int {
		return c.count(func(r sim.RecordedRequest) bool { return r.Operation == "pve_post_nodes_qemu_status_reboot" })
	}
	// prod: the full token; lab: the auditor's.
	rpc := newRPC(r.url, map[string]string{HeaderPVEToken: prod.token(""), HeaderTargetToken: "lab=" + lab.token("auditor@pve!mcp")})
	rpc.initialize(t)
	if text, isErr := toolResult(t, rpc.callTool(t, inventory.ToolCallWrite, reboot("prod"), nil)); isErr || reboots(prod) != 1 {
		t.Errorf("reboot on prod: %s", text)
	}
	text, isErr := toolResult(t, rpc.callTool(t, inventory.ToolCallWrite, reboot("lab"), nil))
	if !isErr || !strings.Contains(text, "auditor@pve!mcp") || reboots(lab) != 0 {
		t.Errorf("reboot on lab with the auditor's token: %s", text)
	}
	if lab.reads("auditor@pve!mcp") != 1 || prod.reads("auditor@pve!mcp") != 0 || lab.reads(prod.sim.TokenID(catalog.PVE)) != 0 {
		t.Error("a token was read on the other target")
	}
	// No token for lab: lab's reads are refused before they are sent.
	only := newRPC(r.url, map[string]string{HeaderPVEToken: prod.token("")})
	only.initialize(t)
	before := len(lab.sim.Requests())
	text, isErr = toolResult(t, only.callTool(t, "pve_get_cluster_resources", map[string]any{"target": "lab"}, nil))
	if !isErr || !strings.Contains(text, "X-Proxmox-Target-Token: lab=") || len(lab.sim.Requests()) != before {
		t.Errorf("lab without a token: %s", text)
	}
	text, _ = toolResult(t, only.callTool(t, inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_qemu_status_reboot"}}, nil))
	if !strings.Contains(text, "none sent for target lab; send X-Proxmox-Target-Token: lab=") {
		t.Errorf("describe does not say lab needs a token: %s", text)
	}
	// The target token may be given in any header-name case, and the
	// default target's by target header instead of the product header.
	alt := newRPC(r.url, map[string]string{"x-proxmox-target-token": "prod=" + prod.token("") + ", lab=" + lab.token("")})
	alt.initialize(t)
	if text, isErr := toolResult(t, alt.callTool(t, "pve_get_cluster_resources", map[string]any{"target": "lab"}, nil)); isErr {
		t.Errorf("both targets by target header: %s", text)
	}
	for _, tc := range []struct{ value, want string }{
		{"staging=" + lab.token(""), `names unknown target "staging": this server's targets are prod, lab`},
		{"lab", "is malformed: want TARGET=TOKEN, one of prod, lab"},
		{"lab=nonsense", "the token of target lab is malformed"},
		{"lab=" + lab.token("") + ",lab=" + lab.token(""), "names target lab twice"},
		{"la b=" + lab.token(""), "is malformed"},
	} {
		a := newRPC(r.url, map[string]string{HeaderPVEToken: prod.token(""), HeaderTargetToken: tc.value}).initializeRequest(t)
		if a.status != http.StatusBadRequest || !strings.Contains(errorMessage(a), HeaderTargetToken) || !strings.Contains(errorMessage(a), tc.want) {
			t.Errorf("%q: HTTP %d %q, want 400 with %q", tc.value, a.status, errorMessage(a), tc.want)
		}
		if strings.Contains(a.raw, lab.sim.TokenSecret(catalog.PVE)) {
			t.Errorf("%q: the secret is echoed", tc.value)
		}
	}
	a := newRPC(r.url, map[string]string{HeaderPVEToken: prod.token(""), HeaderTargetToken: "prod=" + prod.token("")}).initializeRequest(t)
	if a.status != http.StatusBadRequest || !strings.Contains(errorMessage(a), "both give a token for prod") {
		t.Errorf("the default target twice: HTTP %d %q", a.status, errorMessage(a))
	}
}

// A server with one unnamed target refuses the target header.
func TestTargetTokenWithoutTargets(t *testing.T) {
	c := newSimCluster(t, "")
	r, _ := perUserSimServer(t, inventory.ModeDefault, true, namedCluster{simCluster: c})
	a := newRPC(r.url, map[string]string{HeaderPVEToken: c.token(""), HeaderTargetToken: "lab=" + c.token("")}).initializeRequest(t)
	if a.status != http.StatusBadRequest || !strings.Contains(errorMessage(a), "has no named targets") {
		t.Errorf("HTTP %d %q", a.status, errorMessage(a))
	}
}

// The audit log's caller names every per-user token ID with its target,
// never a secret.
func TestCallerNamesTargetTokens(t *testing.T) {
	sc := &scope{tokens: []mcpserver.CallerToken{
		{Product: catalog.PVE, Target: "prod", ID: "alice@pve!mcp", Secret: "s1"},
		{Product: catalog.PVE, Target: "lab", ID: "alice@pve!lab", Secret: "s2"},
		{Product: catalog.PBS, ID: "alice@pbs!mcp", Secret: "s3"},
	}}
	got := sc.caller("192.0.2.1")
	if want := "http:192.0.2.1 pve@prod:alice@pve!mcp pve@lab:alice@pve!lab pbs:alice@pbs!mcp"; got != want {
		t.Errorf("caller %q, want %q", got, want)
	}
}
