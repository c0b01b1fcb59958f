// Package example builds argument objects that validate against an
// operation's input schema: the minimal example proxmox_describe shows, and
// the argument sets the sweep tests call every operation with.
package example

import (
	"encoding/json"
	"regexp"
	"sort"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// hints are realistic values for common argument names. A hint is used
// only when it satisfies the argument's schema.
var hints = map[string]any{
	"node":      "pve1",
	"vmid":      100,
	"newid":     101,
	"storage":   "local",
	"target":    "pve2",
	"userid":    "root@pam",
	"poolid":    "pool1",
	"store":     "store1",
	"datastore": "store1",
	"upid":      "UPID:pve1:0000A1B2:00C3D4E5:6650F1A2:qmstart:100:root@pam:",
	"snapname":  "snap1",
	"iface":     "vmbr0",
	"name":      "example",
	"id":        "example1",
	"realm":     "pam",
	"type":      nil, // enums decide
}

// Arguments returns the required arguments of op with example values.
func Arguments(op *catalog.Operation) map[string]any {
	var s map[string]any
	if err := json.Unmarshal([]byte(op.InputSchema), &s); err != nil {
		return map[string]any{}
	}
	v, _ := Value(s, "").(map[string]any)
	if v == nil {
		v = map[string]any{}
	}
	return v
}

// Value returns a value valid for the schema; name is the argument or key
// name it is for (used for hints).
func Value(s map[string]any, name string) any {
	if alts, ok := s["anyOf"].([]any); ok {
		return alternative(alts, name)
	}
	if enum, ok := s["enum"].([]any); ok && len(enum) > 0 {
		return enum[0]
	}
	if h, ok := hints[name]; ok && h != nil && fits(s, h) {
		return h
	}
	switch typeOf(s) {
	case "object":
		return object(s)
	case "array":
		return array(s, name)
	case "integer":
		return integer(s)
	case "number":
		return number(s)
	case "boolean":
		return false
	case "string":
		return str(s)
	}
	return "example"
}

// alternative prefers the structured form of a property string (an object
// shows the keys; a list's element schema carries the pattern the raw
// string's description only mentions) over the raw string.
func alternative(alts []any, name string) any {
	for _, want := range []string{"object", "array"} {
		for _, a := range alts {
			if m, ok := a.(map[string]any); ok && typeOf(m) == want {
				return Value(m, name)
			}
		}
	}
	if m, ok := alts[0].(map[string]any); ok {
		return Value(m, name)
	}
	return "example"
}

func typeOf(s map[string]any) string {
	switch t := s["type"].(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			if first, ok := t[0].(string); ok {
				return first
			}
		}
	}
	return ""
}

func object(s map[string]any) map[string]any {
	props, _ := s["properties"].(map[string]any)
	out := map[string]any{}
	req, _ := s["required"].([]any)
	names := make([]string, 0, len(req))
	for _, r := range req {
		if n, ok := r.(string); ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		if ps, ok := props[n].(map[string]any); ok {
			out[n] = Value(ps, n)
		}
	}
	return out
}

func array(s map[string]any, name string) []any {
	items, _ := s["items"].(map[string]any)
	if items == nil {
		return []any{"example"}
	}
	return []any{Value(items, name)}
}

func integer(s map[string]any) int64 {
	v := int64(1)
	if min, ok := s["minimum"].(float64); ok {
		v = int64(min)
	}
	if max, ok := s["maximum"].(float64); ok && float64(v) > max {
		v = int64(max)
	}
	return v
}

func number(s map[string]any) float64 {
	v := 1.0
	if min, ok := s["minimum"].(float64); ok {
		v = min
	}
	if max, ok := s["maximum"].(float64); ok && v > max {
		v = max
	}
	return v
}

func str(s map[string]any) string {
	minLen := 0
	if min, ok := s["minLength"].(float64); ok {
		minLen = int(min)
	}
	maxLen := -1
	if max, ok := s["maxLength"].(float64); ok {
		maxLen = int(max)
	}
	if p, ok := s["pattern"].(string); ok {
		if m, ok := String(p, minLen, maxLen); ok {
			return m
		}
	}
	v := "example"
	for len([]rune(v)) < minLen {
		v += "x"
	}
	if maxLen >= 0 && len([]rune(v)) > maxLen {
		v = string([]rune(v)[:maxLen])
	}
	return v
}

// fits reports whether a hint satisfies the simple constraints of s.
func fits(s map[string]any, v any) bool {
	switch x := v.(type) {
	case string:
		if typeOf(s) != "string" && typeOf(s) != "" {
			return false
		}
		if p, ok := s["pattern"].(string); ok {
			re, err := regexp.Compile(p)
			if err != nil || !re.MatchString(x) {
				return false
			}
		}
		if max, ok := s["maxLength"].(float64); ok && len([]rune(x)) > int(max) {
			return false
		}
		if min, ok := s["minLength"].(float64); ok && len([]rune(x)) < int(min) {
			return false
		}
		return true
	case int:
		t := typeOf(s)
		if t != "integer" && t != "number" {
			return false
		}
		if min, ok := s["minimum"].(float64); ok && float64(x) < min {
			return false
		}
		if max, ok := s["maximum"].(float64); ok && float64(x) > max {
			return false
		}
		return true
	}
	return false
}
