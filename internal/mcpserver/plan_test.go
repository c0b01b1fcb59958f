package mcpserver

import (
	"context"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// planEnv is a full-tier server in front of one simulator: dry runs
// change nothing, so one cluster serves a whole test.
type planEnv struct {
	t   *testing.T
	u   *simUpstream
	sim *sim.Simulator
	srv *Server
	c   *client.Client
}

func newPlanEnv(t *testing.T) *planEnv {
	t.Helper()
	u := newSimUpstream(t)
	srv, c := sessionWith(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, Upstreams: u.upstreams()})
	return &planEnv{t: t, u: u, sim: u.cur.Load(), srv: srv, c: c}
}

// op is the catalog operation "product METHOD /path".
func (pe *planEnv) op(what string) *catalog.Operation {
	pe.t.Helper()
	f := strings.SplitN(what, " ", 3)
	op := opAt(catalog.Product(f[0]), f[1], f[2])
	if op == nil {
		pe.t.Fatalf("no operation %s", what)
	}
	return op
}

// dryRun calls an operation's own tool with dry_run and returns the
// plan, after checking that only GETs reached the simulator.
func (pe *planEnv) dryRun(what string, args map[string]any) string {
	pe.t.Helper()
	in := map[string]any{argDryRun: true}
	for k, v := range args {
		in[k] = v
	}
	pe.sim.ResetLog()
	res := call(pe.t, pe.c, pe.srv.Inventory().Entry(pe.op(what)).Name, in)
	plan := text(res)
	if res.IsError {
		pe.t.Fatalf("%s: dry run failed: %s", what, plan)
	}
	if w := writesSent(pe.sim); w != "" {
		pe.t.Fatalf("%s: a dry run sent %s\n%s", what, w, plan)
	}
	return plan
}

// write changes the simulator's state directly, to set a test up.
func (pe *planEnv) write(what string, args map[string]any) {
	pe.t.Helper()
	req, err := wire.Prepare(pe.op(what), args)
	if err != nil {
		pe.t.Fatal(err)
	}
	if _, err := pe.u.upstreams()[req.Op.Product].Send(context.Background(), req); err != nil {
		pe.t.Fatalf("%s: %v", what, err)
	}
}

// writesSent names the first request that was not a GET, "" when none.
func writesSent(s *sim.Simulator) string {
	for _, r := range s.Requests() {
		if r.Method != "GET" {
			return r.Method + " " + r.Path
		}
	}
	return ""
}

func mustContain(t *testing.T, plan string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(plan, w) {
			t.Errorf("the plan lacks %q:\n%s", w, plan)
		}
	}
}

func mustNotContain(t *testing.T, plan string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(plan, w) {
			t.Errorf("the plan has %q:\n%s", w, plan)
		}
	}
}

const (
	qemuConfig   = "pve PUT /nodes/{node}/qemu/{vmid}/config"
	qemuDelete   = "pve DELETE /nodes/{node}/qemu/{vmid}"
	qemuRollback = "pve POST /nodes/{node}/qemu/{vmid}/snapshot/{snapname}/rollback"
	qemuSnapshot = "pve POST /nodes/{node}/qemu/{vmid}/snapshot"
)

// A dry run of a write sends nothing but GETs, and the state is as it
// was: the change it describes did not happen.
func TestDryRunSendsNoWrite(t *testing.T) {
	pe := newPlanEnv(t)
	for what, args := range map[string]map[string]any{
		qemuConfig:   {"node": "pve3", "vmid": 104, "memory": 4096},
		qemuDelete:   {"node": "pve3", "vmid": 104, "purge": true},
		qemuRollback: {"node": "pve1", "vmid": 101, "snapname": "before-upgrade"},
		"pve POST /nodes/{node}/qemu/{vmid}/status/start": {"node": "pve3", "vmid": 104},
		"pve DELETE /storage/{storage}":                   {"storage": "local"},
		"pbs DELETE /config/datastore/{name}":             {"name": "archive"},
	} {
		pe.dryRun(what, args)
	}
	plan := pe.dryRun(qemuConfig, map[string]any{"node": "pve3", "vmid": 104, "memory": 8192})
	mustContain(t, plan, "memory: 2048 → 8192") // the earlier dry run left memory alone
}

