package search

import "testing"

// TestCLISubcommand: a qm/pct subcommand that ends a write's path asks
// for that write; one a read is named by, or a grouped subcommand of
// another tool, does not.
func TestCLISubcommand(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]bool{
		"qm snapshot 250 before": true,
		"pct template 251":       true,
		"qm config 113":          false,
		"qm pending 123":         false,
		"pveceph pool ls":        false,
		"qm start 110":           false, // its own word says so already
	} {
		if got := ix.cliAction(ix.normalizeWords(ix.queryWords(q, &plan{}))); got != want {
			t.Errorf("cliAction(%q) = %v, want %v", q, got, want)
		}
	}
	rs, _ := ix.Search(Query{Text: "qm snapshot 250 before", Limit: 3})
	if len(rs) == 0 || rs[0].Op.Name != "pve_post_nodes_qemu_snapshot" {
		t.Errorf("qm snapshot 250 before: got %s", names(rs))
	}
}
