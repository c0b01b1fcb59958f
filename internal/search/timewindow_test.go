package search

import (
	"strings"
	"testing"
)

// TestTimeWindows: a window's words leave the request and stand for one
// concept; a unit without an opener stays a word.
func TestTimeWindows(t *testing.T) {
	for in, want := range map[string]string{
		"cpu of vm 101 over the last hour": "cpu of vm 101",
		"iowait on pve2 over the day":      "iowait on pve2",
		"cpu usage in the last 24 hours":   "cpu usage",
		"tasks of today":                   "tasks of",
		"datastore usage this month":       "datastore usage",
		"keep 7 days of backups":           "",
		"the day after the upgrade":        "",
	} {
		ws, found := takeTimeWindows(words2q(in))
		if want == "" {
			if found {
				t.Errorf("%q: read a window in it", in)
			}
			continue
		}
		if got := qwordsText(ws); !found || got != want {
			t.Errorf("%q: left %q (window %v), want %q", in, got, found, want)
		}
	}
}

func words2q(s string) []qword {
	var out []qword
	for _, w := range strings.Fields(s) {
		out = append(out, qword{raw: w, stem: stem(w)})
	}
	return out
}

func qwordsText(ws []qword) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.raw)
	}
	return strings.Join(out, " ")
}
