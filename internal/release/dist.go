package release

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Config says what to build from what, and where.
type Config struct {
	Toolchain Toolchain
	Source    Source
	Out       string   // output directory; replaced whole
	Targets   []Target // the platforms to build, Targets when empty
	Jobs      int      // builds at a time (at least 1)
	Meta      PackageMeta
	Log       io.Writer // progress, one line per artefact
}

// Artifact is one file of the release, named relative to the output directory.
type Artifact struct {
	File       string `json:"file"`
	Target     string `json:"target,omitempty"`
	Package    string `json:"package,omitempty"`     // npm packages: the package name
	Size       int64  `json:"size"`                  // bytes of the file
	BinarySize int64  `json:"binary_size,omitempty"` // bytes of the binary inside
	SHA256     string `json:"sha256"`
}

// Manifest is release.json: what was built, from which revision, with what.
type Manifest struct {
	Version       string     `json:"version"`
	NPMVersion    string     `json:"npm_version"`
	ModuleVersion string     `json:"module_version"` // what a module proxy of this tree serves it as
	Revision      string     `json:"revision"`
	Time          time.Time  `json:"time"`
	Modified      bool       `json:"modified"`
	Experiment    string     `json:"goexperiment"`
	Archives      []Artifact `json:"archives"`
	NPM           []Artifact `json:"npm"`
}

// marker marks an output directory as written by Dist, so it may replace it.
const marker = ".mkdist"

// Dist builds every artefact into cfg.Out: per target the binary
// (bin/<os>_<arch>/), its archive and its npm package (npm/); then the
// wrapper npm package, SHA256SUMS over archives and packages, and
// release.json.
func Dist(ctx context.Context, cfg Config) (*Manifest, error) {
	m, err := newManifest(cfg)
	if err != nil {
		return nil, err
	}
	if err := resetOut(cfg.Out); err != nil {
		return nil, err
	}
	if err := distTargets(ctx, cfg, m); err != nil {
		return nil, err
	}
	wrapper, err := WrapperPackage(m.NPMVersion, cfg.Meta)
	if err != nil {
		return nil, err
	}
	a, err := writeNPM(cfg, wrapper)
	if err != nil {
		return nil, err
	}
	m.NPM = append(m.NPM, a)
	return m, writeIndex(cfg.Out, m)
}

func newManifest(cfg Config) (*Manifest, error) {
	src := cfg.Source
	if strings.ContainsAny(src.Version, " \t\n'\"") || src.Version == "" {
		return nil, fmt.Errorf("version %q: a release version is one word such as v1.2.3", src.Version)
	}
	npmVersion, err := NPMVersion(src.Version)
	if err != nil {
		return nil, err
	}
	return &Manifest{
		Version: src.Version, NPMVersion: npmVersion, ModuleVersion: ModuleVersion(src),
		Revision: src.Revision, Time: src.Time, Modified: src.Modified, Experiment: cfg.Toolchain.Experiment,
	}, nil
}

// resetOut empties the output directory, refusing one that Dist did not
// write (a mistyped -out must not delete a source tree).
func resetOut(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
			return fmt.Errorf("%s is not empty and was not written by this release builder (no %s): choose another output directory", out, marker)
		}
		if err := os.RemoveAll(out); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(filepath.Join(out, "npm"), 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, marker), []byte("written by internal/release/mkdist; replaced on every run\n"), 0o644)
}

// targetResult is what one target adds to the manifest.
type targetResult struct {
	archive, npm Artifact
	err          error
}

