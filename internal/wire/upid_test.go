package wire

import (
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Vectors of proxmox/pve-common test/upid-test.pl: decode, then encode
// gives the input back.
func TestPVEUPIDVectors(t *testing.T) {
	cases := []struct {
		in   string
		want Task
	}{
		{"UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:",
			Task{Node: "example-node", PID: 49990, PStart: 375000292, StartTime: time.Unix(1758930844, 0).UTC(), Type: "aptupdate", User: "root@pam"}},
		{"UPID:example-node:000934AF:0D015579:68BF3A41:hastart:100:root@pam:",
			Task{Node: "example-node", PID: 603311, PStart: 218191225, StartTime: time.Unix(1757362753, 0).UTC(), Type: "hastart", ID: "100", User: "root@pam"}},
		{"UPID:example-node:000934AF:0D015579:68BF3A41:vzdump:100:91a1da29-a47d-11f0-84e0-fafbfc944d00@pam!some-token:",
			Task{Node: "example-node", PID: 603311, PStart: 218191225, StartTime: time.Unix(1757362753, 0).UTC(), Type: "vzdump", ID: "100", User: "91a1da29-a47d-11f0-84e0-fafbfc944d00@pam!some-token"}},
		{"UPID:example-node:000934AF:FFFFFFFFF:68BF3A41:fake-but-valid-type:100:root@pam:",
			Task{Node: "example-node", PID: 603311, PStart: 68719476735, StartTime: time.Unix(1757362753, 0).UTC(), Type: "fake-but-valid-type", ID: "100", User: "root@pam"}},
	}
	for _, tc := range cases {
		got, ok := ParseUPID(tc.in)
		tc.want.UPID, tc.want.Product = tc.in, catalog.PVE
		if !ok || got != tc.want {
			t.Errorf("ParseUPID(%q) = %+v, %v; want %+v", tc.in, got, ok, tc.want)
		}
		if again := FormatUPID(got); again != tc.in {
			t.Errorf("FormatUPID(ParseUPID(%q)) = %q", tc.in, again)
		}
	}
	for _, bad := range []string{
		"UPID:example-node:000934AF:0D015579:68BF3A41:broken type string:100:root@pam:",
		"invalid garbage",
		"UPID:-node:000934AF:0D015579:68BF3A41:t:1:root@pam:",
		"UPID:n:934AF:0D015579:68BF3A41:t:1:root@pam:",
	} {
		if _, ok := ParseUPID(bad); ok {
			t.Errorf("ParseUPID(%q) accepted", bad)
		}
	}
}

// PBS worker ids are systemd-escaped; the simulator's own sync job UPIDs
// (with '-' and ':' in the id) must parse and format back.
func TestPBSUPIDRoundTrip(t *testing.T) {
	for _, id := range []string{"store1:vm/100", "offsite-pbs:store1:s-4a3c", "", "a.b", ".hidden"} {
		task := Task{Product: catalog.PBS, Node: "pbs", PID: 0x1a2b, PStart: 0xc3d4e5, TaskID: 7,
			StartTime: time.Unix(1700000000, 0).UTC(), Type: "syncjob", ID: id, User: "root@pam!mcp"}
		upid := FormatUPID(task)
		got, ok := ParseUPID(upid)
		task.UPID = upid
		if !ok || got != task {
			t.Errorf("%q: ParseUPID(%q) = %+v, %v", id, upid, got, ok)
		}
	}
	upid := `UPID:pbs:00001A2B:00C3D4E5:00000007:6553F100:syncjob:offsite\x2dpbs\x3astore1\x3as\x2d4a3c:root@pam:`
	got, ok := ParseUPID(upid)
	if !ok || got.ID != "offsite-pbs:store1:s-4a3c" || got.Product != catalog.PBS {
		t.Errorf("escaped PBS UPID: %+v, %v", got, ok)
	}
}

func TestTokenHeaderRoundTrip(t *testing.T) {
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		h := TokenHeader(p, "root@pam!mcp", "0b4c-uuid")
		id, secret, ok := ParseTokenHeader(p, h)
		if !ok || id != "root@pam!mcp" || secret != "0b4c-uuid" {
			t.Errorf("%s: %q → %q %q %v", p, h, id, secret, ok)
		}
	}
	if _, _, ok := ParseTokenHeader(catalog.PVE, "PBSAPIToken=root@pam!mcp:x"); ok {
		t.Error("a PBS header parsed as a PVE token")
	}
	for in, want := range map[string]string{
		"root@pam!mcp=SECRET": "root@pam!mcp", "root@pam!mcp:SECRET": "root@pam!mcp",
	} {
		if id, secret, ok := SplitCombinedToken(in); !ok || id != want || secret != "SECRET" {
			t.Errorf("SplitCombinedToken(%q) = %q %q %v", in, id, secret, ok)
		}
	}
	for _, bad := range []string{"root@pam!mcp", "rootpam!mcp=x", "root@pam!=x", "root@pam!mcp=a b"} {
		if _, _, ok := SplitCombinedToken(bad); ok {
			t.Errorf("SplitCombinedToken(%q) accepted", bad)
		}
	}
}
