package catalog

import (
	"encoding/json"
	"testing"
)

func TestLenientScalars(t *testing.T) {
	var v struct {
		I1, I2, I3 Int
		N1, N2     Number
		B1, B2, B3 Bool
		S1, S2     String
	}
	data := `{"I1":42,"I2":"42","I3":42.0,"N1":1.5,"N2":"1.5","B1":1,"B2":"0","B3":true,"S1":"x","S2":9.1}`
	if err := json.Unmarshal([]byte(data), &v); err != nil {
		t.Fatal(err)
	}
	if v.I1 != 42 || v.I2 != 42 || v.I3 != 42 || v.N1 != 1.5 || v.N2 != 1.5 || !bool(v.B1) || bool(v.B2) || !bool(v.B3) || v.S1 != "x" || v.S2 != "9.1" {
		t.Errorf("decoded %+v", v)
	}
	for _, bad := range []string{`{"I1":"abc"}`, `{"B1":"maybe"}`, `{"S1":{"a":1}}`} {
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Errorf("%s decoded without error", bad)
		}
	}
}

func TestDecodeNullLeavesZero(t *testing.T) {
	out := []string{"keep"}
	if err := Decode(json.RawMessage("null"), &out); err != nil || len(out) != 1 {
		t.Errorf("null: %v %v", out, err)
	}
	if err := Decode(json.RawMessage(`["a","b"]`), &out); err != nil || len(out) != 2 {
		t.Errorf("list: %v %v", out, err)
	}
}

func TestIndexedArgs(t *testing.T) {
	got := IndexedArgs(map[int]string{0: "virtio", 3: "e1000"})
	if len(got) != 2 || got["0"] != "virtio" || got["3"] != "e1000" {
		t.Errorf("IndexedArgs = %v", got)
	}
}

func TestLookupAndParams(t *testing.T) {
	c := &Catalog{Operations: []Operation{{Name: "a", Params: []Param{{Name: "numa_n", Wire: "numa"}, {Name: "node"}}}}}
	op := c.Lookup("a")
	if op == nil || c.Lookup("b") != nil {
		t.Fatal("Lookup")
	}
	if p := op.Param("numa_n"); p == nil || p.WireName() != "numa" || op.Param("node").WireName() != "node" {
		t.Error("WireName")
	}
}
