package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// wrapperStart finds the assignment the API viewers use: PVE writes
// `const apiSchema = [`, PBS `var apiSchema = [`.
var wrapperStart = regexp.MustCompile(`(?m)^\s*(?:const|var|let)\s+apiSchema\s*=\s*\[`)

// methodOrder sorts a path's methods the way the API viewer shows them.
var methodOrder = map[string]int{"GET": 0, "POST": 1, "PUT": 2, "DELETE": 3}

// Parse reads an apidoc dump of the given product. release labels the IR;
// the dump's sha256 is computed here.
func Parse(data []byte, product Product, release string) (*API, error) {
	if product != PVE && product != PBS {
		return nil, fmt.Errorf("unknown product %q (want pve or pbs)", product)
	}
	array, err := extractArray(data)
	if err != nil {
		return nil, err
	}
	var roots []treeNode
	if err := json.Unmarshal(array, &roots); err != nil {
		return nil, fmt.Errorf("apidoc tree: %w", err)
	}
	p := &parser{api: &API{Product: product, Release: release, SHA256: SHA256(data)}}
	for i := range roots {
		if err := p.walk(&roots[i]); err != nil {
			return nil, err
		}
	}
	if len(p.api.Operations) == 0 {
		return nil, errors.New("apidoc dump contains no operations")
	}
	sort.Strings(p.api.Warnings)
	p.api.Warnings = dedupe(p.api.Warnings)
	return p.api, nil
}

// extractArray returns exactly the JSON array value of the dump: the whole
// input for a bare JSON array, or the value assigned to apiSchema. It decodes
// one JSON value from the opening '[' so that nested arrays closing on a line
// of their own cannot end it early.
func extractArray(data []byte) (json.RawMessage, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	bare := bytes.HasPrefix(trimmed, []byte("["))
	start := len(data) - len(trimmed)
	if !bare {
		loc := wrapperStart.FindIndex(data)
		if loc == nil {
			return nil, errors.New("not an apidoc dump: found neither a JSON array nor `apiSchema = [`")
		}
		start = loc[1] - 1
	}
	dec := json.NewDecoder(bytes.NewReader(data[start:]))
	var array json.RawMessage
	if err := dec.Decode(&array); err != nil {
		line := 1 + bytes.Count(data[:start], []byte("\n"))
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("truncated apidoc dump: the array opened on line %d never closes", line)
		}
		return nil, fmt.Errorf("apidoc array opened on line %d: %w", line, err)
	}
	if bare {
		rest := bytes.TrimSpace(data[start+int(dec.InputOffset()):])
		if len(rest) > 0 {
			return nil, fmt.Errorf("bare JSON dump has trailing data after the array: %.40q", rest)
		}
	}
	return array, nil
}

type treeNode struct {
	Path     string                     `json:"path"`
	Info     map[string]json.RawMessage `json:"info"`
	Children []treeNode                 `json:"children"`
}

type parser struct {
	api *API
}

func (p *parser) warn(msg string) { p.api.Warnings = append(p.api.Warnings, msg) }

func (p *parser) walk(n *treeNode) error {
	methods := slices.Sorted(maps.Keys(n.Info))
	sort.SliceStable(methods, func(i, j int) bool { return methodRank(methods[i]) < methodRank(methods[j]) })
	for _, m := range methods {
		op, err := p.operation(n.Path, m, n.Info[m])
		if err != nil {
			return err
		}
		p.api.Operations = append(p.api.Operations, op)
	}
	for i := range n.Children {
		if err := p.walk(&n.Children[i]); err != nil {
			return err
		}
	}
	return nil
}

func methodRank(m string) int {
	if r, ok := methodOrder[m]; ok {
		return r
	}
	return len(methodOrder)
}

var pathParam = regexp.MustCompile(`\{([^{}/]+)\}`)

func (p *parser) operation(path, method string, data json.RawMessage) (*Operation, error) {
	where := method + " " + path
	if _, ok := methodOrder[method]; !ok {
		return nil, fmt.Errorf("%s: unknown HTTP method %q", where, method)
	}
	if !strings.HasPrefix(path, "/") {
		return nil, fmt.Errorf("%s: path does not start with /", where)
	}
	o, err := decodeObject(data, where, p.warn)
	if err != nil {
		return nil, err
	}
	op := &Operation{Product: p.api.Product, Method: method, Path: path}
	for _, m := range pathParam.FindAllStringSubmatch(path, -1) {
		op.PathParams = append(op.PathParams, m[1])
	}
	op.Description = strings.TrimSpace(o.str("description"))
	op.PerlName = o.str("name")
	op.Flags = p.flags(o, method)
	if err := p.parameters(op, o); err != nil {
		return nil, err
	}
	if v, ok := o.raw("returns"); ok {
		op.Returns = p.schemaNode(v, where+" returns")
	}
	if v, ok := o.raw("permissions"); ok {
		op.Permissions = p.permissions(v, where)
	}
	op.Flags.UnknownEndpointKey = o.unknownKeys()
	for _, k := range op.Flags.UnknownEndpointKey {
		p.warn(fmt.Sprintf("%s: unknown endpoint key %q (ignored)", where, k))
	}
	return op, nil
}

func (p *parser) flags(o *rawObject, method string) Flags {
	f := Flags{AllowToken: true}
	if o.has("allowtoken") {
		f.AllowToken = o.flag("allowtoken")
	}
	f.Protected = o.flag("protected")
	f.ExposeCredentials = o.flag("expose_credentials")
	f.DownloadAllowed = o.flag("download_allowed")
	f.Unstable = o.flag("unstable")
	f.ProxyTo = o.str("proxyto")
	switch m := o.str("method"); m {
	case "DOWNLOAD":
		f.Download = true
	case "UPLOAD":
		f.Upload = true
	case "", method:
	default:
		p.warn(fmt.Sprintf("%s %s: method key %q differs from %s", method, o.where, m, method))
	}
	return f
}

func (p *parser) parameters(op *Operation, o *rawObject) error {
	where := op.Method + " " + op.Path
	v, ok := o.raw("parameters")
	if !ok {
		return p.checkPathParams(op)
	}
	params := p.schemaNode(v, where+" parameters")
	op.ParamsAdditional = params.AdditionalProperties
	loc := InQuery
	if op.Method == "POST" || op.Method == "PUT" {
		loc = InBody
	}
	for _, name := range slices.Sorted(maps.Keys(params.Properties)) {
		l := loc
		if slices.Contains(op.PathParams, name) {
			l = InPath
		}
		op.Params = append(op.Params, &Parameter{Name: name, Location: l, Schema: params.Properties[name]})
	}
	return p.checkPathParams(op)
}

// checkPathParams makes sure every {param} in the path is declared. PVE
// always declares them; PBS directory indexes ("Directory index." GETs with
// additionalProperties: true) do not, so an undeclared one is added as a
// required string — it still has to travel in the URL.
func (p *parser) checkPathParams(op *Operation) error {
	for _, name := range op.PathParams {
		if prm := op.Param(name); prm != nil {
			prm.Location = InPath
			prm.Schema.Optional = false
			continue
		}
		op.Params = append(op.Params, &Parameter{Name: name, Location: InPath, Schema: &Schema{
			Type:        "string",
			Description: "The {" + name + "} part of the path.",
		}})
	}
	sort.Slice(op.Params, func(i, j int) bool { return op.Params[i].Name < op.Params[j].Name })
	return nil
}

// Param returns the named parameter, or nil.
func (op *Operation) Param(name string) *Parameter {
	for _, prm := range op.Params {
		if prm.Name == name {
			return prm
		}
	}
	return nil
}

func dedupe(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}
