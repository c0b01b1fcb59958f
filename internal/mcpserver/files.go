package mcpserver

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// isFileDownload: the answer is a file rather than JSON. Operations with a
// download parameter (task logs) answer JSON unless it is set.
func isFileDownload(req *wire.Request) bool {
	switch req.Op.Transfer {
	case catalog.FileDownload:
		return true
	case catalog.FileOnRequest:
		on, _ := wire.ParseBool(firstValue(req, "download"))
		return on
	}
	return false
}

func firstValue(req *wire.Request, name string) string {
	if v := req.Query.Get(name); v != "" {
		return v
	}
	return req.Form.Get(name)
}

// send performs the request the operation needs: JSON, a file download or
// an upload.
func (s *Server) send(ctx context.Context, e *inventory.Entry, req *wire.Request, ctl control) (*mcp.CallToolResult, json.RawMessage, error) {
	up := s.upstream(ctx, e.Op.Product)
	switch {
	case ctl.upload != nil:
		data, err := up.Upload(ctx, req, *ctl.upload)
		return nil, data, err
	case isFileDownload(req):
		raw, err := up.Download(ctx, req, int64(s.opts.MaxDownloadBytes))
		if err != nil {
			return nil, nil, err
		}
		return fileResult(raw), nil, nil
	}
	data, err := up.Send(ctx, req)
	return nil, data, err
}

// uploadFile decodes the content argument of an upload, refusing it over
// the limit before anything is sent.
func uploadFile(v any, args map[string]any, maxBytes int) (*proxmox.File, error) {
	text, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("argument %q: must be the file's content in base64", argContent)
	}
	if base64.StdEncoding.DecodedLen(len(text)) > maxBytes+2 {
		return nil, fmt.Errorf("argument %q: the file is larger than the upload limit of %d bytes (PROXMOX_MCP_MAX_UPLOAD_BYTES)", argContent, maxBytes)
	}
	data, err := base64.StdEncoding.DecodeString(strings.TrimSpace(text))
	if err != nil {
		return nil, fmt.Errorf("argument %q: not valid base64: %v", argContent, err)
	}
	if len(data) > maxBytes {
		return nil, fmt.Errorf("argument %q: the file is %d bytes, over the upload limit of %d bytes (PROXMOX_MCP_MAX_UPLOAD_BYTES)", argContent, len(data), maxBytes)
	}
	name, _ := args["filename"].(string)
	return &proxmox.File{Name: name, Data: data}, nil
}

// fileResult returns text as text and anything else as a base64 blob with
// its content type and size.
func fileResult(raw *proxmox.RawResponse) *mcp.CallToolResult {
	meta := map[string]any{"content_type": raw.ContentType, "size": raw.Size}
	if isText(raw) {
		meta["encoding"] = "text"
		return &mcp.CallToolResult{
			Content:           []mcp.Content{mcp.TextContent{Type: "text", Text: string(raw.Body)}},
			StructuredContent: meta,
		}
	}
	meta["encoding"] = "base64"
	info, _ := json.Marshal(meta)
	return &mcp.CallToolResult{
		Content: []mcp.Content{
			mcp.TextContent{Type: "text", Text: string(info)},
			mcp.EmbeddedResource{Type: "resource", Resource: mcp.BlobResourceContents{
				URI: "proxmox-download:file", MIMEType: contentType(raw.ContentType),
				Blob: base64.StdEncoding.EncodeToString(raw.Body),
			}},
		},
		StructuredContent: meta,
	}
}

func isText(raw *proxmox.RawResponse) bool {
	mt, _, _ := mime.ParseMediaType(raw.ContentType)
	if strings.HasPrefix(mt, "text/") || mt == "application/json" {
		return utf8.Valid(raw.Body)
	}
	return utf8.Valid(raw.Body) && !bytes.ContainsRune(raw.Body, 0) && mt != "application/octet-stream"
}

func contentType(ct string) string {
	if ct == "" {
		return "application/octet-stream"
	}
	return ct
}

// logLines renders Proxmox's log answers ([{"n":1,"t":"…"}, …] or a list
// of strings) as plain lines, or returns ok=false for anything else. Only
// the first element is decoded to decide: most lists are not logs, and
// decoding a whole large answer here cost a fifth of a call's CPU.
func logLines(data json.RawMessage) (string, bool) {
	first, ok := firstElement(data)
	if !ok {
		return "", false
	}
	switch {
	case isLogLine(first):
		var lines []logLine
		if err := json.Unmarshal(data, &lines); err != nil {
			return "", false
		}
		out := make([]string, len(lines))
		for i, l := range lines {
			out[i] = l.T
		}
		return strings.Join(out, "\n"), true
	case len(first) > 0 && first[0] == '"':
		var plain []string
		if err := json.Unmarshal(data, &plain); err != nil {
			return "", false
		}
		return strings.Join(plain, "\n"), true
	}
	return "", false
}

// firstElement returns the first element of a JSON array, undecoded. It
// scans for the element's end rather than starting a decoder, which
// cost more than the rest of the shaping of a small answer; what it finds
// is decoded (and so checked) by whoever uses it.
func firstElement(data json.RawMessage) (json.RawMessage, bool) {
	if len(data) < 2 || data[0] != '[' {
		return nil, false
	}
	start := skipSpace(data, 1)
	if start >= len(data) || data[start] == ']' {
		return nil, false
	}
	end := valueEnd(data, start)
	if end < 0 {
		return nil, false
	}
	return data[start:end], true
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// valueEnd is the index just past the JSON value starting at data[i], or
// -1 when it does not end: strings (with their escapes) and nesting are
// followed, anything else runs to the next delimiter.
func valueEnd(data []byte, i int) int {
	depth := 0
	for ; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			if i = stringEnd(data, i); i < 0 {
				return -1
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i
			}
			if depth--; depth == 0 {
				return i + 1
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return i
			}
		}
	}
	if depth == 0 {
		return i
	}
	return -1
}

// stringEnd is the index of the quote closing the string that opens at
// data[i], or -1.
func stringEnd(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// isLogLine reports whether v is one line of a log answer, {"n":…,"t":…}.
// Most first elements are not: those without both keys are turned away
// before decoding.
func isLogLine(v json.RawMessage) bool {
	if len(v) == 0 || v[0] != '{' || !bytes.Contains(v, []byte(`"n"`)) || !bytes.Contains(v, []byte(`"t"`)) {
		return false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(v, &m) != nil || len(m) != 2 {
		return false
	}
	_, n := m["n"]
	_, t := m["t"]
	return n && t
}
