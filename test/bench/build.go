package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// BuildResult are the build-time figures.
type BuildResult struct {
	Generate     Summary // seconds: the generator over both dumps
	GenerateNote string
	// GenerateMissed says why Generate could not be taken ("" when it was).
	GenerateMissed string
	CleanBuild     Summary // seconds: go build with an empty build cache
	BinaryBytes    int64
}

// measureBuild times the generator (compiled once first, so the figure is
// the generation, not the generator's own compilation) and clean builds of
// the binary with a fresh GOCACHE (the module cache stays warm: downloads
// are the network's speed, not the project's).
func measureBuild(root string, genRuns, buildRuns int) (*BuildResult, error) {
	tmp, err := os.MkdirTemp("", "proxmox-mcp-bench-build-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	res := &BuildResult{}
	if err := timeGenerate(root, tmp, genRuns, res); err != nil {
		return nil, err
	}
	var secs []float64
	for i := 0; i < buildRuns; i++ {
		bin := filepath.Join(tmp, fmt.Sprintf("proxmox-mcp-%d", i))
		d, err := cleanBuild(root, tmp, bin)
		if err != nil {
			return nil, err
		}
		secs = append(secs, d.Seconds())
		st, err := os.Stat(bin)
		if err != nil {
			return nil, err
		}
		res.BinaryBytes = st.Size()
	}
	res.CleanBuild = summarize(secs)
	return res, nil
}

// timeGenerate runs the generator into a scratch directory. Without the
// dumps (make schema puts them in place) the figure is reported missing.
func timeGenerate(root, tmp string, runs int, res *BuildResult) error {
	if _, err := os.Stat(filepath.Join(apidocDir(root), "pve-9.1-apidoc.js")); err != nil {
		res.GenerateMissed = "the apidoc dumps are not in " + apidocDir(root) + " (run make schema)"
		return nil
	}
	gen := filepath.Join(tmp, "gen")
	if out, err := goCommand(root, nil, "build", "-o", gen, "./gen").CombinedOutput(); err != nil {
		return fmt.Errorf("building the generator: %v\n%s", err, out)
	}
	var secs []float64
	for i := 0; i < runs; i++ {
		out := filepath.Join(tmp, fmt.Sprintf("generated-%d", i))
		cmd := exec.Command(gen, "-q", "-out", out)
		cmd.Dir = root
		t := time.Now()
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("generator: %v\n%s", err, b)
		}
		secs = append(secs, time.Since(t).Seconds())
	}
	res.Generate = summarize(secs)
	res.GenerateNote = "both current dumps (PVE and PBS), generator binary prebuilt"
	return nil
}

// apidocDir is where the generator reads the dumps: $PROXMOX_APIDOC_DIR
// (the Makefile sets it) or schema/apidoc.
func apidocDir(root string) string {
	if d := os.Getenv("PROXMOX_APIDOC_DIR"); d != "" {
		return d
	}
	return filepath.Join(root, "schema", "apidoc")
}

func cleanBuild(root, tmp, bin string) (time.Duration, error) {
	cache, err := os.MkdirTemp(tmp, "gocache-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(cache)
	cmd := goCommand(root, []string{"GOCACHE=" + cache}, "build", "-o", bin, "./cmd/proxmox-mcp")
	t := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		return 0, fmt.Errorf("clean build: %v\n%s", err, out)
	}
	return time.Since(t), nil
}

// goCommand runs the go tool in the repository with extra environment.
func goCommand(root string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	return cmd
}
