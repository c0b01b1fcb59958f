package formats

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestExamples runs every format's Accept and Refuse examples through Check.
func TestExamples(t *testing.T) {
	for _, name := range Names() {
		f, _ := Lookup(name)
		if f.Property != nil {
			continue // checked key by key by the property-string parser
		}
		if len(f.Accept) == 0 {
			t.Errorf("%s: no Accept example", name)
		}
		if len(f.Refuse) == 0 && name != "string" && name != regexFormat {
			t.Errorf("%s: no Refuse example", name)
		}
		for _, v := range f.Accept {
			if err := Check(name, v); err != nil {
				t.Errorf("%s: Accept example %q refused: %v", name, v, err)
			}
		}
		for _, v := range f.Refuse {
			var fe *Error
			if err := Check(name, v); !errors.As(err, &fe) {
				t.Errorf("%s: Refuse example %q not refused (err %v)", name, v, err)
			} else if fe.Message == "" || strings.HasSuffix(fe.Message, "\n") {
				t.Errorf("%s: Refuse example %q: message %q", name, v, fe.Message)
			}
		}
	}
}

func TestSourcesNamed(t *testing.T) {
	for _, name := range Names() {
		f, _ := Lookup(name)
		if !strings.HasPrefix(f.Source, "proxmox/") {
			t.Errorf("%s: Source %q does not name a Proxmox repository", name, f.Source)
		}
	}
}

func TestNamesSorted(t *testing.T) {
	if !slices.IsSorted(Names()) {
		t.Error("Names() is not sorted")
	}
}
