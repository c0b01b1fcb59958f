package schema

import (
	"fmt"
	"regexp"
	"strings"
)

// Perl (PVE) and Rust (PBS) both match \d, \w and \s against Unicode classes;
// Go's are ASCII only. The Unicode forms below keep a translated pattern from
// rejecting input Proxmox accepts. Inside a negated class Go's ASCII form is
// the more permissive one, so it is kept there.
var unicodeClass = map[byte]string{
	'd': `\p{Nd}`,
	'w': `\p{L}\p{Nl}\p{M}\p{Nd}\p{Pc}`,
	's': `\t\n\v\f\r\x{85}\p{Z}`,
}

// goRepeatLimit is the largest repeat count Go's regexp accepts.
const goRepeatLimit = 1000

// Pattern is the outcome of translating one published pattern to Go syntax.
type Pattern struct {
	Go string // the pattern to put in JSON Schema; empty when dropped
	// MinLength/MaxLength are set when a whole-pattern repeat over Go's
	// limit was turned into "class*" plus length bounds.
	MinLength, MaxLength *int
	Reason               string // why it was dropped
}

// TranslatePattern turns a published pattern into an equivalent Go regexp
// usable as a JSON Schema "pattern" (an unanchored search):
//   - PVE validates m/^$pattern$/, so the result is anchored: ^(?:…)$.
//   - PBS prints Rust regexps as /…/ with their own anchors: the slashes go.
//   - Perl's (?^:…) and (?^i:…) become Go's (?:…) and (?i:…); \0 becomes
//     \x00; {,n} (Perl ≥ 5.34) becomes {0,n}.
//
// Anything that cannot be expressed exactly (atomic groups, lookaround,
// back-references, …) is dropped with a reason rather than enforced wrongly.
func TranslatePattern(product Product, published string) Pattern {
	body := published
	if product == PBS {
		if len(body) >= 2 && strings.HasPrefix(body, "/") && strings.HasSuffix(body, "/") {
			body = body[1 : len(body)-1]
		}
	}
	if p, ok := wholeRepeatOverLimit(body); ok && product == PVE {
		return p
	}
	rewritten, err := rewritePerlSyntax(body)
	if err != nil {
		return Pattern{Reason: err.Error()}
	}
	if product == PVE {
		rewritten = "^(?:" + rewritten + ")$"
	}
	if _, err := regexp.Compile(rewritten); err != nil {
		return Pattern{Reason: "not valid in Go: " + err.Error()}
	}
	return Pattern{Go: rewritten}
}

// wholeRepeatTooLong matches a whole PVE pattern that is one character class
// repeated {m,n} times, n beyond Go's limit: "[0-9a-zA-Z!=]{0,4096}".
var wholeRepeatTooLong = regexp.MustCompile(`^(\[(?:[^\]\\]|\\.)+\])\{(\d*),(\d+)\}$`)

// wholeRepeatOverLimit rewrites CLASS{m,n} with n > 1000 as ^CLASS*$ plus
// minLength m and maxLength n, which is exact because the class matches one
// character and the quantifier covers the whole anchored value.
func wholeRepeatOverLimit(body string) (Pattern, bool) {
	m := wholeRepeatTooLong.FindStringSubmatch(body)
	if m == nil {
		return Pattern{}, false
	}
	var lo, hi int
	fmt.Sscan(m[3], &hi)
	if hi <= goRepeatLimit {
		return Pattern{}, false
	}
	if m[2] != "" {
		fmt.Sscan(m[2], &lo)
	}
	class, err := rewritePerlSyntax(m[1])
	if err != nil {
		return Pattern{Reason: err.Error()}, true
	}
	p := Pattern{Go: "^" + class + "*$", MaxLength: &hi}
	if lo > 0 {
		p.MinLength = &lo
	}
	return p, true
}

