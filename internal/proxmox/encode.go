package proxmox

import (
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/validate"
)

// Request is an operation's wire form.
type Request struct {
	Method string
	// Path is relative to /api2/json, with path parameters filled in and
	// escaped: /nodes/pve1/qemu/100/config.
	Path string
	// Query carries the parameters of GET and DELETE, Form those of POST
	// and PUT (sent as application/x-www-form-urlencoded). The other is nil.
	Query url.Values
	Form  url.Values
}

// Encode turns tool arguments into the request Proxmox expects. Argument
// problems are returned as *validate.Error; nothing must be sent then.
//
// Encode does not check the arguments against the input schema (Client.Do
// does that first); it refuses only what it cannot put on the wire
// faithfully, so it is safe on any input.
func Encode(op *catalog.Operation, args map[string]any) (*Request, error) {
	if op == nil {
		return nil, fmt.Errorf("proxmox: nil operation")
	}
	norm, err := validate.NormalizeArgs(args)
	if err != nil {
		return nil, err
	}
	req := &Request{Method: strings.ToUpper(op.Method)}
	var inPath map[string]bool
	if req.Path, inPath, err = fillPath(op, norm); err != nil {
		return nil, err
	}
	values, err := encodeParams(op, norm, inPath)
	if err != nil {
		return nil, err
	}
	switch req.Method {
	case "GET", "DELETE":
		req.Query = values
	case "POST", "PUT":
		req.Form = values
	default:
		return nil, fmt.Errorf("proxmox: operation %s has unsupported method %q", op.Name, op.Method)
	}
	return req, nil
}

// placeholder matches {node}, {vmid}, {s3-endpoint-id} in a path template.
var placeholder = regexp.MustCompile(`\{([^{}/]+)\}`)

// fillPath substitutes and escapes path parameters. A value that could
// change which resource the path names (a slash, a dot-dot segment, a
// backslash, a control character) is refused rather than escaped: Proxmox
// or a proxy in front of it may decode it before routing.
func fillPath(op *catalog.Operation, args map[string]any) (string, map[string]bool, error) {
	used := map[string]bool{}
	var problems []validate.Problem
	path := placeholder.ReplaceAllStringFunc(op.Path, func(m string) string {
		name := m[1 : len(m)-1]
		used[name] = true
		seg, p := pathSegment(op, name, args[name])
		if p != nil {
			problems = append(problems, *p)
		}
		return seg
	})
	if len(problems) > 0 {
		return "", nil, &validate.Error{Problems: problems}
	}
	return path, used, nil
}

func pathSegment(op *catalog.Operation, name string, v any) (string, *validate.Problem) {
	if v == nil {
		return "", &validate.Problem{Arg: name, Kind: validate.Missing}
	}
	typ := "string"
	if p := op.Param(name); p != nil && p.Type != "" {
		typ = p.Type
	}
	s, err := scalar(typ, v)
	if err == nil {
		err = checkPathValue(s)
	}
	if err != nil {
		return "", &validate.Problem{Arg: name, Message: err.Error()}
	}
	return url.PathEscape(s), nil
}

