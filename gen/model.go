package main

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/gen/rules"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// model is everything the emitters need about one product, computed once.
type model struct {
	api      *schema.API
	product  catalog.Product
	ops      []*opModel // REST operations, sorted by tool name
	excluded []*opModel // protocol-tree operations, sorted by tool name
	diag     schema.Diagnostics
	formats  formatUse
	since    *sinceData // the comparison with the older pinned releases
}

// opModel is one operation with its derived names and schemas.
type opModel struct {
	ir            *schema.Operation
	name          string // tool name
	goName        string // exported Go identifier: GetNodesQemu
	summary       string
	inputSchema   string
	toolSchema    string
	returnsSchema string
	op            catalog.Operation
	excludeReason string
}

// protocolTrees are PBS paths that upgrade the connection to the HTTP/2
// backup and reader protocols; they are not REST operations.
var protocolTrees = []string{"/backup", "/reader"}

const protocolReason = "HTTP/2 backup/reader protocol (connection upgrade used by proxmox-backup-client), not a REST operation"

func excludeReason(op *schema.Operation) string {
	if op.Product != schema.PBS {
		return ""
	}
	for _, t := range protocolTrees {
		if op.Path == t || strings.HasPrefix(op.Path, t+"/") {
			return protocolReason
		}
	}
	return ""
}

func buildModel(api *schema.API, h *History) (*model, error) {
	names, err := checkToolNames(api.Operations)
	if err != nil {
		return nil, err
	}
	m := &model{api: api, product: catalog.Product(api.Product), formats: resolveFormats(api), since: newSinceData(api, h)}
	for _, op := range api.Operations {
		om := &opModel{ir: op, name: names[op], excludeReason: excludeReason(op)}
		om.goName = goIdent(strings.TrimPrefix(om.name, string(api.Product)+"_"))
		om.summary = Summary(op.Description)
		om.returnsSchema = marshalSchema(schema.ReturnsSchema(op, &m.diag))
		om.op = catalogOperation(om)
		m.since.apply(op, &om.op)
		input := schema.InputSchema(op, &m.diag)
		addControls(input, &om.op)
		om.inputSchema = marshalInputSchema(input)
		tool := schema.CompactInput(op, input)
		markTargets(tool, &om.op)
		om.toolSchema = marshalInputSchema(tool)
		om.op.InputSchema, om.op.ToolSchema = om.inputSchema, om.toolSchema
		if om.excludeReason != "" {
			m.excluded = append(m.excluded, om)
		} else {
			m.ops = append(m.ops, om)
		}
	}
	sortOps(m.ops)
	sortOps(m.excluded)
	return m, nil
}

func sortOps(ops []*opModel) {
	sort.Slice(ops, func(i, j int) bool { return ops[i].name < ops[j].name })
}

// marshalSchema writes JSON without HTML escaping: the schemas are read by
// people and language models, and "<string>" reads better than "\u003cstring\u003e".
func marshalSchema(s schema.JSON) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err) // maps of JSON values always encode
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// inputSchemaPrefix starts every generated input schema: "type" and
// "properties" come first, so a reader sees the arguments at once.
const inputSchemaPrefix = `{"type":"object","properties":{`

// marshalInputSchema writes "type" and "properties" first, then the other
// members in sorted order.
func marshalInputSchema(s schema.JSON) string {
	props := marshalSchema(s["properties"].(schema.JSON))
	rest := schema.JSON{}
	for k, v := range s {
		if k != "type" && k != "properties" {
			rest[k] = v
		}
	}
	tail := strings.TrimPrefix(marshalSchema(rest), "{")
	if tail != "}" {
		tail = "," + tail
	}
	return inputSchemaPrefix + strings.TrimPrefix(props, "{") + tail
}

// Summary is the first sentence of a description, on one line.
func Summary(desc string) string {
	s := strings.Join(strings.Fields(desc), " ")
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && !abbreviationBefore(s[:i]) {
			return s[:i+1]
		}
	}
	return s
}

// abbreviationBefore keeps "e.g." and "i.e." from ending a sentence.
func abbreviationBefore(s string) bool {
	return strings.HasSuffix(s, "e.g") || strings.HasSuffix(s, "i.e") || strings.HasSuffix(s, " vs")
}

