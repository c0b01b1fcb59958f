package sim

import (
	"net/url"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Replication jobs refuse what pve-manager's ReplicationConfig create
// refuses, in its words, and a guest with a job is destroyed only with
// purge=1, which removes the job (check_for_existing_jobs).
func TestReplicationJobsAsProxmoxHasThem(t *testing.T) {
	e := newEnv(t, Options{TaskDuration: -1})
	create := func(form url.Values) reply {
		return e.send(t, request{product: catalog.PVE, method: "POST", path: "/cluster/replication", form: form})
	}
	job := func(id, target string) url.Values {
		return url.Values{"id": {id}, "type": {"local"}, "target": {target}}
	}
	for _, tc := range []struct {
		form url.Values
		want string
	}{
		{job("999-0", "pve2"), "Guest '999' does not exist."},
		{job("101-0", "pve9"), "Target 'pve9' does not exist."},
		{job("101-0", "pve1"), "Source and target must not be identical"},
		{url.Values{"id": {"101-0"}, "type": {"local"}, "target": {"pve2"}, "source": {"pve3"}}, "Source 'pve3' does not match current node of guest '101' (pve1)"},
		{job("99-0", "pve2"), "invalid replication job id '99-0' (guest IDs"}, // the format
	} {
		r := create(tc.form)
		if r.status == 200 || !strings.Contains(r.reason+string(r.body), tc.want) {
			t.Errorf("%v: %d %s %s; want a refusal with %q", tc.form, r.status, r.reason, r.body, tc.want)
		}
	}
	if r := create(job("101-0", "pve2")); r.status != 200 {
		t.Fatalf("create: %d %s", r.status, r.reason)
	}
	for form, want := range map[string]string{"101-0": "replication job '101-0' already exists", "101-1": "replication job for guest '101' to target 'local/pve2' already exists"} {
		if r := create(job(form, "pve2")); r.status == 200 || !strings.Contains(r.reason, want) {
			t.Errorf("%s again: %d %s; want %q", form, r.status, r.reason, want)
		}
	}
	list := e.get(t, catalog.PVE, "/cluster/replication").data(t).([]any) // the seeded 100-0, and 101-0
	if len(list) != 2 || list[1].(map[string]any)["guest"] != float64(101) || list[1].(map[string]any)["source"] != "pve1" {
		t.Fatalf("list: %v", list)
	}
	stop := e.send(t, request{product: catalog.PVE, method: "POST", path: "/nodes/pve1/qemu/101/status/stop"})
	if stop.status != 200 {
		t.Fatalf("stop: %d %s", stop.status, stop.reason)
	}
	destroy := e.send(t, request{product: catalog.PVE, method: "DELETE", path: "/nodes/pve1/qemu/101"})
	if want := "There is a replication job '101-0' for guest '101' - Please remove that first."; destroy.status != 500 || !strings.Contains(destroy.reason, want) {
		t.Fatalf("destroy without purge: %d %s; want 500 %q", destroy.status, destroy.reason, want)
	}
	destroy = e.send(t, request{product: catalog.PVE, method: "DELETE", path: "/nodes/pve1/qemu/101", query: url.Values{"purge": {"1"}}})
	if destroy.status != 200 {
		t.Fatalf("destroy with purge: %d %s", destroy.status, destroy.reason)
	}
	if list := e.get(t, catalog.PVE, "/cluster/replication").data(t).([]any); len(list) != 1 {
		t.Errorf("the job outlived its guest: %v", list)
	}
}

// An update whose delete list Proxmox refuses changes nothing.
func TestRefusedReplicationUpdateChangesNothing(t *testing.T) {
	e := newEnv(t, Options{TaskDuration: -1})
	r := e.send(t, request{product: catalog.PVE, method: "PUT", path: "/cluster/replication/100-0", form: url.Values{"comment": {"changed"}, "delete": {"target"}}})
	if r.status == 200 || !strings.Contains(r.reason, "unable to delete fixed option 'target'") {
		t.Fatalf("delete=target: %d %s", r.status, r.reason)
	}
	job := e.get(t, catalog.PVE, "/cluster/replication/100-0").data(t).(map[string]any)
	if _, changed := job["comment"]; changed {
		t.Errorf("the refused update changed the job: %v", job)
	}
}
