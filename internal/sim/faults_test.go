package sim

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func TestLatency(t *testing.T) {
	e := newEnv(t, Options{Faults: Faults{Latency: 150 * time.Millisecond}})
	start := time.Now()
	if r := e.get(t, catalog.PVE, "/version"); r.status != 200 {
		t.Fatalf("status %d", r.status)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Fatalf("answered after %v, want at least 150ms", d)
	}
	e.sim.SetFaults(Faults{})
	start = time.Now()
	e.get(t, catalog.PVE, "/version")
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Fatalf("latency still applied after SetFaults: %v", d)
	}
}

func TestErrorRate(t *testing.T) {
	e := newEnv(t, Options{Seed: 42, Faults: Faults{ErrorRate: 1}})
	r := e.get(t, catalog.PVE, "/version")
	if r.status != 500 || r.reason != "internal error (injected fault)" {
		t.Fatalf("rate 1: %d %q", r.status, r.reason)
	}
	e.sim.SetFaults(Faults{ErrorRate: 0.5, ErrorStatus: 503})
	counts := map[int]int{}
	for i := 0; i < 60; i++ {
		counts[e.get(t, catalog.PBS, "/version").status]++
	}
	if counts[503] < 10 || counts[200] < 10 || counts[503]+counts[200] != 60 {
		t.Fatalf("rate 0.5 over 60 requests: %v", counts)
	}
}

func TestFaultRules(t *testing.T) {
	e := newEnv(t, Options{})
	e.sim.SetFaults(Faults{Rules: []FaultRule{
		{Method: "POST", Path: "/nodes/*/qemu/{vmid}/status/start", Status: 503, Message: "maintenance mode", Times: 1},
		{Product: catalog.PBS, Path: "/admin/**", Status: 502},
	}})
	start := request{product: catalog.PVE, method: http.MethodPost, path: "/nodes/pve2/qemu/102/status/start"}
	if r := e.send(t, start); r.status != 503 || r.reason != "maintenance mode" {
		t.Fatalf("first start: %d %q", r.status, r.reason)
	}
	if r := e.send(t, start); r.status != 200 {
		t.Fatalf("the rule was for one request; second start: %d %q", r.status, r.reason)
	}
	if r := e.get(t, catalog.PBS, "/admin/datastore/store1/groups"); r.status != 502 {
		t.Fatalf("PBS /admin/**: %d", r.status)
	}
	if r := e.get(t, catalog.PVE, "/version"); r.status != 200 {
		t.Fatalf("unmatched path: %d", r.status)
	}
}

func TestDroppedConnection(t *testing.T) {
	e := newEnv(t, Options{Faults: Faults{Rules: []FaultRule{{Path: "/version", Drop: true}}}})
	req, _ := http.NewRequest(http.MethodGet, e.pve.URL+"/api2/json/version", nil)
	req.Header.Set("Authorization", e.tokenHeader(catalog.PVE))
	resp, err := e.client.Do(req)
	if err == nil {
		resp.Body.Close()
		t.Fatalf("dropped connection answered %d", resp.StatusCode)
	}
	if n := e.sim.RequestCount(); n != 1 {
		t.Fatalf("the dropped request is logged once, got %d", n)
	}
}

// TestFaultsConcurrent changes faults while requests run (meaningful
// under -race).
func TestFaultsConcurrent(t *testing.T) {
	e := newEnv(t, Options{})
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				e.get(t, catalog.PVE, "/cluster/resources")
			}
		}()
	}
	for j := 0; j < 20; j++ {
		e.sim.SetFaults(Faults{ErrorRate: float64(j%2) / 4})
		e.sim.SetNodeOffline("pve2", j%2 == 0)
	}
	wg.Wait()
}
