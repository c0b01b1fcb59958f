package mcpserver

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Elicitation says who confirms a call that needs confirmation; the
// inventory defines it (a session setting, read by the configuration).
type Elicitation = inventory.Elicitation

// The settings' values, as the inventory names them.
const (
	ElicitPrefer  = inventory.ElicitPrefer
	ElicitRequire = inventory.ElicitRequire
	ElicitOff     = inventory.ElicitOff
)

// ParseElicitation reads a setting's value.
var ParseElicitation = inventory.ParseElicitation

// DefaultElicitationTimeout bounds how long a person may take to answer.
const DefaultElicitationTimeout = inventory.DefaultElicitationTimeout

// confirmInput is the id of the confirmation among a request's inputs.
const confirmInput = "confirm"

// confirmed is how a confirm-gated call was decided: the audit decision,
// and the answer to return instead of sending when it was not confirmed.
type confirmed struct {
	decision audit.Decision
	reason   string
	answer   *mcp.CallToolResult // nil: send
}

// confirm decides a call that needs confirmation: the person through
// elicitation when the client can ask one (in a multi-round-trip request
// on protocol 2026-07-28, a server-to-client request before it), else the
// model's confirm argument, as the server's Elicitation setting allows.
// Nothing is sent unless it returns a nil answer.
func (s *Server) confirm(ctx context.Context, req mcp.CallToolRequest, e *inventory.Entry, prepared *wire.Request, call policy.Call, ctl control) confirmed {
	mode := s.opts.Elicitation
	if mode != ElicitOff {
		if answer := server.ElicitationResponse(req.Params.InputResponses, confirmInput); answer != nil {
			return s.answered(e, prepared, req.Params.RequestState, answer)
		}
		switch ask := s.elicitationPath(ctx); ask {
		case askInRoundTrip:
			return confirmed{answer: s.askInRoundTrip(ctx, e, prepared, call)}
		case askByRequest:
			return s.askByRequest(ctx, e, prepared, call)
		}
		if mode == ElicitRequire {
			msg := fmt.Sprintf("Not sent: %s needs a person's confirmation, and this client cannot ask one (it does not support MCP elicitation). "+
				"Use a client that supports elicitation, or have the server's operator set %s=prefer to accept confirm=true.", e.Name, EnvElicitation)
			return confirmed{decision: audit.Refused, reason: "needs a person's confirmation; the client cannot ask one", answer: s.errorResult(msg)}
		}
	}
	if ctl.confirm {
		return confirmed{decision: audit.ConfirmedByArgument}
	}
	return confirmed{decision: audit.Refused, reason: "needs confirm=true",
		answer: s.errorResult(confirmationNeeded(s.plan(ctx, e, prepared), call))}
}

// EnvElicitation names the setting in messages.
const EnvElicitation = inventory.EnvElicitation

type askPath int

const (
	askNone askPath = iota
	askInRoundTrip
	askByRequest
)

// elicitationPath is how this request can reach a person: the client
// declared form elicitation, and either speaks multi-round-trip requests
// or has a session that carries server-to-client requests.
func (s *Server) elicitationPath(ctx context.Context) askPath {
	if info := server.RequestProtocolInfoFromContext(ctx); info != nil && info.Modern {
		if info.ClientCapabilities != nil && formElicitation(info.ClientCapabilities.Elicitation) {
			return askInRoundTrip
		}
		return askNone
	}
	session := server.ClientSessionFromContext(ctx)
	withInfo, ok := session.(server.SessionWithClientInfo)
	if !ok || !formElicitation(withInfo.GetClientCapabilities().Elicitation) {
		return askNone
	}
	if _, ok := session.(server.SessionWithElicitation); !ok {
		return askNone
	}
	return askByRequest
}

// formElicitation: a declared capability without modes means form mode
// (the modes were added later).
func formElicitation(c *mcp.ElicitationCapability) bool {
	return c != nil && (c.Form != nil || c.URL == nil)
}

// question is what the person reads.
func (s *Server) question(ctx context.Context, e *inventory.Entry, prepared *wire.Request, call policy.Call) mcp.ElicitationParams {
	msg := fmt.Sprintf("Allow %s on %s?\n", e.Name, e.Op.Product.Title())
	if call.Reason != "" {
		msg += "Why this needs you: " + call.Reason + "\n"
	}
	msg += "\n" + s.plan(ctx, e, prepared) + "\nAccept to send it, decline to cancel."
	return mcp.ElicitationParams{Mode: mcp.ElicitationModeForm, Message: msg,
		RequestedSchema: map[string]any{"type": "object", "properties": map[string]any{}}}
}

// askInRoundTrip returns the question as an input request; the client
// asks the person and calls again with the answer and the state, which
// binds the answer to this exact request.
func (s *Server) askInRoundTrip(ctx context.Context, e *inventory.Entry, prepared *wire.Request, call policy.Call) *mcp.CallToolResult {
	state := s.confirmations.issue(e.Name, prepared, time.Now().Add(s.opts.ElicitationTimeout))
	return server.NewInputRequestBuilder(state).Elicit(confirmInput, s.question(ctx, e, prepared, call)).ToolResult()
}

