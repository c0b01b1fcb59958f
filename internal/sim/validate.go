package sim

import (
	"errors"
	"net/http"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/validate"
)

// paramChecker turns a request's wire parameters into the operation's
// typed, tool-shaped arguments, refusing what the product would refuse.
type paramChecker struct {
	d    dialect
	op   *catalog.Operation
	sch  *opSchemas
	err  *apiError
	args map[string]any
	// asSchema are the arguments handed to internal/validate; a wire
	// parameter the input schema cannot express is left out of it.
	asSchema map[string]any
}

// checkParams checks path and wire parameters. The errors answer is
// PVE's "400 Parameter verification failed." with one message per bad
// parameter (PBS: its parameter error text).
func checkParams(p catalog.Product, op *catalog.Operation, path map[string]string, w *wireParams) (map[string]any, *apiError) {
	c := &paramChecker{
		d: dialectOf(p), op: op, sch: schemasOf(op),
		err:  &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."},
		args: map[string]any{}, asSchema: map[string]any{},
	}
	c.pathParams(path, w)
	for _, k := range w.order {
		c.wireParam(k, w.vals[k])
	}
	c.requiredParams(w)
	if len(c.err.Errors) == 0 {
		c.schemaCheck()
	}
	if len(c.err.Errors) > 0 {
		return nil, c.err
	}
	return c.args, nil
}

// pathParams checks the values taken from the URL. A wire parameter of the
// same name must agree with it.
func (c *paramChecker) pathParams(path map[string]string, w *wireParams) {
	for name, val := range path {
		if vs, ok := w.vals[name]; ok {
			if len(vs) != 1 || vs[0] != val {
				c.err.add(name, c.d.duplicate())
			}
			w.del(name)
		}
		p := c.op.Param(name)
		if p == nil {
			p = &catalog.Param{Name: name, Type: "string", Location: catalog.InPath}
		}
		c.value(p, name, schemaMap(c.sch.props[name]), []string{val})
	}
}

// wireParam resolves a query/body key to its parameter: the exact name,
// or an indexed one (net0 → net[n]).
func (c *paramChecker) wireParam(key string, vals []string) {
	if p := c.plainParam(key); p != nil {
		c.value(p, key, c.paramSchema(p), vals)
		return
	}
	if p, ok := c.indexedParam(key); ok {
		c.value(p, key, c.paramSchema(p), vals)
		return
	}
	c.err.add(key, c.d.unknown())
}

// plainParam finds a non-indexed, non-path parameter by exact name.
func (c *paramChecker) plainParam(name string) *catalog.Param {
	for i := range c.op.Params {
		p := &c.op.Params[i]
		if p.Name == name && !p.Indexed && p.Location != catalog.InPath {
			return p
		}
	}
	return nil
}

// indexedParam matches net7 to net[n], within its index range.
func (c *paramChecker) indexedParam(key string) (*catalog.Param, bool) {
	for i := range c.op.Params {
		p := &c.op.Params[i]
		if !p.Indexed || !strings.HasPrefix(key, p.Name) {
			continue
		}
		idx := key[len(p.Name):]
		if !isIndexSuffix(idx) {
			continue
		}
		if p.MaxIndex >= 0 && atoi(idx) > p.MaxIndex {
			return nil, false
		}
		return p, true
	}
	return nil, false
}

func isIndexSuffix(s string) bool {
	if s == "" || len(s) > 3 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	return strings.Trim(s, "0123456789") == ""
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// paramSchema is the schema one wire value is checked against: an indexed
// parameter's element schema, or the parameter's own.
func (c *paramChecker) paramSchema(p *catalog.Param) map[string]any {
	m := schemaMap(c.sch.props[p.Name])
	if p.Indexed {
		return schemaMap(m["additionalProperties"])
	}
	if _, indexedShape := m["propertyNames"]; indexedShape {
		// numa (boolean) and numa[n] share a name; the input schema kept
		// only the indexed one, so the plain one is checked by type alone.
		return map[string]any{"type": p.Type}
	}
	return m
}

// value checks one parameter's wire values and records the typed result.
func (c *paramChecker) value(p *catalog.Param, key string, m map[string]any, vals []string) {
	v, msg := c.typed(p, key, m, vals)
	if msg != "" {
		c.err.add(key, msg)
		return
	}
	c.args[key] = v
	if !p.Indexed && p.Name == key && c.schemaHolds(p) {
		c.asSchema[key] = v
	} else if p.Indexed {
		c.asSchema[key] = v
	}
}

// schemaHolds reports whether the input schema describes p itself (not
// the indexed parameter sharing its name).
func (c *paramChecker) schemaHolds(p *catalog.Param) bool {
	_, indexedShape := schemaMap(c.sch.props[p.Name])["propertyNames"]
	return !indexedShape
}

func (c *paramChecker) typed(p *catalog.Param, key string, m map[string]any, vals []string) (any, string) {
	if p.Type == "array" {
		return c.array(m, p.ItemType, vals)
	}
	if len(vals) > 1 {
		if c.d.pbs {
			return nil, c.d.duplicate()
		}
		vals = []string{strings.Join(vals, "\x00")} // pveproxy joins repeats with NUL
	}
	if p.PropertyString != nil {
		return c.d.checkPropertyString(p.PropertyString, m, key, vals[0])
	}
	return c.d.checkScalar(m, scalarType(m, p.Type), vals[0])
}

// array checks repeated values of an array parameter.
func (c *paramChecker) array(m map[string]any, itemType string, vals []string) (any, string) {
	items := schemaMap(m["items"])
	out := make([]any, 0, len(vals))
	for _, raw := range vals {
		v, msg := c.d.checkScalar(items, scalarType(items, itemType), raw)
		if msg != "" {
			return nil, msg
		}
		out = append(out, v)
	}
	return out, ""
}

// requiredParams reports required non-path parameters that are absent.
func (c *paramChecker) requiredParams(w *wireParams) {
	for _, p := range c.op.Params {
		if !p.Required || p.Location == catalog.InPath || p.Indexed {
			continue
		}
		if _, ok := w.vals[p.Name]; !ok {
			c.err.add(p.Name, c.d.missing())
		}
	}
}

// schemaCheck runs the operation's input schema over the typed arguments
// (internal/validate): it catches what the per-value checks do not, such
// as a parameter that requires another.
func (c *paramChecker) schemaCheck() {
	err := validate.Args(c.op, c.asSchema)
	var ve *validate.Error
	if err == nil || !errors.As(err, &ve) {
		return
	}
	for _, pr := range ve.Problems {
		c.err.add(wireName(pr.Arg), c.problemText(pr))
	}
}

func (c *paramChecker) problemText(pr validate.Problem) string {
	switch pr.Kind {
	case validate.Missing:
		return c.d.missing()
	case validate.Unknown:
		return c.d.unknown()
	}
	return pr.Message
}

// wireName maps a validate argument path (net.0.model, net0.model) to the
// wire parameter it belongs to (net0).
func wireName(arg string) string {
	parts := strings.Split(arg, ".")
	if len(parts) > 1 && isIndexSuffix(parts[1]) {
		return parts[0] + parts[1]
	}
	if parts[0] == "" {
		return "_root"
	}
	return parts[0]
}
