package formats

import (
	"strings"
	"unicode"
)

// The suffixes check_format knows (proxmox/pve-common src/PVE/JSONSchema.pm).
const (
	listSuffix = "-list"
	optSuffix  = "-opt"
	// regexFormat is accepted by check_format without a lookup.
	regexFormat = "regex"
)

// splitSuffix splits "pve-node-list" into "pve-node" and "-list", the way
// check_format's m/^(.*?)(?:-(list|opt))?$/ does.
func splitSuffix(name string) (base, suffix string, ok bool) {
	for _, s := range []string{listSuffix, optSuffix} {
		if b, found := strings.CutSuffix(name, s); found {
			return b, s, true
		}
	}
	return name, "", false
}

// SplitList splits a list value the way PVE::Tools::split_list does
// (proxmox/pve-common src/PVE/Tools.pm): a value containing NUL is split at
// each NUL only (repeated form fields arrive NUL-joined); otherwise ',' and
// ';' count as whitespace and the value is split at runs of whitespace,
// ignoring leading and trailing whitespace. As with Perl's split, trailing
// empty elements are dropped; a leading empty element survives only in the
// NUL form.
func SplitList(value string) []string {
	if strings.Contains(value, "\x00") {
		return dropTrailingEmpty(strings.Split(value, "\x00"))
	}
	spaced := strings.NewReplacer(",", " ", ";", " ").Replace(value)
	if fields := strings.FieldsFunc(spaced, isPerlSpace); len(fields) > 0 {
		return fields
	}
	return nil
}

// isPerlSpace is what Perl's \s matches. Values reach PVE as decoded
// (Unicode) strings, so \s follows Unicode: the ASCII controls, NEL and
// every space separator.
func isPerlSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', '\u0085':
		return true
	}
	return unicode.In(r, unicode.Z)
}

func dropTrailingEmpty(parts []string) []string {
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 0 {
		return nil
	}
	return parts
}

// perlTrue is Perl's truth of a defined string: everything but "" and "0".
func perlTrue(s string) bool { return s != "" && s != "0" }

// derive makes the "-list" or "-opt" form of a registered format ("regex"
// has none: check_format special-cases it before the lookup).
func derive(base *Format, suffix string) *Format {
	f := &Format{Name: base.Name + suffix, Source: base.Source, Approximation: base.Approximation}
	switch {
	case base.check == nil: // a property-string format
		msg := "'" + suffix + "' format must have code ref, not hash\n"
		f.check = func(string) string { return msg }
	case suffix == listSuffix:
		f.check = listCheck(base.check)
	default:
		f.check = optCheck(base.check)
	}
	f.Accept, f.Refuse = sortExamples(f, derivedExamples(base, suffix))
	return f
}

func listCheck(element checkFunc) checkFunc {
	return func(value string) string {
		for _, v := range SplitList(value) {
			if msg := element(v); msg != "" {
				return msg
			}
		}
		return ""
	}
}

func optCheck(check checkFunc) checkFunc {
	return func(value string) string {
		if !perlTrue(value) {
			return ""
		}
		return check(value)
	}
}

// derivedExamples are candidate examples for a derived form: the base's own
// examples, a two-element list of its accepted values, and the values the
// suffix makes special.
func derivedExamples(base *Format, suffix string) []string {
	out := append(append([]string{}, base.Accept...), base.Refuse...)
	if suffix == listSuffix && len(base.Accept) > 0 {
		out = append(out, base.Accept[0]+","+base.Accept[len(base.Accept)-1], "")
	}
	if suffix == optSuffix {
		out = append(out, "", "0")
	}
	return out
}

// sortExamples sorts candidates into the values a format accepts and those
// it refuses, by running its own check.
func sortExamples(f *Format, candidates []string) (accept, refuse []string) {
	seen := map[string]bool{}
	for _, v := range candidates {
		if seen[v] {
			continue
		}
		seen[v] = true
		if f.Check(v) == nil {
			accept = append(accept, v)
		} else {
			refuse = append(refuse, v)
		}
	}
	return accept, refuse
}
