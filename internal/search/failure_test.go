package search

import "testing"

// TestNegatedAction: an action said not to happen is a symptom, read as
// the state it names; an action asked for stays one.
func TestNegatedAction(t *testing.T) {
	for q, want := range map[string]string{
		"why won't vm 276 start":          "pve_get_nodes_qemu_status_current",
		"ct 200 doesn't start anymore":    "pve_get_nodes_lxc_status_current",
		"vm 100 fails to boot":            "pve_get_nodes_qemu_status_current",
		"stop vm 100, it doesn't respond": "pve_post_nodes_qemu_status_stop",
		"start vm 276":                    "pve_post_nodes_qemu_status_start",
	} {
		wantFirst(t, q, want)
	}
}
