package policy

import "testing"

func TestPatternMatch(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"/nodes/{node}/qemu", "/nodes/{node}/qemu", true},
		{"/nodes/{node}/qemu", "/nodes/{node}/lxc", false},
		{"/nodes/{node}/qemu", "/nodes/{node}/qemu/{vmid}", false},
		{"/nodes/*/qemu", "/nodes/{node}/qemu", true},
		{"/nodes/*", "/nodes", false},
		{"/nodes/*/qemu/**", "/nodes/{node}/qemu", true},
		{"/nodes/*/qemu/**", "/nodes/{node}/qemu/{vmid}/status/start", true},
		{"/nodes/**/vncproxy", "/nodes/{node}/qemu/{vmid}/vncproxy", true},
		{"/nodes/**/vncproxy", "/nodes/{node}/vncproxy", true},
		{"/nodes/**/vncproxy", "/nodes/{node}/vncproxy/x", false},
		{"/**", "/", true},
		{"/", "/", true},
		{"/", "/version", false},
		{"/version", "/", false},
		{"/{vmid}", "/{node}", false},
	}
	for _, tt := range tests {
		p, err := compilePattern(tt.pattern)
		if err != nil {
			t.Fatalf("compilePattern(%q): %v", tt.pattern, err)
		}
		if got := p.match(tt.path); got != tt.want {
			t.Errorf("%q matches %q = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

func TestBadPatterns(t *testing.T) {
	for _, s := range []string{"", "nodes", "/nodes//qemu", "/nodes/q*", "/nodes/***"} {
		if _, err := compilePattern(s); err == nil {
			t.Errorf("compilePattern(%q) succeeded", s)
		}
	}
}
