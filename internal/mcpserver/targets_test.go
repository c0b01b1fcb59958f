package mcpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// simTarget is one simulated cluster or backup server and a client of it
// with the given token ("" the full one).
type simTarget struct {
	sim    *sim.Simulator
	client *proxmox.Client
}

func newSimTarget(t testing.TB, p catalog.Product, tokenID string) simTarget {
	t.Helper()
	s := sim.New(sim.Options{TaskDuration: -1})
	srv := httptest.NewServer(s.Handler(p))
	t.Cleanup(srv.Close)
	id, secret := s.TokenID(p), s.TokenSecret(p)
	for _, tok := range s.SeededTokens() {
		if tok.ID == tokenID && tok.Product == p {
			id, secret = tok.ID, tok.Secret
		}
	}
	c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: srv.URL, TokenID: id, TokenSecret: secret, VerifyTLS: true,
		Timeout: proxmox.DefaultTimeout}, proxmox.WithMaxAttempts(1))
	if err != nil {
		t.Fatal(err)
	}
	return simTarget{sim: s, client: c}
}

// count is how many requests of an operation the target saw.
func (st simTarget) count(op string) int {
	n := 0
	for _, r := range st.sim.Requests() {
		if r.Operation == op {
			n++
		}
	}
	return n
}

// Two clusters and two backup servers behind one server: the same tool
// reaches each by target, tasks are followed where they started, a wrong
// target lists the known ones, and the audit log names the target.
func TestTargetsRouteEachCall(t *testing.T) {
	ts := map[string]simTarget{
		"prod": newSimTarget(t, catalog.PVE, ""), "lab": newSimTarget(t, catalog.PVE, ""),
		"bk1": newSimTarget(t, catalog.PBS, ""), "bk2": newSimTarget(t, catalog.PBS, ""),
	}
	var products []inventory.Product
	targets := map[string]Upstream{}
	for _, name := range []string{"prod", "lab", "bk1", "bk2"} {
		p := catalog.PVE
		if strings.HasPrefix(name, "bk") {
			p = catalog.PBS
		}
		products = append(products, inventory.Product{Product: p, Tier: policy.Full, Target: name})
		targets[name] = ts[name].client
	}
	inv, err := inventory.New(inventory.Options{Products: products, Mode: inventory.ModeDefault, FrontDoor: true, MaxTaskWait: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "audit.log")
	log, err := audit.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Inventory: inv, Targets: targets, Audit: log,
		Upstreams: map[catalog.Product]Upstream{catalog.PVE: targets["prod"], catalog.PBS: targets["bk1"]}})
	if err != nil {
		t.Fatal(err)
	}
	c := connect(t, srv)

	// The same read, on each target and on the default.
	for _, tc := range []struct{ target, want string }{{"lab", "lab"}, {"prod", "prod"}, {"", "prod"}} {
		before := ts[tc.want].count("pve_get_cluster_resources")
		args := map[string]any{}
		if tc.target != "" {
			args["target"] = tc.target
		}
		if res := call(t, c, "pve_get_cluster_resources", args); res.IsError {
			t.Fatalf("target %q: %s", tc.target, text(res))
		}
		if ts[tc.want].count("pve_get_cluster_resources") != before+1 {
			t.Errorf("target %q did not reach %s", tc.target, tc.want)
		}
	}
	if res := call(t, c, inventory.ToolCallRead, map[string]any{"tool": "pbs_get_admin_datastore", "target": "bk2"}); res.IsError || ts["bk2"].count("pbs_get_admin_datastore") != 1 {
		t.Errorf("front door to bk2: %s", text(res))
	}
	// A task started on lab is followed on lab.
	res := call(t, c, inventory.ToolCallWrite, map[string]any{"tool": "pve_post_nodes_qemu_status_reboot", "target": "lab",
		"arguments": map[string]any{"node": "pve1", "vmid": 100}, "confirm": true, "wait": 0})
	if res.IsError {
		t.Fatal(text(res))
	}
	upid, _ := decodeText(t, res)["data"].(string)
	if !strings.HasPrefix(upid, "UPID:") {
		t.Fatalf("no UPID in %s", text(res))
	}
	if res := call(t, c, inventory.ToolTask, map[string]any{"upid": upid}); res.IsError || ts["lab"].count("pve_get_nodes_tasks_status") == 0 || ts["prod"].count("pve_get_nodes_tasks_status") != 0 {
		t.Errorf("task followed on the wrong target: %s", text(res))
	}
	// A guest found without its node is looked up on the call's target.
	if res := call(t, c, "pve_get_vm_status", map[string]any{"vmid": 100, "target": "lab"}); res.IsError {
		t.Errorf("a guest without its node on lab: %s", text(res))
	}
	if ts["lab"].count("pve_get_nodes_qemu_status_current") != 1 || ts["prod"].count("pve_get_nodes_qemu_status_current") != 0 || ts["prod"].count("pve_get_cluster_resources") != 2 {
		t.Errorf("the guest was not resolved and read on lab alone: lab status %d, prod status %d, prod resources %d", ts["lab"].count("pve_get_nodes_qemu_status_current"), ts["prod"].count("pve_get_nodes_qemu_status_current"), ts["prod"].count("pve_get_cluster_resources"))
	}
	// A wrong target names the right ones; nothing is sent.
	res = call(t, c, "pve_get_cluster_resources", map[string]any{"target": "staging"})
	if !res.IsError || !strings.Contains(text(res), `unknown Proxmox VE target "staging": this server has prod, lab`) {
		t.Errorf("wrong target: %s", text(res))
	}
	// The listed schema offers the targets.
	list, err := c.ListTools(context.Background(), mcp.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tool := range list.Tools {
		if tool.Name != "pve_get_cluster_resources" {
			continue
		}
		if prop, _ := json.Marshal(tool.InputSchema.Properties["target"]); !bytes.Contains(prop, []byte(`"enum":["prod","lab"]`)) {
			t.Errorf("schema without the targets: %s", prop)
		}
	}
	log.Close()
	data, _ := os.ReadFile(path)
	if !bytes.Contains(data, []byte(`"target":"lab"`)) {
		t.Errorf("the audit log does not name the target:\n%s", data)
	}
}

