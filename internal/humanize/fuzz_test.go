package humanize

import (
	"encoding/json"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// FuzzApply: whatever the bytes, Apply does not panic; for valid JSON the
// output is valid JSON that, without the companions, is the input. The
// seeds run with every go test; go test -fuzz=FuzzApply explores further.
func FuzzApply(f *testing.F) {
	for _, seed := range []string{
		`[{"mem":1,"a":{"total":2}}]`, `{"memory":{"total":"3","used":null},"data":[{"timestamp":4}]}`,
		`[{"mem":"x\"y","mem_human":1},{"\u006dem":5}]`, `[ { "mem" : 1e3 } , [] , 7 ]`, `[{"mem":5}`, `{"a":"\\"}`,
		`[{"time":1,"cpu":0.5},{"time":2,"cpu":"0.7"}]`, ``, `[`, `"`, `{"mem":-1,"cpu":1e400}`,
	} {
		f.Add([]byte(seed))
	}
	op := opWith(field("[].mem", catalog.UnitBytes), field("[].a.total", catalog.UnitBytes), field("memory.total", catalog.UnitBytes),
		field("memory.used", catalog.UnitBytes), field("data[].timestamp", catalog.UnitUnixTime), field("mem", catalog.UnitBytes))
	series := &catalog.Operation{Name: "series", Human: &catalog.Human{Series: &catalog.Series{Time: "time"}}}
	f.Fuzz(func(t *testing.T, in []byte) {
		out, _ := Apply(op, in)
		Apply(series, in)
		if !json.Valid(in) {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("valid input %q gave invalid output %q", in, out)
		}
		if a, b := stripCompanions(t, out), stripCompanions(t, in); a != b {
			t.Fatalf("raw data changed:\n in  %s\n out %s", b, a)
		}
	})
}
