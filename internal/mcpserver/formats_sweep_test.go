package mcpserver

import (
	"net/url"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// formatUse is one place a named format applies: a parameter, or a key of
// a parameter's property string.
type formatUse struct {
	op    *catalog.Operation
	param *catalog.Param
	key   string // "" for the parameter itself
	value *catalog.Value
}

func formatUses() []formatUse {
	var out []formatUse
	for _, op := range apis.Operations() {
		for i := range op.Params {
			p := &op.Params[i]
			if p.Indexed || op.Transfer.Upload() {
				continue
			}
			if _, ok := formats.Lookup(p.Format); ok {
				out = append(out, formatUse{op: op, param: p, value: &p.Value})
			}
			if p.Property == nil {
				continue
			}
			for j := range p.Property.Keys {
				k := &p.Property.Keys[j]
				if _, ok := formats.Lookup(k.Format); ok && k.Alias == "" {
					out = append(out, formatUse{op: op, param: p, key: k.Name, value: &k.Value})
				}
			}
		}
	}
	return out
}

// For every parameter and property-string key of the catalog that has a
// named format, a value the format refuses is refused and nothing reaches
// Proxmox, and a value it accepts is sent as given.
func TestFormatSweepThroughTheServer(t *testing.T) {
	u := newUpstream(t)
	srv, c := session(t, u, setup{Mode: inventory.ModeAll, FrontDoor: false}, policy.Full)
	uses, refused, sent, skipped := formatUses(), 0, 0, 0
	for _, use := range uses {
		if !use.op.Flags.TokenAllowed {
			skipped++ // the test's upstream holds a token only
			continue
		}
		tool := srv.Inventory().Entry(use.op).Name
		f, _ := formats.Lookup(use.value.Format)
		for _, bad := range f.Refuse {
			if f.Name == "urlencoded" {
				break // raw text is the natural form: it is encoded, not refused (TestNaturalForms…)
			}
			if wire.Accepts(&catalog.Value{Type: "string", Format: use.value.Format}, bad) {
				t.Fatalf("%s: the registry's refused example %q passes its own check", f.Name, bad)
			}
			before := u.operations()
			res := call(t, c, tool, use.args(bad))
			if !res.IsError || u.operations() != before {
				t.Errorf("%s %s: %q (refused by %s) was sent: %.200s", use.op.Name, use.where(), bad, f.Name, text(res))
			}
			refused++
			break
		}
		good, ok := use.acceptable(f)
		if !ok {
			skipped++
			continue
		}
		before := u.operations()
		res := call(t, c, tool, use.args(good))
		if res.IsError || u.operations() != before+1 {
			t.Errorf("%s %s: %q (accepted by %s) was not sent: %.300s", use.op.Name, use.where(), good, f.Name, text(res))
			continue
		}
		if got := u.lastRequest(); !strings.Contains(got, url.QueryEscape(good)) && !strings.Contains(got, url.PathEscape(good)) && !strings.Contains(got, good) {
			t.Errorf("%s %s: %q was sent as %s", use.op.Name, use.where(), good, got)
		}
		sent++
	}
	t.Logf("%d uses of named formats: %d refused values sent nothing, %d accepted values sent as given, %d skipped (no accepted example fits the other rules, or a ticket is needed)", len(uses), refused, sent, skipped)
	if refused < len(uses)*9/10 {
		t.Errorf("only %d of %d uses tried with a refused value", refused, len(uses))
	}
}

func (use formatUse) where() string {
	if use.key != "" {
		return use.param.Name + "." + use.key
	}
	return use.param.Name
}

// args are the operation's required arguments with the value in place.
func (use formatUse) args(v string) map[string]any {
	args := example.Arguments(use.op)
	if r := use.param.Requires; r != "" && use.key == "" {
		args[r] = example.Value(&use.op.Param(r).Value, r)
	}
	if use.key == "" {
		args[use.param.Name] = v
	} else {
		obj := map[string]any{}
		if m, ok := example.Value(&use.param.Value, use.param.Name).(map[string]any); ok {
			obj = m
		}
		obj[use.key] = v
		args[use.param.Name] = obj
	}
	if use.op.Method != "GET" {
		args["confirm"] = true
	}
	return args
}

// acceptable is an accepted example of the format that the value's other
// rules (pattern, length, enum) accept too, and that a property string
// can hold.
func (use formatUse) acceptable(f *formats.Format) (string, bool) {
	for _, s := range f.Accept {
		if use.key != "" && strings.ContainsAny(s, ",=") {
			continue
		}
		if wire.Accepts(use.value, s) {
			return s, true
		}
	}
	return "", false
}
