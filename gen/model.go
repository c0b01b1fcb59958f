package main

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"sort"
	"strings"

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

func buildModel(api *schema.API) (*model, error) {
	names, err := checkToolNames(api.Operations)
	if err != nil {
		return nil, err
	}
	m := &model{api: api, product: catalog.Product(api.Product)}
	for _, op := range api.Operations {
		om := &opModel{ir: op, name: names[op], excludeReason: excludeReason(op)}
		om.goName = goIdent(strings.TrimPrefix(om.name, string(api.Product)+"_"))
		om.summary = Summary(op.Description)
		input := schema.InputSchema(op, &m.diag)
		om.inputSchema = marshalInputSchema(input)
		om.toolSchema = marshalInputSchema(schema.CompactInput(op, input))
		om.returnsSchema = marshalSchema(schema.ReturnsSchema(op, &m.diag))
		om.op = catalogOperation(om)
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

// InputSchemaPrefix starts every generated input schema, so the runtime can
// add its own control arguments (confirm, wait) by splicing text instead of
// decoding and re-encoding a thousand schemas at startup.
const InputSchemaPrefix = `{"type":"object","properties":{`

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
	return InputSchemaPrefix + strings.TrimPrefix(props, "{") + tail
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
		Type:     s.Type,
		Required: !s.Optional && !indexed,
		Indexed:  indexed,
		MaxIndex: -1,
	}
	if indexed {
		cp.MaxIndex = schema.MaxIndex(s)
		if arg := schema.IndexedArgName(op, p.Name); arg != base {
			cp.Name, cp.Wire = arg, base
		}
	}
	if s.Type == "array" {
		cp.ItemType = "string"
		if items := firstItems(s); items != nil && items.Type != "" {
			cp.ItemType = items.Type
		}
	}
	cp.PropertyString = propertyString(s)
	return cp
}

// firstItems is the items schema of an array, looking into oneOf branches.
func firstItems(s *schema.Schema) *schema.Schema {
	if s.Items != nil {
		return s.Items
	}
	for _, b := range append(append([]*schema.Schema{}, s.OneOf...), s.AnyOf...) {
		if b.Items != nil {
			return b.Items
		}
	}
	return nil
}

// propertyString describes the property-string format of a parameter, of
// its array elements, or of the union of its oneOf branches' elements.
func propertyString(s *schema.Schema) *catalog.PropertyString {
	if s.FormatKeys != nil || s.FormatList != nil {
		return formatOf(s)
	}
	var keys map[string]*schema.Schema
	for _, b := range append(append([]*schema.Schema{s}, s.OneOf...), s.AnyOf...) {
		if b.Items != nil && b.Items.FormatKeys != nil {
			if keys == nil {
				keys = map[string]*schema.Schema{}
			}
			for k, v := range b.Items.FormatKeys {
				keys[k] = v
			}
		}
	}
	if keys == nil {
		return nil
	}
	return formatOf(&schema.Schema{FormatKeys: keys})
}

func formatOf(s *schema.Schema) *catalog.PropertyString {
	if s.FormatList != nil {
		return &catalog.PropertyString{List: true, ItemType: orString(s.FormatList.Type)}
	}
	ps := &catalog.PropertyString{}
	var rest []catalog.PropertyKey
	for _, k := range slices.Sorted(maps.Keys(s.FormatKeys)) {
		ks := s.FormatKeys[k]
		if ks.Type == "" && ks.Alias != "" {
			continue
		}
		key := catalog.PropertyKey{Name: k, Type: orString(ks.Type), Required: !ks.Optional}
		if ks.FormatList != nil {
			key.Nested = &catalog.PropertyString{List: true, ItemType: orString(ks.FormatList.Type)}
		}
		if ks.DefaultKey {
			ps.DefaultKey = k
			ps.Keys = append(ps.Keys, key)
			continue
		}
		rest = append(rest, key)
	}
	ps.Keys = append(ps.Keys, rest...)
	return ps
}

func orString(t string) string {
	if t == "" {
		return "string"
	}
	return t
}
