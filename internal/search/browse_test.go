package search

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

func opNames(ops []*catalog.Operation) []string {
	out := make([]string, len(ops))
	for i, op := range ops {
		out[i] = op.Name
	}
	return out
}

// TestBrowseIsTheCategory checks that browsing gives exactly a category's
// operations, each once, ordered by path and then GET, POST, PUT, DELETE.
func TestBrowseIsTheCategory(t *testing.T) {
	ix := prodIndex()
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		for _, cat := range policy.Default().Categories(p) {
			got := ix.Browse(p, cat, nil)
			var want []string
			for _, op := range apis.Operations() {
				if op.Product == p && policyCategory(op) == cat {
					want = append(want, op.Name)
				}
			}
			if diff := cmp.Diff(slices.Sorted(slices.Values(want)), slices.Sorted(slices.Values(opNames(got)))); diff != "" {
				t.Errorf("%s/%s: operations differ (-want +got):\n%s", p, cat, diff)
			}
			for i := 1; i < len(got); i++ {
				a, b := got[i-1], got[i]
				if a.Path > b.Path || a.Path == b.Path && methodOf(a.Method) >= methodOf(b.Method) {
					t.Errorf("%s/%s: %s %s before %s %s", p, cat, a.Method, a.Path, b.Method, b.Path)
				}
			}
		}
	}
}

func TestBrowseOrderExample(t *testing.T) {
	got := opNames(prodIndex().Browse(catalog.PVE, "pools", nil))
	// By path; on one path GET, POST, PUT, DELETE.
	want := []string{"pve_get_pools", "pve_post_pools", "pve_put_pools", "pve_delete_pools",
		"pve_get_pools_poolid", "pve_put_pools_poolid", "pve_delete_pools_poolid"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pools (-want +got):\n%s", diff)
	}
}

func TestBrowseBothProductsAndFilters(t *testing.T) {
	ix := prodIndex()
	both := ix.Browse("", "access", nil)
	if len(both) == 0 || both[0].Product != catalog.PVE || both[len(both)-1].Product != catalog.PBS {
		t.Fatalf("access of both products: want PVE then PBS, got %v", opNames(both))
	}
	reads := ix.Browse("", "access", func(op *catalog.Operation) bool { return op.Method == "GET" })
	if len(reads) == 0 || len(reads) >= len(both) {
		t.Errorf("allow: %d of %d operations", len(reads), len(both))
	}
	for _, op := range reads {
		if op.Method != "GET" {
			t.Errorf("allow rejected %s but it was returned", op.Name)
		}
	}
	if got := ix.Browse(catalog.PVE, "no-such-category", nil); len(got) != 0 {
		t.Errorf("unknown category: got %v", opNames(got))
	}
}

// TestSearchWithoutTextBrowses: a category and no words browse it, the
// limit applying and 0 meaning the whole category.
func TestSearchWithoutTextBrowses(t *testing.T) {
	ix := prodIndex()
	all := ix.Browse(catalog.PVE, "ha", nil)
	rs, blocked := ix.Search(Query{Product: catalog.PVE, Category: "ha"})
	if blocked != nil || len(rs) != len(all) {
		t.Fatalf("got %d results (blocked %v), want the %d of the category", len(rs), blocked, len(all))
	}
	for i, r := range rs {
		if r.Op != all[i] || r.Score != 0 {
			t.Errorf("result %d: %s %v, want %s with score 0", i, r.Op.Name, r.Score, all[i].Name)
		}
	}
	if rs, _ := ix.Search(Query{Text: "  ", Product: catalog.PVE, Category: "ha", Limit: 3}); len(rs) != 3 || rs[0].Op != all[0] {
		t.Errorf("limit 3: got %v", names(rs))
	}
	if rs, _ := ix.Search(Query{}); len(rs) != 0 {
		t.Errorf("no text, no category: got %v", names(rs))
	}
}
