package sim

import (
	"testing"
)

// TestHandlersMatchCatalog: every stateful handler is registered for an
// operation that exists, so a renamed path cannot silently fall back to
// generated data.
func TestHandlersMatchCatalog(t *testing.T) {
	n := 0
	for p, hs := range handlerTable() {
		for key := range hs {
			n++
			if _, ok := catalogHas(p, key); !ok {
				t.Errorf("%s handler for %q: no such operation", p, key)
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d handlers registered", n)
	}
	t.Logf("%d stateful handlers", n)
}
