package main

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// clientFiles emits client_gen.go (the Client type) and one client_<area>_gen.go
// per API area with, for every operation, its params struct, result types
// and method.
func clientFiles(m *model) map[string]*jen.File {
	files := map[string]*jen.File{"client" + generatedSuffix: clientBase(m)}
	types := newScope("Client", "NewClient", "Catalog")
	areas := fileAreas(m.ops)
	for _, om := range m.ops {
		name := "client_" + areas[om] + generatedSuffix
		f := files[name]
		if f == nil {
			f = newFile(m)
			files[name] = f
		}
		emitOperation(f, om, types)
	}
	return files
}

// minAreaOps is the smallest area that gets a file of its own; smaller ones
// share client_nodes_gen.go or client_misc_gen.go.
const minAreaOps = 8

func fileAreas(ops []*opModel) map[*opModel]string {
	count := map[string]int{}
	for _, om := range ops {
		count[area(om.op.Path)]++
	}
	out := make(map[*opModel]string, len(ops))
	for _, om := range ops {
		a := area(om.op.Path)
		switch {
		case count[a] >= minAreaOps:
		case strings.HasPrefix(a, "nodes_"):
			a = "nodes"
		default:
			a = "misc"
		}
		out[om] = a
	}
	return out
}

// area groups operations into files: the first path segment, and for the
// large /nodes tree the segment after the node.
func area(path string) string {
	var lits []string
	for _, s := range strings.Split(strings.Trim(path, "/"), "/") {
		if s != "" && !strings.HasPrefix(s, "{") {
			lits = append(lits, snake(s))
		}
	}
	switch {
	case len(lits) == 0:
		return "root"
	case lits[0] == "nodes" && len(lits) > 1:
		return "nodes_" + lits[1]
	}
	return lits[0]
}

// clientBase emits:
//
//	type Client struct{ doer catalog.Doer }
//	func NewClient(d catalog.Doer) *Client
//	func (c *Client) do(ctx, name, args) (json.RawMessage, error)
func clientBase(m *model) *jen.File {
	f := newFile(m)
	f.PackageComment(fmt.Sprintf("Package %s is the generated catalog and typed client of the %s %s API.",
		m.product, m.product.Title(), m.api.Release))
	f.Comment(fmt.Sprintf("Client calls %s operations through a catalog.Doer (internal/proxmox.Client).", m.product.Title()))
	f.Type().Id("Client").Struct(jen.Id("doer").Qual(catalogPkg, "Doer"))
	f.Comment("NewClient returns a typed client that sends every call through d.")
	f.Func().Id("NewClient").Params(jen.Id("d").Qual(catalogPkg, "Doer")).Op("*").Id("Client").Block(
		jen.Return(jen.Op("&").Id("Client").Values(jen.Id("doer").Op(":").Id("d"))),
	)
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("do").
		Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("name").String(), jen.Id("args").Map(jen.String()).Any()).
		Params(jen.Qual("encoding/json", "RawMessage"), jen.Error()).
		Block(jen.Return(jen.Id("c").Dot("doer").Dot("Do").Call(
			jen.Id("ctx"), jen.Id("Catalog").Dot("Lookup").Call(jen.Id("name")), jen.Id("args"))))
	return f
}

// emitOperation writes the params struct, result types and method of one
// operation.
func emitOperation(f *jen.File, om *opModel, types *scope) {
	var paramsType string
	if len(om.ir.Params) > 0 {
		paramsType = types.unique(om.goName+"Params", om.name)
		emitParams(f, om, paramsType)
	}
	result := resultGoType(f, om.ir.Returns, om.goName+"Result", types)
	emitMethod(f, om, paramsType, result)
}

// paramField is one field of a params struct.
type paramField struct {
	prm     *schema.Parameter
	field   string
	arg     string // argument name (the base name for most indexed parameters)
	pointer bool   // optional scalar: nil means "not sent"
	indexed bool
}

func paramFields(om *opModel) []paramField {
	fields := newScope()
	out := make([]paramField, 0, len(om.ir.Params))
	for _, p := range om.ir.Params {
		arg, indexed := schema.IndexedBase(p.Name)
		if indexed {
			arg = schema.IndexedArgName(om.ir, p.Name)
		}
		pf := paramField{prm: p, field: fields.ident(arg), arg: arg, indexed: indexed}
		pf.pointer = p.Schema.Optional && !indexed && isScalar(p.Schema)
		out = append(out, pf)
	}
	return out
}

