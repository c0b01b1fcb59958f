package mcpserver

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/redact"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// The parameters of a config update that are not settings:
//   - digest: the version of the config the change was made against
//     (PVE and PBS refuse the change when it no longer matches);
//   - skiplock: whether to ignore a guest's lock;
//   - delete, revert: lists of keys to delete or whose pending change to
//     drop; their keys are shown as deleted or reverted.
//
// Every other parameter is a setting when the GET's answer declares it.
const (
	paramDigest   = "digest"
	paramSkiplock = "skiplock"
	paramDelete   = "delete"
	paramRevert   = "revert"
)

func requestModifier(name string) bool {
	switch name {
	case paramDigest, paramSkiplock, paramDelete, paramRevert:
		return true
	}
	return false
}

// planDiffLines bounds the diff.
const planDiffLines = 30

// configChange is what a config update asks for.
type configChange struct {
	set      map[string]string // wire name → value as sent (repeated values joined by ",")
	deleted  []string
	reverted []string
}

// keys are every key the change touches, sorted.
func (c configChange) keys() []string {
	all := map[string]bool{}
	for k := range c.set {
		all[k] = true
	}
	for _, k := range append(slices.Clone(c.deleted), c.reverted...) {
		all[k] = true
	}
	return slices.Sorted(maps.Keys(all))
}

// requestedChange reads the settings out of the request: its parameters
// the GET declares, less the modifiers, and the delete and revert lists.
func requestedChange(req *wire.Request, get *catalog.Operation) configChange {
	values := req.Form
	if values == nil {
		values = req.Query
	}
	declared := declaredKeys(get)
	c := configChange{set: map[string]string{}}
	for name, vs := range values {
		switch {
		case (name == paramDelete || name == paramRevert) && isFlag(req.Op, name):
			// a flag, not a key list (PUT /pools/{poolid}: delete=1
			// removes the members given instead of adding them)
		case name == paramDelete:
			c.deleted = listed(vs)
		case name == paramRevert:
			c.reverted = listed(vs)
		case requestModifier(name):
		case declared.has(name):
			c.set[name] = strings.Join(vs, ",")
		}
	}
	return c
}

func isFlag(op *catalog.Operation, name string) bool {
	p := op.Param(name)
	return p != nil && p.Type == "boolean"
}

// listed splits PVE's comma lists and PBS's repeated values alike.
func listed(vs []string) []string {
	var out []string
	for _, v := range vs {
		out = append(out, wire.SplitList(v)...)
	}
	return out
}

// keySet is what a GET's answer declares: named properties and pattern
// properties (net[n] as ^net[0-9]+$); loose when it declares neither,
// and then every key counts.
type keySet struct {
	names    map[string]bool
	patterns []*regexp.Regexp
}

func (k keySet) has(name string) bool {
	if len(k.names) == 0 && len(k.patterns) == 0 {
		return true
	}
	if k.names[name] {
		return true
	}
	for _, p := range k.patterns {
		if p.MatchString(name) {
			return true
		}
	}
	return false
}

var declaredCache sync.Map // operation name → keySet

// declaredKeys reads the keys a GET's returns schema declares.
func declaredKeys(get *catalog.Operation) keySet {
	if k, ok := declaredCache.Load(get.Name); ok {
		return k.(keySet)
	}
	var schema struct {
		Properties        map[string]json.RawMessage `json:"properties"`
		PatternProperties map[string]json.RawMessage `json:"patternProperties"`
	}
	_ = json.Unmarshal([]byte(get.ReturnsSchema), &schema) // a schema that does not decode declares nothing: every key counts
	k := keySet{names: map[string]bool{}}
	for name := range schema.Properties {
		k.names[name] = true
	}
	for pat := range schema.PatternProperties {
		if re, err := regexp.Compile(pat); err == nil {
			k.patterns = append(k.patterns, re)
		}
	}
	declaredCache.Store(get.Name, k)
	return k
}

