package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// proxmox_describe answers in layers, so the common case costs little
// context: by default a compact card (what the call does, its
// privileges, the required and the most used optional parameters in one
// line each, an example, the names of the rest); "params" adds chosen
// parameters' full schemas; "full" gives everything, within the result
// cap.

// description is what proxmox_describe says about one operation; the
// layer decides which members are filled.
type description struct {
	Tool            string `json:"tool"`
	Product         string `json:"product"`
	Call            string `json:"call"`
	Summary         string `json:"summary"`
	Allowed         bool   `json:"allowed"`
	NotAllowed      string `json:"not_allowed,omitempty"`
	CallWith        string `json:"call_with,omitempty"`
	Tier            string `json:"tier"`
	Category        string `json:"category"`
	Destructive     bool   `json:"destructive"`
	ConfirmRequired bool   `json:"confirm_required"`
	Permissions     string `json:"permissions"`
	// AllowedOn: the credentials may call it on these objects only.
	AllowedOn string `json:"allowed_on,omitempty"`
	// Targets says, when the product has several, what each allows.
	Targets []targetNote `json:"targets,omitempty"`

	// The compact layer: one line per parameter.
	Required map[string]string `json:"required,omitempty"`
	Optional map[string]string `json:"optional,omitempty"`
	More     string            `json:"more,omitempty"`
	Controls []string          `json:"controls,omitempty"`
	Returns  string            `json:"returns,omitempty"`

	// The params and full layers: parameters in full.
	Params   map[string]*paramDetail `json:"params,omitempty"`
	Unknown  []string                `json:"unknown_params,omitempty"`
	NotShown []string                `json:"not_shown,omitempty"`
	TooLarge []string                `json:"too_large,omitempty"`

	// The full layer only.
	Description     string       `json:"description,omitempty"`
	PermissionsNote string       `json:"permissions_note,omitempty"`
	ReturnsFull     *returnsInfo `json:"returns_schema,omitempty"`

	Example map[string]any `json:"example_arguments,omitempty"`
	Notes   []string       `json:"notes,omitempty"`
}

// targetNote is one target's answer for an operation.
type targetNote struct {
	Target     string `json:"target"`
	Allowed    bool   `json:"allowed"`
	NotAllowed string `json:"not_allowed,omitempty"`
	AllowedOn  string `json:"allowed_on,omitempty"`
}

type returnsInfo struct {
	Type        string          `json:"type,omitempty"`
	Description string          `json:"description,omitempty"`
	Schema      json.RawMessage `json:"schema,omitempty"`
}

// layer is what a describe call asked for.
type layer struct {
	params []string
	full   bool
	budget int // bytes one operation's description may take
}

// resultMargin is what a describe answer keeps free under the result cap
// for the envelope around the descriptions.
const resultMargin = 512

func (s *Server) handleDescribe(ctx context.Context, _ mcp.CallToolRequest, in inventory.Parsed) *mcp.CallToolResult {
	tools := in.List("tools")
	l := layer{params: in.List("params"), full: in.Bool("full"), budget: (s.opts.MaxResultBytes - resultMargin) / max(len(tools), 1)}
	var out []any
	for _, n := range tools {
		d, err := s.describe(ctx, n, l)
		if err != nil {
			out = append(out, map[string]string{"tool": n, "error": err.Error()})
			continue
		}
		out = append(out, d)
	}
	return s.structured(map[string]any{"operations": out})
}

// describe covers allowed operations and, with the reason, operations the
// tier or categories forbid, so a caller learns what setting would help.
func (s *Server) describe(ctx context.Context, name string, l layer) (*description, error) {
	e, err := s.view(ctx).Lookup(name)
	if e == nil {
		return nil, err
	}
	d := header(e)
	d.Allowed = err == nil
	if err != nil {
		d.NotAllowed = err.Error()
	} else {
		d.CallWith = s.inv.CallWith(e)
	}
	d.AllowedOn = e.Where
	if s.inv.MultiTarget(e.Op.Product) {
		d.Targets, d.AllowedOn = s.targetNotes(ctx, e), ""
	}
	switch {
	case l.full:
		fullLayer(d, e, l.budget)
	case len(l.params) > 0:
		paramsLayer(d, e.Op, l.params, l.budget)
	default:
		compactLayer(d, e)
	}
	return d, nil
}

