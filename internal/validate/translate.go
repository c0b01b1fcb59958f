package validate

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// translator turns a ValidationError tree into Problems. It reads the raw
// schema at each error's keyword location instead of parsing the library's
// English messages, so the wording is ours and stable.
type translator struct {
	raw  any            // the schema document
	args map[string]any // the normalised arguments
}

// leaves walks the error tree down to the failing keywords.
func (t translator) leaves(ve *jsonschema.ValidationError) []Problem {
	kw := lastToken(ve.KeywordLocation)
	if kw == "anyOf" || kw == "oneOf" {
		return t.alternatives(ve)
	}
	if len(ve.Causes) > 0 {
		var out []Problem
		for _, c := range ve.Causes {
			out = append(out, t.leaves(c)...)
		}
		return out
	}
	if ve.Message == "" {
		return nil
	}
	return t.leaf(ve, kw)
}

// alternatives reports the branch the value was meant for: a property
// string given as an object failed the string branch on its type only, so
// the useful errors are those of the object branch.
func (t translator) alternatives(ve *jsonschema.ValidationError) []Problem {
	var best []Problem
	for _, c := range ve.Causes {
		if isTypeMismatchAt(c, ve.InstanceLocation) {
			continue
		}
		if p := t.leaves(c); best == nil || len(p) < len(best) {
			best = p
		}
	}
	if best != nil {
		return best
	}
	node, _ := pointer(t.raw, ve.KeywordLocation).([]any)
	var types []any
	for _, b := range node {
		if m, ok := b.(map[string]any); ok && m["type"] != nil {
			types = append(types, m["type"])
		}
	}
	return []Problem{t.problem(ve.InstanceLocation, "must be "+typeList(types)+", "+t.got(ve.InstanceLocation))}
}

func isTypeMismatchAt(ve *jsonschema.ValidationError, instance string) bool {
	return len(ve.Causes) == 0 && ve.InstanceLocation == instance && lastToken(ve.KeywordLocation) == "type"
}

// leaf renders one failing keyword.
func (t translator) leaf(ve *jsonschema.ValidationError, kw string) []Problem {
	loc, inst := ve.KeywordLocation, ve.InstanceLocation
	if strings.Contains(loc, "/propertyNames/") || kw == "propertyNames" {
		return []Problem{t.badKey(inst)}
	}
	parent, _ := pointer(t.raw, parentOf(loc)).(map[string]any)
	switch kw {
	case "required":
		return t.missing(parent, inst)
	case "additionalProperties", "unevaluatedProperties":
		if ok := isFalse(parent[kw]); ok {
			return t.unknown(parent, inst)
		}
	case "dependentRequired":
		return nil // reported by the child location
	}
	if strings.Contains(loc, "/dependentRequired/") {
		return []Problem{t.dependency(loc, inst)}
	}
	return []Problem{t.problem(inst, t.message(kw, pointer(t.raw, loc), ve))}
}

// message says what a valid value is for one keyword, and what was given.
func (t translator) message(kw string, want any, ve *jsonschema.ValidationError) string {
	inst := ve.InstanceLocation
	switch kw {
	case "type":
		return "must be " + typeList([]any{want}) + ", " + t.got(inst)
	case "enum":
		return "must be one of " + listValues(want) + ", " + t.got(inst)
	case "const":
		return "must be " + render(want) + ", " + t.got(inst)
	case "minimum":
		return fmt.Sprintf("must be at least %s, %s", render(want), t.got(inst))
	case "maximum":
		return fmt.Sprintf("must be at most %s, %s", render(want), t.got(inst))
	case "exclusiveMinimum":
		return fmt.Sprintf("must be greater than %s, %s", render(want), t.got(inst))
	case "exclusiveMaximum":
		return fmt.Sprintf("must be less than %s, %s", render(want), t.got(inst))
	case "minLength":
		return fmt.Sprintf("must be at least %s characters long, %s", render(want), t.got(inst))
	case "maxLength":
		return fmt.Sprintf("must be at most %s characters long, %s", render(want), t.got(inst))
	case "pattern":
		return fmt.Sprintf("must match %s, %s", render(want), t.got(inst))
	case "format":
		return fmt.Sprintf("must be a valid %s, %s", render(want), t.got(inst))
	}
	if ve.Message == "not allowed" {
		return "is not allowed here"
	}
	return ve.Message
}

// problem makes an Invalid problem for the value at an instance location;
// a failure of the arguments object itself has no argument name.
func (t translator) problem(inst, msg string) Problem {
	return Problem{Arg: argName(inst), Message: msg}
}

func (t translator) missing(parent map[string]any, inst string) []Problem {
	obj, _ := pointer(t.args, inst).(map[string]any)
	var out []Problem
	for _, r := range asStrings(parent["required"]) {
		if _, ok := obj[r]; ok {
			continue
		}
		if inst == "" {
			out = append(out, Problem{Arg: r, Kind: Missing})
		} else {
			out = append(out, t.problem(inst, fmt.Sprintf("missing required key %q", r)))
		}
	}
	return out
}

