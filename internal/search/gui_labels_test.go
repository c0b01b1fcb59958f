package search

import (
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// TestGUILabelsNameOperations checks both tables against the catalog:
// every entry names an operation of a product whose table it is in (or,
// for the PBS table's widget-toolkit panels, of either), once, with
// labels.
func TestGUILabelsNameOperations(t *testing.T) {
	calls := map[string]map[string]bool{} // key → products that have it
	for _, op := range apis.Operations() {
		k := guiCallKey(op)
		if calls[k] == nil {
			calls[k] = map[string]bool{}
		}
		calls[k][string(op.Product)] = true
	}
	for name, table := range map[string][]guiLabel{"pve": guiLabelsPVE, "pbs": guiLabelsPBS} {
		seen := map[string]bool{}
		for _, l := range table {
			products := calls[l.op]
			switch {
			case products == nil:
				t.Errorf("%s table: %q is no operation of the catalog", name, l.op)
			case name == "pve" && !products["pve"]:
				t.Errorf("pve table: %q is not a PVE operation", l.op)
			}
			if seen[l.op] {
				t.Errorf("%s table: %q listed twice", name, l.op)
			}
			seen[l.op] = true
			if strings.Trim(l.labels, ", ") == "" {
				t.Errorf("%s table: %q has no labels", name, l.op)
			}
		}
	}
}

// TestGUILabelsAreIndexed checks that each labelled operation's labels
// field holds its labels' terms, and that an operation without labels
// has none.
func TestGUILabelsAreIndexed(t *testing.T) {
	ops := apis.Operations()
	names := map[int32]string{}
	var next int32
	ids := map[string]int32{}
	b := newBuilder(ops, func(term string) int32 {
		id, ok := ids[term]
		if !ok {
			id, next = next, next+1
			ids[term], names[id] = id, term
		}
		return id
	})
	labelled := 0
	for _, op := range ops {
		var got []string
		for _, id := range b.fields(op, "", nil)[fieldLabels] {
			got = append(got, names[id])
		}
		want := terms(guiLabelsOf(op))
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: labels field %q, want %q", op.Name, got, want)
		}
		if len(want) > 0 {
			labelled++
		}
	}
	if labelled == 0 {
		t.Error("no operation has labels")
	}
}

// TestGUILabelsDropChrome: the buttons and generic fields of every window
// are not an operation's words; a longer label that contains one stays.
func TestGUILabelsDropChrome(t *testing.T) {
	if got, want := labelsText("Edit, Rule, Enable, Edit notes, Comment, Direction"), "Rule Edit notes Direction"; got != want {
		t.Errorf("labelsText = %q, want %q", got, want)
	}
}
