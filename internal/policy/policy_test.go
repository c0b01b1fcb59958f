package policy

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

var (
	testPolicyOnce sync.Once
	testPolicyVal  *Policy
	testPolicyErr  error
)

// embedded parses the embedded policy.json once, failing the test (instead
// of panicking like Default) when it is broken.
func embedded(t *testing.T) *Policy {
	t.Helper()
	testPolicyOnce.Do(func() { testPolicyVal, testPolicyErr = parse("policy.json", defaultFile) })
	if testPolicyErr != nil {
		t.Fatalf("embedded policy.json: %v", testPolicyErr)
	}
	return testPolicyVal
}

func describe(op *catalog.Operation) string {
	return op.Product.Title() + " " + op.Method + " " + op.Path + " (" + op.Name + ")"
}

func TestEveryOperationHasOneTierAndKnownCategory(t *testing.T) {
	p := embedded(t)
	used := map[catalog.Product]map[string]bool{}
	for _, op := range apis.Operations() {
		d, src := p.trace(op)
		if d.Tier < ReadOnly || d.Tier > Full {
			t.Errorf("%s: tier %v", describe(op), d.Tier)
		}
		if src.category < 0 || !slices.Contains(p.Categories(op.Product), d.Category) {
			t.Errorf("%s: no category rule gives it a known category (got %q)", describe(op), d.Category)
		}
		if used[op.Product] == nil {
			used[op.Product] = map[string]bool{}
		}
		used[op.Product][d.Category] = true
	}
	for _, prod := range []catalog.Product{catalog.PVE, catalog.PBS} {
		for _, c := range p.Categories(prod) {
			if !used[prod][c] {
				t.Errorf("%s category %q is declared but no operation has it", prod, c)
			}
		}
	}
}

func TestNoDeadRules(t *testing.T) {
	p := embedded(t)
	ops := apis.Operations()
	catWins := make([]int, len(p.categoryRules))
	ruleWins := make([]int, len(p.rules))
	for _, op := range ops {
		d, src := p.trace(op)
		if src.category >= 0 {
			catWins[src.category]++
		}
		// A condition counts only where it still matters: on an operation
		// that is not destructive (or confirm-gated) as such.
		if len(d.DestructiveWith) == 0 {
			src.destructiveWith = -1
		}
		if len(d.ConfirmWith) == 0 {
			src.confirmWith = -1
		}
		for _, i := range []int{src.tier, src.destructive, src.destructiveWith, src.confirm, src.confirmWith,
			src.guestExec, src.core, src.name, src.token, src.note} {
			if i >= 0 {
				ruleWins[i]++
			}
		}
	}
	for i, r := range p.categoryRules {
		if catWins[i] == 0 {
			t.Errorf("%s (%s %s): gives no operation its category; earlier rules take them all", r.at(), r.product, r.category)
		}
		checkPatternsMatch(t, r.at(), &r.matcher, ops)
	}
	for i, r := range p.rules {
		if ruleWins[i] == 0 {
			t.Errorf("%s (%s %v): decides nothing for any operation; earlier rules decide every field it sets", r.at(), r.product, r.paths[0].src)
		}
		checkPatternsMatch(t, r.at(), &r.matcher, ops)
	}
}

// checkPatternsMatch fails for each path pattern of m that matches no
// operation of m's product and methods.
func checkPatternsMatch(t *testing.T, at string, m *matcher, ops []*catalog.Operation) {
	t.Helper()
	for _, pat := range m.paths {
		found := false
		for _, op := range ops {
			if op.Product == m.product && m.methodMatches(op.Method) && pat.match(op.Path) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%s: path pattern %q matches no %s operation%s", at, pat.src, m.product, methodsText(m.methods))
		}
	}
}

func methodsText(methods []string) string {
	if len(methods) == 0 {
		return ""
	}
	return " with method " + strings.Join(methods, "/")
}

var toolNameRe = regexp.MustCompile(`^[a-z0-9_]+$`)

