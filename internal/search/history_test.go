package search

import "testing"

// TestPastActions: a question about an action that already happened
// reads the tasks that record it; asking for the action, or when a job
// last ran, does not.
func TestPastActions(t *testing.T) {
	tasks := []string{"pve_get_cluster_tasks", "pve_get_nodes_tasks", "pve_get_nodes_tasks_log", "pve_get_nodes_tasks_status"}
	for _, q := range []string{"who deleted vm 300 last week", "when was ct 120 last rebooted", "who started the migration of vm 410"} {
		rs, _ := prodIndex().Search(Query{Text: q, Limit: 3})
		if firstRank(rs, tasks) < 0 {
			t.Errorf("%q: got %v, want the tasks in the top 3", q, resultNames(rs, 3))
		}
	}
	wantFirst(t, "delete vm 300", "pve_delete_nodes_qemu_vmid")
	wantFirst(t, "reboot ct 120", "pve_post_nodes_lxc_status_reboot")
	for _, q := range []string{"when did gc last run on store1", "who can delete vms", "when is the next backup"} {
		if p := prodIndex().parse(q); p.asksHistory {
			t.Errorf("%q read as a question about a past action", q)
		}
	}
}
