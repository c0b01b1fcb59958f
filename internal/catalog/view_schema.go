package catalog

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
)

// schemaCuts are what an operation's schemas lose at an older release:
// whole parameters, and keys of property-string parameters.
type schemaCuts struct {
	params []Param
	keys   []keyCut
}

type keyCut struct {
	param   Param
	dropped []string
}

func (c *schemaCuts) empty() bool { return len(c.params) == 0 && len(c.keys) == 0 }

// prune removes the cut parameters and keys from a generated input schema
// (InputSchema or its compact ToolSchema): properties, the pattern
// properties of indexed parameters, required and dependentRequired
// entries, and each key from the object form and the syntax line of its
// property string. A schema that does not decode is returned as it is.
func (c *schemaCuts) prune(text string) string {
	s, ok := decodeJSON(text)
	if !ok {
		return text
	}
	for _, p := range c.params {
		dropParam(s, &p)
	}
	for _, k := range c.keys {
		for _, node := range paramNodes(s, &k.param) {
			dropKeys(node, k.dropped)
		}
	}
	return encodeInputSchema(s)
}

func dropParam(s map[string]any, p *Param) {
	delete(object(s, "properties"), p.Name)
	if p.Indexed {
		pp := object(s, "patternProperties")
		delete(pp, indexedPattern(p))
		if len(pp) == 0 {
			delete(s, "patternProperties")
		}
	}
	dropName(s, "required", p.Name)
	dep := object(s, "dependentRequired")
	delete(dep, p.Name)
	for name := range dep {
		dropName(dep, name, p.Name)
	}
	if dep != nil && len(dep) == 0 {
		delete(s, "dependentRequired")
	}
}

// indexedPattern is the pattern property the generator writes for an
// indexed parameter's wire names (net0, net1, …).
func indexedPattern(p *Param) string {
	return "^" + regexp.QuoteMeta(p.WireName()) + "[0-9]+$"
}

// paramNodes are the schemas of one value of the parameter: the property
// itself, or for an indexed parameter the value under each index and the
// pattern property.
func paramNodes(s map[string]any, p *Param) []map[string]any {
	node, _ := object(s, "properties")[p.Name].(map[string]any)
	if !p.Indexed {
		return []map[string]any{node}
	}
	item, _ := node["additionalProperties"].(map[string]any)
	pattern, _ := object(s, "patternProperties")[indexedPattern(p)].(map[string]any)
	return []map[string]any{item, pattern}
}

// dropKeys takes keys out of a property string's schema: the object branch
// of its anyOf, and the syntax line ("[,firewall=<1|0>]") of the string
// branch or of the compact form's single description.
func dropKeys(node map[string]any, keys []string) {
	if node == nil {
		return
	}
	for _, k := range keys {
		dropSyntax(node, k)
	}
	alts, _ := node["anyOf"].([]any)
	for _, alt := range alts {
		branch, _ := alt.(map[string]any)
		if branch["type"] == "object" {
			for _, k := range keys {
				delete(object(branch, "properties"), k)
				dropName(branch, "required", k)
			}
		}
		if branch["type"] == "string" {
			for _, k := range keys {
				dropSyntax(branch, k)
			}
		}
	}
}

// dropSyntax removes an optional key's " [,key=<…>]" from a description,
// brackets inside the value's syntax included.
func dropSyntax(node map[string]any, key string) {
	d, ok := node["description"].(string)
	if !ok {
		return
	}
	start := strings.Index(d, " [,"+key+"=")
	if start < 0 {
		return
	}
	depth := 0
	for i := start + 1; i < len(d); i++ {
		switch d[i] {
		case '[':
			depth++
		case ']':
			depth--
		}
		if depth == 0 {
			node["description"] = d[:start] + d[i+1:]
			return
		}
	}
}

// object is the named member when it is an object, else nil (reads and
// deletes on a nil map are no-ops).
func object(s map[string]any, name string) map[string]any {
	m, _ := s[name].(map[string]any)
	return m
}

// dropName removes a name from a list member, and the member when it is
// left empty.
func dropName(s map[string]any, member, name string) {
	list, ok := s[member].([]any)
	if !ok {
		return
	}
	list = slices.DeleteFunc(slices.Clone(list), func(v any) bool { return v == name })
	if len(list) == 0 {
		delete(s, member)
	} else {
		s[member] = list
	}
}

func decodeJSON(text string) (map[string]any, bool) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber() // numbers keep their published text
	var s map[string]any
	if err := dec.Decode(&s); err != nil || s == nil {
		return nil, false
	}
	return s, true
}

// encodeInputSchema writes the schema as the generator does: "type" and
// "properties" first, the other members sorted, no HTML escaping.
func encodeInputSchema(s map[string]any) string {
	head := `{"type":` + marshal(s["type"]) + `,"properties":` + marshal(s["properties"])
	rest := map[string]any{}
	for k, v := range s {
		if k != "type" && k != "properties" {
			rest[k] = v
		}
	}
	tail := strings.TrimPrefix(marshal(rest), "{")
	if tail != "}" {
		tail = "," + tail
	}
	return head + tail
}

func marshal(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err) // decoded JSON always encodes
	}
	return strings.TrimSuffix(b.String(), "\n")
}
