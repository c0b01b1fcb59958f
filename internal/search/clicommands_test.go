package search

import (
	"strings"
	"testing"
)

// TestCLITableResolves checks the whole command table against the
// catalog: every operation of every row exists in its tool's product, and
// no tool writes a subcommand twice.
func TestCLITableResolves(t *testing.T) {
	ix := prodIndex()
	for _, tool := range cliTable {
		seen := map[string]bool{}
		for _, c := range tool.commands {
			if len(c.ops) == 0 {
				t.Errorf("%s %q: no operations", tool.name, c.words)
			}
			for _, alt := range strings.Split(c.words, ", ") {
				if seen[alt] {
					t.Errorf("%s %q: written twice", tool.name, alt)
				}
				seen[alt] = true
			}
			for _, op := range c.ops {
				if ix.resolveOp(tool.product, op) < 0 {
					t.Errorf("%s %q: %s %s is not in the catalog", tool.name, c.words, tool.product, op)
				}
			}
		}
	}
}
