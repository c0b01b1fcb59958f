package search

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

var (
	sharedOnce  sync.Once
	sharedIndex *Index
)

// testIndex is the whole catalog indexed with testCategory, built once.
func testIndex(t testing.TB) *Index {
	t.Helper()
	sharedOnce.Do(func() { sharedIndex = New(apis.Operations(), testCategory) })
	return sharedIndex
}

// testCategory stands in for the policy's categories: the first path
// segment, with guests split out of /nodes.
func testCategory(op *catalog.Operation) string {
	switch {
	case strings.Contains(op.Path, "/qemu"):
		return "vm"
	case strings.Contains(op.Path, "/lxc"):
		return "container"
	}
	seg, _, _ := strings.Cut(strings.TrimPrefix(op.Path, "/"), "/")
	return seg
}

func TestNewIsFast(t *testing.T) {
	ops := apis.Operations()
	start := time.Now()
	New(ops, testCategory)
	// Only logged: a loaded CI machine must not fail the build; the
	// benchmark gives the real figure.
	t.Logf("indexing %d operations took %v (budget 50ms)", len(ops), time.Since(start))
}

func TestDeterministic(t *testing.T) {
	queries := []string{"list all virtual machines", "backup", "status", "delete", "node"}
	a := New(apis.Operations(), testCategory)
	b := New(apis.Operations(), testCategory)
	for _, q := range queries {
		first, _ := a.Search(Query{Text: q, Limit: 50})
		for range 3 {
			again, _ := a.Search(Query{Text: q, Limit: 50})
			other, _ := b.Search(Query{Text: q, Limit: 50})
			if diff := cmp.Diff(summarize(first), summarize(again)); diff != "" {
				t.Errorf("%q: repeated search differs (-first +again):\n%s", q, diff)
			}
			if diff := cmp.Diff(summarize(first), summarize(other)); diff != "" {
				t.Errorf("%q: rebuilt index differs (-first +other):\n%s", q, diff)
			}
		}
	}
}

// summarize renders results as comparable lines, scores exact.
func summarize(rs []Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = fmt.Sprintf("%s %v", r.Op.Name, r.Score)
	}
	return out
}

func TestTiesBreakByName(t *testing.T) {
	ix := testIndex(t)
	rs, _ := ix.Search(Query{Text: "firewall rule", Limit: 100})
	for i := 1; i < len(rs); i++ {
		prev, cur := rs[i-1], rs[i]
		if prev.Score < cur.Score || prev.Score == cur.Score && prev.Op.Name > cur.Op.Name {
			t.Fatalf("results out of order at %d: %s %v before %s %v", i, prev.Op.Name, prev.Score, cur.Op.Name, cur.Score)
		}
	}
}

func TestLimit(t *testing.T) {
	ix := testIndex(t)
	if rs, _ := ix.Search(Query{Text: "status"}); len(rs) != defaultLimit {
		t.Errorf("default limit: got %d results, want %d", len(rs), defaultLimit)
	}
	if rs, _ := ix.Search(Query{Text: "status", Limit: 3}); len(rs) != 3 {
		t.Errorf("limit 3: got %d results", len(rs))
	}
}

func TestProductFilter(t *testing.T) {
	ix := testIndex(t)
	for _, product := range []catalog.Product{catalog.PVE, catalog.PBS} {
		rs, _ := ix.Search(Query{Text: "list tasks", Product: product, Limit: 20})
		if len(rs) == 0 {
			t.Fatalf("%s: no results", product)
		}
		for _, r := range rs {
			if r.Op.Product != product {
				t.Errorf("%s filter returned %s", product, r.Op.Name)
			}
		}
	}
}

func TestCategoryFilter(t *testing.T) {
	ix := testIndex(t)
	rs, _ := ix.Search(Query{Text: "firewall rules", Category: "container", Limit: 20})
	if len(rs) == 0 {
		t.Fatal("no results")
	}
	for _, r := range rs {
		if testCategory(r.Op) != "container" {
			t.Errorf("category filter returned %s (%s)", r.Op.Name, testCategory(r.Op))
		}
	}
	if rs, _ := ix.Search(Query{Text: "firewall rules", Category: "no-such-category"}); len(rs) != 0 {
		t.Errorf("unknown category: got %d results", len(rs))
	}
}