// distTargets builds the targets, cfg.Jobs at a time (a build is mostly
// one long compile and a link, which leave cores idle), and records them in
// the manifest in the order of cfg.Targets.
func distTargets(ctx context.Context, cfg Config, m *Manifest) error {
	targets := cfg.Targets
	if len(targets) == 0 {
		targets = Targets
	}
	ctx, cancel := context.WithCancel(ctx) // the first failure stops the other builds
	defer cancel()
	results := make([]targetResult, len(targets))
	slots := make(chan struct{}, max(cfg.Jobs, 1))
	var wg sync.WaitGroup
	for i, t := range targets {
		slots <- struct{}{} // taken here, so builds start in the order of targets
		wg.Go(func() {
			defer func() { <-slots }()
			r := &results[i]
			if r.archive, r.npm, r.err = distTarget(ctx, cfg, m.NPMVersion, t); r.err != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	if err := firstFailure(results); err != nil {
		return err
	}
	for _, r := range results {
		m.Archives, m.NPM = append(m.Archives, r.archive), append(m.NPM, r.npm)
	}
	return nil
}

// firstFailure is the error that stopped the builds, not one of the builds
// it cancelled.
func firstFailure(results []targetResult) error {
	var cancelled error
	for _, r := range results {
		switch {
		case r.err == nil:
		case errors.Is(r.err, context.Canceled):
			cancelled = cmp.Or(cancelled, r.err)
		default:
			return r.err
		}
	}
	return cancelled
}

// distTarget builds one target's binary, archive and npm package.
func distTarget(ctx context.Context, cfg Config, npmVersion string, t Target) (archive, npm Artifact, err error) {
	start := time.Now()
	binPath := filepath.Join(cfg.Out, "bin", t.GOOS+"_"+t.GOARCH, t.BinaryName())
	if err := Build(ctx, cfg.Toolchain, cfg.Source, t, binPath); err != nil {
		return archive, npm, err
	}
	binary, err := os.ReadFile(binPath)
	if err != nil {
		return archive, npm, err
	}
	if archive, err = writeArchive(cfg, t, binary); err != nil {
		return archive, npm, err
	}
	pkg, err := PlatformPackage(t, npmVersion, binary, cfg.Source, cfg.Meta)
	if err != nil {
		return archive, npm, err
	}
	if npm, err = writeNPM(cfg, pkg); err != nil {
		return archive, npm, err
	}
	archive.BinarySize, npm.BinarySize = int64(len(binary)), int64(len(binary))
	logf(cfg, "%-14s binary %s, %s %s, %s %s (%.1fs)", t, megabytes(len(binary)),
		archive.File, megabytes(int(archive.Size)), npm.File, megabytes(int(npm.Size)), time.Since(start).Seconds())
	return archive, npm, nil
}

// writeArchive packs the binary with the README and the licence, if any.
func writeArchive(cfg Config, t Target, binary []byte) (Artifact, error) {
	files := []File{{Name: t.BinaryName(), Mode: 0o755, Data: binary}}
	files = append(files, projectDocs(cfg.Source.Dir)...)
	var b bytes.Buffer
	var err error
	if t.GOOS == "windows" {
		err = WriteZip(&b, files, cfg.Source.Time)
	} else {
		err = WriteTarGz(&b, files, cfg.Source.Time)
	}
	if err != nil {
		return Artifact{}, err
	}
	name := t.ArchiveName(cfg.Source.Version)
	if err := os.WriteFile(filepath.Join(cfg.Out, name), b.Bytes(), 0o644); err != nil {
		return Artifact{}, err
	}
	return Artifact{File: name, Target: t.String(), Size: int64(b.Len()), SHA256: sha256Hex(b.Bytes())}, nil
}

// projectDocs are the files every archive carries beside the binary.
func projectDocs(dir string) []File {
	var files []File
	for _, name := range []string{"README.md", "LICENSE", "LICENSE.md", "LICENSE.txt", "COPYING"} {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			files = append(files, File{Name: name, Mode: 0o644, Data: data})
		}
	}
	return files
}

func writeNPM(cfg Config, pkg NPMPackage) (Artifact, error) {
	tgz, err := pkg.Tarball(cfg.Source)
	if err != nil {
		return Artifact{}, err
	}
	name := "npm/" + pkg.TarballName()
	if err := os.WriteFile(filepath.Join(cfg.Out, filepath.FromSlash(name)), tgz, 0o644); err != nil {
		return Artifact{}, err
	}
	return Artifact{File: name, Package: pkg.Name, Size: int64(len(tgz)), SHA256: sha256Hex(tgz)}, nil
}

// writeIndex writes SHA256SUMS and release.json.
func writeIndex(out string, m *Manifest) error {
	sums := map[string]string{}
	for _, a := range append(append([]Artifact{}, m.Archives...), m.NPM...) {
		sums[a.File] = a.SHA256
	}
	if err := os.WriteFile(filepath.Join(out, "SHA256SUMS"), FormatSHA256SUMS(sums), 0o644); err != nil {
		return err
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "release.json"), append(b, '\n'), 0o644)
}

func logf(cfg Config, format string, args ...any) {
	if cfg.Log != nil {
		fmt.Fprintf(cfg.Log, format+"\n", args...)
	}
}

func megabytes(n int) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }
