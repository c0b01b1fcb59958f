package release

import (
	"testing"
	"time"
)

func TestNPMVersion(t *testing.T) {
	for in, want := range map[string]string{
		"v1.2.3":                  "1.2.3",
		"1.2.3":                   "1.2.3",
		"v1.3.0-rc.1":             "1.3.0-rc.1",
		"v1.2.3-4-gabcdef0":       "1.2.3-4-gabcdef0",
		"v1.2.3-4-gabcdef0-dirty": "1.2.3-4-gabcdef0-dirty",
		"abcdef0":                 "0.0.0-gabcdef0",
		"0123456-dirty":           "0.0.0-g0123456-dirty", // all digits with a leading 0 is no prerelease identifier
	} {
		got, err := NPMVersion(in)
		if err != nil || got != want {
			t.Errorf("NPMVersion(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "nightly", "v1.2", "v01.2.3", "1.2.3-01"} {
		if got, err := NPMVersion(bad); err == nil {
			t.Errorf("NPMVersion(%q) = %q, want an error", bad, got)
		}
	}
}

func TestModuleVersion(t *testing.T) {
	at := time.Date(2025, 12, 1, 20, 47, 0, 0, time.UTC)
	const rev = "72a8cd4e0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7"
	for version, want := range map[string]string{
		"v1.2.3":                  "v1.2.3",
		"v1.3.0-rc.1":             "v1.3.0-rc.1",
		"v1.2.3-dirty":            "v1.2.4-0.20251201204700-72a8cd4e0e1f",
		"v1.2.3-4-g72a8cd4":       "v1.2.4-0.20251201204700-72a8cd4e0e1f",
		"v1.3.0-rc.1-2-g72a8cd4":  "v1.3.0-rc.1.0.20251201204700-72a8cd4e0e1f",
		"72a8cd4":                 "v0.0.0-20251201204700-72a8cd4e0e1f",
		"72a8cd4-dirty":           "v0.0.0-20251201204700-72a8cd4e0e1f",
		"nightly":                 "v0.0.0-20251201204700-72a8cd4e0e1f",
		"v1.2.3-4-g72a8cd4-dirty": "v1.2.4-0.20251201204700-72a8cd4e0e1f",
	} {
		if got := ModuleVersion(Source{Version: version, Revision: rev, Time: at}); got != want {
			t.Errorf("ModuleVersion(%q) = %q, want %q", version, got, want)
		}
	}
}
