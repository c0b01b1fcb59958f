package apis

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Invariants over the whole generated catalog, not a sample.

var validName = regexp.MustCompile(`^(pve|pbs)_[a-z0-9_]+$`)

func TestCatalogCounts(t *testing.T) {
	want := map[catalog.Product][2]int{catalog.PVE: {646, 0}, catalog.PBS: {347, 20}}
	for _, c := range Catalogs() {
		w := want[c.Release.Product]
		if len(c.Operations) != w[0] || len(c.Excluded) != w[1] {
			t.Errorf("%s: %d operations and %d excluded, want %d and %d",
				c.Release.Product, len(c.Operations), len(c.Excluded), w[0], w[1])
		}
		for _, e := range c.Excluded {
			if !strings.HasPrefix(e.Path, "/backup") && !strings.HasPrefix(e.Path, "/reader") || e.Reason == "" {
				t.Errorf("unexpected exclusion %+v", e)
			}
		}
	}
}

func TestToolNames(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Catalogs() {
		names := []string{}
		for _, op := range c.Operations {
			names = append(names, op.Name)
		}
		for _, e := range c.Excluded {
			names = append(names, e.Name)
		}
		for _, n := range names {
			if !validName.MatchString(n) || len(n) > 48 {
				t.Errorf("invalid tool name %q", n)
			}
			if !strings.HasPrefix(n, string(c.Release.Product)+"_") {
				t.Errorf("%q lacks its product prefix", n)
			}
			if seen[n] {
				t.Errorf("duplicate tool name %q", n)
			}
			seen[n] = true
		}
	}
}

func TestInputSchemasCompileAndHaveNoTopLevelComposition(t *testing.T) {
	for _, op := range Operations() {
		s := compile(t, op.Name, op.InputSchema)
		if s == nil {
			continue
		}
		var top map[string]any
		json.Unmarshal([]byte(op.InputSchema), &top)
		if top["type"] != "object" {
			t.Errorf("%s: input schema type %v, want object", op.Name, top["type"])
		}
		for _, k := range []string{"anyOf", "oneOf", "allOf", "not", "if"} {
			if _, ok := top[k]; ok {
				t.Errorf("%s: top-level %s", op.Name, k)
			}
		}
		compile(t, op.Name+" returns", op.ReturnsSchema)
		compile(t, op.Name+" tool schema", op.ToolSchema)
	}
}

func compile(t *testing.T, name, text string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := addSchema(c, "s.json", text); err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	s, err := c.Compile("s.json")
	if err != nil {
		t.Errorf("%s: %v", name, err)
	}
	return s
}

// Every "pattern" anywhere in any schema compiles as a Go regexp.
func TestEveryPatternCompiles(t *testing.T) {
	n := 0
	for _, op := range Operations() {
		for _, text := range []string{op.InputSchema, op.ReturnsSchema} {
			var v any
			if err := json.Unmarshal([]byte(text), &v); err != nil {
				t.Fatalf("%s: %v", op.Name, err)
			}
			walkPatterns(v, func(p string) {
				n++
				if _, err := regexp.Compile(p); err != nil {
					t.Errorf("%s: pattern %q: %v", op.Name, p, err)
				}
			})
		}
	}
	if n < 500 {
		t.Errorf("only %d patterns found; the walk is broken", n)
	}
}

func walkPatterns(v any, f func(string)) {
	switch x := v.(type) {
	case map[string]any:
		for k, sub := range x {
			if p, ok := sub.(string); ok && k == "pattern" {
				f(p)
				continue
			}
			if k == "patternProperties" {
				for key, s := range sub.(map[string]any) {
					f(key)
					walkPatterns(s, f)
				}
				continue
			}
			walkPatterns(sub, f)
		}
	case []any:
		for _, sub := range x {
			walkPatterns(sub, f)
		}
	}
}

// controls are the MCP server's own arguments, listed beside the
// operation's (gen/controls.go): confirm on writes, wait where a task
// starts, the file of an upload.
func controls(op *catalog.Operation) map[string]bool {
	out := map[string]bool{}
	for _, name := range op.Controls() {
		out[name] = true
	}
	return out
}

// Every parameter the runtime encodes appears in the input schema, every
// path parameter is required and located in the path, and the schema
// lists nothing else but the server's control arguments.
func TestParamsMatchInputSchema(t *testing.T) {
	for _, op := range Operations() {
		var s struct {
			Properties map[string]any `json:"properties"`
			Required   []string       `json:"required"`
		}
		json.Unmarshal([]byte(op.InputSchema), &s)
		required := map[string]bool{}
		for _, r := range s.Required {
			required[r] = true
		}
		ctl := controls(op)
		for name := range ctl {
			if _, ok := s.Properties[name]; !ok {
				t.Errorf("%s: control argument %s missing from the input schema", op.Name, name)
			}
		}
		if len(op.Params)+len(ctl) != len(s.Properties) {
			t.Errorf("%s: %d params and %d control arguments, %d schema properties", op.Name, len(op.Params), len(ctl), len(s.Properties))
		}
		for _, p := range op.Params {
			if _, ok := s.Properties[p.Name]; !ok {
				t.Errorf("%s: param %s missing from the input schema", op.Name, p.Name)
			}
			if required[p.Name] != p.Required && !ctl[p.Name] {
				t.Errorf("%s: param %s required=%v, schema says %v", op.Name, p.Name, p.Required, required[p.Name])
			}
			inPath := strings.Contains(op.Path, "{"+p.Name+"}")
			if inPath != (p.Location == catalog.InPath) || inPath && !p.Required {
				t.Errorf("%s: param %s location %s", op.Name, p.Name, p.Location)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	op := Lookup("pve_get_nodes_qemu_status_current")
	if op == nil || op.Method != "GET" || op.Path != "/nodes/{node}/qemu/{vmid}/status/current" {
		t.Fatalf("Lookup = %+v", op)
	}
	if Lookup("pbs_get_admin_datastore") == nil || Lookup("nope") != nil {
		t.Error("Lookup across products")
	}
}

// Generated schemas put "type" and "properties" first, so a reader sees the
// arguments at once, and the inventory adds the target argument of a
// several-target configuration right after this prefix.
func TestInputSchemasStartWithSchemaPrefix(t *testing.T) {
	const prefix = `{"type":"object","properties":{`
	for _, op := range Operations() {
		if !strings.HasPrefix(op.InputSchema, prefix) || !strings.HasPrefix(op.ToolSchema, prefix) {
			t.Errorf("%s: input or tool schema does not start with %q", op.Name, prefix)
		}
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
