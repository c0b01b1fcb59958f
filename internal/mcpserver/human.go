package mcpserver

import (
	"encoding/json"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/humanize"
)

// humanResult is dataResult with Proxmox's numbers made readable: the
// companions the catalog names beside them and, for a long series, its
// summary ahead of the points. The summary counts against the result cap,
// so the points get what is left of it. structured says whether the
// result keeps its structuredContent (resultForm drops it otherwise).
func humanResult(op *catalog.Operation, data json.RawMessage, maxBytes int, structured bool) *mcp.CallToolResult {
	data, summary := humanize.Apply(op, data)
	if summary == nil || len(summary) > maxBytes/2 {
		return dataResult(op, data, maxBytes)
	}
	return withSummary(dataResult(op, data, maxBytes-len(summary)-len(`{"summary":,"data":}`)), summary, structured)
}

// withSummary puts the summary first in both forms of the result, so the
// model reads it before the points: the text becomes
// {"summary":…,"data":[…]}, and the structured content gains "summary"
// ahead of "data", which keeps the points where clients read them. With
// keepStructured false the structured form is left as it is, unmarshalled:
// it is dropped before it is sent, and marshalling the whole series again
// only to drop it was a copy of the data per call.
func withSummary(res *mcp.CallToolResult, summary json.RawMessage, keepStructured bool) *mcp.CallToolResult {
	structured, ok := res.StructuredContent.(map[string]any)
	if !ok || len(res.Content) == 0 {
		return res // a cut text has no structure to put a summary in
	}
	text, ok := res.Content[0].(mcp.TextContent)
	if !ok {
		return res
	}
	var rest []byte
	if keepStructured {
		var err error
		if rest, err = json.Marshal(structured); err != nil || len(rest) < 2 {
			return res
		}
	}
	text.Text = `{"summary":` + string(summary) + `,"data":` + text.Text + `}`
	res.Content[0] = text
	if keepStructured {
		res.StructuredContent = json.RawMessage(`{"summary":` + string(summary) + `,` + string(rest[1:]))
	}
	return res
}
