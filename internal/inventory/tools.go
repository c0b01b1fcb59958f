package inventory

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// The tools this server declares itself.
const (
	ToolSearch    = "proxmox_search"
	ToolDescribe  = "proxmox_describe"
	ToolCallRead  = "proxmox_call_read"
	ToolCallWrite = "proxmox_call_write"
	ToolTask      = "proxmox_task"
)

// Bounds of the declared tools' arguments: far above any real use, far
// below what could cost the server memory or time.
const (
	MaxQuery        = 500  // a search request, in bytes
	MaxToolName     = 64   // tool names are at most 48 characters
	MaxDescribe     = 10   // operations per describe call
	MaxSearchLimit  = 50   // results per search
	MaxUPID         = 512  // UPIDs are well under 200 characters
	MaxLogLimit     = 5000 // log lines per task log read
	DefaultLogLimit = 50
	DefaultTaskWait = 60 // seconds, when action=wait gives none
)

// Kind says what a listed tool is.
type Kind int

// Tool kinds.
const (
	FrontDoor Kind = iota
	TaskTool
	OperationTool
)

// Annotations are the MCP tool annotations, set explicitly on every tool:
// clients use them to decide what to auto-approve.
type Annotations struct {
	ReadOnly, Destructive, Idempotent, OpenWorld bool
}

// Tool is one tool as tools/list shows it.
type Tool struct {
	Name, Title, Description string
	Annotations              Annotations
	Schema                   json.RawMessage
	Kind                     Kind
	// Entry is the operation of an OperationTool.
	Entry *Entry
	// Args define a declared tool's arguments (its schema and parser).
	Args Args
}

// Tools are everything tools/list shows: the front door (when on), the
// task tool, then the operation tools by name. The list never changes.
func (inv *Inventory) Tools() []Tool { return inv.tools }

// Tool returns a listed tool by name.
func (inv *Inventory) Tool(name string) (Tool, bool) {
	for _, t := range inv.tools {
		if t.Name == name {
			return t, true
		}
	}
	return Tool{}, false
}

func (inv *Inventory) buildTools() []Tool {
	var out []Tool
	if inv.opts.FrontDoor {
		out = append(out, inv.searchTool(), inv.describeTool(), inv.callTool(false), inv.callTool(true))
	}
	out = append(out, inv.taskTool())
	for _, e := range inv.registered {
		out = append(out, inv.operationTool(e))
	}
	return out
}

func declared(name, title, desc string, kind Kind, readOnly bool, args Args) Tool {
	return Tool{
		Name: name, Title: title, Description: desc, Kind: kind, Args: args, Schema: args.Schema(),
		Annotations: Annotations{ReadOnly: readOnly, Destructive: !readOnly, Idempotent: readOnly},
	}
}

func (inv *Inventory) searchTool() Tool {
	args := Args{
		{Name: "query", Kind: String, MaxLength: MaxQuery,
			Description: `What to do in plain words ("reboot vm 101") or an API path; omit it to list a category.`},
		{Name: "category", Kind: String, MaxLength: 40, Description: "e.g. qemu, lxc, storage, backup, datastore"},
		{Name: "limit", Kind: Integer, Min: 1, Max: MaxSearchLimit, Default: 10},
	}
	if names := inv.ProductNames(); len(names) > 1 {
		args = append(args, Arg{Name: "product", Kind: String, MaxLength: 3, Enum: names})
	}
	return declared(ToolSearch, "Search Proxmox operations",
		"Find any Proxmox VE (pve) or Backup Server (pbs) operation by what it does, or list a category's operations (category without query); gives tool names for proxmox_describe and proxmox_call_*.",
		FrontDoor, true, args)
}

// describeTool answers in layers: compact by default, chosen parameters
// in full with params, everything with full. The descriptions stay short:
// this tool is listed in every default session.
func (inv *Inventory) describeTool() Tool {
	const maxParams, maxParamName = 20, 64 // qemu's longest parameter name is 26 characters
	return declared(ToolDescribe, "Describe Proxmox operations",
		"Parameters, privileges and an example of operations found with proxmox_search; compact unless params or full.", FrontDoor, true,
		Args{
			{Name: "tools", Kind: StringList, Required: true, MinItems: 1, MaxItems: MaxDescribe, MaxLength: MaxToolName},
			{Name: "params", Kind: StringList, MaxItems: maxParams, MaxLength: maxParamName, Description: "these parameters in full"},
			{Name: "full", Kind: Boolean, Description: "everything"},
		})
}

