package sim

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// clients are the project's real HTTP clients pointed at a simulator.
type clients struct {
	t   *testing.T
	e   *env
	pve *proxmox.Client
	pbs *proxmox.Client
}

func newClients(t *testing.T, opts Options) *clients {
	t.Helper()
	e := newEnv(t, opts)
	mk := func(p catalog.Product) *proxmox.Client {
		c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: e.base(p), TokenID: e.sim.TokenID(p), TokenSecret: e.sim.TokenSecret(p), Timeout: 10 * time.Second},
			proxmox.WithWarnings(io.Discard), proxmox.WithMaxAttempts(1))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	return &clients{t: t, e: e, pve: mk(catalog.PVE), pbs: mk(catalog.PBS)}
}

func (cl *clients) client(name string) (*proxmox.Client, *catalog.Operation) {
	op := apis.Lookup(name)
	if op == nil {
		cl.t.Fatalf("no operation %s", name)
	}
	if op.Product == catalog.PBS {
		return cl.pbs, op
	}
	return cl.pve, op
}

// do calls an operation and decodes its data into a generic value.
func (cl *clients) do(name string, args map[string]any) (any, error) {
	c, op := cl.client(name)
	raw, err := c.Do(context.Background(), op, args)
	if err != nil {
		return nil, err
	}
	var v any
	if err := catalog.Decode(raw, &v); err != nil {
		cl.t.Fatalf("%s: %v", name, err)
	}
	return v, nil
}

func (cl *clients) must(name string, args map[string]any) any {
	cl.t.Helper()
	v, err := cl.do(name, args)
	if err != nil {
		cl.t.Fatalf("%s %v: %v", name, args, err)
	}
	return v
}

// wait polls a task until it stops and returns its status.
func (cl *clients) wait(upid any) map[string]any {
	cl.t.Helper()
	s, ok := upid.(string)
	if !ok || !strings.HasPrefix(s, "UPID:") {
		cl.t.Fatalf("not a UPID: %v", upid)
	}
	node := strings.Split(s, ":")[1]
	name := "pve_get_nodes_tasks_status"
	if strings.Count(s, ":") == 9 {
		name, node = "pbs_get_nodes_tasks_status", "localhost"
	}
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		st := cl.must(name, map[string]any{"node": node, "upid": s}).(map[string]any)
		if st["status"] == "stopped" {
			return st
		}
		time.Sleep(10 * time.Millisecond)
	}
	cl.t.Fatalf("task %s did not finish", s)
	return nil
}

func (cl *clients) waitOK(upid any) {
	cl.t.Helper()
	if st := cl.wait(upid); st["exitstatus"] != "OK" {
		cl.t.Fatalf("task %v ended %v", upid, st["exitstatus"])
	}
}

func clientError(t *testing.T, err error) *proxmox.APIError {
	t.Helper()
	var ae *proxmox.APIError
	if !errors.As(err, &ae) {
		t.Fatalf("want an APIError, got %v", err)
	}
	return ae
}

func TestVMLifecycle(t *testing.T) {
	cl := newClients(t, Options{})
	vm := map[string]any{"node": "pve1", "vmid": 150}
	create := map[string]any{"node": "pve1", "vmid": 150, "name": "flow-vm", "memory": map[string]any{"current": 2048}, "cores": 2,
		"net": map[string]any{"0": map[string]any{"model": "virtio", "bridge": "vmbr0"}}, "scsi": map[string]any{"0": "local-lvm:16"}}
	cl.waitOK(cl.must("pve_post_nodes_qemu", create))
	cfg := cl.must("pve_get_nodes_qemu_config", vm).(map[string]any)
	if cfg["name"] != "flow-vm" || !strings.HasPrefix(cfg["scsi0"].(string), "local-lvm:vm-150-disk-0,size=16G") || cfg["net0"] != "virtio,bridge=vmbr0" {
		t.Fatalf("config after create: %v", cfg)
	}
	cl.waitOK(cl.must("pve_post_nodes_qemu_status_start", vm))
	if st := cl.must("pve_get_nodes_qemu_status_current", vm).(map[string]any); st["status"] != "running" {
		t.Fatalf("after start: %v", st)
	}
	cl.waitOK(cl.must("pve_post_nodes_qemu_snapshot", map[string]any{"node": "pve1", "vmid": 150, "snapname": "first", "description": "flow test"}))
	snaps := cl.must("pve_get_nodes_qemu_snapshot", vm).([]any)
	if len(snaps) != 2 || snaps[0].(map[string]any)["name"] != "first" || snaps[1].(map[string]any)["parent"] != "first" {
		t.Fatalf("snapshots: %v", snaps)
	}
	_, err := cl.do("pve_delete_nodes_qemu_vmid", vm)
	if ae := clientError(t, err); ae.Status != 500 || ae.Message != "VM 150 is running - destroy failed" {
		t.Fatalf("delete running VM: %v", err)
	}
	cl.waitOK(cl.must("pve_post_nodes_qemu_status_stop", vm))
	if st := cl.must("pve_get_nodes_qemu_status_current", vm).(map[string]any); st["status"] != "stopped" {
		t.Fatalf("after stop: %v", st)
	}
	cl.waitOK(cl.must("pve_delete_nodes_qemu_vmid", vm))
	_, err = cl.do("pve_get_nodes_qemu_config", vm)
	if ae := clientError(t, err); ae.Status != 500 || !strings.Contains(ae.Message, "qemu-server/150.conf' does not exist") {
		t.Fatalf("config after delete: %v", err)
	}
}