// targetNotes says what each target of e's product decides.
func (s *Server) targetNotes(ctx context.Context, e *inventory.Entry) []targetNote {
	var out []targetNote
	for _, name := range s.inv.Targets(e.Op.Product) {
		te, err := s.view(ctx).LookupAt(name, e.Name)
		n := targetNote{Target: name, Allowed: err == nil}
		if err != nil {
			n.NotAllowed = err.Error()
		} else {
			n.AllowedOn = te.Where
		}
		out = append(out, n)
	}
	return out
}

// header is what every layer says.
func header(e *inventory.Entry) *description {
	op := e.Op
	return &description{
		Tool: e.Name, Product: op.Product.Title(), Call: op.Method + " " + op.Path, Summary: op.Summary,
		Tier: e.Decision.Tier.String(), Category: e.Decision.Category,
		Destructive: e.Decision.Destructive, ConfirmRequired: e.Decision.Confirm,
		Permissions: permissionsLine(op.Permissions),
	}
}

// compactLayer: one line per required parameter and per shown optional
// one, the names of the rest, the result in a line, an example.
func compactLayer(d *description, e *inventory.Entry) {
	op := e.Op
	shown, rest := chooseOptional(op)
	props := inputProperties(op)
	d.Required, d.Optional = map[string]string{}, map[string]string{}
	for i := range op.Params {
		if p := &op.Params[i]; p.Required && resolvedText(op, p.Name) == "" {
			d.Required[p.Name] = paramLine(op, props, p)
		}
	}
	for _, p := range shown {
		d.Optional[p.Name] = paramLine(op, props, p)
	}
	if len(rest) > 0 {
		d.More = fmt.Sprintf("%d more: %s; ask with params (their names) or full", len(rest), strings.Join(paramNames(rest), ", "))
	}
	d.Controls = op.Controls()
	d.Returns = returnsLine(op)
	d.Example = exampleArguments(op)
	d.Notes = notes(e, false)
}

func notes(e *inventory.Entry, indexed bool) []string {
	var out []string
	if e.Decision.Note != "" {
		out = append(out, e.Decision.Note)
	}
	if e.Decision.Reason != "" {
		out = append(out, "Policy: "+e.Decision.Reason)
	}
	if e.Op.StartsTask {
		out = append(out, "May start a task and return its UPID: pass wait=<seconds> to wait for it, or follow it with proxmox_task.")
	}
	if e.Op.Transfer != 0 && !e.Op.Transfer.Upload() {
		out = append(out, "Returns a file rather than JSON.")
	}
	if indexed {
		for _, p := range e.Op.Params {
			if p.Indexed {
				out = append(out, indexedNote(p.Name, p.WireName(), p.MaxIndex))
			}
		}
	}
	if e.Op.Flags.Unstable {
		out = append(out, "Proxmox marks this API as unstable: it may change between releases.")
	}
	return out
}

func indexedNote(name, wire string, maxIndex int) string {
	upTo := ""
	if maxIndex >= 0 {
		upTo = fmt.Sprintf(", up to %s%d", wire, maxIndex)
	}
	return fmt.Sprintf("%s is indexed: give {\"0\": …, \"1\": …} (sent as %s0, %s1, …%s) or %s0 directly.", name, wire, wire, upTo, wire)
}

// exampleArguments are the operation's required arguments, with the file
// an upload needs; a guest's node is left out, as the server finds it.
func exampleArguments(op *catalog.Operation) map[string]any {
	args := example.Arguments(op)
	if op.Guest != "" {
		delete(args, "node")
	}
	if op.Transfer.Upload() {
		args[argContent] = "aGVsbG8K" // "hello\n"
	}
	return args
}

// permissionsLine is the privileges in one line, with the start of
// Proxmox's note when it has one.
func permissionsLine(p catalog.Permissions) string {
	line := p.Text
	if p.Description != "" {
		line = strings.TrimSpace(line + "; " + shorten(firstSentence(p.Description), maxNoteLine))
	}
	return strings.TrimPrefix(line, "; ")
}

// returnsLine is the result's type and the start of its description.
func returnsLine(op *catalog.Operation) string {
	if op.StartsTask {
		return "string: the UPID of the task it starts"
	}
	line := op.ReturnsType
	if d := firstSentence(op.ReturnsDescription); d != "" {
		line = strings.TrimPrefix(line+": "+shorten(d, maxNoteLine), ": ")
	}
	return line
}