// A config update shows the keys it changes, before → after, and leaves
// out the keys that keep their value.
func TestPlanConfigDiff(t *testing.T) {
	pe := newPlanEnv(t)
	plan := pe.dryRun(qemuConfig, map[string]any{"node": "pve3", "vmid": 104, "memory": 4096, "cores": 2, "delete": "agent,tablet"})
	mustContain(t, plan,
		"Request (not sent): PUT /nodes/pve3/qemu/104/config, form body:\n  cores=2\n  delete=agent,tablet\n  memory=4096\n",
		"read from GET /nodes/pve3/qemu/104/config",
		"  memory: 2048 → 4096\n",
		"  agent: 1 → (deleted)\n",
		"unchanged (already so): cores, tablet")
	mustNotContain(t, plan, "cores: 2 →", "tablet: (not set)")

	plan = pe.dryRun("pbs PUT /config/datastore/{name}", map[string]any{"name": "store1", "delete": []any{"gc-schedule"}, "comment": "Primary backups"})
	mustContain(t, plan, "gc-schedule: daily → (deleted)", "unchanged (already so): comment")
}

// The asynchronous config update (a POST) is planned as the PUT is.
func TestPlanAsyncConfigUpdate(t *testing.T) {
	pe := newPlanEnv(t)
	plan := pe.dryRun("pve POST /nodes/{node}/qemu/{vmid}/config", map[string]any{"node": "pve3", "vmid": 104, "memory": 3072})
	mustContain(t, plan, "memory: 2048 → 3072")
}

// Deleting a guest names its disks, snapshots and HA resource, and says
// why Proxmox would refuse.
func TestPlanGuestDelete(t *testing.T) {
	pe := newPlanEnv(t)
	pe.write("pve POST /cluster/ha/resources", map[string]any{"sid": "vm:101", "comment": "db"})
	plan := pe.dryRun(qemuDelete, map[string]any{"node": "pve1", "vmid": 101})
	mustContain(t, plan,
		"disk scsi0: local-lvm:vm-101-disk-0, 64G: destroyed",
		"disk ide2: none: kept (CD-ROM)",
		"snapshots (1, destroyed with its disks): before-upgrade (",
		"HA resource vm:101 (state started): Proxmox refuses without purge=1",
		`"VM 101 is running - destroy failed"`,
		"purge: not given (off)",
		"destroy-unreferenced-disks: not given (default off)")

	plan = pe.dryRun(qemuDelete, map[string]any{"node": "pve1", "vmid": 101, "purge": true, "destroy-unreferenced-disks": true})
	mustContain(t, plan, "HA resource vm:101 (state started): removed from HA (purge=1)", "purge=1: VM 101 is also removed",
		"destroy-unreferenced-disks=1: also every disk of VMID 101")

	plan = pe.dryRun("pve DELETE /nodes/{node}/lxc/{vmid}", map[string]any{"node": "pve3", "vmid": 202})
	mustContain(t, plan, "disk rootfs: local-lvm:vm-202-disk-0, 16G: destroyed", "running: no", "snapshots: none", "HA resource: none")
}

// A rollback names the snapshots taken after its target.
func TestPlanRollback(t *testing.T) {
	pe := newPlanEnv(t)
	for _, name := range []string{"after-one", "after-two"} {
		pe.write(qemuSnapshot, map[string]any{"node": "pve1", "vmid": 101, "snapname": name})
	}
	plan := pe.dryRun(qemuRollback, map[string]any{"node": "pve1", "vmid": 101, "snapname": "before-upgrade"})
	mustContain(t, plan,
		"lost: the current state of VM 101, every disk write and configuration change since before-upgrade (",
		"newer snapshots (2): after-one (", "after-two (",
		"running: yes; Proxmox stops it first",
		"afterwards: stopped")

	plan = pe.dryRun(qemuRollback, map[string]any{"node": "pve1", "vmid": 101, "snapname": "after-two", "start": true})
	mustContain(t, plan, "newer snapshots: none", "afterwards: started (start=1)")

	plan = pe.dryRun(qemuRollback, map[string]any{"node": "pve1", "vmid": 101, "snapname": "no-such"})
	mustContain(t, plan, `Proxmox refuses: VM 101 has no such snapshot ("snapshot 'no-such' does not exist")`)
}

