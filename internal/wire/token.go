package wire

import (
	"net/url"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// An API token travels in the Authorization header as
// PVEAPIToken=USER@REALM!NAME=SECRET (Proxmox VE) or
// PBSAPIToken=USER@REALM!NAME:SECRET (Proxmox Backup Server). The same
// combined USER@REALM!NAME=SECRET form is how Proxmox prints a new token
// and how users paste one into a single setting.

// TokenScheme is the Authorization scheme of a product's API tokens.
func TokenScheme(p catalog.Product) string {
	if p == catalog.PBS {
		return "PBSAPIToken"
	}
	return "PVEAPIToken"
}

// tokenSeparator splits the token ID from the secret.
func tokenSeparator(p catalog.Product) string {
	if p == catalog.PBS {
		return ":"
	}
	return "="
}

// TokenHeader is the Authorization header value for an API token.
func TokenHeader(p catalog.Product, id, secret string) string {
	return TokenScheme(p) + "=" + id + tokenSeparator(p) + secret
}

// ParseTokenHeader reads the credentials of an Authorization header
// written as TokenHeader writes it (the scheme followed by "=" or a
// space, as both daemons accept); ok is false when it holds no token of
// the product.
func ParseTokenHeader(p catalog.Product, header string) (id, secret string, ok bool) {
	v := HeaderCredential(header, TokenScheme(p))
	if v == "" {
		return "", "", false
	}
	return SplitToken(p, v)
}

// HeaderCredential is the value after "KEY=" or "KEY " in one of an
// Authorization header's ";"-separated parts ("" when none names KEY):
// how both daemons find a token (KEY is the token scheme) and pveproxy a
// ticket (KEY is the cookie's name). The simulator reads headers with it,
// so the two sides of the wire cannot disagree on the form.
func HeaderCredential(header, key string) string {
	for _, part := range strings.Split(header, ";") {
		part = strings.TrimSpace(part)
		if rest, ok := strings.CutPrefix(part, key); ok && rest != "" && (rest[0] == '=' || rest[0] == ' ') {
			return strings.TrimSpace(rest[1:])
		}
	}
	return ""
}

// SplitToken splits ID=SECRET (PVE: at the last '=') or ID:SECRET (PBS:
// at the first ':', the secret percent-decoded as PBS does).
func SplitToken(p catalog.Product, v string) (id, secret string, ok bool) {
	if p == catalog.PBS {
		id, secret, ok = strings.Cut(v, ":")
		if s, err := url.PathUnescape(secret); err == nil {
			secret = s
		}
		return id, secret, ok
	}
	i := strings.LastIndexByte(v, '=')
	if i < 0 {
		return "", "", false
	}
	return v[:i], v[i+1:], true
}

// SplitCombinedToken splits a token written with its secret,
// USER@REALM!NAME=SECRET or USER@REALM!NAME:SECRET, for either product
// (neither separator can occur in a token ID). ok is false when v is not
// of that shape; v itself must never be echoed then, it may hold a secret.
func SplitCombinedToken(v string) (id, secret string, ok bool) {
	v = strings.TrimSpace(v)
	bang := strings.IndexByte(v, '!')
	if bang < 0 || !strings.Contains(v[:bang], "@") {
		return "", "", false
	}
	sep := strings.IndexAny(v[bang:], "=:")
	if sep < 0 {
		return "", "", false
	}
	id, secret = v[:bang+sep], v[bang+sep+1:]
	if id == v[:bang+1] || secret == "" || strings.ContainsFunc(secret, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return "", "", false
	}
	return id, secret, true
}