// TestCategoryIsSearchable checks that the category name is indexed: a
// query naming only a category finds its operations.
func TestCategoryIsSearchable(t *testing.T) {
	ix := New(apis.Operations(), func(op *catalog.Operation) string {
		if strings.HasPrefix(op.Path, "/cluster/sdn") {
			return "softwaredefinednetworking"
		}
		return "other"
	})
	rs, _ := ix.Search(Query{Text: "softwaredefinednetworking"})
	if len(rs) == 0 || !strings.HasPrefix(rs[0].Op.Path, "/cluster/sdn") {
		t.Errorf("got %v", names(rs))
	}
}

func TestAllowFilters(t *testing.T) {
	ix := testIndex(t)
	readOnly := func(op *catalog.Operation) bool { return op.Method == "GET" }
	rs, _ := ix.Search(Query{Text: "reboot vm 101", Allow: readOnly, Limit: 20})
	for _, r := range rs {
		if r.Op.Method != "GET" {
			t.Errorf("Allow rejected %s, but it was returned", r.Op.Name)
		}
	}
}

func TestBetterBlocked(t *testing.T) {
	ix := testIndex(t)
	readOnly := func(op *catalog.Operation) bool { return op.Method == "GET" }
	rs, blocked := ix.Search(Query{Text: "reboot vm 101", Allow: readOnly})
	if blocked == nil || blocked.Op.Name != "pve_post_nodes_qemu_status_reboot" {
		t.Fatalf("betterBlocked = %v, want the reboot operation", blocked)
	}
	if len(rs) > 0 && rs[0].Score > blocked.Score {
		t.Errorf("blocked %v does not outrank first allowed %v", blocked.Score, rs[0].Score)
	}

	// When the best match is allowed, nothing is reported.
	if _, blocked := ix.Search(Query{Text: "reboot vm 101"}); blocked != nil {
		t.Errorf("nil Allow: betterBlocked = %s", blocked.Op.Name)
	}
	if _, blocked := ix.Search(Query{Text: "show vm 101 status", Allow: readOnly}); blocked != nil {
		t.Errorf("allowed best match: betterBlocked = %s", blocked.Op.Name)
	}
}

func TestBetterBlockedWhenNothingAllowed(t *testing.T) {
	ix := testIndex(t)
	none := func(*catalog.Operation) bool { return false }
	rs, blocked := ix.Search(Query{Text: "reboot vm 101", Allow: none})
	if len(rs) != 0 {
		t.Errorf("got %d results, want none", len(rs))
	}
	if blocked == nil || blocked.Op.Name != "pve_post_nodes_qemu_status_reboot" {
		t.Errorf("betterBlocked = %v, want the reboot operation", blocked)
	}
}

func TestEmptyAndGarbageQueries(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"", "   ", "the of and", "?!?", "zzzzqqqq", "1234", "🙂🙂",
		strings.Repeat("x", 10000), "\x00\xff\xfe", "{}/{}/{}", "-.-.-",
	} {
		rs, blocked := ix.Search(Query{Text: q})
		if len(rs) != 0 || blocked != nil {
			t.Errorf("%q: got %v, %v; want nothing", q, names(rs), blocked)
		}
	}
}

func TestNilAndEmptyCatalog(t *testing.T) {
	ix := New(nil, nil)
	if rs, _ := ix.Search(Query{Text: "reboot vm"}); len(rs) != 0 {
		t.Errorf("empty index returned %v", names(rs))
	}
}

func TestToolNameInQuery(t *testing.T) {
	ix := testIndex(t)
	rs, _ := ix.Search(Query{Text: "what does pve_get_nodes_qemu_pending return"})
	if len(rs) == 0 || rs[0].Op.Name != "pve_get_nodes_qemu_pending" {
		t.Errorf("got %v", names(rs))
	}
}

func TestConcurrentSearch(t *testing.T) {
	ix := testIndex(t)
	want, _ := ix.Search(Query{Text: "reboot vm 101"})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				got, _ := ix.Search(Query{Text: "reboot vm 101"})
				if got[0].Op != want[0].Op || got[0].Score != want[0].Score {
					t.Errorf("concurrent search differs: %s", got[0].Op.Name)
					return
				}
			}
		})
	}
	wg.Wait()
}
