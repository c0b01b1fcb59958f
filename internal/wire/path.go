package wire

import (
	"net/url"
	"strings"
)

// fillPath substitutes the path parameters, percent-encoded as Proxmox's
// own clients do: a volume ID local:iso/x.iso travels as
// local:iso%2Fx.iso. Only a value that could change which resource the
// path names once decoded is refused: a "." or ".." segment, NUL, CR or
// LF. Missing values were reported by required.
func (e *encoder) fillPath() string {
	return expandPath(e.op.Path, e.pathValue)
}

// pathValue is the text of one placeholder: its escaped value, or the
// placeholder itself (braces included) when it has none or it is unsafe.
func (e *encoder) pathValue(name string) (string, bool) {
	text, ok := e.path[name]
	if !ok {
		return "", false
	}
	if detail := unsafePathValue(text); detail != "" {
		p := e.op.Param(name)
		e.fail(hide(Problem{Param: name, Wire: name, Kind: Unsafe, Detail: detail, Got: text}, p != nil && p.Secret))
		return "", false
	}
	return url.PathEscape(text), true
}

// expandPath replaces each placeholder {name} of tmpl (a name with no "{",
// "}" or "/" inside, as in {node}, {vmid}, {s3-endpoint-id}) by what value
// returns for it, keeping the placeholder where value has none. It is a
// plain scan because it runs on every call: the regular expression it
// replaces, \{([^{}/]+)\}, cost most of a read's preparation.
func expandPath(tmpl string, value func(name string) (string, bool)) string {
	open := strings.IndexByte(tmpl, '{')
	if open < 0 {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 16)
	for open >= 0 {
		end := placeholderEnd(tmpl, open)
		if end < 0 {
			// Not a placeholder: keep the brace and look past it.
			b.WriteString(tmpl[:open+1])
			tmpl = tmpl[open+1:]
		} else {
			b.WriteString(tmpl[:open])
			if v, ok := value(tmpl[open+1 : end]); ok {
				b.WriteString(v)
			} else {
				b.WriteString(tmpl[open : end+1])
			}
			tmpl = tmpl[end+1:]
		}
		open = strings.IndexByte(tmpl, '{')
	}
	b.WriteString(tmpl)
	return b.String()
}

// placeholderEnd is the index of the "}" closing the placeholder that
// opens at tmpl[open], or -1 when none does: the name is not empty and
// holds no "{" or "/" (a "{" starts the next candidate instead).
func placeholderEnd(tmpl string, open int) int {
	for i := open + 1; i < len(tmpl); i++ {
		switch tmpl[i] {
		case '}':
			if i == open+1 {
				return -1
			}
			return i
		case '{', '/':
			return -1
		}
	}
	return -1
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
