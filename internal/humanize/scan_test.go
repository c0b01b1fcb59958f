package humanize

import (
	"strings"
	"testing"
)

// stringEnd finds the closing quote of short and long strings alike,
// whatever run of backslashes stands before a quote.
func TestStringEnd(t *testing.T) {
	long := strings.Repeat("x", 40)
	cases := map[string]int{
		`"a"`:                        3,
		`"a\"b"`:                     6,
		`"a\\"`:                      5,
		`"` + long + `"`:             42,
		`"` + long + `\"x"`:          45,
		`"` + long + `\\"`:           44,
		`"` + long + `\\\"x"`:        47,
		`"` + long[:15] + `\"` + `"`: 19,
		`"unterminated`:              -1,
		`"` + long + `\"`:            -1,
	}
	for in, want := range cases {
		if got := stringEnd([]byte(in+" tail"), 0); got != want {
			t.Errorf("stringEnd(%s) = %d, want %d", in, got, want)
		}
	}
}
