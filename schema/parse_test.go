package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func opKeys(api *API) []string {
	var out []string
	for _, op := range api.Operations {
		out = append(out, op.Method+" "+op.Path)
	}
	return out
}

func TestParsePVEWrapper(t *testing.T) {
	api, err := Parse(readFixture(t, "pve-mini.js"), PVE, "test")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"GET /access/ticket",
		"POST /access/ticket",
		"POST /nodes/{node}/qemu/{vmid}/config",
		"GET /nodes/{node}/qemu/{vmid}/status/current",
		"POST /nodes/{node}/qemu/{vmid}/status/start",
		"GET /nodes",
	}
	if diff := cmp.Diff(want, opKeys(api)); diff != "" {
		t.Errorf("operations (-want +got):\n%s", diff)
	}
	if len(api.Warnings) != 0 {
		t.Errorf("unexpected warnings: %v", api.Warnings)
	}
	if api.SHA256 != SHA256(readFixture(t, "pve-mini.js")) {
		t.Error("sha256 not recorded")
	}
}

// The fixture's nested arrays close on lines that read "]" once trimmed,
// long before the tree ends: slicing there loses operations.
func TestParseIgnoresTrimmedBracketTrap(t *testing.T) {
	data := readFixture(t, "pve-mini.js")
	lines := strings.Split(string(data), "\n")
	first := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "]" {
			first = i
			break
		}
	}
	last := strings.LastIndex(string(data), "\n]")
	if first < 0 || first >= strings.Count(string(data[:last]), "\n") {
		t.Fatal("fixture does not set the trap: no early trimmed ']' line")
	}
	naive := strings.Join(lines[:first+1], "\n")
	naive = naive[strings.Index(naive, "["):]
	var tree []any
	if err := json.Unmarshal([]byte(naive), &tree); err == nil {
		t.Fatal("slicing at the first trimmed ']' unexpectedly yields valid JSON; the trap is not exercised")
	}
	api, err := Parse(data, PVE, "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(api.Operations) != 6 {
		t.Errorf("got %d operations, want 6", len(api.Operations))
	}
}

func TestParsePBSWrapper(t *testing.T) {
	api, err := Parse(readFixture(t, "pbs-mini.js"), PBS, "test")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(api.Operations); got != 4 {
		t.Fatalf("got %d operations: %v", got, opKeys(api))
	}
	byKey := map[string]*Operation{}
	for _, op := range api.Operations {
		byKey[op.Method+" "+op.Path] = op
	}
	dl := byKey["GET /admin/datastore/{store}/download"]
	if dl == nil || !dl.Flags.Download || dl.Flags.Unstable {
		t.Errorf("download flags: %+v", dl)
	}
	idx := byKey["GET /admin/datastore/{store}"]
	if p := idx.Param("store"); p == nil || p.Location != InPath || p.Schema.Optional {
		t.Errorf("undeclared path parameter not added as a required path parameter: %+v", p)
	}
	create := byKey["POST /config/datastore"]
	mm := create.Param("maintenance-mode").Schema
	if mm.FormatKeys == nil || !mm.FormatKeys["type"].DefaultKey {
		t.Errorf("PBS default_key name not applied: %+v", mm.FormatKeys)
	}
	if rv := create.Param("remove-vanished").Schema; rv.FormatList == nil || rv.FormatList.Type != "string" {
		t.Errorf("PBS array format not read: %+v", rv)
	}
	if !create.Flags.Unstable || create.Params[0].Location != InBody {
		t.Errorf("unstable flag or body location wrong: %+v", create.Flags)
	}
	perm := create.Permissions.Check
	if perm == nil || perm.Kind != "or" || len(perm.Of) != 2 || perm.Of[0].Path != "/datastore" || perm.Of[1].Kind != "user-param" {
		t.Errorf("PBS or-permissions: %+v", perm)
	}
}

