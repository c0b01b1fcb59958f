package formats

import "strings"

// PVE's "urlencoded" format (proxmox/pve-common src/PVE/JSONSchema.pm
// pve_verify_urlencoded) admits only the characters JavaScript's
// encodeURIComponent leaves alone, plus '%'. The web UI encodes the
// cloud-init sshkeys field with encodeURIComponent before sending it
// (proxmox/pve-manager www/manager6/qemu/SSHKey.js) and qemu-server decodes
// it again; other clients must do the same.

// urlUnreserved are the characters encodeURIComponent does not escape.
const urlUnreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()"

// URLEncode encodes raw text as PVE's web UI does (encodeURIComponent):
// every UTF-8 byte outside A-Z a-z 0-9 - _ . ! ~ * ' ( ) becomes %XX with
// upper-case hex digits. The UI sends the text as typed (its trim() result
// is discarded), so nothing is trimmed. Bytes that are not valid UTF-8, for
// which encodeURIComponent has no counterpart, are escaped one by one.
func URLEncode(raw string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if strings.IndexByte(urlUnreserved, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// IsURLEncoded reports whether s is already in encoded form, so an encoder
// must pass it on unchanged: it uses only the characters the format admits
// and every '%' starts an escape of two hex digits. A raw text that
// happens to satisfy this ("abc", "100%25") is indistinguishable from its
// encoding and is taken as encoded.
func IsURLEncoded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		case strings.IndexByte(urlUnreserved, c) < 0:
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