func TestNameOverrides(t *testing.T) {
	p := embedded(t)
	ops := apis.Operations()
	generated := map[string]bool{}
	for _, op := range ops {
		generated[op.Name] = true
	}
	overrides := map[string]string{}
	for _, r := range p.rules {
		if r.name == "" {
			continue
		}
		switch {
		case !toolNameRe.MatchString(r.name):
			t.Errorf("%s: name %q is not ^[a-z0-9_]+$", r.at(), r.name)
		case len(r.name) > 48:
			t.Errorf("%s: name %q is longer than 48 characters", r.at(), r.name)
		case !strings.HasPrefix(r.name, string(r.product)+"_"):
			t.Errorf("%s: name %q lacks the %s_ prefix", r.at(), r.name, r.product)
		case generated[r.name]:
			t.Errorf("%s: name %q collides with a generated tool name", r.at(), r.name)
		}
		if prev, dup := overrides[r.name]; dup {
			t.Errorf("%s: name %q is also used by %s", r.at(), r.name, prev)
		}
		overrides[r.name] = r.at()
	}
	// Every tool name in force is unique, and both names find the operation.
	names := map[string]*catalog.Operation{}
	for _, op := range ops {
		d := p.Decide(op)
		if other, dup := names[d.Name]; dup {
			t.Errorf("tool name %q used by %s and %s", d.Name, describe(other), describe(op))
		}
		names[d.Name] = op
		if p.Lookup(d.Name) != op || p.Lookup(op.Name) != op {
			t.Errorf("Lookup does not find %s by %q and %q", describe(op), d.Name, op.Name)
		}
	}
	for name := range overrides {
		if names[name] == nil {
			t.Errorf("override %q is not the name of any operation", name)
		}
	}
}

// The core set holds read-only operations only, so every tier gets all of
// it; operational actions are reached through the generic call tools. Task
// status and logs are left to the server's proxmox_task tool and storage
// listings to cluster resources, to keep the default tools/list within 12 KB.
func TestCoreSet(t *testing.T) {
	p := embedded(t)
	var core []string
	for _, op := range apis.Operations() {
		d := p.Decide(op)
		if !d.Core {
			continue
		}
		core = append(core, d.Name)
		if d.Tier != ReadOnly {
			t.Errorf("core operation %s is %s, not read-only", describe(op), d.Tier)
		}
	}
	if len(core) < 20 || len(core) > 30 {
		t.Errorf("core set has %d operations, want 20–30: %v", len(core), core)
	}
	for _, want := range []string{"pve_get_cluster_resources", "pve_get_cluster_status", "pve_list_nodes", "pve_list_vms",
		"pve_get_cluster_tasks", "pve_get_vm_status", "pve_get_nodes_storage_status",
		"pbs_list_datastores", "pbs_list_snapshots", "pbs_get_gc_status", "pbs_get_datastore_status"} {
		if !slices.Contains(core, want) {
			t.Errorf("core set lacks %s", want)
		}
	}
	sort.Strings(core)
	t.Logf("core set (%d): %s", len(core), strings.Join(core, ", "))
}

var consoleRe = regexp.MustCompile(`/(vncproxy|termproxy|spiceproxy|vncwebsocket|vncshell|spiceshell|mtunnel|mtunnelwebsocket)$`)