// Other deletes show the object as its GET shows it.
func TestPlanOtherDeletes(t *testing.T) {
	pe := newPlanEnv(t)
	mustContain(t, pe.dryRun("pve DELETE /storage/{storage}", map[string]any{"storage": "local"}),
		"What it deletes (read from GET /storage/local):", "  path: /var/lib/vz", "  type: dir")
	mustContain(t, pe.dryRun("pve DELETE /nodes/{node}/qemu/{vmid}/snapshot/{snapname}", map[string]any{"node": "pve1", "vmid": 101, "snapname": "before-upgrade"}),
		"What it deletes (its entry in GET /nodes/pve1/qemu/101/snapshot):", "  description: Before the PostgreSQL 16 upgrade")
	mustContain(t, pe.dryRun("pve DELETE /access/users/{userid}", map[string]any{"userid": "alice@pve"}),
		"read from GET /access/users/alice@pve", "  email: alice@example.com")
	mustContain(t, pe.dryRun("pve DELETE /pools/{poolid}", map[string]any{"poolid": "lab"}), "  comment: Lab and CI")
	mustContain(t, pe.dryRun("pve DELETE /pools", map[string]any{"poolid": "lab"}), "the matching entry in GET /pools", "  poolid: lab")
}

// canary values are secrets given to dry runs; none may reach a plan.
var planCanaries = []string{"Canary-Pass-1", "canary-tfa-key-2", "canary-acme-data-3", "canary-cipass-4", "canary-metric-token-5"}

func TestPlanNeverShowsASecret(t *testing.T) {
	pe := newPlanEnv(t)
	plans := []string{
		pe.dryRun("pve PUT /access/domains/{realm}", map[string]any{"realm": "pve", "password": planCanaries[0],
			"tfa": "type=yubico,id=myid,key=" + planCanaries[1], "comment": "remember " + planCanaries[0]}),
		pe.dryRun("pve PUT /cluster/acme/plugins/{id}", map[string]any{"id": "dns1", "data": planCanaries[2]}),
		pe.dryRun(qemuConfig, map[string]any{"node": "pve3", "vmid": 104, "cipassword": planCanaries[3], "description": "pw " + planCanaries[3]}),
		pe.dryRun("pve PUT /cluster/metrics/server/{id}", map[string]any{"id": "influx", "port": 8086, "server": "10.0.0.9", "token": planCanaries[4]}),
	}
	for _, plan := range plans {
		for _, c := range planCanaries {
			mustNotContain(t, plan, c)
		}
	}
	mustContain(t, plans[0], "password=***", "tfa=type=yubico,id=myid,key=***", "comment=remember ***")
	mustContain(t, plans[2], "cipassword: (not set) → *** (secret: not compared)")
}

// A secret is never compared: the plan of a password change reads the
// same whether the guess matches the current value or not.
func TestPlanSecretIsNotAnOracle(t *testing.T) {
	current := map[string]any{"password": "right", "comment": "c"}
	op := &catalog.Operation{Name: "x", Params: []catalog.Param{{Name: "password", Secret: true, Location: catalog.InBody}}}
	var lines []string
	for _, guess := range []string{"right", "wrong"} {
		var b strings.Builder
		writeDiff(&b, op, configChange{set: map[string]string{"password": guess}}, current, audit.NewMasker(op))
		lines = append(lines, b.String())
	}
	if lines[0] != lines[1] {
		t.Errorf("the plan tells a right guess from a wrong one:\n%s\n%s", lines[0], lines[1])
	}
}

// A read that fails leaves a plan that says so; the dry run still
// answers.
func TestPlanReadFailure(t *testing.T) {
	pe := newPlanEnv(t)
	pe.sim.SetFaults(sim.Faults{Rules: []sim.FaultRule{{Method: "GET", Path: "/nodes/*/qemu/*/config", Status: 500, Message: "config unreadable"}}})
	plan := pe.dryRun(qemuConfig, map[string]any{"node": "pve3", "vmid": 104, "memory": 4096})
	mustContain(t, plan, "Request (not sent): PUT /nodes/pve3/qemu/104/config", "  memory=4096",
		"Current state: could not be read (GET /nodes/pve3/qemu/104/config: ", "config unreadable")

	pe.sim.SetFaults(sim.Faults{Rules: []sim.FaultRule{{Method: "GET", Path: "/cluster/ha/resources", Status: 500}}})
	plan = pe.dryRun(qemuDelete, map[string]any{"node": "pve1", "vmid": 101})
	mustContain(t, plan, "  HA: could not be read (GET /cluster/ha/resources: ", "disk scsi0: local-lvm:vm-101-disk-0")
}

