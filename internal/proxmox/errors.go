package proxmox

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// APIError is a failed call: Proxmox answered with an error status, the
// answer was unusable, or no answer arrived (Status 0).
type APIError struct {
	Status int
	// Message is Proxmox's own message, taken from the HTTP reason phrase
	// (where Proxmox puts it) or the body, or what went wrong in transport.
	Message string
	// Errors are Proxmox's per-parameter messages.
	Errors       map[string]string
	Method, Path string
	// Hint says what to do about it, naming the variable to change.
	Hint string
	// Unreachable: no answer came because the node could not be reached
	// (refused, reset, no answer in time): another node of the cluster may
	// answer.
	Unreachable bool

	// cause is kept only for context errors, so errors.Is(err,
	// context.Canceled) works; other causes may carry secrets.
	cause error
}

func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: ", e.Method, e.Path)
	if e.Status != 0 {
		fmt.Fprintf(&b, "%d ", e.Status)
	}
	b.WriteString(e.Message)
	if len(e.Errors) > 0 {
		b.WriteString(" (")
		for i, k := range slices.Sorted(maps.Keys(e.Errors)) {
			if i > 0 {
				b.WriteString("; ")
			}
			fmt.Fprintf(&b, "%s: %s", k, e.Errors[k])
		}
		b.WriteString(")")
	}
	if e.Hint != "" {
		b.WriteString(". ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap exposes a context error (cancellation), nothing else.
func (e *APIError) Unwrap() error { return e.cause }

// errorBody is the JSON of a Proxmox error answer. PVE sends {"data": null,
// "errors": {"param": "message"}}; some answers carry a "message" too.
type errorBody struct {
	Errors  map[string]json.RawMessage `json:"errors"`
	Message string                     `json:"message"`
}

// statusError builds the error for a non-2xx answer.
func statusError(status int, statusLine string, body []byte) *APIError {
	e := &APIError{Status: status}
	reason := strings.TrimSpace(strings.TrimPrefix(statusLine, strconv.Itoa(status)))
	var eb errorBody
	if json.Unmarshal(body, &eb) == nil {
		e.Errors = flattenErrors(eb.Errors)
	} else {
		// PBS sends its message as the plain-text body.
		eb.Message = firstLines(string(body), 300)
	}
	e.Message = reason
	if (reason == "" || reason == http.StatusText(status)) && eb.Message != "" {
		e.Message = eb.Message
	}
	if e.Message == "" {
		e.Message = http.StatusText(status)
	}
	return e
}

// flattenErrors renders each per-parameter message as text; Proxmox
// sometimes nests them (a property string's keys).
func flattenErrors(raw map[string]json.RawMessage) map[string]string {
	if len(raw) == 0 {
		return nil
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[k] = strings.TrimSpace(s)
		} else {
			out[k] = string(v)
		}
	}
	return out
}

func firstLines(s string, max int) string {
	s = strings.TrimSpace(s)
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > max {
		s = s[:max] + "…"
	}
	return s
}

// hinter writes hints for one client's configuration.
type hinter struct {
	cfg     Config
	baseURL string
}

func (h hinter) env(s string) string { return h.cfg.env(s) }

// statusHint says what to do about an error status.
func (h hinter) statusHint(status int, op *catalog.Operation, mode authMode) string {
	switch status {
	case http.StatusUnauthorized:
		return h.unauthorized(mode)
	case http.StatusForbidden:
		return h.forbidden(op)
	case http.StatusNotImplemented:
		return fmt.Sprintf("This %s server does not implement the operation; its release may be older than the one this catalog was generated from (check the node's version, or upgrade it)", h.cfg.Product.Title())
	case 595, 596:
		return fmt.Sprintf("The node at %s (%s) could not reach the node this call is for: check that node is online and the cluster is quorate", h.baseURL, h.env("BASE_URL"))
	case http.StatusBadGateway, http.StatusServiceUnavailable:
		return "The API daemon is restarting or overloaded; try again shortly"
	}
	return ""
}

func (h hinter) unauthorized(mode authMode) string {
	switch mode {
	case authTicket:
		return fmt.Sprintf("The login was rejected: check %s and %s (the realm after @ too)", h.env("USERNAME"), h.env("PASSWORD"))
	case authRequestToken:
		return "The API token sent with this request was rejected: check its ID and secret"
	}
	return fmt.Sprintf("The API token was rejected: check %s and %s, and that the token exists and has not expired", h.env("TOKEN_ID"), h.env("TOKEN_SECRET"))
}

func (h hinter) forbidden(op *catalog.Operation) string {
	need := "a privilege this operation requires"
	if op != nil && op.Permissions.Text != "" {
		need = op.Permissions.Text
	}
	return fmt.Sprintf("Permission denied: this operation needs %s; grant it to the user (and to the API token itself when it has privilege separation)", need)
}
