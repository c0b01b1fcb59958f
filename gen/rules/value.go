// Package rules turns a published schema into the catalog's Value rules:
// what the wire package checks, encodes and decodes with. The generator
// writes them into the catalog; tests that hold Proxmox's own vectors in
// the dump's shape convert them the same way.
package rules

import (
	"maps"
	"slices"
	"strconv"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// valueOf turns a published schema into the catalog's Value: the rules the
// wire package checks, encodes and decodes with. It mirrors what
// schema.InputSchema says to clients; patterns that have no exact Go form
// are left out here as there (and listed in the schema report by it).
func ValueOf(product schema.Product, s *schema.Schema) catalog.Value {
	if s == nil {
		return catalog.Value{}
	}
	if len(s.OneOf)+len(s.AnyOf) > 0 {
		return alternativesOf(product, s)
	}
	if len(s.AllOf) > 0 {
		return catalog.Value{} // not translated: any scalar (see the schema report)
	}
	v := catalog.Value{Type: s.Type, Format: s.FormatName, Enum: enumTexts(s.Enum)}
	if s.HasDefault {
		v.Default = wireText(s.Default)
	}
	setBounds(&v, product, s)
	switch {
	case s.FormatKeys != nil && s.Type == "string":
		v.Property = propertyOf(product, s)
		v.Property.Format, v.Format = v.Format, "" // a named property format: checked key by key
	case s.FormatList != nil && s.Type == "string":
		item := ValueOf(product, s.FormatList)
		v.List = &item
	case s.Type == "array" && s.Items != nil:
		item := ValueOf(product, s.Items)
		v.Items = &item
	case s.Type == "array":
		v.Items = &catalog.Value{Type: "string"}
	}
	return v
}

// alternativesOf keeps each oneOf/anyOf branch; a branch without a type
// takes the parent's.
func alternativesOf(product schema.Product, s *schema.Schema) catalog.Value {
	v := catalog.Value{Type: s.Type}
	for _, b := range append(append([]*schema.Schema{}, s.OneOf...), s.AnyOf...) {
		merged := *b
		if merged.Type == "" {
			merged.Type = s.Type
		}
		v.Any = append(v.Any, ValueOf(product, &merged))
	}
	return v
}

// setBounds copies ranges, lengths and the translated pattern.
func setBounds(v *catalog.Value, product schema.Product, s *schema.Schema) {
	if s.Minimum != nil {
		v.Min, v.HasMin = *s.Minimum, true
	}
	if s.Maximum != nil {
		v.Max, v.HasMax = *s.Maximum, true
	}
	if s.MinLength != nil {
		v.MinLength = *s.MinLength
	}
	if s.MaxLength != nil {
		v.MaxLength = *s.MaxLength
	}
	if s.Pattern == "" {
		return
	}
	p := schema.TranslatePattern(product, s.Pattern)
	v.Pattern = p.Go
	if p.MaxLength != nil && (v.MaxLength == 0 || *p.MaxLength < v.MaxLength) {
		v.MaxLength = *p.MaxLength
	}
	if p.MinLength != nil && *p.MinLength > v.MinLength {
		v.MinLength = *p.MinLength
	}
}

// propertyOf lists a property string's keys, the default key first. An
// alias key (virtio in net[n]) keeps only where it points.
func propertyOf(product schema.Product, s *schema.Schema) *catalog.PropertyString {
	ps := &catalog.PropertyString{}
	var rest []catalog.PropertyKey
	for _, name := range slices.Sorted(maps.Keys(s.FormatKeys)) {
		ks := s.FormatKeys[name]
		key := catalog.PropertyKey{Name: name, Required: !ks.Optional && ks.Alias == "", Secret: secretName(name)}
		if ks.Alias != "" {
			key.Alias, key.KeyAlias = ks.Alias, ks.KeyAlias
		} else {
			key.Value = keyValueOf(product, ks)
		}
		if ks.DefaultKey || name == s.DefaultKeyName {
			ps.DefaultKey = name
			ps.Keys = append(ps.Keys, key)
			continue
		}
		rest = append(rest, key)
	}
	ps.Keys = append(ps.Keys, rest...)
	return ps
}

// keyValueOf is a key's Value; a key that is itself a key=value format
// cannot nest inside a property string, so it is checked as a plain string.
func keyValueOf(product schema.Product, ks *schema.Schema) catalog.Value {
	if ks.FormatKeys != nil {
		flat := *ks
		flat.FormatKeys = nil
		return ValueOf(product, &flat)
	}
	return ValueOf(product, ks)
}

// enumTexts writes enumeration values as they travel on the wire.
func enumTexts(enum []any) []string {
	if len(enum) == 0 {
		return nil
	}
	out := make([]string, len(enum))
	for i, e := range enum {
		out[i] = wireText(e)
	}
	return out
}

// wireText is a published scalar as Proxmox reads it: numbers without
// exponent, booleans as 1/0.
func wireText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		if x {
			return "1"
		}
		return "0"
	case nil:
		return ""
	}
	return ""
}