// A slow read is abandoned after the plan's timeout.
func TestPlanReadTimeout(t *testing.T) {
	setForTest(t, &planReadTimeout, 100*time.Millisecond)
	pe := newPlanEnv(t)
	pe.sim.SetFaults(sim.Faults{Latency: 2 * time.Second})
	start := time.Now()
	plan := pe.dryRun(qemuDelete, map[string]any{"node": "pve1", "vmid": 101})
	if d := time.Since(start); d > 1500*time.Millisecond {
		t.Errorf("the plan took %v", d)
	}
	mustContain(t, plan, "disks: could not be read", "HA: could not be read")
}

// A plan stays within its cap whatever the request holds.
func TestPlanIsCapped(t *testing.T) {
	pe := newPlanEnv(t)
	args := map[string]any{"node": "pve3", "vmid": 104, "description": strings.Repeat("long text ", 800)}
	for i := range 60 {
		args[fmt.Sprintf("unused%d", i)] = fmt.Sprintf("local-lvm:vm-104-disk-%d", i+10)
	}
	plan := pe.dryRun(qemuConfig, args)
	if len(plan) > planMaxBytes {
		t.Errorf("plan is %d bytes, more than %d", len(plan), planMaxBytes)
	}
	mustContain(t, plan, "(8000 characters in all)", "… and 21 more\n")
}

// The reader refuses anything but a plain GET, before sending.
func TestPlanReaderSendsOnlyGETs(t *testing.T) {
	pe := newPlanEnv(t)
	pr := pe.srv.newPlanReader(context.Background())
	pe.sim.ResetLog()
	for _, what := range []string{qemuDelete, "pve POST /nodes/{node}/qemu/{vmid}/status/start"} {
		res := pr.read(pe.op(what), map[string]any{"node": "pve1", "vmid": 100})
		if !res.failed() {
			t.Errorf("%s was read", what)
		}
	}
	if n := pe.sim.RequestCount(); n != 0 {
		t.Errorf("%d requests sent", n)
	}
}

// A plan makes at most planMaxReads reads.
func TestPlanReaderBudget(t *testing.T) {
	pe := newPlanEnv(t)
	pr := pe.srv.newPlanReader(context.Background())
	pe.sim.ResetLog()
	version := pe.op("pve GET /version")
	refused := 0
	for range planMaxReads + 2 {
		if res := pr.read(version, nil); res.failed() {
			refused++
			mustContain(t, res.why(), "a plan makes at most 5 reads")
		}
	}
	if n := pe.sim.RequestCount(); n != planMaxReads || refused != 2 {
		t.Errorf("%d reads sent, %d refused", n, refused)
	}
}

// The plan of every write of both catalogs, with example arguments:
// only GETs, at most planMaxReads of them, within the cap.
func TestPlanOfEveryWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("plans every write of both catalogs")
	}
	pe := newPlanEnv(t)
	type figures struct{ plans, bytes, maxBytes, gets, maxGets int }
	byRule := map[rule]*figures{}
	for _, e := range pe.srv.Inventory().Registered() {
		if e.Op.Method == "GET" {
			continue
		}
		args := pe.sim.ExampleArgs(e.Op)
		args[argDryRun] = true
		if e.Op.Transfer.Upload() {
			args[argContent] = base64.StdEncoding.EncodeToString([]byte("plan\n"))
		}
		pe.sim.ResetLog()
		res := call(t, pe.c, e.Name, args)
		plan, gets := text(res), pe.sim.RequestCount()
		switch {
		case res.IsError:
			t.Errorf("%s: %s", e.Name, plan)
		case writesSent(pe.sim) != "":
			t.Errorf("%s: the dry run sent %s", e.Name, writesSent(pe.sim))
		case gets > planMaxReads:
			t.Errorf("%s: %d reads", e.Name, gets)
		case len(plan) > planMaxBytes:
			t.Errorf("%s: %d bytes", e.Name, len(plan))
		case !strings.HasPrefix(plan, "Plan for "+e.Name+" on ") || !strings.Contains(plan, "\nRequest (not sent): "+e.Op.Method+" "):
			t.Errorf("%s: %.200s", e.Name, plan)
		}
		f := byRule[planRule(e.Op)]
		if f == nil {
			f = &figures{}
			byRule[planRule(e.Op)] = f
		}
		f.plans++
		f.bytes += len(plan)
		f.maxBytes = max(f.maxBytes, len(plan))
		f.gets += gets
		f.maxGets = max(f.maxGets, gets)
	}
	names := map[rule]string{ruleRequest: "request", ruleConfig: "config", ruleGuestDelete: "guest delete", ruleRollback: "rollback", ruleDelete: "delete"}
	total := 0
	for r, f := range byRule {
		total += f.plans
		t.Logf("%-12s %4d plans, %5d bytes on average (at most %d), %.1f GETs on average (at most %d)",
			names[r], f.plans, f.bytes/f.plans, f.maxBytes, float64(f.gets)/float64(f.plans), f.maxGets)
	}
	if total < 450 {
		t.Errorf("only %d writes planned", total)
	}
}

