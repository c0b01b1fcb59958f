package search

import (
	"os"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// exampleSets are the visible sets whose requests examples.txt holds, in
// the file's order. The fifth development set stays out: it is the
// visible measure of requests the index has not seen (see examples.go).
// Sets 6-8 were scored before they were indexed (top-3 86.5%, 83.0%,
// 87.5%); each, left out while the other two were indexed, gained 1.7-3.0
// points, and the three together lifted the fifth set 82.6 -> 84.3%.
// The coverage sets (cover*_test.go, written per operation for the
// operations these sets name least) stay out too, measured: indexed with
// these, they lowered the everyday sets each left out in turn (dev2
// 96.7 -> 96.2% top-3, dev4 89.5 -> 87.9, dev5 82.6 -> 79.8) and, as a
// field of their own at any weight, never raised them; their own
// requests, two thirds indexed and one third held out, gained 0-2 points.
// Requests written per operation say how it may be asked for, not how
// often, and so pull everyday requests towards rare operations.
func exampleSets() [][]qualityCase {
	return [][]qualityCase{qualityCases, habitCases, symptomCases, devCases, dev2Cases, dev3Cases, dev4Cases,
		dev6Cases, dev7Cases, dev8Cases}
}

// isExampleSet reports whether cs is one of the example sets.
func isExampleSet(cs []qualityCase) bool {
	for _, set := range exampleSets() {
		if len(set) > 0 && len(cs) > 0 && &set[0] == &cs[0] {
			return true
		}
	}
	return false
}

// unseenRequests are the requests (lower-cased) of the sets the examples
// must never hold: the fifth development set and the held-apart set.
func unseenRequests(t *testing.T) map[string]bool {
	unseen := map[string]bool{}
	for _, c := range dev5Cases {
		unseen[strings.ToLower(c.query)] = true
	}
	for _, c := range loadHeldout(t) {
		unseen[strings.ToLower(c.Query)] = true
	}
	return unseen
}

// renderExamples writes examples.txt from the example sets: one line per
// request, "op,op…<TAB>request", each request once. A request that is
// also in the fifth development set or the held-apart set is left out,
// so that neither can be seen through the file.
func renderExamples(t *testing.T) string {
	unseen := unseenRequests(t)
	var b strings.Builder
	done := map[string]bool{}
	for _, set := range exampleSets() {
		for _, c := range set {
			key := strings.ToLower(c.query)
			if unseen[key] || done[key] || strings.ContainsAny(c.query, "\t\n") {
				continue
			}
			done[key] = true
			b.WriteString(strings.Join(c.want, ","))
			b.WriteByte('\t')
			b.WriteString(c.query)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestExamplesFile checks that examples.txt is what the example sets
// give; UPDATE_SEARCH_EXAMPLES=1 rewrites it.
func TestExamplesFile(t *testing.T) {
	want := renderExamples(t)
	if os.Getenv("UPDATE_SEARCH_EXAMPLES") == "1" {
		if err := os.WriteFile("examples.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if examplesFile != want {
		t.Errorf("examples.txt is out of date with the example sets; run UPDATE_SEARCH_EXAMPLES=1 go test ./internal/search -run TestExamplesFile")
	}
}

// TestExamplesHoldApart checks that no request of the fifth development
// set or of the held-apart set is indexed as an example, and that every
// example names operations the catalog has.
func TestExamplesHoldApart(t *testing.T) {
	unseen := unseenRequests(t)
	n := 0
	for line := range strings.Lines(examplesFile) {
		ops, request, _ := strings.Cut(strings.TrimRight(line, "\n"), "\t")
		n++
		if unseen[strings.ToLower(request)] {
			t.Errorf("example %d is a request of a set that must stay unseen", n)
		}
		for name := range strings.SplitSeq(ops, ",") {
			if apis.Lookup(name) == nil {
				t.Errorf("example %q names %s, which the catalog does not have", request, name)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d examples", n)
	}
}

func TestPlainWords(t *testing.T) {
	for in, want := range map[string]string{
		"make a save point of the nextcloud vm before i update it": "make a save point of the nextcloud vm before i update it",
		"restore vm 101 from pbs-tank to local-lvm":                "restore vm from to",
		"grab /etc/fstab out of the host backup of web01, please":  "grab out of the host backup of please",
		"is 10.0.0.8:8007 reachable?":                              "is reachable",
		"root@pam's token":                                         "token",
	} {
		if got := plainWords(in); got != want {
			t.Errorf("plainWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// withExamples indexes other example text (nil: none), for measuring
// what the examples do.
func withExamples(text func(*catalog.Operation) string) Option {
	return func(s *settings) {
		s.examples = text
		if text == nil {
			s.examples = func(*catalog.Operation) string { return "" }
		}
	}
}

// TestExampleWordsAreKnownWords checks that an example's words are
// indexed for its operation only when the catalog or the vocabulary
// table knows them: a typo or a name stays out of the index.
func TestExampleWordsAreKnownWords(t *testing.T) {
	text := func(op *catalog.Operation) string {
		if op.Name == "pve_get_version" {
			return "snaphsot zanzibar tape"
		}
		return ""
	}
	ix := New(apis.Operations(), nil, withExamples(text))
	d := ix.byName["pve_get_version"]
	indexedFor := func(term string) bool {
		id, ok := ix.termID[term]
		if !ok {
			return false
		}
		for _, p := range ix.postings[id] {
			if p.doc == d {
				return true
			}
		}
		return false
	}
	if !indexedFor(stem("tape")) {
		t.Error("the catalog word tape is not indexed for the operation its example names")
	}
	for _, w := range []string{"snaphsot", "zanzibar"} {
		if _, ok := ix.termID[stem(w)]; ok {
			t.Errorf("%q is indexed, though neither the catalog nor the vocabulary table knows it", w)
		}
	}
	if indexedFor(stem("tape")) == indexedFor(stem("version")) && !indexedFor(stem("version")) {
		t.Error("the operation lost its own words")
	}
}
