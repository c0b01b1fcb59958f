package humanize

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
)

// The companions are spliced into Proxmox's JSON text instead of decoding
// and re-encoding it: the raw values, the members' order and everything
// the plan does not name stay byte for byte as they came, and an answer
// costs one pass over the bytes. The scanner below only finds where
// values begin and end; it relies on the input being valid JSON (the
// client checked it) and reports anything else as malformed, so that the
// caller falls back to the data as it came.

// isSpace reports JSON whitespace.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// valueEnd returns the index just past the JSON value starting at b[i],
// or -1 when there is none.
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		return containerEnd(b, i)
	case ',', ':', '}', ']':
		return -1
	}
	j := i
	for j < len(b) && !isSpace(b[j]) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ':' {
		j++
	}
	return j
}

// stringEnd returns the index just past the string starting at b[i].
// Member names and most values are short and scanned byte by byte; a
// long string (a fingerprint, a description) is searched with IndexByte.
func stringEnd(b []byte, i int) int {
	j := i + 1
	for limit := min(len(b), j+16); j < limit; j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	for j < len(b) {
		k := bytes.IndexByte(b[j:], '"')
		if k < 0 {
			return -1
		}
		q := j + k
		if escaped(b, i, q) {
			j = q + 1
			continue
		}
		return q + 1
	}
	return -1
}

// escaped reports whether the quote at b[q] is escaped: preceded, after
// the string's opening quote at b[open], by an odd run of backslashes.
func escaped(b []byte, open, q int) bool {
	n := 0
	for p := q - 1; p > open && b[p] == '\\'; p-- {
		n++
	}
	return n%2 == 1
}

// containerEnd returns the index just past the object or array starting
// at b[i], skipping the strings inside it.
func containerEnd(b []byte, i int) int {
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '"':
			end := stringEnd(b, j)
			if end < 0 {
				return -1
			}
			j = end - 1
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// span is where one member or element sits in its container.
type span struct {
	keyStart, keyEnd int // the key with its quotes (members only)
	start, end       int // the value
}

// nextMember reads the member after position i of an object (i is just
// past the '{', first, or past the previous value). done is true at the
// closing brace; ok is false when the text is not an object.
func nextMember(b []byte, i int, first bool) (m span, next int, done, ok bool) {
	i = skipSpace(b, i)
	if i < len(b) && b[i] == '}' {
		return m, i + 1, true, true
	}
	if i = separator(b, i, first); i < 0 || i >= len(b) || b[i] != '"' {
		return m, 0, false, false
	}
	m.keyStart, m.keyEnd = i, stringEnd(b, i)
	if m.keyEnd < 0 {
		return m, 0, false, false
	}
	i = skipSpace(b, m.keyEnd)
	if i >= len(b) || b[i] != ':' {
		return m, 0, false, false
	}
	m.start = skipSpace(b, i+1)
	if m.end = valueEnd(b, m.start); m.end < 0 {
		return m, 0, false, false
	}
	return m, m.end, false, true
}

// nextElement reads the element after position i of an array, as
// nextMember does for objects.
func nextElement(b []byte, i int, first bool) (e span, next int, done, ok bool) {
	i = skipSpace(b, i)
	if i < len(b) && b[i] == ']' {
		return e, i + 1, true, true
	}
	if i = separator(b, i, first); i < 0 {
		return e, 0, false, false
	}
	e.start = i
	if e.end = valueEnd(b, i); e.end < 0 {
		return e, 0, false, false
	}
	return e, e.end, false, true
}

// separator steps over the comma before every member or element but the
// first; -1 when it is missing.
func separator(b []byte, i int, first bool) int {
	if first {
		return i
	}
	if i >= len(b) || b[i] != ',' {
		return -1
	}
	return skipSpace(b, i+1)
}

// keyName is a member's name without its quotes; escaped names (none in
// Proxmox's answers) are decoded.
func keyName(rawKey []byte) string {
	inner := rawKey[1 : len(rawKey)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner)
	}
	var s string
	if json.Unmarshal(rawKey, &s) != nil {
		return ""
	}
	return s
}

// number reads a JSON number, or a string holding one (Proxmox's Perl
// daemons send some numbers as strings).
func number(v []byte) (float64, bool) {
	if len(v) >= 2 && v[0] == '"' {
		v = bytes.TrimSpace(v[1 : len(v)-1])
	}
	if len(v) == 0 || !(v[0] == '-' || v[0] == '.' || (v[0] >= '0' && v[0] <= '9')) {
		return 0, false // also keeps out "inf", "nan" and JSON's literals
	}
	if n, ok := smallInteger(v); ok {
		return n, true
	}
	f, err := strconv.ParseFloat(string(v), 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// smallInteger reads the common case, a plain non-negative integer of up
// to 15 digits (sizes, times), exactly and faster than ParseFloat.
func smallInteger(v []byte) (float64, bool) {
	if len(v) > 15 {
		return 0, false
	}
	var n int64
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return float64(n), true
}
