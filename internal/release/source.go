package release

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// Source is the checkout a release is built from.
type Source struct {
	Dir      string    // the module's root directory
	Version  string    // the release version: VERSION, or git describe --tags --always --dirty
	Revision string    // the commit's full hash
	Time     time.Time // the commit's time, UTC: every archive entry's mtime
	Modified bool      // uncommitted changes, counted as Go's vcs.modified does (untracked files too)
}

// ReadSource reads the revision of the git checkout at dir; version, when
// not empty, names the release instead of git describe.
func ReadSource(ctx context.Context, dir, version string) (Source, error) {
	src := Source{Dir: dir, Version: version}
	line, err := git(ctx, dir, "-c", "log.showsignature=false", "log", "-1", "--format=%H %ct")
	if err != nil {
		return Source{}, fmt.Errorf("%s is not a git checkout with a commit (%v): releases are built from one", dir, err)
	}
	hash, secs, _ := strings.Cut(line, " ")
	ct, err := strconv.ParseInt(secs, 10, 64)
	if err != nil {
		return Source{}, fmt.Errorf("unexpected git log output %q", line)
	}
	src.Revision, src.Time = hash, time.Unix(ct, 0).UTC()
	status, err := git(ctx, dir, "status", "--porcelain")
	if err != nil {
		return Source{}, err
	}
	src.Modified = status != ""
	if src.Version == "" {
		if src.Version, err = git(ctx, dir, "describe", "--tags", "--always", "--dirty"); err != nil {
			return Source{}, err
		}
	}
	return src, nil
}

// git runs a git command in dir and returns its trimmed output.
func git(ctx context.Context, dir string, args ...string) (string, error) {
	out, err := gitRaw(ctx, dir, args...)
	return strings.TrimSpace(out), err
}

// gitRaw runs a git command in dir and returns its output as it is.
func gitRaw(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}
