package sim

import (
	"fmt"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// A simulated product presents one release: /version answers it, and the
// operations, parameters and property-string keys the release lacks (by
// the catalog's Since) are unknown to the router and the decoder, so they
// are refused exactly as Proxmox refuses an unknown path or parameter.

// presentation is the release one product presents.
type presentation struct {
	release string
	about   releaseAbout
	catalog *catalog.Catalog // the catalog at the release
}

// releaseAbout is what a release says about itself.
type releaseAbout struct {
	// version is PVE's package version ("8.4.0"); PBS answers the release
	// as its version and patch as its release.
	version string
	patch   string // PBS: the package's patch level ("1" of 3.4.1)
	// repoid is the source commit: PVE's 16-digit git short hash, PBS's
	// full hash.
	repoid string
	kernel string // PVE node status: the running kernel's release
}

// knownReleases are the pinned releases' /version facts. PVE's version_info
// is version, release (PVERELEASE) and repoid, the commit the package was
// built from (git rev-parse --short=16 HEAD) (proxmox/pve-manager
// PVE/pvecfg.pm.in, Makefile); 8.4.0 and 9.1.1 are the commits "bump
// version to 8.4.0" (ec58e45e1bcdf2ac, 2025-04-09, the day pve-docs 8.4.0
// was built) and "bump version to 9.1.1" (f4d3f125ffae50e9). PBS answers
// version as MAJOR.MINOR, release as the patch level and repoid as the full
// commit hash (proxmox/proxmox-backup pbs-buildcfg/src/lib.rs, build.rs);
// its commits for these packages are not known here, so the repoid is a
// stable stand-in of the right shape.
var knownReleases = map[catalog.Product]map[string]releaseAbout{
	catalog.PVE: {
		"8.4": {version: "8.4.0", repoid: "ec58e45e1bcdf2ac", kernel: "6.8.12-9-pve"},
		"9.1": {version: PVEVersion, repoid: "f4d3f125ffae50e9", kernel: "6.14.8-2-pve"},
	},
	catalog.PBS: {
		"3.4": {patch: "1"},
		"4.2": {patch: "0"},
	},
}

// aboutRelease is a release's facts; a release pinned later than this
// table gets plausible ones (its .0 package).
func aboutRelease(p catalog.Product, release string) releaseAbout {
	a, ok := knownReleases[p][release]
	if !ok {
		a = releaseAbout{version: release + ".0", patch: "0", kernel: knownReleases[catalog.PVE]["9.1"].kernel}
	}
	if p == catalog.PBS {
		a.version = release
		if a.repoid == "" {
			a.repoid = derived(0, "proxmox-backup "+release+"."+a.patch)[:40]
		}
	}
	return a
}

// Releases lists the releases the simulator can present for a product,
// oldest first: the pinned releases its catalog was compared with. It is
// the current release alone when the catalog was generated without the
// older dumps.
func Releases(p catalog.Product) []string {
	return append([]string(nil), apis.Catalog(p).Releases...)
}

// CheckRelease accepts "" (the catalog's release) or one of Releases.
func CheckRelease(p catalog.Product, release string) error {
	c := apis.Catalog(p)
	if release == "" || c.HasRelease(release) {
		return nil
	}
	if len(c.Releases) < 2 {
		return fmt.Errorf("%s %s is not available: this build knows only %s (it was generated without the older pinned dumps)",
			p.Title(), release, c.Release.Version)
	}
	return fmt.Errorf("%s %s is not a pinned release; choose one of %s", p.Title(), release, strings.Join(c.Releases, ", "))
}

// present builds what a product presents at release ("" = the catalog's).
func present(p catalog.Product, release string) presentation {
	if err := CheckRelease(p, release); err != nil {
		panic("sim: " + err.Error()) // callers check options with CheckRelease
	}
	c := apis.Catalog(p)
	if release == "" {
		release = c.Release.Version
	}
	return presentation{release: release, about: aboutRelease(p, release), catalog: c.At(release)}
}

// Release is the release the simulator presents for a product ("8.4").
func (s *Simulator) Release(p catalog.Product) string { return s.presented(p).release }

// Catalog is the product's catalog as the simulator presents it: at an
// older release, without what that release lacks.
func (s *Simulator) Catalog(p catalog.Product) *catalog.Catalog { return s.presented(p).catalog }

func (s *Simulator) presented(p catalog.Product) *presentation {
	pr, ok := s.presentations[p]
	if !ok {
		panic(fmt.Sprintf("sim: unknown product %q", p))
	}
	return pr
}

// versionInfo is the answer of GET /version in the product's own shape.
func (pr *presentation) versionInfo(p catalog.Product) map[string]any {
	if p == catalog.PBS {
		return map[string]any{"version": pr.about.version, "release": pr.about.patch, "repoid": pr.about.repoid}
	}
	return map[string]any{"version": pr.about.version, "release": pr.release, "repoid": pr.about.repoid, "console": "html5"}
}
