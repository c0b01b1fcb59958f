package mcpserver

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
)

// The short way for a call without arguments is taken only where decoding
// finds an empty object, and gives what decoding gives.
func TestArgumentsOfAnEmptyObject(t *testing.T) {
	for _, raw := range []string{`{}`, ` { } `, "{\n\t}", `{"a":1}`, `{ "x" : {} }`, `[]`, `{`, `}`, `{}}`, `{{}`, `{,}`} {
		if !isEmptyObject([]byte(raw)) {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader([]byte(raw)))
		var want map[string]any
		if err := dec.Decode(&want); err != nil || len(want) != 0 {
			t.Errorf("%q taken as empty; decoding gives %v, %v", raw, want, err)
		}
		req := mcp.CallToolRequest{}
		req.Params.RawArguments = json.RawMessage(raw)
		if got, err := arguments(req); err != nil || got == nil || !reflect.DeepEqual(got, map[string]any{}) {
			t.Errorf("%q: %#v, %v; want an empty map", raw, got, err)
		}
	}
	if !isEmptyObject([]byte(`{}`)) {
		t.Error("{} did not take the short way")
	}
}
