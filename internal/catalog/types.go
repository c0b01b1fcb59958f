package catalog

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// Proxmox's Perl daemons encode a scalar as a JSON number or a JSON string
// depending on how the value was last used, and booleans as 0/1. The typed
// results of the generated clients therefore use these lenient types.

// Int decodes a JSON number or a numeric string.
type Int int64

// UnmarshalJSON accepts 42, 42.0 and "42".
func (i *Int) UnmarshalJSON(b []byte) error {
	f, err := lenientNumber(b)
	if err != nil {
		return fmt.Errorf("integer: %w", err)
	}
	*i = Int(f)
	return nil
}

// Number decodes a JSON number or a numeric string.
type Number float64

// UnmarshalJSON accepts 1.5 and "1.5".
func (n *Number) UnmarshalJSON(b []byte) error {
	f, err := lenientNumber(b)
	if err != nil {
		return fmt.Errorf("number: %w", err)
	}
	*n = Number(f)
	return nil
}

// Bool decodes true/false, 0/1 and their string forms.
type Bool bool

// UnmarshalJSON accepts true, false, 0, 1, "0", "1", "true", "false".
func (v *Bool) UnmarshalJSON(b []byte) error {
	s := string(bytes.Trim(b, `"`))
	switch s {
	case "true", "1":
		*v = true
	case "false", "0", "", "null":
		*v = false
	default:
		return fmt.Errorf("boolean: unexpected %s", b)
	}
	return nil
}

func lenientNumber(b []byte) (float64, error) {
	s := string(bytes.Trim(b, `"`))
	if s == "" || s == "null" {
		return 0, nil
	}
	var f float64
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return strconv.ParseFloat(s, 64)
	}
	return f, nil
}
