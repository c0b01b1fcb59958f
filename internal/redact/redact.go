// Package redact removes credentials from text before it leaves the process.
//
// Every error, log line and tool output of proxmox-mcp goes through one
// Redactor. It does two passes: the exact values of the secrets it was told
// about (token secrets, passwords, and tickets or CSRF tokens learnt at run
// time), then patterns that recognise credentials by their shape (an
// Authorization header value, an auth cookie, a password field in a form
// body), which also catches secrets the Redactor was never told about.
package redact

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Mask replaces every secret.
const Mask = "***"

// Redactor knows the configured secrets. The zero value is not usable; use
// New. It is safe for concurrent use.
type Redactor struct {
	mu      sync.RWMutex
	secrets []string // longest first, so a secret containing another is masked whole
}

// New returns a Redactor that masks the given secrets (empty ones are ignored).
func New(secrets ...string) *Redactor {
	r := &Redactor{}
	r.Add(secrets...)
	return r
}

// Add registers more secrets, e.g. a ticket obtained at run time. Each secret
// is also registered in its URL-encoded forms, because a password travels
// form-encoded and a ticket cookie may be percent-encoded.
func (r *Redactor) Add(secrets ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		for _, v := range variants(s) {
			r.addLocked(v)
		}
	}
	sort.SliceStable(r.secrets, func(i, j int) bool { return len(r.secrets[i]) > len(r.secrets[j]) })
}

// With returns a new Redactor that knows r's secrets plus the given ones;
// r itself is unchanged. It serves per-request credentials, which must be
// masked in that request's errors but never remembered.
func (r *Redactor) With(secrets ...string) *Redactor {
	r.mu.RLock()
	c := &Redactor{secrets: append([]string(nil), r.secrets...)}
	r.mu.RUnlock()
	c.Add(secrets...)
	return c
}

func (r *Redactor) addLocked(s string) {
	if s == "" {
		return
	}
	for _, have := range r.secrets {
		if have == s {
			return
		}
	}
	r.secrets = append(r.secrets, s)
}

func variants(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s, url.QueryEscape(s), url.PathEscape(s)}
}

// String masks every known secret and every credential-shaped value in s.
func (r *Redactor) String(s string) string {
	if r != nil {
		r.mu.RLock()
		for _, secret := range r.secrets {
			s = strings.ReplaceAll(s, secret, Mask)
		}
		r.mu.RUnlock()
	}
	return Patterns(s)
}

// Error returns an error whose message is err's message redacted, or nil.
// The result deliberately does not unwrap to err: the original could still
// carry the secret to whoever prints the chain.
func (r *Redactor) Error(err error) error {
	if err == nil {
		return nil
	}
	return redactedError(r.String(err.Error()))
}

type redactedError string

func (e redactedError) Error() string { return string(e) }

// tokenHeader matches an API token header value: PVEAPIToken=user@realm!name=SECRET
// or PBSAPIToken=user@realm!name:SECRET.
var tokenHeader = regexp.MustCompile(`((?:PVE|PBS)APIToken[= ]\s*)([^\s"',;\]&]+)`)

// patterns match credentials by shape; group 1 is kept, the rest masked.
var patterns = []*regexp.Regexp{
	// Cookie: PVEAuthCookie=TICKET / PBSAuthCookie=TICKET.
	regexp.MustCompile(`((?:PVE|PBS)AuthCookie=)[^\s;"',\]&]+`),
	// CSRFPreventionToken: VALUE as a header, a form field or a JSON member.
	regexp.MustCompile(`(?i)(CSRFPreventionToken"?\s*[:=]\s*"?)[^\s"',;\]&]+`),
	// "ticket":"PVE:…" in a login answer.
	regexp.MustCompile(`("ticket"\s*:\s*")[^"]+`),
	// password=… in a form body or query string (also new-password=…).
	regexp.MustCompile(`(?i)(password=)[^&\s"',;\]]+`),
	// "password":"…" in JSON.
	regexp.MustCompile(`(?i)("[a-z-]*password"\s*:\s*")[^"]+`),
}

// Patterns masks credential-shaped values in s without knowing any secret.
func Patterns(s string) string {
	s = tokenHeader.ReplaceAllStringFunc(s, maskTokenHeader)
	for _, p := range patterns {
		s = p.ReplaceAllString(s, "${1}"+Mask)
	}
	return s
}

// maskTokenHeader keeps the token ID (user@realm!name), which is not secret
// and helps debugging, and masks what follows it.
func maskTokenHeader(m string) string {
	sub := tokenHeader.FindStringSubmatch(m)
	prefix, value := sub[1], sub[2]
	if bang := strings.IndexByte(value, '!'); bang >= 0 {
		if sep := strings.IndexAny(value[bang:], "=:"); sep >= 0 {
			return prefix + value[:bang+sep+1] + Mask
		}
	}
	return prefix + Mask
}
