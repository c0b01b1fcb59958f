package inventory

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// ArgKind is the type of a declared tool argument.
type ArgKind int

// The argument kinds.
const (
	String ArgKind = iota
	Integer
	Boolean
	Object     // an object; also accepted as the same object written as a JSON string
	StringList // a list of strings; a single string stands for a list of one
)

// Arg is one argument of a tool this server declares itself (the front
// door, the task tool): the listed schema and the parser both come from
// this one definition, so they cannot disagree.
type Arg struct {
	Name        string
	Kind        ArgKind
	Description string
	Required    bool
	// Min and Max bound an Integer.
	Min, Max int
	// MaxLength bounds a String (or each StringList element), in bytes:
	// every text argument has a bound, checked before any work.
	MaxLength int
	// MinItems and MaxItems bound a StringList.
	MinItems, MaxItems int
	Enum               []string
	Default            any
}

// Args are a tool's arguments, in listing order.
type Args []Arg

// Schema is the tool's input schema.
func (a Args) Schema() json.RawMessage {
	props := map[string]any{}
	var required []string
	for _, arg := range a {
		props[arg.Name] = arg.schema()
		if arg.Required {
			required = append(required, arg.Name)
		}
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err) // maps of JSON values always encode
	}
	return json.RawMessage(bytes.TrimSpace(b.Bytes()))
}

func (arg Arg) schema() map[string]any {
	s := map[string]any{}
	switch arg.Kind {
	case String:
		s["type"] = "string"
		if arg.Required {
			s["minLength"] = 1
		}
		s["maxLength"] = arg.MaxLength
	case Integer:
		s["type"], s["minimum"] = "integer", arg.Min
		if arg.Max > 0 {
			s["maximum"] = arg.Max
		}
	case Boolean:
		s["type"] = "boolean"
	case Object:
		s["type"] = "object"
	case StringList:
		s["type"], s["items"] = "array", map[string]any{"type": "string", "maxLength": arg.MaxLength}
		if arg.MinItems > 0 {
			s["minItems"] = arg.MinItems
		}
		if arg.MaxItems > 0 {
			s["maxItems"] = arg.MaxItems
		}
	}
	if arg.Description != "" {
		s["description"] = arg.Description
	}
	if len(arg.Enum) > 0 {
		s["enum"] = arg.Enum
	}
	if arg.Default != nil {
		s["default"] = arg.Default
	}
	return s
}

// Parsed are checked argument values: string, int, bool, map[string]any
// or []string by kind.
type Parsed map[string]any

// Str, Int, Bool, Obj and List read a parsed argument (the zero value
// when it was not given and has no default).
func (p Parsed) Str(name string) string         { s, _ := p[name].(string); return s }
func (p Parsed) Int(name string) int            { n, _ := p[name].(int); return n }
func (p Parsed) Bool(name string) bool          { b, _ := p[name].(bool); return b }
func (p Parsed) Obj(name string) map[string]any { m, _ := p[name].(map[string]any); return m }
func (p Parsed) List(name string) []string      { l, _ := p[name].([]string); return l }

// Has reports whether the caller gave the argument.
func (p Parsed) Has(name string) bool { _, ok := p[name]; return ok }

// Parse checks the arguments of one call against the definition. Unknown
// arguments are refused, naming the valid ones.
func (a Args) Parse(in map[string]any) (Parsed, error) {
	out := Parsed{}
	for k := range in {
		if !slices.ContainsFunc(a, func(arg Arg) bool { return arg.Name == k }) {
			return nil, fmt.Errorf("unknown argument %q (valid: %s)", clip(k), strings.Join(a.names(), ", "))
		}
	}
	for _, arg := range a {
		v, given := in[arg.Name]
		if !given || v == nil {
			if arg.Required {
				return nil, fmt.Errorf("argument %q is required%s", arg.Name, describeArg(arg))
			}
			if arg.Default != nil {
				out[arg.Name] = arg.Default
			}
			continue
		}
		x, err := arg.parse(v)
		if err != nil {
			return nil, fmt.Errorf("argument %q: %v", arg.Name, err)
		}
		out[arg.Name] = x
	}
	return out, nil
}

func (a Args) names() []string {
	out := make([]string, len(a))
	for i, arg := range a {
		out[i] = arg.Name
	}
	return out
}

func describeArg(arg Arg) string {
	if arg.Description == "" {
		return ""
	}
	return ": " + arg.Description
}

func (arg Arg) parse(v any) (any, error) {
	switch arg.Kind {
	case String:
		return arg.parseString(v)
	case Integer:
		return arg.parseInt(v)
	case Boolean:
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("must be true or false, got %s", brief(v))
		}
		return b, nil
	case Object:
		return parseObject(v)
	case StringList:
		return arg.parseList(v)
	}
	return nil, fmt.Errorf("unsupported argument kind")
}

func (arg Arg) parseString(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("must be a string, got %s", brief(v))
	}
	if len(s) > arg.MaxLength {
		return "", fmt.Errorf("is %d bytes long; at most %d are accepted", len(s), arg.MaxLength)
	}
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("is not valid UTF-8")
	}
	if arg.Required && strings.TrimSpace(s) == "" {
		return "", fmt.Errorf("must not be empty%s", describeArg(arg))
	}
	if len(arg.Enum) > 0 && !slices.Contains(arg.Enum, s) {
		return "", fmt.Errorf("must be one of %s, got %q", strings.Join(arg.Enum, ", "), clip(s))
	}
	return s, nil
}

func (arg Arg) parseInt(v any) (int, error) {
	f, ok := number(v)
	if !ok || f != math.Trunc(f) || f < float64(arg.Min) || arg.Max > 0 && f > float64(arg.Max) {
		bound := fmt.Sprintf("from %d", arg.Min)
		if arg.Max > 0 {
			bound += fmt.Sprintf(" to %d", arg.Max)
		}
		return 0, fmt.Errorf("must be an integer %s, got %s", bound, brief(v))
	}
	return int(f), nil
}

func (arg Arg) parseList(v any) ([]string, error) {
	var items []any
	switch x := v.(type) {
	case string:
		items = []any{x} // a single name, as some callers send
	case []any:
		items = x
	default:
		return nil, fmt.Errorf("must be a list of strings, got %s", brief(v))
	}
	if len(items) < arg.MinItems || arg.MaxItems > 0 && len(items) > arg.MaxItems {
		return nil, fmt.Errorf("give %d to %d items, got %d", arg.MinItems, arg.MaxItems, len(items))
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, err := Arg{Kind: String, MaxLength: arg.MaxLength}.parseString(it)
		if err != nil {
			return nil, fmt.Errorf("item %d %v", i, err)
		}
		out[i] = s
	}
	return out, nil
}

// parseObject accepts an object, or the same object written as a JSON
// string (some clients send that).
func parseObject(v any) (map[string]any, error) {
	switch x := v.(type) {
	case map[string]any:
		return maps(x), nil
	case string:
		dec := json.NewDecoder(strings.NewReader(x))
		dec.UseNumber()
		var m map[string]any
		if err := dec.Decode(&m); err == nil && m != nil {
			return m, nil
		}
	}
	return nil, fmt.Errorf("must be an object, got %s", brief(v))
}

func maps(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	}
	return 0, false
}

// brief renders a caller's value for a message, shortened.
func brief(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf("%T", v)
	}
	return clip(string(b))
}
