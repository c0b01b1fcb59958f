package search

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// schemaWords returns the words of a JSON Schema: its property names, its
// descriptions and the string values its enums allow, each a piece of the
// schema's text (escapes left in). Proxmox documents what
// an operation takes and returns in these words ("quorate: Indicates if
// there is a majority of nodes online", "content: backup, iso, vztmpl"),
// and they are often the words a person asks with.
//
// The schemas of the whole catalog are about a megabyte, so instead of
// decoding them (tens of milliseconds) this walks the text once and keeps
// only the words. A schema it cannot read gives what was read so far: it
// only costs recall.
func schemaWords(schema string) schemaText {
	var w schemaWalker
	w.read(schema, nil)
	return w.text
}

// read walks schema into w.text, reusing its slices. skip names top-level
// properties to leave out (nil: none).
func (w *schemaWalker) read(schema string, skip func(string) bool) {
	*w = schemaWalker{s: schema, skip: skip, text: schemaText{
		names: w.text.names[:0], prose: w.text.prose[:0], values: w.text.values[:0]}}
	w.schema(0)
}

// schemaText is what schemaWords reads out of a schema.
type schemaText struct {
	names, prose, values []string
}

// maxSchemaDepth bounds the walk: the words that matter are near the top,
// and deeply nested schemas mostly repeat them.
const maxSchemaDepth = 4

type schemaWalker struct {
	s      string
	i      int
	text   schemaText
	broken bool
	skip   func(string) bool
}

// schema reads one schema object, keeping its description, enum values,
// property names and the words of its properties and items.
func (w *schemaWalker) schema(depth int) {
	if !w.open('{') {
		w.skipValue()
		return
	}
	for !w.broken && !w.close('}') {
		key := w.str()
		if !w.expect(':') {
			return
		}
		switch {
		case depth > maxSchemaDepth:
			w.skipValue()
		case key == "description":
			w.addProse(w.str())
		case key == "enum":
			w.enum()
		case key == "properties":
			w.properties(depth)
		case key == "items":
			w.schema(depth + 1)
		default:
			w.skipValue()
		}
		w.open(',')
	}
}

// properties reads {"name": schema, …}.
func (w *schemaWalker) properties(depth int) {
	if !w.open('{') {
		w.skipValue()
		return
	}
	for !w.broken && !w.close('}') {
		// Dotted names are data, not fields: a role's privileges
		// (Pool.Allocate, User.Modify) would make it match every
		// request about pools and users.
		name := w.str()
		if !w.expect(':') {
			return
		}
		if depth == 0 && w.skip != nil && w.skip(name) {
			w.skipValue()
			w.open(',')
			continue
		}
		if !strings.Contains(name, ".") {
			w.text.names = append(w.text.names, name)
		}
		w.schema(depth + 1)
		w.open(',')
	}
}

// enum keeps the string values of an enum array.
func (w *schemaWalker) enum() {
	if !w.open('[') {
		w.skipValue()
		return
	}
	for !w.broken && !w.close(']') {
		if w.peek() == '"' {
			w.text.values = append(w.text.values, w.str())
		} else {
			w.skipValue()
		}
		w.open(',')
	}
}

func (w *schemaWalker) addProse(text string) {
	w.text.prose = append(w.text.prose, schema.StripFormHints(text))
}

// skipValue steps over any JSON value.
func (w *schemaWalker) skipValue() {
	switch w.peek() {
	case '"':
		w.str()
	case '{', '[':
		w.skipNested()
	default: // number, true, false, null
		for w.i < len(w.s) && !strings.ContainsRune(",}] \n\t\r", rune(w.s[w.i])) {
			w.i++
		}
	}
}

// skipNested steps over an object or array, minding strings that contain
// brackets.
func (w *schemaWalker) skipNested() {
	level := 0
	for w.i < len(w.s) {
		switch w.s[w.i] {
		case '"':
			w.str()
			continue
		case '{', '[':
			level++
		case '}', ']':
			level--
			if level == 0 {
				w.i++
				return
			}
		}
		w.i++
	}
	w.broken = true
}

// str reads a JSON string and returns its raw contents (escapes left in).
func (w *schemaWalker) str() string {
	if w.peek() != '"' {
		w.broken = true
		return ""
	}
	start := w.i + 1
	for j := start; j < len(w.s); j++ {
		switch w.s[j] {
		case '\\':
			j++
		case '"':
			w.i = j + 1
			return w.s[start:j]
		}
	}
	w.broken, w.i = true, len(w.s)
	return ""
}

// peek returns the next non-space byte without consuming it, or 0.
func (w *schemaWalker) peek() byte {
	for ; w.i < len(w.s); w.i++ {
		if c := w.s[w.i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return c
		}
	}
	return 0
}

// open consumes c if it comes next.
func (w *schemaWalker) open(c byte) bool {
	if w.peek() == c {
		w.i++
		return true
	}
	return false
}

// close consumes c if it comes next; at the end of the text it marks the
// walk broken so loops stop.
func (w *schemaWalker) close(c byte) bool {
	if w.peek() == 0 {
		w.broken = true
		return true
	}
	return w.open(c)
}

// expect consumes c or marks the walk broken.
func (w *schemaWalker) expect(c byte) bool {
	if !w.open(c) {
		w.broken = true
	}
	return !w.broken
}