func (inv *Inventory) callTool(write bool) Tool {
	args := Args{
		{Name: "tool", Kind: String, Required: true, MaxLength: MaxToolName, Description: "a tool name from proxmox_search"},
		{Name: "arguments", Kind: Object, Description: "the operation's arguments"},
	}
	args = append(args, inv.targetArgs()...)
	if !write {
		return declared(ToolCallRead, "Call a read-only Proxmox operation",
			"Run a read-only operation found with proxmox_search.", FrontDoor, true, args)
	}
	args = append(args,
		Arg{Name: "confirm", Kind: Boolean, Description: "true: run it if it needs confirmation"},
		Arg{Name: "dry_run", Kind: Boolean, Description: "true: only show the plan"},
		Arg{Name: "wait", Kind: Integer, Min: 0, Max: inv.maxWait(), Description: "seconds to wait for a task the call starts"})
	return declared(ToolCallWrite, "Call a Proxmox write operation",
		"Run any other operation found with proxmox_search (power, create, change, delete…).",
		FrontDoor, false, args)
}

func (inv *Inventory) taskTool() Tool {
	maxWait := inv.maxWait()
	args := Args{
		{Name: "upid", Kind: String, Required: true, MaxLength: MaxUPID, Description: "the task's UPID (UPID:node:…:)"},
		{Name: "action", Kind: String, MaxLength: 6, Enum: []string{"status", "log", "wait"}, Default: "status"},
		{Name: "start", Kind: Integer, Min: 0, Max: 1 << 30, Description: "log: first line"},
		{Name: "limit", Kind: Integer, Min: 1, Max: MaxLogLimit, Default: DefaultLogLimit, Description: "log: lines"},
		{Name: "wait", Kind: Integer, Min: 1, Max: maxWait, Default: min(DefaultTaskWait, maxWait), Description: "wait: seconds"},
	}
	args = append(args, inv.targetArgs()...)
	return declared(ToolTask, "Follow a Proxmox task",
		"Status, log or end (waited for, with progress) of a PVE or PBS task, by UPID.", TaskTool, true, args)
}

// maxWait is the longest wait in whole seconds (at least 1).
func (inv *Inventory) maxWait() int { return max(int(inv.opts.MaxTaskWait.Seconds()), 1) }

// MaxWait is the longest wait a call may take.
func (inv *Inventory) MaxWait() int { return inv.maxWait() }

// operationTool lists one operation with the schema the generator wrote
// for it (its parameters and the control arguments it takes), and the
// target argument when its product has several targets.
func (inv *Inventory) operationTool(e *Entry) Tool {
	return Tool{
		Name: e.Name, Title: title(e.Op), Description: description(e), Kind: OperationTool, Entry: e,
		Annotations: OperationAnnotations(e.Op, e.Decision), Schema: inv.operationSchema(e.Op),
	}
}

// OperationAnnotations: only the read-only tier is marked read-only (a GET
// that reads guest files or opens a console is not), destructive follows
// the policy.
func OperationAnnotations(op *catalog.Operation, d policy.Decision) Annotations {
	readOnly := d.Tier == policy.ReadOnly
	return Annotations{
		ReadOnly:    readOnly,
		Destructive: !readOnly && d.MayDestroy(),
		Idempotent:  op.Method == "GET" || op.Method == "PUT" || op.Method == "DELETE",
	}
}

// description is short on purpose: the first sentence, the call it makes
// and what the caller must know before calling. Privileges, the full
// description and the result are for proxmox_describe.
func description(e *Entry) string {
	op := e.Op
	var b strings.Builder
	b.WriteString(op.Summary)
	fmt.Fprintf(&b, " [%s %s]", op.Method, op.Path)
	b.WriteString(confirmNote(e.Decision))
	if op.StartsTask {
		b.WriteString(" May start a task: pass wait=<seconds> to wait for it.")
	}
	if e.Decision.Note != "" {
		b.WriteString(" Note: " + e.Decision.Note + ".")
	}
	return b.String()
}

// confirmNote says when a call needs confirmation: always, or with the
// arguments the policy names.
func confirmNote(d policy.Decision) string {
	if d.Confirm || d.Destructive {
		return " Needs confirmation (confirm=true)."
	}
	var when []string
	for _, c := range append(append([]policy.Condition(nil), d.DestructiveWith...), d.ConfirmWith...) {
		if s := c.String(); !slices.Contains(when, s) {
			when = append(when, s)
		}
	}
	if len(when) == 0 {
		return ""
	}
	return " Needs confirmation (confirm=true) with " + strings.Join(when, " or ") + "."
}

