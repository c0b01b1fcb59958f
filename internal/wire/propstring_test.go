package wire

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// parse runs the decoder's property-string path: parse, then check keys.
func parse(ps *catalog.PropertyString, text string) (map[string]any, []Problem) {
	pairs, p := parseProperty(ps, text)
	if p != nil {
		return nil, []Problem{*p}
	}
	return checkPairs(ps, pairs)
}

// The cases of proxmox/pve-common test/json-schema-test.pl
// ($property_string_tests), as facts about parse_property_string.
func TestPropertyStringVectorsFromPVECommon(t *testing.T) {
	boolean := catalog.Value{Type: "boolean"}
	withDefault := &catalog.PropertyString{DefaultKey: "enabled", Keys: []catalog.PropertyKey{{Name: "enabled", Value: boolean}}}
	noDefault := &catalog.PropertyString{Keys: []catalog.PropertyKey{{Name: "enabled", Value: boolean}}}
	withAlias := &catalog.PropertyString{DefaultKey: "enabled", Keys: []catalog.PropertyKey{
		{Name: "enabled", Value: boolean}, {Name: "active", Alias: "enabled"}}}
	ok := map[string]any{"enabled": true}
	cases := []struct {
		name   string
		format *catalog.PropertyString
		in     string
		fail   string // a Type problem ("type") or text the problem must contain
	}{
		{"default-key-with-type-boolean", withDefault, "1", ""},
		{"default-key-with-type-boolean", withDefault, "true", ""},
		{"default-key-with-type-boolean", withDefault, "yes", ""},
		{"default-key-with-type-boolean", withDefault, "on", ""},
		{"default-key-with-type-boolean", withDefault, "enabled=1", ""},
		{"default-key-with-type-boolean", withDefault, "enabled=true", ""},
		{"default-key-with-type-boolean", withDefault, "enabled=yes", ""},
		{"default-key-with-type-boolean", withDefault, "enabled=on", ""},
		{"default-key-with-type-boolean", withDefault, "enabled=wrong", "type"},
		{"default-key-with-type-boolean", withDefault, "wrong", "type"},
		{"no-default-key-with-type-boolean", noDefault, "1", "value without key, but schema does not define a default key"},
		{"no-default-key-with-type-boolean", noDefault, "true", "value without key, but schema does not define a default key"},
		{"no-default-key-with-type-boolean", noDefault, "yes", "value without key, but schema does not define a default key"},
		{"no-default-key-with-type-boolean", noDefault, "on", "value without key, but schema does not define a default key"},
		{"no-default-key-with-type-boolean", noDefault, "enabled=1", ""},
		{"no-default-key-with-type-boolean", noDefault, "enabled=true", ""},
		{"no-default-key-with-type-boolean", noDefault, "enabled=yes", ""},
		{"no-default-key-with-type-boolean", noDefault, "enabled=on", ""},
		{"alias-in-property-str", withAlias, "1", ""},
		{"alias-in-property-str", withAlias, "active=1", ""},
		{"alias-in-property-str", withAlias, "active=true", ""},
		{"alias-in-property-str", withAlias, "active=yes", ""},
		{"alias-in-property-str", withAlias, "active=on", ""},
		{"alias-in-property-str", withAlias, "active=wrong", "type"},
		{"alias-in-property-str", withAlias, "enabled=1,active=1", "already defined (via alias)"},
	}
	for _, tc := range cases {
		got, problems := parse(tc.format, tc.in)
		switch {
		case tc.fail == "" && len(problems) > 0:
			t.Errorf("%s %q: %v", tc.name, tc.in, problems)
		case tc.fail == "" && !cmp.Equal(got, ok):
			t.Errorf("%s %q = %v, want %v", tc.name, tc.in, got, ok)
		case tc.fail == "type" && (len(problems) != 1 || problems[0].Kind != Type || problems[0].Want != "boolean"):
			t.Errorf("%s %q: want a boolean type check failure, got %v", tc.name, tc.in, problems)
		case tc.fail != "" && tc.fail != "type" && (len(problems) != 1 || !strings.Contains(problems[0].Detail, tc.fail)):
			t.Errorf("%s %q: want %q, got %v", tc.name, tc.in, tc.fail, problems)
		}
	}
}

