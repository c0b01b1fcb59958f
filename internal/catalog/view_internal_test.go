package catalog

import "testing"

// A synthetic operation in the generator's schema shape: an indexed
// parameter and a required-by relation newer than the operation, a key
// newer than its parameter.
func TestOperationAtPrunesIndexedAndDependent(t *testing.T) {
	op := &Operation{
		Params: []Param{
			{Name: "cfg", Location: InBody, MaxIndex: -1, Value: Value{Type: "string", Property: &PropertyString{
				DefaultKey: "x", Keys: []PropertyKey{{Name: "x", Since: "2"}, {Name: "y"}},
			}}},
			{Name: "dev", Location: InBody, Indexed: true, MaxIndex: -1, Since: "2"},
			{Name: "force", Location: InBody, MaxIndex: -1, Since: "2", Requires: "cfg"},
		},
		InputSchema: `{"type":"object","properties":{` +
			`"cfg":{"anyOf":[{"description":"Property string: [x=]<a> [,y=<b[;c]>]","type":"string"},{"properties":{"x":{"type":"string"},"y":{"type":"string"}},"required":["x"],"type":"object"}]},` +
			`"dev":{"additionalProperties":{"type":"string"},"type":"object"},` +
			`"force":{"type":"boolean"}},` +
			`"additionalProperties":false,"dependentRequired":{"force":["cfg"]},"patternProperties":{"^dev[0-9]+$":{"type":"string"}},"required":["cfg"]}`,
	}
	op.ToolSchema = op.InputSchema
	got := op.At("1")
	want := `{"type":"object","properties":{` +
		`"cfg":{"anyOf":[{"description":"Property string: [x=]<a> [,y=<b[;c]>]","type":"string"},{"properties":{"y":{"type":"string"}},"type":"object"}]}},` +
		`"additionalProperties":false,"required":["cfg"]}`
	if got.InputSchema != want {
		t.Errorf("pruned\n got %s\nwant %s", got.InputSchema, want)
	}
	if len(got.Params) != 1 || got.Params[0].Property.DefaultKey != "" || len(got.Params[0].Property.Keys) != 1 {
		t.Errorf("params at 1: %+v", got.Params)
	}
	if len(op.Params) != 3 || len(op.Params[0].Property.Keys) != 2 {
		t.Error("At changed the operation")
	}
	if again := op.At("2"); again.InputSchema != op.InputSchema || len(again.Params) != 3 {
		t.Error("at 2 the operation is not whole")
	}
}

func TestDropSyntaxKeepsNestedBrackets(t *testing.T) {
	node := map[string]any{"description": "[model=]<enum> [,trunks=<vlanid[;vlanid...]>] [,tag=<integer>]"}
	dropSyntax(node, "trunks")
	if got := node["description"]; got != "[model=]<enum> [,tag=<integer>]" {
		t.Errorf("got %q", got)
	}
}
