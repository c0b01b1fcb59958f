package formats

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// TypeText renders the syntax line PVE's apidoc.js shows for a parameter
// with a property-string format ("[model=]<enum> [,action=<enum>]"), as
// PVE::JSONSchema::generate_typetext builds it: the default key first
// (written [key=]), then the required keys, then the optional ones in
// brackets, each as key=<format_description>, its typetext, its enum (up
// to three values listed) or its type; key aliases last. ok is false when
// PVE itself would fail: a key with none of those.
func TypeText(keys map[string]*schema.Schema) (text string, ok bool) {
	defaultKey, keyAliases := defaultAndAliases(keys)
	var parts []string
	done := map[string]bool{}
	add := func(k string) bool {
		s := keys[k]
		if done[k] || s == nil || s.Alias != "" {
			return true
		}
		done[k] = true
		value, ok := keyTypeText(s)
		if !ok {
			return false
		}
		part := k + "=" + value
		if k == defaultKey {
			part = "[" + k + "=]" + value
		}
		parts = append(parts, optionText(part, s.Optional, len(parts) > 0))
		return true
	}
	order := slices.Sorted(maps.Keys(keys))
	if defaultKey != "" && !add(defaultKey) {
		return "", false
	}
	for _, required := range []bool{true, false} {
		for _, k := range order {
			if keys[k].Optional != required && !add(k) {
				return "", false
			}
		}
	}
	for _, alias := range slices.Sorted(maps.Keys(keyAliases)) {
		parts = append(parts, optionText("<"+alias+">=<"+keyAliases[alias]+">", true, len(parts) > 0))
	}
	return strings.Join(parts, " "), true
}

func optionText(text string, optional, separated bool) string {
	if separated {
		text = "," + text
	}
	if optional {
		text = "[" + text + "]"
	}
	return text
}

func keyTypeText(s *schema.Schema) (string, bool) {
	switch {
	case s.FormatDescription != "":
		return "<" + s.FormatDescription + ">", true
	case s.TypeText != "":
		return s.TypeText, true
	case len(s.Enum) > 0:
		if len(s.Enum) <= 3 {
			vals := make([]string, len(s.Enum))
			for i, v := range s.Enum {
				vals[i] = fmt.Sprint(v)
			}
			return "<" + strings.Join(vals, "|") + ">", true
		}
		return "<enum>", true
	case s.Type == "boolean":
		return "<1|0>", true
	case s.Type == "integer" || s.Type == "number":
		return "<" + s.Type + ">", true
	}
	return "", false
}

// defaultAndAliases is $find_schema_default_key: the key marked
// default_key, and keyAlias → alias pairs.
func defaultAndAliases(keys map[string]*schema.Schema) (string, map[string]string) {
	defaultKey := ""
	aliases := map[string]string{}
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		s := keys[k]
		if s.DefaultKey {
			defaultKey = k
		}
		if s.KeyAlias != "" && s.Alias != "" {
			aliases[s.KeyAlias] = s.Alias
		}
	}
	return defaultKey, aliases
}
