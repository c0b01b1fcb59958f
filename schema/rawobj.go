package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
)

// rawObject is a JSON object whose members are read one by one, so that the
// members nobody read can be reported as unknown keys.
type rawObject struct {
	members map[string]json.RawMessage
	read    map[string]bool
	where   string // for messages: "GET /nodes parameter node"
	warn    func(string)
}

func decodeObject(data json.RawMessage, where string, warn func(string)) (*rawObject, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: expected a JSON object: %w", where, err)
	}
	return &rawObject{members: m, read: map[string]bool{}, where: where, warn: warn}, nil
}

func (o *rawObject) has(key string) bool {
	_, ok := o.members[key]
	return ok
}

func (o *rawObject) raw(key string) (json.RawMessage, bool) {
	o.read[key] = true
	v, ok := o.members[key]
	if ok && bytes.Equal(bytes.TrimSpace(v), []byte("null")) {
		return nil, false
	}
	return v, ok
}

// str reads a string member; a non-string value is converted to its JSON text.
func (o *rawObject) str(key string) string {
	v, ok := o.raw(key)
	if !ok {
		return ""
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return string(bytes.TrimSpace(v))
	}
	return s
}

// flag reads a boolean written as true/false, 0/1 or "0"/"1".
func (o *rawObject) flag(key string) bool {
	v, ok := o.raw(key)
	if !ok {
		return false
	}
	b, err := parseFlag(v)
	if err != nil {
		o.warn(fmt.Sprintf("%s: key %q: %v", o.where, key, err))
	}
	return b
}

func parseFlag(v json.RawMessage) (bool, error) {
	switch string(bytes.Trim(bytes.TrimSpace(v), `"`)) {
	case "1", "true":
		return true, nil
	case "0", "false", "":
		return false, nil
	}
	return false, fmt.Errorf("not a boolean: %s", v)
}

func (o *rawObject) number(key string) *float64 {
	v, ok := o.raw(key)
	if !ok {
		return nil
	}
	var f float64
	if err := json.Unmarshal(bytes.Trim(v, `"`), &f); err != nil {
		o.warn(fmt.Sprintf("%s: key %q: not a number: %s", o.where, key, v))
		return nil
	}
	return &f
}

func (o *rawObject) integer(key string) *int {
	f := o.number(key)
	if f == nil {
		return nil
	}
	n := int(*f)
	return &n
}

func (o *rawObject) value(key string) (any, bool) {
	v, ok := o.raw(key)
	if !ok {
		return nil, false
	}
	var x any
	if err := json.Unmarshal(v, &x); err != nil {
		return nil, false
	}
	return x, true
}

func (o *rawObject) strings(key string) []string {
	v, ok := o.raw(key)
	if !ok {
		return nil
	}
	var ss []string
	if err := json.Unmarshal(v, &ss); err != nil {
		o.warn(fmt.Sprintf("%s: key %q: not a list of strings: %s", o.where, key, v))
	}
	return ss
}

// ignore marks keys as known without reading them.
func (o *rawObject) ignore(keys ...string) {
	for _, k := range keys {
		o.read[k] = true
	}
}

// unknownKeys lists the members nobody read, sorted.
func (o *rawObject) unknownKeys() []string {
	var out []string
	for k := range o.members {
		if !o.read[k] {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