// Volume owners as pve-storage's parse_volname reads them.
func TestVolumeOwner(t *testing.T) {
	for volid, want := range map[string]string{
		"local-lvm:vm-100-disk-0":                                   "100",
		"local:100/vm-100-disk-0.qcow2":                             "100",
		"local:9000/base-9000-disk-0.qcow2/104/vm-104-disk-0.qcow2": "104", // a linked clone on a directory
		"tank:base-9000-disk-0/vm-104-disk-0":                       "104", // a linked clone on ZFS
		"rbd:vm-1001-cloudinit":                                     "1001",
		"local:iso/debian.iso":                                      "",
		"/dev/sdb":                                                  "",
	} {
		if got := volumeOwner(volid); got != want {
			t.Errorf("volumeOwner(%q) = %q, want %q", volid, got, want)
		}
	}
}

// What destroying a guest does with each kind of volume entry.
func TestGuestDiskFates(t *testing.T) {
	vm := guest{kind: "qemu", vmid: "100"}
	for text, want := range map[string]string{
		"local-lvm:vm-100-disk-0,iothread=1,size=32G": "disk k: local-lvm:vm-100-disk-0, 32G: destroyed",
		"local:iso/debian.iso,media=cdrom":            "disk k: local:iso/debian.iso: kept (CD-ROM)",
		"local-lvm:vm-100-cloudinit,media=cdrom":      "disk k: local-lvm:vm-100-cloudinit: destroyed",
		"file=local-lvm:vm-101-disk-3,size=1G":        "disk k: local-lvm:vm-101-disk-3, 1G: kept (it belongs to guest 101)",
		"/dev/disk/by-id/ata-X,backup=0":              "disk k: /dev/disk/by-id/ata-X: kept (a host path, not a volume)",
	} {
		if got := vm.disk("k", text).line(); got != want {
			t.Errorf("%s:\n got %s\nwant %s", text, got, want)
		}
	}
}

// Values compare as Proxmox stores them.
func TestSameValue(t *testing.T) {
	op := &catalog.Operation{Params: []catalog.Param{{Name: "onboot", Value: catalog.Value{Type: "boolean"}}}}
	for _, c := range []struct {
		key, before, after string
		same               bool
	}{
		{"memory", "2048", "2048.0", true},
		{"memory", "2048", "4096", false},
		{"onboot", "1", "true", true},
		{"onboot", "0", "yes", false},
		{"net0", "virtio=AA:BB,bridge=vmbr0", "bridge=vmbr0,virtio=AA:BB", true},
		{"net0", "virtio=AA:BB,bridge=vmbr0", "virtio=AA:BB,bridge=vmbr1", false},
	} {
		if got := sameValue(op, c.key, c.before, c.after); got != c.same {
			t.Errorf("sameValue(%s, %q, %q) = %v", c.key, c.before, c.after, got)
		}
	}
}

// A delete flag is not a list of keys to delete.
func TestPlanDeleteFlagIsNotAKey(t *testing.T) {
	pe := newPlanEnv(t)
	plan := pe.dryRun("pve PUT /pools/{poolid}", map[string]any{"poolid": "lab", "vms": "104", "delete": true, "comment": "Lab"})
	mustContain(t, plan, "comment: Lab and CI → Lab")
	mustNotContain(t, plan, "1: ", "unchanged")
}
