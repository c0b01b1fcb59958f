package policy

import (
	"reflect"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// BenchmarkParseDefault is the policy's share of every start: compiling
// the embedded default and deciding every operation of both catalogs.
func BenchmarkParseDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseTrusted(newSource("policy.json", defaultFile), defaultFile); err != nil {
			b.Fatal(err)
		}
	}
}

// The rule prefilter only skips rules that cannot match: every operation's
// decision and its sources are those of trying every rule.
func TestRuleIndexDecidesAsEveryRule(t *testing.T) {
	p, err := parseTrusted(newSource("policy.json", defaultFile), defaultFile)
	if err != nil {
		t.Fatal(err)
	}
	plain := *p // compile drops the index: every operation is matched against every rule
	p.indexRules(apis.Operations())
	if len(p.byOp) == 0 {
		t.Fatal("no operation indexed")
	}
	for _, op := range apis.Operations() {
		got, gotSrc := p.trace(op)
		want, wantSrc := plain.trace(op)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotSrc, wantSrc) {
			t.Errorf("%s: with the prefilter %+v (%+v), with every rule %+v (%+v)", op.Name, got, gotSrc, want, wantSrc)
		}
	}
}
