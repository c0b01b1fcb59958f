package wire

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Request is an operation's wire form, prepared once: normalised, checked
// and encoded. Nothing may be sent for arguments Prepare refused.
type Request struct {
	Op     *catalog.Operation
	Method string
	// Path is relative to /api2/json, with path parameters filled in and
	// escaped: /nodes/pve1/qemu/100/config.
	Path string
	// Query carries the parameters of GET and DELETE (and of PBS raw
	// uploads), Form those of POST and PUT; the other is nil.
	Query url.Values
	Form  url.Values
	// Args are the arguments as checked (the JSON data model), keyed as
	// the caller wrote them; for plans and the audit log.
	Args map[string]any
	// pathText holds each path parameter's text before escaping
	// (WithPathValues replaces some).
	pathText map[string]string
}

// Params are the request's wire parameters, wherever they travel: what
// the policy tests a call's arguments against.
func (r *Request) Params() url.Values {
	if r.Form != nil {
		return r.Form
	}
	return r.Query
}

// Limits Proxmox VE's API server applies (proxmox/pve-http-server
// src/PVE/APIServer/AnyEvent.pm): a POST body of at most 512 KiB
// ($limit_max_post) and a read buffer of 64 KiB for the request line.
const (
	MaxFormBytes = 512 << 10
	MaxURLBytes  = 64 << 10
)

// maxUnknownIndex bounds an indexed parameter whose limit nothing states.
const maxUnknownIndex = 999

// Prepare turns tool arguments into the request Proxmox expects, or
// returns an *Error listing every problem (then nothing must be sent).
func Prepare(op *catalog.Operation, args map[string]any) (*Request, error) {
	if op == nil {
		return nil, fmt.Errorf("wire: nil operation")
	}
	observed(PassPrepare, op)
	norm, problems := normalizeArgs(args)
	e := &encoder{op: op, values: url.Values{}, path: map[string]string{}, from: map[string]string{}, problems: problems}
	for _, name := range slices.Sorted(maps.Keys(norm)) {
		if norm[name] != nil {
			e.arg(name, norm[name])
		}
	}
	e.required(norm)
	req := &Request{Op: op, Method: op.Method, Args: norm, pathText: e.path}
	req.Path = e.fillPath()
	e.place(req)
	if err := newError(e.problems); err != nil {
		return nil, err
	}
	return req, nil
}

// encoder collects one operation's wire values and problems.
type encoder struct {
	op       *catalog.Operation
	values   url.Values
	path     map[string]string // path parameter → text
	from     map[string]string // wire name → the argument that gave it
	problems []Problem
}

func (e *encoder) fail(p Problem) { e.problems = append(e.problems, p) }

// arg resolves an argument name to its parameter: the name itself, an
// indexed parameter's base (an object keyed by index) or one of its wire
// names (net7), or an extra parameter where the operation takes them.
func (e *encoder) arg(name string, v any) {
	if p := e.op.Param(name); p != nil {
		if p.Indexed {
			e.indexedMap(p, name, v)
			return
		}
		e.put(p, name, p.WireName(), v)
		return
	}
	if p, idx, ok := indexedByWire(e.op, name); ok {
		e.indexed(p, name, idx, v)
		return
	}
	if e.op.ExtraParams && isParamName(name) {
		e.put(&catalog.Param{Name: name, Location: e.defaultLocation(), MaxIndex: -1}, name, name, v)
		return
	}
	e.fail(Problem{Param: name, Kind: Unknown, Enum: argNames(e.op)})
}

func (e *encoder) defaultLocation() catalog.Location {
	if e.op.Method == "GET" || e.op.Method == "DELETE" {
		return catalog.InQuery
	}
	return catalog.InBody
}

// isParamName: what an extra parameter may be called (PVE and PBS
// parameter names are lower-case words with - and _).
func isParamName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// indexedByWire recognises net7 as index 7 of the indexed parameter net,
// by its wire base: numa7 belongs to numa_n, whose base is numa.
func indexedByWire(op *catalog.Operation, name string) (*catalog.Param, string, bool) {
	for i := range op.Params {
		p := &op.Params[i]
		base := p.WireName()
		if p.Indexed && strings.HasPrefix(name, base) && isDigits(name[len(base):]) {
			return p, name[len(base):], true
		}
	}
	return nil, "", false
}

