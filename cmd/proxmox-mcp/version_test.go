package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

func buildInfo(version string, settings ...string) *debug.BuildInfo {
	bi := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "github.com/proxmox-mcp/proxmox-mcp", Version: version}}
	for i := 0; i+1 < len(settings); i += 2 {
		bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
	}
	return bi
}

func TestDescribeBuild(t *testing.T) {
	const rev = "72a8cd4e0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7"
	cases := []struct {
		name string
		link linkInfo
		bi   *debug.BuildInfo
		want buildDescription
	}{{
		name: "no build information",
		want: buildDescription{Version: "dev"},
	}, {
		name: "go build outside a checkout",
		bi:   buildInfo("(devel)"),
		want: buildDescription{Version: "dev"},
	}, {
		name: "go build in a clone: pseudo-version and VCS settings",
		bi: buildInfo("v0.0.0-20251201204700-72a8cd4e0e1f+dirty",
			"vcs", "git", "vcs.revision", rev, "vcs.time", "2025-12-01T20:47:00Z", "vcs.modified", "true"),
		want: buildDescription{Version: "v0.0.0-20251201204700-72a8cd4e0e1f+dirty", Revision: rev, Time: "2025-12-01T20:47:00Z", Modified: true},
	}, {
		name: "go install of a tag: no revision is recorded",
		bi:   buildInfo("v1.2.3"),
		want: buildDescription{Version: "v1.2.3"},
	}, {
		name: "go install of a commit: the pseudo-version holds the revision",
		bi:   buildInfo("v1.2.4-0.20251201204700-72a8cd4e0e1f"),
		want: buildDescription{Version: "v1.2.4-0.20251201204700-72a8cd4e0e1f", Revision: "72a8cd4e0e1f", Time: "2025-12-01T20:47:00Z"},
	}, {
		name: "release build: link-time values win over the build information",
		link: linkInfo{version: "v1.3.0", revision: rev, revisionTime: "2025-12-02T08:00:00Z", modified: "false"},
		bi:   buildInfo("(devel)", "vcs.revision", "0000000000000000000000000000000000000000", "vcs.modified", "true"),
		want: buildDescription{Version: "v1.3.0", Revision: rev, Time: "2025-12-02T08:00:00Z"},
	}, {
		name: "release build from a worktree: version set, revision from the link",
		link: linkInfo{version: "v1.3.0-2-g72a8cd4-dirty", revision: rev, revisionTime: "2025-12-02T08:00:00Z", modified: "true"},
		bi:   buildInfo("(devel)"),
		want: buildDescription{Version: "v1.3.0-2-g72a8cd4-dirty", Revision: rev, Time: "2025-12-02T08:00:00Z", Modified: true},
	}, {
		name: "version set at link time, revision recorded by go build",
		link: linkInfo{version: "v1.3.0"},
		bi:   buildInfo("v1.3.0", "vcs.revision", rev, "vcs.time", "2025-12-02T08:00:00Z", "vcs.modified", "false"),
		want: buildDescription{Version: "v1.3.0", Revision: rev, Time: "2025-12-02T08:00:00Z"},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describeBuild(c.link, c.bi)
			c.want.Go = got.Go // the toolchain is checked below
			if got != c.want {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
			if c.bi != nil && got.Go != c.bi.GoVersion {
				t.Errorf("Go = %q, want the build information's %q", got.Go, c.bi.GoVersion)
			}
		})
	}
}

func TestBuildDescriptionLines(t *testing.T) {
	var b bytes.Buffer
	buildDescription{Version: "v1.3.0", Revision: "72a8cd4e", Time: "2025-12-02T08:00:00Z", Modified: true, Go: "go1.26.0 X:jsonv2"}.write(&b)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	want := []string{"proxmox-mcp v1.3.0", "revision 72a8cd4e, committed 2025-12-02T08:00:00Z, with uncommitted changes"}
	if len(lines) != 3 || lines[0] != want[0] || lines[1] != want[1] || !strings.HasPrefix(lines[2], "built with go1.26.0 X:jsonv2 for ") {
		t.Errorf("lines:\n%s", b.String())
	}
	b.Reset()
	buildDescription{Version: "dev", Go: "go1.26.0"}.write(&b)
	if !strings.Contains(b.String(), "revision unknown") {
		t.Errorf("unknown revision not said:\n%s", b.String())
	}
}