func TestParseWarnsOnUnknownKeysAndKeepsGoing(t *testing.T) {
	api, err := Parse(readFixture(t, "pbs-mini.js"), PBS, "test")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range api.Warnings {
		if strings.Contains(w, `"x-new-key"`) && strings.Contains(w, "gc-schedule") {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning for the unknown key; warnings: %v", api.Warnings)
	}
}

func TestParseBareJSONArray(t *testing.T) {
	data := readFixture(t, "pve-mini.js")
	start := strings.Index(string(data), "[")
	end := strings.LastIndex(string(data), "\n]") + 2
	bare := "\n  " + string(data[start:end]) + "\n"
	api, err := Parse([]byte(bare), PVE, "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(api.Operations) != 6 {
		t.Errorf("got %d operations, want 6", len(api.Operations))
	}
}

func TestParseRejectsDamagedInput(t *testing.T) {
	pve := string(readFixture(t, "pve-mini.js"))
	cases := []struct {
		name, input, wantErr string
	}{
		{"truncated array", pve[:len(pve)/2], "truncated"},
		{"not an apidoc dump", "console.log('hello');", "not an apidoc dump"},
		{"bare array with trailing data", `[{"path": "/x", "info": {}}] trailing`, "trailing data"},
		{"empty tree", "const apiSchema = [\n]\n;", "no operations"},
		{"unknown method", `[{"path": "/x", "info": {"PATCH": {"description": "x"}}}]`, "unknown HTTP method"},
		{"relative path", `[{"path": "x", "info": {"GET": {"description": "x"}}}]`, "does not start with /"},
		{"tree not objects", `const apiSchema = [1, 2];`, "apidoc tree"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.input), PVE, "test")
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("err = %v, want it to contain %q", err, c.wantErr)
			}
		})
	}
}

func TestParsePVEPermissions(t *testing.T) {
	api, err := Parse(readFixture(t, "pve-mini.js"), PVE, "test")
	if err != nil {
		t.Fatal(err)
	}
	var cfg *Operation
	for _, op := range api.Operations {
		if op.Path == "/nodes/{node}/qemu/{vmid}/config" {
			cfg = op
		}
	}
	want := &Check{Kind: "or", Of: []Check{
		{Kind: "perm", Path: "/vms/{vmid}", Privs: []string{"VM.Config.Network", "VM.Config.Options"}, Any: true},
		{Kind: "and", Of: []Check{
			{Kind: "perm", Path: "/", Privs: []string{"Sys.Modify"}},
			{Kind: "userid-param", Param: "self"},
		}},
	}}
	if diff := cmp.Diff(want, cfg.Permissions.Check); diff != "" {
		t.Errorf("check (-want +got):\n%s", diff)
	}
	if !cfg.Flags.Protected || !cfg.Flags.AllowToken {
		t.Errorf("flags: %+v", cfg.Flags)
	}
}

func TestParseFlags(t *testing.T) {
	api, err := Parse(readFixture(t, "pve-mini.js"), PVE, "test")
	if err != nil {
		t.Fatal(err)
	}
	ticket, export := api.Operations[1], api.Operations[0]
	if ticket.Flags.AllowToken || !ticket.Flags.Protected {
		t.Errorf("POST /access/ticket flags: %+v", ticket.Flags)
	}
	if !export.Flags.ExposeCredentials || !export.Flags.AllowToken {
		t.Errorf("GET /access/ticket flags: %+v", export.Flags)
	}
	if ticket.Permissions.User != "world" {
		t.Errorf("user = %q", ticket.Permissions.User)
	}
}

// The renderer key says how Proxmox's own clients show a returned value;
// it is kept on the returns schema, at any depth, and draws no warning.
func TestParseKeepsRenderer(t *testing.T) {
	dump := `[{"path": "/nodes", "info": {"GET": {"description": "x", "returns": {"type": "array", "items": {"type": "object",
		"properties": {"mem": {"type": "integer", "renderer": "bytes"}, "uptime": {"type": "integer", "renderer": "duration"},
		"node": {"type": "string"}}}}}}}]`
	api, err := Parse([]byte(dump), PVE, "test")
	if err != nil {
		t.Fatal(err)
	}
	props := api.Operations[0].Returns.Items.Properties
	got := map[string]string{"mem": props["mem"].Renderer, "uptime": props["uptime"].Renderer, "node": props["node"].Renderer}
	if diff := cmp.Diff(map[string]string{"mem": "bytes", "uptime": "duration", "node": ""}, got); diff != "" {
		t.Errorf("renderers (-want +got):\n%s", diff)
	}
	if len(api.Warnings) != 0 {
		t.Errorf("unexpected warnings: %v", api.Warnings)
	}
}
