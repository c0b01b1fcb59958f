package rules

import (
	"strings"
)

// secretWords end the names of parameters and property-string keys whose
// values are credentials: password, cipassword, new-password,
// confirmation-password, a webhook or S3 secret(-key), tickets, metric
// server tokens, an ACME EAB hmac key, a Ceph keyring, a storage or PBS
// encryption key, an LDAP certkey, a DNS API key, second-factor codes and
// challenges (otp, totp, tfa-challenge). Identifiers such as
// tokenid or token-name end in another word and stay visible.
var secretWords = map[string]bool{
	"password": true, "cipassword": true, "passphrase": true, "secret": true,
	"ticket": true, "vncticket": true, "token": true, "hmac": true,
	"keyring": true, "certkey": true, "key": true,
	"otp": true, "totp": true, "challenge": true,
}

// secretName reports whether a parameter or key name holds a credential,
// judged by its last word.
func secretName(name string) bool {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == '_' })
	return len(words) > 0 && secretWords[words[len(words)-1]]
}

// SecretParam adds what the name cannot tell: a boolean is never a
// credential (pre-enrolled-keys), an ACME DNS plugin's data is its API
// credentials, a TFA entry's value is its secret.
func SecretParam(path, name, typ string) bool {
	if typ == "boolean" {
		return false
	}
	if name == "data" && strings.HasPrefix(path, "/cluster/acme/plugins") {
		return true
	}
	if name == "value" && strings.HasPrefix(path, "/access/tfa") {
		return true // a TOTP secret, a recovery or WebAuthn answer
	}
	return secretName(name)
}
