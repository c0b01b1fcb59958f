package humanize

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func opWith(fields ...catalog.HumanField) *catalog.Operation {
	return &catalog.Operation{Name: "test_op", Human: &catalog.Human{Fields: fields}}
}

func field(path string, unit catalog.Unit) catalog.HumanField {
	return catalog.HumanField{Path: path, Unit: unit}
}

func TestCompanionsBesideRawValues(t *testing.T) {
	op := opWith(field("[].mem", catalog.UnitBytes), field("[].uptime", catalog.UnitSeconds), field("[].cpu", catalog.UnitFraction))
	in := `[{"id":"qemu/100","mem":9744207052,"uptime":273600,"cpu":0.123,"name":"web"},` +
		` {"id":"storage/pve1/local","disk":5},` +
		`{"id":"node/pve1","cpu":"0.5","mem":null,"uptime":"n/a"},{"id":"qemu/101","cpu":0,"mem":0,"uptime":0}]`
	want := `[{"id":"qemu/100","mem":9744207052,"mem_human":"9.07 GiB","uptime":273600,"uptime_human":"3d 4h","cpu":0.123,"cpu_human":"12.3 %","name":"web"},` +
		` {"id":"storage/pve1/local","disk":5},` +
		`{"id":"node/pve1","cpu":"0.5","cpu_human":"50 %","mem":null,"uptime":"n/a"},{"id":"qemu/101","cpu":0,"mem":0,"uptime":0}]`
	out, summary := Apply(op, json.RawMessage(in))
	if diff := cmp.Diff(want, string(out)); diff != "" {
		t.Errorf("companions (-want +got):\n%s", diff)
	}
	if summary != nil {
		t.Errorf("a list that is no series got a summary: %s", summary)
	}
}

func TestCompanionsInNestedObjectsAndLists(t *testing.T) {
	op := opWith(field("memory.total", catalog.UnitBytes), field("memory.used", catalog.UnitBytes),
		field("children[].children[].size", catalog.UnitBytes), field("cpu", catalog.UnitFraction), field("data[].timestamp", catalog.UnitUnixTime))
	in := `{ "cpu" : 0.25 , "memory" : {"total":34359738368, "used": 1073741824, "free": 1},
		"children":[{"name":"vg","children":[{"size":1099511627776},{"size":"2048"}]},{"name":"x"}],
		"data":[{"timestamp":1700000000,"value":3}], "other":{"total":5}}`
	out, _ := Apply(op, json.RawMessage(in))
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	checks := map[string]string{
		"cpu_human": "25 %",
	}
	for k, v := range checks {
		if got[k] != v {
			t.Errorf("%s = %v, want %q", k, got[k], v)
		}
	}
	mem := got["memory"].(map[string]any)
	if mem["total_human"] != "32 GiB" || mem["used_human"] != "1 GiB" || mem["free_human"] != nil {
		t.Errorf("memory = %v", mem)
	}
	pvs := got["children"].([]any)[0].(map[string]any)["children"].([]any)
	if pvs[0].(map[string]any)["size_human"] != "1 TiB" || pvs[1].(map[string]any)["size_human"] != "2 KiB" {
		t.Errorf("nested list = %v", pvs)
	}
	if d := got["data"].([]any)[0].(map[string]any); d["timestamp_human"] != "2023-11-14T22:13:20Z" {
		t.Errorf("data = %v", d)
	}
	if o := got["other"].(map[string]any); len(o) != 1 {
		t.Errorf("a member the plan does not name changed: %v", o)
	}
	// Everything but the companions is byte for byte as it came.
	if stripped := stripCompanions(t, out); stripped != canonical(t, in) {
		t.Errorf("raw data changed:\n%s\n%s", stripped, canonical(t, in))
	}
}

// A member Proxmox itself sent under the companion's name is never
// duplicated or overwritten.
func TestCompanionNeverDuplicatesAMember(t *testing.T) {
	op := opWith(field("mem", catalog.UnitBytes), field("disk", catalog.UnitBytes))
	in := `{"mem":1024,"mem_human":"theirs","disk":2048}`
	out, _ := Apply(op, json.RawMessage(in))
	if want := `{"mem":1024,"mem_human":"theirs","disk":2048,"disk_human":"2 KiB"}`; string(out) != want {
		t.Errorf("got %s, want %s", out, want)
	}
}

func TestDataOfAnotherShapeIsLeftAlone(t *testing.T) {
	op := opWith(field("[].mem", catalog.UnitBytes))
	for _, in := range []string{`null`, `"text"`, `{"mem":5}`, `[1,2,3]`, `[]`, `{}`, `[{"mem":[1]}]`} {
		if out, _ := Apply(op, json.RawMessage(in)); string(out) != in {
			t.Errorf("Apply(%s) = %s, want it unchanged", in, out)
		}
	}
	for _, in := range []string{`[{"mem":5}`, `[{"mem" 5}]`, `[{"mem":5,}]`, `[{"mem":5 "x":1}]`, `[{"mem":"5}]`} {
		if out, _ := Apply(op, json.RawMessage(in)); string(out) != in {
			t.Errorf("malformed %s came back as %s, want it unchanged", in, out)
		}
	}
}

func TestOperationsWithoutFieldsAreUntouched(t *testing.T) {
	in := json.RawMessage(` {"mem":5} `)
	out, summary := Apply(&catalog.Operation{Name: "plain"}, in)
	if &out[0] != &in[0] || len(out) != len(in) || summary != nil {
		t.Errorf("Apply copied or changed data it has nothing for: %q", out)
	}
}

func TestPathSteps(t *testing.T) {
	cases := map[string][]string{
		"mem":                  {"mem"},
		"[].mem":               {"[]", "mem"},
		"memory.total":         {"memory", "total"},
		"data[].timestamp":     {"data", "[]", "timestamp"},
		"[].entries[].created": {"[]", "entries", "[]", "created"},
		"a..b":                 nil,
		"":                     nil,
	}
	for in, want := range cases {
		if diff := cmp.Diff(want, pathSteps(in)); diff != "" {
			t.Errorf("pathSteps(%q) (-want +got):\n%s", in, diff)
		}
	}
}

// stripCompanions decodes out, drops every *_human member and encodes
// the rest canonically.
func stripCompanions(t *testing.T, out []byte) string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	b, _ := json.Marshal(dropHuman(v))
	return string(b)
}

func dropHuman(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k := range x {
			if strings.HasSuffix(k, companionSuffix) {
				delete(x, k)
			} else {
				x[k] = dropHuman(x[k])
			}
		}
	case []any:
		for i := range x {
			x[i] = dropHuman(x[i])
		}
	}
	return v
}

func canonical(t *testing.T, in string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
