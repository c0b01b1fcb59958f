package formats

import (
	"errors"
	"strings"
	"testing"
)

// Values real PVE refuses that the project used to send on: each must be
// refused with PVE's own words.
func TestKnownRefusals(t *testing.T) {
	for _, c := range []struct{ format, value, message string }{
		// snapshot names: pve-snapshot-name is format pve-configid (maxLength 40)
		{"pve-configid", "1a", "invalid configuration ID '1a'"},
		{"pve-configid", "_a", "invalid configuration ID '_a'"},
		{"pve-node", "pve_1", "value does not look like a valid node name"},
		{"ipv4", "300.1.1.1", "value does not look like a valid IPv4 address"},
		{"pve-userid", "root", "value 'root' does not look like a valid user name"},
		{"pve-storage-id", "1local", "storage ID '1local' contains illegal characters"},
		{"pve-vmid-list", "abc", "value does not look like a valid VM ID"},
		{"dns-name", "bad_name", "value does not look like a valid DNS name"},
		{"pve-tag-list", "tag!", "invalid characters in tag"},
		{"mac-addr", "zz:zz:zz:zz:zz:zz", "value does not look like a valid unicast MAC address"},
	} {
		var fe *Error
		err := Check(c.format, c.value)
		if !errors.As(err, &fe) {
			t.Errorf("%s %q: not refused (%v)", c.format, c.value, err)
			continue
		}
		if fe.Message != c.message {
			t.Errorf("%s %q: message %q, want %q", c.format, c.value, fe.Message, c.message)
		}
	}
}

// proxmox/pve-common test/format_test.pl (configuration IDs).
func TestConfigIDVectors(t *testing.T) {
	valid := []string{"aa", "a0", "a_", "a-", "a-a", strings.Repeat("a", 100), "Aa", "AA"}
	invalid := []string{"a", "a+", "1a", "_a", "-a", "+a", "A"}
	for _, v := range valid {
		if err := Check("pve-configid", v); err != nil {
			t.Errorf("valid configid %q refused: %v", v, err)
		}
	}
	for _, v := range invalid {
		if Check("pve-configid", v) == nil {
			t.Errorf("invalid configid %q accepted", v)
		}
	}
}

// Calendar events: the parser tests of proxmox/proxmox-rs
// proxmox-time/src/test.rs (test_calendar_event_weekday and the events of
// test_compute_next_event, each also with " UTC" appended, as that test
// parses them) and the events of proxmox/pve-common
// test/calendar_event_test.pl. That Perl test predates the Rust parser and
// its failure check cannot fail; where its expectation differs from what
// proxmox-time parses ("Fri..Mon" wraps around the week), the Rust
// behaviour is the one PVE has.
func TestCalendarEventVectors(t *testing.T) {
	valid := []string{
		// test_calendar_event_weekday
		"mon,wed..fri", "fri..mon", "mon", "MON", "monDay", "tue", "Tuesday", "wed", "wednesday",
		"thu", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "mon..fri",
		"mon,tue,fri", "mon,tue..wednesday,fri..sat",
		// test_compute_next_event
		"0", "*", "*:0", "*:*", "*:*:*", "*:3:5", "mon *:*", "mon 2:*", "mon 2:50", "4..10/2:0",
		"5,10:4,8", "10,5:8,4", "6,4..10:23,5/5", "4..10,6:5/5,23", "daily", "5/2:0", "1:0",
		"2020-07-31", "02-28", "02-29", "1965/5-01-01", "2020-7..9-2/2", "2020,2021-12-31",
		"minutely", "hourly", "weekly", "monthly", "quarterly", "semiannually", "semi-annually",
		"yearly", "annually", "2021-02-29", "02-30",
		// calendar_event_test.pl
		"*/10", "*/12:0", "1/12:0/15", "1,4,6", "0..3", "23..23:0..3", "Mon", "sat..sun", "sun..sat",
		"Fri..Mon", "wed,mon..tue,fri", "mon */15", "22/1:0", "*/2:*", "20..22:*/30", "0,1,3..5", "2,4:0,1,3..5",
	}
	for _, v := range valid {
		for _, event := range []string{v, v + " UTC"} {
			if err := Check("pve-calendar-event", event); err != nil {
				t.Errorf("valid calendar event %q refused: %v", event, err)
			}
		}
	}
	invalid := map[string]string{
		// calendar_event_test.pl: value, repetition and range end out of range, unused parts, empty
		"61":         "invalid calendar event '61' - unable to parse calendar event at '61'",
		"*/61":       "invalid calendar event '*/61' - unable to parse calendar event at '*/61'",
		"0..80":      "invalid calendar event '0..80' - unable to parse calendar event at '..80'",
		" mon 0 0 0": "invalid calendar event ' mon 0 0 0' - unable to parse calendar event at ' 0 0'",
		"":           "invalid calendar event '' - unable to parse calendar event - event is empty",
		" mon 0 0":   "invalid calendar event ' mon 0 0' - unable to parse calendar event at ' 0'",
		// "range start is bigger than end" (proxmox-time calendar_event.rs)
		"10..5:0":       "invalid calendar event '10..5:0' - unable to parse calendar event at '10..5:0'",
		"2020-12..1-01": "invalid calendar event '2020-12..1-01' - unable to parse calendar event at '2020-12..1-01'",
		"*/0":           "invalid calendar event '*/0' - unable to parse calendar event at '/0'",
		// proxmox-time's verify_calendar_event documentation
		"not valid!": "invalid calendar event 'not valid!' - unable to parse calendar event at 'not valid!'",
	}
	for v, msg := range invalid {
		var fe *Error
		if err := Check("pve-calendar-event", v); !errors.As(err, &fe) {
			t.Errorf("invalid calendar event %q accepted", v)
		} else if fe.Message != msg {
			t.Errorf("calendar event %q: message %q, want %q", v, fe.Message, msg)
		}
	}
}

