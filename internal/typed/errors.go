package typed

import (
	"errors"
	"maps"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Problem is one thing wrong with a call's arguments. The generated
// packages convert it to their own Problem type, which has the same
// fields.
type Problem struct {
	// Param is the argument as its params field's JSON tag names it
	// ("vmid", "net" or "net0"); empty for a problem of the whole call.
	Param string
	// Key is the property-string key the problem is about, if any.
	Key string
	// Message is the whole sentence, Param and Key included.
	Message string
}

// refusal is a call whose arguments were refused: nothing was sent.
type refusal struct {
	op       *catalog.Operation
	problems []Problem
	cause    error
}

func refused(op *catalog.Operation, err error) error {
	var we *wire.Error
	if !errors.As(err, &we) {
		return err
	}
	r := &refusal{op: op, cause: err}
	for _, p := range we.Problems {
		r.problems = append(r.problems, Problem{Param: p.Param, Key: p.Key, Message: p.String()})
	}
	return r
}

func (r *refusal) Error() string {
	msg := ""
	for i, p := range r.problems {
		if i > 0 {
			msg += "; "
		}
		msg += p.Message
	}
	return r.op.Method + " " + r.op.Path + ": " + msg + " (nothing was sent)"
}

// Refusal reports whether err refused a call's arguments before anything
// was sent, with the operation ("GET /nodes/{node}/qemu") and the problems.
func Refusal(err error) (operation string, problems []Problem, ok bool) {
	var r *refusal
	if !errors.As(err, &r) {
		return "", nil, false
	}
	return r.op.Method + " " + r.op.Path, append([]Problem(nil), r.problems...), true
}

// Failure is a call that was sent and failed: Proxmox answered with an
// error status, the answer was unusable, or none arrived (Status 0).
type Failure struct {
	Status       int
	Message      string
	Errors       map[string]string
	Method, Path string
	Hint         string
}

// APIFailure reports whether err is such a failure, and its fields.
func APIFailure(err error) (Failure, bool) {
	var e *proxmox.APIError
	if !errors.As(err, &e) {
		return Failure{}, false
	}
	return Failure{Status: e.Status, Message: e.Message, Errors: maps.Clone(e.Errors), Method: e.Method, Path: e.Path, Hint: e.Hint}, true
}
