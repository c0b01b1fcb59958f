package schema

import (
	"strings"
	"unicode/utf8"
)

// Limits of the compact schema advertised in tools/list.
const (
	compactDescription = 100 // characters of a description kept
	compactPattern     = 64  // longer patterns are left to the server's check
)

// Compact returns the schema advertised to clients in tools/list: the same
// shape with descriptions cut to their first sentence and very long
// patterns (IP addresses, UPIDs, namespaces) left out. It accepts
// everything the full schema accepts; the server still validates every
// call against the full schema, which proxmox_describe also shows.
func Compact(s JSON) JSON {
	if c, ok := collapseAlternatives(s); ok {
		return c
	}
	out := make(JSON, len(s))
	for k, v := range s {
		switch {
		case k == "description":
			if d, ok := v.(string); ok {
				out[k] = firstSentence(d)
			}
		case k == "pattern":
			if p, ok := v.(string); ok && len(p) <= compactPattern {
				out[k] = p
			}
		case k == "title":
		case k == "default" && v == false:
			// An unset flag is off: saying so costs context in every tool list.
		default:
			out[k] = compactValue(k, v)
		}
	}
	return out
}

// collapseAlternatives turns a property string's two forms (the raw string
// and an object of its keys, or a list) into one schema of both types: the
// string form's syntax names every key already, and listing each key's
// schema again is a third of all-mode tools/list. proxmox_describe shows
// the full form.
func collapseAlternatives(s JSON) (JSON, bool) {
	alts, ok := s["anyOf"].([]any)
	if !ok || len(alts) < 2 || len(alts) > 3 {
		return nil, false
	}
	raw, ok1 := alts[0].(JSON)
	other, ok2 := alts[1].(JSON)
	if !ok1 || !ok2 || raw["type"] != "string" || (other["type"] != "object" && other["type"] != "array") {
		return nil, false
	}
	types := []any{"string", other["type"]}
	if len(alts) == 3 {
		bare, ok := alts[2].(JSON)
		if !ok {
			return nil, false
		}
		types = append(types, bare["type"]) // the default key's value alone
	}
	out := JSON{"type": types}
	desc, _ := s["description"].(string)
	syntax, _ := raw["description"].(string)
	out["description"] = strings.TrimSpace(firstSentence(desc) + " " + syntax + " " + hintJSONForm(other["type"].(string)))
	for _, k := range []string{"default", "maxLength", "minLength"} {
		if v, ok := s[k]; ok {
			out[k] = v
		}
	}
	return out, true
}

// CompactInput is Compact for an operation's input schema; path
// parameters also lose their descriptions ("The cluster node name."), which
// the METHOD /path in the tool description already explains, and the top
// level drops additionalProperties: the server refuses unknown arguments
// by name whatever the client was told.
func CompactInput(op *Operation, s JSON) JSON {
	out := Compact(s)
	delete(out, "additionalProperties")
	props, _ := out["properties"].(JSON)
	for _, name := range op.PathParams {
		if p, ok := props[name].(JSON); ok {
			delete(p, "description")
		}
	}
	return out
}

// compactValue descends into sub-schemas; maps keyed by property name or
// pattern hold schemas, lists of schemas (anyOf) likewise.
func compactValue(key string, v any) any {
	switch x := v.(type) {
	case JSON:
		if key == "properties" || key == "patternProperties" {
			m := make(JSON, len(x))
			for name, sub := range x {
				if subSchema, ok := sub.(JSON); ok {
					m[name] = Compact(subSchema)
				} else {
					m[name] = sub
				}
			}
			return m
		}
		if key == "dependentRequired" {
			return x
		}
		return Compact(x)
	case []any:
		if key != "anyOf" && key != "oneOf" && key != "allOf" {
			return x
		}
		out := make([]any, len(x))
		for i, sub := range x {
			if subSchema, ok := sub.(JSON); ok {
				out[i] = Compact(subSchema)
			} else {
				out[i] = sub
			}
		}
		return out
	}
	return v
}

// firstSentence keeps the first sentence, at most compactDescription
// characters, on one line.
func firstSentence(d string) string {
	d = strings.Join(strings.Fields(d), " ")
	if i := strings.Index(d, ". "); i >= 0 {
		d = d[:i+1]
	}
	if utf8.RuneCountInString(d) > compactDescription {
		r := []rune(d)
		d = strings.TrimSpace(string(r[:compactDescription-1])) + "…"
	}
	return d
}
