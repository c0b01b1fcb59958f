package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// adversarialDump is a small PVE apidoc.js of long, deep and colliding
// paths that exercises every shortening step and collision rule.
const adversarialDump = "testdata/pve-names-adversarial.js"

func parseAdversarial(t *testing.T) *schema.API {
	t.Helper()
	data, err := os.ReadFile(adversarialDump)
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Parse(data, schema.PVE, "adversarial")
	if err != nil {
		t.Fatal(err)
	}
	return api
}

func namesByKey(names map[*schema.Operation]string) map[string]string {
	out := map[string]string{}
	for op, n := range names {
		out[op.Method+" "+op.Path] = n
	}
	return out
}

// The names are valid, unique, at most MaxToolName, the ones frozen in
// testdata/names, and the same whatever the order of the operations.
func TestAdversarialNames(t *testing.T) {
	api := parseAdversarial(t)
	names, err := checkToolNames(api.Operations)
	if err != nil {
		t.Fatal(err)
	}
	checkNameSet(t, names, MaxToolName)
	path := filepath.Join(frozenNamesDir, "pve-adversarial.txt")
	if _, err := os.Stat(path); err != nil && os.Getenv("UPDATE_NAMES") == "1" {
		writeFrozenNames(t, path, api, names)
	}
	want := map[string]string{}
	for _, f := range readFrozenNames(t, path) {
		want[f.method+" "+f.path] = f.name
	}
	if diff := cmp.Diff(want, namesByKey(names)); diff != "" {
		t.Errorf("names differ from %s (-frozen +now):\n%s", path, diff)
	}
	shuffled := slices.Clone(api.Operations)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	again, err := checkToolNames(shuffled)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(namesByKey(names), namesByKey(again)); diff != "" {
		t.Errorf("names depend on the order of operations:\n%s", diff)
	}
}

// Every rule of docs/naming.md is used by some operation of the fixture,
// so a rule that stops working cannot go unnoticed. The counts are the
// figures docs/naming.md quotes.
func TestAdversarialCoversEveryRule(t *testing.T) {
	api := parseAdversarial(t)
	names, err := checkToolNames(api.Operations)
	if err != nil {
		t.Fatal(err)
	}
	steps := map[string]int{}
	rungs := map[int]int{}
	for _, op := range api.Operations {
		d := deriveName(op.Product, op.Method, op.Path, variantPlain, MaxToolName)
		if d.natural() {
			steps["none"]++
		}
		for _, s := range d.steps {
			steps[s]++
		}
		c := newClaimant(op, MaxToolName)
		rungs[slices.Index(c.ladder, names[op])]++
	}
	t.Logf("%d operations; own names by step: %v; final names by rung: %v", len(api.Operations), steps, rungs)
	for _, s := range []string{"none", stepVerb, stepRepeats, stepWords, stepInterior, stepTruncated} {
		if steps[s] == 0 {
			t.Errorf("no operation of %s is shortened by step %q", adversarialDump, s)
		}
	}
	for rung := 0; rung <= 2; rung++ {
		if rungs[rung] == 0 {
			t.Errorf("no operation of %s ends on rung %d", adversarialDump, rung)
		}
	}
}

// Adding operations whose names do not collide leaves every name as it was.
func TestAdversarialNamesSurviveUnrelatedPaths(t *testing.T) {
	api := parseAdversarial(t)
	before, err := checkToolNames(api.Operations)
	if err != nil {
		t.Fatal(err)
	}
	more := append(slices.Clone(api.Operations), ops(schema.PVE,
		"GET /cluster/sdn/route-maps/{route-map-id}/{order}",
		"DELETE /cluster/sdn/route-maps/{route-map-id}/{order}",
		"GET /nodes/{node}/qemu/{vmid}/agent/guest-exec/process/{pid}/error-stream",
		"GET /cluster/sdn/vnets/{vnet}/firewall/security-groups",
		"POST /nodes/{node}/certificates/acme/certificate-configuration",
		"GET /cluster/an-unrelated/and/rather/deep/path/that/must/be/shortened/itself/{id}",
	)...)
	after, err := checkToolNames(more)
	if err != nil {
		t.Fatal(err)
	}
	checkNameSet(t, after, MaxToolName)
	for op, n := range before {
		if after[op] != n {
			t.Errorf("%s %s: %q became %q when unrelated paths were added", op.Method, op.Path, n, after[op])
		}
	}
}

// The fixture regenerates with no code change and its package compiles.
func TestAdversarialDumpRegeneratesAndCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	work, err := os.MkdirTemp("testdata", "adversarial-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	dir := filepath.Join(work, "pve")
	generateInto(t, parseAdversarial(t), dir)
	first := readDir(t, dir)
	generateInto(t, parseAdversarial(t), dir)
	if diff := cmp.Diff(first, readDir(t, dir)); diff != "" {
		t.Errorf("two runs differ:\n%s", diff)
	}
	cmd := exec.Command("go", "vet", "./"+filepath.ToSlash(dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generated package does not compile: %v\n%s", err, out)
	}
}
