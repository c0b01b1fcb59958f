package schema

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
)

// schemaNode decodes one schema node. It never fails: a value it cannot read
// becomes a permissive schema and a warning, so a new release with unfamiliar
// keys still yields every operation.
func (p *parser) schemaNode(data json.RawMessage, where string) *Schema {
	o, err := decodeObject(data, where, p.warn)
	if err != nil {
		p.warn(err.Error() + " (treated as any value)")
		return &Schema{}
	}
	s := &Schema{
		Type:               o.str("type"),
		Description:        o.str("description"),
		VerboseDescription: o.str("verbose_description"),
		Title:              o.str("title"),
		TypeText:           o.str("typetext"),
		FormatDescription:  o.str("format_description"),
		Optional:           o.flag("optional"),
		Minimum:            o.number("minimum"),
		Maximum:            o.number("maximum"),
		MinLength:          o.integer("minLength"),
		MaxLength:          o.integer("maxLength"),
		Pattern:            o.str("pattern"),
		Requires:           o.str("requires"),
		Alias:              o.str("alias"),
		KeyAlias:           o.str("keyAlias"),
		InstanceTypes:      o.strings("instance-types"),
		TypeProperty:       o.str("type-property"),
		Renderer:           o.str("renderer"),
	}
	readDefaultKey(o, s)
	s.Default, s.HasDefault = o.value("default")
	if v, ok := o.value("enum"); ok {
		s.Enum, _ = v.([]any)
	}
	p.readFormat(o, s, where)
	if v, ok := o.raw("items"); ok {
		s.Items = p.schemaNode(v, where+" items")
	}
	p.readProperties(o, s, where)
	s.OneOf = p.schemaList(o, "oneOf", where)
	s.AnyOf = p.schemaList(o, "anyOf", where)
	s.AllOf = p.schemaList(o, "allOf", where)
	// Keys Proxmox publishes that carry nothing a client can check: "min" /
	// "max" are misspellings its own validator ignores, "links" describes
	// hyperlinks of directory indexes.
	o.ignore("min", "max", "links", "disallow", "print_width")
	for _, k := range o.unknownKeys() {
		p.warn(fmt.Sprintf("%s: unknown schema key %q (ignored)", where, k))
	}
	return s
}

func (p *parser) readProperties(o *rawObject, s *Schema, where string) {
	if v, ok := o.raw("properties"); ok {
		var props map[string]json.RawMessage
		if err := json.Unmarshal(v, &props); err != nil {
			p.warn(fmt.Sprintf("%s: properties is not an object (ignored)", where))
		}
		s.Properties = make(map[string]*Schema, len(props))
		for _, name := range slices.Sorted(maps.Keys(props)) {
			s.Properties[name] = p.schemaNode(props[name], where+" property "+name)
		}
	}
	if v, ok := o.raw("additionalProperties"); ok {
		b, err := parseFlag(v)
		// A schema as additionalProperties means "more members are allowed".
		s.AdditionalProperties = b || err != nil
	}
}

// readFormat distinguishes a named format, a PVE property-string format (an
// object of key schemas) and a PBS one (a schema of type object or array).
func (p *parser) readFormat(o *rawObject, s *Schema, where string) {
	v, ok := o.raw("format")
	if !ok {
		return
	}
	var name string
	if json.Unmarshal(v, &name) == nil {
		s.FormatName = name
		return
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(v, &members); err != nil {
		p.warn(fmt.Sprintf("%s: format is neither a name nor an object (ignored)", where))
		return
	}
	if isPBSFormatSchema(members) {
		inner := p.schemaNode(v, where+" format")
		switch inner.Type {
		case "object":
			s.FormatKeys = inner.Properties
			if k := s.FormatKeys[inner.DefaultKeyName]; k != nil {
				k.DefaultKey = true
			}
		case "array":
			s.FormatList = inner.Items
		}
		if s.FormatKeys == nil && s.FormatList == nil {
			p.warn(fmt.Sprintf("%s: format schema of type %q has no keys (treated as a plain string)", where, inner.Type))
		}
		return
	}
	s.FormatKeys = make(map[string]*Schema, len(members))
	for _, k := range slices.Sorted(maps.Keys(members)) {
		s.FormatKeys[k] = p.schemaNode(members[k], where+" format key "+k)
	}
}

// isPBSFormatSchema reports whether a format object is itself a schema
// (PBS: {"type": "object", "properties": …}) rather than a map of keys (PVE).
// A PVE key named "type" is always an object, never a string.
func isPBSFormatSchema(members map[string]json.RawMessage) bool {
	t, ok := members["type"]
	if !ok {
		return false
	}
	var s string
	return json.Unmarshal(t, &s) == nil
}

func (p *parser) schemaList(o *rawObject, key, where string) []*Schema {
	v, ok := o.raw(key)
	if !ok {
		return nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(v, &items); err != nil {
		p.warn(fmt.Sprintf("%s: %s is not a list (ignored)", where, key))
		return nil
	}
	out := make([]*Schema, len(items))
	for i, it := range items {
		out[i] = p.schemaNode(it, fmt.Sprintf("%s %s[%d]", where, key, i))
	}
	return out
}

// readDefaultKey reads default_key in both forms: PVE marks the key itself
// (default_key: 1), PBS names it on the property-string object
// (default_key: "type").
func readDefaultKey(o *rawObject, s *Schema) {
	v, ok := o.raw("default_key")
	if !ok {
		return
	}
	if b, err := parseFlag(v); err == nil {
		s.DefaultKey = b
		return
	}
	s.DefaultKeyName = unquote(v)
}
