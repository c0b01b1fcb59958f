package wire

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
)

// encodeValue writes one argument value as its wire texts (several for an
// array, sent as repeated parameters), accepting the natural forms an
// assistant writes, and checks them.
func encodeValue(v *catalog.Value, in any) ([]string, []Problem) {
	switch {
	case len(v.Any) > 0:
		return encodeAlternatives(v, in)
	case v.Type == "array":
		return encodeArray(v, in)
	case v.Property != nil:
		text, problems := propertyText(v, in)
		return []string{text}, problems
	case v.List != nil:
		text, p := listText(v.List, in, ",")
		if p == nil {
			p = checkString(&catalog.Value{Pattern: v.Pattern, MaxLength: v.MaxLength, MinLength: v.MinLength}, text)
		}
		return []string{text}, single(p)
	}
	if list, ok := in.([]any); ok && isListFormat(v.Format) {
		in = joinedList(list)
	}
	if raw, ok := in.(string); ok && v.Format == urlencoded && !formats.IsURLEncoded(raw) {
		in = formats.URLEncode(raw) // what PVE's own web UI sends for raw text
	}
	text, p := scalarText(v, in)
	if p == nil {
		p = checkText(v, text)
	}
	return []string{text}, single(p)
}

func single(p *Problem) []Problem {
	if p == nil {
		return nil
	}
	return []Problem{*p}
}

// encodeAlternatives takes the first alternative that accepts the value;
// when none does, the problems of the first whose type fits are the
// useful ones.
func encodeAlternatives(v *catalog.Value, in any) ([]string, []Problem) {
	var first []Problem
	for i := range v.Any {
		texts, problems := encodeValue(&v.Any[i], in)
		if len(problems) == 0 {
			return texts, nil
		}
		if first == nil || (first[0].Kind == Type && problems[0].Kind != Type) {
			first = problems
		}
	}
	return nil, first
}

// encodeArray writes each element; a single value stands for a list of one.
func encodeArray(v *catalog.Value, in any) ([]string, []Problem) {
	items := v.Items
	if items == nil {
		items = &catalog.Value{Type: "string"}
	}
	list, ok := in.([]any)
	if !ok {
		list = []any{in}
	}
	var out []string
	var problems []Problem
	for i, x := range list {
		texts, ps := encodeValue(items, x)
		for _, p := range ps {
			p.Detail = strings.TrimSpace("element " + strconv.Itoa(i) + ": " + p.Detail)
			problems = append(problems, p)
		}
		out = append(out, texts...)
	}
	return out, problems
}

// propertyText writes a property string: a string is parsed and checked
// key by key, then sent as written; an object of keys (or a bare value of
// the default key) is checked and printed in Proxmox's order.
func propertyText(v *catalog.Value, in any) (string, []Problem) {
	ps := v.Property
	var pairs map[string]string
	switch x := in.(type) {
	case string:
		parsed, p := parseProperty(ps, x)
		if p != nil {
			return "", []Problem{*p}
		}
		if _, problems := checkPairs(ps, parsed); len(problems) > 0 {
			return "", problems
		}
		return x, single(checkString(&catalog.Value{Pattern: v.Pattern, MaxLength: v.MaxLength, MinLength: v.MinLength}, x))
	case map[string]any:
		var problems []Problem
		if pairs, problems = objectPairs(ps, x); len(problems) > 0 {
			return "", problems
		}
	case []any, nil:
		return "", []Problem{{Kind: Type, Want: "property string or an object of its keys"}}
	default:
		obj, ok := propertyFromScalar(ps, x)
		if !ok {
			return "", []Problem{{Kind: Type, Want: "property string or an object of its keys", Got: gotText(x), GotJSON: isJSON(x)}}
		}
		return propertyText(v, obj)
	}
	if _, problems := checkPairs(ps, pairs); len(problems) > 0 {
		return "", problems
	}
	return printProperty(ps, pairs), nil
}

// listText writes a list value: a string as written (checked item by
// item), an array joined with sep.
func listText(item *catalog.Value, in any, sep string) (string, *Problem) {
	switch x := in.(type) {
	case string:
		splitter := splitList
		if sep == ";" {
			splitter = splitKeyList
		}
		if _, p := decodeListText(item, x, splitter); p != nil {
			return "", p
		}
		return x, nil
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			text, p := scalarText(item, e)
			if p == nil {
				p = checkText(item, text)
			}
			if p == nil && strings.ContainsAny(text, ",;"+sep) {
				p = &Problem{Detail: "contains a separator, which would split it", Got: text}
			}
			if p != nil {
				p.Detail = strings.TrimSpace("element " + strconv.Itoa(i) + ": " + p.Detail)
				return "", p
			}
			parts[i] = text
		}
		return strings.Join(parts, sep), nil
	}
	text, p := scalarText(item, in)
	if p == nil {
		p = checkText(item, text)
	}
	return text, p
}

// decodeListText checks each item of a list string.
func decodeListText(item *catalog.Value, text string, split func(string) []string) (any, *Problem) {
	out := []any{}
	for _, part := range split(text) {
		v, p := decodeScalar(item, part)
		if p != nil {
			return nil, p
		}
		out = append(out, v)
	}
	return out, nil
}

// SplitList is PVE::Tools::split_list (see formats.SplitList), for the
// simulator's handlers of list parameters.
func SplitList(text string) []string { return formats.SplitList(text) }

func splitList(text string) []string { return formats.SplitList(text) }

// splitKeyList splits a list inside a property string, where commas
// already separate the keys.
func splitKeyList(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return r == ';' || r == ' ' })
}

// urlencoded is PVE's format of text that travels URL-encoded (sshkeys).
const urlencoded = "urlencoded"

