package inventory

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// MaxTargetName bounds a target argument's value.
const MaxTargetName = 64

// TargetArgName is the name the target argument has on an operation's
// own tool: target, unless the operation has a parameter of that name
// (migrations name a target node), then proxmox_target. Through the front
// door it is always the call tool's own target.
func TargetArgName(op *catalog.Operation) string {
	if op.Param(ArgTarget) != nil {
		return "proxmox_" + ArgTarget
	}
	return ArgTarget
}

// schemaPrefix starts every generated input schema (the generator writes
// "type" and "properties" first; apis' TestInputSchemasStartWithSchemaPrefix
// holds it to that), so the target argument goes in right after it
// without decoding a schema per tool at start.
const schemaPrefix = `{"type":"object","properties":{`

// operationSchema is the input schema an operation's tool is listed with:
// the generator's, and the target argument when the product has several
// targets (the only part that depends on the configuration).
func (inv *Inventory) operationSchema(op *catalog.Operation) json.RawMessage {
	schema := op.ToolSchema
	if !inv.MultiTarget(op.Product) {
		return json.RawMessage(schema)
	}
	rest, ok := strings.CutPrefix(schema, schemaPrefix)
	if !ok {
		panic(fmt.Sprintf("inventory: the generated schema of %s does not start with %s", op.Name, schemaPrefix))
	}
	names := inv.Targets(op.Product)
	arg, err := json.Marshal(map[string]any{"type": "string", "enum": names, "maxLength": MaxTargetName,
		"description": fmt.Sprintf("The %s to call (default %s).", op.Product.Title(), names[0])})
	if err != nil {
		panic(err) // strings and a number always encode
	}
	name, _ := json.Marshal(TargetArgName(op))
	sep := ","
	if strings.HasPrefix(rest, "}") {
		sep = ""
	}
	return json.RawMessage(schemaPrefix + string(name) + ":" + string(arg) + sep + rest)
}
