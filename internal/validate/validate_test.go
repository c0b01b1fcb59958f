package validate

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// netItem is the per-index schema of net[n]: a raw property string or an
// object of its keys, as the generator emits it.
const netItem = `{"anyOf":[
  {"type":"string"},
  {"type":"object","additionalProperties":false,"required":["model"],
   "properties":{"model":{"type":"string","enum":["virtio","e1000"]},
                 "bridge":{"type":"string"},
                 "firewall":{"type":"boolean"},
                 "tag":{"type":"integer","minimum":1,"maximum":4094}}}]}`

var configOp = &catalog.Operation{
	Name: "pve_put_nodes_qemu_config", Product: catalog.PVE, Method: "PUT",
	Path: "/nodes/{node}/qemu/{vmid}/config",
	InputSchema: `{"type":"object","additionalProperties":false,
  "required":["node","vmid"],
  "properties":{
    "node":{"type":"string","pattern":"^(?:[a-zA-Z0-9-]+)$"},
    "vmid":{"type":"integer","minimum":100,"maximum":999999999},
    "onboot":{"type":"boolean"},
    "ostype":{"type":"string","enum":["l26","win11"]},
    "name":{"type":"string","maxLength":8},
    "cipassword":{"type":"string","minLength":5},
    "vms":{"type":"array","items":{"type":"integer"}},
    "net":{"type":"object","propertyNames":{"pattern":"^(?:0|1|2)$"},"additionalProperties":` + netItem + `}
  },
  "patternProperties":{"^net[0-9]+$":` + netItem + `},
  "dependentRequired":{"ostype":["onboot"]}}`,
}

func TestArgsAccepts(t *testing.T) {
	cases := map[string]map[string]any{
		"json numbers":        {"node": "pve1", "vmid": float64(101)},
		"typed client values": {"node": "pve1", "vmid": int64(101), "vms": []int64{100, 101}},
		"int":                 {"node": "pve1", "vmid": 101},
		"named int type":      {"node": "pve1", "vmid": catalog.Int(101)},
		"json.Number":         {"node": "pve1", "vmid": json.Number("101")},
		"indexed map":         {"node": "pve1", "vmid": 101, "net": map[string]any{"0": "virtio,bridge=vmbr0", "1": map[string]any{"model": "e1000", "firewall": true}}},
		"indexed flat":        {"node": "pve1", "vmid": 101, "net0": "virtio,bridge=vmbr0", "net7": map[string]any{"model": "virtio"}},
		"string slice":        {"node": "pve1", "vmid": 101, "vms": []any{float64(1)}},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			if err := Args(configOp, args); err != nil {
				t.Fatalf("refused: %v", err)
			}
		})
	}
}

