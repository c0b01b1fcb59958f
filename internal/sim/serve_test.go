package sim

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// TestServeTLS runs the simulator as the sim command does and reaches it
// with the real client pinning the printed fingerprint.
func TestServeTLS(t *testing.T) {
	s := New(Options{TaskDuration: 20 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	sv, err := s.Serve(ctx, "127.0.0.1:0", "127.0.0.1:0", true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(sv.PVEURL, "https://127.0.0.1:") || len(sv.Fingerprint) != 95 {
		t.Fatalf("served at %q with fingerprint %q", sv.PVEURL, sv.Fingerprint)
	}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		url := sv.PVEURL
		if p == catalog.PBS {
			url = sv.PBSURL
		}
		c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: url, TokenID: s.TokenID(p), TokenSecret: s.TokenSecret(p), Fingerprint: sv.Fingerprint, VerifyTLS: true},
			proxmox.WithWarnings(io.Discard))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Do(ctx, apis.Lookup(string(p)+"_get_version"), nil); err != nil {
			t.Fatalf("%s over TLS: %v", p, err)
		}
		if p != catalog.PVE {
			continue
		}
		// An error answer (custom reason phrase on a hijacked TLS connection).
		_, err = c.Do(ctx, apis.Lookup("pve_get_nodes_qemu_status_current"), map[string]any{"node": "pve1", "vmid": 999})
		if err == nil || !strings.Contains(err.Error(), "999.conf' does not exist") {
			t.Fatalf("error over TLS: %v", err)
		}
	}
	cancel()
	done := make(chan error)
	go func() { done <- sv.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(6 * time.Second):
		t.Fatal("servers did not shut down")
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8006": true, "[::1]:8006": true, "localhost:8006": true, ":8006": false, "0.0.0.0:8006": false, "192.168.1.5:8006": false, "bogus": false} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}
