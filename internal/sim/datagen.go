package sim

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// dataGen makes values that satisfy a JSON schema, for answers the
// simulator has no state for. Values are deterministic: known names get
// realistic values (a node name, a UPID, a timestamp), the context
// supplies the request's own path parameters, and everything is checked
// against the schema's constraints before it is used.
type dataGen struct {
	d     dialect
	ctx   map[string]any
	now   time.Time
	nodes []string
}

func (g *dataGen) product() catalog.Product {
	if g.d.pbs {
		return catalog.PBS
	}
	return catalog.PVE
}

// maxDepth bounds nested optional members: deep optional trees add bulk,
// not realism.
const maxDepth = 4

func (g *dataGen) value(m map[string]any, name string, depth int) any {
	if b := schemaList(m, "anyOf"); len(b) > 0 {
		return g.value(schemaMap(b[0]), name, depth)
	}
	switch g.kind(m) {
	case "object":
		return g.object(m, depth)
	case "array":
		return g.array(m, name, depth)
	case "string":
		return g.str(m, name)
	case "integer":
		return g.integer(m, name)
	case "number":
		return g.number(m, name)
	case "boolean":
		return g.boolean(m)
	case "boolint":
		return boolInt(g.boolean(m))
	case "null":
		return nil
	}
	return map[string]any{}
}

// kind picks what to generate. Proxmox's 0/1 booleans appear as
// ["boolean", "integer"]; they are answered as 0/1 like the real daemons.
func (g *dataGen) kind(m map[string]any) string {
	types := schemaTypes(m)
	if len(types) == 2 && hasType(m, "boolean") && hasType(m, "integer") {
		return "boolint"
	}
	if len(types) > 0 {
		return types[0]
	}
	switch {
	case m["properties"] != nil:
		return "object"
	case m["items"] != nil:
		return "array"
	case m["enum"] != nil:
		return "string"
	}
	return "any"
}

func (g *dataGen) object(m map[string]any, depth int) map[string]any {
	out := map[string]any{}
	props := schemaMap(m["properties"])
	req := required(m)
	for _, k := range slices.Sorted(maps.Keys(props)) {
		if !req[k] && depth >= maxDepth {
			continue
		}
		out[k] = g.value(schemaMap(props[k]), k, depth+1)
	}
	for k := range req {
		if _, ok := out[k]; !ok {
			out[k] = g.str(nil, k) // required but undeclared: any value fits
		}
	}
	return out
}

func (g *dataGen) array(m map[string]any, name string, depth int) []any {
	items := schemaMap(m["items"])
	n := 2
	if depth > 0 {
		n = 1
	}
	out := make([]any, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, g.value(items, singular(name), depth+1))
	}
	return out
}

func singular(name string) string { return strings.TrimSuffix(name, "s") }

