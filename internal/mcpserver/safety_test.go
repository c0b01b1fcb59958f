package mcpserver

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

var modes = []inventory.Mode{inventory.ModeDefault, inventory.ModeAll, inventory.ModeFrontDoor}

// With guest-exec off (the default), every operation that needs it is
// unreachable by every path in every mode, and nothing is sent; the others
// are unaffected.
func TestGuestExecIsOffUnlessAllowed(t *testing.T) {
	ex := sim.New(sim.Options{Seed: 1})
	var gated []*catalog.Operation
	for _, op := range apis.Operations() {
		if policy.Default().Decide(op).GuestExec {
			gated = append(gated, op)
		}
	}
	if len(gated) < 20 {
		t.Fatalf("only %d guest-exec operations: the policy lost some", len(gated))
	}
	for _, mode := range modes {
		u := newUpstream(t)
		srv, c := session(t, u, setup{Mode: mode, FrontDoor: true, Allow: []string{}}, policy.Full)
		listed := listNames(t, c)
		for _, op := range gated {
			e := srv.Inventory().Entry(op)
			if slices.Contains(listed, e.Name) {
				t.Errorf("%s: %s is listed with guest-exec off", mode, e.Name)
			}
			res := call(t, c, srv.Inventory().CallWith(e), map[string]any{"tool": e.Name, "arguments": ex.ExampleArgs(op), "confirm": true})
			if !res.IsError || !strings.Contains(text(res), "PROXMOX_MCP_ALLOW=guest-exec") {
				t.Errorf("%s: %s through the front door: %.200s", mode, e.Name, text(res))
			}
		}
		if n := u.count(); n != 0 {
			t.Errorf("%s: %d requests reached Proxmox for guest-exec calls", mode, n)
		}
	}
	// Allowed, they are there again.
	u := newUpstream(t)
	srv, c := session(t, u, setup{Mode: inventory.ModeAll, FrontDoor: true, Allow: []string{inventory.CapGuestExec}}, policy.Full)
	listed := listNames(t, c)
	for _, op := range gated {
		if e := srv.Inventory().Entry(op); !slices.Contains(listed, e.Name) {
			t.Errorf("%s is not listed with guest-exec allowed", e.Name)
		}
	}
}

// With no-destructive, every always-destructive operation is absent and
// refused by every path, and every call whose arguments make it
// destructive is refused before anything is sent; the same calls without
// those arguments go through.
func TestNoDestructiveTakesEveryDestructiveCallAway(t *testing.T) {
	ex := sim.New(sim.Options{Seed: 1})
	pol := policy.Default()
	for _, mode := range modes {
		u := newUpstream(t)
		srv, c := session(t, u, setup{Mode: mode, FrontDoor: true, NoDestructive: true}, policy.Full)
		listed := listNames(t, c)
		always, conditional, withArgs := 0, 0, 0
		for _, op := range apis.Operations() {
			d := pol.Decide(op)
			e := srv.Inventory().Entry(op)
			switch {
			case d.Destructive:
				always++
				if slices.Contains(listed, e.Name) {
					t.Errorf("%s: destructive %s is listed", mode, e.Name)
				}
				res := call(t, c, srv.Inventory().CallWith(e), map[string]any{"tool": e.Name, "arguments": ex.ExampleArgs(op), "confirm": true})
				if !res.IsError || !strings.Contains(text(res), "without destructive operations") {
					t.Errorf("%s: %s: %.200s", mode, e.Name, text(res))
				}
			case len(d.DestructiveWith) > 0:
				withArgs++
				args, ok := destructiveArgs(t, ex, op, d)
				if !ok {
					t.Logf("%s: no example arguments make %s destructive (%v)", mode, e.Name, d.DestructiveWith)
					continue
				}
				conditional++
				res := call(t, c, srv.Inventory().CallWith(e), map[string]any{"tool": e.Name, "arguments": args, "confirm": true})
				if !res.IsError || !strings.Contains(text(res), "without destructive operations") {
					t.Errorf("%s: %s with %v: %.200s", mode, e.Name, args, text(res))
				}
			}
		}
		if n := u.count(); n != 0 {
			t.Errorf("%s: %d requests reached Proxmox for destructive calls", mode, n)
		}
		if always < 120 || conditional != withArgs {
			t.Errorf("%s: only %d destructive and %d of %d argument-dependent operations tried", mode, always, conditional, withArgs)
		}
		t.Logf("%s: %d destructive operations and %d destructive argument sets refused, 0 sent", mode, always, conditional)
	}
	// The same operation without the destructive arguments is sent.
	u := newUpstream(t)
	srv, c := session(t, u, setup{Mode: inventory.ModeAll, FrontDoor: true, NoDestructive: true}, policy.Full)
	e, _ := srv.Inventory().Lookup("pve_post_nodes_qemu")
	res := call(t, c, e.Name, map[string]any{"node": "pve1", "vmid": 150, "confirm": true})
	if res.IsError || u.count() != 1 {
		t.Errorf("create without force under no-destructive: %s (%d sent)", text(res), u.count())
	}
}

