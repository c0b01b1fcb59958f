package mcpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// shape turns Proxmox's data into the tool result: a started task is
// followed when asked to, everything else is returned as JSON text plus
// structuredContent {"data": …}, capped in size (resultForm drops the
// structured copy unless the setting keeps it).
func (s *Server) shape(ctx context.Context, req mcp.CallToolRequest, e *inventory.Entry, data json.RawMessage, ctl control) *mcp.CallToolResult {
	if task, ok := wire.ParseUPIDValue(data); ok {
		s.started.add(task.UPID, targetOf(ctx))
		wait := s.opts.TaskWait.Seconds()
		if ctl.hasWait {
			wait = ctl.wait
		}
		return s.taskResult(ctx, req, task, wait)
	}
	if !s.opts.DisableHumanReadable {
		return humanResult(e.Op, data, s.opts.MaxResultBytes, s.opts.StructuredContent)
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
		Content:           []mcp.Content{mcp.TextContent{Type: "text", Text: unsafeString(text)}},
		StructuredContent: structured,
	}
}

// unsafeString is text as a string without copying it: the result's text
// is the largest allocation of a call (the whole answer, 8 KB for cluster
// resources), and the bytes are never written again. Every caller hands
// over a slice nothing else writes to: the client reads each answer into
// a slice of its own and hands on the data as a part of it, humanize
// returns a copy of its own (its scratch buffer goes back to a pool, never
// the copy), cappedList and structured marshal their own.
func unsafeString(text []byte) string {
	if len(text) == 0 {
		return ""
	}
	return unsafe.String(&text[0], len(text))
}

// cappedList keeps the newest items that fit (the end of a time series,
// the start of a newest-first list) and says how many there were.
func cappedList(op *catalog.Operation, list []byte, maxBytes int) *mcp.CallToolResult {
	var items []json.RawMessage
	if err := json.Unmarshal(list, &items); err != nil {
		return cappedText(op, list, maxBytes)
	}
	fromEnd := oldestFirst(items)
	kept, size := 0, 2
	for i := range items {
		it := items[i]
		if fromEnd {
			it = items[len(items)-1-i]
		}
		if size+len(it)+1 > maxBytes {
			break
		}
		size += len(it) + 1
		kept++
	}
	which, shown := "first", items[:kept]
	if fromEnd {
		which, shown = "newest", items[len(items)-kept:]
	}
	out, _ := json.Marshal(shown)
	note := fmt.Sprintf("Result capped at %d bytes: showing the %s %d of %d items.%s",
		maxBytes, which, kept, len(items), narrowingHint(op))
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

// timeKeys name the members that date a list's items: RRD points
// (time), tasks (starttime), backups (backup-time, ctime).
var timeKeys = []string{"time", "starttime", "backup-time", "ctime", "endtime"}

// oldestFirst reports whether a list is dated and ordered oldest first
// (an RRD series), so its newest items are at the end.
func oldestFirst(items []json.RawMessage) bool {
	if len(items) < 2 {
		return false
	}
	first, last := itemTime(items[0]), itemTime(items[len(items)-1])
	return first > 0 && last > first
}

func itemTime(item json.RawMessage) float64 {
	var m map[string]json.RawMessage
	if json.Unmarshal(item, &m) != nil {
		return 0
	}
	for _, k := range timeKeys {
		var f float64
		if v, ok := m[k]; ok && json.Unmarshal(v, &f) == nil {
			return f
		}
	}
	return 0
}

// narrowers are query parameters that make a listing smaller: a window,
// a limit, a filter. Formatting choices (an RRD's cf, a sort order) are
// not among them.
var narrowers = map[string]bool{
	"limit": true, "start": true, "since": true, "until": true, "timeframe": true, "max": true,
	"type": true, "typefilter": true, "statusfilter": true, "userfilter": true, "errors": true, "source": true,
	"vmid": true, "node": true, "storage": true, "content": true, "ns": true, "max-depth": true,
	"backup-type": true, "backup-id": true, "running": true, "state": true, "enabled": true, "service": true,
	"lastlines": true, "startcursor": true, "endcursor": true,
}

// narrowingHint names the optional query parameters that narrow a
// listing, so the caller knows how to ask for less.
func narrowingHint(op *catalog.Operation) string {
	var names []string
	for _, p := range op.Params {
		if p.Location == catalog.InQuery && narrowers[p.Name] {
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

// resultForm is the tool-handler middleware that decides the form of every
// result: the JSON text always, structuredContent beside it only with
// Options.StructuredContent. Clients that read structuredContent hand it
// to the model instead of the text (Claude Code) or beside it (Copilot),
// so carrying both doubles what the model reads in some clients and
// gains nothing in the others (docs/results.md).
func (s *Server) resultForm(next server.ToolHandlerFunc) server.ToolHandlerFunc {
	if s.opts.StructuredContent {
		return next
	}
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		res, err := next(ctx, req)
		if res != nil {
			res.StructuredContent = nil
		}
		return res, err
	}
}
