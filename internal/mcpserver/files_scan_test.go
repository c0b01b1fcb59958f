package mcpserver

import (
	"encoding/json"
	"testing"
)

// The scan finds what a decoder finds for the first element.
func TestFirstElementScan(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`[]`, ""}, {`[ ]`, ""}, {`{}`, ""}, {`"x"`, ""}, {`[`, ""},
		{`[1]`, `1`}, {`[ 12 , 3]`, `12`}, {`[true,false]`, `true`}, {`[null]`, `null`},
		{`["a\"],b",1]`, `"a\"],b"`}, {`["\\",1]`, `"\\"`},
		{`[{"n":1,"t":"a}]"},{"n":2}]`, `{"n":1,"t":"a}]"}`},
		{"[\n [1,[2,{\"x\":[]}]] ,3]", `[1,[2,{"x":[]}]]`},
		{`[{"a":1`, ""}, {`["abc`, ""},
	} {
		got, ok := firstElement(json.RawMessage(c.in))
		if string(got) != c.want || ok != (c.want != "") {
			t.Errorf("firstElement(%s) = %s, %v; want %s", c.in, got, ok, c.want)
		}
	}
}

func TestLogLinesStillRecognised(t *testing.T) {
	if s, ok := logLines(json.RawMessage(`[{"n":1,"t":"starting"},{"n":2,"t":"done"}]`)); !ok || s != "starting\ndone" {
		t.Errorf("log lines: %q %v", s, ok)
	}
	if s, ok := logLines(json.RawMessage(`["a","b"]`)); !ok || s != "a\nb" {
		t.Errorf("plain lines: %q %v", s, ok)
	}
	for _, in := range []string{`[{"n":1,"t":"x","u":2}]`, `[{"name":"t"}]`, `[1,2]`, `[]`} {
		if _, ok := logLines(json.RawMessage(in)); ok {
			t.Errorf("%s taken for a log", in)
		}
	}
}
