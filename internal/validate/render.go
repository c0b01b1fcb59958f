package validate

import (
	"encoding/json"
	"strconv"
	"strings"
)

// jsonType names a normalised value's JSON type the way the schema does;
// a whole number is an "integer" so "got integer 5" reads naturally.
func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case int64:
		return "integer"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "value"
}

// typeList renders schema "type" values: "an integer", "a string or an object".
func typeList(types []any) string {
	var names []string
	for _, t := range types {
		switch x := t.(type) {
		case string:
			names = append(names, article(x))
		case []any:
			for _, y := range x {
				if s, ok := y.(string); ok {
					names = append(names, article(s))
				}
			}
		}
	}
	if len(names) == 0 {
		return "a different kind of value"
	}
	return strings.Join(names, " or ")
}

func article(typ string) string {
	switch typ {
	case "integer", "object", "array":
		return "an " + typ
	case "null":
		return "null"
	}
	return "a " + typ
}

// render writes a JSON value compactly: strings quoted, numbers without
// exponent where possible.
func render(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case nil:
		return "null"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "?"
	}
	return string(b)
}

func listValues(v any) string {
	list, _ := v.([]any)
	parts := make([]string, len(list))
	for i, x := range list {
		parts[i] = render(x)
	}
	return strings.Join(parts, ", ")
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
