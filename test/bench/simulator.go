package main

import (
	"context"
	"fmt"
	"os"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// simulator is the Proxmox VE and Backup Server every measurement talks
// to. It runs inside this program and serves plain HTTP on loopback: the
// server under test and the direct net/http floor then pay exactly the
// same transport cost, so their difference is the server's own work.
type simulator struct {
	sim    *sim.Simulator
	served *sim.Served
	stop   context.CancelFunc
}

func startSimulator() (*simulator, error) {
	ctx, cancel := context.WithCancel(context.Background())
	// Tasks end at once: no measured call waits on a simulated clock.
	s := sim.New(sim.Options{Seed: 1, TaskDuration: -1})
	served, err := s.Serve(ctx, "127.0.0.1:0", "127.0.0.1:0", false)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("simulator: %w", err)
	}
	return &simulator{sim: s, served: served, stop: cancel}, nil
}

func (s *simulator) close() {
	s.stop()
	s.served.Wait()
}

// serverEnv is the whole environment of a server process: both products
// at one tier, in one mode. Nothing is inherited but PATH and HOME, so a
// PVE_ or PROXMOX_MCP_ variable in the caller's shell cannot skew a run.
func (s *simulator) serverEnv(mode, tier string) []string {
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME"), "PROXMOX_MCP_MODE=" + mode}
	for _, p := range []struct {
		prefix string
		url    string
		prod   catalog.Product
	}{{"PVE", s.served.PVEURL, catalog.PVE}, {"PBS", s.served.PBSURL, catalog.PBS}} {
		env = append(env,
			p.prefix+"_BASE_URL="+p.url,
			p.prefix+"_TOKEN_ID="+s.sim.TokenID(p.prod),
			p.prefix+"_TOKEN_SECRET="+s.sim.TokenSecret(p.prod),
			p.prefix+"_ACCESS_TIER="+tier,
		)
	}
	return env
}

// pveTokenHeader is the Authorization header Proxmox VE expects.
func (s *simulator) pveTokenHeader() string {
	return "PVEAPIToken=" + s.sim.TokenID(catalog.PVE) + "=" + s.sim.TokenSecret(catalog.PVE)
}

// pbsTokenHeader is the Authorization header Proxmox Backup Server expects.
func (s *simulator) pbsTokenHeader() string {
	return "PBSAPIToken=" + s.sim.TokenID(catalog.PBS) + ":" + s.sim.TokenSecret(catalog.PBS)
}