func TestSafetyInvariants(t *testing.T) {
	p := embedded(t)
	for _, op := range apis.Operations() {
		d := p.Decide(op)
		if op.Method == "GET" && op.Flags.ExposesCredentials && d.Tier == ReadOnly {
			t.Errorf("%s exposes credentials but is read-only", describe(op))
		}
		if consoleRe.MatchString(op.Path) && d.Tier == ReadOnly {
			t.Errorf("%s opens a console or tunnel but is read-only", describe(op))
		}
		if op.Method == "DELETE" && !d.Destructive && d.Reason == "" {
			t.Errorf("%s deletes but is not destructive, and no rule says why", describe(op))
		}
		if d.Tier == ReadExecute && op.Method == "GET" && d.Reason == "" {
			t.Errorf("%s is a read-execute GET without a reason", describe(op))
		}
		if d.Tier != baseTier(op.Method) && d.Reason == "" {
			t.Errorf("%s was moved from %s to %s without a reason", describe(op), baseTier(op.Method), d.Tier)
		}
		if d.Destructive && !d.Confirm && d.Reason == "" {
			t.Errorf("%s is destructive without confirm, and no rule says why", describe(op))
		}
		if op.Product == catalog.PVE && !op.Flags.TokenAllowed && !strings.Contains(d.Note, "refuses tokens") {
			t.Errorf("%s refuses tokens (allowtoken 0) but its note does not say so: %q", describe(op), d.Note)
		}
		if op.Flags.ExposesCredentials && !strings.Contains(d.Note, "expose_credentials") {
			t.Errorf("%s is expose_credentials but its note does not say so: %q", describe(op), d.Note)
		}
	}
}

// golden is the part of a Decision the table below pins.
type golden struct {
	Tier        string
	Category    string
	Destructive bool
	Confirm     bool
	Core        bool
	Name        string
}

func TestGoldenDecisions(t *testing.T) {
	p := embedded(t)
	tests := []struct {
		op   string
		want golden
		note string // substring of Decision.Note
	}{
		{"pve_post_nodes_qemu_status_start", golden{"read-execute", "qemu", false, false, false, ""}, ""},
		{"pve_post_nodes_qemu_status_stop", golden{"read-execute", "qemu", true, true, false, ""}, ""},
		{"pve_post_nodes_lxc_status_shutdown", golden{"read-execute", "lxc", false, true, false, ""}, ""},
		{"pve_delete_nodes_qemu_vmid", golden{"full", "qemu", true, true, false, ""}, ""},
		{"pve_get_cluster_resources", golden{"read-only", "cluster", false, false, true, ""}, ""},
		{"pve_get_nodes_qemu", golden{"read-only", "qemu", false, false, true, "pve_list_vms"}, ""},
		{"pve_post_nodes_qemu_migrate", golden{"read-execute", "qemu", false, false, false, ""}, ""},
		{"pve_post_nodes_vzdump", golden{"read-execute", "backup", false, false, false, ""}, ""},
		{"pve_delete_nodes_tasks_upid", golden{"read-execute", "tasks", false, true, false, ""}, ""},
		{"pve_post_nodes_services_restart", golden{"read-execute", "services", false, true, false, ""}, ""},
		{"pve_post_nodes_qemu_snapshot", golden{"full", "qemu", false, false, false, ""}, ""},
		{"pve_post_nodes_qemu_snapshot_rollback", golden{"full", "qemu", true, true, false, ""}, ""},
		{"pve_get_cluster_metrics_export", golden{"read-execute", "metrics", false, false, false, ""}, "expose_credentials"},
		{"pve_get_nodes_qemu_agent_file_read", golden{"full", "qemu", false, false, false, ""}, ""},
		{"pve_post_nodes_qemu_vncproxy", golden{"full", "console", false, true, false, ""}, ""},
		{"pve_get_nodes_qemu_firewall_rules", golden{"read-only", "firewall", false, false, false, ""}, ""},
		{"pve_put_access_password", golden{"full", "access", false, true, false, ""}, "refuses tokens"},
		{"pve_put_nodes_disks_wipedisk", golden{"full", "disks", true, true, false, ""}, "root@pam only"},
		{"pbs_post_admin_datastore_gc", golden{"read-execute", "datastore", false, false, false, ""}, ""},
		{"pbs_post_admin_sync_run", golden{"read-execute", "sync", false, false, false, ""}, ""},
		{"pbs_post_admin_prune_run", golden{"read-execute", "prune", true, true, false, ""}, ""},
		{"pbs_post_admin_datastore_prune", golden{"full", "prune", false, false, false, ""}, ""}, // destructive unless dry-run: see TestCallDecisions,
		{"pbs_get_admin_datastore_snapshots", golden{"read-only", "datastore", false, false, true, "pbs_list_snapshots"}, ""},
		{"pbs_delete_admin_datastore_snapshots", golden{"full", "datastore", true, true, false, ""}, ""},
		{"pbs_get_tape_media_destroy", golden{"full", "tape", true, true, false, ""}, ""},
		{"pbs_post_nodes_termproxy", golden{"full", "console", false, true, false, ""}, "refuses tokens"},
	}
	for _, tt := range tests {
		op := apis.Lookup(tt.op)
		if op == nil {
			t.Errorf("%s: no such operation", tt.op)
			continue
		}
		d := p.Decide(op)
		if tt.want.Name == "" {
			tt.want.Name = tt.op
		}
		got := golden{d.Tier.String(), d.Category, d.Destructive, d.Confirm, d.Core, d.Name}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.op, diff)
		}
		if !strings.Contains(d.Note, tt.note) {
			t.Errorf("%s: note %q lacks %q", tt.op, d.Note, tt.note)
		}
	}
}

