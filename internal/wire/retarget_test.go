package wire_test

import (
	"strings"
	"testing"
)

func TestWithPathValuesPointsThePreparedRequestElsewhere(t *testing.T) {
	o := op(t, "pve_put_nodes_qemu_config")
	req := mustPrepare(t, o, with(map[string]any{"memory": 4096}))
	moved, err := req.WithPathValues(map[string]any{"node": "pve2", "vmid": 205})
	if err != nil {
		t.Fatal(err)
	}
	if moved.Path != "/nodes/pve2/qemu/205/config" || moved.Args["node"] != "pve2" || moved.Args["vmid"] != int64(205) {
		t.Errorf("moved: %s %v", moved.Path, moved.Args)
	}
	if moved.Form.Get("memory") != "4096" {
		t.Errorf("the body changed: %v", moved.Form)
	}
	if req.Path != "/nodes/pve1/qemu/100/config" || req.Args["node"] != "pve1" {
		t.Errorf("the original changed: %s %v", req.Path, req.Args)
	}
	// A value the parameter's format refuses, or an argument that is not
	// in the path, is refused as Prepare refuses it.
	for _, tc := range []struct {
		values map[string]any
		want   string
	}{
		{map[string]any{"node": "pve_1"}, "node"},
		{map[string]any{"vmid": 99}, "vmid"},
		{map[string]any{"memory": 1}, "no path parameter"},
	} {
		if _, err := req.WithPathValues(tc.values); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want an error naming %q", tc.values, err, tc.want)
		}
	}
}
