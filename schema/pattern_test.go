package schema

import (
	"regexp"
	"testing"
)

func TestTranslatePattern(t *testing.T) {
	cases := []struct {
		product   Product
		published string
		want      string // "" = dropped
		maxLength int
	}{
		{PVE, `[a-zA-Z0-9\-]+`, `^(?:[a-zA-Z0-9\-]+)$`, 0},
		{PVE, `(?^i:[a-z0-9_][a-z0-9_\-\+\.]*)`, `^(?:(?i:[a-z0-9_][a-z0-9_\-\+\.]*))$`, 0},
		{PVE, `(?^:[A-Za-z0-9\.\-_]+)`, `^(?:(?:[A-Za-z0-9\.\-_]+))$`, 0},
		{PVE, `\d+`, `^(?:[\p{Nd}]+)$`, 0},
		{PVE, `[-_.\w\d]+`, `^(?:[-_.\p{L}\p{Nl}\p{M}\p{Nd}\p{Pc}\p{Nd}]+)$`, 0},
		{PVE, `(?^:^[^:/\s]+$)`, `^(?:(?:^[^:/\s]+$))$`, 0},
		{PVE, `[A-Za-z0-9\-_\s]{,16}`, `^(?:[A-Za-z0-9\-_\t\n\v\f\r\x{85}\p{Z}]{0,16})$`, 0},
		{PVE, `(?^:\w+=[^\x00-\x08\x10-\x1F\x7F]*)(?:\0\w+=x)*`, `^(?:(?:[\p{L}\p{Nl}\p{M}\p{Nd}\p{Pc}]+=[^\x00-\x08\x10-\x1F\x7F]*)(?:\x00[\p{L}\p{Nl}\p{M}\p{Nd}\p{Pc}]+=x)*)$`, 0},
		{PVE, `[0-9a-zA-Z!=]{0,4096}`, `^[0-9a-zA-Z!=]*$`, 4096},
		{PVE, `(?^:^((?>[+-]?[\w\-\._=]+,?)+)$)`, "", 0},
		{PVE, `(a)\1`, "", 0},
		{PVE, `(?=x)y`, "", 0},
		{PVE, `x\Z`, "", 0},
		{PVE, `(?^x: a b )`, "", 0},
		{PBS, `/^(?:[A-Za-z0-9_][A-Za-z0-9._\-]*)$/`, `^(?:[A-Za-z0-9_][A-Za-z0-9._\-]*)$`, 0},
		{PBS, `/^[[:^cntrl:]]*$/`, `^[[:^cntrl:]]*$`, 0},
		{PBS, `/^(?:[^\s:/[:cntrl:]]+)@x$/`, `^(?:[^\s:/[:cntrl:]]+)@x$`, 0},
		{PBS, `/^UPID:(?P<node>[a-z]+):$/`, `^UPID:(?P<node>[a-z]+):$`, 0},
	}
	for _, c := range cases {
		got := TranslatePattern(c.product, c.published)
		if got.Go != c.want {
			t.Errorf("%s %q:\n got  %q (%s)\n want %q", c.product, c.published, got.Go, got.Reason, c.want)
		}
		if c.want == "" && got.Reason == "" {
			t.Errorf("%q dropped without a reason", c.published)
		}
		if c.maxLength > 0 && (got.MaxLength == nil || *got.MaxLength != c.maxLength) {
			t.Errorf("%q: maxLength %v, want %d", c.published, got.MaxLength, c.maxLength)
		}
		if got.Go != "" {
			regexp.MustCompile(got.Go)
		}
	}
}

// Matching behaviour the translation must keep: anchoring, case folding,
// Unicode digits (which Perl's \d accepts), and no early end on a nested
// class member.
func TestTranslatedPatternsMatchLikeProxmox(t *testing.T) {
	cases := []struct {
		published string
		accept    []string
		reject    []string
	}{
		{`[a-z]+`, []string{"abc"}, []string{"abc1", "1abc", ""}},
		{`(?^i:[a-z]+)`, []string{"ABC", "abc"}, []string{"a-b"}},
		{`\d+`, []string{"123", "١٢٣"}, []string{"12a"}},
		{`[\w.-]+`, []string{"local-lvm", "vm.disk_0", "Ünïcode"}, []string{"a b", "a/b"}},
		{`[A-Za-z]{,3}`, []string{"", "abc"}, []string{"abcd"}},
		{`(ide|sata|scsi|virtio)\d+`, []string{"scsi0", "virtio15"}, []string{"nvme0", "scsi"}},
	}
	for _, c := range cases {
		p := TranslatePattern(PVE, c.published)
		re := regexp.MustCompile(p.Go)
		for _, s := range c.accept {
			if !re.MatchString(s) {
				t.Errorf("%q (as %q) rejects %q", c.published, p.Go, s)
			}
		}
		for _, s := range c.reject {
			if re.MatchString(s) {
				t.Errorf("%q (as %q) accepts %q", c.published, p.Go, s)
			}
		}
	}
}
