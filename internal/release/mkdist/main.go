// Command mkdist builds the release of proxmox-mcp from the checkout it runs
// in (make dist):
//
//	go run ./internal/release/mkdist [-out dist] [-version v1.2.3] [-targets linux/amd64,…] [-goexperiment jsonv2]
//
// writes the cross-compiled archives, SHA256SUMS, the npm packages (npm/)
// and release.json into the output directory, and
//
//	go run ./internal/release/mkdist goproxy [-version v1.2.3] DIR
//
// writes the working tree as a Go module proxy (GOPROXY=file://DIR) and
// prints the module version it serves.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/release"
)

const description = "MCP server for the whole Proxmox VE and Proxmox Backup Server API: every REST operation as a tool, behind safety tiers"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var err error
	if len(os.Args) > 1 && os.Args[1] == "goproxy" {
		err = goproxy(ctx, os.Args[2:])
	} else {
		err = dist(ctx, os.Args[1:])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkdist:", err)
		os.Exit(1)
	}
}

func dist(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("mkdist", flag.ExitOnError)
	out := fs.String("out", "dist", "output directory (replaced whole)")
	version := fs.String("version", "", "release version (default: git describe --tags --always --dirty)")
	targets := fs.String("targets", "", "comma-separated GOOS/GOARCH list (default: all release targets)")
	experiment := fs.String("goexperiment", "", "GOEXPERIMENT for the builds")
	goCmd := fs.String("go", "go", "the go command")
	jobs := fs.Int("j", min(2, runtime.NumCPU()), "builds at a time")
	license := fs.String("license", "", "SPDX licence identifier for the npm packages (none while the repository has no licence)")
	fs.Parse(args)
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	src, err := readSource(ctx, *version)
	if err != nil {
		return err
	}
	cfg := release.Config{
		Toolchain: release.Toolchain{Go: *goCmd, Experiment: *experiment},
		Source:    src, Out: *out, Jobs: *jobs, Log: os.Stderr,
	}
	if *targets != "" {
		if cfg.Targets, err = release.ParseTargets(*targets); err != nil {
			return err
		}
	}
	readme, err := os.ReadFile(filepath.Join(src.Dir, "README.md"))
	if err != nil {
		return err
	}
	cfg.Meta = release.PackageMeta{Description: description, License: *license, Readme: readme}
	start := time.Now()
	fmt.Fprintf(os.Stderr, "mkdist: %s (revision %.12s%s) into %s\n", src.Version, src.Revision, dirty(src.Modified), *out)
	m, err := release.Dist(ctx, cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkdist: %d archives and %d npm packages in %.0fs; npm version %s\n",
		len(m.Archives), len(m.NPM), time.Since(start).Seconds(), m.NPMVersion)
	return nil
}

func goproxy(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("mkdist goproxy", flag.ExitOnError)
	version := fs.String("version", "", "module version (default: the tag the commit has, else its pseudo-version)")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("usage: mkdist goproxy [-version v1.2.3] DIR")
	}
	src, err := readSource(ctx, "")
	if err != nil {
		return err
	}
	v := *version
	if v == "" {
		v = release.ModuleVersion(src)
	}
	if err := release.WriteModuleProxy(ctx, src, fs.Arg(0), v); err != nil {
		return err
	}
	fmt.Println(v)
	return nil
}

// readSource reads the checkout of the current directory, the module root
// (make and go run both run there).
func readSource(ctx context.Context, version string) (release.Source, error) {
	dir, err := os.Getwd()
	if err != nil {
		return release.Source{}, err
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		return release.Source{}, fmt.Errorf("run mkdist from the module's root (no go.mod in %s)", dir)
	}
	return release.ReadSource(ctx, dir, version)
}

func dirty(modified bool) string {
	if modified {
		return ", uncommitted changes"
	}
	return ""
}