// writeConfigChange reads the current config and writes the before →
// after of every key the request touches that changes.
func writeConfigChange(b *strings.Builder, pr *planReader, req *wire.Request, mask *audit.Masker) {
	get := configTwin(req.Op)
	if get == nil {
		b.WriteString("Current state: not read (this release has no GET of this path).\n")
		return
	}
	change := requestedChange(req, get)
	if len(change.keys()) == 0 {
		b.WriteString("Current state: not read (the request sets no key the GET of this path shows).\n")
		return
	}
	res := pr.read(get, pathArgs(get, req))
	if res.failed() {
		fmt.Fprintf(b, "Current state: %s.\n", res.why())
		return
	}
	current := decodeObject(res.data)
	if current == nil {
		fmt.Fprintf(b, "Current state: %s answered no object to compare with.\n", res.call)
		return
	}
	fmt.Fprintf(b, "Changes (before → after; read from %s):\n", res.call)
	writeDiff(b, req.Op, change, current, mask)
}

// writeDiff writes one line per key that changes and names the keys that
// already have the value the request gives.
func writeDiff(b *strings.Builder, op *catalog.Operation, c configChange, current map[string]any, mask *audit.Masker) {
	var same []string
	lines := 0
	for _, key := range c.keys() {
		line, changes := diffLine(op, key, c, current, mask)
		if !changes {
			same = append(same, key)
			continue
		}
		if lines == planDiffLines {
			b.WriteString("  … and more\n")
			break
		}
		b.WriteString("  " + line + "\n")
		lines++
	}
	if lines == 0 {
		b.WriteString("  nothing: every key already has the value the request gives\n")
	}
	if len(same) > 0 && lines > 0 {
		fmt.Fprintf(b, "  unchanged (already so): %s\n", clippedText(strings.Join(same, ", "), 300))
	}
}

// diffLine renders one key's change. A secret is never compared: "no
// change" for a password would tell the caller that a guess was right.
func diffLine(op *catalog.Operation, key string, c configChange, current map[string]any, mask *audit.Masker) (string, bool) {
	before, isSet := current[key]
	beforeText := "(not set)"
	if isSet && before != nil {
		beforeText = upstreamValue(mask, key, before)
	} else {
		isSet = false
	}
	switch {
	case slices.Contains(c.reverted, key):
		return fmt.Sprintf("%s: %s → (pending change reverted)", key, beforeText), true
	case slices.Contains(c.deleted, key):
		return fmt.Sprintf("%s: %s → (deleted)", key, beforeText), isSet
	}
	if mask.Secret(key) {
		return fmt.Sprintf("%s: %s → %s (secret: not compared)", key, beforeText, redact.Mask), true
	}
	after := c.set[key]
	afterText := shortValue(mask.Text(mask.Argument(key, after)))
	if strings.Contains(afterText, redact.Mask) || strings.Contains(beforeText, redact.Mask) {
		return fmt.Sprintf("%s: %s → %s (secret keys not compared)", key, beforeText, afterText), true
	}
	if isSet && sameValue(op, key, valueText(before), after) {
		return "", false
	}
	return fmt.Sprintf("%s: %s → %s", key, beforeText, afterText), true
}

// valueText is a value of a GET's answer as it would travel: numbers as
// written, booleans as 1/0, lists joined by commas, objects as JSON.
func valueText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		if x {
			return "1"
		}
		return "0"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = valueText(e)
		}
		return strings.Join(parts, ",")
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// sameValue compares a current value with the one sent, as Proxmox would
// store it: numbers by value (2048 and 2048.0), booleans by truth
// (1, true, yes, on), property strings whatever the order of their keys.
func sameValue(op *catalog.Operation, key, before, after string) bool {
	if before == after {
		return true
	}
	if b, err1 := strconv.ParseFloat(before, 64); err1 == nil {
		if a, err2 := strconv.ParseFloat(after, 64); err2 == nil {
			return a == b
		}
	}
	if p := paramFor(op, key); p != nil && p.Type == "boolean" {
		return truth(before) == truth(after)
	}
	return sortedParts(before) == sortedParts(after)
}

func truth(s string) bool {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func sortedParts(s string) string {
	parts := strings.Split(s, ",")
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// paramFor finds the parameter a wire name belongs to (net0 is net's).
func paramFor(op *catalog.Operation, wireName string) *catalog.Param {
	for i := range op.Params {
		p := &op.Params[i]
		if p.WireName() == wireName {
			return p
		}
		if rest, ok := strings.CutPrefix(wireName, p.WireName()); ok && p.Indexed && isDigitsOnly(rest) {
			return p
		}
	}
	return nil
}

func isDigitsOnly(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
