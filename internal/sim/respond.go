package sim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// apiError is a failed call as Proxmox reports it: a status, a message
// (PVE: the reason phrase) and optional per-parameter messages.
type apiError struct {
	Status  int
	Message string
	Errors  map[string]string
	// Order lists Errors' keys in the order they were found (PBS prints
	// them in that order).
	Order []string
	// NoBody: PVE answers authentication failures with an empty body.
	NoBody bool
}

func (e *apiError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Message) }

func errorf(status int, format string, a ...any) *apiError {
	return &apiError{Status: status, Message: fmt.Sprintf(format, a...)}
}

// internalError is Proxmox's answer to a handler that died: 500 with the
// die message.
func internalError(format string, a ...any) *apiError {
	return errorf(http.StatusInternalServerError, format, a...)
}

func (e *apiError) add(param, msg string) {
	if e.Errors == nil {
		e.Errors = map[string]string{}
	}
	if _, dup := e.Errors[param]; dup {
		return
	}
	e.Errors[param] = msg
	e.Order = append(e.Order, param)
}

// responder writes answers in one product's dialect.
type responder struct {
	w       http.ResponseWriter
	r       *http.Request
	product catalog.Product
	status  int // what was written, for the request log
	// record logs the request with its status just before the answer
	// goes out.
	record func(status int)
}

func (rs *responder) logStatus(status int) {
	rs.status = status
	if rs.record != nil {
		rs.record(status)
	}
}

const jsonContentType = "application/json;charset=UTF-8"

// data writes a success envelope {"data": …} plus extra members such as
// "total".
func (rs *responder) data(v any, extra map[string]any) {
	env := map[string]any{"data": v}
	for k, x := range extra {
		env[k] = x
	}
	body, err := json.Marshal(env)
	if err != nil {
		rs.fail(internalError("unable to encode result: %v", err))
		return
	}
	h := rs.w.Header()
	h.Set("Content-Type", jsonContentType)
	rs.serverHeaders(h)
	rs.logStatus(http.StatusOK)
	rs.w.WriteHeader(http.StatusOK)
	rs.w.Write(body)
}

func (rs *responder) serverHeaders(h http.Header) {
	if rs.product == catalog.PVE {
		h.Set("Server", "pve-api-daemon/3.0")
		h.Set("Cache-Control", "max-age=0")
		h.Set("Pragma", "no-cache")
	}
}

// fail writes an error in the product's dialect.
func (rs *responder) fail(e *apiError) {
	rs.logStatus(e.Status)
	if rs.product == catalog.PBS {
		rs.failPBS(e)
		return
	}
	rs.failPVE(e)
}

// failPVE: the message is the reason phrase; the body is the formatter's
// {"data": null, "message": …, "errors": {…}} (empty for auth failures).
func (rs *responder) failPVE(e *apiError) {
	h := http.Header{}
	rs.serverHeaders(h)
	var body []byte
	if !e.NoBody {
		env := map[string]any{"data": nil, "message": withNewline(e.Message)}
		if len(e.Errors) > 0 {
			env["errors"] = e.Errors
		}
		body, _ = json.Marshal(env)
		h.Set("Content-Type", jsonContentType)
	}
	writeWithReason(rs.w, rs.r, e.Status, e.Message, h, body)
}

// withNewline mirrors Perl's die messages, which end in "\n".
func withNewline(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}

// failPBS: the standard reason phrase and the message as the plain body
// (with a JSON content type, as proxmox-rest-server sends it).
func (rs *responder) failPBS(e *apiError) {
	msg := e.Message
	if len(e.Errors) > 0 {
		msg = pbsParameterMessage(e)
	}
	drainBody(rs.r)
	h := rs.w.Header()
	h.Set("Content-Type", jsonContentType)
	rs.w.WriteHeader(e.Status)
	rs.w.Write([]byte(msg))
}

// pbsParameterMessage renders a ParameterError as proxmox-schema does.
func pbsParameterMessage(e *apiError) string {
	order := e.Order
	if len(order) != len(e.Errors) {
		order = order[:0]
		for k := range e.Errors {
			order = append(order, k)
		}
		sort.Strings(order)
	}
	if len(order) == 1 {
		return fmt.Sprintf("parameter verification failed - '%s': %s", order[0], e.Errors[order[0]])
	}
	var b strings.Builder
	b.WriteString("parameter verification failed:\n")
	for _, k := range order {
		fmt.Fprintf(&b, "- '%s': %s\n", k, e.Errors[k])
	}
	return strings.TrimSpace(b.String())
}
