package policy

import (
	"fmt"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// pattern is a compiled path pattern. The syntax, also described in
// policy.json:
//
//   - a pattern is an absolute path: "/" then segments separated by "/";
//   - a literal segment matches the same segment exactly, and the catalog's
//     placeholders are literals too: "{vmid}" matches only "{vmid}";
//   - "*" matches exactly one segment, literal or placeholder;
//   - "**" matches zero or more segments and may stand anywhere
//     ("/nodes/**/vncproxy");
//   - "/" alone matches the root path.
type pattern struct {
	src  string
	segs []string
}

func compilePattern(src string) (pattern, error) {
	if !strings.HasPrefix(src, "/") {
		return pattern{}, fmt.Errorf("must start with /")
	}
	segs := splitPath(src)
	for _, s := range segs {
		if s == "" {
			return pattern{}, fmt.Errorf("empty segment")
		}
		if s != "*" && s != "**" && strings.Contains(s, "*") {
			return pattern{}, fmt.Errorf("segment %q: * and ** must be whole segments", s)
		}
	}
	return pattern{src: src, segs: segs}, nil
}

func splitPath(p string) []string {
	if p == "/" {
		return nil
	}
	return strings.Split(strings.TrimPrefix(p, "/"), "/")
}

func (p pattern) match(path string) bool {
	return matchSegs(p.segs, splitPath(path))
}

func matchSegs(pat, segs []string) bool {
	for len(pat) > 0 {
		switch pat[0] {
		case "**":
			for i := 0; i <= len(segs); i++ {
				if matchSegs(pat[1:], segs[i:]) {
					return true
				}
			}
			return false
		case "*":
			if len(segs) == 0 {
				return false
			}
		default:
			if len(segs) == 0 || segs[0] != pat[0] {
				return false
			}
		}
		pat, segs = pat[1:], segs[1:]
	}
	return len(segs) == 0
}

// matcher selects operations by product, method and path.
type matcher struct {
	product catalog.Product
	methods []string // empty: every method
	paths   []pattern
}

// matchesSegs reports whether the matcher selects op, whose path is given
// already split: deciding splits each operation's path once for all rules,
// which keeps startup fast.
func (m *matcher) matchesSegs(op *catalog.Operation, segs []string) bool {
	if op.Product != m.product || !m.methodMatches(op.Method) {
		return false
	}
	for _, p := range m.paths {
		if matchSegs(p.segs, segs) {
			return true
		}
	}
	return false
}

func (m *matcher) methodMatches(method string) bool {
	if len(m.methods) == 0 {
		return true
	}
	return slices.Contains(m.methods, method)
}
