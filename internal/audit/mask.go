package audit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/redact"
)

// Bounds of what one record keeps: enough to review a call, never a file
// upload or a page of upstream error.
const (
	maxValue  = 1024 // characters of one argument string
	maxError  = 500
	maxReason = 500
	maxPath   = 2048
	// minEcho is the shortest masked value also masked wherever else it
	// appears in the record: shorter ones (a PIN, "1") would mangle every
	// text without protecting much.
	minEcho = 4
)

// secretName matches argument and property-string key names that hold a
// credential whatever the caller says: password, new-password,
// cipassword, client-secret, token, secret-key, keyring, ticket…
// token and key count only as the name's last word, so tokenid,
// token-name and sshkeys (names and public keys) stay readable.
var secretName = regexp.MustCompile(`(?i)pass(word|wd|phrase)|secret|hmac|ticket|credential|keyring|private|authorization|cookie|` +
	`(^|[-_.])(token|key|otp|totp|pin)$`)

// masker masks one record. It remembers the values it masked, to mask
// them again where the record repeats them (an error quoting a password).
type masker struct {
	secret map[string]bool // argument names the caller says are secret
	values []string        // masked values, longest first once collected
}

func newMasker(secrets []string) *masker {
	m := &masker{secret: map[string]bool{}}
	for _, s := range secrets {
		m.secret[s] = true
	}
	return m
}

func (m *masker) isSecret(name string) bool { return m.secret[name] || secretName.MatchString(name) }

// arguments masks a copy of the arguments: first every secret value is
// collected and replaced, then every string left is cleaned of those
// values and of credential shapes.
func (m *masker) arguments(args map[string]any) map[string]any {
	if len(args) == 0 {
		return nil
	}
	out, ok := m.hideNamed(jsonModel(args)).(map[string]any)
	if !ok {
		return map[string]any{"unreadable": redact.Mask}
	}
	sort.Slice(m.values, func(i, j int) bool { return len(m.values[i]) > len(m.values[j]) })
	return m.cleanAll(out).(map[string]any)
}

// jsonModel turns the caller's arguments into the JSON data model (maps,
// slices, strings, json.Number, bool, nil), so that any Go value the
// caller passes is walked the same way; nil when they cannot be encoded.
func jsonModel(args map[string]any) any {
	b, err := json.Marshal(args)
	if err != nil {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out any
	if dec.Decode(&out) != nil {
		return nil
	}
	return out
}

// hideNamed replaces the values of secret-named members, at any depth.
func (m *masker) hideNamed(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, val := range x {
			if m.isSecret(k) {
				m.remember(val)
				out[k] = redact.Mask
				continue
			}
			out[k] = m.hideNamed(val)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, val := range x {
			out[i] = m.hideNamed(val)
		}
		return out
	case string:
		return m.hideKeys(x)
	}
	return v
}

// remember records the text of a masked value, to find it elsewhere.
func (m *masker) remember(v any) {
	switch x := v.(type) {
	case nil:
	case string:
		if len(x) >= minEcho {
			// as written, and as it travels in a form, a query or a path
			m.values = append(m.values, x, url.QueryEscape(x), url.PathEscape(x))
		}
	case map[string]any:
		for _, val := range x {
			m.remember(val)
		}
	case []any:
		for _, val := range x {
			m.remember(val)
		}
	default:
		m.remember(fmt.Sprint(x))
	}
}

// hideKeys masks the values of secret-named keys of a property string
// ("server=x,password=y"; list items separated by ; are kept as they
// are). Text that is not a property string is returned unchanged.
func (m *masker) hideKeys(s string) string {
	if !strings.Contains(s, "=") {
		return s
	}
	parts := strings.Split(s, ",")
	changed := false
	for i, part := range parts {
		key, val, ok := strings.Cut(part, "=")
		if ok && m.isSecret(strings.TrimSpace(key)) && val != redact.Mask {
			m.remember(val)
			parts[i], changed = key+"="+redact.Mask, true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(parts, ",")
}

// cleanAll applies clean to every string, at any depth.
func (m *masker) cleanAll(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			x[k] = m.cleanAll(val)
		}
		return x
	case []any:
		for i, val := range x {
			x[i] = m.cleanAll(val)
		}
		return x
	case string:
		if x == redact.Mask {
			return x
		}
		return m.text(x, maxValue)
	}
	return v // json.Number, bool, nil
}

// text masks a free text (an argument string, the error, the path): the
// values masked in this record, secret keys of property strings and
// credential shapes; then shortens it to limit characters.
func (m *masker) text(s string, limit int) string {
	for _, v := range m.values {
		s = strings.ReplaceAll(s, v, redact.Mask)
	}
	s = redact.Patterns(m.hideKeys(s))
	return shorten(s, limit)
}

// shorten keeps the first limit characters and says how much was cut.
func shorten(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	runes := []rune(s)
	return fmt.Sprintf("%s… (%d more characters)", string(runes[:limit]), len(runes)-limit)
}

// Masker applies the log's rule of what is secret to one operation's
// values, for text a person reads outside the log (a dry run's plan): one
// rule for "what is a secret", wherever a call is shown.
type Masker struct {
	op *catalog.Operation
	m  *masker
}

// NewMasker masks the values of calls of op: its catalog Secret
// parameters and property-string keys, and names that say credential.
func NewMasker(op *catalog.Operation) *Masker {
	return &Masker{op: op, m: newMasker(SecretNames(op))}
}

// Secret reports whether a value sent or shown under name holds a
// credential. name is an argument name, a wire name (net0, numa1: the
// indexed parameter's) or a property-string key.
func (k *Masker) Secret(name string) bool {
	if k.m.isSecret(name) {
		return true
	}
	p := paramOfWire(k.op, name)
	return p != nil && (p.Secret || k.m.isSecret(p.Name))
}

// Argument masks one of the caller's own values sent under name: all of
// it when the name is secret, else the secret keys of a property string.
// What it masks is remembered, so that Text masks it wherever else the
// value appears.
func (k *Masker) Argument(name, value string) string {
	if k.Secret(name) {
		k.m.remember(value)
		k.sortValues()
		return redact.Mask
	}
	out := k.m.hideKeys(value)
	k.sortValues()
	return out
}

// Upstream masks a value Proxmox sent under name, by name only. Its value
// is not remembered: masking it in the caller's own text would tell the
// caller whether a guess matched it.
func (k *Masker) Upstream(name, value string) string {
	if k.Secret(name) {
		return redact.Mask
	}
	blind := &masker{secret: k.m.secret}
	return blind.hideKeys(value)
}

// Text masks free text: every value Argument masked, the secret keys of
// property strings and credential shapes.
func (k *Masker) Text(s string) string {
	for _, v := range k.m.values {
		s = strings.ReplaceAll(s, v, redact.Mask)
	}
	return redact.Patterns(k.m.hideKeys(s))
}

func (k *Masker) sortValues() {
	sort.Slice(k.m.values, func(i, j int) bool { return len(k.m.values[i]) > len(k.m.values[j]) })
}

// paramOfWire finds the parameter a wire name belongs to: itself, or an
// indexed parameter's base followed by digits (net0 is net's).
func paramOfWire(op *catalog.Operation, name string) *catalog.Param {
	if op == nil {
		return nil
	}
	for i := range op.Params {
		p := &op.Params[i]
		if p.Name == name || p.WireName() == name {
			return p
		}
		if rest, ok := strings.CutPrefix(name, p.WireName()); ok && p.Indexed && rest != "" && strings.Trim(rest, "0123456789") == "" {
			return p
		}
	}
	return nil
}
