package main

import (
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// The control arguments the MCP server takes besides an operation's own
// parameters. They never reach Proxmox (the server takes them out before
// it prepares the request); the generator lists them so that each
// operation's listed schema is complete as generated.
var (
	confirmArg = schema.JSON{"type": "boolean",
		"description": "true runs the operation when it needs confirmation; without it such a call sends nothing and says what it would do."}
	waitArg = schema.JSON{"type": "integer", "minimum": 0,
		"description": "Seconds to wait for the task the call starts, with progress notifications (at most the server's longest wait); 0 returns its UPID at once."}
	contentArg = schema.JSON{"type": "string", "contentEncoding": "base64",
		"description": "The file to upload, base64-encoded (the server's upload limit applies)."}
)

// addControls adds the control arguments an operation takes: confirm on
// every write (the policy decides which need it, and a cautious caller may
// always pass it), wait where a task may start, the file of an upload. An
// operation parameter of the same name wins.
func addControls(input schema.JSON, op *catalog.Operation) {
	props := input["properties"].(schema.JSON)
	add := func(name string, s schema.JSON) {
		if _, taken := props[name]; !taken {
			props[name] = s
		}
	}
	if op.Method != "GET" {
		add("confirm", confirmArg)
	}
	if op.StartsTask {
		add("wait", waitArg)
	}
	if op.Transfer.Upload() {
		add("content_base64", contentArg)
		if req, ok := input["required"].([]string); ok {
			input["required"] = append(req, "content_base64")
		}
	}
}
