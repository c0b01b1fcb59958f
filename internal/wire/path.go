package wire

import (
	"net/url"
	"regexp"
	"strings"
)

// placeholder matches {node}, {vmid}, {s3-endpoint-id} in a path template.
var placeholder = regexp.MustCompile(`\{([^{}/]+)\}`)

// fillPath substitutes the path parameters, percent-encoded as Proxmox's
// own clients do: a volume ID local:iso/x.iso travels as
// local:iso%2Fx.iso. Only a value that could change which resource the
// path names once decoded is refused: a "." or ".." segment, NUL, CR or
// LF. Missing values were reported by required.
func (e *encoder) fillPath() string {
	return placeholder.ReplaceAllStringFunc(e.op.Path, func(m string) string {
		name := m[1 : len(m)-1]
		text, ok := e.path[name]
		if !ok {
			return m
		}
		if detail := unsafePathValue(text); detail != "" {
			p := e.op.Param(name)
			e.fail(hide(Problem{Param: name, Wire: name, Kind: Unsafe, Detail: detail, Got: text}, p != nil && p.Secret))
			return m
		}
		return url.PathEscape(text)
	})
}

// unsafePathValue says why a value cannot go into a path, or "".
func unsafePathValue(s string) string {
	if s == "" {
		return "must not be empty"
	}
	if strings.ContainsAny(s, "\x00\r\n") {
		return "must not contain NUL, CR or LF"
	}
	for _, seg := range strings.Split(s, "/") {
		if seg == "." || seg == ".." {
			return `must not contain a "." or ".." path segment`
		}
	}
	return ""
}

// PathSegments splits an escaped request path (r.URL.EscapedPath()) into
// its decoded segments, as the daemons route it: %2F inside a segment
// stays part of that segment's value.
func PathSegments(escaped string) ([]string, bool) {
	raw := strings.Split(strings.Trim(escaped, "/"), "/")
	out := make([]string, 0, len(raw))
	for _, r := range raw {
		if r == "" {
			continue
		}
		s, err := url.PathUnescape(r)
		if err != nil {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}
