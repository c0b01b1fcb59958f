//go:build unix

package release

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeBinary stands in for proxmox-mcp: it echoes its arguments and a line
// of stdin, and exits, waits for SIGTERM, or kills itself as told.
const fakeBinary = `#!/bin/sh
echo "args: $*"
echo "to stderr" >&2
case "$1" in
exit) read line; echo "stdin: $line"; exit "$2" ;;
wait) trap 'echo "got TERM"; exit 42' TERM; echo ready; while :; do sleep 0.05; done ;;
die) kill -TERM $$ ;;
esac
`

// installedWrapper lays out node_modules as npm installs the wrapper and
// this platform's package (with the fake binary), and returns the launcher.
func installedWrapper(t *testing.T, withPlatform bool) string {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	target, ok := lookupTarget(runtime.GOOS + "/" + runtime.GOARCH)
	if !ok {
		t.Skipf("%s/%s is no release target", runtime.GOOS, runtime.GOARCH)
	}
	root := filepath.Join(t.TempDir(), "node_modules")
	wrapper, err := WrapperPackage("1.2.3", testMeta)
	if err != nil {
		t.Fatal(err)
	}
	install(t, filepath.Join(root, "proxmox-mcp"), wrapper.Files)
	if withPlatform {
		pkg, err := PlatformPackage(target, "1.2.3", []byte(fakeBinary), Source{}, testMeta)
		if err != nil {
			t.Fatal(err)
		}
		install(t, filepath.Join(root, filepath.FromSlash(target.NPMPackage())), pkg.Files)
	}
	return filepath.Join(root, "proxmox-mcp", "bin", "proxmox-mcp.js")
}

func install(t *testing.T, dir string, files []File) {
	t.Helper()
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, f.Mode); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLauncherPassesStdioAndExitStatus(t *testing.T) {
	cmd := exec.Command("node", installedWrapper(t, true), "exit", "7")
	cmd.Stdin = strings.NewReader("hello\n")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 7 {
		t.Fatalf("exit: %v, want status 7; stderr:\n%s", err, stderr.String())
	}
	if stdout.String() != "args: exit 7\nstdin: hello\n" || stderr.String() != "to stderr\n" {
		t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
	}
}

func TestLauncherForwardsSignals(t *testing.T) {
	cmd := exec.Command("node", installedWrapper(t, true), "wait")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	// A group of its own, so a failed test leaves no fake binary behind.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	if line := readLines(t, stdout, 2); !strings.HasSuffix(line, "ready\n") {
		t.Fatalf("the fake binary did not start: %q", line)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	rest := readLines(t, stdout, 1)
	err = cmd.Wait()
	var exit *exec.ExitError
	if rest != "got TERM\n" || !errors.As(err, &exit) || exit.ExitCode() != 42 {
		t.Errorf("after SIGTERM to the launcher: binary said %q, launcher exited %v (want the binary's 42)", rest, err)
	}
}

func TestLauncherDiesOfTheBinarysSignal(t *testing.T) {
	err := exec.Command("node", installedWrapper(t, true), "die").Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("launcher: %v", err)
	}
	if ws := exit.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
		t.Errorf("launcher ended with %v, want death by SIGTERM like the binary", exit)
	}
}

func TestLauncherWithoutPlatformPackage(t *testing.T) {
	out, err := exec.Command("node", installedWrapper(t, false), "serve").CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("exit %v, want 1", err)
	}
	target, _ := lookupTarget(runtime.GOOS + "/" + runtime.GOARCH)
	for _, want := range []string{target.NPMPackage() + ", which carries the binary for this platform, is not installed", "--omit=optional", "npx -y proxmox-mcp@1.2.3", "go install " + MainPackage + "@latest"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("message lacks %q:\n%s", want, out)
		}
	}
}

func TestLauncherOnAnUnsupportedPlatform(t *testing.T) {
	launcher := installedWrapper(t, true)
	manifest := filepath.Join(filepath.Dir(filepath.Dir(launcher)), "package.json")
	if err := os.WriteFile(manifest, []byte(`{"name":"proxmox-mcp","version":"1.2.3","optionalDependencies":{"@proxmox-mcp/aix-ppc64":"1.2.3"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", launcher).CombinedOutput()
	if err == nil || !strings.Contains(string(out), "no prebuilt binary for ") || !strings.Contains(string(out), "@proxmox-mcp/aix-ppc64") {
		t.Errorf("exit %v, output:\n%s", err, out)
	}
}

// readLines reads n lines from r, failing the test after 10 seconds.
func readLines(t *testing.T, r interface{ Read([]byte) (int, error) }, n int) string {
	t.Helper()
	done := make(chan string, 1)
	go func() {
		var b []byte
		one := make([]byte, 1)
		for n > 0 {
			if _, err := r.Read(one); err != nil {
				break
			}
			b = append(b, one[0])
			if one[0] == '\n' {
				n--
			}
		}
		done <- string(b)
	}()
	select {
	case s := <-done:
		return s
	case <-time.After(10 * time.Second):
		t.Fatal("no output in 10 s")
		return ""
	}
}