// proxmox/pve-manager test/vzdump_new_test.pl: prune-backups settings and
// the result of validate_prune_backups (all-zero means keep-all).
func TestPruneBackupsValidator(t *testing.T) {
	f, _ := Lookup("prune-backups")
	for _, c := range []struct {
		keys map[string]string
		ok   bool
	}{
		{map[string]string{"keep-last": "1", "keep-hourly": "2", "keep-daily": "3", "keep-weekly": "4", "keep-monthly": "5", "keep-yearly": "6"}, true},
		{map[string]string{"keep-all": "1"}, true},
		{map[string]string{"keep-hourly": "0", "keep-monthly": "0", "keep-yearly": "0"}, true},
		{map[string]string{"keep-all": "0", "keep-last": "10"}, true},
		{map[string]string{"keep-all": "1", "keep-last": "10"}, false},
	} {
		err := f.CheckParsed(c.keys)
		if (err == nil) != c.ok {
			t.Errorf("CheckParsed(%v) = %v, want ok=%v", c.keys, err, c.ok)
		}
	}
	var fe *Error
	if err := f.CheckParsed(map[string]string{"keep-all": "1", "keep-daily": "7"}); !errors.As(err, &fe) ||
		fe.Message != "keep-all cannot be set together with other options." {
		t.Errorf("got %v", err)
	}
}

func TestFleecingValidator(t *testing.T) {
	f, _ := Lookup("backup-fleecing")
	if err := f.CheckParsed(map[string]string{"enabled": "1"}); err == nil ||
		err.Error() != "invalid format - 'storage' parameter is required when 'enabled' is set" {
		t.Errorf("enabled without storage: %v", err)
	}
	if err := f.CheckParsed(map[string]string{"enabled": "1", "storage": "local-lvm"}); err != nil {
		t.Error(err)
	}
	if err := f.CheckParsed(map[string]string{"enabled": "0"}); err != nil {
		t.Error(err)
	}
}

// validate_vm_cpu_conf of proxmox/qemu-server src/PVE/QemuServer/CPUConfig.pm.
func TestVMCPUConfValidator(t *testing.T) {
	f, _ := Lookup("pve-vm-cpu-conf")
	for _, c := range []struct {
		keys map[string]string
		msg  string
	}{
		{map[string]string{"cputype": "host"}, ""},
		{map[string]string{"cputype": "x86-64-v2-AES", "flags": "+aes;-pcid"}, ""},
		{map[string]string{"cputype": "custom-mine", "flags": "+nested-virt"}, ""},
		{map[string]string{"flags": "+aes"}, "CPU is missing cputype"},
		{map[string]string{"cputype": "Pentium5"}, "Built-in cputype 'Pentium5' is not defined (missing 'custom-' prefix?)"},
		{map[string]string{"cputype": "host", "flags": "+avx512f"}, "VM-specific CPU flags must be a subset of: " +
			"nested-virt, md-clear, pcid, spec-ctrl, ssbd, ibpb, virt-ssbd, amd-ssbd, amd-no-ssb, pdpe1gb, hv-tlbflush, hv-evmcs, aes"},
		{map[string]string{"cputype": "host", "reported-model": "qemu64"}, "Property 'reported-model' not allowed in VM-specific CPU config."},
	} {
		err := f.CheckParsed(c.keys)
		var fe *Error
		switch {
		case c.msg == "" && err != nil:
			t.Errorf("%v: %v", c.keys, err)
		case c.msg != "" && (!errors.As(err, &fe) || fe.Message != c.msg):
			t.Errorf("%v: got %v, want %q", c.keys, err, c.msg)
		}
	}
}
