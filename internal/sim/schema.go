package sim

import (
	"encoding/json"
	"regexp"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// opSchemas are an operation's schemas decoded once into the generic JSON
// data model the checker and the data generator walk.
type opSchemas struct {
	in    map[string]any
	ret   map[string]any
	props map[string]any // the input schema's properties
}

var schemaCache sync.Map // *catalog.Operation → *opSchemas

func schemasOf(op *catalog.Operation) *opSchemas {
	if v, ok := schemaCache.Load(op); ok {
		return v.(*opSchemas)
	}
	s := &opSchemas{in: decodeSchema(op.InputSchema), ret: decodeSchema(op.ReturnsSchema)}
	s.props, _ = s.in["properties"].(map[string]any)
	v, _ := schemaCache.LoadOrStore(op, s)
	return v.(*opSchemas)
}

func decodeSchema(text string) map[string]any {
	m := map[string]any{}
	if text != "" {
		json.Unmarshal([]byte(text), &m)
	}
	return m
}

var patternCache sync.Map // pattern text → *regexp.Regexp (nil: does not compile)

// compiledPattern compiles a schema pattern once. The generator already
// anchored PVE's patterns (^(?:…)$) and made them RE2-compatible; one that
// still does not compile is not enforced.
func compiledPattern(p string) *regexp.Regexp {
	if v, ok := patternCache.Load(p); ok {
		return v.(*regexp.Regexp)
	}
	re, err := regexp.Compile(p)
	if err != nil {
		re = nil
	}
	patternCache.Store(p, re)
	return re
}

// Small accessors over the generic schema model.

func schemaMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func schemaString(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func schemaNumber(m map[string]any, k string) (float64, bool) {
	f, ok := m[k].(float64)
	return f, ok
}

func schemaList(m map[string]any, k string) []any {
	l, _ := m[k].([]any)
	return l
}

// schemaTypes lists the "type" member whether it is a string or an array.
func schemaTypes(m map[string]any) []string {
	switch t := m["type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func hasType(m map[string]any, typ string) bool {
	for _, t := range schemaTypes(m) {
		if t == typ {
			return true
		}
	}
	return false
}

func required(m map[string]any) map[string]bool {
	out := map[string]bool{}
	for _, r := range schemaList(m, "required") {
		if s, ok := r.(string); ok {
			out[s] = true
		}
	}
	return out
}
