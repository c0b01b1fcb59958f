package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// maxDumpSize bounds a download: apidoc.js is a few megabytes.
const maxDumpSize = 64 << 20

// fetch puts every dump of the manifest into dir: kept when already there
// with the pinned sha256, copied from the directory from when it has it,
// else downloaded from the manifest's source (current releases only: the
// public viewers serve only their latest). Every file is checked against
// its sha256 before it is written.
func fetch(m *schema.Manifest, dir, from string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range m.Dumps {
		err := fetchOne(d, dir, from)
		var missing *errNoSource
		switch {
		case errors.As(err, &missing) && !d.Current:
			// Older releases only prove regeneration; their tests skip.
			fmt.Fprintf(os.Stderr, "gen: skipped %s: %v\n", d.File, err)
		case err != nil:
			return err
		}
	}
	return nil
}

// errNoSource: a dump is neither in the source directory nor downloadable.
type errNoSource struct{ d schema.Dump }

func (e *errNoSource) Error() string {
	return fmt.Sprintf("no copy here and no public download for %s %s; copy %s from a node into the apidoc directory",
		e.d.Product, e.d.Release, e.d.NodePath)
}

func fetchOne(d schema.Dump, dir, from string) error {
	target := filepath.Join(dir, d.File)
	if data, err := os.ReadFile(target); err == nil && schema.SHA256(data) == d.SHA256 {
		return nil
	}
	data, origin, err := obtain(d, from)
	if err != nil {
		return err
	}
	if got := schema.SHA256(data); got != d.SHA256 {
		return fmt.Errorf("%s from %s has sha256 %s, manifest pins %s (a newer release? fetch it, then run make generate ACCEPT=1)",
			d.File, origin, got, d.SHA256)
	}
	fmt.Fprintf(os.Stderr, "gen: %s from %s\n", d.File, origin)
	return os.WriteFile(target, data, 0o644)
}

func obtain(d schema.Dump, from string) ([]byte, string, error) {
	if from != "" {
		src := filepath.Join(from, d.File)
		if data, err := os.ReadFile(src); err == nil {
			return data, src, nil
		}
	}
	if d.Source == "" || !d.Current {
		return nil, "", &errNoSource{d}
	}
	data, err := download(d.Source)
	return data, d.Source, err
}

func download(url string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", url, resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, maxDumpSize))
}
