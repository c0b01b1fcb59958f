package wire

import (
	"regexp"
	"strings"
	"testing"
)

// placeholderRE is the pattern expandPath replaces; the tests hold the
// scan to its semantics.
var placeholderRE = regexp.MustCompile(`\{([^{}/]+)\}`)

func byRegexp(tmpl string, value func(string) (string, bool)) string {
	return placeholderRE.ReplaceAllStringFunc(tmpl, func(m string) string {
		if v, ok := value(m[1 : len(m)-1]); ok {
			return v
		}
		return m
	})
}

// known fills every name but "missing", and marks what it was given.
func known(name string) (string, bool) {
	if name == "missing" {
		return "", false
	}
	return "<" + strings.ToUpper(name) + ">", true
}

func TestExpandPathMatchesThePattern(t *testing.T) {
	for _, tmpl := range []string{
		"", "/", "/version", "/nodes/{node}", "/nodes/{node}/qemu/{vmid}/config",
		"/admin/datastore/{store}/s3-refresh/{s3-endpoint-id}", "{a}{b}", "{node}", "/x/{missing}/y/{node}",
		"{}", "/{}/x", "{", "}", "{a", "a}", "{a{b}", "{{b}}", "{a/b}", "{a}/{b/c}/{d}", "/{{}}/{x}}",
		"/p/{ü}/{x y}", "{/}", "{a}}", "{{a}", "x{y}z{w",
	} {
		if got, want := expandPath(tmpl, known), byRegexp(tmpl, known); got != want {
			t.Errorf("expandPath(%q) = %q, the pattern gives %q", tmpl, got, want)
		}
	}
}

func FuzzExpandPath(f *testing.F) {
	for _, s := range []string{"/nodes/{node}/qemu/{vmid}", "{a{b}}", "{missing}/{}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tmpl string) {
		if got, want := expandPath(tmpl, known), byRegexp(tmpl, known); got != want {
			t.Fatalf("expandPath(%q) = %q, the pattern gives %q", tmpl, got, want)
		}
	})
}
