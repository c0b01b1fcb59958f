package schema

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// JSON is a JSON Schema document as nested maps; encoding/json writes map
// keys sorted, which keeps generated output byte-identical.
type JSON = map[string]any

// Diagnostics collects what normalisation could not carry over exactly.
type Diagnostics struct {
	DroppedPatterns []DroppedPattern
	// Fallbacks are parameters whose schema was replaced by a permissive one.
	Fallbacks []Fallback
}

// DroppedPattern is a published pattern left out of a JSON Schema.
type DroppedPattern struct {
	Operation string // "GET /nodes/{node}/…"
	Param     string // parameter, dotted for nested keys ("net[n].bridge")
	Pattern   string // as published
	Reason    string
}

// Fallback is a parameter whose schema could not be translated.
type Fallback struct {
	Operation, Param, Reason string
}

// mode selects input (tool arguments) or returns (response data) rules.
type mode int

const (
	inputMode mode = iota
	returnsMode
)

type converter struct {
	op   *Operation
	diag *Diagnostics
	mode mode
}

// IndexedBase returns "net" for the indexed parameter name "net[n]".
func IndexedBase(name string) (string, bool) {
	if strings.HasSuffix(name, "[n]") {
		return strings.TrimSuffix(name, "[n]"), true
	}
	return name, false
}

// IndexedArgName is the argument name of an indexed parameter: its base
// ("net" for net[n]), or base_n when the operation also has a parameter
// named like the base (qemu's numa and numa[n]).
func IndexedArgName(op *Operation, name string) string {
	base, _ := IndexedBase(name)
	if op.Param(base) != nil {
		return base + "_n"
	}
	return base
}

// InputSchema is the JSON Schema of an operation's tool arguments: one
// property per parameter (path parameters included), an indexed parameter
// net[n] as "net" (an object keyed by index) and as pattern properties
// net0, net1, …, property strings as a string or an object of their keys.
func InputSchema(op *Operation, diag *Diagnostics) JSON {
	c := &converter{op: op, diag: diag, mode: inputMode}
	props := JSON{}
	patternProps := JSON{}
	dependent := JSON{}
	var required []string
	for _, prm := range op.Params {
		s := c.node(prm.Schema, prm.Name)
		name := prm.Name
		if base, ok := IndexedBase(prm.Name); ok {
			name = IndexedArgName(op, prm.Name)
			patternProps["^"+regexp.QuoteMeta(base)+"[0-9]+$"] = s
			s = indexedObject(prm.Schema, s)
		}
		props[name] = s
		if !prm.Schema.Optional && !isIndexed(prm.Name) {
			required = append(required, name)
		}
		if r := prm.Schema.Requires; r != "" && op.Param(r) != nil {
			dependent[name] = []string{r}
		}
	}
	out := JSON{"type": "object", "properties": props, "additionalProperties": op.ParamsAdditional}
	if len(required) > 0 {
		sort.Strings(required)
		out["required"] = required
	}
	if len(patternProps) > 0 {
		out["patternProperties"] = patternProps
	}
	if len(dependent) > 0 {
		out["dependentRequired"] = dependent
	}
	return out
}

func isIndexed(name string) bool {
	_, ok := IndexedBase(name)
	return ok
}

// ReturnsSchema is the JSON Schema of the unwrapped response data. It is
// deliberately lenient about extra members: Proxmox adds fields freely.
func ReturnsSchema(op *Operation, diag *Diagnostics) JSON {
	if op.Returns == nil {
		return JSON{}
	}
	c := &converter{op: op, diag: diag, mode: returnsMode}
	return c.node(op.Returns, "returns")
}

