package wire_test

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	. "github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

func op(t *testing.T, name string) *catalog.Operation {
	t.Helper()
	o := apis.Lookup(name)
	if o == nil {
		t.Fatalf("no operation %s", name)
	}
	return o
}

func with(extra map[string]any) map[string]any {
	args := map[string]any{"node": "pve1", "vmid": float64(100)}
	for k, v := range extra {
		args[k] = v
	}
	return args
}

func mustPrepare(t *testing.T, o *catalog.Operation, args map[string]any) *Request {
	t.Helper()
	req, err := Prepare(o, args)
	if err != nil {
		t.Fatalf("Prepare(%s, %v): %v", o.Name, args, err)
	}
	return req
}

func mustRefuse(t *testing.T, o *catalog.Operation, args map[string]any, want string) {
	t.Helper()
	req, err := Prepare(o, args)
	var we *Error
	if !errors.As(err, &we) {
		t.Fatalf("Prepare(%s, %v) = %+v, %v; want a refusal", o.Name, args, req, err)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("refusal\n got %s\nwant it to contain %s", err, want)
	}
}

func TestPrepareWireForms(t *testing.T) {
	config := op(t, "pve_put_nodes_qemu_config")
	cases := []struct {
		name string
		args map[string]any
		want string // the form body, as url.Values encodes it
	}{
		{"boolean true", with(map[string]any{"onboot": true}), "onboot=1"},
		{"boolean false", with(map[string]any{"onboot": false}), "onboot=0"},
		{"integer from JSON float", with(map[string]any{"cores": float64(101)}), "cores=101"},
		{"integer from typed client", with(map[string]any{"cores": int64(4)}), "cores=4"},
		{"integer from a numeric string", with(map[string]any{"cores": "4"}), "cores=4"},
		{"boolean from 1 and \"yes\"", with(map[string]any{"onboot": 1.0, "tablet": "yes"}), "onboot=1&tablet=1"},
		{"number with fraction", with(map[string]any{"balloon": float64(0)}), "balloon=0"},
		{"property string object, default key unkeyed",
			with(map[string]any{"net0": map[string]any{"firewall": true, "bridge": "vmbr0", "model": "virtio"}}),
			"net0=" + url.QueryEscape("virtio,bridge=vmbr0,firewall=1")},
		{"property string keys in the format's order",
			with(map[string]any{"net0": map[string]any{"model": "e1000", "trunks": "10;20", "tag": 5}}),
			"net0=" + url.QueryEscape("e1000,tag=5,trunks=10;20")},
		{"raw property string passes through", with(map[string]any{"net1": "virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0"}),
			"net1=" + url.QueryEscape("virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0")},
		{"alias key in an object", with(map[string]any{"net1": map[string]any{"virtio": "AA:BB:CC:DD:EE:FF"}}),
			"net1=" + url.QueryEscape("virtio,macaddr=AA:BB:CC:DD:EE:FF")},
		{"indexed map form", with(map[string]any{"net": map[string]any{"0": "virtio,bridge=vmbr0", "1": map[string]any{"model": "e1000"}}}),
			"net0=" + url.QueryEscape("virtio,bridge=vmbr0") + "&net1=e1000"},
		{"indexed forms mixed", with(map[string]any{"net": map[string]any{"2": "virtio"}, "net3": "e1000"}), "net2=virtio&net3=e1000"},
		{"bare value of the default key", with(map[string]any{"memory": 4096.0}), "memory=4096"},
		{"numa_n is sent as numa<i>", with(map[string]any{"numa": true, "numa_n": map[string]any{"0": map[string]any{"cpus": "0-3", "memory": 1024}}}),
			"numa=1&numa0=" + url.QueryEscape("cpus=0-3,memory=1024")},
		{"null means absent", with(map[string]any{"onboot": nil}), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req := mustPrepare(t, config, tc.args)
			if req.Path != "/nodes/pve1/qemu/100/config" || req.Method != "PUT" || req.Query != nil {
				t.Errorf("request = %+v", req)
			}
			if got := req.Form.Encode(); got != tc.want {
				t.Errorf("form\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestPrepareNaturalInput(t *testing.T) {
	vzdump := op(t, "pve_post_nodes_vzdump")
	req := mustPrepare(t, vzdump, map[string]any{"node": "pve1", "vmid": 101.0})
	if got := req.Form.Get("vmid"); got != "101" {
		t.Errorf("vzdump vmid 101 sent as %q", got)
	}
	req = mustPrepare(t, vzdump, map[string]any{"node": "pve1", "vmid": []any{101.0, "102"}})
	if got := req.Form.Get("vmid"); got != "101,102" {
		t.Errorf("vzdump vmid [101, \"102\"] sent as %q", got)
	}
	path := mustPrepare(t, op(t, "pve_get_nodes_qemu_status_current"), map[string]any{"node": "pve1", "vmid": "100"})
	if path.Path != "/nodes/pve1/qemu/100/status/current" {
		t.Errorf("vmid \"100\" path %s", path.Path)
	}
}

func TestPrepareLocationsByMethod(t *testing.T) {
	get := mustPrepare(t, op(t, "pve_get_nodes_qemu_status_current"), map[string]any{"node": "pve1", "vmid": 100})
	if get.Form != nil || len(get.Query) != 0 {
		t.Errorf("GET: %+v", get)
	}
	del := mustPrepare(t, op(t, "pve_delete_nodes_qemu_vmid"), map[string]any{"node": "pve1", "vmid": 100, "purge": true})
	if del.Form != nil || del.Query.Encode() != "purge=1" {
		t.Errorf("DELETE: %+v", del)
	}
	post := mustPrepare(t, op(t, "pve_post_nodes_qemu_status_start"), map[string]any{"node": "pve1", "vmid": 100, "skiplock": false})
	if post.Query != nil || post.Form.Encode() != "skiplock=0" {
		t.Errorf("POST: %+v", post)
	}
	upload := mustPrepare(t, op(t, "pbs_post_admin_datastore_upload_backup_log"),
		map[string]any{"store": "store1", "backup-type": "vm", "backup-id": "100", "backup-time": 1700000000})
	if upload.Form != nil || upload.Query.Get("backup-id") != "100" {
		t.Errorf("PBS raw upload: parameters must travel in the query: %+v", upload)
	}
}

// Path values are percent-encoded as Proxmox's own clients do; only what
// could change the path is refused.
func TestPreparePathValues(t *testing.T) {
	content := op(t, "pve_get_nodes_storage_content_volume")
	req := mustPrepare(t, content, map[string]any{"node": "pve1", "storage": "local", "volume": "local:iso/x.iso"})
	if req.Path != "/nodes/pve1/storage/local/content/local:iso%2Fx.iso" {
		t.Errorf("volume path %s", req.Path)
	}
	pool := op(t, "pve_get_nodes_ceph_pool_status") // a name no format constrains
	for in, want := range map[string]string{
		"rbd":  "/nodes/pve1/ceph/pool/rbd/status",
		"a b":  "/nodes/pve1/ceph/pool/a%20b/status",
		"x?y":  "/nodes/pve1/ceph/pool/x%3Fy/status",
		"50%":  "/nodes/pve1/ceph/pool/50%25/status",
		"a\\b": "/nodes/pve1/ceph/pool/a%5Cb/status",
	} {
		if got := mustPrepare(t, pool, map[string]any{"node": "pve1", "name": in}).Path; got != want {
			t.Errorf("%q: path %s, want %s", in, got, want)
		}
	}
	for _, bad := range []string{"..", ".", "a/../b", "../x", "a\x00b", "a\nb", "a\rb"} {
		mustRefuse(t, content, map[string]any{"node": "pve1", "storage": "local", "volume": bad}, `argument "volume"`)
	}
	mustRefuse(t, content, map[string]any{"node": "pve1", "storage": "local", "volume": ""}, `must not be empty`)
}

func TestPrepareRefusals(t *testing.T) {
	config := op(t, "pve_put_nodes_qemu_config")
	cases := []struct {
		name string
		args map[string]any
		want string
	}{
		{"fraction for integer", with(map[string]any{"cores": 1.5}), `argument "cores": must be an integer, got 1.5`},
		{"word for integer path param", with(map[string]any{"vmid": "abc"}), `argument "vmid": must be an integer, got "abc"`},
		{"missing path param", map[string]any{"vmid": 100}, `missing required argument "node"`},
		{"comma in property value", with(map[string]any{"net0": map[string]any{"model": "virtio", "bridge": "vmbr0,tag=5"}}), `key "bridge": contains a comma`},
		{"unknown property key", with(map[string]any{"net0": map[string]any{"model": "virtio", "colour": "red"}}), `argument "net0": unknown key "colour" (valid: model, bridge,`},
		{"unknown key in the string form", with(map[string]any{"net0": "virtio,colour=red"}), `argument "net0": unknown key "colour"`},
		{"missing property key", with(map[string]any{"net0": map[string]any{"bridge": "vmbr0"}}), `argument "net0": missing required key "model"`},
		{"duplicate key in the string form", with(map[string]any{"net0": "virtio,bridge=a,bridge=b"}), `duplicate key in comma-separated list property: bridge`},
		{"bad enum in the string form", with(map[string]any{"net0": "rtl9000"}), `key "model": must be one of`},
		{"same index twice", with(map[string]any{"net0": "virtio", "net": map[string]any{"0": "e1000"}}), `net0 is given twice`},
		{"index beyond Proxmox's limit", with(map[string]any{"net": map[string]any{"32": "virtio"}}), `index 32 is out of range: Proxmox accepts net0 to net31`},
		{"flat index beyond the limit", with(map[string]any{"net40": "virtio"}), `index 40 is out of range`},
		{"non-numeric index", with(map[string]any{"net": map[string]any{"x": "virtio"}}), `argument "net.x": index "x" is not a number`},
		{"leading zero index", with(map[string]any{"net": map[string]any{"01": "virtio"}}), `index "01" is not a number`},
		{"indexed given a plain string", with(map[string]any{"net": "virtio"}), `argument "net": must be an object keyed by index`},
		{"boolean given a word", with(map[string]any{"onboot": "maybe"}), `argument "onboot": must be a boolean (true or false), got "maybe"`},
		{"object for plain param", with(map[string]any{"cores": map[string]any{}}), `argument "cores": must be an integer, got {}`},
		{"undeclared argument", with(map[string]any{"}": []any{0.0}}), `unknown argument "}"`},
		{"range", with(map[string]any{"cores": 0.0}), `argument "cores": must be at least 1`},
		{"enum", with(map[string]any{"ostype": "dos"}), `argument "ostype": must be one of`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { mustRefuse(t, config, tc.args, tc.want) })
	}
}

// A secret's value never appears in a refusal.
func TestPrepareDoesNotEchoSecrets(t *testing.T) {
	for _, v := range []any{[]any{"hunter2,x"}, map[string]any{"x": "hunter2"}} {
		_, err := Prepare(op(t, "pve_put_access_password"), map[string]any{"password": v, "userid": "u@pam"})
		if err == nil || strings.Contains(err.Error(), "hunter2") {
			t.Errorf("got %v", err)
		}
	}
}

func TestPrepareArrayOfPropertyStrings(t *testing.T) {
	mapping := op(t, "pve_post_cluster_mapping_pci")
	req := mustPrepare(t, mapping, map[string]any{"id": "gpu", "map": []any{
		map[string]any{"node": "pve1", "id": "10de:2204", "path": "0000:01:00.0", "iommugroup": 14},
		"id=10de:2204,node=pve2,path=0000:02:00.0",
	}})
	want := []string{"id=10de:2204,iommugroup=14,node=pve1,path=0000:01:00.0", "id=10de:2204,node=pve2,path=0000:02:00.0"}
	if got := req.Form["map"]; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("map = %q, want %q", got, want)
	}
	mustRefuse(t, mapping, map[string]any{"id": "gpu", "map": []any{map[string]any{"node": "pve1"}}}, `missing required key "id"`)
}

func TestPrepareBoundsTheRequest(t *testing.T) {
	big := strings.Repeat("x", MaxFormBytes)
	mustRefuse(t, op(t, "pve_put_nodes_qemu_config"), with(map[string]any{"args": big}), "Proxmox accepts at most")
	mustRefuse(t, op(t, "pve_get_nodes_status"), map[string]any{"node": strings.Repeat("n", MaxURLBytes)}, "Proxmox reads at most")
}

func TestPrepareExtraParameters(t *testing.T) {
	// PBS directory indexes accept parameters beyond their schema; a name
	// that cannot be a parameter is still refused.
	root := op(t, "pbs_get")
	if !root.ExtraParams {
		t.Skip("pbs_get takes no extra parameters in this catalog")
	}
	req := mustPrepare(t, root, map[string]any{"verbose": true})
	if req.Query.Get("verbose") != "1" {
		t.Errorf("query %v", req.Query)
	}
	mustRefuse(t, root, map[string]any{"a=b": 1}, `unknown argument "a=b"`)
}

// PVE's check_prop checks a named format on every scalar, whatever its
// type (proxmox/pve-common src/PVE/JSONSchema.pm check_prop), so the
// integer vmid, format pve-vmid (pve_verify_vmid: ^[1-9][0-9]{2,8}$),
// refuses "0100" although it is an integer within range. Both sides
// refuse it: the client before sending, the simulator's decoder as the
// daemon does.
func TestIntegerWithANamedFormatIsCheckedAgainstIt(t *testing.T) {
	config := op(t, "pve_put_nodes_qemu_config")
	mustRefuse(t, config, map[string]any{"node": "pve1", "vmid": "0100"}, `argument "vmid": is not a valid pve-vmid`)
	for _, good := range []any{"100", float64(100), " 4711 ", "+100"} {
		req := mustPrepare(t, config, map[string]any{"node": "pve1", "vmid": good})
		if !strings.HasSuffix(req.Path, "/qemu/100/config") && !strings.HasSuffix(req.Path, "/qemu/4711/config") {
			t.Errorf("vmid %v: path %s", good, req.Path)
		}
	}
	_, problems := Decode(config, map[string]string{"node": "pve1", "vmid": "0100"}, NewParams(), DecodeOptions{JoinRepeats: true})
	if len(problems) != 1 || problems[0].Kind != Format {
		t.Errorf("Decode of vmid 0100: %v", problems)
	}
	if Accepts(&config.Param("vmid").Value, "0100") || !Accepts(&config.Param("vmid").Value, "100") {
		t.Error("Accepts disagrees with the check")
	}
}
