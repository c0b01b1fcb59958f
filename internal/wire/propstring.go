package wire

import (
	"errors"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
)

// Property strings ("virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1")
// are parsed as PVE::JSONSchema::parse_property_string does
// (proxmox/pve-common src/PVE/JSONSchema.pm): the text is split on commas,
// blank parts are skipped, a part key=value needs a non-empty value, a
// part without "=" is the default key's value, an alias key stands for
// another key (with keyAlias, its own name becomes that key's value),
// booleans are read with parse_boolean; then every key is checked. An
// unknown key does not stop the parse: Perl autovivifies the key's
// schema there, so its "invalid key" never fires and check_object reports
// the key instead ("property is not defined in schema …"), as PVE's
// recorded answers show.

// keyedPart is PVE's /^([^=]+)=(.+)$/.
var keyedPart = regexp.MustCompile(`^([^=]+)=(.+)$`)

// parseProperty splits a property string into key → wire text, with
// aliases resolved to the keys they stand for.
func parseProperty(ps *catalog.PropertyString, text string) (map[string]string, *Problem) {
	out := map[string]string{}
	defaultSeen := false
	for _, part := range strings.Split(text, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		var p *Problem
		switch m := keyedPart.FindStringSubmatch(part); {
		case m != nil:
			p = addKeyed(ps, out, m[1], m[2])
		case !strings.Contains(part, "="):
			p = addDefault(ps, out, part, defaultSeen)
			defaultSeen = true
		default:
			p = &Problem{Kind: Syntax, Detail: "missing key in comma-separated list property"}
		}
		if p != nil {
			return nil, p
		}
	}
	return out, nil
}

func addKeyed(ps *catalog.PropertyString, out map[string]string, k, v string) *Problem {
	if _, dup := out[k]; dup {
		return &Problem{Kind: Syntax, Key: k, Detail: "duplicate key in comma-separated list property: " + k}
	}
	key := ps.Key(k)
	if key != nil && key.Alias != "" {
		if key.KeyAlias != "" {
			if _, dup := out[key.KeyAlias]; dup {
				return &Problem{Kind: Syntax, Key: key.KeyAlias, Detail: "key alias '" + key.KeyAlias + "' is already defined"}
			}
			out[key.KeyAlias] = k
		}
		k = key.Alias
		if _, dup := out[k]; dup {
			return &Problem{Kind: Syntax, Key: k, Detail: "key '" + k + "' is already defined (via alias)"}
		}
		key = ps.Key(k)
	}
	if key == nil {
		out[k] = v // reported by checkPairs, as check_object does
		return nil
	}
	out[k] = booleanText(&key.Value, v)
	return nil
}

func addDefault(ps *catalog.PropertyString, out map[string]string, part string, defaultSeen bool) *Problem {
	if ps.DefaultKey == "" {
		return &Problem{Kind: Syntax, Detail: "value without key, but schema does not define a default key"}
	}
	if _, dup := out[ps.DefaultKey]; dup || defaultSeen {
		return &Problem{Kind: Syntax, Key: ps.DefaultKey, Detail: "duplicate key in comma-separated list property: " + ps.DefaultKey}
	}
	out[ps.DefaultKey] = booleanText(&ps.Key(ps.DefaultKey).Value, part)
	return nil
}

// booleanText is parse_boolean's normalisation of a boolean key's value.
func booleanText(v *catalog.Value, text string) string {
	if v.Type != "boolean" {
		return text
	}
	if b, ok := parseBool(text); ok {
		return boolText(b)
	}
	return text
}

func boolText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// keyNames are the keys a caller may write (aliases excluded).
func keyNames(ps *catalog.PropertyString) []string {
	var out []string
	for _, k := range ps.Keys {
		if k.Alias == "" {
			out = append(out, k.Name)
		}
	}
	return out
}

