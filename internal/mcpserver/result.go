package mcpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// shape turns Proxmox's data into the tool result: a started task is
// followed when asked to, everything else is returned as JSON text plus
// structuredContent {"data": …}, capped in size.
func (s *Server) shape(ctx context.Context, req mcp.CallToolRequest, e *inventory.Entry, data json.RawMessage, ctl control) *mcp.CallToolResult {
	if task, ok := wire.ParseUPIDValue(data); ok {
		s.started.add(task.UPID)
		wait := s.opts.TaskWait.Seconds()
		if ctl.hasWait {
			wait = ctl.wait
		}
		return s.taskResult(ctx, req, task, wait)
	}
	return dataResult(e.Op, data, s.opts.MaxResultBytes)
}

// dataResult renders data, keeping the text and the structured content
// equivalent as the MCP specification asks. The client has already checked
// that data is valid JSON; Proxmox writes it compact, and the transport
// compacts the structured copy anyway, so it is not re-compacted here.
func dataResult(op *catalog.Operation, data json.RawMessage, maxBytes int) *mcp.CallToolResult {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		data = json.RawMessage("null")
	}
	if lines, ok := logLines(data); ok {
		return logResult(op, lines, data, maxBytes)
	}
	if len(data) <= maxBytes {
		return jsonResult(data, map[string]any{"data": data})
	}
	if data[0] == '[' {
		return cappedList(op, data, maxBytes)
	}
	return cappedText(op, data, maxBytes)
}

func jsonResult(text []byte, structured any) *mcp.CallToolResult {
	return &mcp.CallToolResult{
		Content:           []mcp.Content{mcp.TextContent{Type: "text", Text: string(text)}},
		StructuredContent: structured,
	}
}

// cappedList keeps the leading items that fit and says how many there were.
func cappedList(op *catalog.Operation, list []byte, maxBytes int) *mcp.CallToolResult {
	var items []json.RawMessage
	if err := json.Unmarshal(list, &items); err != nil {
		return cappedText(op, list, maxBytes)
	}
	kept, size := 0, 2
	for _, it := range items {
		if size+len(it)+1 > maxBytes {
			break
		}
		size += len(it) + 1
		kept++
	}
	out, _ := json.Marshal(items[:kept])
	note := fmt.Sprintf("Result capped at %d bytes: showing the first %d of %d items.%s",
		maxBytes, kept, len(items), narrowingHint(op))
	res := jsonResult(out, map[string]any{
		"data": json.RawMessage(out), "truncated": true, "total_items": len(items), "returned_items": kept,
	})
	res.Content = append(res.Content, mcp.TextContent{Type: "text", Text: note})
	return res
}

// cappedText cuts a large non-list value; it is no longer valid JSON, so
// there is no structured content.
func cappedText(op *catalog.Operation, text []byte, maxBytes int) *mcp.CallToolResult {
	if len(text) <= maxBytes {
		return &mcp.CallToolResult{Content: []mcp.Content{mcp.TextContent{Type: "text", Text: string(text)}}}
	}
	cut := maxBytes
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	note := fmt.Sprintf("\n[Result capped at %d of %d bytes.%s]", maxBytes, len(text), narrowingHint(op))
	return &mcp.CallToolResult{Content: []mcp.Content{mcp.TextContent{Type: "text", Text: string(text[:cut]) + note}}}
}

// narrowingHint names the optional query parameters that can narrow a
// listing, so the caller knows how to ask for less.
func narrowingHint(op *catalog.Operation) string {
	var names []string
	for _, p := range op.Params {
		if !p.Required && p.Location == catalog.InQuery {
			names = append(names, p.Name)
		}
	}
	if len(names) == 0 {
		return " Ask for a narrower object (a single node, guest or storage) or raise PROXMOX_MCP_MAX_RESULT_BYTES."
	}
	sort.Strings(names)
	return " Narrow the request with: " + strings.Join(names, ", ") + " (or raise PROXMOX_MCP_MAX_RESULT_BYTES)."
}

// logResult shows log answers as plain lines (structured content keeps the
// numbered form); a log over the cap is cut with a note on the window
// parameters.
func logResult(op *catalog.Operation, lines string, data []byte, maxBytes int) *mcp.CallToolResult {
	if len(lines) <= maxBytes && len(data) <= maxBytes {
		return &mcp.CallToolResult{
			Content:           []mcp.Content{mcp.TextContent{Type: "text", Text: lines}},
			StructuredContent: map[string]any{"data": json.RawMessage(data)},
		}
	}
	return cappedText(op, []byte(lines), maxBytes)
}