// emitParams writes
//
//	type XParams struct { Node string `json:"node"`; Full *bool `json:"full,omitempty"` … }
//	func (p *XParams) args() map[string]any { … }
func emitParams(f *jen.File, om *opModel, name string) {
	fields := paramFields(om)
	var decl []jen.Code
	for _, pf := range fields {
		if d := Summary(pf.prm.Schema.Description); d != "" {
			decl = append(decl, jen.Comment(lineComment(pf.field+": "+d)))
		}
		typ := paramGoType(pf.prm)
		if pf.pointer {
			typ = jen.Op("*").Add(typ)
		}
		tag := pf.arg
		if pf.prm.Schema.Optional || pf.indexed {
			tag += ",omitempty"
		}
		decl = append(decl, jen.Id(pf.field).Add(typ).Tag(map[string]string{"json": tag}))
	}
	f.Commentf("%s are the parameters of %s %s.", name, om.op.Method, om.op.Path)
	f.Type().Id(name).Struct(decl...)
	f.Func().Params(jen.Id("p").Op("*").Id(name)).Id("args").Params().Map(jen.String()).Any().Block(argsBody(fields)...)
}

// argsBody builds the argument map the runtime validates and encodes;
// optional values that are unset are left out.
func argsBody(fields []paramField) []jen.Code {
	body := []jen.Code{jen.Id("a").Op(":=").Make(jen.Map(jen.String()).Any(), jen.Lit(len(fields)))}
	for _, pf := range fields {
		key := jen.Id("a").Index(jen.Lit(pf.arg))
		v := jen.Id("p").Dot(pf.field)
		switch {
		case pf.indexed:
			body = append(body, jen.If(v.Clone().Op("!=").Nil()).Block(
				key.Clone().Op("=").Qual(catalogPkg, "IndexedArgs").Call(v.Clone())))
		case pf.pointer:
			body = append(body, jen.If(v.Clone().Op("!=").Nil()).Block(key.Clone().Op("=").Op("*").Add(v.Clone())))
		case pf.prm.Schema.Optional && !isScalar(pf.prm.Schema):
			body = append(body, jen.If(v.Clone().Op("!=").Nil()).Block(key.Clone().Op("=").Add(v.Clone())))
		default:
			body = append(body, key.Op("=").Add(v))
		}
	}
	return append(body, jen.Return(jen.Id("a")))
}

// emitMethod writes
//
//	// GetNodes calls GET /nodes (tool pve_get_nodes).
//	func (c *Client) GetNodes(ctx context.Context, p GetNodesParams) ([]GetNodesItem, error)
func emitMethod(f *jen.File, om *opModel, paramsType string, result *goType) {
	params := []jen.Code{jen.Id("ctx").Qual("context", "Context")}
	args := jen.Nil()
	if paramsType != "" {
		params = append(params, jen.Id("p").Id(paramsType))
		args = jen.Id("p").Dot("args").Call()
	}
	call := jen.Id("c").Dot("do").Call(jen.Id("ctx"), jen.Lit(om.name), args)
	doc := fmt.Sprintf("%s calls %s %s (tool %s).", om.goName, om.op.Method, om.op.Path, om.name)
	if om.ir.Description != "" {
		doc += "\n\n" + om.ir.Description
	}
	f.Comment(lineComment(doc))
	method := f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(om.goName).Params(params...)
	if result == nil {
		method.Error().Block(
			jen.List(jen.Id("_"), jen.Err()).Op(":=").Add(call),
			jen.Return(jen.Err()),
		)
		return
	}
	method.Params(result.code(), jen.Error()).Block(
		jen.List(jen.Id("raw"), jen.Err()).Op(":=").Add(call),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(result.zero(), jen.Err())),
		jen.Var().Id("out").Add(result.code()),
		jen.Return(jen.Id("out"), jen.Qual(catalogPkg, "Decode").Call(jen.Id("raw"), jen.Op("&").Id("out"))),
	)
}

// lineComment renders text as "//" lines folded at about 100 columns
// (jennifer would use /* */ for text with newlines).
func lineComment(text string) string {
	lines := strings.Split(wrapText(text), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("// "+l, " ")
	}
	return strings.Join(lines, "\n")
}

// wrapText folds each paragraph at about 100 columns.
func wrapText(text string) string {
	var lines []string
	for _, para := range strings.Split(strings.TrimSpace(text), "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && len(line)+1+len(w) > 100 {
				lines = append(lines, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