// An operation the policy did not index (a copy, say) is decided the same.
func TestDecideUnindexedOperation(t *testing.T) {
	p := embedded(t)
	for _, op := range apis.Operations() {
		cp := *op
		if diff := cmp.Diff(p.Decide(op), p.Decide(&cp)); diff != "" {
			t.Fatalf("%s decided differently as a copy:\n%s", describe(op), diff)
		}
	}
}

func TestStats(t *testing.T) {
	p := embedded(t)
	ops := apis.Operations()
	s := p.Stats(ops)
	t.Logf("\n%s", s)
	counts := map[catalog.Product]int{}
	for _, op := range ops {
		counts[op.Product]++
	}
	for prod, n := range counts {
		tot := s.Product(prod)
		if tot.Total() != n {
			t.Errorf("%s: stats count %d operations, catalog has %d", prod, tot.Total(), n)
		}
		if tot.Tiers[ReadOnly] == 0 || tot.Tiers[ReadExecute] == 0 || tot.Tiers[Full] == 0 {
			t.Errorf("%s: a tier is empty: %v", prod, tot.Tiers)
		}
	}
}

func TestParseTier(t *testing.T) {
	for in, want := range map[string]Tier{"read-only": ReadOnly, " Read-Execute ": ReadExecute, "FULL": Full, "read_only": ReadOnly} {
		got, err := ParseTier(in)
		if err != nil || got != want {
			t.Errorf("ParseTier(%q) = %v, %v; want %v", in, got, err, want)
		}
		if got.String() != strings.ReplaceAll(strings.ToLower(strings.TrimSpace(in)), "_", "-") {
			t.Errorf("%v.String() = %q", got, got.String())
		}
	}
	_, err := ParseTier("admin")
	if err == nil || !strings.Contains(err.Error(), "read-only, read-execute, full") {
		t.Errorf("ParseTier(admin) error = %v; want one listing the valid tiers", err)
	}
	if !(ReadOnly < ReadExecute && ReadExecute < Full) {
		t.Error("tiers are not ordered")
	}
}

func TestParseCategories(t *testing.T) {
	p := embedded(t)
	got, err := ParseCategories(catalog.PVE, " qemu, LXC ,,storage,qemu ", p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"lxc", "qemu", "storage"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got, err := ParseCategories(catalog.PBS, "  ", nil); err != nil || got != nil {
		t.Errorf("empty list = %v, %v; want nil, nil", got, err)
	}
	_, err = ParseCategories(catalog.PBS, "datastore,qemu", p)
	if err == nil || !strings.Contains(err.Error(), `"qemu"`) || !strings.Contains(err.Error(), strings.Join(p.Categories(catalog.PBS), ", ")) {
		t.Errorf("unknown category error = %v; want it to name qemu and list the valid ones", err)
	}
	if cats := p.Categories(catalog.PVE); !sort.StringsAreSorted(cats) || len(cats) < 12 {
		t.Errorf("PVE categories = %v", cats)
	}
}
