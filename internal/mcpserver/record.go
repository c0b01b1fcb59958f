package mcpserver

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// callerKey carries who is calling, for the audit log.
type callerKey struct{}

// WithCaller names the caller of the requests made with ctx: the HTTP
// identity (the per-user token's ID, or the client's address).
func WithCaller(ctx context.Context, who string) context.Context {
	return context.WithValue(ctx, callerKey{}, who)
}

func (s *Server) caller(ctx context.Context) string {
	if who, ok := ctx.Value(callerKey{}).(string); ok && who != "" {
		return who
	}
	return s.opts.Caller
}

// callRecord gathers what the audit log keeps of one call as it goes
// through invoke; nil when the call is not recorded (a read, unless reads
// are audited).
type callRecord struct {
	audit.Record
	start time.Time
}

// recordFor starts the record of a call of e, or returns nil.
func (s *Server) recordFor(ctx context.Context, req mcp.CallToolRequest, e *inventory.Entry, args map[string]any) *callRecord {
	if !s.opts.Audit.Enabled() || (e.ReadOnly() && !s.opts.AuditReads) {
		return nil
	}
	return &callRecord{start: time.Now(), Record: audit.Record{
		Who: s.caller(ctx), Tool: req.Params.Name, Operation: e.Op.Name,
		Arguments: args, Secrets: audit.SecretNames(e.Op),
	}}
}

// at notes the target the call goes to.
func (r *callRecord) at(target string) {
	if r != nil {
		r.Target = target
	}
}

// decided notes how the call was decided (refusals with their reason).
func (r *callRecord) decided(d audit.Decision, reason string) {
	if r != nil {
		r.Decision, r.Reason = d, reason
	}
}

// sent notes the request as it went out and what came back.
func (r *callRecord) sent(req *wire.Request, data json.RawMessage, err error) {
	if r == nil {
		return
	}
	r.Request = audit.Request{Method: req.Method, Path: req.Path}
	var ae *proxmox.APIError
	switch {
	case errors.As(err, &ae):
		r.Status, r.Error = ae.Status, ae.Error()
	case err != nil:
		r.Error = err.Error()
	default:
		r.Status = 200
		if req.Op.StartsTask {
			var upid string
			if json.Unmarshal(data, &upid) == nil {
				r.UPID = upid
			}
		}
	}
}

// write appends the record; a call that was not sent and has no decision
// yet (refused before the policy looked at it) is recorded as refused
// with the answer's text.
func (s *Server) write(r *callRecord, res *mcp.CallToolResult) {
	if r == nil {
		return
	}
	if r.Decision == "" {
		r.Decision, r.Reason = audit.Refused, resultText(res)
		if r.Reason == "" {
			r.Reason = "refused"
		}
	}
	r.Duration = time.Since(r.start)
	if err := s.opts.Audit.Append(r.Record); err != nil {
		s.logf("audit log: %v", err)
	}
}

// resultText is the first text of a result, short.
func resultText(res *mcp.CallToolResult) string {
	if res == nil {
		return ""
	}
	for _, c := range res.Content {
		if t, ok := c.(mcp.TextContent); ok {
			return clip(t.Text, 300)
		}
	}
	return ""
}
