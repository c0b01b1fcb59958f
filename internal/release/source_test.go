package release

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestReadSource(t *testing.T) {
	dir := gitRepo(t, map[string]string{"go.mod": "module example.com/m\n", "a.go": "package m\n"})
	src := readSource(t, dir, "")
	if !regexp.MustCompile(`^[0-9a-f]{40}$`).MatchString(src.Revision) || !src.Time.Equal(commitTime) || src.Modified {
		t.Errorf("clean checkout: %+v", src)
	}
	if src.Version != src.Revision[:7] {
		t.Errorf("untagged version = %q, want git describe's abbreviated hash %q", src.Version, src.Revision[:7])
	}

	runGit(t, dir, "tag", "v1.2.0")
	if v := readSource(t, dir, "").Version; v != "v1.2.0" {
		t.Errorf("tagged version = %q", v)
	}
	if v := readSource(t, dir, "v9.9.9").Version; v != "v9.9.9" {
		t.Errorf("a given version is used as it is, got %q", v)
	}

	// An untracked file counts as modified (as Go's vcs.modified), but git
	// describe --dirty only looks at tracked files.
	writeTree(t, dir, map[string]string{"new.txt": "x"})
	if src := readSource(t, dir, ""); !src.Modified || src.Version != "v1.2.0" {
		t.Errorf("untracked file: %+v", src)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte("package m // changed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if src := readSource(t, dir, ""); !src.Modified || src.Version != "v1.2.0-dirty" {
		t.Errorf("changed tracked file: %+v", src)
	}
}

func TestReadSourceOutsideGit(t *testing.T) {
	if _, err := ReadSource(t.Context(), t.TempDir(), ""); err == nil {
		t.Error("a directory outside git gave a source")
	}
}