// maxTitle bounds a title: it is a label for people, not a description.
const maxTitle = 40

// title is the summary without its final period, cut at a word boundary.
func title(op *catalog.Operation) string {
	s := strings.TrimSuffix(op.Summary, ".")
	if s == "" {
		return op.Method + " " + op.Path
	}
	if len(s) > maxTitle {
		cut := strings.LastIndex(s[:maxTitle], " ")
		if cut < maxTitle/2 {
			cut = maxTitle
		}
		s = s[:cut] + "…"
	}
	return s
}

// Instructions teach the workflow with the tools that are registered.
func (inv *Inventory) Instructions() string {
	var b strings.Builder
	b.WriteString(inv.productLine())
	b.WriteString(inv.targetLine())
	if inv.opts.FrontDoor {
		b.WriteString("Only some operations are listed as tools; every operation this server allows is reachable:\n" +
			"1. proxmox_search finds operations by what you want to do (\"reboot vm 101\", \"free space on storage\").\n" +
			"2. proxmox_describe gives an operation's parameters, permissions and an example.\n" +
			"3. proxmox_call_read runs read-only operations; proxmox_call_write runs the others.\n")
	} else {
		b.WriteString("Every operation this server allows is listed as a tool of its own.\n")
	}
	b.WriteString("Operations that need confirmation say so; pass confirm=true. Calls that start a task return its UPID; " +
		"pass wait=<seconds> to wait for it, or follow it with proxmox_task.")
	if hint := inv.findYourWay(); hint != "" {
		b.WriteString(" " + hint)
	}
	return b.String()
}

// targetArgs is the target argument of the declared tools, when some
// product has several targets.
func (inv *Inventory) targetArgs() Args {
	var names []string
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		if inv.MultiTarget(p) {
			names = append(names, inv.Targets(p)...)
		}
	}
	if len(names) == 0 {
		return nil
	}
	return Args{{Name: ArgTarget, Kind: String, MaxLength: MaxTargetName, Enum: names, Description: "which cluster or backup server (default: the product's first)"}}
}

// targetLine lists the targets in the instructions.
func (inv *Inventory) targetLine() string {
	var parts []string
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		if names := inv.Targets(p); inv.MultiTarget(p) {
			parts = append(parts, fmt.Sprintf("%s: %s (default %s)", p.Title(), strings.Join(names, ", "), names[0]))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Several targets are configured; pass target=<name> to choose one. " + strings.Join(parts, "; ") + ".\n"
}

func (inv *Inventory) productLine() string {
	var names []string
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		if inv.Configured(p) {
			names = append(names, fmt.Sprintf("%s (%s_*)", p.Title(), p))
		}
	}
	return "Tools for " + strings.Join(names, " and ") + ", generated from Proxmox's own API schema.\n"
}

// findYourWay names where ids come from, with a tool this session has.
func (inv *Inventory) findYourWay() string {
	how := "proxmox_call_read"
	if !inv.opts.FrontDoor {
		how = "its tool"
	}
	switch {
	case inv.reachable("pve_get_cluster_resources"):
		return fmt.Sprintf("Node names, VM IDs and storage IDs come from cluster resources (pve_get_cluster_resources, with %s) when you do not know them.", how)
	case inv.reachable("pbs_get_admin_datastore"):
		return fmt.Sprintf("Datastore names come from pbs_get_admin_datastore (with %s).", how)
	}
	return ""
}

// reachable: allowed, and either registered or callable through the
// front door.
func (inv *Inventory) reachable(name string) bool {
	e, ok := inv.byName[name]
	if !ok || !e.Allowed() {
		return false
	}
	if inv.opts.FrontDoor {
		return true
	}
	_, listed := inv.Tool(e.Name)
	return listed
}

// FollowHint tells how to follow a task: the task tool is listed in every
// configuration.
func FollowHint(upid string) string {
	return fmt.Sprintf("Follow it with %s (upid=%q, action=wait or status or log).", ToolTask, upid)
}

// CallWith names the tool that runs an entry through the front door, or
// "" when the front door is off (then the entry's own tool runs it).
func (inv *Inventory) CallWith(e *Entry) string {
	switch {
	case !inv.opts.FrontDoor:
		return ""
	case e.ReadOnly():
		return ToolCallRead
	}
	return ToolCallWrite
}
