package main

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// clientFiles emits the library files (client_gen.go with the Client
// type, options, errors, tasks, values) and one client_<area>_gen.go per
// API area with, for every operation, its params struct, result types and
// method.
func clientFiles(m *model) map[string]*jen.File {
	files := libraryFiles(m)
	types := newScope(append(libraryNames, catalogVar)...)
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
//
// The json tags are the tool arguments' names: the runtime sends the
// struct's JSON, which leaves unset optional values out (nil pointers,
// empty maps and slices) and keys indexed parameters by their index.
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
	f.Commentf("%s are the parameters of %s (%s %s).", name, om.goName, om.op.Method, om.op.Path)
	f.Type().Id(name).Struct(decl...)
}

// emitMethod writes, by what the operation answers,
//
//	func (c *Client) GetNodes(ctx context.Context) ([]*GetNodesItem, error) {
//		return wrap(typed.Call[[]*GetNodesItem](ctx, c.rt, "pve_get_nodes", nil))
//	}
//	func (c *Client) PostNodesQemuStatusStart(ctx context.Context, p PostNodesQemuStatusStartParams) (*Task, error) {
//		return c.started(c.rt.Start(ctx, "pve_post_nodes_qemu_status_start", p))
//	}
//
// and error alone for an answer of nothing, []byte for a file; an upload
// takes the file's content (file) after the params.
func emitMethod(f *jen.File, om *opModel, paramsType string, result jen.Code) {
	params := []jen.Code{jen.Id("ctx").Qual("context", "Context")}
	args := []jen.Code{jen.Id("ctx"), jen.Id("c").Dot("rt"), jen.Lit(om.name), jen.Nil()}
	if paramsType != "" {
		params = append(params, jen.Id("p").Id(paramsType))
		args[3] = jen.Id("p")
	}
	upload := om.op.Transfer.Upload()
	if upload {
		params = append(params, jen.Id("file").Index().Byte())
		args = append(args, jen.Id("file"))
	}
	f.Comment(methodDoc(om))
	method := f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id(om.goName).Params(params...)
	runtime := func(name string) *jen.Statement {
		if upload {
			name += "Upload"
		}
		return jen.Id("c").Dot("rt").Dot(name).Call(append([]jen.Code{args[0]}, args[2:]...)...)
	}
	switch {
	case om.op.StartsTask:
		method.Params(jen.Op("*").Id("Task"), jen.Error()).Block(jen.Return(jen.Id("c").Dot("started").Call(runtime("Start"))))
	case om.op.Transfer == catalog.FileDownload:
		method.Params(jen.Index().Byte(), jen.Error()).Block(jen.Return(jen.Id("wrap").Call(runtime("Download"))))
	case result == nil:
		method.Error().Block(jen.Return(jen.Id("wrapError").Call(runtime("Exec"))))
	default:
		call := "Call"
		if upload {
			call = "CallUpload"
		}
		method.Params(result, jen.Error()).Block(jen.Return(jen.Id("wrap").Call(
			jen.Qual(typedPkg, call).Types(result).Call(args...))))
	}
}

// methodDoc is a method's comment: its METHOD /path and summary, the rest
// of Proxmox's description, the permission it needs, and the task or file
// it answers.
func methodDoc(om *opModel) string {
	paras := []string{fmt.Sprintf("%s calls %s %s.", om.goName, om.op.Method, om.op.Path)}
	if om.summary != "" {
		paras[0] = fmt.Sprintf("%s calls %s %s: %s", om.goName, om.op.Method, om.op.Path, om.summary)
	}
	if rest := strings.TrimSpace(strings.TrimPrefix(strings.Join(strings.Fields(om.ir.Description), " "), om.summary)); rest != "" {
		paras = append(paras, rest)
	}
	if p := om.op.Permissions.Text; p != "" {
		paras = append(paras, "Permissions: "+p)
	}
	if om.op.Transfer.Upload() {
		paras = append(paras, "file is the content to send.")
	}
	switch {
	case om.op.StartsTask:
		paras = append(paras, "It returns the task it started (Task.Wait follows it), or a nil Task when Proxmox answers none.")
	case om.op.Transfer == catalog.FileDownload:
		paras = append(paras, "It returns the file Proxmox answers.")
	case om.op.Transfer == catalog.FileOnRequest:
		paras = append(paras, "It reads the JSON answer: the file form (the download parameter) is refused.")
	}
	paras = append(paras, "MCP tool: "+om.name+".")
	return lineComment(strings.Join(paras, "\n\n"))
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
