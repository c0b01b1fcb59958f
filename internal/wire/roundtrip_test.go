package wire_test

import (
	"errors"
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
	. "github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// wireOf turns a prepared request back into what a daemon receives: the
// path values matched against the template, and the parameters.
func wireOf(t *testing.T, req *Request) (map[string]string, *Params) {
	t.Helper()
	tmpl, _ := PathSegments(req.Op.Path)
	segs, ok := PathSegments(req.Path)
	if !ok || len(segs) != len(tmpl) {
		t.Fatalf("%s: path %q does not match %q", req.Op.Name, req.Path, req.Op.Path)
	}
	path := map[string]string{}
	for i, s := range tmpl {
		if strings.HasPrefix(s, "{") {
			path[s[1:len(s)-1]] = segs[i]
		}
	}
	values := req.Query
	if req.Form != nil {
		values = req.Form
	}
	params := NewParams()
	for _, k := range slices.Sorted(maps.Keys(values)) {
		for _, v := range values[k] {
			params.Add(k, v)
		}
	}
	return path, params
}

// roundTrip prepares args, decodes the wire form as the simulator does,
// prepares the decoded arguments again and requires the same request.
func roundTrip(t *testing.T, op *catalog.Operation, args map[string]any) {
	t.Helper()
	req, err := Prepare(op, args)
	if err != nil {
		t.Errorf("%s: Prepare(%v): %v", op.Name, args, err)
		return
	}
	path, params := wireOf(t, req)
	decoded, problems := Decode(op, path, params, DecodeOptions{JoinRepeats: op.Product == catalog.PVE})
	if len(problems) > 0 {
		t.Errorf("%s: Decode of %s %v: %v", op.Name, req.Path, params.Map(), (&Error{Problems: problems}).Error())
		return
	}
	again, err := Prepare(op, decoded)
	if err != nil {
		t.Errorf("%s: Prepare(Decode(…)) = %v", op.Name, err)
		return
	}
	if req.Path != again.Path || !equalValues(req.Query, again.Query) || !equalValues(req.Form, again.Form) {
		t.Errorf("%s: round trip changed the request:\n%s %v %v\n%s %v %v", op.Name, req.Path, req.Query, req.Form, again.Path, again.Query, again.Form)
	}
	for name, want := range args {
		if got, ok := decoded[name]; ok && isScalar(want) && !cmp.Equal(got, want) {
			t.Errorf("%s: %s decoded as %#v, sent %#v", op.Name, name, got, want)
		}
	}
}

func isScalar(v any) bool {
	switch v.(type) {
	case string, int64, bool:
		return true
	}
	return false
}

func equalValues(a, b url.Values) bool { return len(a) == len(b) && a.Encode() == b.Encode() }

// Every parameter of both catalogs, optional and indexed ones included,
// survives encode → decode → encode.
func TestRoundTripEveryParameter(t *testing.T) {
	n := 0
	for _, op := range apis.Operations() {
		roundTrip(t, op, example.AllArguments(op))
		n += len(op.Params)
	}
	t.Logf("%d parameters of %d operations", n, len(apis.Operations()))
}

// Every key of every property string (those the dump defines and those
// of PVE's named formats) survives the round trip: all keys at once, or,
// where the check Proxmox attaches to a named format refuses some
// combination, each key beside the required ones.
func TestRoundTripEveryPropertyKey(t *testing.T) {
	keys, refused := 0, 0
	for _, op := range apis.Operations() {
		for i := range op.Params {
			p := &op.Params[i]
			ps := propertyOfParam(p)
			if ps == nil {
				continue
			}
			name := p.Name
			if p.Indexed {
				name = p.WireName() + "1"
			}
			withKeys := func(obj map[string]any) map[string]any {
				args := example.Arguments(op)
				args[name] = wrapArray(p, obj)
				return args
			}
			all := map[string]any{}
			for j := range ps.Keys {
				if k := &ps.Keys[j]; k.Alias == "" {
					all[k.Name] = fullKeyValue(k)
					keys++
				}
			}
			if _, err := Prepare(op, withKeys(all)); err == nil || !refusedByFormat(err, ps) {
				roundTrip(t, op, withKeys(all))
				continue
			}
			for j := range ps.Keys {
				k := &ps.Keys[j]
				if k.Alias != "" {
					continue
				}
				obj := requiredKeys(ps)
				obj[k.Name] = fullKeyValue(k)
				if _, err := Prepare(op, withKeys(obj)); err != nil && refusedByFormat(err, ps) {
					refused++ // Proxmox's own validator forbids the key here
					continue
				}
				roundTrip(t, op, withKeys(obj))
			}
		}
	}
	t.Logf("%d keys; %d key uses refused by the validator Proxmox attaches to their format", keys, refused)
}

func requiredKeys(ps *catalog.PropertyString) map[string]any {
	out := map[string]any{}
	for j := range ps.Keys {
		if k := &ps.Keys[j]; k.Required && k.Alias == "" {
			out[k.Name] = fullKeyValue(k)
		}
	}
	return out
}

// refusedByFormat: the refusal came from the check of the parsed keys.
func refusedByFormat(err error, ps *catalog.PropertyString) bool {
	var we *Error
	if ps.Format == "" || !errors.As(err, &we) {
		return false
	}
	for _, p := range we.Problems {
		if p.Kind != Format || p.Want != ps.Format {
			return false
		}
	}
	return true
}

func propertyOfParam(p *catalog.Param) *catalog.PropertyString {
	if p.Property != nil {
		return p.Property
	}
	if p.Items != nil && p.Items.Property != nil {
		return p.Items.Property
	}
	return nil
}

func wrapArray(p *catalog.Param, obj map[string]any) any {
	if p.Type == "array" {
		return []any{obj}
	}
	return obj
}

func fullKeyValue(k *catalog.PropertyKey) any {
	v := example.Value(&k.Value, k.Name)
	if s, ok := v.(string); ok && strings.ContainsAny(s, ",=;") {
		return "x"
	}
	return v
}
