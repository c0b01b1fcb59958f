package humanize

import (
	"encoding/json"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// A member's name is matched as JSON reads it: an escaped name that spells
// a planned member gets its companion (short names are scanned byte by
// byte, long ones searched), and one that only looks like it does not.
func TestEscapedMemberNames(t *testing.T) {
	long := "a_member_name_longer_than_sixteen"
	op := opWith(field("[].mem", catalog.UnitBytes), field("[]."+long, catalog.UnitBytes))
	for in, want := range map[string]string{
		`[{"\u006dem":1024}]`:                               `[{"\u006dem":1024,"\u006dem_human":"1 KiB"}]`,
		`[{"a_member_name_longer_than_sixteen":1024}]`:      `[{"a_member_name_longer_than_sixteen":1024,"a_member_name_longer_than_sixteen_human":"1 KiB"}]`,
		`[{"a_member_name_longer_than_sixtee\u006e":1024}]`: `[{"a_member_name_longer_than_sixtee\u006e":1024,"a_member_name_longer_than_sixtee\u006e_human":"1 KiB"}]`,
		`[{"me\\m":1024}]`:                                  `[{"me\\m":1024}]`,
		`[{"mem\"":1024}]`:                                  `[{"mem\"":1024}]`,
	} {
		out, _ := Apply(op, json.RawMessage(in))
		if string(out) != want {
			t.Errorf("%s:\n got %s\nwant %s", in, out, want)
		}
	}
}
