package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// --pve-release and --pbs-release take only the product's pinned
// releases, and the error lists them.
func TestSimReleaseFlags(t *testing.T) {
	for _, tc := range []struct {
		flag    string
		product catalog.Product
	}{{"--pve-release", catalog.PVE}, {"--pbs-release", catalog.PBS}} {
		_, err := run(t, nil, "sim", tc.flag, "7.0", "--listen", "127.0.0.1:0", "--pbs-listen", "127.0.0.1:0")
		want := tc.flag + " 7.0: " + tc.product.Title() + " 7.0 is not"
		if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), strings.Join(sim.Releases(tc.product), ", ")) {
			t.Errorf("%s 7.0: %v, want %q… naming %v", tc.flag, err, want, sim.Releases(tc.product))
		}
	}
	pve, pbs := sim.Releases(catalog.PVE), sim.Releases(catalog.PBS)
	r := releaseFlags{pve: pve[0], pbs: pbs[0]}
	if err := r.check(); err != nil {
		t.Fatalf("pinned releases refused: %v", err)
	}
	opts := r.options(sim.Options{Seed: 7})
	if opts.PVERelease != pve[0] || opts.PBSRelease != pbs[0] || opts.Seed != 7 {
		t.Errorf("options %+v", opts)
	}
	var out bytes.Buffer
	printSimInfo(&out, sim.New(opts), &sim.Served{PVEURL: "http://127.0.0.1:1", PBSURL: "http://127.0.0.1:2"})
	for _, want := range []string{"/api2/json (release " + pve[0] + ")", "/api2/json (release " + pbs[0] + ")"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("sim info lacks %q:\n%s", want, out.String())
		}
	}
}
