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

// String decodes a JSON string, or a number or boolean as its JSON text.
type String string

// UnmarshalJSON accepts "text", 42 and true.
func (s *String) UnmarshalJSON(b []byte) error {
	var v string
	if err := json.Unmarshal(b, &v); err == nil {
		*s = String(v)
		return nil
	}
	t := string(bytes.TrimSpace(b))
	if t == "null" {
		*s = ""
		return nil
	}
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return fmt.Errorf("string: unexpected %.20s", t)
	}
	*s = String(t)
	return nil
}

// Decode unmarshals an operation's data into out; JSON null or an empty
// body leaves out at its zero value.
func Decode(data json.RawMessage, out any) error {
	t := bytes.TrimSpace(data)
	if len(t) == 0 || bytes.Equal(t, []byte("null")) {
		return nil
	}
	return json.Unmarshal(t, out)
}

// IndexedArgs turns a typed client's indexed parameter (net[n] as a map from
// index to value) into the argument shape the runtime flattens to net0, net1….
func IndexedArgs[T any](m map[int]T) map[string]any {
	out := make(map[string]any, len(m))
	for i, v := range m {
		out[strconv.Itoa(i)] = v
	}
	return out
}
