package access

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The scanners replace regular expressions and strings.Split; they must
// agree with them on every input, odd ones included.
var pathInputs = []string{
	"", "/", "//", "///", "/vms", "/vms/", "vms", "vms//100/", "/vms/{vmid}", "/{a}/{b}", "{path}",
	"/a{}/b", "{}", "{{x}}", "{a{b}", "}{a}", "/x/{a", "/x/a}", "{a}{b}", "/nodes/{node}/qemu/{vmid}/x",
	"/storage/{storage}", "/a/b/c/", "a//b", "/é/ü", "/a b/c", "/a\x00b", "{ }", "/pool/{poolid}/{vmid}",
}

func TestNextPlaceholderAgreesWithRegexp(t *testing.T) {
	re := regexp.MustCompile(`\{([^}]+)\}`)
	for _, in := range pathInputs {
		var want []string
		for _, m := range re.FindAllStringSubmatch(in, -1) {
			want = append(want, m[1])
		}
		if got := templateNames(in); !slices.Equal(got, want) {
			t.Errorf("templateNames(%q) = %q, want %q", in, got, want)
		}
		params := map[string]string{"vmid": "100", "a": "0", "b": "", "node": "pve1", "a{b": "x", " ": "sp"}
		wantRepl := re.ReplaceAllStringFunc(in, func(m string) string {
			v := params[m[1:len(m)-1]]
			if v == "" || v == "0" {
				return "-"
			}
			return v
		})
		if got := templateReplace(in, params); got != wantRepl {
			t.Errorf("templateReplace(%q) = %q, want %q", in, got, wantRepl)
		}
	}
}

func TestPathScannersAgreeWithSplit(t *testing.T) {
	chars := regexp.MustCompile(`^[[:alnum:]._/-]+$`)
	for _, in := range pathInputs {
		var want []string
		for _, s := range strings.Split(in, "/") {
			if s != "" {
				want = append(want, s)
			}
		}
		got := Segments(in)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("Segments(%q) = %q, want %q", in, got, want)
		}
		if norm := normalizePath(in); norm != "/"+strings.Join(want, "/") {
			t.Errorf("normalizePath(%q) = %q", in, norm)
		}
		if pvePathChars(in) != chars.MatchString(in) {
			t.Errorf("pvePathChars(%q) = %v", in, pvePathChars(in))
		}
	}
}

// privKey: equal sets share a key whichever map holds them; a different
// privilege or propagate flag gets another.
func TestPrivKeyTellsSetsApart(t *testing.T) {
	p := mustParse(t, `{"/a":{"VM.Audit":1,"Sys.Audit":1},"/b":{"Sys.Audit":1,"VM.Audit":1},
		"/c":{"VM.Audit":0,"Sys.Audit":1},"/d":{"VM.Audit":1},"/e":{}}`)
	s := &Subject{Privileges: p}
	ix := s.pathIndex()
	key := func(path string) string { return ix.privKey(p, path) }
	if key("/a") != key("/b") || key("/a") != key("/a/x") {
		t.Errorf("equal sets, different keys: %s %s %s", key("/a"), key("/b"), key("/a/x"))
	}
	seen := map[string]string{}
	for _, path := range []string{"/a", "/c", "/d", "/e"} {
		if other, ok := seen[key(path)]; ok {
			t.Errorf("%s and %s share key %s", path, other, key(path))
		}
		seen[key(path)] = path
	}
}
