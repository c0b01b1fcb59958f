package schema

import (
	"regexp"
	"strings"
	"sync"
)

// Form hints are the fixed sentences the converter adds to descriptions
// to show the forms a value accepts. They say nothing about what an
// operation does, so search leaves them out (StripFormHints).
const (
	hintObjectForm = "The same settings as an object of keys."
	hintVMIDAlone  = "One guest's ID alone."
	hintListForms  = `A list: "a,b" or ["a", "b"].`
)

// hintValueAlone words the bare-value form of a property string.
func hintValueAlone(key string) string { return "The " + key + " value alone." }

// hintJSONForm is the compact schema's note on the structured form.
func hintJSONForm(typ string) string { return "(or the same as a JSON " + typ + ")" }

// formHints compiles on first use: the binary links this package for the
// server's own schemas, and package init runs at every start.
var formHints = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s*(?:` + strings.Join([]string{
		regexp.QuoteMeta(hintObjectForm),
		regexp.QuoteMeta(hintVMIDAlone),
		strings.ReplaceAll(regexp.QuoteMeta(hintListForms), `"`, `\\?"`), // also as JSON text
		`The [\w.-]+ value alone\.`,
		`\(or the same as a JSON (?:object|array)\)`,
	}, "|") + `)`)
})

// StripFormHints returns a description without the converter's form
// hints; it also finds them in JSON text, quotes escaped.
func StripFormHints(text string) string {
	if !strings.Contains(text, "same") && !strings.Contains(text, "alone") && !strings.Contains(text, "A list") {
		return text
	}
	return strings.TrimSpace(formHints().ReplaceAllString(text, ""))
}