func TestArgsRefuses(t *testing.T) {
	cases := []struct {
		name string
		args map[string]any
		want string
	}{
		{"string for integer", map[string]any{"node": "pve1", "vmid": "abc"}, `argument "vmid": must be an integer, got string "abc"`},
		{"fraction for integer", map[string]any{"node": "pve1", "vmid": 100.5}, `argument "vmid": must be an integer, got number 100.5`},
		{"unknown", map[string]any{"node": "pve1", "vmid": 101, "foo": 1}, `unknown argument "foo" (valid: cipassword, name, net, node, onboot, ostype, vmid, vms)`},
		{"missing", map[string]any{"vmid": 101}, `missing required argument "node"`},
		{"below minimum", map[string]any{"node": "pve1", "vmid": 5}, `argument "vmid": must be at least 100, got integer 5`},
		{"enum", map[string]any{"node": "pve1", "vmid": 101, "ostype": "dos", "onboot": true}, `argument "ostype": must be one of "l26", "win11", got string "dos"`},
		{"pattern", map[string]any{"node": "a/b", "vmid": 101}, `argument "node": must match "^(?:[a-zA-Z0-9-]+)$", got string "a/b"`},
		{"max length", map[string]any{"node": "n", "vmid": 101, "name": "much-too-long"}, `argument "name": must be at most 8 characters long`},
		{"bool for boolean as string", map[string]any{"node": "n", "vmid": 101, "onboot": "yes"}, `argument "onboot": must be a boolean, got string "yes"`},
		{"secret not echoed", map[string]any{"node": "n", "vmid": 101, "cipassword": "abc"}, `argument "cipassword": must be at least 5 characters long, got string`},
		{"property string object key", map[string]any{"node": "n", "vmid": 101, "net0": map[string]any{"model": "virtio", "tag": 5000}}, `argument "net0.tag": must be at most 4094, got integer 5000`},
		{"property string unknown key", map[string]any{"node": "n", "vmid": 101, "net": map[string]any{"0": map[string]any{"model": "virtio", "colour": "red"}}}, `argument "net.0": unknown key "colour" (valid: bridge, firewall, model, tag)`},
		{"property string missing key", map[string]any{"node": "n", "vmid": 101, "net1": map[string]any{"bridge": "vmbr0"}}, `argument "net1": missing required key "model"`},
		{"neither string nor object", map[string]any{"node": "n", "vmid": 101, "net0": true}, `argument "net0": must be a string or an object, got boolean true`},
		{"index not a number", map[string]any{"node": "n", "vmid": 101, "net": map[string]any{"x": "virtio"}}, `argument "net": index "x" is not a number`},
		{"index out of range", map[string]any{"node": "n", "vmid": 101, "net": map[string]any{"9": "virtio"}}, `argument "net": index "9" is out of range`},
		{"dependency", map[string]any{"node": "n", "vmid": 101, "ostype": "l26"}, `argument "ostype": needs argument "onboot" too`},
		{"array item", map[string]any{"node": "n", "vmid": 101, "vms": []string{"x"}}, `argument "vms.0": must be an integer, got string "x"`},
		{"unsupported go type", map[string]any{"node": "n", "vmid": 101, "onboot": struct{}{}}, `argument "onboot": has unsupported Go type struct {}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := Args(configOp, tc.args)
			var ve *Error
			if !errors.As(err, &ve) {
				t.Fatalf("got %v, want *Error", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("message\n got: %s\nwant: %s", err, tc.want)
			}
		})
	}
}

func TestMissingComesFirstAndNamesEveryArgument(t *testing.T) {
	err := Args(configOp, map[string]any{"bogus": 1})
	var ve *Error
	if !errors.As(err, &ve) {
		t.Fatalf("got %v", err)
	}
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.String())
	}
	want := []string{`missing required argument "node"`, `missing required argument "vmid"`}
	if len(got) < 3 || got[0] != want[0] || got[1] != want[1] || ve.Problems[2].Kind != Unknown || ve.Problems[2].Arg != "bogus" {
		t.Fatalf("problems = %q", got)
	}
}

func TestCompileRejectsBrokenSchema(t *testing.T) {
	for name, schema := range map[string]string{
		"not json":    `{"type":`,
		"bad keyword": `{"type":"object","properties":{"a":{"type":"integr"}}}`,
		"empty":       ``,
	} {
		op := &catalog.Operation{Name: "broken_" + name, InputSchema: schema}
		if err := Compile(op); err == nil {
			t.Errorf("%s: compiled", name)
		}
		if err := Args(op, map[string]any{}); err == nil || errors.As(err, new(*Error)) {
			t.Errorf("%s: Args gave %v, want a schema error that is not an argument refusal", name, err)
		}
	}
}

func TestCompileIsCachedAndConcurrencySafe(t *testing.T) {
	op := &catalog.Operation{Name: "cached", InputSchema: `{"type":"object","properties":{"x":{"type":"integer","minimum":7}}}`}
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- Args(op, map[string]any{"x": 3})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err == nil || !strings.Contains(err.Error(), "at least 7") {
			t.Fatalf("got %v", err)
		}
	}
	a, _ := load(op)
	copied := *op
	b, _ := load(&copied)
	if a != b {
		t.Error("a copy of the operation compiled the schema again")
	}
}

func TestNormalize(t *testing.T) {
	got, err := Normalize(map[string][]uint8{"a": {1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(got)
	if string(b) != `{"a":[1,2]}` {
		t.Errorf("got %s", b)
	}
	if _, err := Normalize(map[int]string{1: "x"}); err == nil {
		t.Error("map with int keys accepted")
	}
	if v, _ := Normalize(uint64(1 << 63)); v != json.Number("9223372036854775808") {
		t.Errorf("big uint = %#v", v)
	}
	var nilPtr *int
	if v, err := Normalize(nilPtr); v != nil || err != nil {
		t.Errorf("nil pointer = %v, %v", v, err)
	}
}

func TestSensitive(t *testing.T) {
	for name, want := range map[string]bool{
		"password": true, "new-password": true, "cipassword": true, "secret": true, "token": true,
		"api-token": true, "ticket": true, "header.0.secret": true,
		"tokenid": false, "node": false, "vmid": false, "net.0.bridge": false,
	} {
		if Sensitive(name) != want {
			t.Errorf("Sensitive(%q) = %v", name, !want)
		}
	}
}
