package proxmox

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// scalar writes one normalised value as Proxmox reads it for a parameter of
// the given type: booleans as 1/0, integers without exponent, numbers
// without exponent. A value of the wrong kind is refused, not coerced.
func scalar(typ string, v any) (string, error) {
	switch typ {
	case "boolean":
		return formatBool(v)
	case "integer":
		return formatInt(v)
	case "number":
		return formatNumber(v)
	case "":
		// Undeclared (an operation that accepts extra parameters): write
		// the value in its natural wire form.
		if _, ok := v.(bool); ok {
			return formatBool(v)
		}
	}
	return formatString(v)
}

func formatBool(v any) (string, error) {
	if b, ok := v.(bool); ok {
		if b {
			return "1", nil
		}
		return "0", nil
	}
	return "", fmt.Errorf("must be a boolean (true or false), %s", describe(v))
}

// maxExactInt is the largest integer a float64 from JSON holds exactly.
const maxExactInt = 1 << 53

func formatInt(v any) (string, error) {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		if x == math.Trunc(x) && math.Abs(x) <= maxExactInt {
			return strconv.FormatInt(int64(x), 10), nil
		}
	case json.Number:
		if _, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return string(x), nil
		}
		if _, err := strconv.ParseUint(string(x), 10, 64); err == nil {
			return string(x), nil
		}
	}
	return "", fmt.Errorf("must be an integer, %s", describe(v))
}

func formatNumber(v any) (string, error) {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), nil
	case json.Number:
		if f, err := x.Float64(); err == nil && !math.IsInf(f, 0) {
			if _, err := x.Int64(); err == nil {
				return string(x), nil
			}
			return strconv.FormatFloat(f, 'f', -1, 64), nil
		}
	}
	return "", fmt.Errorf("must be a number, %s", describe(v))
}

// formatString accepts a string, or a number for a string parameter that
// holds one (some Proxmox ids are typed string); never a boolean, object or
// array, whose string form would be a guess.
func formatString(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case int64, json.Number:
		return formatNumber(x)
	case float64:
		return formatNumber(x)
	}
	return "", fmt.Errorf("must be a string, %s", describe(v))
}

// describe renders a value for an error message, briefly.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "got null"
	case bool:
		return "got boolean " + strconv.FormatBool(x)
	case string:
		if len(x) > 40 {
			x = x[:40] + "…"
		}
		return "got string " + strconv.Quote(x)
	case int64, json.Number:
		return fmt.Sprintf("got %v", x)
	case float64:
		return "got " + strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		return "got an array"
	case map[string]any:
		return "got an object"
	}
	return fmt.Sprintf("got %T", v)
}

// checkListItem refuses a value that would break a property string or a
// list: seps are the separators of the enclosing syntax.
func checkListItem(s, seps string) error {
	if i := strings.IndexAny(s, seps); i >= 0 {
		return fmt.Errorf("value %q contains %q, which would split it", trimForMsg(s), s[i:i+1])
	}
	return nil
}

func trimForMsg(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
