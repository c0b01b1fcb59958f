package sim

import (
	"strconv"
	"unicode/utf8"

	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// fits reports whether a generated answer value (as text) satisfies a
// returns-schema node: its type, pattern, length, range and enumeration.
// Requests are checked by package wire; this only keeps the simulator's
// own answers schema-valid.
func fits(m map[string]any, typ, text string) bool {
	switch typ {
	case "integer", "number":
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return false
		}
		if max, ok := schemaNumber(m, "maximum"); ok && f > max {
			return false
		}
		if min, ok := schemaNumber(m, "minimum"); ok && f < min {
			return false
		}
	case "boolean":
		if _, ok := wire.ParseBool(text); !ok {
			return false
		}
	default:
		if p := schemaString(m, "pattern"); p != "" {
			if re := compiledPattern(p); re != nil && !re.MatchString(text) {
				return false
			}
		}
		n := float64(utf8.RuneCountInString(text))
		if max, ok := schemaNumber(m, "maxLength"); ok && n > max {
			return false
		}
		if min, ok := schemaNumber(m, "minLength"); ok && n < min {
			return false
		}
	}
	if enum := schemaList(m, "enum"); len(enum) > 0 && !inEnum(enum, text) {
		return false
	}
	return true
}

func inEnum(enum []any, text string) bool {
	for _, e := range enum {
		if enumText(e) == text {
			return true
		}
	}
	return false
}
