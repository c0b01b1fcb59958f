package sim

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/gen/rules"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// propertyVector is one case of internal/formats/testdata/
// property_string_vectors.json: what PVE's parse_property_string returns
// for an input, recorded from Proxmox's sources and its own tests.
type propertyVector struct {
	Format     string          `json:"format"`
	FormatKeys json.RawMessage `json:"format_keys"`
	Input      string          `json:"input"`
	Source     string          `json:"source"`
	PVE91      *struct {
		Result map[string]string `json:"result"`
		Error  string            `json:"error"`
		Errors map[string]string `json:"errors"`
	} `json:"pve-9.1"`
}

// The wire decoder parses property strings as PVE 9.1 does, and the
// simulator words each refusal as PVE does, on every recorded vector.
func TestPropertyStringVectorsOfPVE(t *testing.T) {
	data, err := os.ReadFile("../formats/testdata/property_string_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Cases []propertyVector }
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, c := range file.Cases {
		if c.PVE91 == nil {
			continue
		}
		op := vectorOperation(t, c)
		params := wire.NewParams()
		params.Add("value", c.Input)
		args, problems := wire.Decode(op, nil, params, wire.DecodeOptions{JoinRepeats: true})
		checked++
		if c.PVE91.Error == "" {
			if len(problems) > 0 {
				t.Errorf("%s %q: refused: %v", c.Source, c.Input, (&wire.Error{Problems: problems}).Error())
			} else if got := vectorResult(args["value"]); !equalStrings(got, c.PVE91.Result) && !rewrittenByValidator(c) {
				t.Errorf("%s %q = %v, PVE gives %v", c.Source, c.Input, got, c.PVE91.Result)
			}
			continue
		}
		if len(problems) == 0 && !hostDependent(c) {
			t.Errorf("%s %q: accepted, PVE refuses it: %s %v", c.Source, c.Input, c.PVE91.Error, c.PVE91.Errors)
			continue
		}
		_, e := checkParams(catalog.PVE, op, nil, paramsOf(c.Input))
		if e == nil {
			t.Errorf("%s %q: the simulator accepts it, PVE refuses it: %s %v", c.Source, c.Input, c.PVE91.Error, c.PVE91.Errors)
			continue
		}
		got := e.Errors["value"]
		if want := pveWording(c.PVE91.Error, c.PVE91.Errors); got != want {
			t.Errorf("%s %q: the simulator says\n%q\nPVE says\n%q", c.Source, c.Input, got, want)
		}
	}
	t.Logf("%d vectors", checked)
}

// vectorOperation is a one-parameter operation whose "value" has the
// case's format, converted as the generator converts the dump.
func vectorOperation(t *testing.T, c propertyVector) *catalog.Operation {
	t.Helper()
	s := &schema.Schema{Type: "string"}
	if c.Format != "" {
		f, ok := formats.Lookup(c.Format)
		if !ok || f.Property == nil {
			t.Fatalf("%s: not a property format of the registry", c.Format)
		}
		s.FormatKeys, s.FormatName = f.PropertyIn("9.1").FormatKeys, c.Format
	} else {
		s.FormatKeys = parseKeys(t, c.FormatKeys)
	}
	return &catalog.Operation{Name: "vector", Product: catalog.PVE, Method: "POST", Path: "/vector",
		Params: []catalog.Param{{Name: "value", Location: catalog.InBody, Required: true, MaxIndex: -1, Value: rules.ValueOf(schema.PVE, s)}}}
}

// parseKeys reads keys written in the dump's shape with the project's
// parser, so they become the IR exactly as a dump's inline format would.
func parseKeys(t *testing.T, raw json.RawMessage) map[string]*schema.Schema {
	t.Helper()
	dump := `[{"path":"/vector","text":"vector","leaf":1,"info":{"POST":{"method":"POST","parameters":{"type":"object","properties":{"value":{"type":"string","format":` +
		string(raw) + `}}}}}}]`
	api, err := schema.Parse([]byte(dump), schema.PVE, "test")
	if err != nil || len(api.Operations) != 1 {
		t.Fatalf("keys %s: %v", raw, err)
	}
	return api.Operations[0].Params[0].Schema.FormatKeys
}

func paramsOf(input string) *wire.Params {
	p := wire.NewParams()
	p.Add("value", input)
	return p
}

// vectorResult writes decoded keys as PVE's result does: strings,
// booleans as 0/1.
func vectorResult(v any) map[string]string {
	m, _ := v.(map[string]any)
	out := map[string]string{}
	for k, x := range m {
		switch y := x.(type) {
		case bool:
			out[k] = map[bool]string{true: "1", false: "0"}[y]
		case string:
			out[k] = y
		default:
			b, _ := json.Marshal(y)
			out[k] = strings.Trim(string(b), `"`)
		}
	}
	return out
}

func equalStrings(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// pveWording is the errors-object text PVE's check_prop gives a parameter
// whose property string failed: "invalid format - " and the exception,
// with a "format error" exception's per-key texts on their own lines.
func pveWording(msg string, keys map[string]string) string {
	msg = strings.TrimRight(msg, "\n")
	if len(keys) == 0 {
		return "invalid format - " + msg
	}
	names := make([]string, 0, len(keys))
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	lines := []string{msg}
	for _, k := range names {
		lines = append(lines, "value."+k+": "+strings.TrimRight(keys[k], "\n"))
	}
	return "invalid format - " + strings.Join(lines, "\n")
}

// rewrittenByValidator: PVE's validate_prune_backups rewrites what it
// accepts (all-zero keep options become keep-all=1, keep-all=0 goes); the
// simulator accepts the same values but stores them as sent.
func rewrittenByValidator(c propertyVector) bool { return c.Format == "prune-backups" }

// hostDependent: PVE refuses a custom CPU model its cluster does not
// define; the format's static rule accepts every custom-NAME (see
// formats' Approximation), and the simulator, whose cluster defines none,
// refuses it as PVE does (checkCPUModels).
func hostDependent(c propertyVector) bool {
	return c.Format == "pve-vm-cpu-conf" && strings.HasPrefix(c.PVE91.Error, "Custom cputype")
}
