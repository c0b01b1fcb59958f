package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// The front door: four tools that reach every operation the session may
// use, so the whole API costs a few kilobytes of tools/list.
const (
	toolSearch    = "proxmox_search"
	toolDescribe  = "proxmox_describe"
	toolCallRead  = "proxmox_call_read"
	toolCallWrite = "proxmox_call_write"
)

func (s *Server) frontDoorTools() []server.ServerTool {
	return []server.ServerTool{
		{Tool: s.searchTool(), Handler: s.handleSearch},
		{Tool: describeTool(), Handler: s.handleDescribe},
		{Tool: callReadTool(), Handler: s.handleCallRead},
		{Tool: callWriteTool(), Handler: s.handleCallWrite},
	}
}

func frontDoorTool(name, title, desc string, schema map[string]any, readOnly bool) mcp.Tool {
	raw, err := json.Marshal(schema)
	if err != nil {
		panic(err) // static schemas
	}
	t := mcp.NewToolWithRawSchema(name, desc, raw)
	t.Title = title
	t.Annotations = mcp.ToolAnnotation{
		ReadOnlyHint:    boolPtr(readOnly),
		DestructiveHint: boolPtr(!readOnly),
		IdempotentHint:  boolPtr(readOnly),
		OpenWorldHint:   boolPtr(false),
	}
	return t
}

func (s *Server) searchTool() mcp.Tool {
	props := map[string]any{
		"query": map[string]any{"type": "string", "minLength": 1,
			"description": `What to do, in plain words: "reboot vm 101".`},
		"limit": map[string]any{"type": "integer", "minimum": 1, "maximum": 50, "default": 10},
	}
	products := s.plan.productNames()
	if len(products) > 1 {
		props["product"] = map[string]any{"type": "string", "enum": products}
	}
	// The category list is not an enum: 35 names cost more context than
	// they help; a wrong name gets an error that lists the valid ones.
	props["category"] = map[string]any{"type": "string", "description": "e.g. qemu, lxc, storage, backup, datastore"}
	return frontDoorTool(toolSearch, "Search Proxmox operations",
		"Find any Proxmox VE (pve) or Backup Server (pbs) operation by what it does; gives tool names for proxmox_describe and proxmox_call_*.",
		map[string]any{"type": "object", "properties": props, "required": []string{"query"}, "additionalProperties": false}, true)
}

func describeTool() mcp.Tool {
	return frontDoorTool(toolDescribe, "Describe Proxmox operations",
		"Parameters, privileges, result and an example of operations found with proxmox_search.",
		map[string]any{"type": "object", "properties": map[string]any{
			"tools": map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
		}, "required": []string{"tools"}, "additionalProperties": false}, true)
}

func callSchema(write bool) map[string]any {
	props := map[string]any{
		"tool":      map[string]any{"type": "string"},
		"arguments": map[string]any{"type": "object"},
	}
	if write {
		props["confirm"] = map[string]any{"type": "boolean", "description": "true to run a destructive operation"}
		props["wait"] = map[string]any{"type": "integer", "minimum": 0, "description": "seconds to wait for a started task"}
	}
	return map[string]any{"type": "object", "properties": props, "required": []string{"tool"}, "additionalProperties": false}
}

func callReadTool() mcp.Tool {
	return frontDoorTool(toolCallRead, "Call a read-only Proxmox operation",
		"Run a read-only operation found with proxmox_search.", callSchema(false), true)
}

func callWriteTool() mcp.Tool {
	return frontDoorTool(toolCallWrite, "Call a Proxmox write operation",
		"Run any other operation found with proxmox_search (power, create, change, delete…); destructive ones need confirm=true.",
		callSchema(true), false)
}

// readOnlyCall: an operation proxmox_call_read may run — the read-only
// tier, whatever the method (a guest agent ping is a POST that changes
// nothing).
func readOnlyCall(e *entry) bool {
	return e.decision.Tier == policy.ReadOnly
}

func (s *Server) handleCallRead(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return s.handleCall(ctx, req, false), nil
}

func (s *Server) handleCallWrite(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return s.handleCall(ctx, req, true), nil
}

func (s *Server) handleCall(ctx context.Context, req mcp.CallToolRequest, write bool) *mcp.CallToolResult {
	in, err := arguments(req)
	if err != nil {
		return errorResult(err.Error())
	}
	name, _ := in["tool"].(string)
	if name == "" {
		return errorResult(`argument "tool" is required: a tool name from proxmox_search`)
	}
	e, ok := s.plan.Lookup(name)
	if !ok {
		return errorResult(s.plan.refusal(name))
	}
	switch {
	case !write && !readOnlyCall(e):
		return errorResult(fmt.Sprintf("%s is not read-only (%s %s, tier %s): call it with %s", name, e.op.Method, e.op.Path, tierOf(e.decision), toolCallWrite))
	case write && readOnlyCall(e):
		return errorResult(fmt.Sprintf("%s is read-only: call it with %s", name, toolCallRead))
	}
	args, err := callArguments(in["arguments"])
	if err != nil {
		return errorResult(err.Error())
	}
	for _, k := range []string{argConfirm, argWait} {
		if v, ok := in[k]; ok && write {
			args[k] = v
		}
	}
	return s.invoke(ctx, req, e, args)
}

// callArguments accepts the arguments object, or the same object written
// as a JSON string (some clients send that).
func callArguments(v any) (map[string]any, error) {
	switch x := v.(type) {
	case nil:
		return map[string]any{}, nil
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, v := range x {
			out[k] = v
		}
		return out, nil
	case string:
		var m map[string]any
		dec := json.NewDecoder(strings.NewReader(x))
		dec.UseNumber()
		if err := dec.Decode(&m); err == nil && m != nil {
			return m, nil
		}
	}
	return nil, fmt.Errorf(`argument "arguments" must be an object of the operation's arguments, got %s`, jsonText(v))
}

// productNames are the configured products, sorted.
func (p *Plan) productNames() []string {
	var out []string
	for prod := range p.products {
		out = append(out, string(prod))
	}
	sort.Strings(out)
	return out
}

// categories are the valid category names of the configured products.
func (p *Plan) categories(pol *policy.Policy) []string {
	seen := map[string]bool{}
	var out []string
	for prod := range p.products {
		for _, c := range pol.Categories(prod) {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	sort.Strings(out)
	return out
}

// configured reports whether a product's operations can be used at all.
func (p *Plan) configured(prod catalog.Product) bool { return p.products[prod] != nil }
