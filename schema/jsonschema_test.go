package schema

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func fixtureOp(t *testing.T, file string, product Product, method, path string) *Operation {
	t.Helper()
	api, err := Parse(readFixture(t, file), product, "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range api.Operations {
		if op.Method == method && op.Path == path {
			return op
		}
	}
	t.Fatalf("no %s %s in %s", method, path, file)
	return nil
}

// roundTrip turns the map into plain JSON values so comparisons see what
// a client sees.
func roundTrip(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func compile(t *testing.T, s JSON) *jsonschema.Schema {
	t.Helper()
	b, _ := json.Marshal(s)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := addSchema(c, "s.json", string(b)); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("s.json")
	if err != nil {
		t.Fatalf("compile: %v\n%s", err, b)
	}
	return sch
}

// checkAccepts asserts that sch accepts every valid instance and refuses
// every invalid one (JSON texts).
func checkAccepts(t *testing.T, sch *jsonschema.Schema, valid, invalid []string) {
	t.Helper()
	for _, v := range valid {
		var x any
		_ = json.Unmarshal([]byte(v), &x)
		if err := sch.Validate(x); err != nil {
			t.Errorf("rejects %s: %v", v, err)
		}
	}
	for _, v := range invalid {
		var x any
		_ = json.Unmarshal([]byte(v), &x)
		if err := sch.Validate(x); err == nil {
			t.Errorf("accepts %s", v)
		}
	}
}

func TestInputSchemaScalars(t *testing.T) {
	op := fixtureOp(t, "pve-mini.js", PVE, "POST", "/nodes/{node}/qemu/{vmid}/status/start")
	var d Diagnostics
	got := roundTrip(t, InputSchema(op, &d))
	want := map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{"node", "vmid"},
		"dependentRequired":    map[string]any{"migratedfrom": []any{"skiplock"}},
		"properties": map[string]any{
			"node": map[string]any{"type": "string", "description": "The cluster node name."},
			"vmid": map[string]any{"type": "integer", "description": "The (unique) ID of the VM.", "minimum": 100.0},
			"skiplock": map[string]any{"type": "boolean", "default": false,
				"description": "Ignore locks - only root is allowed to use this option."},
			"timeout": map[string]any{"type": "integer", "default": 300.0, "minimum": 0.0,
				"description": "Wait maximal timeout seconds."},
			"migratedfrom": map[string]any{"type": "string", "description": "The cluster node name.",
				"pattern": "^(?:(?i:[a-z0-9][a-z0-9\\-]*))$"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("schema (-want +got):\n%s", diff)
	}
}

func TestInputSchemaPropertyStringAndIndexed(t *testing.T) {
	op := fixtureOp(t, "pve-mini.js", PVE, "POST", "/nodes/{node}/qemu/{vmid}/config")
	var d Diagnostics
	s := InputSchema(op, &d)
	sch := compile(t, s)
	valid := []string{
		`{"node":"pve1","vmid":100,"net":{"0":"virtio,bridge=vmbr0"}}`,
		`{"node":"pve1","vmid":100,"net":{"1":{"model":"virtio","bridge":"vmbr0","firewall":true}}}`,
		`{"node":"pve1","vmid":100,"net0":"e1000"}`,
		`{"node":"pve1","vmid":100,"tags":"abc"}`,
	}
	invalid := []string{
		`{"node":"pve1","vmid":100,"net":{"4":"virtio"}}`,                   // beyond "n is 0 to 3"
		`{"node":"pve1","vmid":100,"net":{"x":"virtio"}}`,                   // not an index
		`{"node":"pve1","vmid":100,"net":{"0":{"model":"rtl"}}}`,            // enum
		`{"node":"pve1","vmid":100,"net":{"0":{"bridge":"vmbr0"}}}`,         // model required in object form
		`{"node":"pve1","vmid":100,"net":{"0":{"model":"virtio","x":"y"}}}`, // unknown key
		`{"node":"pve1","vmid":100,"netx":"virtio"}`,                        // unknown argument
		`{"node":"pve1","vmid":100,"tags":"a b"}`,                           // pattern
		`{"node":"pve1"}`, // required
	}
	checkAccepts(t, sch, valid, invalid)
	tags := roundTrip(t, s)["properties"].(map[string]any)["tags"].(map[string]any)
	if tags["maxLength"] != 4096.0 {
		t.Errorf("the {0,4096} repeat did not become maxLength: %v", tags)
	}
	if len(d.DroppedPatterns) != 0 {
		t.Errorf("dropped: %+v", d.DroppedPatterns)
	}
}

func TestInputSchemaPBSFormatsAndComposition(t *testing.T) {
	op := fixtureOp(t, "pbs-mini.js", PBS, "POST", "/config/datastore")
	var d Diagnostics
	s := InputSchema(op, &d)
	sch := compile(t, s)
	valid := []string{
		`{"name":"store1","maintenance-mode":"offline"}`,
		`{"name":"store1","maintenance-mode":{"type":"read-only","message":"moving"}}`,
		`{"name":"store1","remove-vanished":["acl","entry"]}`,
		`{"name":"store1","remove-vanished":"acl;entry"}`,
		`{"name":"store1","mode":"a"}`,
		`{"name":"store1","mode":3}`,
		`{"name":"store1","tuning":{"anything":true}}`,
	}
	invalid := []string{
		`{"name":"bad name"}`,
		`{"name":"store1","maintenance-mode":{"type":"gone"}}`,
		`{"name":"store1","remove-vanished":["everything"]}`,
		`{"name":"store1","mode":"c"}`,
	}
	checkAccepts(t, sch, valid, invalid)
	if len(d.Fallbacks) != 1 || d.Fallbacks[0].Param != "tuning" {
		t.Errorf("fallbacks = %+v, want one for tuning", d.Fallbacks)
	}
	for _, key := range []string{"anyOf", "oneOf", "allOf"} {
		if _, ok := s[key]; ok {
			t.Errorf("top-level %s", key)
		}
	}
}

func TestReturnsSchemaAcceptsProxmoxBooleans(t *testing.T) {
	op := fixtureOp(t, "pve-mini.js", PVE, "GET", "/nodes/{node}/qemu/{vmid}/status/current")
	var d Diagnostics
	sch := compile(t, ReturnsSchema(op, &d))
	for _, v := range []string{`{"status":"running","template":1}`, `{"status":"stopped","template":false,"extra":1}`} {
		var x any
		_ = json.Unmarshal([]byte(v), &x)
		if err := sch.Validate(x); err != nil {
			t.Errorf("rejects %s: %v", v, err)
		}
	}
	var x any
	_ = json.Unmarshal([]byte(`{"status":"paused"}`), &x)
	if sch.Validate(x) == nil {
		t.Error("accepts a status outside the enum")
	}
}

func TestMaxIndex(t *testing.T) {
	cases := map[string]int{
		"Use volume as SCSI hard disk or CD-ROM (n is 0 to 30).":                     30,
		"Configure an USB device (n is 0 to 4, for machine version >= 7.1 up to 14)": -1,
		"Specify network devices.": -1,
	}
	for desc, want := range cases {
		if got := MaxIndex(&Schema{Description: desc}); got != want {
			t.Errorf("MaxIndex(%q) = %d, want %d", desc, got, want)
		}
	}
}

// The compact schema advertised in tools/list accepts everything the full
// schema accepts.
func TestCompactInputAcceptsWhatFullAccepts(t *testing.T) {
	op := fixtureOp(t, "pve-mini.js", PVE, "POST", "/nodes/{node}/qemu/{vmid}/config")
	var d Diagnostics
	full := InputSchema(op, &d)
	compact := CompactInput(op, full)
	if _, ok := compact["properties"].(JSON)["node"].(JSON)["description"]; ok {
		t.Error("path parameter kept its description")
	}
	sch := compile(t, compact)
	for _, v := range []string{
		`{"node":"pve1","vmid":100,"net":{"0":"virtio,bridge=vmbr0"}}`,
		`{"node":"pve1","vmid":100,"tags":"abc"}`,
	} {
		var x any
		_ = json.Unmarshal([]byte(v), &x)
		if err := sch.Validate(x); err != nil {
			t.Errorf("compact schema rejects %s: %v", v, err)
		}
	}
	long := Compact(JSON{"description": strings.Repeat("word ", 60), "pattern": strings.Repeat("a", 100), "default": false})
	if _, ok := long["pattern"]; ok {
		t.Error("long pattern kept")
	}
	if _, ok := long["default"]; ok {
		t.Error("default false kept")
	}
	if d := long["description"].(string); len([]rune(d)) > 100 {
		t.Errorf("description not cut: %d runes", len([]rune(d)))
	}
}

// addSchema adds a schema text to c at url (v6 takes decoded documents).
func addSchema(c *jsonschema.Compiler, url, text string) error {
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		return err
	}
	return c.AddResource(url, doc)
}