func checkPathValue(s string) error {
	switch {
	case s == "":
		return fmt.Errorf("must not be empty")
	case s == "." || strings.Contains(s, ".."):
		return fmt.Errorf("must not contain \"..\" or be \".\"")
	case strings.ContainsAny(s, `/\`):
		return fmt.Errorf("must not contain / or \\")
	case strings.ContainsFunc(s, isControl):
		return fmt.Errorf("must not contain control characters")
	}
	return nil
}

func isControl(r rune) bool { return r < ' ' || r == 0x7f }

// encodeParams encodes every non-path argument; indexed parameters given as
// {"net": {"0": …}} or as net0 both become net0 on the wire.
func encodeParams(op *catalog.Operation, args map[string]any, inPath map[string]bool) (url.Values, error) {
	e := encoder{op: op, values: url.Values{}, from: map[string]string{}}
	for _, name := range slices.Sorted(maps.Keys(args)) {
		if inPath[name] || args[name] == nil {
			continue
		}
		e.arg(name, args[name])
	}
	if len(e.problems) > 0 {
		return nil, &validate.Error{Problems: e.problems}
	}
	return e.values, nil
}

type encoder struct {
	op       *catalog.Operation
	values   url.Values
	from     map[string]string // wire name → argument that produced it
	problems []validate.Problem
}

func (e *encoder) fail(arg, format string, a ...any) {
	msg := fmt.Sprintf(format, a...)
	if validate.Sensitive(arg) {
		// A new password given with the wrong shape must not be echoed.
		msg = quoted.ReplaceAllString(msg, `"***"`)
	}
	e.problems = append(e.problems, validate.Problem{Arg: arg, Message: msg})
}

var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

func (e *encoder) arg(name string, v any) {
	p := e.op.Param(name)
	switch {
	case p != nil && p.Indexed:
		e.indexedMap(p, name, v)
	case p != nil:
		e.put(p, name, p.WireName(), v)
	default:
		if ip, idx, ok := e.indexedName(name); ok {
			e.indexed(ip, name, idx, v)
			return
		}
		// Not declared: the schema allowed extra parameters (Do validated).
		e.put(&catalog.Param{Name: name}, name, name, v)
	}
}

// indexedName recognises net7 as index 7 of the indexed parameter net, by
// its wire name: numa7 belongs to the argument numa_n, whose wire base is
// numa (qemu has both numa and numa[n]).
func (e *encoder) indexedName(name string) (*catalog.Param, string, bool) {
	for i := range e.op.Params {
		p := &e.op.Params[i]
		base := p.WireName()
		if !p.Indexed || !strings.HasPrefix(name, base) {
			continue
		}
		if idx := name[len(base):]; isDigits(idx) {
			return p, idx, true
		}
	}
	return nil, "", false
}

func (e *encoder) indexedMap(p *catalog.Param, arg string, v any) {
	m, ok := v.(map[string]any)
	if !ok {
		e.fail(arg, "is indexed: give {\"0\": …, \"1\": …} or %s0, %s1 as separate arguments", p.WireName(), p.WireName())
		return
	}
	for _, idx := range slices.Sorted(maps.Keys(m)) {
		if m[idx] != nil {
			e.indexed(p, arg+"."+idx, idx, m[idx])
		}
	}
}

func (e *encoder) indexed(p *catalog.Param, arg, idx string, v any) {
	n, err := parseIndex(idx)
	if err != nil {
		e.fail(arg, "%v", err)
		return
	}
	if p.MaxIndex >= 0 && n > p.MaxIndex {
		e.fail(arg, "index %d is out of range (%s0 to %s%d)", n, p.WireName(), p.WireName(), p.MaxIndex)
		return
	}
	e.put(p, arg, p.WireName()+strconv.Itoa(n), v)
}

// parseIndex accepts 0, 1, 12 — not 01, which Proxmox would not read as 1.
func parseIndex(s string) (int, error) {
	if !isDigits(s) || (len(s) > 1 && s[0] == '0') || len(s) > 4 {
		return 0, fmt.Errorf("index %q is not a number like 0, 1, 2", s)
	}
	return strconv.Atoi(s)
}

// put encodes one value under its wire name, refusing a second value for
// the same wire name (net0 given both as net0 and as net: {"0": …}).
func (e *encoder) put(p *catalog.Param, arg, wire string, v any) {
	if prev, dup := e.from[wire]; dup {
		e.fail(arg, "%s is given twice (also as %q)", wire, prev)
		return
	}
	vals, err := encodeValue(p, v)
	if err != nil {
		e.fail(arg, "%v", err)
		return
	}
	e.from[wire] = arg
	e.values[wire] = vals
}

// encodeValue gives the wire strings of one parameter: several for an
// array (sent as repeated keys), one otherwise.
func encodeValue(p *catalog.Param, v any) ([]string, error) {
	if ps := p.PropertyString; ps != nil {
		if p.Type == "array" && !ps.List {
			return encodeFormattedArray(ps, v)
		}
		s, err := encodeFormatted(ps, v)
		return []string{s}, err
	}
	if _, isList := v.([]any); p.Type == "array" || (p.Type == "" && isList) {
		return encodeArray(p.ItemType, v)
	}
	s, err := scalar(p.Type, v)
	return []string{s}, err
}

// encodeFormattedArray writes an array of property strings (cluster
// mapping "map", webhook "header") as repeated keys, one per element.
func encodeFormattedArray(ps *catalog.PropertyString, v any) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		list = []any{v}
	}
	out := make([]string, len(list))
	for i, x := range list {
		s, err := encodeFormatted(ps, x)
		if err != nil {
			return nil, fmt.Errorf("element %d %v", i, err)
		}
		out[i] = s
	}
	return out, nil
}

func encodeArray(itemType string, v any) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		s, err := scalar(itemType, v)
		return []string{s}, err
	}
	out := make([]string, len(list))
	for i, x := range list {
		s, err := scalar(itemType, x)
		if err != nil {
			return nil, fmt.Errorf("element %d %v", i, err)
		}
		out[i] = s
	}
	return out, nil
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
