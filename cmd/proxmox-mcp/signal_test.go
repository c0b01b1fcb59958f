package main

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runMainEnv makes the test binary run the CLI itself, so a test can
// start the real command as a process and signal it.
const runMainEnv = "PROXMOX_MCP_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Ctrl-C on serve is a requested stop: the server exits 0 and says
// nothing like "context canceled".
func TestInterruptEndsServeQuietly(t *testing.T) {
	cmd := exec.Command(os.Args[0], "serve", "--demo")
	cmd.Env = append(os.Environ(), runMainEnv+"=1", "PVE_BASE_URL=", "PBS_BASE_URL=")
	stdin, err := cmd.StdinPipe() // kept open: the stdio transport waits on it
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan struct{})
	var logged strings.Builder
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logged.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), "demo: simulated") {
				close(ready)
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the demo did not start: %s", logged.String())
	}
	if err := stopWith(t, cmd, syscall.SIGINT, 10*time.Second); err != nil {
		t.Errorf("serve exited with %v after SIGINT; stderr:\n%s", err, logged.String())
	}
	if strings.Contains(logged.String(), "context canceled") {
		t.Errorf("stderr reports the stop as an error:\n%s", logged.String())
	}
}

// stopWith sends sig to the command and returns how it exited; it fails
// the test when the command is still running after within.
func stopWith(t *testing.T, cmd *exec.Cmd, sig os.Signal, within time.Duration) error {
	t.Helper()
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(within):
		cmd.Process.Kill()
		t.Fatalf("serve did not stop within %v of %v", within, sig)
		return nil
	}
}
