package proxmox

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// encodeFormatted writes a property-string parameter: a raw string passes
// through as the caller wrote it; an object becomes key=value,… and an
// array (list formats) becomes a,b,c.
func encodeFormatted(ps *catalog.PropertyString, v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case map[string]any:
		if ps.List {
			return "", fmt.Errorf("is a list: give a string \"a,b\" or an array, not an object")
		}
		return propertyString(ps, x)
	case []any:
		if !ps.List {
			return "", fmt.Errorf("must be a property string or an object of its keys, got an array")
		}
		return joinList(ps.ItemType, x, ",")
	}
	return "", fmt.Errorf("must be a property string or an object of its keys, %s", describe(v))
}

// propertyString writes the keys in the format's order, the default key
// first and without "key=" (virtio,bridge=vmbr0,firewall=1), as Proxmox
// itself prints them.
func propertyString(ps *catalog.PropertyString, m map[string]any) (string, error) {
	if err := checkKeys(ps, m); err != nil {
		return "", err
	}
	var head string
	var parts []string
	for _, k := range ps.Keys {
		v, ok := m[k.Name]
		if !ok || v == nil {
			continue
		}
		s, err := keyValue(&k, v)
		if err != nil {
			return "", fmt.Errorf("key %q: %v", k.Name, err)
		}
		if k.Name == ps.DefaultKey {
			// Unkeyed, so an "=" would make Proxmox read it as a key.
			if err := checkListItem(s, ",="); err != nil {
				return "", fmt.Errorf("key %q: %v", k.Name, err)
			}
			head = s
			continue
		}
		parts = append(parts, k.Name+"="+s)
	}
	if head != "" {
		parts = append([]string{head}, parts...)
	}
	return strings.Join(parts, ","), nil
}

// checkKeys refuses unknown and missing keys: an unknown key would be
// rejected by Proxmox anyway, but only after the request was sent.
func checkKeys(ps *catalog.PropertyString, m map[string]any) error {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if ps.Key(k) == nil {
			return fmt.Errorf("unknown key %q (valid: %s)", k, keyNames(ps))
		}
	}
	for _, k := range ps.Keys {
		if k.Required && m[k.Name] == nil {
			return fmt.Errorf("missing required key %q", k.Name)
		}
	}
	return nil
}

func keyNames(ps *catalog.PropertyString) string {
	names := make([]string, len(ps.Keys))
	for i, k := range ps.Keys {
		names[i] = k.Name
	}
	return strings.Join(names, ", ")
}

// keyValue writes one key's value; a list inside a property string is
// joined with ';' because ',' already separates the keys.
func keyValue(k *catalog.PropertyKey, v any) (string, error) {
	if list, ok := v.([]any); ok {
		if k.Nested == nil && k.Type != "array" {
			return "", fmt.Errorf("must be a single value, got an array")
		}
		itemType := "string"
		if k.Nested != nil && k.Nested.ItemType != "" {
			itemType = k.Nested.ItemType
		}
		return joinList(itemType, list, ";")
	}
	typ := k.Type
	if k.Nested != nil || typ == "array" {
		typ = "string" // a raw "a;b" list
	}
	s, err := scalar(typ, v)
	if err != nil {
		return "", err
	}
	if s == "" {
		return "", fmt.Errorf("must not be empty (leave the key out instead)")
	}
	return s, checkListItem(s, ",")
}

// joinList writes list elements with sep, refusing an element that contains
// a separator of the enclosing syntax.
func joinList(itemType string, list []any, sep string) (string, error) {
	parts := make([]string, len(list))
	for i, x := range list {
		s, err := scalar(itemType, x)
		if err == nil {
			err = checkListItem(s, ","+sep)
		}
		if err != nil {
			return "", fmt.Errorf("element %d: %v", i, err)
		}
		parts[i] = s
	}
	return strings.Join(parts, sep), nil
}