// unknown names the keys no property or pattern property accepts.
func (t translator) unknown(parent map[string]any, inst string) []Problem {
	obj, _ := pointer(t.args, inst).(map[string]any)
	props, _ := parent["properties"].(map[string]any)
	pats := patterns(parent["patternProperties"])
	valid := "valid: " + validList(props)
	var out []Problem
	for k := range obj {
		if _, ok := props[k]; ok || matchesAny(pats, k) {
			continue
		}
		if inst == "" {
			out = append(out, Problem{Arg: k, Kind: Unknown, Message: valid})
		} else {
			out = append(out, t.problem(inst, fmt.Sprintf("unknown key %q (%s)", k, valid)))
		}
	}
	return out
}

// badKey reports an index of an indexed argument ({"net": {"x": …}}) that
// the propertyNames pattern refuses.
func (t translator) badKey(inst string) Problem {
	parent, key := parentOf(inst), unescape(lastToken(inst))
	if key != "" && strings.Trim(key, "0123456789") == "" {
		return t.problem(parent, fmt.Sprintf("index %q is out of range", key))
	}
	return t.problem(parent, fmt.Sprintf("index %q is not a number (write {\"0\": …, \"1\": …})", key))
}

// dependency renders dependentRequired/<name>/<i>: name needs another argument.
func (t translator) dependency(loc, inst string) Problem {
	needed, _ := pointer(t.raw, loc).(string)
	toks := strings.Split(loc, "/")
	name := unescape(toks[len(toks)-2])
	if inst != "" {
		name = argName(inst) + "." + name
	}
	return Problem{Arg: name, Message: fmt.Sprintf("needs argument %q too", needed)}
}

// got describes the given value; values of secret-looking arguments are
// not repeated, since the error may be shown or logged.
func (t translator) got(inst string) string {
	v := pointer(t.args, inst)
	typ := jsonType(v)
	if v == nil || typ == "object" || typ == "array" || sensitive(inst) {
		return "got " + typ
	}
	return "got " + typ + " " + truncate(render(v), 60)
}

// secretName matches argument names whose values are credentials
// (password, new-password, secret, ticket, token) but not identifiers such
// as tokenid.
var secretName = regexp.MustCompile(`(?i)password|secret|ticket|token$`)

// Sensitive reports whether an argument's value must not be repeated in
// messages; nested names (net.0.bridge) are judged by every part.
func Sensitive(arg string) bool {
	for _, part := range strings.FieldsFunc(arg, func(r rune) bool { return r == '/' || r == '.' }) {
		if secretName.MatchString(part) {
			return true
		}
	}
	return false
}

func sensitive(inst string) bool { return Sensitive(unescape(inst)) }

func isFalse(v any) bool {
	b, ok := v.(bool)
	return ok && !b
}

func patterns(v any) []*regexp.Regexp {
	m, _ := v.(map[string]any)
	var out []*regexp.Regexp
	for p := range m {
		if re, err := regexp.Compile(p); err == nil {
			out = append(out, re)
		}
	}
	return out
}

func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// validList lists property names, capped so the message stays short.
func validList(props map[string]any) string {
	names := make([]string, 0, len(props))
	for k := range props {
		names = append(names, k)
	}
	sort.Strings(names)
	const max = 25
	if len(names) > max {
		return strings.Join(names[:max], ", ") + fmt.Sprintf(", … %d more", len(names)-max)
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

func asStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// pointer resolves a JSON pointer whose tokens the schema library escaped
// (JSON-pointer escaping, then URL path escaping).
func pointer(doc any, ptr string) any {
	if ptr == "" || ptr == "/" {
		return doc
	}
	cur := doc
	for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		tok = unescape(tok)
		switch c := cur.(type) {
		case map[string]any:
			cur = c[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil
			}
			cur = c[i]
		default:
			return nil
		}
	}
	return cur
}

func unescape(tok string) string {
	if u, err := url.PathUnescape(tok); err == nil {
		tok = u
	}
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
}

func lastToken(ptr string) string {
	return ptr[strings.LastIndexByte(ptr, '/')+1:]
}

func parentOf(ptr string) string {
	if i := strings.LastIndexByte(ptr, '/'); i >= 0 {
		return ptr[:i]
	}
	return ""
}

// argName turns an instance location (/net/0/bridge) into net.0.bridge.
func argName(inst string) string {
	if inst == "" {
		return ""
	}
	toks := strings.Split(strings.TrimPrefix(inst, "/"), "/")
	for i, tok := range toks {
		toks[i] = unescape(tok)
	}
	return strings.Join(toks, ".")
}
