package formats

import (
	"strings"
)

// PEM checks of proxmox/pve-common src/PVE/Certificate.pm: check_pem drops
// any text before the first "-----BEGIN …-----" header (strip_leading_text)
// and then requires one PEM block of the label, or a chain of them
// separated by newlines.

// pemHeader and pemFooter are $header_re and $footer_re: the boundary line
// and any whitespace after it.
func pemHeader(label string) string { return `-----BEGIN ` + label + `-----(?:\s|\n)*` }
func pemFooter(label string) string { return `-----END ` + label + `-----(?:\s|\n)*` }

// pemBlock is $pem_re (written with /x there): base64 lines, optionally
// ending in "=" padding split over a line break.
func pemBlock(label string) string {
	const b64 = `[0-9A-Za-z\+/]`
	return pemHeader(label) +
		`(?:(?:` + b64 + `)+\s*\n)*` +
		`(?:` + b64 + `)*(?:=\s*\n=|={0,2})?\s*\n` +
		pemFooter(label)
}

var anyPEMHeader = goPattern(`-----BEGIN [^\n]*?-----`)

func pemCheck(label string, multiple bool) checkFunc {
	re := pemBlock(label)
	if multiple {
		re = `(` + re + `\n+)*` + re
	}
	full := perlFull(re)
	return func(v string) string {
		if loc := anyPEMHeader.FindStringIndex(v); loc != nil {
			v = v[loc[0]:]
		}
		if full.MatchString(v) {
			return ""
		}
		return "not a valid PEM-formatted string.\n"
	}
}

// examplePEM is a syntactically valid PEM block for the examples.
func examplePEM(label string) string {
	return "-----BEGIN " + label + "-----\n" +
		strings.Repeat("MIIBszCCAVmgAwIBAgIUWxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123\n", 2) +
		"AwIBAg==\n" +
		"-----END " + label + "-----\n"
}