// isListFormat: PVE's check_format treats NAME-list as a list of NAME.
func isListFormat(format string) bool { return strings.HasSuffix(format, "-list") }

// joinedList writes an array for a -list format as PVE writes such
// lists: comma separated. Elements stay unchecked here: the format checks
// the joined text item by item.
func joinedList(list []any) any {
	parts := make([]string, 0, len(list))
	for _, e := range list {
		text, p := scalarText(&catalog.Value{Type: "string"}, e)
		if p != nil {
			return list // refused below with the element's type
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, ",")
}

// scalarText writes one scalar as wire text for its value's type,
// accepting the natural forms: a numeric string for a number, 0/1 or
// "true" for a boolean, a number for a string that holds one.
func scalarText(v *catalog.Value, in any) (string, *Problem) {
	switch v.Type {
	case "boolean":
		return boolInput(in)
	case "integer":
		return intInput(in)
	case "number":
		return numberInput(in)
	case "":
		if b, ok := in.(bool); ok {
			return boolText(b), nil
		}
	}
	return stringInput(in)
}

func boolInput(in any) (string, *Problem) {
	switch x := in.(type) {
	case bool:
		return boolText(x), nil
	case string:
		if b, ok := parseBool(x); ok {
			return boolText(b), nil
		}
	case int64, float64, json.Number:
		if t, _ := numberInput(x); t == "0" || t == "1" {
			return t, nil
		}
	}
	return "", &Problem{Kind: Type, Want: "boolean (true or false)", Got: gotText(in), GotJSON: isJSON(in)}
}

// maxExactInt is the largest integer a float64 from JSON holds exactly.
const maxExactInt = 1 << 53

func intInput(in any) (string, *Problem) {
	switch x := in.(type) {
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		if x == math.Trunc(x) && math.Abs(x) <= maxExactInt {
			return strconv.FormatInt(int64(x), 10), nil
		}
	case json.Number:
		if isInteger.MatchString(string(x)) {
			return strings.TrimPrefix(string(x), "+"), nil
		}
		if f, err := x.Float64(); err == nil && f == math.Trunc(f) && math.Abs(f) <= maxExactInt {
			return strconv.FormatInt(int64(f), 10), nil
		}
	case string:
		if t := strings.TrimSpace(x); isInteger.MatchString(t) {
			return strings.TrimPrefix(t, "+"), nil
		}
	}
	return "", &Problem{Kind: Type, Want: "integer", Got: gotText(in), GotJSON: isJSON(in)}
}

func numberInput(in any) (string, *Problem) {
	switch x := in.(type) {
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), nil
	case json.Number:
		if isInteger.MatchString(string(x)) {
			return strings.TrimPrefix(string(x), "+"), nil
		}
		if f, err := x.Float64(); err == nil && !math.IsInf(f, 0) {
			return strconv.FormatFloat(f, 'f', -1, 64), nil
		}
	case string:
		if t := strings.TrimSpace(x); isNumber.MatchString(t) {
			return t, nil
		}
	}
	return "", &Problem{Kind: Type, Want: "number", Got: gotText(in), GotJSON: isJSON(in)}
}

// stringInput takes a string, or a number for a string that holds one
// (vmid lists, ids typed string); never a boolean, object or array, whose
// string form would be a guess.
func stringInput(in any) (string, *Problem) {
	switch x := in.(type) {
	case string:
		return x, nil
	case int64, float64, json.Number:
		return numberInput(x)
	}
	return "", &Problem{Kind: Type, Want: "string", Got: gotText(in), GotJSON: isJSON(in)}
}

// decodeValue reads one parameter's wire texts back into the JSON data
// model, checking them with the same rules the encoder applies.
func decodeValue(v *catalog.Value, texts []string) (any, []Problem) {
	switch {
	case len(v.Any) > 0:
		return decodeAlternatives(v, texts)
	case v.Type == "array":
		items := v.Items
		if items == nil {
			items = &catalog.Value{Type: "string"}
		}
		out := make([]any, 0, len(texts))
		for _, t := range texts {
			x, p := decodeScalar(items, t)
			if p != nil {
				return nil, []Problem{*p}
			}
			out = append(out, x)
		}
		return out, nil
	}
	text := texts[0]
	switch {
	case v.Property != nil:
		pairs, p := parseProperty(v.Property, text)
		if p != nil {
			return nil, []Problem{*p}
		}
		obj, problems := checkPairs(v.Property, pairs)
		return obj, problems
	case v.List != nil:
		x, p := decodeListText(v.List, text, splitList)
		return x, single(p)
	}
	x, p := decodeScalar(v, text)
	return x, single(p)
}

func decodeAlternatives(v *catalog.Value, texts []string) (any, []Problem) {
	var first []Problem
	for i := range v.Any {
		x, problems := decodeValue(&v.Any[i], texts)
		if len(problems) == 0 {
			return x, nil
		}
		if first == nil {
			first = problems
		}
	}
	return nil, first
}

// decodeScalar reads and checks one scalar's wire text.
func decodeScalar(v *catalog.Value, text string) (any, *Problem) {
	x, p := typedText(v, text)
	if p != nil {
		return nil, p
	}
	if p := checkText(v, text); p != nil {
		return nil, p
	}
	return x, nil
}

// gotText is a caller's value for a message: a string as it is, anything
// else as JSON.
func gotText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return jsonText(v)
}

func isJSON(v any) bool { _, isString := v.(string); return !isString }

// jsonText renders a value briefly for a message.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

// hide drops the value from a problem about a secret.
func hide(p Problem, secret bool) Problem {
	if secret {
		p.Got = ""
	}
	return p
}
