// Package release builds the release artefacts of proxmox-mcp: the
// cross-compiled archives with their SHA256SUMS, the npm packages that carry
// the binaries, and a file-based Go module proxy of the working tree. Every
// artefact is reproducible: the same checkout and toolchain give the same
// bytes.
package release

import (
	"fmt"
	"strings"
)

const (
	// Name is the binary's and the npm wrapper package's name.
	Name = "proxmox-mcp"
	// ModulePath is the Go module the binary is built from.
	ModulePath = "github.com/proxmox-mcp/proxmox-mcp"
	// MainPackage is the binary's package.
	MainPackage = ModulePath + "/cmd/proxmox-mcp"
	// NPMScope holds the per-platform packages.
	NPMScope = "@proxmox-mcp"
)

// Target is one platform a release is built for.
type Target struct{ GOOS, GOARCH string }

// Targets are the platforms of a release, in the order they are built.
var Targets = []Target{
	{"linux", "amd64"}, {"linux", "arm64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
	{"windows", "amd64"}, {"windows", "arm64"},
}

func (t Target) String() string { return t.GOOS + "/" + t.GOARCH }

// BinaryName is the executable's file name on the target.
func (t Target) BinaryName() string {
	if t.GOOS == "windows" {
		return Name + ".exe"
	}
	return Name
}

// ArchiveName is the release archive's file name: a zip for Windows, where
// it opens without extra tools, a gzipped tar elsewhere.
func (t Target) ArchiveName(version string) string {
	ext := ".tar.gz"
	if t.GOOS == "windows" {
		ext = ".zip"
	}
	return fmt.Sprintf("%s_%s_%s_%s%s", Name, version, t.GOOS, t.GOARCH, ext)
}

// Node's names (process.platform, process.arch), which npm's os and cpu
// fields use, for the GOOS and GOARCH values of Targets.
var (
	nodePlatform = map[string]string{"linux": "linux", "darwin": "darwin", "windows": "win32"}
	nodeArch     = map[string]string{"amd64": "x64", "arm64": "arm64"}
)

// NPMOS and NPMCPU are the target in Node's terms.
func (t Target) NPMOS() string  { return nodePlatform[t.GOOS] }
func (t Target) NPMCPU() string { return nodeArch[t.GOARCH] }

// NPMPackage is the name of the package that carries the target's binary.
func (t Target) NPMPackage() string { return NPMScope + "/" + t.NPMOS() + "-" + t.NPMCPU() }

// ParseTargets reads a comma-separated list such as "linux/amd64,darwin/arm64";
// every entry must be one of Targets.
func ParseTargets(list string) ([]Target, error) {
	var out []Target
	for _, s := range strings.Split(list, ",") {
		t, ok := lookupTarget(strings.TrimSpace(s))
		if !ok {
			return nil, fmt.Errorf("unknown target %q: the release targets are %s", s, targetList())
		}
		out = append(out, t)
	}
	return out, nil
}

func lookupTarget(s string) (Target, bool) {
	for _, t := range Targets {
		if t.String() == s {
			return t, true
		}
	}
	return Target{}, false
}

func targetList() string {
	names := make([]string, len(Targets))
	for i, t := range Targets {
		names[i] = t.String()
	}
	return strings.Join(names, ", ")
}
