package mcpserver

import (
	"context"
	"encoding/json"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// stubSchema is what operation tools are registered with. mcp-go decodes
// every registered input schema again to look for x-mcp-header
// annotations (ours have none); for a thousand tools that is a quarter of
// startup. The real schema is put in when tools/list is answered
// (listedTools), so clients see exactly the inventory's list.
var stubSchema = json.RawMessage(`{"type":"object"}`)

// tools registers every tool the inventory lists, each with its handler.
func (s *Server) tools() []server.ServerTool {
	list := s.inv.Tools()
	out := make([]server.ServerTool, 0, len(list))
	s.schemas = make(map[string]json.RawMessage, len(list))
	for _, t := range list {
		mt := mcpTool(t)
		if t.Kind == inventory.OperationTool {
			s.schemas[t.Name], mt.RawInputSchema = mt.RawInputSchema, stubSchema
		}
		out = append(out, server.ServerTool{Tool: mt, Handler: s.handler(t)})
	}
	return out
}

func mcpTool(t inventory.Tool) mcp.Tool {
	mt := mcp.NewToolWithRawSchema(t.Name, t.Description, t.Schema)
	mt.Title = t.Title
	a := t.Annotations
	mt.Annotations = mcp.ToolAnnotation{
		ReadOnlyHint:    &a.ReadOnly,
		DestructiveHint: &a.Destructive,
		IdempotentHint:  &a.Idempotent,
		OpenWorldHint:   &a.OpenWorld,
	}
	return mt
}

// MCPTool is a listed tool as clients receive it (tools --json, snapshots).
func MCPTool(t inventory.Tool) mcp.Tool { return mcpTool(t) }

type handlerFunc = func(context.Context, mcp.CallToolRequest) (*mcp.CallToolResult, error)

func (s *Server) handler(t inventory.Tool) handlerFunc {
	switch t.Name {
	case inventory.ToolSearch:
		return s.declared(t, s.handleSearch)
	case inventory.ToolDescribe:
		return s.declared(t, s.handleDescribe)
	case inventory.ToolCallRead:
		return s.declared(t, func(ctx context.Context, req mcp.CallToolRequest, in inventory.Parsed) *mcp.CallToolResult {
			return s.handleCall(ctx, req, in, false)
		})
	case inventory.ToolCallWrite:
		return s.declared(t, func(ctx context.Context, req mcp.CallToolRequest, in inventory.Parsed) *mcp.CallToolResult {
			return s.handleCall(ctx, req, in, true)
		})
	case inventory.ToolTask:
		return s.declared(t, s.handleTask)
	}
	return s.operationHandler(t.Entry)
}

// declared parses a declared tool's arguments with its own definition
// before the handler runs.
func (s *Server) declared(t inventory.Tool, h func(context.Context, mcp.CallToolRequest, inventory.Parsed) *mcp.CallToolResult) handlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		in, err := arguments(req)
		if err != nil {
			return s.errorResult(err.Error()), nil
		}
		parsed, err := t.Args.Parse(in)
		if err != nil {
			return s.errorResult(err.Error()), nil
		}
		return h(ctx, req, parsed), nil
	}
}

// listedTools is what tools/list answers: the tools this request's view
// lists, with their real input schemas (see stubSchema).
func (s *Server) listedTools(ctx context.Context, tools []mcp.Tool) []mcp.Tool {
	view := s.view(ctx).Listed()
	if len(tools) == 1 {
		return s.oneListed(view, tools[0])
	}
	listed := map[string]bool{}
	for _, t := range view {
		listed[t.Name] = true
	}
	out := make([]mcp.Tool, 0, len(tools))
	for _, t := range tools {
		if !listed[t.Name] {
			continue
		}
		out = append(out, s.withListedSchema(t))
	}
	return out
}

// oneListed answers for a single tool, which is mcp-go's check on every
// tools/call (is the called tool listed?): a scan of the listed tools,
// where a set of them cost 50 KB and tens of microseconds per call with
// every operation listed.
func (s *Server) oneListed(view []inventory.Tool, t mcp.Tool) []mcp.Tool {
	for _, l := range view {
		if l.Name == t.Name {
			return []mcp.Tool{s.withListedSchema(t)}
		}
	}
	return nil
}

// withListedSchema is t with the input schema it is listed with (an
// operation tool is registered with the stub; see stubSchema).
func (s *Server) withListedSchema(t mcp.Tool) mcp.Tool {
	if schema, isOp := s.schemas[t.Name]; isOp {
		t.RawInputSchema = schema
	}
	return t
}