// indexBound matches "n is 0 to 30)" in an indexed parameter's description;
// the closing parenthesis keeps conditional bounds ("0 to 4, for machine …")
// from being read as hard limits.
var indexBound = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\(n is 0 to (\d+)\)`) })

// MaxIndex is the highest index an indexed parameter's description allows,
// or -1 when the schema does not say.
func MaxIndex(s *Schema) int {
	m := indexBound().FindStringSubmatch(s.Description)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// indexedObject wraps the per-index schema in an object keyed by index.
func indexedObject(s *Schema, item JSON) JSON {
	keyPattern := "^[0-9]{1,3}$"
	desc := "Keys are indexes: {\"0\": …} is sent as the parameter with index 0."
	if max := MaxIndex(s); max >= 0 {
		keyPattern = indexRangePattern(max)
		desc = fmt.Sprintf("Keys are indexes 0 to %d: {\"0\": …} is sent as the parameter with index 0.", max)
	}
	if d, _ := item["description"].(string); d != "" {
		desc = d + " " + desc
	}
	return JSON{
		"type":                 "object",
		"description":          desc,
		"propertyNames":        JSON{"pattern": keyPattern},
		"additionalProperties": item,
	}
}

// indexRangePattern matches the decimal numbers 0..max without leading zeros.
func indexRangePattern(max int) string {
	alts := make([]string, max+1)
	for i := range alts {
		alts[i] = strconv.Itoa(i)
	}
	return "^(?:" + strings.Join(alts, "|") + ")$"
}

// node converts one schema node; where names it in diagnostics.
func (c *converter) node(s *Schema, where string) JSON {
	if s == nil {
		return JSON{}
	}
	if len(s.OneOf)+len(s.AnyOf) > 0 {
		return c.alternatives(s, where)
	}
	if len(s.AllOf) > 0 {
		return c.fallback(s, where, "allOf is not supported")
	}
	if s.FormatKeys != nil && s.Type == "string" && c.mode == inputMode {
		return c.propertyString(s, where)
	}
	if s.FormatList != nil && s.Type == "string" && c.mode == inputMode {
		return c.listString(s, where)
	}
	if strings.HasSuffix(s.FormatName, "-list") && s.Type == "string" && c.mode == inputMode {
		return c.namedList(s, where)
	}
	out := JSON{}
	c.setType(out, s)
	c.annotate(out, s)
	c.constraints(out, s, where)
	switch s.Type {
	case "array":
		if s.Items != nil {
			out["items"] = c.node(s.Items, where+"[]")
		}
	case "object":
		c.objectMembers(out, s, where)
	}
	return out
}

func (c *converter) setType(out JSON, s *Schema) {
	switch s.Type {
	case "string", "integer", "number", "array", "object", "null":
		out["type"] = s.Type
	case "boolean":
		// Proxmox answers with 0/1 where its schema says boolean.
		if c.mode == returnsMode {
			out["type"] = []string{"boolean", "integer"}
		} else {
			out["type"] = "boolean"
		}
	}
}

// annotate sets description, default, enum and title.
func (c *converter) annotate(out JSON, s *Schema) {
	if d := describe(s); d != "" {
		out["description"] = d
	}
	if s.Title != "" {
		out["title"] = s.Title
	}
	if len(s.Enum) > 0 {
		out["enum"] = typedEnum(s.Type, s.Enum)
	}
	if s.HasDefault {
		if v, ok := typedDefault(s.Type, s.Default); ok {
			out["default"] = v
		}
	}
}

func (c *converter) constraints(out JSON, s *Schema, where string) {
	if s.Type == "integer" || s.Type == "number" {
		if s.Minimum != nil {
			out["minimum"] = *s.Minimum
		}
		if s.Maximum != nil {
			out["maximum"] = *s.Maximum
		}
	}
	if s.Type != "string" {
		return
	}
	if s.MinLength != nil {
		out["minLength"] = *s.MinLength
	}
	if s.MaxLength != nil {
		out["maxLength"] = *s.MaxLength
	}
	if s.Pattern != "" {
		c.pattern(out, s.Pattern, where)
	}
}

func (c *converter) pattern(out JSON, published, where string) {
	p := TranslatePattern(c.op.Product, published)
	if p.Go == "" {
		c.diag.DroppedPatterns = append(c.diag.DroppedPatterns, DroppedPattern{
			Operation: c.op.Method + " " + c.op.Path, Param: where, Pattern: published, Reason: p.Reason,
		})
		return
	}
	out["pattern"] = p.Go
	if p.MaxLength != nil {
		if cur, ok := out["maxLength"].(int); !ok || *p.MaxLength < cur {
			out["maxLength"] = *p.MaxLength
		}
	}
	if p.MinLength != nil {
		if cur, ok := out["minLength"].(int); !ok || *p.MinLength > cur {
			out["minLength"] = *p.MinLength
		}
	}
}

func (c *converter) objectMembers(out JSON, s *Schema, where string) {
	if len(s.Properties) == 0 {
		return
	}
	props := JSON{}
	patternProps := JSON{}
	var required []string
	for _, name := range slices.Sorted(maps.Keys(s.Properties)) {
		p := s.Properties[name]
		sub := c.node(p, where+"."+name)
		if base, ok := IndexedBase(name); ok {
			patternProps["^"+regexp.QuoteMeta(base)+"[0-9]+$"] = sub
			continue
		}
		props[name] = sub
		if !p.Optional {
			required = append(required, name)
		}
	}
	if len(props) > 0 {
		out["properties"] = props
	}
	if len(patternProps) > 0 {
		out["patternProperties"] = patternProps
	}
	if len(required) > 0 {
		out["required"] = required
	}
	if c.mode == inputMode {
		out["additionalProperties"] = s.AdditionalProperties
	}
}

// propertyString accepts the raw Proxmox string or a JSON object of its keys.
func (c *converter) propertyString(s *Schema, where string) JSON {
	raw := JSON{"type": "string", "description": "Property string: " + propertyStringSyntax(s)}
	c.constraints(raw, s, where)
	obj := JSON{"type": "object", "additionalProperties": false}
	props := JSON{}
	var required []string
	for _, k := range slices.Sorted(maps.Keys(s.FormatKeys)) {
		key := s.FormatKeys[k]
		if key.Type == "" && key.Alias != "" {
			continue // an alias (e1000=MAC sets model and macaddr): raw form only
		}
		props[k] = c.keyNode(key, where+"."+k)
		if !key.Optional {
			required = append(required, k)
		}
	}
	obj["properties"] = props
	if len(required) > 0 {
		obj["required"] = required
	}
	obj["description"] = hintObjectForm
	alts := []any{raw, obj}
	if bare := bareDefault(s); bare != nil {
		alts = append(alts, bare)
	}
	out := JSON{"anyOf": alts}
	if d := describe(&Schema{Description: s.Description, InstanceTypes: s.InstanceTypes, TypeProperty: s.TypeProperty}); d != "" {
		out["description"] = d
	}
	if s.HasDefault {
		if v, ok := s.Default.(string); ok {
			out["default"] = v
		}
	}
	return out
}

// bareDefault is the third form of a property string whose default key
// is a number or a boolean: the value alone (memory: 4096 is
// current=4096), which the server accepts and writes as the string.
func bareDefault(s *Schema) JSON {
	for name, k := range s.FormatKeys {
		if k.DefaultKey || name == s.DefaultKeyName {
			switch k.Type {
			case "integer", "number", "boolean":
				return JSON{"type": k.Type, "description": hintValueAlone(name)}
			}
		}
	}
	return nil
}

// namedList accepts a string of a named list format (pve-vmid-list,
// pve-storage-id-list …) or the list as an array, which the server joins
// with commas as PVE's own API handler does.
func (c *converter) namedList(s *Schema, where string) JSON {
	raw := JSON{"type": "string"}
	c.constraints(raw, s, where)
	arr := JSON{"type": "array", "items": JSON{"type": []string{"string", "integer"}}}
	alts := []any{raw, arr}
	if s.FormatName == "pve-vmid-list" {
		alts = append(alts, JSON{"type": "integer", "description": hintVMIDAlone})
	}
	out := JSON{"anyOf": alts}
	if d := describe(s); d != "" {
		out["description"] = d + " " + hintListForms
	}
	if s.HasDefault {
		if v, ok := s.Default.(string); ok {
			out["default"] = v
		}
	}
	return out
}

// keyNode converts a property-string key; a key that is itself a list format
// (PBS remove-vanished) accepts a ';'-separated string or an array.
func (c *converter) keyNode(key *Schema, where string) JSON {
	if key.FormatList != nil && key.Type == "string" {
		return c.listString(key, where)
	}
	if key.FormatKeys != nil {
		// Nested key=value formats cannot be written inside a property string
		// as an object; the raw string is what Proxmox expects there.
		flat := *key
		flat.FormatKeys = nil
		return c.node(&flat, where)
	}
	return c.node(key, where)
}

// listString accepts a list-format string or the list as an array.
func (c *converter) listString(s *Schema, where string) JSON {
	raw := JSON{"type": "string", "description": "List: " + propertyStringSyntax(s)}
	c.constraints(raw, s, where)
	arr := JSON{"type": "array", "items": c.node(s.FormatList, where+"[]")}
	out := JSON{"anyOf": []any{raw, arr}}
	if d := describe(&Schema{Description: s.Description}); d != "" {
		out["description"] = d
	}
	return out
}

func propertyStringSyntax(s *Schema) string {
	if s.TypeText != "" {
		return s.TypeText
	}
	if s.FormatList != nil {
		return "values separated by ','"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(s.FormatKeys)) {
		if s.FormatKeys[k].Type != "" {
			parts = append(parts, k+"=<"+s.FormatKeys[k].Type+">")
		}
	}
	return strings.Join(parts, ",")
}

// alternatives translates oneOf/anyOf branches (SDN fabric parameters whose
// shape depends on the protocol) into a nested anyOf: every value one
// branch accepts is accepted. Top-level composition never happens because
// parameters are always nested in the arguments object.
func (c *converter) alternatives(s *Schema, where string) JSON {
	branches := append(append([]*Schema{}, s.OneOf...), s.AnyOf...)
	var out []any
	for i, b := range branches {
		merged := *b
		if merged.Type == "" {
			merged.Type = s.Type
		}
		out = append(out, c.node(&merged, fmt.Sprintf("%s|%d", where, i)))
	}
	res := JSON{"anyOf": out}
	if d := describe(s); d != "" {
		res["description"] = d
	}
	return res
}

// fallback accepts any value for a schema the converter cannot translate.
func (c *converter) fallback(s *Schema, where, reason string) JSON {
	c.diag.Fallbacks = append(c.diag.Fallbacks, Fallback{
		Operation: c.op.Method + " " + c.op.Path, Param: where, Reason: reason,
	})
	out := JSON{}
	d := describe(s)
	out["description"] = strings.TrimSpace(d + " (Schema not checked by this server: " + reason + ".)")
	return out
}

// typedEnum gives enumeration values the parameter's JSON type: PVE
// publishes some integer enumerations as strings ("1", "2", … for
// saferemove-stepsize), which no integer would match in JSON Schema.
func typedEnum(typ string, enum []any) []any {
	out := make([]any, len(enum))
	for i, e := range enum {
		if v, ok := typedDefault(typ, e); ok {
			out[i] = v
		} else {
			out[i] = e
		}
	}
	return out
}

// typedDefault converts a published default to the parameter's JSON type;
// PVE writes boolean defaults as 0/1 and some numbers as strings.
func typedDefault(typ string, v any) (any, bool) {
	switch typ {
	case "boolean":
		switch x := v.(type) {
		case bool:
			return x, true
		case float64:
			return x != 0, true
		case string:
			b, err := strconv.ParseBool(x)
			return b, err == nil
		}
	case "integer", "number":
		switch x := v.(type) {
		case float64:
			return x, true
		case string:
			f, err := strconv.ParseFloat(x, 64)
			return f, err == nil
		}
	case "string":
		switch x := v.(type) {
		case string:
			return x, true
		case float64:
			return strconv.FormatFloat(x, 'f', -1, 64), true
		}
	default:
		return v, v != nil
	}
	return nil, false
}

// trivialTypeText matches typetexts that only restate the type and range
// ("<integer> (1 - N)"), which the schema already says.
var trivialTypeText = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^<(string|integer|number|boolean|array|object)>( \(-?[0-9.]+ - (N|-?[0-9.]+)\))?$`)
})

// describe builds a parameter description: Proxmox's text plus the syntax
// hints (typetext, format_description) and type-dependence notes.
func describe(s *Schema) string {
	parts := []string{strings.TrimSpace(s.Description)}
	if s.TypeText != "" && !trivialTypeText().MatchString(s.TypeText) && s.FormatKeys == nil && s.FormatList == nil {
		parts = append(parts, "Syntax: "+s.TypeText+".")
	}
	if s.FormatDescription != "" {
		parts = append(parts, "Format: "+s.FormatDescription+".")
	}
	if s.TypeProperty != "" && len(s.InstanceTypes) > 0 {
		parts = append(parts, fmt.Sprintf("Only when %s is %s.", s.TypeProperty, strings.Join(s.InstanceTypes, " or ")))
	}
	return strings.TrimSpace(strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), " "))
}
