package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// FileError is a problem in a policy file, located by line and field.
type FileError struct {
	File  string // the path given to Load, or "policy.json" for the default
	Line  int    // 1-based; 0 when the problem has no single place
	Field string // e.g. "rules[17].tier"; "" for the whole file
	Msg   string
	More  int // further problems not shown
}

func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	if e.More > 0 {
		fmt.Fprintf(&b, " (and %d more problem(s))", e.More)
	}
	return b.String()
}

// source is a policy file's text, able to turn JSON pointers into lines.
type source struct {
	name    string
	data    []byte
	offsets map[string]int // JSON pointer → byte offset of its key or element
}

func newSource(name string, data []byte) *source {
	return &source{name: name, data: data}
}

// errAt builds a FileError for the value at a JSON pointer ("/rules/17/tier").
func (s *source) errAt(ptr, format string, args ...any) *FileError {
	return &FileError{File: s.name, Line: s.line(ptr), Field: fieldName(ptr), Msg: fmt.Sprintf(format, args...)}
}

// where names the value at ptr for messages: "rules[17] (policy.json:240)".
func (s *source) where(ptr string) string {
	return fmt.Sprintf("%s (%s:%d)", fieldName(ptr), s.name, s.line(ptr))
}

func (s *source) line(ptr string) int {
	if s.offsets == nil {
		s.offsets = locate(s.data)
	}
	for {
		if off, ok := s.offsets[ptr]; ok {
			return s.lineOf(off)
		}
		i := strings.LastIndexByte(ptr, '/')
		if i < 0 {
			return 0
		}
		ptr = ptr[:i] // fall back to the nearest enclosing value
	}
}

func (s *source) lineOf(off int) int {
	if off > len(s.data) {
		off = len(s.data)
	}
	return bytes.Count(s.data[:off], []byte("\n")) + 1
}

// syntaxError locates a JSON decoding error.
func (s *source) syntaxError(err error) *FileError {
	fe := &FileError{File: s.name, Msg: "invalid JSON: " + err.Error()}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fe.Line = s.lineOf(int(se.Offset))
	}
	return fe
}

// locate maps every JSON pointer of a well-formed document to the offset
// where its member key or array element starts.
func locate(data []byte) map[string]int {
	offs := map[string]int{"": skipSpace(data, 0)}
	dec := json.NewDecoder(bytes.NewReader(data))
	var walk func(ptr string) bool
	walk = func(ptr string) bool {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		delim, ok := tok.(json.Delim)
		if !ok || (delim != '{' && delim != '[') {
			return true
		}
		for i := 0; dec.More(); i++ {
			start := skipSpace(data, int(dec.InputOffset()))
			child := ptr + "/" + strconv.Itoa(i)
			if delim == '{' {
				key, err := dec.Token()
				if err != nil {
					return false
				}
				child = ptr + "/" + escapePointer(fmt.Sprint(key))
			}
			offs[child] = start
			if !walk(child) {
				return false
			}
		}
		_, err = dec.Token() // the closing delimiter
		return err == nil
	}
	walk("")
	return offs
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && strings.IndexByte(" \t\r\n,:", data[i]) >= 0 {
		i++
	}
	return i
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// fieldName renders a JSON pointer as a path: /rules/17/tier → rules[17].tier.
func fieldName(ptr string) string {
	if ptr == "" {
		return ""
	}
	var b strings.Builder
	for _, part := range strings.Split(ptr[1:], "/") {
		part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
		if _, err := strconv.Atoi(part); err == nil {
			b.WriteString("[" + part + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part)
	}
	return b.String()
}

// schemaError turns the validator's error tree into one FileError: the
// problem that comes first in the file, with a count of the others.
func (s *source) schemaError(err error) error {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return &FileError{File: s.name, Msg: err.Error()}
	}
	var all []*FileError
	seen := map[FileError]bool{}
	for _, leaf := range leaves(ve) {
		fe := s.translate(leaf)
		if !seen[*fe] { // the alternatives of one oneOf say the same thing
			seen[*fe] = true
			all = append(all, fe)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Line < all[j].Line })
	first := all[0]
	first.More = len(all) - 1
	return first
}

func leaves(ve *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return []*jsonschema.ValidationError{ve}
	}
	var out []*jsonschema.ValidationError
	for _, c := range ve.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// english renders the validator's messages for the kinds translate does
// not word itself.
var english = message.NewPrinter(language.English)

// conditionTestSchema is where policy.schema.json describes one test of a
// condition: a oneOf whose every alternative fails on a wrong test.
const conditionTestSchema = "#/$defs/condition/additionalProperties/oneOf/"

// conditionTestPtr cuts a pointer inside a condition's test
// (/rules/3/confirm_with/0/protection/present) to the test itself.
func conditionTestPtr(ptr string) string {
	parts := strings.Split(ptr, "/") // "", "rules", "3", "confirm_with", "0", "protection", …
	if len(parts) > 6 {
		parts = parts[:6]
	}
	return strings.Join(parts, "/")
}

// translate rewrites one validator error in the file's own terms.
func (s *source) translate(ve *jsonschema.ValidationError) *FileError {
	ptr := instancePointer(ve.InstanceLocation)
	if strings.Contains(ve.SchemaURL, conditionTestSchema) {
		// Each alternative explains its own failure; say what is accepted,
		// at the test itself (/rules/N/confirm_with/I/PARAM).
		return s.errAt(conditionTestPtr(ptr), `must be true, false, a string, {"given": true, false or a string}, {"present": true} or {"item": "regular expression"}`)
	}
	switch k := ve.ErrorKind.(type) {
	case *kind.Enum:
		return s.errAt(ptr, "%s", enumMessage(k.Want))
	case *kind.Const:
		return s.errAt(ptr, "%s", enumMessage([]any{k.Want}))
	case *kind.AdditionalProperties:
		names := slices.Sorted(slices.Values(k.Properties))
		return s.errAt(ptr+"/"+escapePointer(names[0]), "unknown field")
	case *kind.Type:
		return s.errAt(ptr, "expected %s, but got %s", strings.Join(k.Want, " or "), k.Got)
	case *kind.Required:
		return s.errAt(ptr, "missing field %s", strings.Join(k.Missing, ", "))
	case *kind.DependentRequired:
		if len(k.Missing) == 1 {
			fe := s.errAt(ptr+"/"+escapePointer(k.Prop), "%s is required when %s is set", k.Missing[0], k.Prop)
			fe.Field = fieldName(ptr)
			return fe
		}
	}
	return s.errAt(ptr, "%s", ve.ErrorKind.LocalizedString(english))
}

// enumMessage lists the accepted values unquoted: "must be one of a, b".
func enumMessage(want []any) string {
	vals := make([]string, len(want))
	for i, v := range want {
		vals[i] = fmt.Sprint(v)
	}
	if len(vals) == 1 {
		return "must be " + vals[0]
	}
	return "must be one of " + strings.Join(vals, ", ")
}

// instancePointer is the JSON pointer of a location the validator gives as
// its segments.
func instancePointer(segs []string) string {
	var b strings.Builder
	for _, seg := range segs {
		b.WriteString("/" + escapePointer(seg))
	}
	return b.String()
}
