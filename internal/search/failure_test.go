package search

import "testing"

// TestNegatedAction: an action said not to happen is a symptom, read as
// the state it names or the task that failed; an action asked for stays
// one.
func TestNegatedAction(t *testing.T) {
	qemuSymptom := []string{"pve_get_nodes_qemu_status_current", "pve_get_nodes_tasks", "pve_get_nodes_tasks_status", "pve_get_nodes_tasks_log"}
	lxcSymptom := []string{"pve_get_nodes_lxc_status_current", "pve_get_nodes_tasks", "pve_get_nodes_tasks_status", "pve_get_nodes_tasks_log"}
	for q, want := range map[string][]string{
		"why won't vm 276 start":          qemuSymptom,
		"ct 200 doesn't start anymore":    lxcSymptom,
		"vm 100 fails to boot":            qemuSymptom,
		"stop vm 100, it doesn't respond": {"pve_post_nodes_qemu_status_stop"},
		"start vm 276":                    {"pve_post_nodes_qemu_status_start"},
		"vm 276 never booted, start it":   {"pve_post_nodes_qemu_status_start"},
	} {
		wantFirstOf(t, q, want)
	}
}
