package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// description is what proxmox_describe says about one operation.
type description struct {
	Tool            string          `json:"tool"`
	Product         string          `json:"product"`
	Call            string          `json:"call"`
	Allowed         bool            `json:"allowed"`
	NotAllowed      string          `json:"not_allowed,omitempty"`
	CallWith        string          `json:"call_with,omitempty"`
	Tier            string          `json:"tier"`
	Category        string          `json:"category"`
	Destructive     bool            `json:"destructive"`
	ConfirmRequired bool            `json:"confirm_required"`
	Description     string          `json:"description"`
	Permissions     string          `json:"required_privileges"`
	PermissionsNote string          `json:"permissions_note,omitempty"`
	InputSchema     json.RawMessage `json:"input_schema"`
	Returns         returnsInfo     `json:"returns"`
	Example         map[string]any  `json:"example_arguments"`
	Notes           []string        `json:"notes,omitempty"`
}

type returnsInfo struct {
	Type        string          `json:"type,omitempty"`
	Description string          `json:"description,omitempty"`
	Schema      json.RawMessage `json:"schema"`
}

func (s *Server) handleDescribe(ctx context.Context, _ mcp.CallToolRequest, in inventory.Parsed) *mcp.CallToolResult {
	var out []any
	for _, n := range in.List("tools") {
		d, err := s.describe(ctx, n)
		if err != nil {
			out = append(out, map[string]string{"tool": n, "error": err.Error()})
			continue
		}
		out = append(out, d)
	}
	return s.structured(map[string]any{"operations": out})
}

// describe covers allowed operations and, with the reason, operations the
// tier or categories forbid, so a caller learns what setting would help.
func (s *Server) describe(ctx context.Context, name string) (*description, error) {
	e, err := s.view(ctx).Lookup(name)
	if e == nil {
		return nil, err
	}
	op := e.Op
	d := &description{
		Tool: e.Name, Product: op.Product.Title(), Call: op.Method + " " + op.Path,
		Allowed: err == nil, Tier: e.Decision.Tier.String(), Category: e.Decision.Category,
		Destructive: e.Decision.Destructive, ConfirmRequired: e.Decision.Confirm,
		Description: op.Description, Permissions: op.Permissions.Text, PermissionsNote: op.Permissions.Description,
		InputSchema: json.RawMessage(op.InputSchema),
		Returns:     returnsInfo{Type: op.ReturnsType, Description: op.ReturnsDescription, Schema: json.RawMessage(op.ReturnsSchema)},
		Example:     exampleArguments(op),
		Notes:       notes(e),
	}
	if err != nil {
		d.NotAllowed = err.Error()
	} else {
		d.CallWith = s.inv.CallWith(e)
	}
	return d, nil
}

func notes(e *inventory.Entry) []string {
	var out []string
	if e.Decision.Note != "" {
		out = append(out, e.Decision.Note)
	}
	if e.Decision.Reason != "" {
		out = append(out, "Policy: "+e.Decision.Reason)
	}
	if e.Op.StartsTask {
		out = append(out, "May start a task and return its UPID: pass wait=<seconds> to wait for it, or follow it with proxmox_task.")
	}
	if e.Op.Transfer != 0 && !e.Op.Transfer.Upload() {
		out = append(out, "Returns a file rather than JSON.")
	}
	for _, p := range e.Op.Params {
		if p.Indexed {
			out = append(out, indexedNote(p.Name, p.WireName(), p.MaxIndex))
		}
	}
	if e.Op.Flags.Unstable {
		out = append(out, "Proxmox marks this API as unstable: it may change between releases.")
	}
	return out
}

func indexedNote(name, wire string, maxIndex int) string {
	upTo := ""
	if maxIndex >= 0 {
		upTo = fmt.Sprintf(", up to %s%d", wire, maxIndex)
	}
	return fmt.Sprintf("%s is indexed: give {\"0\": …, \"1\": …} (sent as %s0, %s1, …%s) or %s0 directly.", name, wire, wire, upTo, wire)
}

// exampleArguments are the operation's required arguments, with the file
// an upload needs.
func exampleArguments(op *catalog.Operation) map[string]any {
	args := example.Arguments(op)
	if op.Transfer.Upload() {
		args[argContent] = "aGVsbG8K" // "hello\n"
	}
	return args
}
