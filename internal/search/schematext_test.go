package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSchemaWords(t *testing.T) {
	schema := `{"type":"object","description":"Top.","properties":{
		"memory":{"type":"object","description":"Memory in bytes.","properties":{"free":{"type":"integer"}}},
		"Pool.Allocate":{"type":"boolean"},
		"type":{"type":"string","enum":["cluster","node",1],"pattern":"^[a-z{}\"]+$"},
		"items":{"type":"array","items":{"type":"object","properties":{"vmid":{"description":"The \"id\".\nOf a guest."}}}}
	}}`
	got := schemaWords(schema)
	if diff := cmp.Diff([]string{"memory", "free", "type", "items", "vmid"}, got.names); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Top.", "Memory in bytes.", `The \"id\".\nOf a guest.`}, got.prose); diff != "" {
		t.Errorf("prose (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"cluster", "node"}, got.values); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

// TestSchemaWordsBroken: a schema that does not read to the end gives
// what was read so far and never loops or panics.
func TestSchemaWordsBroken(t *testing.T) {
	for _, s := range []string{"", "{", `{"properties":{"a":`, `{"description":"unterminated`, `[1,2`, `{"a" 1}`, `{"properties":{"a":{"enum":["x",`} {
		schemaWords(s)
	}
	if diff := cmp.Diff([]string{"a", "b"}, schemaWords(`{"properties":{"a":{},"b":`).names); diff != "" {
		t.Errorf("truncated (-want +got):\n%s", diff)
	}
}

func TestUnescapeAndFirstSentence(t *testing.T) {
	if got := unescapeJSON(`a\nb \"c\"`); got != `a b "c"` {
		t.Errorf("unescapeJSON = %q", got)
	}
	if got := firstSentence("The free memory. Defaults to 0. More."); got != "The free memory." {
		t.Errorf("firstSentence = %q", got)
	}
}