func catalogOperation(om *opModel) catalog.Operation {
	ir := om.ir
	op := catalog.Operation{
		Name:          om.name,
		Product:       catalog.Product(ir.Product),
		Method:        ir.Method,
		Path:          ir.Path,
		Summary:       om.summary,
		Description:   ir.Description,
		InputSchema:   om.inputSchema,
		ToolSchema:    om.toolSchema,
		ReturnsSchema: om.returnsSchema,
		Permissions:   permissions(ir.Permissions),
		Flags: catalog.Flags{
			Protected:          ir.Flags.Protected,
			TokenAllowed:       ir.Flags.AllowToken,
			ExposesCredentials: ir.Flags.ExposeCredentials,
			DownloadAllowed:    ir.Flags.DownloadAllowed,
			Download:           ir.Flags.Download,
			Upload:             ir.Flags.Upload,
			Unstable:           ir.Flags.Unstable,
			ProxyTo:            ir.Flags.ProxyTo,
		},
	}
	if ir.Returns != nil {
		op.ReturnsDescription = strings.TrimSpace(ir.Returns.Description)
		op.ReturnsType = ir.Returns.Type
	}
	op.Transfer, op.StartsTask, op.ExtraParams = transferOf(ir), startsTask(ir), ir.ParamsAdditional
	op.Human = humanOf(ir)
	op.Guest, op.StoreImplied = guestKind(ir), storeImplied(ir)
	for _, p := range ir.Params {
		op.Params = append(op.Params, catalogParam(ir, p))
	}
	sort.Slice(op.Params, func(i, j int) bool { return op.Params[i].Name < op.Params[j].Name })
	return op
}

func catalogParam(op *schema.Operation, p *schema.Parameter) catalog.Param {
	base, indexed := schema.IndexedBase(p.Name)
	s := p.Schema
	cp := catalog.Param{
		Name:     base,
		Location: catalog.Location(p.Location),
		Required: !s.Optional && !indexed,
		Indexed:  indexed,
		MaxIndex: -1,
		Secret:   rules.SecretParam(op.Path, base, s.Type),
		Value:    rules.ValueOf(op.Product, s),
	}
	if r := s.Requires; r != "" && op.Param(r) != nil {
		cp.Requires = r
	}
	if indexed {
		cp.MaxIndex = maxIndexOf(op.Path, base, schema.MaxIndex(s))
		if arg := schema.IndexedArgName(op, p.Name); arg != base {
			cp.Name, cp.Wire = arg, base
		}
	}
	return cp
}

// transferOf says how an operation's request and answer travel: PBS marks
// file transfers in the schema (method DOWNLOAD/UPLOAD); PVE's storage
// upload is a multipart form, and its download_allowed operations answer
// a file when asked (a download parameter) or always (…/download).
func transferOf(op *schema.Operation) catalog.Transfer {
	hasDownloadParam := op.Param("download") != nil
	switch {
	case op.Flags.Upload:
		return catalog.RawUpload
	case op.Product == schema.PVE && op.Method == "POST" && strings.HasSuffix(op.Path, "/upload") && op.Param("filename") != nil:
		return catalog.MultipartUpload
	case (op.Flags.Download || op.Flags.DownloadAllowed) && hasDownloadParam:
		return catalog.FileOnRequest
	case op.Flags.Download, op.Flags.DownloadAllowed && op.Method == "GET" && strings.Contains(op.Path, "/download"):
		return catalog.FileDownload
	}
	return catalog.JSON
}

// notTask are writes that answer a bare string which is not a UPID.
var notTask = map[string]bool{
	"/nodes/{node}/qemu/{vmid}/monitor": true,
	"/cluster/sdn/lock":                 true,
}

// startsTask: a write that starts a worker answers with its UPID, a bare
// string the schema describes as a task or UPID, or not at all (77 PVE
// writes return an undescribed string); a string described as something
// else (a volume ID, a URL) is not one.
func startsTask(op *schema.Operation) bool {
	r := op.Returns
	if op.Method == "GET" || r == nil || r.Type != "string" || notTask[op.Path] {
		return false
	}
	if r.Pattern != "" {
		return strings.Contains(r.Pattern, "UPID")
	}
	desc := strings.ToLower(r.Description)
	return desc == "" || strings.Contains(desc, "task") || strings.Contains(desc, "upid")
}
