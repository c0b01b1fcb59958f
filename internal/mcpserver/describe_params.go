package mcpserver

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Bounds of the compact layer's text.
const (
	maxOptionalShown = 10  // optional parameters given a line of their own
	maxParamLine     = 200 // bytes of one parameter's line
	maxNoteLine      = 160 // bytes of a permissions or returns note
	maxEnumShown     = 8   // enum values a line spells out
	maxKeysShown     = 8   // property-string keys a line names
)

// importance is the order the compact layer picks optional parameters in
// when an operation has more than maxOptionalShown of them: the fields
// Proxmox's own GUI asks for first. Its guest creation wizards
// (proxmox/pve-manager www/manager6/qemu/CreateWizard.js and
// lxc/CreateWizard.js) go General (name or hostname, pool), OS or
// Template, Disks, CPU, Memory, Network, then "Start after created". Here
// what a guest is sized by comes first (name, memory, cores, network, the
// first disk and its storage), then the OS type, the start and the
// credentials a container is reached with, then the wizards' other
// fields (more disk buses, CPU type, pool, tags), then those of the
// clone, migrate, snapshot, backup and stop dialogs (window/Clone.js,
// Migrate.js, Snapshot.js, Backup.js, GuestStop.js), then the window and
// filters of listings and the fields of an ACL entry. A name the
// operation lacks is skipped; the others are named in "more".
var importance = []string{
	// guests: identity and size
	"name", "hostname", "memory", "cores", "net", "scsi", "rootfs", "storage", "ostype", "start",
	"password", "ssh-public-keys", "sockets", "mp", "virtio", "sata", "ide", "cpu", "swap", "unprivileged",
	"pool", "onboot", "tags", "description",
	// clone, migrate, snapshot, backup, stop
	"vmid", "newid", "target", "full", "online", "with-local-disks", "targetstorage", "snapname", "vmstate",
	"mode", "compress", "remove", "notes-template", "timeout", "force", "forceStop", "overrule-shutdown",
	// listings: window and filters
	"timeframe", "cf", "type", "content", "limit", "since", "until", "typefilter", "statusfilter",
	// ACL entries
	"path", "roles", "users", "groups", "tokens", "propagate",
	// PBS backup groups and snapshots
	"ns", "backup-type", "backup-id", "backup-time",
}

// chooseOptional splits the optional parameters into those the compact
// layer gives a line (the resolvable ones first) and the rest, by name.
func chooseOptional(op *catalog.Operation) (shown, rest []*catalog.Param) {
	var resolvable, optional []*catalog.Param
	for i := range op.Params {
		switch p := &op.Params[i]; {
		case resolvedText(op, p.Name) != "":
			resolvable = append(resolvable, p)
		case !p.Required:
			optional = append(optional, p)
		}
	}
	if len(optional) <= maxOptionalShown {
		return append(resolvable, optional...), nil
	}
	for _, name := range importance {
		if i := slices.IndexFunc(optional, func(p *catalog.Param) bool { return p.Name == name }); i >= 0 && len(shown) < maxOptionalShown {
			shown = append(shown, optional[i])
		}
	}
	for _, p := range optional {
		if !slices.Contains(shown, p) {
			rest = append(rest, p)
		}
	}
	return append(resolvable, shown...), rest
}

// resolvedText says how the server fills in a parameter the caller may
// leave out ("" for any other parameter).
func resolvedText(op *catalog.Operation, name string) string {
	switch {
	case op.Guest != "" && name == "node":
		return "optional: resolved from the guest"
	case op.StoreImplied && name == "store":
		return "optional when the backup server has a single datastore"
	}
	return ""
}

// paramLine is one parameter in a line: what it takes, its default, the
// first sentence of Proxmox's description (from the input schema, where
// the catalog keeps it).
func paramLine(op *catalog.Operation, props map[string]json.RawMessage, p *catalog.Param) string {
	if t := resolvedText(op, p.Name); t != "" {
		return t
	}
	var b strings.Builder
	b.WriteString(acceptsText(&p.Value))
	if p.Indexed {
		upTo := "…"
		if p.MaxIndex >= 0 {
			upTo = strconv.Itoa(p.MaxIndex)
		}
		fmt.Fprintf(&b, `, indexed: {"0": …} or %s0 … %s%s`, p.WireName(), p.WireName(), upTo)
	}
	if op.Guest != "" && p.Name == "vmid" {
		b.WriteString(", or the guest's unique name")
	}
	if p.Default != "" {
		b.WriteString(", default " + p.Default)
	}
	if d := firstSentence(schemaDescription(props[p.Name])); d != "" {
		b.WriteString(": " + d)
	}
	return shorten(b.String(), maxParamLine)
}

