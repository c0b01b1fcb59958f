package main

import (
	"debug/buildinfo"
	"fmt"
	"os"
	"path/filepath"
)

// floorServer is the minimal two-tool mcp-go server of ./test/bench/floorserver,
// built by this run with the toolchain and GOEXPERIMENT the measured binary
// was built with: every ratio in the report divides by a figure of it.
type floorServer struct {
	bin string
	dir string
	// Build says how it was built, for the report.
	Build string
}

// floorTool and floorArgs are the call measured on the floor server.
const (
	floorTool = "echo"
	floorArgs = `{"text":"floor"}`
)

// buildFloor compiles the floor server into a temporary directory. The
// GOEXPERIMENT and CGO_ENABLED come from the measured binary's build
// information, so a binary built with EXPERIMENT= (or with cgo) gets a
// floor built the same way.
func buildFloor(root, measured string) (*floorServer, error) {
	info, err := buildinfo.ReadFile(measured)
	if err != nil {
		return nil, fmt.Errorf("build information of %s: %w", measured, err)
	}
	exp := buildSetting(info, "GOEXPERIMENT")
	cgo := buildSetting(info, "CGO_ENABLED")
	if cgo == "" {
		cgo = "0"
	}
	dir, err := os.MkdirTemp("", "proxmox-mcp-bench-floor-")
	if err != nil {
		return nil, err
	}
	bin := filepath.Join(dir, "floorserver")
	// GOTOOLCHAIN=local: never fetch another toolchain; a mismatch is
	// reported below instead.
	cmd := goCommand(root, []string{"GOEXPERIMENT=" + exp, "CGO_ENABLED=" + cgo, "GOTOOLCHAIN=local"}, "build", "-o", bin, "./test/bench/floorserver")
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("building the floor server: %v\n%s", err, out)
	}
	got, err := buildinfo.ReadFile(bin)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &floorServer{bin: bin, dir: dir, Build: floorBuildNote(info, got, exp)}, nil
}

func floorBuildNote(measured, floor *buildinfo.BuildInfo, exp string) string {
	if exp == "" {
		exp = "none"
	}
	note := fmt.Sprintf("%s, GOEXPERIMENT=%s, CGO_ENABLED=%s", floor.GoVersion, exp, buildSetting(floor, "CGO_ENABLED"))
	if measured.GoVersion != floor.GoVersion {
		note += fmt.Sprintf(" (the measured binary was built with %s: ratios compare different toolchains)", measured.GoVersion)
	}
	return note
}

func buildSetting(info *buildinfo.BuildInfo, key string) string {
	for _, s := range info.Settings {
		if s.Key == key {
			return s.Value
		}
	}
	return ""
}

func (f *floorServer) close() { os.RemoveAll(f.dir) }

// env is the floor server's whole environment: it needs nothing.
func (f *floorServer) env() []string {
	return []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
}

func (f *floorServer) start() (*serverProc, error) { return startProcess(f.env(), f.bin) }
