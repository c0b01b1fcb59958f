package sim

import (
	"strings"
	"testing"
)

// TestHandlersMatchCatalog: every stateful handler is registered for an
// operation that exists, so a renamed path cannot silently fall back to
// generated data.
func TestHandlersMatchCatalog(t *testing.T) {
	n := 0
	for p, hs := range handlers {
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

func TestStringFor(t *testing.T) {
	for _, tc := range []struct {
		pattern  string
		min, max int
	}{
		{`^(?:[a-z][a-z0-9\-_.]*[a-z0-9])$`, 0, -1},
		{`^UPID:(?P<node>[a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?):(?P<pid>[0-9A-Fa-f]{8}):(?P<pstart>[0-9A-Fa-f]{8,9}):$`, 36, -1},
		{`^(?:(?:[^\s:/[:cntrl:]]+)@(?:[A-Za-z0-9_][A-Za-z0-9._\-]*))$`, 3, 64},
		{`^[[:^cntrl:]]*$`, 0, 128},
		{`^(?:[0-9a-fA-F][0-9a-fA-F])(?::[0-9a-fA-F][0-9a-fA-F]){31}$`, 0, -1},
		{`^(?:\p{Nd}+(?:-\p{Nd}+)?(?:;\p{Nd}+(?:-\p{Nd}+)?)*)$`, 5, 10},
	} {
		s, ok := stringFor(tc.pattern, tc.min, tc.max)
		if !ok || !compiledPattern(tc.pattern).MatchString(s) || len(s) < tc.min || (tc.max >= 0 && len(s) > tc.max) || strings.ContainsAny(s, ",=") {
			t.Errorf("stringFor(%q, %d, %d) = %q, %v", tc.pattern, tc.min, tc.max, s, ok)
		}
	}
}