// schemaDescription is a schema's own description.
func schemaDescription(raw json.RawMessage) string {
	var s struct {
		Description string `json:"description"`
	}
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s.Description
}

// acceptsText is what a value accepts, in a few words.
func acceptsText(v *catalog.Value) string {
	switch {
	case v.Property != nil:
		keys := make([]string, 0, len(v.Property.Keys))
		for _, k := range v.Property.Keys {
			if k.Alias == "" {
				keys = append(keys, k.Name)
			}
		}
		return "property string or object (" + listShort(keys, maxKeysShown, ", ") + ")"
	case len(v.Enum) > 0:
		return "one of " + listShort(v.Enum, maxEnumShown, "|")
	case v.List != nil:
		return "list of " + acceptsText(v.List)
	case v.Items != nil:
		return "array of " + acceptsText(v.Items)
	case v.Type == "integer" || v.Type == "number":
		return v.Type + rangeText(v)
	case v.Type == "string" && v.Format != "":
		return "string (" + v.Format + ")"
	case v.Type == "":
		return "any"
	}
	return v.Type
}

func rangeText(v *catalog.Value) string {
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	switch {
	case v.HasMin && v.HasMax:
		return " " + num(v.Min) + "–" + num(v.Max)
	case v.HasMin:
		return " ≥ " + num(v.Min)
	case v.HasMax:
		return " ≤ " + num(v.Max)
	}
	return ""
}

func listShort(items []string, n int, sep string) string {
	if len(items) <= n {
		return strings.Join(items, sep)
	}
	return strings.Join(items[:n], sep) + sep + "…"
}

func paramNames(ps []*catalog.Param) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// firstSentence is the first sentence of a description, on one line.
func firstSentence(d string) string {
	d = strings.Join(strings.Fields(d), " ")
	if i := strings.Index(d, ". "); i >= 0 {
		d = d[:i+1]
	}
	return d
}

// shorten cuts s to at most n bytes at a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// paramDetail is one parameter in full: its JSON Schema as the server
// checks it (InputSchema), and how the server treats it.
type paramDetail struct {
	Required bool            `json:"required"`
	Resolved string          `json:"resolved,omitempty"`
	Schema   json.RawMessage `json:"schema"`
	Note     string          `json:"note,omitempty"`
}

// inputProperties are the members of an operation's full input schema,
// the control arguments included.
func inputProperties(op *catalog.Operation) map[string]json.RawMessage {
	var s struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal([]byte(op.InputSchema), &s); err != nil {
		return nil
	}
	return s.Properties
}

// detail is the named member of the input schema in full.
func detail(op *catalog.Operation, props map[string]json.RawMessage, name string) *paramDetail {
	d := &paramDetail{Schema: props[name], Resolved: resolvedText(op, name)}
	if p := op.Param(name); p != nil {
		d.Required = p.Required && d.Resolved == ""
		if p.Indexed {
			d.Note = indexedNote(p.Name, p.WireName(), p.MaxIndex)
		}
	}
	return d
}

// paramsLayer gives the chosen parameters in full. An indexed family is
// named by its base (net) or any member (net0); a name the operation
// lacks is listed with the closest ones it has.
func paramsLayer(d *description, op *catalog.Operation, names []string, budget int) {
	props := inputProperties(op)
	var chosen []string
	for _, n := range names {
		name, ok := paramName(op, props, n)
		switch {
		case !ok:
			d.Unknown = append(d.Unknown, unknownParam(props, n))
		case !slices.Contains(chosen, name):
			chosen = append(chosen, name)
		}
	}
	fitParams(d, op, props, chosen, budget)
}

// paramName maps a caller's name to the input schema's member.
func paramName(op *catalog.Operation, props map[string]json.RawMessage, n string) (string, bool) {
	if _, ok := props[n]; ok {
		return n, true
	}
	base := strings.TrimRight(n, "0123456789")
	for _, p := range op.Params {
		if p.Indexed && base != n && p.WireName() == base {
			return p.Name, true
		}
	}
	return "", false
}

// unknownParam names a parameter the operation lacks and the closest of
// its own.
func unknownParam(props map[string]json.RawMessage, n string) string {
	names := slices.Sorted(maps.Keys(props))
	var alts []string
	for _, i := range closest(names, n, 3) {
		alts = append(alts, names[i])
	}
	if len(alts) == 0 {
		return n + ": no such parameter"
	}
	return fmt.Sprintf("%s: no such parameter (closest: %s)", n, strings.Join(alts, ", "))
}
