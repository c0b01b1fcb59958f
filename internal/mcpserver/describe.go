package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
)

const maxDescribe = 10

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

func (s *Server) handleDescribe(_ context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	in, err := arguments(req)
	if err != nil {
		return errorResult(err.Error()), nil
	}
	names, err := describeNames(in)
	if err != nil {
		return errorResult(err.Error()), nil
	}
	var out []any
	for _, n := range names {
		d, err := s.describe(n)
		if err != nil {
			out = append(out, map[string]string{"tool": n, "error": err.Error()})
			continue
		}
		out = append(out, d)
	}
	return structured(map[string]any{"operations": out}), nil
}

// describeNames reads "tools" (also a single string, as some callers send).
func describeNames(in map[string]any) ([]string, error) {
	var names []string
	switch v := in["tools"].(type) {
	case string:
		names = []string{v}
	case []any:
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return nil, fmt.Errorf(`argument "tools": must be a list of tool names, got %s`, jsonText(x))
			}
			names = append(names, s)
		}
	default:
		return nil, fmt.Errorf(`argument "tools" is required: a list of tool names from proxmox_search`)
	}
	if len(names) == 0 || len(names) > maxDescribe {
		return nil, fmt.Errorf(`argument "tools": give 1 to %d tool names`, maxDescribe)
	}
	return names, nil
}

// describe covers allowed operations and, with the reason, operations the
// tier or categories forbid, so a caller learns what setting would help.
func (s *Server) describe(name string) (*description, error) {
	e, allowed := s.plan.Lookup(name)
	if !allowed {
		blocked, ok := s.plan.blocked[name]
		if !ok {
			return nil, fmt.Errorf("%s", s.plan.refusal(name))
		}
		e = blocked
	}
	op := e.op
	d := &description{
		Tool: e.name(), Product: op.Product.Title(), Call: op.Method + " " + op.Path,
		Allowed: allowed, Tier: tierOf(e.decision), Category: e.decision.Category,
		Destructive: e.decision.Destructive, ConfirmRequired: e.decision.Confirm,
		Description: op.Description, Permissions: op.Permissions.Text, PermissionsNote: op.Permissions.Description,
		InputSchema: s.inputSchema(e),
		Returns:     returnsInfo{Type: op.ReturnsType, Description: op.ReturnsDescription, Schema: json.RawMessage(op.ReturnsSchema)},
		Example:     example.Arguments(op),
	}
	if allowed {
		d.CallWith = toolCallWrite
		if readOnlyCall(e) {
			d.CallWith = toolCallRead
		}
	} else {
		d.NotAllowed = s.plan.refusal(name)
	}
	d.Notes = notes(e)
	return d, nil
}

func notes(e *entry) []string {
	var out []string
	if e.decision.Note != "" {
		out = append(out, e.decision.Note)
	}
	if e.decision.Reason != "" {
		out = append(out, "Policy: "+e.decision.Reason)
	}
	if e.startsTask {
		out = append(out, "May start a task and return its UPID: pass wait=<seconds> to wait for it, or follow it with proxmox_task.")
	}
	if e.op.Flags.Download {
		out = append(out, "Returns a file rather than JSON.")
	}
	for _, p := range e.op.Params {
		if p.Indexed {
			out = append(out, fmt.Sprintf("%s is indexed: give {\"0\": …, \"1\": …} (sent as %s0, %s1, …) or %s0 directly.",
				p.Name, p.WireName(), p.WireName(), p.WireName()))
		}
	}
	if e.op.Flags.Unstable {
		out = append(out, "Proxmox marks this API as unstable: it may change between releases.")
	}
	return out
}