// destructiveArgs are example arguments changed so that one of the
// decision's DestructiveWith conditions holds, checked the way the server
// decides (prepared, then tested).
func destructiveArgs(t *testing.T, ex *sim.Simulator, op *catalog.Operation, d policy.Decision) (map[string]any, bool) {
	t.Helper()
	for _, cond := range d.DestructiveWith {
		args := ex.ExampleArgs(op)
		for _, test := range cond.Tests {
			args[test.Param] = satisfying(op, test)
			// what the argument needs (qemu's force needs archive)
			if p := op.Param(test.Param); p != nil && p.Requires != "" {
				if q := op.Param(p.Requires); q != nil {
					args[q.Name] = example.Value(&q.Value, q.Name)
				}
			}
		}
		req, err := wire.Prepare(op, args)
		if err == nil && d.Call(req.Params()).Destructive {
			return args, true
		}
	}
	return nil, false
}

var anchors = regexp.MustCompile(`^\^\(\?:|\)\$$`)

// satisfying is a value for which test holds.
func satisfying(op *catalog.Operation, test policy.ParamTest) any {
	switch {
	case test.Boolean:
		b, _ := wire.ParseBool(test.Value)
		return b
	case test.Kind == policy.TestItem:
		item := strings.Split(anchors.ReplaceAllString(test.Value, ""), "|")[0]
		return strings.NewReplacer(`[0-9]+`, "0", `\d+`, "0", `\d`, "0", `.*`, "last", `\.`, ".").Replace(item)
	case test.Kind == policy.TestPresent:
		if p := op.Param(test.Param); p != nil {
			return example.Value(&p.Value, p.Name)
		}
	}
	return test.Value
}

// Every call that is not a read is recorded exactly once, with its
// decision; reads are not; the chain verifies; and no secret a call
// carried reaches the log.
func TestAuditRecordsEveryWriteOnceWithoutSecrets(t *testing.T) {
	if testing.Short() {
		t.Skip("sweeps the whole catalog")
	}
	path := filepath.Join(t.TempDir(), "audit.log")
	log, err := audit.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	u := newSimUpstream(t)
	srv, c := sessionWith(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, Upstreams: u.upstreams(), Audit: log})
	const canary = "Canary7-Secret-Value"
	writes := map[string]int{}
	for _, e := range srv.Inventory().Registered() {
		s := u.fresh()
		args := sweepArgs(s, e)
		for _, name := range audit.SecretNames(e.Op) {
			if p := e.Op.Param(name); p != nil && p.Type == "string" && p.Location != catalog.InPath {
				args[name] = canary
			}
		}
		call(t, c, e.Name, args)
		if !e.ReadOnly() {
			writes[e.Op.Name]++
		}
	}
	// One refused and one dry run, recorded too.
	call(t, c, "pve_delete_nodes_qemu_vmid", map[string]any{"node": "pve1", "vmid": 100})
	call(t, c, "pve_post_nodes_qemu_status_reboot", map[string]any{"node": "pve1", "vmid": 100, "dry_run": true})
	log.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte(canary)) {
		t.Error("a canary secret reached the audit log")
	}
	rep, err := audit.Verify(bytes.NewReader(data))
	if err != nil || rep.Break != nil {
		t.Fatalf("verify: %+v %v", rep, err)
	}
	seen, decisions := map[string]int{}, map[audit.Decision]int{}
	for _, entry := range callRecords(t, data) {
		seen[entry.Operation]++
		decisions[entry.Decision]++
	}
	for op, n := range writes {
		want := n
		if op == "pve_delete_nodes_qemu_vmid" || op == "pve_post_nodes_qemu_status_reboot" {
			want++
		}
		if seen[op] != want {
			t.Errorf("%s: %d records, want %d", op, seen[op], want)
		}
	}
	for op := range seen {
		if writes[op] == 0 {
			t.Errorf("%s: a read was recorded", op)
		}
	}
	if decisions[audit.Refused] == 0 || decisions[audit.DryRun] != 1 || decisions[audit.ConfirmedByArgument] == 0 || decisions[audit.Sent] == 0 {
		t.Errorf("decisions: %v", decisions)
	}
	t.Logf("audit: %d writes recorded once each (%v)", len(writes), decisions)
}
