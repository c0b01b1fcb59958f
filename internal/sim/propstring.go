package sim

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Property strings ("virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1")
// are parsed as PVE::JSONSchema::parse_property_string does, then each key
// is checked against the key's schema (the object branch of the
// parameter's string-or-object schema).

// keyValue is PVE's /^([^=]+)=(.+)$/.
var keyValue = regexp.MustCompile(`^([^=]+)=(.+)$`)

// checkPropertyString returns the parsed value (an object, or a list for
// list formats) or the message PVE/PBS would give.
func (d dialect) checkPropertyString(ps *catalog.PropertyString, m map[string]any, wire, raw string) (any, string) {
	if ps.List {
		return d.checkList(branch(m, "array"), ps.ItemType, raw)
	}
	kv, msg := parsePairs(ps, branch(m, "object"), raw)
	if msg != "" {
		return nil, d.badFormat(msg)
	}
	return d.checkKeys(ps, branch(m, "object"), wire, kv)
}

// checkList checks a list format: items separated by ',', ';' or spaces.
func (d dialect) checkList(arr map[string]any, itemType, raw string) (any, string) {
	items := schemaMap(arr["items"])
	out := []any{}
	for _, part := range splitList(raw) {
		v, msg := d.checkScalar(items, scalarType(items, itemType), part)
		if msg != "" {
			return nil, d.badFormat("unable to parse array element: " + msg)
		}
		out = append(out, v)
	}
	return out, ""
}

func splitList(raw string) []string {
	return strings.FieldsFunc(raw, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' })
}

// parsePairs splits key=value parts; the default key may be unkeyed, and
// the net model alias (virtio=MAC) sets model and macaddr.
func parsePairs(ps *catalog.PropertyString, obj map[string]any, raw string) (map[string]string, string) {
	out := map[string]string{}
	for _, part := range strings.Split(raw, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		if msg := addPair(ps, obj, out, part); msg != "" {
			return nil, msg
		}
	}
	return out, ""
}

func addPair(ps *catalog.PropertyString, obj map[string]any, out map[string]string, part string) string {
	m := keyValue.FindStringSubmatch(part)
	switch {
	case m != nil:
		return addKeyed(ps, obj, out, m[1], m[2])
	case !strings.Contains(part, "="):
		if ps.DefaultKey == "" {
			return "value without key, but schema does not define a default key"
		}
		if _, dup := out[ps.DefaultKey]; dup {
			return "duplicate key in comma-separated list property: " + ps.DefaultKey
		}
		out[ps.DefaultKey] = part
		return ""
	}
	return "missing key in comma-separated list property"
}

func addKeyed(ps *catalog.PropertyString, obj map[string]any, out map[string]string, k, v string) string {
	if _, dup := out[k]; dup {
		return "duplicate key in comma-separated list property: " + k
	}
	if ps.Key(k) == nil {
		if aliasKey, aliasTo, ok := modelAlias(ps, obj, k); ok {
			if _, dup := out[aliasKey]; dup {
				return fmt.Sprintf("key alias '%s' is already defined", aliasKey)
			}
			out[aliasKey], out[aliasTo] = k, v
			return ""
		}
		return "invalid key in comma-separated list property: " + k
	}
	out[k] = v
	return ""
}

// modelAlias recognises the one key alias of the PVE formats: in net[n],
// a NIC model used as a key ("virtio=MAC") means model=virtio,macaddr=MAC.
// The catalog does not carry alias declarations, so it is recognised from
// the format's shape: a "model" key whose enumeration holds k, and a
// "macaddr" key.
func modelAlias(ps *catalog.PropertyString, obj map[string]any, k string) (string, string, bool) {
	if ps.Key("model") == nil || ps.Key("macaddr") == nil {
		return "", "", false
	}
	model := schemaMap(schemaMap(obj["properties"])["model"])
	if !inEnum(schemaList(model, "enum"), k) {
		return "", "", false
	}
	return "model", "macaddr", true
}

// checkKeys checks required keys and each key's value, collecting every
// problem as PVE's check_object does ("net0.model: …").
func (d dialect) checkKeys(ps *catalog.PropertyString, obj map[string]any, wire string, kv map[string]string) (any, string) {
	props := schemaMap(obj["properties"])
	out := map[string]any{}
	problems := map[string]string{}
	for _, k := range ps.Keys {
		raw, ok := kv[k.Name]
		if !ok {
			if k.Required {
				problems[k.Name] = d.missing()
			}
			continue
		}
		v, msg := d.checkKey(&k, schemaMap(props[k.Name]), raw)
		if msg != "" {
			problems[k.Name] = msg
			continue
		}
		out[k.Name] = v
	}
	if len(problems) > 0 {
		return nil, d.formatErrors(wire, problems)
	}
	return out, ""
}

// checkKey checks one key; a nested list key holds ';'-separated items.
func (d dialect) checkKey(k *catalog.PropertyKey, m map[string]any, raw string) (any, string) {
	if k.Nested != nil {
		arr := branch(m, "array")
		if arr == nil {
			return raw, ""
		}
		return d.checkList(arr, k.Nested.ItemType, raw)
	}
	return d.checkScalar(m, scalarType(m, k.Type), raw)
}

// formatErrors renders key problems: PVE's "format error" exception text,
// or PBS's parameter error list.
func (d dialect) formatErrors(wire string, problems map[string]string) string {
	keys := make([]string, 0, len(problems))
	for k := range problems {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if d.pbs {
		e := &apiError{}
		for _, k := range keys {
			e.add(k, problems[k])
		}
		return pbsParameterMessage(e)
	}
	lines := []string{"format error"}
	for _, k := range keys {
		lines = append(lines, fmt.Sprintf("%s.%s: %s", wire, k, problems[k]))
	}
	return d.badFormat(strings.Join(lines, "\n"))
}
