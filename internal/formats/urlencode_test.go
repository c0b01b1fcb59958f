package formats

import "testing"

// encodeURIComponentVectors are inputs and the output of JavaScript's
// encodeURIComponent (ECMA-262; recorded with Node.js 20), which PVE's web
// UI applies to sshkeys (proxmox/pve-manager www/manager6/qemu/SSHKey.js).
var encodeURIComponentVectors = []struct{ raw, encoded string }{
	{"ssh-rsa AAAAB3NzaC1yc2E user@host\n", "ssh-rsa%20AAAAB3NzaC1yc2E%20user%40host%0A"},
	{"ssh-ed25519 AAAAC3Nza comment with spaces\r\nssh-rsa B x@y", "ssh-ed25519%20AAAAC3Nza%20comment%20with%20spaces%0D%0Assh-rsa%20B%20x%40y"},
	{"a+b=c&d", "a%2Bb%3Dc%26d"},
	{"äöü €", "%C3%A4%C3%B6%C3%BC%20%E2%82%AC"},
	{"!~*()'-_.", "!~*()'-_."},
	{"100%", "100%25"},
	{"tab\there", "tab%09here"},
	{"emoji 😀", "emoji%20%F0%9F%98%80"},
	{"#/?:@[]", "%23%2F%3F%3A%40%5B%5D"},
	{"", ""},
}

func TestURLEncodeMatchesEncodeURIComponent(t *testing.T) {
	for _, v := range encodeURIComponentVectors {
		got := URLEncode(v.raw)
		if got != v.encoded {
			t.Errorf("URLEncode(%q) = %q, want %q", v.raw, got, v.encoded)
		}
		if !IsURLEncoded(got) {
			t.Errorf("IsURLEncoded(URLEncode(%q)) = false", v.raw)
		}
		if err := Check("urlencoded", got); err != nil {
			t.Errorf("PVE's urlencoded format refuses the encoding of %q: %v", v.raw, err)
		}
	}
}

func TestIsURLEncoded(t *testing.T) {
	for s, want := range map[string]bool{
		"ssh-rsa%20AAAA%20user%40host": true,
		"plain":                        true,
		"":                             true,
		"100%25":                       true,
		"ssh-rsa AAAA user@host":       false, // raw: space and @
		"100%":                         false, // '%' without two hex digits
		"%4":                           false,
		"%zz":                          false,
		"a+b":                          false,
		"caf\u00e9":                    false,
	} {
		if got := IsURLEncoded(s); got != want {
			t.Errorf("IsURLEncoded(%q) = %v, want %v", s, got, want)
		}
	}
}

// An encoded value passes through an encode-unless-encoded step unchanged.
func TestEncodedValueStaysAsItIs(t *testing.T) {
	for _, v := range encodeURIComponentVectors {
		once := URLEncode(v.raw)
		again := once
		if !IsURLEncoded(again) {
			again = URLEncode(again)
		}
		if again != once {
			t.Errorf("re-encoding %q changed it to %q", once, again)
		}
	}
}
