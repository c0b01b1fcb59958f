package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

const (
	// maxDumpSize bounds an extracted apidoc.js: a few megabytes.
	maxDumpSize = 64 << 20
	// maxDownload bounds a .deb or a Packages index.
	maxDownload = 512 << 20
	// proxmoxDebian is the root of Proxmox's APT repositories;
	// PROXMOX_DEB_MIRROR replaces it with a mirror of the same layout.
	proxmoxDebian = "http://download.proxmox.com/debian"
)

// fetch puts every dump of the manifest into dir: kept when already there
// with the pinned sha256, copied from the directory from when it has it,
// else extracted from the Debian package the manifest names. Nothing is
// written unless it has the pinned sha256.
func fetch(m *schema.Manifest, dir, from string) error {
	f := &fetcher{
		client: &http.Client{Timeout: 10 * time.Minute},
		mirror: os.Getenv("PROXMOX_DEB_MIRROR"),
		log:    os.Stderr,
	}
	return f.fetchAll(m, dir, from)
}

// fetcher downloads and unpacks packages; tests point mirror at a local
// server.
type fetcher struct {
	client *http.Client
	mirror string
	log    io.Writer
}

func (f *fetcher) fetchAll(m *schema.Manifest, dir, from string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range m.Dumps {
		err := f.fetchOne(d, dir, from)
		var missing *errNoSource
		switch {
		case errors.As(err, &missing) && !d.Current:
			// Older releases give the catalog its Since data and prove
			// regeneration; without them the generator leaves Since out
			// (the schema report says so) and their tests skip.
			fmt.Fprintf(f.log, "gen: skipped %s: %v\n", d.File, err)
		case err != nil:
			return err
		}
	}
	return nil
}

// errNoSource: a dump is neither in the source directory nor in a package.
type errNoSource struct{ d schema.Dump }

func (e *errNoSource) Error() string {
	return fmt.Sprintf("no copy here and no package in schema/manifest.json for %s %s; copy %s from a node into the apidoc directory",
		e.d.Product, e.d.Release, e.d.NodePath)
}

func (f *fetcher) fetchOne(d schema.Dump, dir, from string) error {
	target := filepath.Join(dir, d.File)
	if data, err := os.ReadFile(target); err == nil && schema.SHA256(data) == d.SHA256 {
		return nil
	}
	data, origin, err := f.obtain(d, from)
	if err != nil {
		return err
	}
	fmt.Fprintf(f.log, "gen: %s from %s\n", d.File, origin)
	return writeAtomically(target, data)
}

// obtain returns the dump's bytes, already checked against the pin, and
// where they came from.
func (f *fetcher) obtain(d schema.Dump, from string) ([]byte, string, error) {
	if from != "" {
		src := filepath.Join(from, d.File)
		if data, err := os.ReadFile(src); err == nil {
			if got := schema.SHA256(data); got != d.SHA256 {
				return nil, "", fmt.Errorf("%s has sha256 %s, schema/manifest.json pins %s (a newer release? record it with make generate ACCEPT=1; else replace the file)",
					src, got, d.SHA256)
			}
			return data, src, nil
		}
	}
	if d.Package == nil || d.NodePath == "" {
		return nil, "", &errNoSource{d}
	}
	if d.Package.URL() == "" {
		return f.searchSeries(d)
	}
	return f.fromPackage(d, d.Package.URL(), d.Package.SHA256)
}

// fromPackage extracts the dump from the package at url and checks it.
func (f *fetcher) fromPackage(d schema.Dump, url, debSHA256 string) ([]byte, string, error) {
	url = f.rewrite(url)
	deb, err := f.get(url)
	if err != nil {
		return nil, "", err
	}
	if debSHA256 != "" {
		if got := schema.SHA256(deb); got != debSHA256 {
			return nil, "", fmt.Errorf("%s has sha256 %s, schema/manifest.json pins %s for the package: a broken download or a wrong mirror; nothing was written",
				url, got, debSHA256)
		}
	}
	data, err := debFile(deb, d.NodePath, maxDumpSize)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w; nothing was written", url, err)
	}
	if got := schema.SHA256(data); got != d.SHA256 {
		return nil, "", &errWrongDump{d: d, url: url, got: got}
	}
	return data, url, nil
}

// errWrongDump: the package's file is not the pinned dump.
type errWrongDump struct {
	d        schema.Dump
	url, got string
}

func (e *errWrongDump) Error() string {
	return fmt.Sprintf("%s in %s has sha256 %s, but schema/manifest.json pins %s for %s: that package does not hold the pinned dump. "+
		"Correct package.version and package.filename of %s in schema/manifest.json (or remove both to search the package's series), "+
		"or copy the pinned file into the apidoc directory (make schema SHARED_SCHEMA=DIR). Nothing was written",
		e.d.NodePath, e.url, e.got, e.d.SHA256, e.d.File, e.d.File)
}

// searchSeries tries, newest first, every version of the package's series
// in the repository's index until one holds the pinned dump, and says
// what to record so the next fetch goes straight to it.
func (f *fetcher) searchSeries(d schema.Dump) ([]byte, string, error) {
	p := d.Package
	if p.Series == "" {
		return nil, "", fmt.Errorf("%s: package %s has neither filename nor series in schema/manifest.json", d.File, p.Name)
	}
	indexURL := f.rewrite(p.IndexURL())
	raw, err := f.get(indexURL)
	if err != nil {
		return nil, "", err
	}
	index, err := parseIndex(raw)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", indexURL, err)
	}
	entries := seriesEntries(index, p.Name, p.Series)
	var tried []string
	for _, e := range entries {
		url := strings.TrimSuffix(p.Repository, "/") + "/" + e.Filename
		data, origin, err := f.fromPackage(d, url, e.SHA256)
		var wrong *errWrongDump
		switch {
		case errors.As(err, &wrong):
			tried = append(tried, e.Version)
			continue
		case err != nil:
			return nil, "", err
		}
		fmt.Fprintf(f.log, "gen: %s is in %s %s: record \"version\": %q, \"filename\": %q, \"sha256\": %q in its package in schema/manifest.json\n",
			d.File, p.Name, e.Version, e.Version, e.Filename, e.SHA256)
		return data, origin, nil
	}
	return nil, "", fmt.Errorf("no %s %s.* package in %s holds %s with sha256 %s (tried %s): copy the pinned file into the apidoc directory (make schema SHARED_SCHEMA=DIR)",
		p.Name, p.Series, indexURL, d.NodePath, d.SHA256, orNone(tried))
}

func orNone(versions []string) string {
	if len(versions) == 0 {
		return "none"
	}
	return strings.Join(versions, ", ")
}

// rewrite points a URL of Proxmox's repository at the mirror, if any.
func (f *fetcher) rewrite(url string) string {
	if f.mirror == "" || !strings.HasPrefix(url, proxmoxDebian+"/") {
		return url
	}
	return strings.TrimSuffix(f.mirror, "/") + strings.TrimPrefix(url, proxmoxDebian)
}

func (f *fetcher) get(url string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w (PROXMOX_DEB_MIRROR=URL uses a mirror of %s)", err, proxmoxDebian)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s (check the package's version and filename in schema/manifest.json)", url, resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxDownload+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: %w", url, err)
	}
	if len(data) > maxDownload {
		return nil, fmt.Errorf("GET %s: more than %d bytes", url, maxDownload)
	}
	return data, nil
}

// writeAtomically writes data beside path and renames it into place, so an
// interrupted fetch never leaves a partial dump.
func writeAtomically(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
