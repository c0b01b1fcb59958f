package formats

import (
	"strconv"
)

// The address expressions of proxmox/pve-common src/PVE/Tools.pm
// ($IPV4RE, $IPV6RE), in Perl syntax as published there.
const (
	ipv4Octet = `(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])`
	ipv4RE    = `(?:(?:` + ipv4Octet + `\.){3}` + ipv4Octet + `)`
	ipv6H16   = `(?:[0-9a-fA-F]{1,4})`
	ipv6LS32  = `(?:(?:` + ipv4RE + `|` + ipv6H16 + `:` + ipv6H16 + `))`
	ipv6RE    = `(?:` +
		`(?:(?:` + `(?:` + ipv6H16 + `:){6})` + ipv6LS32 + `)|` +
		`(?:(?:` + `::(?:` + ipv6H16 + `:){5})` + ipv6LS32 + `)|` +
		`(?:(?:(?:` + ipv6H16 + `)?::(?:` + ipv6H16 + `:){4})` + ipv6LS32 + `)|` +
		`(?:(?:(?:(?:` + ipv6H16 + `:){0,1}` + ipv6H16 + `)?::(?:` + ipv6H16 + `:){3})` + ipv6LS32 + `)|` +
		`(?:(?:(?:(?:` + ipv6H16 + `:){0,2}` + ipv6H16 + `)?::(?:` + ipv6H16 + `:){2})` + ipv6LS32 + `)|` +
		`(?:(?:(?:(?:` + ipv6H16 + `:){0,3}` + ipv6H16 + `)?::(?:` + ipv6H16 + `:){1})` + ipv6LS32 + `)|` +
		`(?:(?:(?:(?:` + ipv6H16 + `:){0,4}` + ipv6H16 + `)?::` + `)` + ipv6LS32 + `)|` +
		`(?:(?:(?:(?:` + ipv6H16 + `:){0,5}` + ipv6H16 + `)?::` + `)` + ipv6H16 + `)|` +
		`(?:(?:(?:(?:` + ipv6H16 + `:){0,6}` + ipv6H16 + `)?::` + `)))`
	// emailUserRE and emailRE are $EMAIL_USER_RE and $EMAIL_RE.
	emailUserRE = `[\w\+\-\~]+(\.[\w\+\-\~]+)*`
	emailRE     = emailUserRE + `@[a-zA-Z0-9\-]+(\.[a-zA-Z0-9\-]+)*`
)

var (
	isIPv4 = perlFull(`(?:` + ipv4RE + `)`)
	isIPv6 = perlFull(`(?:` + ipv6RE + `)`)
	isIP   = perlFull(`(?:(?:` + ipv4RE + `)|(?:` + ipv6RE + `))`)
	// cidrV4/cidrV6 capture the prefix length of an address/prefix pair
	// (JSONSchema.pm pve_verify_cidrv4/pve_verify_cidrv6).
	cidrV4 = perlFull(`(?:` + ipv4RE + `)(?:/(\d+))`)
	cidrV6 = perlFull(`(?:` + ipv6RE + `)(?:/(\d+))`)
)

// validCIDR reports whether v is address/prefix with the prefix in (7, max]:
// PVE refuses networks wider than /8.
func validCIDR(re *pattern, v string, max int) bool {
	m := re.FindStringSubmatch(v)
	if m == nil {
		return false
	}
	n, ok := perlNumber(m[len(m)-1])
	return ok && n > 7 && n <= float64(max)
}

// mustNumber is perlNumber for digits a pattern already matched.
func mustNumber(digits string) float64 {
	n, _ := perlNumber(digits)
	return n
}

// perlNumber is the numeric value Perl gives a string of (Unicode) digits
// matched by \d+. Perl numifies only ASCII digits; a string that starts
// with another digit is 0.
func perlNumber(digits string) (float64, bool) {
	end := 0
	for end < len(digits) && digits[end] >= '0' && digits[end] <= '9' {
		end++
	}
	if end == 0 {
		return 0, true
	}
	n, err := strconv.ParseFloat(digits[:end], 64)
	return n, err == nil
}
