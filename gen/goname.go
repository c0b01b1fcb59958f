package main

import (
	"fmt"
	"strings"
	"unicode"
)

// initialisms are written in capitals in Go identifiers (Go naming rules).
var initialisms = map[string]bool{
	"acl": true, "acme": true, "cidr": true, "api": true, "cpu": true, "dns": true, "gc": true, "ha": true,
	"http": true, "https": true, "id": true, "ip": true, "ldap": true, "lxc": true, "mac": true,
	"mtu": true, "os": true, "pci": true, "sdn": true, "smtp": true, "ssh": true, "ssl": true,
	"tfa": true, "tls": true, "ttl": true, "uid": true, "upid": true, "url": true, "usb": true,
	"uuid": true, "vm": true, "vmid": true, "vnc": true, "zfs": true,
}

// goIdent turns a tool, parameter or property name into an exported Go
// identifier: "s3-endpoint-id" → "S3EndpointID", "get_nodes_qemu" →
// "GetNodesQemu".
func goIdent(name string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		lower := strings.ToLower(part)
		if initialisms[lower] {
			b.WriteString(strings.ToUpper(lower))
			continue
		}
		b.WriteString(strings.ToUpper(lower[:1]) + lower[1:])
	}
	id := b.String()
	if id == "" || !unicode.IsLetter(rune(id[0])) {
		id = "X" + id
	}
	return id
}

// scope hands out Go identifiers that are unique within it: two names that
// map to the same identifier ("foo-bar", "foo_bar") get numbered suffixes in
// the order they are requested, which is sorted, so output stays stable.
type scope struct {
	used map[string]string // identifier → the name it was made from
}

func newScope(reserved ...string) *scope {
	s := &scope{used: map[string]string{}}
	for _, r := range reserved {
		s.used[r] = r
	}
	return s
}

// ident returns a unique identifier made from a name.
func (s *scope) ident(name string) string { return s.unique(goIdent(name), name) }

// unique returns base, or base with a number when base is taken.
func (s *scope) unique(base, name string) string {
	id := base
	for i := 2; ; i++ {
		if _, taken := s.used[id]; !taken {
			s.used[id] = name
			return id
		}
		id = fmt.Sprintf("%s%d", base, i)
	}
}
