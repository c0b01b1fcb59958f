package proxmox

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/validate"
)

func TestEncodeWireForms(t *testing.T) {
	base := func(extra map[string]any) map[string]any {
		args := map[string]any{"node": "pve1", "vmid": float64(100)}
		for k, v := range extra {
			args[k] = v
		}
		return args
	}
	cases := []struct {
		name string
		args map[string]any
		want string // the form body, as url.Values encodes it
	}{
		{"boolean true", base(map[string]any{"onboot": true}), "onboot=1"},
		{"boolean false", base(map[string]any{"onboot": false}), "onboot=0"},
		{"integer from JSON float", base(map[string]any{"cores": float64(101)}), "cores=101"},
		{"large integer has no exponent", base(map[string]any{"cores": float64(1e15)}), "cores=1000000000000000"},
		{"integer from typed client", base(map[string]any{"cores": int64(4)}), "cores=4"},
		{"number without exponent", base(map[string]any{"cpuunits": 1e21}), "cpuunits=1000000000000000000000"},
		{"number with fraction", base(map[string]any{"cpuunits": 0.25}), "cpuunits=0.25"},
		{"array as repeated keys", base(map[string]any{"vms": []int64{100, 101}}), "vms=100&vms=101"},
		{"property string object, default key unkeyed",
			base(map[string]any{"net0": map[string]any{"firewall": true, "bridge": "vmbr0", "model": "virtio"}}),
			"net0=" + url.QueryEscape("virtio,bridge=vmbr0,firewall=1")},
		{"property string nested list joined with ;",
			base(map[string]any{"net0": map[string]any{"model": "e1000", "trunks": []any{10.0, 20.0}, "tag": 5}}),
			"net0=" + url.QueryEscape("e1000,tag=5,trunks=10;20")},
		{"raw property string passes through", base(map[string]any{"net1": "virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0"}),
			"net1=" + url.QueryEscape("virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0")},
		{"indexed map form", base(map[string]any{"net": map[string]any{"0": "virtio,bridge=vmbr0", "1": map[string]any{"model": "e1000"}}}),
			"net0=" + url.QueryEscape("virtio,bridge=vmbr0") + "&net1=e1000"},
		{"indexed forms mixed", base(map[string]any{"net": map[string]any{"2": "virtio"}, "net3": "e1000"}), "net2=virtio&net3=e1000"},
		{"list format joined with ,", base(map[string]any{"groups": []string{"a", "b"}}), "groups=" + url.QueryEscape("a,b")},
		{"list format raw", base(map[string]any{"groups": "a,b"}), "groups=" + url.QueryEscape("a,b")},
		{"null means absent", base(map[string]any{"onboot": nil}), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, err := Encode(opConfig, tc.args)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if req.Path != "/nodes/pve1/qemu/100/config" || req.Method != "PUT" || req.Query != nil {
				t.Errorf("request = %+v", req)
			}
			if got := req.Form.Encode(); got != tc.want {
				t.Errorf("form\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestEncodeLocationsByMethod(t *testing.T) {
	get, err := Encode(opStatus, map[string]any{"node": "pve1", "vmid": 100})
	if err != nil || get.Form != nil || len(get.Query) != 0 {
		t.Fatalf("GET: %+v %v", get, err)
	}
	del, err := Encode(opDestroy, map[string]any{"node": "pve1", "vmid": 100, "purge": true})
	if err != nil || del.Form != nil || del.Query.Encode() != "purge=1" {
		t.Fatalf("DELETE: %+v %v", del, err)
	}
	post, err := Encode(opStart, map[string]any{"node": "pve1", "vmid": 100, "skiplock": false})
	if err != nil || post.Query != nil || post.Form.Encode() != "skiplock=0" {
		t.Fatalf("POST: %+v %v", post, err)
	}
}

func TestEncodePathEscaping(t *testing.T) {
	cases := map[string]string{
		"root@pam":                 "/access/users/root@pam",
		"a b":                      "/access/users/a%20b",
		"x?y#z":                    "/access/users/x%3Fy%23z",
		"UPID:pve1:0001:0A:65:qm:": "/access/users/UPID:pve1:0001:0A:65:qm:",
		"50%":                      "/access/users/50%25",
	}
	for in, want := range cases {
		req, err := Encode(opUser, map[string]any{"userid": in})
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if req.Path != want {
			t.Errorf("%q: path %s, want %s", in, req.Path, want)
		}
	}
}

func TestEncodeRefusals(t *testing.T) {
	ok := map[string]any{"node": "pve1", "vmid": 100}
	with := func(k string, v any) map[string]any {
		args := map[string]any{}
		for a, b := range ok {
			args[a] = b
		}
		args[k] = v
		return args
	}
	cases := []struct {
		name string
		args map[string]any
		want string
	}{
		{"fraction for integer", with("cores", 1.5), `argument "cores": must be an integer, got 1.5`},
		{"string for integer path param", with("vmid", "100"), `argument "vmid": must be an integer, got string "100"`},
		{"slash in path param", with("node", "a/b"), `argument "node": must not contain / or \`},
		{"dot-dot in path param", with("node", ".."), `argument "node": must not contain ".."`},
		{"backslash in path param", with("node", `a\b`), `argument "node": must not contain / or \`},
		{"control char in path param", with("node", "a\nb"), `argument "node": must not contain control characters`},
		{"empty path param", with("node", ""), `argument "node": must not be empty`},
		{"missing path param", map[string]any{"vmid": 100}, `missing required argument "node"`},
		{"comma in property value", with("net0", map[string]any{"model": "virtio", "bridge": "vmbr0,tag=5"}), `argument "net0": key "bridge": value "vmbr0,tag=5" contains ","`},
		{"= in unkeyed default key", with("net0", map[string]any{"model": "virtio=x"}), `argument "net0": key "model": value "virtio=x" contains "="`},
		{"unknown property key", with("net0", map[string]any{"model": "virtio", "colour": "red"}), `argument "net0": unknown key "colour" (valid: model, bridge, firewall, tag, trunks)`},
		{"missing property key", with("net0", map[string]any{"bridge": "vmbr0"}), `argument "net0": missing required key "model"`},
		{"same index twice", func() map[string]any {
			a := with("net0", "virtio")
			a["net"] = map[string]any{"0": "e1000"}
			return a
		}(), `argument "net0": net0 is given twice (also as "net.0")`},
		{"index beyond MaxIndex", with("net", map[string]any{"32": "virtio"}), `argument "net.32": index 32 is out of range (net0 to net31)`},
		{"flat index beyond MaxIndex", with("net40", "virtio"), `argument "net40": index 40 is out of range`},
		{"non-numeric index", with("net", map[string]any{"x": "virtio"}), `argument "net.x": index "x" is not a number`},
		{"leading zero index", with("net", map[string]any{"01": "virtio"}), `argument "net.01": index "01" is not a number`},
		{"indexed given a plain string", with("net", "virtio"), `argument "net": is indexed: give {"0": …, "1": …} or net0, net1`},
		{"boolean given a string", with("onboot", "yes"), `argument "onboot": must be a boolean (true or false), got string "yes"`},
		{"list element with separator", with("groups", []any{"a,b"}), `argument "groups": element 0: value "a,b" contains ","`},
		{"nested list element with ;", with("net0", map[string]any{"model": "virtio", "trunks": []any{"1;2"}}), `must be an integer, got string "1;2"`},
		{"array for a scalar key", with("net0", map[string]any{"model": "virtio", "bridge": []any{"a"}}), `key "bridge": must be a single value`},
		{"array element of wrong type", with("vms", []any{"x"}), `argument "vms": element 0 must be an integer`},
		{"object for plain param", with("cores", map[string]any{}), `argument "cores": must be an integer, got an object`},
		{"secret not echoed", map[string]any{"password": true, "userid": "u@pam"}, `argument "password": must be a string, got boolean true`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			op := opConfig
			if _, ok := tc.args["password"]; ok {
				op = opPassword
			}
			req, err := Encode(op, tc.args)
			var ve *validate.Error
			if !errors.As(err, &ve) {
				t.Fatalf("got %+v, %v; want *validate.Error", req, err)
			}
			mustContain(t, err.Error(), tc.want)
		})
	}
}

func TestEncodeDoesNotEchoSecretArguments(t *testing.T) {
	_, err := Encode(opPassword, map[string]any{"password": []any{"hunter2,x"}, "userid": "u@pam"})
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("got %v", err)
	}
}

func TestEncodeUndeclaredArgumentIsEncodedGenerically(t *testing.T) {
	// An operation with additionalProperties accepts extra parameters; Do
	// validated them, so Encode only writes them.
	req, err := Encode(opStart, map[string]any{"node": "n", "vmid": 1, "extra": 7.0, "flags": []any{"a", "b"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := req.Form.Encode(); got != "extra=7&flags=a&flags=b" {
		t.Errorf("form = %s", got)
	}
}

// opNuma has both numa (a boolean) and numa[n], which the catalog names
// numa_n with the wire base numa.
var opNuma = &catalog.Operation{
	Name: "pve_post_nodes_qemu_config", Product: catalog.PVE, Method: "POST", Path: "/nodes/{node}/qemu/{vmid}/config",
	Params: []catalog.Param{
		{Name: "node", Location: catalog.InPath, Type: "string", Required: true, MaxIndex: -1},
		{Name: "numa", Location: catalog.InBody, Type: "boolean", MaxIndex: -1},
		{Name: "numa_n", Wire: "numa", Location: catalog.InBody, Type: "string", Indexed: true, MaxIndex: 7,
			PropertyString: &catalog.PropertyString{Keys: []catalog.PropertyKey{
				{Name: "cpus", Type: "string", Required: true, Nested: &catalog.PropertyString{List: true, ItemType: "string"}},
				{Name: "memory", Type: "number"},
			}}},
		{Name: "vmid", Location: catalog.InPath, Type: "integer", Required: true, MaxIndex: -1},
	},
	Flags: catalog.Flags{TokenAllowed: true},
}

func TestEncodeIndexedWithItsOwnWireName(t *testing.T) {
	req, err := Encode(opNuma, map[string]any{
		"node": "pve1", "vmid": 100, "numa": true,
		"numa_n": map[string]any{"0": map[string]any{"cpus": []any{"0-3", "8-11"}, "memory": 1024}},
		"numa1":  "cpus=4-7",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "numa=1&numa0=" + url.QueryEscape("cpus=0-3;8-11,memory=1024") + "&numa1=" + url.QueryEscape("cpus=4-7")
	if got := req.Form.Encode(); got != want {
		t.Errorf("form\n got %s\nwant %s", got, want)
	}
	_, err = Encode(opNuma, map[string]any{"node": "pve1", "vmid": 100, "numa_n": map[string]any{"8": "cpus=1"}})
	if err == nil {
		t.Fatal("index 8 accepted")
	}
	mustContain(t, err.Error(), "index 8 is out of range (numa0 to numa7)")
}

// opMapping has an array of property strings (PVE /cluster/mapping/pci map).
var opMapping = &catalog.Operation{
	Name: "pve_post_cluster_mapping_pci", Product: catalog.PVE, Method: "POST", Path: "/cluster/mapping/pci",
	Params: []catalog.Param{
		{Name: "id", Location: catalog.InBody, Type: "string", Required: true, MaxIndex: -1},
		{Name: "map", Location: catalog.InBody, Type: "array", ItemType: "string", MaxIndex: -1,
			PropertyString: &catalog.PropertyString{Keys: []catalog.PropertyKey{
				{Name: "id", Type: "string", Required: true}, {Name: "iommugroup", Type: "integer"},
				{Name: "node", Type: "string", Required: true}, {Name: "path", Type: "string"},
			}}},
	},
	Flags: catalog.Flags{TokenAllowed: true},
}

func TestEncodeArrayOfPropertyStrings(t *testing.T) {
	req, err := Encode(opMapping, map[string]any{"id": "gpu", "map": []any{
		map[string]any{"node": "pve1", "id": "10de:2204", "path": "0000:01:00.0", "iommugroup": 14},
		"id=10de:2204,node=pve2,path=0000:02:00.0",
	}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"id=10de:2204,iommugroup=14,node=pve1,path=0000:01:00.0", "id=10de:2204,node=pve2,path=0000:02:00.0"}
	if got := req.Form["map"]; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("map = %q, want %q", got, want)
	}
	_, err = Encode(opMapping, map[string]any{"id": "gpu", "map": []any{map[string]any{"node": "pve1"}}})
	if err == nil {
		t.Fatal("element without its required key accepted")
	}
	mustContain(t, err.Error(), `argument "map": element 0 missing required key "id"`)
}
