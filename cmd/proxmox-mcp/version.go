package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
	"golang.org/x/mod/module"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// Set at link time by release builds (make dist, internal/release):
// -X main.version=v1.2.3 and the revision it was built from. Release builds
// pass the revision themselves rather than leave it to Go's VCS stamping,
// which records nothing in a git worktree and would make a build from a
// worktree and one from a clone of the same commit differ.
var (
	version      = ""
	revision     = ""
	revisionTime = "" // RFC 3339, UTC
	modified     = "" // "true" when the tree had uncommitted changes
)

// buildDescription is what `version` reports about the binary itself.
type buildDescription struct {
	Version  string // release or module version, "dev" when unknown
	Revision string // VCS revision, "" when unknown
	Time     string // the revision's commit time, "" when unknown
	Modified bool   // built from a tree with uncommitted changes
	Go       string // toolchain, with any GOEXPERIMENT
}

// linkInfo is the values set with -X, passed explicitly so tests can vary them.
type linkInfo struct{ version, revision, revisionTime, modified string }

func linkTimeInfo() linkInfo { return linkInfo{version, revision, revisionTime, modified} }

// describeBuild combines the link-time values with the build information Go
// records: link-time values win (a release says what it is), then the VCS
// settings of `go build` in a clone, then what a pseudo-version encodes
// (`go install …@<commit>` records no VCS settings).
func describeBuild(link linkInfo, bi *debug.BuildInfo) buildDescription {
	d := buildDescription{Version: "dev", Go: runtime.Version()}
	if bi != nil {
		d.Go = bi.GoVersion
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			d.Version = v
		}
		d.Revision, d.Time, d.Modified = vcsSettings(bi.Settings)
		if d.Revision == "" && module.IsPseudoVersion(d.Version) {
			d.Revision, _ = module.PseudoVersionRev(d.Version)
			if t, err := module.PseudoVersionTime(d.Version); err == nil {
				d.Time = t.UTC().Format("2006-01-02T15:04:05Z")
			}
		}
	}
	if link.version != "" {
		d.Version = link.version
	}
	if link.revision != "" {
		d.Revision, d.Time, d.Modified = link.revision, link.revisionTime, link.modified == "true"
	}
	return d
}

// vcsSettings reads the vcs.* settings `go build` records in a VCS checkout.
func vcsSettings(settings []debug.BuildSetting) (rev, committed string, modified bool) {
	for _, s := range settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			committed = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return rev, committed, modified
}

// currentBuild describes the running binary.
func currentBuild() buildDescription {
	bi, _ := debug.ReadBuildInfo()
	return describeBuild(linkTimeInfo(), bi)
}

func binaryVersion() string { return currentBuild().Version }

// write prints the description, one fact a line.
func (d buildDescription) write(w io.Writer) {
	fmt.Fprintf(w, "proxmox-mcp %s\n", d.Version)
	switch {
	case d.Revision == "":
		fmt.Fprintln(w, "revision unknown (built without version control information)")
	default:
		line := "revision " + d.Revision
		if d.Time != "" {
			line += ", committed " + d.Time
		}
		if d.Modified {
			line += ", with uncommitted changes"
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "built with %s for %s/%s\n", d.Go, runtime.GOOS, runtime.GOARCH)
}

func init() { register(newVersionCommand) }

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, the revision it was built from, and the Proxmox releases the catalog was generated from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			currentBuild().write(w)
			for _, c := range apis.Catalogs() {
				r := c.Release
				fmt.Fprintf(w, "%s %s: %d operations (apidoc.js sha256 %s)\n", r.Product.Title(), r.Version, len(c.Operations), r.SHA256[:12])
			}
			return nil
		},
	}
}
