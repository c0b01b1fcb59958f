package formats

import (
	"errors"
	"slices"
	"testing"
)

// SplitList behaves as PVE::Tools::split_list (proxmox/pve-common
// src/PVE/Tools.pm): NUL-joined values split at NUL only, otherwise ',' ';'
// and whitespace separate, and empty elements vanish.
func TestSplitList(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"foo,bar", []string{"foo", "bar"}}, // api_parameter_test.pl list-format-with-list
		{"a;b c\td\ne", []string{"a", "b", "c", "d", "e"}},
		{" ,a,,b; ", []string{"a", "b"}},
		{"a,b\x00c d", []string{"a,b", "c d"}}, // NUL form: no other separator counts
		{"foo\x00bar", []string{"foo", "bar"}}, // api_parameter_test.pl list-format-with-alist
		{"\x00a\x00\x00", []string{"", "a"}},   // Perl's split keeps leading, drops trailing empties
		{"a\u00a0b\u2003c", []string{"a", "b", "c"}},
		{",;,", nil},
	} {
		if got := SplitList(c.in); !slices.Equal(got, c.want) {
			t.Errorf("SplitList(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// proxmox/pve-common test/api_parameter_test.pl: a -list format takes
// "foo,bar" and the NUL-joined "foo\0bar".
func TestListFormsResolveLikeCheckFormat(t *testing.T) {
	for _, c := range []struct {
		name, value string
		ok          bool
	}{
		{"pve-configid-list", "foo,bar", true},
		{"pve-configid-list", "foo\x00bar", true},
		{"pve-configid-list", "", true}, // "we allow empty lists"
		{"pve-configid-list", "foo,1bar", false},
		{"pve-node-list", "pve1 pve2;pve3", true},
		{"pve-node-list", "pve1,pve_2", false},
		{"pve-vmid-list", "abc", false},
		{"pve-vmid-list", "100,101", true},
		{"pve-tag-list", "tag!", false},
		{"pve-tag-list", "prod;web", true},
		{"string-list", "anything, at all", true},
		{"email-opt", "", true},  // -opt: checked only when true in Perl's sense
		{"email-opt", "0", true}, // "0" is false
		{"email-opt", "root", false},
		{"email-opt", "root@example.com", true},
		{"storage-pair-list", "local:local-lvm,nfs:ceph", true},
		{"storage-pair-list", "1local", false},
	} {
		err := Check(c.name, c.value)
		if (err == nil) != c.ok {
			t.Errorf("Check(%q, %q) = %v, want ok=%v", c.name, c.value, err, c.ok)
		}
	}
}

func TestListMessageIsTheElementsMessage(t *testing.T) {
	var fe *Error
	if err := Check("pve-node-list", "pve1,pve_2"); !errors.As(err, &fe) {
		t.Fatalf("not refused: %v", err)
	}
	if fe.Message != "value does not look like a valid node name" || fe.Format != "pve-node-list" || fe.Value != "pve1,pve_2" {
		t.Errorf("got %+v", fe)
	}
	if got, want := fe.Error(), "invalid format - value does not look like a valid node name"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestSuffixOnPropertyFormat(t *testing.T) {
	f, ok := Lookup("pve-qm-boot-list")
	if !ok {
		t.Fatal("pve-qm-boot-list: check_format resolves the suffix, so Lookup must")
	}
	var fe *Error
	if err := f.Check("order=scsi0"); !errors.As(err, &fe) || fe.Message != "'-list' format must have code ref, not hash" {
		t.Errorf("got %v, want PVE's hash-format refusal", err)
	}
}

func TestUnknownName(t *testing.T) {
	for _, name := range []string{"no-such-format", "no-such-format-list", "regex-list"} {
		if _, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) succeeded", name)
		}
		if err := Check(name, "x"); !errors.Is(err, ErrUnknown) {
			t.Errorf("Check(%q) = %v, want ErrUnknown", name, err)
		}
	}
}

func TestDerivedExamples(t *testing.T) {
	f, _ := Lookup("pve-node-list")
	if !slices.Contains(f.Accept, "") || len(f.Refuse) == 0 {
		t.Errorf("pve-node-list examples: accept %q refuse %q", f.Accept, f.Refuse)
	}
	f, _ = Lookup("email-opt")
	if !slices.Contains(f.Accept, "0") {
		t.Errorf("email-opt examples: accept %q", f.Accept)
	}
}
