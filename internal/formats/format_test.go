package formats

import (
	"errors"
	"slices"
	"strings"
	"sync"
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

// Patterns compile on first use; every one must compile.
func TestEveryPatternCompiles(t *testing.T) {
	registry()
	for _, p := range allPatterns {
		p.get()
	}
	if len(allPatterns) < 80 {
		t.Errorf("only %d patterns registered", len(allPatterns))
	}
}

// A fresh registry serves concurrent first lookups of property, derived and
// plain formats (run with -race).
func TestConcurrentFirstLookups(t *testing.T) {
	reg := buildRegistry()
	names := []string{"pve-qm-boot", "pve-qm-boot-list", "pve-node-list", "pve-node", "prune-backups", "email-opt"}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, name := range names[i%len(names):] {
				f, ok := reg.lookup(name)
				if !ok || f.Name != name || (name == "pve-qm-boot" && f.Property == nil) {
					t.Errorf("lookup(%q) = %v, %v", name, f, ok)
				}
			}
		}()
	}
	wg.Wait()
}
