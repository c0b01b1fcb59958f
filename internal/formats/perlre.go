package formats

import (
	"regexp"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// pattern is a regular expression compiled on first use: compiling all of
// the package's patterns at start-up took 14 ms, about the binary's whole
// start-up budget, and a program should pay only for those its arguments
// reach.
type pattern struct {
	once    sync.Once
	compile func() *regexp.Regexp
	re      *regexp.Regexp
}

// allPatterns lists every pattern of the package, so that a test can
// compile them all.
var allPatterns []*pattern

func newPattern(compile func() *regexp.Regexp) *pattern {
	p := &pattern{compile: compile}
	allPatterns = append(allPatterns, p)
	return p
}

func (p *pattern) get() *regexp.Regexp {
	p.once.Do(func() { p.re = p.compile() })
	return p.re
}

func (p *pattern) MatchString(s string) bool            { return p.get().MatchString(s) }
func (p *pattern) FindStringSubmatch(s string) []string { return p.get().FindStringSubmatch(s) }
func (p *pattern) FindStringIndex(s string) (loc []int) { return p.get().FindStringIndex(s) }
func (p *pattern) String() string                       { return p.get().String() }

// goPattern is a pattern in Go syntax, for the few checks that are not a
// whole match (a Perl m/…/ without both anchors) and use no class Perl
// and Go read differently.
func goPattern(expr string) *pattern {
	return newPattern(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// perlFull is a pattern PVE applies as m/^BODY$/, written in Perl syntax
// exactly as in Proxmox's source. The project's pattern translator turns it
// into Go syntax (Unicode \d, \w, \s as Perl applies them to decoded
// strings; (?^:…) groups); Perl's $ also matches before a final newline,
// so the Go form ends in \n?$.
func perlFull(body string) *pattern {
	return newPattern(func() *regexp.Regexp {
		p := schema.TranslatePattern(schema.PVE, body)
		if p.Go == "" || p.MinLength != nil || p.MaxLength != nil {
			panic("formats: pattern " + body + " has no exact Go form: " + p.Reason)
		}
		return regexp.MustCompile(strings.TrimSuffix(p.Go, "$") + `\n?$`)
	})
}

// perlFullI is perlFull for a pattern PVE applies with the /i flag.
func perlFullI(body string) *pattern { return perlFull("(?i:" + body + ")") }

// matchCheck is the most common check: the value must match re, else PVE
// dies with msg.
func matchCheck(re *pattern, msg string) checkFunc {
	return func(v string) string {
		if re.MatchString(v) {
			return ""
		}
		return msg
	}
}

// matchCheckf is matchCheck for messages that quote the value: %s in msg
// stands for it.
func matchCheckf(re *pattern, msg string) checkFunc {
	return func(v string) string {
		if re.MatchString(v) {
			return ""
		}
		return strings.ReplaceAll(msg, "%s", v)
	}
}