func TestPowerRules(t *testing.T) {
	cl := newClients(t, Options{})
	// QEMU checks in the worker: the call answers a UPID, the task fails.
	st := cl.wait(cl.must("pve_post_nodes_qemu_status_start", map[string]any{"node": "pve1", "vmid": 100}))
	if st["exitstatus"] != "VM 100 already running" {
		t.Fatalf("starting a running VM: task ended %v", st["exitstatus"])
	}
	log := cl.must("pve_get_nodes_tasks_log", map[string]any{"node": "pve1", "upid": st["upid"]}).([]any)
	if last := log[len(log)-1].(map[string]any)["t"]; last != "TASK ERROR: VM 100 already running" {
		t.Fatalf("last log line %v", last)
	}
	// LXC and QEMU reboot check in the call.
	for _, tc := range []struct {
		op   string
		args map[string]any
		msg  string
	}{
		{"pve_post_nodes_lxc_status_start", map[string]any{"node": "pve1", "vmid": 200}, "CT 200 already running"},
		{"pve_post_nodes_lxc_status_stop", map[string]any{"node": "pve3", "vmid": 202}, "CT 202 not running"},
		{"pve_post_nodes_qemu_status_reboot", map[string]any{"node": "pve2", "vmid": 102}, "VM 102 not running"},
		{"pve_post_nodes_qemu_status_resume", map[string]any{"node": "pve3", "vmid": 104}, "VM 104 not running"},
		{"pve_post_nodes_qemu_status_start", map[string]any{"node": "pve2", "vmid": 100}, "Configuration file 'nodes/pve2/qemu-server/100.conf' does not exist"},
	} {
		_, err := cl.do(tc.op, tc.args)
		if ae := clientError(t, err); ae.Status != 500 || ae.Message != tc.msg {
			t.Errorf("%s %v: got %v, want 500 %q", tc.op, tc.args, err, tc.msg)
		}
	}
	// A paused VM resumes.
	cl.waitOK(cl.must("pve_post_nodes_qemu_status_resume", map[string]any{"node": "pve2", "vmid": 103}))
	if s := cl.must("pve_get_nodes_qemu_status_current", map[string]any{"node": "pve2", "vmid": 103}).(map[string]any); s["qmpstatus"] != "running" {
		t.Fatalf("after resume: %v", s)
	}
}