// The rules of parse_property_string beyond those vectors (read from
// proxmox/pve-common src/PVE/JSONSchema.pm).
func TestPropertyStringRules(t *testing.T) {
	net := &catalog.PropertyString{DefaultKey: "model", Keys: []catalog.PropertyKey{
		{Name: "model", Required: true, Value: catalog.Value{Type: "string", Enum: []string{"e1000", "virtio"}}},
		{Name: "bridge", Value: catalog.Value{Type: "string"}},
		{Name: "macaddr", Value: catalog.Value{Type: "string"}},
		{Name: "tag", Value: catalog.Value{Type: "integer", HasMin: true, Min: 1, HasMax: true, Max: 4094}},
		{Name: "virtio", Alias: "macaddr", KeyAlias: "model"},
	}}
	cases := map[string]string{
		"virtio":                   "",
		"virtio=AA:BB:CC:DD:EE:FF": "",
		" ,virtio,,bridge=vmbr0":   "", // blank parts are skipped
		"virtio,bridge=a,bridge=b": "duplicate key in comma-separated list property: bridge",
		"virtio,e1000":             "duplicate key in comma-separated list property: model",
		"model=virtio,virtio=AA":   "key alias 'model' is already defined",
		"virtio=AA,macaddr=BB":     "duplicate key",
		"virtio,colour=red":        "unknown",
		"virtio,bridge=":           "missing key in comma-separated list property",
		"bridge=vmbr0":             "missing",
		"virtio,tag=0":             "minimum",
		"rtl9000":                  "enum",
	}
	for in, want := range cases {
		_, problems := parse(net, in)
		if want == "" {
			if len(problems) > 0 {
				t.Errorf("%q: %v", in, problems)
			}
			continue
		}
		text := (&Error{Problems: problems}).Error()
		if len(problems) == 0 {
			t.Errorf("%q accepted, want %q", in, want)
			continue
		}
		switch want {
		case "missing":
			if problems[0].Kind != Missing || problems[0].Key != "model" {
				t.Errorf("%q: %v", in, problems)
			}
		case "minimum":
			if problems[0].Kind != BelowMin {
				t.Errorf("%q: %v", in, problems)
			}
		case "enum":
			if problems[0].Kind != Enum {
				t.Errorf("%q: %v", in, problems)
			}
		case "unknown": // reported after the parse, as check_object does
			if problems[0].Kind != Unknown || problems[0].Key != "colour" {
				t.Errorf("%q: %v", in, problems)
			}
		default:
			if !strings.Contains(problems[0].Detail, want) {
				t.Errorf("%q: %s, want %q", in, text, want)
			}
		}
	}
	got, _ := parse(net, "virtio=AA:BB,bridge=vmbr0,tag=5")
	want := map[string]any{"model": "virtio", "macaddr": "AA:BB", "bridge": "vmbr0", "tag": int64(5)}
	if !cmp.Equal(got, want) {
		t.Errorf("typed keys %v, want %v", got, want)
	}
}

func TestSplitListIsPVEToolsSplitList(t *testing.T) {
	for in, want := range map[string][]string{
		"100,101 102;103": {"100", "101", "102", "103"},
		" a , b ":         {"a", "b"},
		"a\x00b c":        {"a", "b c"},
		"":                nil,
	} {
		if got := SplitList(in); !cmp.Equal(got, want, cmpEmpty) {
			t.Errorf("SplitList(%q) = %q, want %q", in, got, want)
		}
	}
}

var cmpEmpty = cmp.Comparer(func(a, b []string) bool { return strings.Join(a, "|") == strings.Join(b, "|") })
