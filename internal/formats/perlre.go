package formats

import (
	"regexp"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// perlFull compiles a pattern PVE applies as m/^BODY$/, written in Perl
// syntax exactly as in Proxmox's source. The project's pattern translator
// turns it into Go syntax (Unicode \d, \w, \s as Perl applies them to
// decoded strings; (?^:…) groups); Perl's $ also matches before a final
// newline, so the Go form ends in \n?$.
func perlFull(body string) *regexp.Regexp {
	p := schema.TranslatePattern(schema.PVE, body)
	if p.Go == "" || p.MinLength != nil || p.MaxLength != nil {
		panic("formats: pattern " + body + " has no exact Go form: " + p.Reason)
	}
	return regexp.MustCompile(strings.TrimSuffix(p.Go, "$") + `\n?$`)
}

// perlFullI is perlFull for a pattern PVE applies with the /i flag.
func perlFullI(body string) *regexp.Regexp { return perlFull("(?i:" + body + ")") }

// matchCheck is the most common check: the value must match re, else PVE
// dies with msg.
func matchCheck(re *regexp.Regexp, msg string) checkFunc {
	return func(v string) string {
		if re.MatchString(v) {
			return ""
		}
		return msg
	}
}

// matchCheckf is matchCheck for messages that quote the value: %s in msg
// stands for it.
func matchCheckf(re *regexp.Regexp, msg string) checkFunc {
	return func(v string) string {
		if re.MatchString(v) {
			return ""
		}
		return strings.ReplaceAll(msg, "%s", v)
	}
}