func TestConfigDigest(t *testing.T) {
	cl := newClients(t, Options{})
	vm := map[string]any{"node": "pve1", "vmid": 101}
	digest := cl.must("pve_get_nodes_qemu_config", vm).(map[string]any)["digest"].(string)
	cl.must("pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 101, "digest": digest, "cores": 6, "delete": "agent"})
	cfg := cl.must("pve_get_nodes_qemu_config", vm).(map[string]any)
	if cfg["cores"] != float64(6) || cfg["agent"] != nil || cfg["digest"] == digest {
		t.Fatalf("config after update: %v", cfg)
	}
	_, err := cl.do("pve_put_nodes_qemu_config", map[string]any{"node": "pve1", "vmid": 101, "digest": digest, "cores": 8})
	if ae := clientError(t, err); ae.Status != 500 || ae.Message != "detected modified configuration - file changed by another user? Try again." {
		t.Fatalf("stale digest: %v", err)
	}
}

func TestTaskLogAndFailureInjection(t *testing.T) {
	cl := newClients(t, Options{Faults: Faults{TaskFailures: []TaskFailure{{Type: "qmstart", ID: "102", Message: "start failed: QEMU exited with code 1",
		Log: []string{"kvm: -drive file=/dev/pve/vm-102-disk-0: Could not open '/dev/pve/vm-102-disk-0': No such file or directory"}}}}})
	st := cl.wait(cl.must("pve_post_nodes_qemu_status_start", map[string]any{"node": "pve2", "vmid": 102}))
	if st["exitstatus"] != "start failed: QEMU exited with code 1" {
		t.Fatalf("injected failure: %v", st)
	}
	lines := cl.must("pve_get_nodes_tasks_log", map[string]any{"node": "pve2", "upid": st["upid"]}).([]any)
	if len(lines) != 2 || !strings.Contains(lines[0].(map[string]any)["t"].(string), "Could not open") {
		t.Fatalf("log: %v", lines)
	}
	if s := cl.must("pve_get_nodes_qemu_status_current", map[string]any{"node": "pve2", "vmid": 102}).(map[string]any); s["status"] != "stopped" {
		t.Fatalf("a failed start left the VM %v", s["status"])
	}
	// A window of a longer log.
	upid := cl.must("pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": "100 101", "storage": "local"})
	cl.waitOK(upid)
	all := cl.must("pve_get_nodes_tasks_log", map[string]any{"node": "pve1", "upid": upid}).([]any)
	win := cl.must("pve_get_nodes_tasks_log", map[string]any{"node": "pve1", "upid": upid, "start": 2, "limit": 3}).([]any)
	if len(win) != 3 || win[0].(map[string]any)["n"] != float64(3) || win[0].(map[string]any)["t"] != all[2].(map[string]any)["t"] {
		t.Fatalf("window %v of %v", win, all)
	}
	// The task list knows both, newest first.
	tasks := cl.must("pve_get_nodes_tasks", map[string]any{"node": "pve1", "typefilter": "vzdump"}).([]any)
	if tasks[0].(map[string]any)["upid"] != upid {
		t.Fatalf("task list: %v", tasks)
	}
}

func TestTaskStop(t *testing.T) {
	cl := newClients(t, Options{TaskDuration: 5 * time.Second})
	upid := cl.must("pve_post_nodes_qemu_status_shutdown", map[string]any{"node": "pve1", "vmid": 101})
	st := cl.must("pve_get_nodes_tasks_status", map[string]any{"node": "pve1", "upid": upid}).(map[string]any)
	if st["status"] != "running" {
		t.Fatalf("fresh task: %v", st)
	}
	cl.must("pve_delete_nodes_tasks_upid", map[string]any{"node": "pve1", "upid": upid})
	if st := cl.wait(upid); st["exitstatus"] != "interrupted by signal" {
		t.Fatalf("stopped task: %v", st)
	}
	if s := cl.must("pve_get_nodes_qemu_status_current", map[string]any{"node": "pve1", "vmid": 101}).(map[string]any); s["status"] != "running" {
		t.Fatalf("an interrupted shutdown stopped the VM")
	}
}

func TestMigrate(t *testing.T) {
	cl := newClients(t, Options{})
	_, err := cl.do("pve_post_nodes_qemu_migrate", map[string]any{"node": "pve1", "vmid": 100, "target": "pve2"})
	if ae := clientError(t, err); ae.Message != "can't migrate running VM without --online" {
		t.Fatalf("offline migration of a running VM: %v", err)
	}
	cl.waitOK(cl.must("pve_post_nodes_qemu_migrate", map[string]any{"node": "pve1", "vmid": 100, "target": "pve3", "online": true}))
	if _, err := cl.do("pve_get_nodes_qemu_status_current", map[string]any{"node": "pve1", "vmid": 100}); err == nil {
		t.Fatal("VM 100 still on pve1")
	}
	st := cl.must("pve_get_nodes_qemu_status_current", map[string]any{"node": "pve3", "vmid": 100}).(map[string]any)
	if st["status"] != "running" {
		t.Fatalf("after online migration: %v", st)
	}
	res := cl.must("pve_get_cluster_resources", map[string]any{"type": "vm"}).([]any)
	for _, r := range res {
		if m := r.(map[string]any); m["vmid"] == float64(100) && m["node"] != "pve3" {
			t.Fatalf("cluster resources: %v", m)
		}
	}
}

