package release

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
	modzip "golang.org/x/mod/zip"
)

// WriteModuleProxy writes the module at src.Dir, as its working tree is, to
// dir in the layout of a Go module proxy (GOPROXY=file://dir): list, @latest,
// and the version's .info, .mod and .zip. The zip holds the files git would
// commit (tracked, and untracked but not ignored) and follows the module
// zip rules: the module@version/ prefix, no vendor directories or nested
// modules, the size limits.
func WriteModuleProxy(ctx context.Context, src Source, dir, version string) error {
	if !semver.IsValid(version) || semver.Canonical(version) != version {
		return fmt.Errorf("module version %q is not a canonical semantic version such as v1.2.3", version)
	}
	gomod, err := os.ReadFile(filepath.Join(src.Dir, "go.mod"))
	if err != nil {
		return err
	}
	path := modfile.ModulePath(gomod)
	if err := module.Check(path, version); err != nil {
		return err
	}
	escaped, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	files, err := moduleFiles(ctx, src.Dir)
	if err != nil {
		return err
	}
	var zip bytes.Buffer
	if err := modzip.Create(&zip, module.Version{Path: path, Version: version}, files); err != nil {
		return fmt.Errorf("module zip of %s: %w", src.Dir, err)
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, src.Time})
	if err != nil {
		return err
	}
	list := ""
	if !module.IsPseudoVersion(version) {
		list = version + "\n" // a proxy lists tagged versions only
	}
	return writeFiles(filepath.Join(dir, filepath.FromSlash(escaped)), map[string][]byte{
		"@v/list":                 []byte(list),
		"@v/" + version + ".info": info,
		"@v/" + version + ".mod":  gomod,
		"@v/" + version + ".zip":  zip.Bytes(),
		"@latest":                 info,
	})
}

// moduleFiles are the files git would commit, as they are in the working tree.
func moduleFiles(ctx context.Context, dir string) ([]modzip.File, error) {
	out, err := gitRaw(ctx, dir, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	if err != nil {
		return nil, err
	}
	var files []modzip.File
	for _, name := range strings.Split(out, "\x00") {
		if name == "" {
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(name))
		info, err := os.Lstat(path)
		if os.IsNotExist(err) {
			continue // deleted in the working tree, not yet in the index
		}
		if err != nil {
			return nil, err
		}
		files = append(files, treeFile{name: name, path: path, info: info})
	}
	return files, nil
}

// treeFile is a working-tree file as golang.org/x/mod/zip reads it.
type treeFile struct {
	name, path string
	info       os.FileInfo
}

func (f treeFile) Path() string                 { return f.name }
func (f treeFile) Lstat() (os.FileInfo, error)  { return f.info, nil }
func (f treeFile) Open() (io.ReadCloser, error) { return os.Open(f.path) }

func writeFiles(dir string, files map[string][]byte) error {
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
