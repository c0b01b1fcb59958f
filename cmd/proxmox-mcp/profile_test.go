package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The run profiles cover the whole run and are written when serving ends:
// on stdin's end over stdio.
func TestRunProfilesWrittenAtStdinEnd(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "serve", "--demo")
	cmd.Env = append(profileEnv(dir), runMainEnv+"=1", "PVE_BASE_URL=", "PBS_BASE_URL=")
	cmd.Stdin = strings.NewReader("") // ends at once
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("serve: %v\n%s", err, out)
	}
	checkProfiles(t, dir)
}

// In HTTP mode they are written on SIGTERM, after the graceful shutdown.
func TestRunProfilesWrittenAtSIGTERM(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "serve", "--demo", "--http", "127.0.0.1:0")
	cmd.Env = append(profileEnv(dir), runMainEnv+"=1", "PVE_BASE_URL=", "PBS_BASE_URL=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitForLine(t, cmd, stderr, "serving MCP at")
	if err := stopWith(t, cmd, syscall.SIGTERM, 20*time.Second); err != nil {
		t.Fatalf("serve exited with %v after SIGTERM", err)
	}
	checkProfiles(t, dir)
}

func profileEnv(dir string) []string {
	return append(os.Environ(),
		envRunCPUProfile+"="+filepath.Join(dir, "cpu.prof"),
		envRunMemProfile+"="+filepath.Join(dir, "mem.prof"))
}

// waitForLine reads stderr until a line contains want, then keeps
// draining it so the process never blocks on a full pipe.
func waitForLine(t *testing.T, cmd *exec.Cmd, stderr interface{ Read([]byte) (int, error) }, want string) {
	t.Helper()
	seen, finished := make(chan struct{}), make(chan struct{})
	var logged bytes.Buffer
	go func() {
		defer close(finished)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logged.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), want) {
				close(seen)
			}
		}
	}()
	select {
	case <-seen:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		<-finished
		t.Fatalf("serve did not say %q: %s", want, logged.String())
	}
}

// checkProfiles finds both profiles written: pprof's gzip-compressed
// protocol buffers.
func checkProfiles(t *testing.T, dir string) {
	t.Helper()
	for _, name := range []string{"cpu.prof", "mem.prof"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s is not a pprof profile (%d bytes)", name, len(b))
		}
	}
}