func (e *encoder) indexedMap(p *catalog.Param, name string, v any) {
	m, ok := v.(map[string]any)
	if !ok {
		e.fail(Problem{Param: name, Kind: Type, Want: fmt.Sprintf(`object keyed by index ({"0": …}, sent as %s0), or give %s0 directly`, p.WireName(), p.WireName())})
		return
	}
	for _, idx := range slices.Sorted(maps.Keys(m)) {
		if m[idx] != nil {
			e.indexed(p, name+"."+idx, idx, m[idx])
		}
	}
}

func (e *encoder) indexed(p *catalog.Param, name, idx string, v any) {
	n, prob := parseIndex(p, idx)
	if prob != nil {
		prob.Param = name
		e.fail(*prob)
		return
	}
	e.put(p, name, p.WireName()+strconv.Itoa(n), v)
}

// parseIndex accepts 0, 1, 12 — not 01, which Proxmox would not read as 1
// — up to the parameter's limit.
func parseIndex(p *catalog.Param, s string) (int, *Problem) {
	limit := p.MaxIndex
	if limit < 0 {
		limit = maxUnknownIndex
	}
	n, err := strconv.Atoi(s)
	if !isDigits(s) || (len(s) > 1 && s[0] == '0') || err != nil {
		return 0, &Problem{Detail: fmt.Sprintf("index %q is not a number like 0, 1, 2", shown(s))}
	}
	if n > limit {
		return 0, &Problem{Detail: fmt.Sprintf("index %d is out of range: Proxmox accepts %s0 to %s%d", n, p.WireName(), p.WireName(), limit)}
	}
	return n, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// put encodes one value under its wire name, refusing a second value for
// the same wire name (net0 given both as net0 and as net: {"0": …}).
func (e *encoder) put(p *catalog.Param, name, wire string, v any) {
	if prev, dup := e.from[wire]; dup {
		e.fail(Problem{Param: name, Wire: wire, Kind: Duplicate, Detail: fmt.Sprintf("%s is given twice (also as %q)", wire, prev)})
		return
	}
	e.from[wire] = name
	texts, problems := encodeValue(&p.Value, v)
	for _, prob := range problems {
		prob.Param, prob.Wire = name, wire
		e.fail(hide(prob, p.Secret))
	}
	if len(problems) > 0 {
		return
	}
	if p.Location == catalog.InPath {
		e.path[p.Name] = texts[0]
		return
	}
	e.values[wire] = texts
}

// required reports missing required parameters and unmet requirements.
func (e *encoder) required(args map[string]any) {
	for i := range e.op.Params {
		p := &e.op.Params[i]
		_, given := e.from[p.WireName()]
		if p.Required && !given {
			e.fail(Problem{Param: p.Name, Wire: p.WireName(), Kind: Missing})
		}
		if given && p.Requires != "" && args[p.Requires] == nil {
			e.fail(Problem{Param: p.Name, Wire: p.WireName(), Kind: Requires, Want: p.Requires})
		}
	}
}

// place puts the values where the operation's method and transfer want
// them, and bounds the request's size as Proxmox does.
func (e *encoder) place(req *Request) {
	switch {
	case req.Method == "GET" || req.Method == "DELETE" || e.op.Transfer == catalog.RawUpload:
		req.Query = e.values
	default:
		req.Form = e.values
	}
	e.boundURL(req)
	if n := len(req.Form.Encode()); n > MaxFormBytes {
		e.fail(Problem{Detail: fmt.Sprintf("the request's body would be %d bytes; Proxmox accepts at most %d (512 KiB)", n, MaxFormBytes)})
	}
}

// boundURL refuses a request whose URL Proxmox would not read.
func (e *encoder) boundURL(req *Request) {
	if n := len(req.Path) + len(req.Query.Encode()); n > MaxURLBytes {
		e.fail(Problem{Detail: fmt.Sprintf("the request's URL would be %d bytes; Proxmox reads at most %d", n, MaxURLBytes)})
	}
}

// argNames are the names a caller may use, for an unknown-argument message.
func argNames(op *catalog.Operation) []string {
	out := make([]string, 0, len(op.Params))
	for _, p := range op.Params {
		out = append(out, p.Name)
	}
	return out
}