// For each seeded token, the server offers exactly the operations the
// token's privileges allow somewhere: none offered that Proxmox refuses
// everywhere, none hidden that it allows somewhere.
func TestOfferedOperationsFollowTheTokensPrivileges(t *testing.T) {
	seed := sim.New(sim.Options{})
	for _, tok := range seed.SeededTokens() {
		st := newSimTarget(t, tok.Product, tok.ID)
		subj := readSubject(t, st, tok.Product, tok.ID)
		inv, srv := scopedServer(t, st, tok.Product, subj, inventory.ModeAll, inventory.Capabilities)
		// The reference is the simulator's own view (privileges, accounts
		// and group members), not one built the way ReadSubject builds it.
		exact := st.sim.Subject(tok.Product, tok.ID)
		offered, hidden := 0, 0
		for _, op := range apis.Catalog(tok.Product).Operations {
			op := &op
			e := inv.Entry(op)
			allows := exact.Availability(op).Reach != access.Never
			switch {
			case e.Allowed() && !allows:
				t.Errorf("%s: %s offered, but Proxmox refuses it everywhere", tok.ID, op.Name)
			case !e.Allowed() && allows:
				t.Errorf("%s: %s hidden (%s), but Proxmox allows it somewhere", tok.ID, op.Name, e.Refusal())
			case e.Allowed():
				offered++
			default:
				hidden++
			}
		}
		list, err := connect(t, srv).ListTools(context.Background(), mcp.ListToolsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		size, _ := json.Marshal(list)
		_, dsrv := scopedServer(t, st, tok.Product, subj, inventory.ModeDefault, nil)
		dlist, err := connect(t, dsrv).ListTools(context.Background(), mcp.ListToolsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		dsize, _ := json.Marshal(dlist)
		t.Logf("%s: %d operations offered, %d hidden; tools/list default %d tools, %d bytes; all %d tools, %d bytes",
			tok.ID, offered, hidden, len(dlist.Tools), len(dsize), len(list.Tools), len(size))
	}
}

// A grant made while the session runs is seen: the refusal predicted from
// stale privileges is checked again with fresh ones; and a revocation
// answered 403 re-reads them and says what is missing.
func TestPermissionsAreReadAgain(t *testing.T) {
	setForTest(t, &minPermissionGap, 0)
	st := newSimTarget(t, catalog.PVE, "vmadmin@pve!mcp")
	rootClient, err := proxmox.New(proxmox.Config{Product: catalog.PVE, BaseURL: st.client.BaseURL(), TokenID: st.sim.TokenID(catalog.PVE),
		TokenSecret: st.sim.TokenSecret(catalog.PVE), VerifyTLS: true, Timeout: proxmox.DefaultTimeout})
	if err != nil {
		t.Fatal(err)
	}
	_, srv := scopedServer(t, st, catalog.PVE, readSubject(t, st, catalog.PVE, "vmadmin@pve!mcp"), inventory.ModeAll, nil)
	c := connect(t, srv)
	reboot := map[string]any{"node": "pve1", "vmid": 100, "confirm": true, "wait": 0}
	before := st.count("pve_post_nodes_qemu_status_reboot")
	res := call(t, c, "pve_post_nodes_qemu_status_reboot", reboot)
	if !res.IsError || !strings.Contains(text(res), "needs VM.PowerMgmt on /vms/100") || st.count("pve_post_nodes_qemu_status_reboot") != before {
		t.Fatalf("VM 100 is outside pool lab: %s", text(res))
	}
	acl := apis.Catalog(catalog.PVE).Lookup("pve_put_access_acl")
	if _, err := rootClient.Do(context.Background(), acl, map[string]any{"path": "/vms/100", "roles": "PVEVMUser", "users": "vmadmin@pve", "tokens": "vmadmin@pve!mcp"}); err != nil {
		t.Fatal(err)
	}
	if res := call(t, c, "pve_post_nodes_qemu_status_reboot", reboot); res.IsError {
		t.Fatalf("after the grant: %s", text(res))
	}
	if _, err := rootClient.Do(context.Background(), acl, map[string]any{"path": "/vms/100", "roles": "PVEVMUser", "users": "vmadmin@pve", "tokens": "vmadmin@pve!mcp", "delete": true}); err != nil {
		t.Fatal(err)
	}
	res = call(t, c, "pve_post_nodes_qemu_status_reboot", reboot)
	if !res.IsError || !strings.Contains(text(res), "403") || !strings.Contains(text(res), "read again: this call needs VM.PowerMgmt on /vms/100") {
		t.Errorf("after the revocation: %s", text(res))
	}
}

// describe says where a scoped token may call an operation.
func TestDescribeSaysWhere(t *testing.T) {
	st := newSimTarget(t, catalog.PVE, "vmadmin@pve!mcp")
	_, srv := scopedServer(t, st, catalog.PVE, readSubject(t, st, catalog.PVE, "vmadmin@pve!mcp"), inventory.ModeDefault, nil)
	res := call(t, connect(t, srv), inventory.ToolDescribe, map[string]any{"tools": []any{"pve_post_nodes_qemu_status_reboot"}})
	if !strings.Contains(text(res), `"allowed_on":"somewhere: VM.PowerMgmt on /vms/103, /vms/104, /vms/202"`) {
		t.Errorf("describe does not say where: %s", text(res))
	}
}

// readSubject is what the token behind st may do, read as the server
// reads it at connect.
func readSubject(t *testing.T, st simTarget, p catalog.Product, authID string) *access.Subject {
	t.Helper()
	subj, err := ReadSubject(context.Background(), st.client, p, access.ParseAuthID(authID))
	if err != nil {
		t.Fatalf("%s: %v", authID, err)
	}
	return subj
}

// scopedServer serves one product at tier full to the holder of subj.
func scopedServer(t *testing.T, st simTarget, p catalog.Product, subj *access.Subject, mode inventory.Mode, allow []string) (*inventory.Inventory, *Server) {
	t.Helper()
	inv, err := inventory.New(inventory.Options{Mode: mode, FrontDoor: true, Allow: allow,
		Products: []inventory.Product{{Product: p, Tier: policy.Full, Subject: subj}}})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Inventory: inv, Upstreams: map[catalog.Product]Upstream{p: st.client}})
	if err != nil {
		t.Fatal(err)
	}
	return inv, srv
}