// askByRequest asks the person with a server-to-client request and waits
// for the answer, at most the elicitation timeout.
func (s *Server) askByRequest(ctx context.Context, e *inventory.Entry, prepared *wire.Request, call policy.Call) confirmed {
	ctx, cancel := context.WithTimeout(ctx, s.opts.ElicitationTimeout)
	defer cancel()
	res, err := s.mcp.RequestElicitation(ctx, mcp.ElicitationRequest{
		Request: mcp.Request{Method: string(mcp.MethodElicitationCreate)},
		Params:  s.question(ctx, e, prepared, call),
	})
	switch {
	case err == nil:
		return verdict(e, res.Action)
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return s.timedOut(e)
	}
	return confirmed{decision: audit.Refused, reason: "the confirmation could not be asked: " + clip(err.Error(), 200),
		answer: s.errorResult(fmt.Sprintf("Not sent: the client could not ask for the confirmation of %s (%s).", e.Name, clip(err.Error(), 200)))}
}

// timedOut: the person did not answer in time.
func (s *Server) timedOut(e *inventory.Entry) confirmed {
	return confirmed{decision: audit.TimedOut, answer: s.errorResult(fmt.Sprintf(
		"Not sent: nobody answered the confirmation of %s within %s.", e.Name, s.opts.ElicitationTimeout))}
}

// answered takes the person's answer from a multi-round-trip retry, after
// checking that it answers this very request and is fresh.
func (s *Server) answered(e *inventory.Entry, prepared *wire.Request, state string, res *mcp.ElicitationResult) confirmed {
	err := s.confirmations.redeem(state, e.Name, prepared, time.Now())
	if errors.Is(err, errStateExpired) {
		return s.timedOut(e)
	}
	if err != nil {
		return confirmed{decision: audit.Refused, reason: "confirmation not valid: " + err.Error(),
			answer: s.errorResult(fmt.Sprintf("Not sent: the confirmation does not count for this call of %s: %v. Call again without it to be asked anew.", e.Name, err))}
	}
	return verdict(e, res.Action)
}

// verdict turns the person's action into the decision.
func verdict(e *inventory.Entry, action mcp.ElicitationResponseAction) confirmed {
	if action == mcp.ElicitationResponseActionAccept {
		return confirmed{decision: audit.ConfirmedByElicitation}
	}
	return confirmed{decision: audit.Declined, answer: &mcp.CallToolResult{IsError: true, Content: []mcp.Content{mcp.TextContent{Type: "text",
		Text: fmt.Sprintf("Not sent: the person declined %s (%s). Do not retry it unless they ask you to.", e.Name, action)}}}}
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// confirmations issues and redeems the states of multi-round-trip
// confirmations: an HMAC over a nonce, an expiry, the tool and the exact
// request, so an answer counts once, in time, and only for the request
// the person saw. The key lives in this process only.
type confirmations struct {
	key  [32]byte
	mu   sync.Mutex
	used map[string]time.Time // nonce → expiry, until it passes
}

func newConfirmations() *confirmations {
	c := &confirmations{used: map[string]time.Time{}}
	if _, err := rand.Read(c.key[:]); err != nil {
		panic("mcpserver: no randomness for confirmation keys: " + err.Error())
	}
	return c
}

const nonceBytes = 16

func (c *confirmations) issue(tool string, req *wire.Request, expires time.Time) string {
	buf := make([]byte, nonceBytes+8, nonceBytes+8+sha256.Size)
	if _, err := rand.Read(buf[:nonceBytes]); err != nil {
		panic("mcpserver: no randomness for a confirmation: " + err.Error())
	}
	binary.BigEndian.PutUint64(buf[nonceBytes:], uint64(expires.UnixMilli()))
	buf = append(buf, c.mac(buf, tool, req)...)
	return base64.RawURLEncoding.EncodeToString(buf)
}

func (c *confirmations) mac(head []byte, tool string, req *wire.Request) []byte {
	h := hmac.New(sha256.New, c.key[:])
	h.Write(head)
	fmt.Fprintf(h, "\x00%s\x00%s\x00%s\x00%s\x00%s", tool, req.Method, req.Path, req.Query.Encode(), req.Form.Encode())
	return h.Sum(nil)
}

var (
	errStateInvalid = errors.New("it was not issued for this request")
	errStateExpired = errors.New("it has expired")
	errStateUsed    = errors.New("it was already used")
)

func (c *confirmations) redeem(state, tool string, req *wire.Request, now time.Time) error {
	raw, err := base64.RawURLEncoding.DecodeString(state)
	if err != nil || len(raw) != nonceBytes+8+sha256.Size {
		return errStateInvalid
	}
	head, sum := raw[:nonceBytes+8], raw[nonceBytes+8:]
	if !hmac.Equal(sum, c.mac(head, tool, req)) {
		return errStateInvalid
	}
	expires := time.UnixMilli(int64(binary.BigEndian.Uint64(head[nonceBytes:])))
	if now.After(expires) {
		return errStateExpired
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for n, exp := range c.used {
		if now.After(exp) {
			delete(c.used, n)
		}
	}
	nonce := string(head[:nonceBytes])
	if _, seen := c.used[nonce]; seen {
		return errStateUsed
	}
	c.used[nonce] = expires
	return nil
}
