package search

import "testing"

// TestCopulaAsksState: "is X up?" reads X's status; "is there …" and
// a question with "can" are not about a state.
func TestCopulaAsksState(t *testing.T) {
	ix := prodIndex()
	rs, _ := ix.Search(Query{Text: "is ct 250 up?", Limit: 3})
	if len(rs) == 0 || rs[0].Op.Name != "pve_get_nodes_lxc_status_current" {
		t.Errorf("is ct 250 up?: got %s", names(rs))
	}
	for q, want := range map[string]bool{
		"is vm 117 up":                  true,
		"pve2 was rebooted, are all ok": true,
		"is there a free id":            false,
		"can vm 1 be migrated":          false,
	} {
		if got := asksState(ix.queryWords(q, &plan{})); got != want {
			t.Errorf("asksState(%q) = %v, want %v", q, got, want)
		}
	}
}
