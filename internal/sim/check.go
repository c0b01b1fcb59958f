package sim

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// scalarType is the Proxmox type a scalar schema checks: the first of
// integer, number, boolean found, else string.
func scalarType(m map[string]any, fallback string) string {
	types := schemaTypes(m)
	for _, want := range []string{"integer", "number", "boolean", "string"} {
		for _, t := range types {
			if t == want {
				return want
			}
		}
	}
	if fallback != "" {
		return fallback
	}
	return "string"
}

var (
	// isInteger and isNumber are PVE::JSONSchema's is_integer / is_number.
	isInteger = regexp.MustCompile(`^[+-]?\d+$`)
	isNumber  = regexp.MustCompile(`^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$`)
)

// checkScalar checks one wire value against a scalar schema in the order
// PVE's check_prop does (type, pattern, length, range, enum) and returns
// the typed value or the first complaint.
func (d dialect) checkScalar(m map[string]any, typ, raw string) (any, string) {
	v, msg := d.parseTyped(typ, raw)
	if msg != "" {
		return nil, msg
	}
	if typ == "string" {
		if msg := d.checkString(m, raw); msg != "" {
			return nil, msg
		}
	}
	if typ == "integer" || typ == "number" {
		if msg := d.checkRange(m, raw); msg != "" {
			return nil, msg
		}
	}
	if enum := schemaList(m, "enum"); len(enum) > 0 && !inEnum(enum, raw) {
		return nil, d.notInEnum(raw, enum)
	}
	return v, ""
}

// parseTyped converts a wire string to the JSON data model. Booleans
// accept what both daemons accept: 1/0, true/false, yes/no, on/off.
func (d dialect) parseTyped(typ, raw string) (any, string) {
	switch typ {
	case "boolean":
		if b, ok := parseBool(raw); ok {
			return b, ""
		}
	case "integer":
		if isInteger.MatchString(raw) {
			if n, err := strconv.ParseInt(strings.TrimPrefix(raw, "+"), 10, 64); err == nil {
				return n, ""
			}
			return json.Number(strings.TrimPrefix(raw, "+")), ""
		}
	case "number":
		if isNumber.MatchString(raw) {
			if f, err := strconv.ParseFloat(raw, 64); err == nil {
				return f, ""
			}
		}
	default:
		return raw, ""
	}
	return nil, d.badType(typ, raw)
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(s) {
	case "1", "true", "yes", "on":
		return true, true
	case "0", "false", "no", "off":
		return false, true
	}
	return false, false
}

func (d dialect) checkString(m map[string]any, raw string) string {
	if p := schemaString(m, "pattern"); p != "" {
		if re := compiledPattern(p); re != nil && !re.MatchString(raw) {
			return d.noMatch()
		}
	}
	n := float64(utf8.RuneCountInString(raw))
	if max, ok := schemaNumber(m, "maxLength"); ok && n > max {
		return d.tooLong(max)
	}
	if min, ok := schemaNumber(m, "minLength"); ok && n < min {
		return d.tooShort(min)
	}
	return ""
}

func (d dialect) checkRange(m map[string]any, raw string) string {
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return ""
	}
	if max, ok := schemaNumber(m, "maximum"); ok && f > max {
		return d.aboveMaximum(max, raw)
	}
	if min, ok := schemaNumber(m, "minimum"); ok && f < min {
		return d.belowMinimum(min, raw)
	}
	return ""
}

func inEnum(enum []any, raw string) bool {
	for _, e := range enum {
		if enumText(e) == raw {
			return true
		}
	}
	return false
}
