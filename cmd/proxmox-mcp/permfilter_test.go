package main

import (
	"context"
	"io"
	"net/http/httptest"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// registered builds the server as serve does, with the given token of
// the simulator and extra settings, and counts its registered operations.
func registered(t *testing.T, s *sim.Simulator, url, tokenID string, extra map[string]string) int {
	t.Helper()
	vars := map[string]string{"PVE_BASE_URL": url, "PVE_VERIFY_SSL": "false", "PVE_ACCESS_TIER": "full", config.EnvMode: "all"}
	for _, tok := range s.SeededTokens() {
		if tok.Product == catalog.PVE && tok.ID == tokenID {
			vars["PVE_TOKEN_ID"], vars["PVE_TOKEN_SECRET"] = tok.ID, tok.Secret
		}
	}
	for k, v := range extra {
		vars[k] = v
	}
	cfg, err := config.Load(func(name string) (string, bool) { v, ok := vars[name]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	srv, err := buildServer(context.Background(), cfg, io.Discard, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return len(srv.Inventory().Registered())
}

// PROXMOX_MCP_PERMISSION_FILTER=false registers every operation the tier
// allows whatever the token may do, and reads no permissions; so does
// HTTP per-user mode with the filter on, where the server's own token
// never calls (each caller's decides).
func TestPermissionFilterOffRegistersTheTier(t *testing.T) {
	s := sim.New(sim.Options{})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	defer srv.Close()
	off := map[string]string{config.EnvPermissions: "false"}
	root := s.TokenID(catalog.PVE)
	all := registered(t, s, srv.URL, root, off)
	reads := func() int {
		n := 0
		for _, r := range s.Requests() {
			if r.Operation == "pve_get_access_permissions" {
				n++
			}
		}
		return n
	}
	if got := registered(t, s, srv.URL, "auditor@pve!mcp", off); got != all || reads() != 0 {
		t.Errorf("filter off: the auditor's token registers %d, the full token's %d; %d permission reads", got, all, reads())
	}
	filtered := registered(t, s, srv.URL, "auditor@pve!mcp", nil)
	if filtered >= all || reads() != 1 {
		t.Errorf("filter on: the auditor's token registers %d of %d; %d permission reads", filtered, all, reads())
	}
	perUser := map[string]string{config.EnvHTTPAddr: "127.0.0.1:0", config.EnvPerUserCredentials: "true"}
	if got := registered(t, s, srv.URL, "auditor@pve!mcp", perUser); got != all || reads() != 1 {
		t.Errorf("per-user mode: the server's auditor token registers %d of %d; %d permission reads", got, all, reads()-1)
	}
	t.Logf("mode all, tier full: %d operations registered unfiltered, %d for the auditor's token", all, filtered)
}
