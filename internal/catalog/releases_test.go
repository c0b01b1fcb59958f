package catalog

import "testing"

func TestCompareReleases(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int // sign
	}{
		{"8.4", "9.1", -1},
		{"9.1", "8.4", 1},
		{"9.1", "9.1", 0},
		{"9.2", "9.10", -1}, // numeric, not text
		{"9", "9.1", -1},    // a prefix first
		{"3.4", "4.2", -1},
		{"10.0", "9.4", 1},
		{"9.1", "test", -1}, // text after numbers
		{"test", "test", 0},
	} {
		if got := sign(CompareReleases(tc.a, tc.b)); got != tc.want {
			t.Errorf("CompareReleases(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestAvailableIn(t *testing.T) {
	op := &Operation{Since: "9.1"}
	p := &Param{Since: "9.1"}
	k := &PropertyKey{Since: "9.1"}
	old := &Operation{}
	for _, tc := range []struct {
		release string
		want    bool
	}{{"8.4", false}, {"9.0", false}, {"9.1", true}, {"9.2", true}, {"10.0", true}} {
		if op.AvailableIn(tc.release) != tc.want || p.AvailableIn(tc.release) != tc.want || k.AvailableIn(tc.release) != tc.want {
			t.Errorf("Since 9.1 available in %s: want %v", tc.release, tc.want)
		}
	}
	// Nothing older than the oldest pinned release is known: an operation
	// without Since is offered to any release.
	if !old.AvailableIn("7.4") {
		t.Error("an operation without Since is not available in 7.4")
	}
}

func TestHasRelease(t *testing.T) {
	c := &Catalog{Releases: []string{"8.4", "9.1"}}
	if !c.HasRelease("8.4") || !c.HasRelease("9.1") || c.HasRelease("9.0") {
		t.Error("HasRelease does not answer from Releases")
	}
}
