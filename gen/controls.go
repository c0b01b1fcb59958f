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
	dryRunArg = schema.JSON{"type": "boolean",
		"description": "true sends nothing and returns the plan: the exact request, the current state it changes and what goes with it."}
	contentArg = schema.JSON{"type": "string", "contentEncoding": "base64",
		"description": "The file to upload, base64-encoded (the server's upload limit applies)."}
)

// addControls adds the control arguments an operation takes
// (catalog.Operation.Controls: confirm and dry_run on every write, wait
// where a task may start, the file of an upload); an operation parameter
// of the same name wins. The policy decides which writes need
// confirmation, and a cautious caller may always pass confirm.
func addControls(input schema.JSON, op *catalog.Operation) {
	props := input["properties"].(schema.JSON)
	for _, name := range op.Controls() {
		props[name] = controlArgs[name]
		if name == catalog.ControlContent {
			if req, ok := input["required"].([]string); ok {
				input["required"] = append(req, name)
			}
		}
	}
}

var controlArgs = map[string]schema.JSON{
	catalog.ControlConfirm: confirmArg,
	catalog.ControlDryRun:  dryRunArg,
	catalog.ControlWait:    waitArg,
	catalog.ControlContent: contentArg,
}