// checkPairs checks every key's text and the required keys, as PVE's
// check_object does, and returns the typed keys.
func checkPairs(ps *catalog.PropertyString, pairs map[string]string) (map[string]any, []Problem) {
	out := map[string]any{}
	var problems []Problem
	for _, k := range slices.Sorted(maps.Keys(pairs)) {
		if key := ps.Key(k); key == nil || key.Alias != "" {
			problems = append(problems, Problem{Kind: Unknown, Key: k, Enum: keyNames(ps)})
		}
	}
	for i := range ps.Keys {
		k := &ps.Keys[i]
		if k.Alias != "" {
			continue
		}
		text, ok := pairs[k.Name]
		if !ok {
			if k.Required {
				problems = append(problems, Problem{Kind: Missing, Key: k.Name})
			}
			continue
		}
		v, p := decodeKey(k, text)
		if p != nil {
			p.Key = k.Name
			problems = append(problems, hide(*p, k.Secret))
			continue
		}
		out[k.Name] = v
	}
	if len(problems) == 0 {
		problems = checkParsed(ps, pairs)
	}
	return out, problems
}

// checkParsed applies the check Proxmox attaches to a named property
// format (one key requires another, a boot order names devices, …).
func checkParsed(ps *catalog.PropertyString, pairs map[string]string) []Problem {
	f, ok := formats.Lookup(ps.Format)
	if !ok {
		return nil
	}
	var fe *formats.Error
	if err := f.CheckParsed(pairs); errors.As(err, &fe) {
		return []Problem{{Kind: Format, Want: ps.Format, Detail: fe.Message}}
	}
	return nil
}

// decodeKey reads one key's text: a list key holds ';'-separated items.
func decodeKey(k *catalog.PropertyKey, text string) (any, *Problem) {
	if k.List != nil {
		return decodeListText(k.List, text, splitKeyList)
	}
	return decodeScalar(&k.Value, text)
}

// printProperty writes an object of keys as Proxmox prints property
// strings: the default key first and unkeyed, the others as key=value in
// the format's order.
func printProperty(ps *catalog.PropertyString, pairs map[string]string) string {
	var parts []string
	for _, k := range ps.Keys {
		text, ok := pairs[k.Name]
		if !ok {
			continue
		}
		if k.Name == ps.DefaultKey && !strings.Contains(text, "=") {
			parts = append([]string{text}, parts...)
			continue
		}
		parts = append(parts, k.Name+"="+text)
	}
	return strings.Join(parts, ",")
}

// objectPairs turns an object of keys into key → wire text, resolving
// alias keys as the string form would.
func objectPairs(ps *catalog.PropertyString, obj map[string]any) (map[string]string, []Problem) {
	pairs := map[string]string{}
	var problems []Problem
	for _, name := range slices.Sorted(maps.Keys(obj)) {
		if obj[name] == nil {
			continue
		}
		key := ps.Key(name)
		if key == nil {
			problems = append(problems, Problem{Kind: Unknown, Key: name, Enum: keyNames(ps)})
			continue
		}
		target := key
		if key.Alias != "" {
			if key.KeyAlias != "" {
				pairs[key.KeyAlias] = name
			}
			target = ps.Key(key.Alias)
		}
		text, p := keyText(target, obj[name])
		if p != nil {
			p.Key = target.Name
			problems = append(problems, hide(*p, target.Secret))
			continue
		}
		pairs[target.Name] = text
	}
	return pairs, problems
}

// keyText writes one key's value; a list key's items are joined with ';'
// because ',' already separates the keys.
func keyText(k *catalog.PropertyKey, v any) (string, *Problem) {
	if k.List != nil {
		return listText(k.List, v, ";")
	}
	text, p := scalarText(&k.Value, v)
	if p != nil {
		return "", p
	}
	if strings.Contains(text, ",") {
		return "", &Problem{Detail: "contains a comma, which would split the property string", Got: text}
	}
	if text == "" {
		return "", &Problem{Detail: "must not be empty (leave the key out instead)"}
	}
	return text, nil
}

// propertyFromScalar accepts a bare number, boolean or string for a
// property string whose default key takes it (memory: 4096 is
// current=4096).
func propertyFromScalar(ps *catalog.PropertyString, v any) (map[string]any, bool) {
	if ps.DefaultKey == "" {
		return nil, false
	}
	return map[string]any{ps.DefaultKey: v}, true
}
