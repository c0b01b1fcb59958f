// Package redact removes credentials from what Proxmox sends back before
// it leaves the process.
//
// Two rules keep it from ever becoming an oracle (a way for a caller to
// test a guess at a secret by watching where the mask appears):
//
//   - It masks only text the server produced (reason phrases, error and
//     answer bodies, transport and TLS errors), never the caller's own
//     arguments quoted back by this program.
//   - A known secret is masked in upstream text only when the caller's own
//     request did not carry it: an echo of the caller's text is the
//     caller's text, and masking it would say which part was the secret.
//
// Credential-shaped values (an Authorization header value, an auth
// cookie, a CSRF token, a ticket or password member) are masked wherever
// the server put them, whatever their value, which also covers secrets
// this program was never told about. Known secrets shorter than
// MinSecret are left to those patterns: masking a short string by value
// would mangle every message.
package redact

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// Mask replaces every secret.
const Mask = "***"

// MinSecret is the shortest secret masked by value.
const MinSecret = 8

// Redactor knows the configured secrets and the tickets learnt at run
// time. The zero value is not usable; use New. It is safe for concurrent
// use.
type Redactor struct {
	mu      sync.RWMutex
	secrets []string // longest first, so a secret containing another is masked whole
}

// New returns a Redactor that masks the given secrets.
func New(secrets ...string) *Redactor {
	r := &Redactor{}
	r.Add(secrets...)
	return r
}

// Add registers more secrets, each also in its URL-encoded forms, because
// a password travels form-encoded and a ticket cookie may be
// percent-encoded. Secrets shorter than MinSecret are ignored.
func (r *Redactor) Add(secrets ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		if len(s) < MinSecret {
			continue
		}
		for _, v := range []string{s, url.QueryEscape(s), url.PathEscape(s)} {
			r.addLocked(v)
		}
	}
	sort.SliceStable(r.secrets, func(i, j int) bool { return len(r.secrets[i]) > len(r.secrets[j]) })
}

// With returns a new Redactor that knows r's secrets plus the given ones;
// r itself is unchanged. It serves per-request credentials, which must be
// masked in that request's answers but never remembered.
func (r *Redactor) With(secrets ...string) *Redactor {
	r.mu.RLock()
	c := &Redactor{secrets: append([]string(nil), r.secrets...)}
	r.mu.RUnlock()
	c.Add(secrets...)
	return c
}

func (r *Redactor) addLocked(s string) {
	for _, have := range r.secrets {
		if have == s {
			return
		}
	}
	r.secrets = append(r.secrets, s)
}

// Upstream masks text the server produced. sent is everything the caller
// put into the request (its path, query and form, as encoded): a secret
// found there is not masked, since the text echoes the caller.
func (r *Redactor) Upstream(text, sent string) string {
	if r != nil {
		r.mu.RLock()
		for _, secret := range r.secrets {
			if !strings.Contains(sent, secret) {
				text = strings.ReplaceAll(text, secret, Mask)
			}
		}
		r.mu.RUnlock()
	}
	return Patterns(text)
}

// Local masks text this program wrote without a request (start-up
// warnings, the login): every known secret and every credential shape.
func (r *Redactor) Local(text string) string { return r.Upstream(text, "") }

// UpstreamJSON masks a JSON answer the server sent. It returns the data
// unchanged (without copying) when nothing in it looks like a credential,
// which is the case for nearly every answer; ok is false when masking
// left it invalid JSON (a masked value held an escaped quote), and the
// answer must then not be shown.
func (r *Redactor) UpstreamJSON(data []byte, sent string) (out []byte, ok bool) {
	if !r.mayHold(data, sent) {
		return data, true
	}
	masked := []byte(r.Upstream(string(data), sent))
	if bytes.Equal(masked, data) {
		return data, true
	}
	return masked, validJSON(masked)
}

// mayHold is the cheap test before the regular expressions: a known
// secret or a word every credential shape contains.
func (r *Redactor) mayHold(data []byte, sent string) bool {
	for _, w := range shapeWords {
		if bytes.Contains(data, w) {
			return true
		}
	}
	if r == nil {
		return false
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, s := range r.secrets {
		if bytes.Contains(data, []byte(s)) && !strings.Contains(sent, s) {
			return true
		}
	}
	return false
}

// shapeWords occur in every text the patterns match (case-insensitively
// for CSRF and password, whose patterns are; the lower-case forms are the
// ones Proxmox writes).
var shapeWords = [][]byte{[]byte("APIToken"), []byte("AuthCookie"), []byte("CSRFPrevention"), []byte("csrfprevention"),
	[]byte(`"ticket"`), []byte("assword"), []byte("ASSWORD")}

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

func validJSON(b []byte) bool { return json.Valid(b) }
