package wire

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Params are a request's wire parameters as the daemons see them before
// checking: strings, in order of first appearance, repeated keys keeping
// every value.
type Params struct {
	order []string
	vals  map[string][]string
}

// NewParams returns an empty parameter list.
func NewParams() *Params { return &Params{vals: map[string][]string{}} }

// Add appends a value to a key.
func (w *Params) Add(k, v string) {
	if _, ok := w.vals[k]; !ok {
		w.order = append(w.order, k)
	}
	w.vals[k] = append(w.vals[k], v)
}

// Set replaces a key's values (query parameters override body ones, as in
// pveproxy).
func (w *Params) Set(k string, vs []string) {
	if _, ok := w.vals[k]; !ok {
		w.order = append(w.order, k)
	}
	w.vals[k] = vs
}

// Get returns a key's first value.
func (w *Params) Get(k string) (string, bool) {
	v := w.vals[k]
	if len(v) == 0 {
		return "", false
	}
	return v[0], true
}

// Keys lists the keys in order of first appearance.
func (w *Params) Keys() []string { return append([]string(nil), w.order...) }

// Values returns a key's values.
func (w *Params) Values(k string) []string { return w.vals[k] }

// Map returns every key's values.
func (w *Params) Map() map[string][]string { return w.vals }

// DecodeOptions carry the few rules in which the two daemons differ.
type DecodeOptions struct {
	// JoinRepeats: pveproxy joins repeated values of a single-valued
	// parameter with NUL (which list formats then split); PBS refuses
	// them.
	JoinRepeats bool
}

// Decode is Prepare's mirror for the simulator: it reads a request's path
// values and wire parameters into typed arguments keyed by wire name
// (net0, not net: {"0": …}), with the rules Prepare checks, and returns
// the problems the daemon would report.
func Decode(op *catalog.Operation, path map[string]string, params *Params, opts DecodeOptions) (map[string]any, []Problem) {
	observed(PassDecode, op)
	d := &decoder{op: op, args: map[string]any{}, opts: opts}
	d.pathValues(path, params)
	for _, k := range params.order {
		d.param(k, params.vals[k])
	}
	d.required(params)
	return d.args, d.problems
}

type decoder struct {
	op       *catalog.Operation
	args     map[string]any
	opts     DecodeOptions
	problems []Problem
}

func (d *decoder) fail(p Problem) { d.problems = append(d.problems, p) }

// pathValues checks the values taken from the URL; a wire parameter of
// the same name must agree with it (and is then dropped).
func (d *decoder) pathValues(path map[string]string, params *Params) {
	for name, text := range path {
		if vs, ok := params.vals[name]; ok {
			if len(vs) != 1 || vs[0] != text {
				d.fail(Problem{Param: name, Wire: name, Kind: Duplicate, Detail: "given in the path and as a parameter with another value"})
			}
			params.del(name)
		}
		p := d.op.Param(name)
		if p == nil {
			p = &catalog.Param{Name: name, Location: catalog.InPath, Value: catalog.Value{Type: "string"}}
		}
		d.value(p, name, []string{text})
	}
}

func (w *Params) del(k string) {
	delete(w.vals, k)
	for i, x := range w.order {
		if x == k {
			w.order = append(w.order[:i], w.order[i+1:]...)
			return
		}
	}
}

// param resolves a wire key to its parameter: a plain one by name, an
// indexed one by base and index within its limit.
func (d *decoder) param(key string, vals []string) {
	if p := d.plain(key); p != nil {
		d.value(p, key, vals)
		return
	}
	if p, idx, ok := indexedByWire(d.op, key); ok && validIndex(p, idx) {
		d.value(p, key, vals)
		return
	}
	if d.op.ExtraParams {
		d.args[key] = strings.Join(vals, "\x00")
		return
	}
	d.fail(Problem{Param: key, Wire: key, Kind: Unknown, Enum: argNames(d.op)})
}

func (d *decoder) plain(name string) *catalog.Param {
	for i := range d.op.Params {
		p := &d.op.Params[i]
		if p.WireName() == name && !p.Indexed && p.Location != catalog.InPath {
			return p
		}
	}
	return nil
}

func validIndex(p *catalog.Param, idx string) bool {
	_, prob := parseIndex(p, idx)
	return prob == nil
}

// value decodes one parameter's texts; repeats of a single-valued
// parameter are joined (PVE) or refused (PBS).
func (d *decoder) value(p *catalog.Param, key string, vals []string) {
	if p.Type != "array" && len(vals) > 1 {
		if !d.opts.JoinRepeats {
			d.fail(Problem{Param: key, Wire: key, Kind: Duplicate, Detail: "given more than once"})
			return
		}
		vals = []string{strings.Join(vals, "\x00")}
	}
	v, problems := decodeValue(&p.Value, vals)
	for _, prob := range problems {
		prob.Param, prob.Wire = key, key
		d.fail(hide(prob, p.Secret))
	}
	if len(problems) == 0 {
		d.args[key] = v
	}
}

// required reports required parameters the request lacks.
func (d *decoder) required(params *Params) {
	for i := range d.op.Params {
		p := &d.op.Params[i]
		if p.Indexed || p.Location == catalog.InPath {
			continue
		}
		_, given := params.vals[p.WireName()]
		if p.Required && !given {
			d.fail(Problem{Param: p.Name, Wire: p.WireName(), Kind: Missing})
		}
		if given && p.Requires != "" {
			if _, ok := params.vals[p.Requires]; !ok {
				d.fail(Problem{Param: p.Name, Wire: p.WireName(), Kind: Requires, Want: p.Requires})
			}
		}
	}
}
