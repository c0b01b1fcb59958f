package mcpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"runtime/debug"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/validate"
)

// control holds the server's own arguments, split from the operation's.
type control struct {
	confirm bool
	wait    float64
	hasWait bool
	upload  *proxmox.File
}

// operationHandler is the handler of an operation's own tool.
func (s *Server) operationHandler(e *entry) func(context.Context, mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		args, err := arguments(req)
		if err != nil {
			return errorResult(err.Error()), nil
		}
		return s.invoke(ctx, req, e, args), nil
	}
}

// arguments decodes the call's arguments, keeping integers exact.
func arguments(req mcp.CallToolRequest) (map[string]any, error) {
	raw := req.Params.RawArguments
	if len(raw) == 0 || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		if args := req.GetArguments(); args != nil {
			return args, nil
		}
		return map[string]any{}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var args map[string]any
	if err := dec.Decode(&args); err != nil {
		return nil, fmt.Errorf("arguments must be a JSON object: %v", err)
	}
	if args == nil {
		args = map[string]any{}
	}
	return args, nil
}

// invoke is the one call path of every operation, whichever tool reached
// it: tier check, argument validation, confirmation, the request, the
// shaped result. A panic becomes an error result.
func (s *Server) invoke(ctx context.Context, req mcp.CallToolRequest, e *entry, args map[string]any) (res *mcp.CallToolResult) {
	defer func() {
		if r := recover(); r != nil {
			s.logf("panic in %s: %v\n%s", e.name(), r, debug.Stack())
			res = errorResult(fmt.Sprintf("internal error while calling %s; nothing more is known (the server log has the details)", e.name()))
		}
	}()
	if ok, why := s.allowedIn(ctx, e); !ok {
		return errorResult(why)
	}
	ctl, args, err := s.splitControl(e, args)
	if err != nil {
		return errorResult(err.Error())
	}
	if err := validate.Args(e.op, args); err != nil {
		return errorResult(invalidArguments(e, err))
	}
	if isUpload(e.op) && ctl.upload == nil {
		return errorResult(fmt.Sprintf("argument %q is required: the file to upload, in base64 (at most %d bytes)", argContent, s.opts.MaxUploadBytes))
	}
	if e.decision.Confirm && !ctl.confirm {
		return confirmationNeeded(e, args)
	}
	res, data, err := s.send(ctx, e, args, ctl)
	switch {
	case err != nil:
		return errorResult(callFailed(ctx, e, err))
	case res != nil:
		return res
	}
	return s.shape(ctx, req, e, data, ctl)
}

// splitControl removes confirm, wait and an upload's content from the
// arguments. confirm is accepted (and ignored) on any operation, so a
// cautious caller is never refused for it; wait only where a task may
// start; content_base64 only on uploads.
func (s *Server) splitControl(e *entry, args map[string]any) (control, map[string]any, error) {
	var c control
	maxWait := s.opts.MaxTaskWait.Seconds()
	out := make(map[string]any, len(args))
	var content any
	for k, v := range args {
		switch {
		case k == argContent && isUpload(e.op):
			content = v
		case k == argConfirm && e.op.Param(argConfirm) == nil:
			b, ok := v.(bool)
			if !ok {
				return c, nil, fmt.Errorf(`argument "confirm": must be true or false, got %s`, jsonText(v))
			}
			c.confirm = b
		case k == argWait && e.startsTask && e.op.Param(argWait) == nil:
			w, ok := number(v)
			if !ok || w < 0 || w > maxWait {
				return c, nil, fmt.Errorf(`argument "wait": must be a number of seconds from 0 to %d, got %s`, int(maxWait), jsonText(v))
			}
			c.wait, c.hasWait = w, true
		default:
			out[k] = v
		}
	}
	if content != nil {
		f, err := uploadFile(e.op, content, out, s.opts.MaxUploadBytes)
		if err != nil {
			return c, nil, err
		}
		c.upload = f
	}
	return c, out, nil
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	}
	return 0, false
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(b) > 60 {
		return string(b[:57]) + "..."
	}
	return string(b)
}

func invalidArguments(e *entry, err error) string {
	return fmt.Sprintf("Invalid arguments for %s; nothing was sent to Proxmox.\n%v\nproxmox_describe %s shows the full input schema.",
		e.name(), err, e.name())
}

// callFailed renders an error from Proxmox or the transport; the HTTP
// client has already made it actionable and redacted it.
func callFailed(ctx context.Context, e *entry, err error) string {
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		return fmt.Sprintf("%s was cancelled by the client before Proxmox answered; the request may or may not have reached Proxmox.", e.name())
	}
	return fmt.Sprintf("%s failed: %v", e.name(), err)
}

// confirmationNeeded says what a destructive call would do, and sends nothing.
func confirmationNeeded(e *entry, args map[string]any) *mcp.CallToolResult {
	msg := fmt.Sprintf("Not sent: %s is destructive and needs confirm=true.\nIt would call %s %s on %s: %s",
		e.name(), e.op.Method, filledPath(e.op.Path, args), e.op.Product.Title(), e.op.Summary)
	if e.decision.Reason != "" {
		msg += "\nWhy this needs confirmation: " + e.decision.Reason
	}
	msg += "\nCall the tool again with the same arguments and confirm=true to proceed."
	return errorResult(msg)
}

// filledPath substitutes the path parameters the caller gave.
func filledPath(path string, args map[string]any) string {
	for k, v := range args {
		path = strings.ReplaceAll(path, "{"+k+"}", url.PathEscape(fmt.Sprint(v)))
	}
	return path
}

func errorResult(msg string) *mcp.CallToolResult {
	return &mcp.CallToolResult{
		Content: []mcp.Content{mcp.TextContent{Type: "text", Text: msg}},
		IsError: true,
	}
}
