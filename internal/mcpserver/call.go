package mcpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Control arguments the server adds to operations; they never reach
// Proxmox. The generator lists them in each operation's schema.
const (
	argConfirm = catalog.ControlConfirm
	argDryRun  = catalog.ControlDryRun
	argWait    = catalog.ControlWait
	argContent = catalog.ControlContent
)

// control holds the server's own arguments, split from the operation's.
type control struct {
	confirm bool
	dryRun  bool
	target  string
	wait    float64
	hasWait bool
	upload  *proxmox.File
}

// operationHandler is the handler of an operation's own tool.
func (s *Server) operationHandler(e *inventory.Entry) handlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		args, err := arguments(req)
		if err != nil {
			return s.errorResult(err.Error()), nil
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
	if isEmptyObject(raw) {
		// A call without arguments (a listing) is common; the decoder
		// costs a dozen allocations to find nothing in it.
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
// it: the inventory's check, one preparation of the request (normalised,
// checked and encoded by package wire), the call-time policy, a plan on a
// dry run, confirmation, the request, the shaped result. Every call that
// is not a read is recorded in the audit log before its answer returns. A
// panic becomes an error result.
func (s *Server) invoke(ctx context.Context, req mcp.CallToolRequest, e *inventory.Entry, args map[string]any) (res *mcp.CallToolResult) {
	rec := s.recordFor(ctx, req, e, args)
	defer func() { s.write(rec, res) }()
	defer func() {
		if r := recover(); r != nil {
			s.logf("panic in %s: %v\n%s", e.Name, r, debug.Stack())
			res = s.errorResult(fmt.Sprintf("internal error while calling %s; nothing more is known (the server log has the details)", e.Name))
		}
	}()
	if err := s.opts.Audit.Err(); err != nil && rec != nil {
		return s.errorResult(fmt.Sprintf("Not sent: the audit log cannot be written (%v); this server makes no unrecorded changes. Its operator must fix the log and restart it.", err))
	}
	ctl, args, err := s.splitControl(e, args)
	if err != nil {
		return s.errorResult(err.Error())
	}
	at, err := s.view(ctx).LookupAt(ctl.target, e.Name)
	if err != nil {
		rec.decided(audit.Refused, err.Error())
		return s.errorResult(err.Error())
	}
	e, ctx = at, withTarget(ctx, at.Target)
	rec.at(e.Target)
	args, prepared, err := s.resolveTarget(ctx, e, args)
	if err != nil {
		return s.errorResult(err.Error())
	}
	if prepared == nil {
		if prepared, err = wire.Prepare(e.Op, args); err != nil {
			return s.errorResult(invalidArguments(e, err))
		}
	}
	if e.Op.Transfer.Upload() && ctl.upload == nil {
		return s.errorResult(fmt.Sprintf("argument %q is required: the file to upload, in base64 (at most %d bytes)", argContent, s.opts.MaxUploadBytes))
	}
	call := e.Decision.Call(prepared.Params())
	if why := e.CheckCall(call); why != "" {
		rec.decided(audit.Refused, why)
		return s.errorResult("Not sent: " + why)
	}
	if why := s.predictRefusal(ctx, e, prepared.Args); why != "" {
		rec.decided(audit.Refused, why)
		return s.errorResult(why)
	}
	if ctl.dryRun {
		rec.decided(audit.DryRun, "")
		return s.textResult(s.plan(ctx, e, prepared))
	}
	decision := audit.Sent
	if call.Confirm {
		c := s.confirm(ctx, req, e, prepared, call, ctl)
		if c.answer != nil {
			if c.decision != "" {
				rec.decided(c.decision, c.reason)
			} else {
				rec = nil // asked in a round trip: recorded when the answer comes
			}
			return c.answer
		}
		decision = c.decision
	}
	rec.decided(decision, "")
	res, data, err := s.send(ctx, e, prepared, ctl)
	rec.sent(prepared, data, err)
	switch {
	case err != nil:
		msg := callFailed(ctx, e, err)
		if hint := s.afterRefusal(ctx, e, prepared.Args, err); hint != "" {
			msg += "\n" + hint
		}
		return s.errorResult(msg)
	case res != nil:
		return res
	}
	return s.shape(ctx, req, e, data, ctl)
}

// splitControl removes confirm, dry_run, wait and an upload's content from
// the arguments. confirm is accepted (and ignored) on any operation, so a
// cautious caller is never refused for it; dry_run on every write; wait
// only where a task may start, cut to the server's longest wait;
// content_base64 only on uploads.
func (s *Server) splitControl(e *inventory.Entry, args map[string]any) (control, map[string]any, error) {
	var c control
	out := make(map[string]any, len(args))
	var content any
	for k, v := range args {
		switch {
		case k == argContent && e.Op.Transfer.Upload():
			content = v
		case k == argConfirm && e.Op.Param(argConfirm) == nil:
			b, ok := v.(bool)
			if !ok {
				return c, nil, fmt.Errorf(`argument "confirm": must be true or false, got %s`, jsonText(v))
			}
			c.confirm = b
		case k == inventory.TargetArgName(e.Op):
			name, err := targetValue(v)
			if err != nil {
				return c, nil, err
			}
			c.target = name
		case k == argDryRun && e.Op.Method != "GET" && e.Op.Param(argDryRun) == nil:
			b, ok := v.(bool)
			if !ok {
				return c, nil, fmt.Errorf(`argument "dry_run": must be true or false, got %s`, jsonText(v))
			}
			c.dryRun = b
		case k == argWait && e.Op.StartsTask && e.Op.Param(argWait) == nil:
			w, ok := number(v)
			if !ok || w < 0 {
				return c, nil, fmt.Errorf(`argument "wait": must be a number of seconds (0 or more), got %s`, jsonText(v))
			}
			c.wait, c.hasWait = min(w, s.maxTaskWait().Seconds()), true
		default:
			out[k] = v
		}
	}
	if content != nil {
		f, err := uploadFile(content, out, s.opts.MaxUploadBytes)
		if err != nil {
			return c, nil, err
		}
		c.upload = f
	}
	return c, out, nil
}

// isEmptyObject reports whether raw is {} (with any JSON whitespace).
func isEmptyObject(raw []byte) bool {
	b := bytes.TrimSpace(raw)
	return len(b) >= 2 && b[0] == '{' && b[len(b)-1] == '}' && len(bytes.TrimSpace(b[1:len(b)-1])) == 0
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

// jsonText renders a caller's value for a message, shortened.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(b) > 60 {
		cut := 57
		for cut > 0 && !utf8.RuneStart(b[cut]) {
			cut--
		}
		return string(b[:cut]) + "..."
	}
	return string(b)
}

func invalidArguments(e *inventory.Entry, err error) string {
	msg := fmt.Sprintf("Invalid arguments for %s; nothing was sent to Proxmox.\n%v", e.Name, err)
	var we *wire.Error
	if errors.As(err, &we) {
		for _, p := range we.Problems {
			if hint := e.ReleaseHint(p); hint != "" {
				msg += "\n" + hint
			}
		}
	}
	return msg + fmt.Sprintf("\nproxmox_describe %s shows the full input schema.", e.Name)
}

// callFailed renders an error from Proxmox or the transport; the HTTP
// client has already made it actionable and masked what the server sent.
func callFailed(ctx context.Context, e *inventory.Entry, err error) string {
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		return fmt.Sprintf("%s was cancelled by the client before Proxmox answered; the request may or may not have reached Proxmox.", e.Name)
	}
	return fmt.Sprintf("%s failed: %v", e.Name, err)
}

// confirmationNeeded says what a call that needs confirmation would do
// (its plan), and that nothing was sent.
func confirmationNeeded(plan string, call policy.Call) string {
	msg := "Not sent: this call needs confirm=true."
	if call.Reason != "" {
		msg += "\nWhy it needs confirmation: " + call.Reason
	}
	return msg + "\n" + plan + "\nCall the tool again with the same arguments and confirm=true to proceed."
}

// errorResult is an error answer, within the result cap like any other.
func (s *Server) errorResult(msg string) *mcp.CallToolResult {
	return &mcp.CallToolResult{
		Content: []mcp.Content{mcp.TextContent{Type: "text", Text: capText(msg, s.opts.MaxResultBytes)}},
		IsError: true,
	}
}

// capText cuts text to max bytes at a rune boundary, saying so.
func capText(text string, max int) string {
	if len(text) <= max {
		return text
	}
	note := fmt.Sprintf("\n[cut at %d of %d bytes]", max, len(text))
	cut := max - len(note)
	if cut < 0 {
		cut = 0
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return strings.ToValidUTF8(text[:cut], "") + note
}