func TestOfflineNode(t *testing.T) {
	now := time.Unix(1767225600, 0)
	clock := func() time.Time { return now }
	cl := newClients(t, Options{Clock: clock, TaskDuration: time.Minute})
	upid := cl.must("pve_post_nodes_lxc_status_stop", map[string]any{"node": "pve2", "vmid": 201})
	cl.e.sim.SetNodeOffline("pve2", true)
	_, err := cl.do("pve_get_nodes_qemu", map[string]any{"node": "pve2"})
	if ae := clientError(t, err); ae.Status != 595 || ae.Message != "Connection refused" {
		t.Fatalf("offline node: %v", err)
	}
	for _, n := range cl.must("pve_get_nodes", nil).([]any) {
		if m := n.(map[string]any); m["node"] == "pve2" && m["status"] != "offline" {
			t.Fatalf("nodes: %v", m)
		}
	}
	now = now.Add(2 * time.Minute) // the task would be done, but its node is gone
	cl.e.sim.SetNodeOffline("pve2", false)
	st := cl.must("pve_get_nodes_tasks_status", map[string]any{"node": "pve2", "upid": upid}).(map[string]any)
	if st["exitstatus"] != "unexpected status" {
		t.Fatalf("task of a node that was offline: %v", st)
	}
	cl.e.sim.SetNodeProxyBroken("pve3", true)
	_, err = cl.do("pve_get_nodes_lxc", map[string]any{"node": "pve3"})
	if ae := clientError(t, err); ae.Status != 596 {
		t.Fatalf("broken proxy: %v", err)
	}
}

func TestBackupServer(t *testing.T) {
	cl := newClients(t, Options{})
	groups := cl.must("pbs_get_admin_datastore_groups", map[string]any{"store": "store1"}).([]any)
	want := map[string]float64{"vm/100": 3, "vm/101": 2, "ct/200": 3, "host/pve1": 1}
	if len(groups) != len(want) {
		t.Fatalf("groups: %v", groups)
	}
	for _, g := range groups {
		m := g.(map[string]any)
		if key := m["backup-type"].(string) + "/" + m["backup-id"].(string); m["backup-count"] != want[key] {
			t.Fatalf("group %s has %v snapshots, want %v", key, m["backup-count"], want[key])
		}
	}
	snaps := cl.must("pbs_get_admin_datastore_snapshots", map[string]any{"store": "store1", "backup-type": "vm", "backup-id": "101"}).([]any)
	if len(snaps) != 2 {
		t.Fatalf("vm/101 snapshots: %v", snaps)
	}
	upid := cl.must("pbs_post_admin_datastore_gc", map[string]any{"store": "store1"}).(string)
	if !strings.HasPrefix(upid, "UPID:pbs:") || !strings.Contains(upid, ":garbage_collection:store1:root@pam!mcp:") {
		t.Fatalf("GC UPID %s", upid)
	}
	cl.waitOK(upid)
	logReq, err := wire.Prepare(apis.Lookup("pbs_get_nodes_tasks_log"), map[string]any{"node": "localhost", "upid": upid})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := cl.pbs.Download(context.Background(), logReq, 1<<20)
	if err != nil || !strings.Contains(string(raw.Body), "Removed garbage") {
		t.Fatalf("GC log: %v %s", err, rawBody(raw))
	}
	// A PVE backup to the PBS-backed storage shows up on the server.
	cl.waitOK(cl.must("pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": "100", "storage": "pbs-store1"}))
	snaps = cl.must("pbs_get_admin_datastore_snapshots", map[string]any{"store": "store1", "backup-type": "vm", "backup-id": "100"}).([]any)
	if len(snaps) != 4 || snaps[3].(map[string]any)["owner"] != "root@pam!mcp" {
		t.Fatalf("after vzdump: %v", snaps)
	}
	content := cl.must("pve_get_nodes_storage_content", map[string]any{"node": "pve2", "storage": "pbs-store1", "vmid": 100}).([]any)
	if len(content) != 4 {
		t.Fatalf("PBS storage content as PVE sees it: %v", content)
	}
}

func rawBody(r *proxmox.RawResponse) string {
	if r == nil {
		return ""
	}
	b, _ := json.Marshal(string(r.Body))
	return string(b)
}