// rewritePerlSyntax walks the pattern once, tracking whether it is inside a
// character class, and rewrites or refuses each construct.
func rewritePerlSyntax(p string) (string, error) {
	var b strings.Builder
	inClass, negated := false, false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			s, err := rewriteEscape(p[i+1], p[i+2:], inClass, negated)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i++
		case inClass:
			b.WriteByte(c)
			if c == '[' && strings.HasPrefix(p[i+1:], ":") {
				end := strings.Index(p[i+1:], ":]")
				if end >= 0 {
					b.WriteString(p[i+1 : i+1+end+2])
					i += end + 2
				}
			} else if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			b.WriteByte(c)
			negated = strings.HasPrefix(p[i+1:], "^")
			// A ']' right after '[' or '[^' is a literal member.
			lead := 1
			if negated {
				lead = 2
			}
			if i+lead < len(p) && p[i+lead] == ']' {
				b.WriteString(p[i+1 : i+lead+1])
				i += lead
			}
		case c == '(' && strings.HasPrefix(p[i+1:], "?"):
			s, skip, err := rewriteGroupOpen(p[i+1:])
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i += skip
		case c == '{':
			s, skip, err := rewriteBrace(p[i:])
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			i += skip - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// rewriteEscape translates the escape \c (rest is what follows it).
func rewriteEscape(c byte, rest string, inClass, negated bool) (string, error) {
	switch c {
	case 'd', 'w', 's':
		if inClass && negated {
			return `\` + string(c), nil
		}
		if inClass {
			return unicodeClass[c], nil
		}
		return "[" + unicodeClass[c] + "]", nil
	case '0':
		if rest != "" && rest[0] >= '0' && rest[0] <= '7' {
			return "", fmt.Errorf(`octal escape \0%c has no exact Go form`, rest[0])
		}
		return `\x00`, nil
	case 'Z', 'G', 'K', 'R', 'h', 'H', 'v', 'V', 'X', 'N', 'g', 'k':
		return "", fmt.Errorf(`\%c has no exact Go equivalent`, c)
	}
	if c >= '1' && c <= '9' && !inClass {
		return "", fmt.Errorf(`back-reference \%c is not supported by Go`, c)
	}
	return `\` + string(c), nil
}

// rewriteGroupOpen handles "(?…" (after is the text after '('). It returns the
// replacement and how many bytes of after it consumed.
func rewriteGroupOpen(after string) (string, int, error) {
	switch {
	case strings.HasPrefix(after, "?^"):
		// (?^flags: resets to defaults, then applies flags.
		end := strings.IndexAny(after, ":)")
		if end < 0 {
			return "", 0, fmt.Errorf("unterminated (?^ group")
		}
		flags := after[2:end]
		if strings.Trim(flags, "imsU") != "" {
			return "", 0, fmt.Errorf("group flags %q have no Go equivalent", flags)
		}
		if flags == "" {
			return "(?" + after[end:end+1], end + 1, nil
		}
		return "(?" + flags + after[end:end+1], end + 1, nil
	case strings.HasPrefix(after, "?>"):
		return "", 0, fmt.Errorf("atomic group (?>…) has no exact Go equivalent")
	case strings.HasPrefix(after, "?="), strings.HasPrefix(after, "?!"),
		strings.HasPrefix(after, "?<="), strings.HasPrefix(after, "?<!"):
		return "", 0, fmt.Errorf("lookaround is not supported by Go")
	case strings.HasPrefix(after, "?#"):
		return "", 0, fmt.Errorf("comment group is not supported by Go")
	}
	return "(", 0, nil
}

var braceQuantifier = regexp.MustCompile(`^\{(\d*),?(\d*)\}`)

// rewriteBrace handles a '{' outside a class: {,n} becomes {0,n}; a count
// above Go's limit is refused. Anything else is copied as a literal brace.
func rewriteBrace(s string) (string, int, error) {
	m := braceQuantifier.FindStringSubmatch(s)
	if m == nil {
		return "{", 1, nil
	}
	for _, n := range m[1:] {
		var v int
		if n != "" {
			fmt.Sscan(n, &v)
		}
		if v > goRepeatLimit {
			return "", 0, fmt.Errorf("repeat count %d exceeds Go's limit of %d", v, goRepeatLimit)
		}
	}
	if m[1] == "" && strings.Contains(m[0], ",") {
		return "{0," + m[2] + "}", len(m[0]), nil
	}
	return m[0], len(m[0]), nil
}
