package schema

import "testing"

func TestStripFormHints(t *testing.T) {
	cases := map[string]string{
		`List of roles. A list: "a,b" or ["a", "b"].`:                                            "List of roles.",
		`List of roles. A list: \"a,b\" or [\"a\", \"b\"].`:                                      "List of roles.",
		"Memory properties. Property string: [current=]<integer> (or the same as a JSON object)": "Memory properties. Property string: [current=]<integer>",
		hintObjectForm:            "",
		hintValueAlone("current"): "",
		hintVMIDAlone:             "",
		"Nothing to strip here.":  "Nothing to strip here.",
	}
	for in, want := range cases {
		if got := StripFormHints(in); got != want {
			t.Errorf("StripFormHints(%q) = %q, want %q", in, got, want)
		}
	}
}
