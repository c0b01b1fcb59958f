package search

import "testing"

// TestPreferRead: a request with no action word gets the read of its
// subject first, one that opens with Proxmox's verb for a write keeps
// the write first.
func TestPreferRead(t *testing.T) {
	ix := prodIndex()
	for _, c := range []struct{ query, first string }{
		{"certificate of node pve1", "pve_get_nodes_certificates_info"},
		{"order a certificate for pve1", "pve_post_nodes_certificates_acme_certificate"},
		{"revoke certificate of pve1", "pve_delete_nodes_certificates_acme_certificate"},
	} {
		rs, _ := ix.Search(Query{Text: c.query, Limit: 3})
		if len(rs) == 0 || rs[0].Op.Name != c.first {
			t.Errorf("%q: first %s, want %s (got %s)", c.query, resultNames(rs, 1), c.first, names(rs))
		}
	}
}

func TestOpensWrite(t *testing.T) {
	ix := prodIndex()
	for w, want := range map[string]bool{stem("download"): true, stem("order"): true, stem("certificate"): false, "zzz": false} {
		if got := ix.opensWrite(w); got != want {
			t.Errorf("opensWrite(%q) = %v, want %v", w, got, want)
		}
	}
	if got := firstWord("Order a new certificate"); got != "order" {
		t.Errorf("firstWord = %q", got)
	}
}

// TestPreferCollection: with no object named, the list answers; with
// one named, or asked about, the item does.
func TestPreferCollection(t *testing.T) {
	ix := prodIndex()
	for _, c := range []struct{ query, first string }{
		{"interface config on the backup server", "pbs_get_nodes_network"},
		{"interface config of vmbr0 on the backup server", "pbs_get_nodes_network_iface"},
	} {
		rs, _ := ix.Search(Query{Text: c.query, Limit: 3})
		if len(rs) == 0 || rs[0].Op.Name != c.first {
			t.Errorf("%q: first %s, want %s (got %s)", c.query, resultNames(rs, 1), c.first, names(rs))
		}
	}
}
