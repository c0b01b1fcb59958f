package proxmox_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/generated/pbs"
	"github.com/proxmox-mcp/proxmox-mcp/generated/pve"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// The generated typed clients run on this package's client: end to end
// against the simulator, reads decode into typed results and a write
// returns its task.
func TestTypedClientsThroughTheHTTPClient(t *testing.T) {
	s := sim.New(sim.Options{TaskDuration: -1})
	clients := map[catalog.Product]*proxmox.Client{}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		srv := httptest.NewServer(s.Handler(p))
		t.Cleanup(srv.Close)
		c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: srv.URL, TokenID: s.TokenID(p), TokenSecret: s.TokenSecret(p),
			VerifyTLS: true, Timeout: 10 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		clients[p] = c
	}
	ctx := context.Background()
	pveClient := pve.NewClient(clients[catalog.PVE])

	nodes, err := pveClient.GetNodes(ctx)
	if err != nil || len(nodes) != 3 || nodes[0].Node == "" {
		t.Fatalf("GetNodes = %+v, %v", nodes, err)
	}
	st, err := pveClient.GetNodesQemuStatusCurrent(ctx, pve.GetNodesQemuStatusCurrentParams{Node: "pve1", VMID: 100})
	if err != nil || st.Status != "running" || st.Name != "web-01" || st.Maxmem == 0 {
		t.Fatalf("GetNodesQemuStatusCurrent = %+v, %v", st, err)
	}
	upid, err := pveClient.PostNodesQemuStatusStop(ctx, pve.PostNodesQemuStatusStopParams{Node: "pve1", VMID: 100})
	if err != nil || !strings.HasPrefix(string(upid), "UPID:pve1:") {
		t.Fatalf("PostNodesQemuStatusStop = %q, %v", upid, err)
	}
	if _, err := pveClient.GetNodesQemuStatusCurrent(ctx, pve.GetNodesQemuStatusCurrentParams{Node: "pve1", VMID: 99}); err == nil {
		t.Error("an invalid vmid (below 100) was not refused")
	}

	stores, err := pbs.NewClient(clients[catalog.PBS]).GetAdminDatastore(ctx)
	if err != nil || len(stores) == 0 || stores[0].Store == "" {
		t.Fatalf("GetAdminDatastore = %+v, %v", stores, err)
	}
}
