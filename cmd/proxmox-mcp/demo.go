package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// startDemo serves the simulator's seeded cluster (3 PVE nodes, guests,
// storages, a PBS datastore with snapshots) on loopback ports chosen by the
// system, over HTTPS with a pinned self-signed certificate, and points
// both products of cfg at it. Any configured Proxmox is replaced; every
// other setting applies exactly as with a real configuration, the tier
// (read-only unless PVE_ACCESS_TIER / PBS_ACCESS_TIER say otherwise) and
// the category allowlist included. A release given for a product
// (--pve-release / PVE_RELEASE) is the pinned release the simulator
// presents; the server then reads it from /version as from any cluster.
// It returns the function that stops the simulator.
func startDemo(ctx context.Context, cfg *config.Config, stderr io.Writer) (func(), error) {
	opts := sim.Options{Token: sim.TokenSpec{Secret: randomUUID()}, PBSToken: sim.TokenSpec{Secret: randomUUID()}}
	for p, release := range map[catalog.Product]*string{catalog.PVE: &opts.PVERelease, catalog.PBS: &opts.PBSRelease} {
		prod := cfg.Settings[p]
		if err := sim.CheckRelease(p, prod.Release); err != nil {
			return nil, fmt.Errorf("demo: %s_RELEASE: %w", strings.ToUpper(string(p)), err)
		}
		*release, prod.Release = prod.Release, ""
	}
	ctx, cancel := context.WithCancel(ctx)
	s := sim.New(opts)
	served, err := s.Serve(ctx, "127.0.0.1:0", "127.0.0.1:0", true)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("demo: starting the simulator: %w", err)
	}
	for p, url := range map[catalog.Product]string{catalog.PVE: served.PVEURL, catalog.PBS: served.PBSURL} {
		prod := cfg.Settings[p]
		prod.Proxmox = proxmox.Config{Product: p, BaseURL: url, TokenID: s.TokenID(p), TokenSecret: s.TokenSecret(p),
			VerifyTLS: true, Fingerprint: served.Fingerprint, Timeout: proxmox.DefaultTimeout}
		cfg.Products[p], cfg.Targets[p] = prod, []*config.Product{prod}
	}
	fmt.Fprintf(stderr, "proxmox-mcp: demo: simulated Proxmox VE at %s and Backup Server at %s (tiers: PVE %s, PBS %s; set PVE_ACCESS_TIER / PBS_ACCESS_TIER or --pve-tier / --pbs-tier to try read-execute or full)\n",
		served.PVEURL, served.PBSURL, cfg.Products[catalog.PVE].Tier, cfg.Products[catalog.PBS].Tier)
	return func() { cancel(); _ = served.Wait() }, nil
}
