package formats

import (
	"encoding/json"
	"os"
	"testing"
)

type propertyVector struct {
	Source     string                     `json:"source"`
	Format     string                     `json:"format"`
	FormatKeys map[string]json.RawMessage `json:"format_keys"`
	Input      string                     `json:"input"`
	Outcomes   map[string]json.RawMessage `json:"-"`
	Note       string                     `json:"note"`
}

type propertyOutcome struct {
	Result map[string]string `json:"result"`
	Error  *string           `json:"error"`
	Errors map[string]string `json:"errors"`
}

func loadPropertyVectors(t *testing.T) []propertyVector {
	t.Helper()
	data, err := os.ReadFile("testdata/property_string_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []json.RawMessage `json:"cases"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var out []propertyVector
	for _, raw := range doc.Cases {
		var v propertyVector
		var all map[string]json.RawMessage
		if err := json.Unmarshal(raw, &v); err != nil || json.Unmarshal(raw, &all) != nil {
			t.Fatalf("case %s: %v", raw, err)
		}
		v.Outcomes = map[string]json.RawMessage{}
		for _, release := range pinnedReleases {
			if o, ok := all["pve-"+release]; ok {
				v.Outcomes[release] = o
			}
		}
		out = append(out, v)
	}
	return out
}

func (v propertyVector) outcome(t *testing.T, release string) (propertyOutcome, bool) {
	raw, ok := v.Outcomes[release]
	if !ok {
		return propertyOutcome{}, false
	}
	var o propertyOutcome
	if err := json.Unmarshal(raw, &o); err != nil || (o.Result == nil) == (o.Error == nil) {
		t.Fatalf("%s %q PVE %s: outcome %s is neither a result nor an error", v.Format, v.Input, release, raw)
	}
	return o, true
}

func TestPropertyVectorsAreWellFormed(t *testing.T) {
	for _, v := range loadPropertyVectors(t) {
		if (v.Format == "") == (v.FormatKeys == nil) {
			t.Errorf("%q: needs exactly one of format and format_keys", v.Input)
		}
		if v.Format != "" {
			if f, ok := Lookup(v.Format); !ok || f.Property == nil {
				t.Errorf("%q: %s is not a property-string format of the registry", v.Input, v.Format)
			}
		}
		if _, ok := v.outcome(t, "9.1"); !ok {
			t.Errorf("%s %q: no PVE 9.1 outcome", v.Format, v.Input)
		}
	}
}

// Every Accept and Refuse example of a property-string format is backed
// by PVE's verdict in the vectors: accepted by a release that has the
// format, refused by every one.
func TestPropertyExamplesMatchPVE(t *testing.T) {
	verdicts := map[[2]string][]propertyOutcome{}
	for _, v := range loadPropertyVectors(t) {
		for _, release := range pinnedReleases {
			if o, ok := v.outcome(t, release); ok && v.Format != "" {
				verdicts[[2]string{v.Format, v.Input}] = append(verdicts[[2]string{v.Format, v.Input}], o)
			}
		}
	}
	for _, name := range Names() {
		f, _ := Lookup(name)
		if f.Property == nil {
			continue
		}
		if len(f.Accept) == 0 || len(f.Refuse) == 0 {
			t.Errorf("%s: needs Accept and Refuse examples", name)
		}
		for _, v := range f.Accept {
			os := verdicts[[2]string{name, v}]
			accepted := false
			for _, o := range os {
				accepted = accepted || o.Result != nil
			}
			if !accepted {
				t.Errorf("%s: Accept example %q has no accepting PVE verdict in the vectors", name, v)
			}
		}
		for _, v := range f.Refuse {
			os := verdicts[[2]string{name, v}]
			if len(os) == 0 {
				t.Errorf("%s: Refuse example %q is not in the vectors", name, v)
			}
			for _, o := range os {
				if o.Result != nil {
					t.Errorf("%s: Refuse example %q is accepted by PVE", name, v)
				}
			}
		}
	}
}

// The validators PVE attaches to named formats agree with the vectors:
// where PVE's parse succeeded, the parsed keys pass CheckParsed; where the
// validator refused (an error without per-key texts), the message is one
// CheckParsed produces.
func TestValidatorsAgreeWithVectors(t *testing.T) {
	for _, v := range loadPropertyVectors(t) {
		f, ok := Lookup(v.Format)
		if !ok || f.checkParsed == nil || v.Note != "" {
			continue
		}
		o, _ := v.outcome(t, "9.1")
		if o.Result != nil {
			if err := f.CheckParsed(o.Result); err != nil {
				t.Errorf("%s %q: PVE accepts the parsed %v, CheckParsed says %v", v.Format, v.Input, o.Result, err)
			}
		}
	}
}

// Every format hash of the embedded property files belongs to a registered
// property-string format.
func TestPropertyFilesMatchRegistry(t *testing.T) {
	for _, release := range pinnedReleases {
		for name := range propertyHashes(release) {
			f, ok := Lookup(name)
			switch {
			case !ok:
				t.Errorf("property file of PVE %s: %s is not registered", release, name)
			case f.check != nil:
				t.Errorf("property file of PVE %s: %s has a check function too", release, name)
			case f.byRelease[release] == nil:
				t.Errorf("property file of PVE %s: %s lost its keys", release, name)
			}
		}
	}
}
