package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// MaxToolName is the longest tool name allowed: clients cap server prefix
// plus tool name at 60–64 characters.
const MaxToolName = 48

var validToolName = regexp.MustCompile(`^[a-z0-9_]+$`)

// verbs name the HTTP method at the start of a tool name. The HTTP verb is
// used rather than create/update because many POSTs are actions (start,
// migrate) where "create" would mislead.
var verbs = map[string]string{"GET": "get", "POST": "post", "PUT": "put", "DELETE": "delete"}

// abbreviations shorten words that would push names past MaxToolName. They
// apply everywhere, so sibling operations keep the same stem.
var abbreviations = map[string]string{
	"notifications": "notif",
	"encryption":    "enc",
}

// ToolName derives an operation's tool name from its product, method and
// path only, so a name never changes when a release adds other operations:
//
//	product _ verb _ literal segments _ final path parameter
//
// Path parameters in the middle of a path are dropped (the literal before
// them names the collection); a final one is kept by name, which separates
// an item from its collection: POST /cluster/firewall/groups is
// pve_post_cluster_firewall_groups, POST /cluster/firewall/groups/{group} is
// pve_post_cluster_firewall_groups_group.
func ToolName(product schema.Product, method, path string) string {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	words := []string{string(product), verbs[method]}
	for i, s := range segs {
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "{") {
			if i == len(segs)-1 {
				words = append(words, snake(strings.Trim(s, "{}")))
			}
			continue
		}
		words = append(words, snake(s))
	}
	return strings.Join(slices.DeleteFunc(words, func(s string) bool { return s == "" }), "_")
}

// snake lowercases a path segment, turns every run of other characters into
// one underscore and applies the abbreviations word by word.
func snake(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	under := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			under = false
			continue
		}
		if !under && b.Len() > 0 {
			b.WriteByte('_')
			under = true
		}
	}
	parts := strings.Split(strings.Trim(b.String(), "_"), "_")
	for i, p := range parts {
		if a, ok := abbreviations[p]; ok {
			parts[i] = a
		}
	}
	return strings.Join(parts, "_")
}

// checkToolNames fails on an invalid, over-long or colliding name: a
// generator error, never silently numbered.
func checkToolNames(ops []*schema.Operation) (map[*schema.Operation]string, error) {
	names := make(map[*schema.Operation]string, len(ops))
	owner := map[string]*schema.Operation{}
	var errs []string
	for _, op := range ops {
		n := ToolName(op.Product, op.Method, op.Path)
		switch {
		case !validToolName.MatchString(n):
			errs = append(errs, fmt.Sprintf("%s %s: name %q is not [a-z0-9_]+", op.Method, op.Path, n))
		case len(n) > MaxToolName:
			errs = append(errs, fmt.Sprintf("%s %s: name %q is %d characters, over %d: add a word to abbreviations in gen/names.go",
				op.Method, op.Path, n, len(n), MaxToolName))
		case owner[n] != nil:
			o := owner[n]
			errs = append(errs, fmt.Sprintf("name %q collides: %s %s and %s %s: change ToolName in gen/names.go",
				n, o.Method, o.Path, op.Method, op.Path))
		}
		owner[n] = op
		names[op] = n
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("tool names:\n  %s", strings.Join(errs, "\n  "))
	}
	return names, nil
}
