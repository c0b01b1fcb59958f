package release

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Toolchain is how binaries are compiled.
type Toolchain struct {
	Go         string // the go command
	Experiment string // GOEXPERIMENT, as make build uses it ("" for none)
}

// ldflags strip the symbol table and DWARF (a third of the size; stack
// traces keep their function names and lines), clear the build ID, and set
// the version and revision the version command reports.
func ldflags(src Source) string {
	flags := []string{
		"-s", "-w", "-buildid=",
		"-X main.version=" + src.Version,
		"-X main.revision=" + src.Revision,
		"-X main.revisionTime=" + src.Time.Format(time.RFC3339),
		fmt.Sprintf("-X main.modified=%t", src.Modified),
	}
	return strings.Join(flags, " ")
}

// buildEnv is the environment of a release build. Everything that changes
// the output is set here rather than taken from the caller: GOFLAGS (a
// user's -race or -mod=vendor), a go.work above the module, and the
// per-architecture levels (GOAMD64=v3 would not run on every amd64).
func buildEnv(tc Toolchain, t Target) []string {
	env := []string{
		"GOOS=" + t.GOOS, "GOARCH=" + t.GOARCH, "CGO_ENABLED=0",
		"GOEXPERIMENT=" + tc.Experiment, "GOFLAGS=", "GOWORK=off",
		"GOAMD64=v1", "GOARM64=v8.0",
	}
	return append(os.Environ(), env...)
}

// Build compiles the binary for t from src into out. -buildvcs=false: the
// revision is passed at link time (see ldflags), so a clone and a worktree
// of one commit build the same bytes.
func Build(ctx context.Context, tc Toolchain, src Source, t Target, out string) error {
	cmd := exec.CommandContext(ctx, tc.Go, "build", "-trimpath", "-buildvcs=false", "-mod=readonly",
		"-ldflags="+ldflags(src), "-o", out, "./cmd/proxmox-mcp")
	cmd.Dir = src.Dir
	cmd.Env = buildEnv(tc, t)
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("building %s (GOEXPERIMENT=%s): %v\n%s", t, tc.Experiment, err, output.String())
	}
	return nil
}
