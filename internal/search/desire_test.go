package search

import "testing"

// TestDesiredState: "X should …" describes a setting of X to change; a
// question with a modal does not.
func TestDesiredState(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]int{
		"media pool weekly should keep its tapes for a year": 4,
		"the vm must not start on boot":                      3,
		"should i upgrade pve1 now":                          5,
		"what should the backup window be":                   6,
		"backups should":                                     2,
	} {
		if got := desiredStart(ix.queryWords(q, &plan{})); got != want {
			t.Errorf("desiredStart(%q) = %d, want %d", q, got, want)
		}
	}
	wantFirstOf(t, "sync job s-hq should also remove vanished snapshots", []string{"pbs_put_config_sync_id"})
	wantFirstOf(t, "the user anna@pve should expire at the end of the year", []string{"pve_put_access_users_userid"})
}
