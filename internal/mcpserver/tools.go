package mcpserver

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// inputSchemaPrefix starts every generated input schema (see gen); the
// control arguments are spliced in right after it.
const inputSchemaPrefix = `{"type":"object","properties":{`

// Control arguments the server adds to operations; they never reach Proxmox.
const (
	argConfirm = "confirm"
	argWait    = "wait"
)

// operationTool builds the MCP tool of one operation. It advertises the
// compact schema; calls are validated against the full one.
func (s *Server) operationTool(e *entry) mcp.Tool {
	t := mcp.NewToolWithRawSchema(e.name(), toolDescription(e), s.splice(e, e.op.ToolSchema))
	t.Annotations = annotations(e)
	t.Title = title(e.op)
	return t
}

// toolDescription is short on purpose: the first sentence, the call it
// makes and what the caller must know before calling. Privileges, the full
// description and the result are for proxmox_describe.
func toolDescription(e *entry) string {
	op := e.op
	var b strings.Builder
	b.WriteString(op.Summary)
	fmt.Fprintf(&b, " [%s %s]", op.Method, op.Path)
	if e.decision.Confirm {
		b.WriteString(" Destructive: pass confirm=true.")
	}
	if e.startsTask {
		b.WriteString(" May start a task: pass wait=<seconds> to wait for it.")
	}
	if e.decision.Note != "" {
		b.WriteString(" Note: " + e.decision.Note + ".")
	}
	return b.String()
}

// inputSchema is the full generated schema with the control arguments the
// operation takes spliced in.
func (s *Server) inputSchema(e *entry) json.RawMessage { return s.splice(e, e.op.InputSchema) }

// splice adds the control arguments to a generated schema's properties.
func (s *Server) splice(e *entry, schema string) json.RawMessage {
	extra := s.controlProperties(e)
	if extra == "" {
		return json.RawMessage(schema)
	}
	rest := strings.TrimPrefix(schema, inputSchemaPrefix)
	if !strings.HasPrefix(rest, "}") {
		extra += ","
	}
	return json.RawMessage(inputSchemaPrefix + extra + rest)
}

// controlProperties renders the confirm, wait and upload properties an
// operation takes, or "".
func (s *Server) controlProperties(e *entry) string {
	maxWait := s.opts.MaxTaskWait.Seconds()
	var props []string
	if e.decision.Confirm && e.op.Param(argConfirm) == nil {
		props = append(props, `"confirm":{"type":"boolean","description":"Must be true: this operation is destructive. Without it nothing is sent and the reply says what would happen."}`)
	}
	if isUpload(e.op) {
		props = append(props, fmt.Sprintf(`"content_base64":{"type":"string","contentEncoding":"base64","description":"The file to upload, base64-encoded (at most %d bytes)."}`, s.opts.MaxUploadBytes))
	}
	if e.startsTask && e.op.Param(argWait) == nil {
		props = append(props, fmt.Sprintf(`"wait":{"type":"integer","minimum":0,"maximum":%d,"description":"Seconds to wait for a task the call starts, with progress notifications; 0 returns at once with the task's UPID."}`, int(maxWait)))
	}
	return strings.Join(props, ",")
}

func annotations(e *entry) mcp.ToolAnnotation { return Annotations(e.op, e.decision) }

// Annotations are set explicitly on every tool: clients use them to decide
// what to auto-approve, so only the read-only tier is marked read-only (a
// GET that reads guest files or opens a console is not). The title is the
// tool's top-level title, not repeated here.
func Annotations(op *catalog.Operation, d policy.Decision) mcp.ToolAnnotation {
	readOnly := d.Tier == policy.ReadOnly
	idempotent := op.Method == "GET" || op.Method == "PUT" || op.Method == "DELETE"
	return mcp.ToolAnnotation{
		ReadOnlyHint:    boolPtr(readOnly),
		DestructiveHint: boolPtr(!readOnly && d.Destructive),
		IdempotentHint:  boolPtr(idempotent),
		OpenWorldHint:   boolPtr(false),
	}
}

// maxTitle bounds a title: it is a label for people, not a description.
const maxTitle = 40

// title is the summary without its final period, cut at a word boundary.
func title(op *catalog.Operation) string {
	s := strings.TrimSuffix(op.Summary, ".")
	if s == "" {
		return op.Method + " " + op.Path
	}
	if len(s) > maxTitle {
		cut := strings.LastIndex(s[:maxTitle], " ")
		if cut < maxTitle/2 {
			cut = maxTitle
		}
		s = s[:cut] + "…"
	}
	return s
}

func boolPtr(b bool) *bool { return &b }

// tierOf renders a tier for messages and tool listings.
func tierOf(d policy.Decision) string { return d.Tier.String() }
