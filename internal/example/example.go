// Package example builds argument objects that Proxmox accepts for an
// operation, from the catalog's Value rules: the minimal example
// proxmox_describe shows, and the argument sets the sweep and round-trip
// tests call every operation with.
package example

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// hints are realistic values for common argument names. A hint is used
// only when the value's rules accept it.
var hints = map[string]any{
	"node":      "pve1",
	"vmid":      int64(100),
	"newid":     int64(101),
	"storage":   "local",
	"target":    "pve2",
	"userid":    "root@pam",
	"poolid":    "pool1",
	"store":     "store1",
	"datastore": "store1",
	"upid":      "UPID:pve1:0000A1B2:00C3D4E5:6650F1A2:qmstart:100:root@pam:",
	"snapname":  "snap1",
	"iface":     "vmbr0",
	"bridge":    "vmbr0",
	"name":      "example",
	"id":        "example1",
	"realm":     "pam",
	"cputype":   "host",
	"flags":     "+aes",
}

// Arguments returns the required arguments of op with example values.
func Arguments(op *catalog.Operation) map[string]any {
	out := map[string]any{}
	for i := range op.Params {
		p := &op.Params[i]
		if p.Required {
			out[p.Name] = Value(&p.Value, p.Name)
		}
	}
	return out
}

// AllArguments returns an example for every parameter of op, optional and
// indexed ones included (an indexed parameter as its index 0, by wire
// name), except those that need another one absent from the set.
func AllArguments(op *catalog.Operation) map[string]any {
	out := map[string]any{}
	for i := range op.Params {
		p := &op.Params[i]
		name := p.Name
		if p.Indexed {
			name = p.WireName() + "0"
		}
		out[name] = Value(&p.Value, p.Name)
	}
	return out
}

// Value returns a value the rules accept; name is the argument or key it
// is for (used for hints).
func Value(v *catalog.Value, name string) any {
	switch {
	case len(v.Any) > 0:
		return Value(&v.Any[0], name)
	case len(v.Enum) > 0:
		return typed(v, v.Enum[0])
	case v.Property != nil:
		return property(v.Property)
	case v.List != nil:
		return []any{Value(v.List, name)}
	case v.Type == "array":
		items := v.Items
		if items == nil {
			items = &catalog.Value{Type: "string"}
		}
		return []any{Value(items, name)}
	}
	if h, ok := hints[name]; ok && fits(v, h) {
		return h
	}
	switch v.Type {
	case "integer":
		return int64(number(v))
	case "number":
		return number(v)
	case "boolean":
		return false
	}
	return str(v, name)
}

// typed converts an enumeration's wire text to the value's type.
func typed(v *catalog.Value, text string) any {
	switch v.Type {
	case "integer":
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return n
		}
	case "number":
		if f, err := strconv.ParseFloat(text, 64); err == nil {
			return f
		}
	case "boolean":
		return text == "1"
	}
	return text
}

// property is an object of the required keys; a format with only
// optional keys gets its default key, so the value is never empty.
func property(ps *catalog.PropertyString) any {
	out := map[string]any{}
	for i := range ps.Keys {
		k := &ps.Keys[i]
		if k.Required && k.Alias == "" {
			out[k.Name] = keyValue(k)
		}
	}
	if len(out) == 0 && len(ps.Keys) > 0 {
		k := &ps.Keys[0]
		if ps.DefaultKey != "" {
			k = ps.Key(ps.DefaultKey)
		}
		if k.Alias == "" {
			out[k.Name] = keyValue(k)
		}
	}
	return out
}

func keyValue(k *catalog.PropertyKey) any {
	v := Value(&k.Value, k.Name)
	if s, ok := v.(string); ok && strings.ContainsAny(s, ",=") {
		return "x"
	}
	return v
}

func number(v *catalog.Value) float64 {
	x := 1.0
	if v.HasMin {
		x = v.Min
	}
	if v.HasMax && x > v.Max {
		x = v.Max
	}
	return x
}

func str(v *catalog.Value, name string) string {
	if f, ok := formats.Lookup(v.Format); ok {
		// Proxmox's own checks, not only the published pattern, must pass.
		for _, s := range f.Accept {
			if fitsString(v, s) {
				return s
			}
		}
	}
	maxLen := -1
	if v.MaxLength > 0 {
		maxLen = v.MaxLength
	}
	if v.Pattern != "" {
		// A non-empty example where the pattern allows one: an empty value
		// cannot be written inside a property string.
		if s, ok := String(v.Pattern, max(v.MinLength, 1), maxLen); ok {
			return s
		}
		if s, ok := String(v.Pattern, v.MinLength, maxLen); ok {
			return s
		}
	}
	s := "example"
	for len([]rune(s)) < v.MinLength {
		s += "x"
	}
	if maxLen >= 0 && len([]rune(s)) > maxLen {
		s = string([]rune(s)[:maxLen])
	}
	return s
}

// fits reports whether a hint satisfies the value's rules.
func fits(v *catalog.Value, h any) bool {
	switch x := h.(type) {
	case string:
		return (v.Type == "string" || v.Type == "") && fitsString(v, x)
	case int64:
		if v.Type != "integer" && v.Type != "number" {
			return false
		}
		f := float64(x)
		return (!v.HasMin || f >= v.Min) && (!v.HasMax || f <= v.Max) && wire.Accepts(v, strconv.FormatInt(x, 10))
	}
	return false
}

func fitsString(v *catalog.Value, s string) bool {
	if v.Pattern != "" {
		re, err := regexp.Compile(v.Pattern)
		if err != nil || !re.MatchString(s) {
			return false
		}
	}
	n := len([]rune(s))
	if v.MaxLength > 0 && n > v.MaxLength || n < v.MinLength {
		return false
	}
	return wire.Accepts(v, s)
}
