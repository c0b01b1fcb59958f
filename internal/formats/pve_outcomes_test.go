package formats

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

// approximateWording are the formats whose Message is allowed to differ
// from PVE's (see their Approximation); their verdicts must still agree.
var approximateWording = map[string]bool{"pve-command-batch": true}

// TestAgreesWithPVE replays testdata/pve_outcomes.json, the verdicts of
// PVE's own check_format (PVE 9.1 and 8.4) on values of every format with
// a check: Check accepts exactly the values some release accepts, and
// refuses the others with a release's wording.
func TestAgreesWithPVE(t *testing.T) {
	data, err := os.ReadFile("testdata/pve_outcomes.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []map[string]string `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	checked := map[string]int{}
	for _, c := range doc.Cases {
		name, value := c["format"], c["value"]
		accepted, messages := false, map[string]bool{}
		for _, release := range pinnedReleases {
			verdict, ok := c["pve-"+release]
			switch {
			case !ok:
				t.Fatalf("%s %q: no verdict for PVE %s", name, value, release)
			case strings.HasPrefix(verdict, "undefined format '"):
				// the release does not have the format
			case verdict == "":
				accepted = true
			default:
				messages[verdict] = true
			}
		}
		if !accepted && len(messages) == 0 {
			continue // a name no release registers
		}
		checked[name]++
		err := Check(name, value)
		var fe *Error
		switch {
		case accepted && err != nil:
			t.Errorf("%s %q: PVE accepts, Check says %v", name, value, err)
		case !accepted && !errors.As(err, &fe):
			t.Errorf("%s %q: PVE refuses (%v), Check says %v", name, value, keys(messages), err)
		case !accepted && !messages[fe.Message] && !approximateWording[name]:
			t.Errorf("%s %q: message %q, PVE says %q", name, value, fe.Message, keys(messages))
		}
	}
	for _, name := range Names() {
		if f, _ := Lookup(name); f.check != nil && checked[name] == 0 && name != "pve-calendar-event" && name != regexFormat {
			t.Errorf("%s: no recorded PVE verdicts", name)
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
