package sim

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// dialect words parameter errors as one product's schema checker does:
// PVE's PVE::JSONSchema or PBS's proxmox-schema.
type dialect struct{ pbs bool }

func dialectOf(p catalog.Product) dialect { return dialect{pbs: p == catalog.PBS} }

func (d dialect) missing() string {
	if d.pbs {
		return "parameter is missing and it is not optional."
	}
	return "property is missing and it is not optional"
}

func (d dialect) unknown() string {
	if d.pbs {
		return "schema does not allow additional properties."
	}
	return "property is not defined in schema and the schema does not allow additional properties"
}

func (d dialect) duplicate() string {
	if d.pbs {
		return "duplicate parameter."
	}
	return "duplicate parameter (already defined in URI) with conflicting values!"
}

func (d dialect) badType(typ, raw string) string {
	if d.pbs {
		switch typ {
		case "boolean":
			return "Unable to parse boolean option."
		case "integer":
			return "invalid digit found in string"
		case "number":
			return "invalid float literal"
		}
	}
	return fmt.Sprintf("type check ('%s') failed - got '%s'", typ, raw)
}

func (d dialect) notInEnum(raw string, enum []string) string {
	if d.pbs {
		return fmt.Sprintf("value '%s' is not defined in the enumeration.", raw)
	}
	return fmt.Sprintf("value '%s' does not have a value in the enumeration '%s'", raw, strings.Join(enum, ", "))
}

// requiredBy: PVE's check_object reports a missing required-by parameter
// under its own name.
func (d dialect) requiredBy(param string) string {
	if d.pbs {
		return "parameter is missing and it is not optional."
	}
	return fmt.Sprintf("missing property required by '%s'", param)
}

func (d dialect) belowMinimum(min float64, raw string) string {
	if d.pbs {
		return fmt.Sprintf("value must have a minimum value of %s (got %s)", numText(min), raw)
	}
	return "value must have a minimum value of " + numText(min)
}

func (d dialect) aboveMaximum(max float64, raw string) string {
	if d.pbs {
		return fmt.Sprintf("value must have a maximum value of %s (got %s)", numText(max), raw)
	}
	return "value must have a maximum value of " + numText(max)
}

func (d dialect) tooShort(n float64) string {
	return fmt.Sprintf("value must be at least %s characters long", numText(n))
}

func (d dialect) tooLong(n float64) string {
	return fmt.Sprintf("value may only be %s characters long", numText(n))
}

func (d dialect) noMatch() string { return "value does not match the regex pattern" }

// badFormat wraps a property-string error as PVE's check_prop does.
func (d dialect) badFormat(msg string) string {
	if d.pbs {
		return msg
	}
	return "invalid format - " + msg
}

func numText(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func enumText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return numText(x)
	case bool:
		if x {
			return "1"
		}
		return "0"
	}
	return fmt.Sprint(v)
}