func (g *dataGen) boolean(m map[string]any) bool {
	if d, ok := m["default"].(bool); ok {
		return d
	}
	return true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// str tries candidates in order of realism and returns the first valid.
func (g *dataGen) str(m map[string]any, name string) any {
	if enum := schemaList(m, "enum"); len(enum) > 0 {
		if v, ok := g.ctx[name].(string); ok && inEnum(enum, v) {
			return v
		}
		return enum[0]
	}
	for _, c := range g.stringCandidates(m, name) {
		if fits(m, "string", c) {
			return c
		}
	}
	if s, ok := g.fromPattern(m); ok {
		return s
	}
	return fitLength(m, "example")
}

func (g *dataGen) stringCandidates(m map[string]any, name string) []string {
	var out []string
	if v, ok := g.ctx[name]; ok {
		out = append(out, fmt.Sprint(v))
	}
	out = append(out, g.stringByName(name)...)
	if d, ok := m["default"].(string); ok {
		out = append(out, d)
	}
	return out
}

func (g *dataGen) fromPattern(m map[string]any) (string, bool) {
	p := schemaString(m, "pattern")
	if p == "" {
		return "", false
	}
	minLen, maxLen := 0, -1
	if f, ok := schemaNumber(m, "minLength"); ok {
		minLen = int(f)
	}
	if f, ok := schemaNumber(m, "maxLength"); ok {
		maxLen = int(f)
	}
	return example.String(p, minLen, maxLen)
}

// fitLength pads or cuts s to the schema's length bounds.
func fitLength(m map[string]any, s string) string {
	if f, ok := schemaNumber(m, "minLength"); ok {
		for utf8.RuneCountInString(s) < int(f) {
			s += "x"
		}
	}
	if f, ok := schemaNumber(m, "maxLength"); ok && utf8.RuneCountInString(s) > int(f) {
		s = string([]rune(s)[:int(f)])
	}
	return s
}

// stringByName knows what common Proxmox members look like.
func (g *dataGen) stringByName(name string) []string {
	node := "pve1"
	if len(g.nodes) > 0 {
		node = g.nodes[0]
	}
	switch name {
	case "node", "nodename", "target", "source":
		return []string{node}
	case "upid", "last-run-upid":
		return []string{wire.FormatUPID(wire.Task{Product: g.product(), Node: node, PID: 0x1A2B3, PStart: 0xC3D4E5,
			StartTime: time.Unix(g.now.Unix()-3600, 0), Type: "qmstart", ID: "100", User: "root@pam"})}
	case "digest":
		return []string{strings.Repeat("3f", 20)}
	case "volid", "volume":
		return []string{"local:iso/debian-12.9.0-amd64-netinst.iso"}
	case "storage", "storeid":
		return []string{"local"}
	case "store", "datastore":
		return []string{"store1"}
	case "user", "userid", "owner", "username", "auth-id":
		return []string{"root@pam"}
	case "tokenid", "token-name":
		return []string{"mcp"}
	case "path":
		return []string{"/"}
	case "iface", "bridge":
		return []string{"vmbr0"}
	case "mac", "macaddr", "hwaddr":
		return []string{"BC:24:11:00:00:01"}
	case "fingerprint", "ssl_fingerprint":
		return []string{strings.TrimSuffix(strings.Repeat("AB:", 32), ":")}
	case "vmid":
		return []string{"100"}
	case "version":
		return []string{"9.1.1"}
	case "comment", "description", "notes":
		return []string{"Example entry"}
	case "name", "id", "hostname":
		return []string{"example"}
	}
	return nil
}

func (g *dataGen) integer(m map[string]any, name string) any {
	for _, c := range g.intCandidates(m, name) {
		if fits(m, "integer", fmt.Sprint(c)) {
			return c
		}
	}
	if min, ok := schemaNumber(m, "minimum"); ok {
		return int64(min)
	}
	return int64(0)
}

func (g *dataGen) intCandidates(m map[string]any, name string) []int64 {
	var out []int64
	switch v := g.ctx[name].(type) {
	case int64:
		out = append(out, v)
	case int:
		out = append(out, int64(v))
	}
	out = append(out, g.intByName(name)...)
	if d, ok := m["default"].(float64); ok {
		out = append(out, int64(d))
	}
	if min, ok := schemaNumber(m, "minimum"); ok {
		out = append(out, int64(min))
	}
	return append(out, 1, 0)
}

// intByName knows sizes, times and counts.
func (g *dataGen) intByName(name string) []int64 {
	n := strings.ToLower(name)
	switch {
	case n == "vmid":
		return []int64{100}
	case n == "pid":
		return []int64{4242}
	case n == "port":
		return []int64{8006}
	case n == "uptime":
		return []int64{86400}
	case strings.Contains(n, "time") || strings.HasPrefix(n, "last") || n == "since" || n == "next-run" || n == "ctime" || n == "mtime":
		return []int64{g.now.Unix() - 3600}
	case n == "cpus" || n == "maxcpu" || n == "cores" || n == "sockets":
		return []int64{4}
	case isSizeName(n):
		return []int64{32 << 30, 1 << 30}
	}
	return nil
}

func isSizeName(n string) bool {
	for _, s := range []string{"size", "mem", "disk", "total", "used", "avail", "free", "bytes", "swap"} {
		if strings.Contains(n, s) {
			return true
		}
	}
	return false
}

func (g *dataGen) number(m map[string]any, name string) any {
	cands := []float64{}
	if v, ok := g.ctx[name].(float64); ok {
		cands = append(cands, v)
	}
	switch strings.ToLower(name) {
	case "cpu", "used_fraction", "wearout":
		cands = append(cands, 0.05)
	}
	if d, ok := m["default"].(float64); ok {
		cands = append(cands, d)
	}
	if min, ok := schemaNumber(m, "minimum"); ok {
		cands = append(cands, min)
	}
	cands = append(cands, 1, 0)
	for _, c := range cands {
		if fits(m, "number", numText(c)) {
			return c
		}
	}
	return 0.0
}
