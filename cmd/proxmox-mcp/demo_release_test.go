package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// serve --demo --pve-release 8.4 behaves as a real configuration facing
// an 8.4 cluster: the simulator presents 8.4 (its /version says so) and
// the tool list holds none of the operations 8.4 lacks.
func TestDemoPresentsTheChosenRelease(t *testing.T) {
	out, err := run(t, nil, "tools", "--json", "--product", "pve")
	if err != nil {
		t.Fatal(err)
	}
	var catalogTools []map[string]any
	if err := json.Unmarshal([]byte(out), &catalogTools); err != nil {
		t.Fatal(err)
	}
	newer := map[string]bool{}
	for _, tool := range catalogTools {
		if tool["since"] == "9.1" {
			newer[tool["name"].(string)] = true
		}
	}
	replies := stdioSession(t, []string{"serve", "--demo", "--pve-release", "8.4", "--mode", "all", "--pve-tier", "full"},
		`{"jsonrpc":"2.0","id":2,"method":"tools/list"}`,
		`{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"pve_get_version","arguments":{}}}`)
	var list struct {
		Tools []struct{ Name string } `json:"tools"`
	}
	if err := json.Unmarshal(replies[2], &list); err != nil {
		t.Fatal(err)
	}
	pve := 0
	for _, tool := range list.Tools {
		if newer[tool.Name] {
			t.Errorf("an 8.4 cluster is offered %s, new in 9.1", tool.Name)
		}
		if strings.HasPrefix(tool.Name, "pve_") {
			pve++
		}
	}
	t.Logf("PVE 8.4 in the demo: %d PVE tools listed; %d operations new in 9.1, none listed", pve, len(newer))
	if len(newer) == 0 || pve < 500 {
		t.Errorf("%d PVE tools listed, %d operations new in 9.1", pve, len(newer))
	}
	if !strings.Contains(string(replies[3]), `\"release\":\"8.4\"`) {
		t.Errorf("the simulator's /version does not say 8.4: %.300s", replies[3])
	}
}

// stdioSession runs the CLI as a process, initialises an MCP session over
// stdio, sends requests (each with its own id) and returns each id's result.
func stdioSession(t *testing.T, args []string, requests ...string) map[int]json.RawMessage {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1", "PVE_BASE_URL=", "PBS_BASE_URL=")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Process.Kill(); cmd.Wait() }()
	fmt.Fprintln(stdin, `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}`)
	fmt.Fprintln(stdin, `{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	for _, r := range requests {
		fmt.Fprintln(stdin, r)
	}
	results := map[int]json.RawMessage{}
	done := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var msg struct {
				ID     int             `json:"id"`
				Result json.RawMessage `json:"result"`
				Error  json.RawMessage `json:"error"`
			}
			if json.Unmarshal(sc.Bytes(), &msg) != nil || msg.ID == 0 {
				continue
			}
			if msg.Error != nil {
				done <- fmt.Errorf("request %d: %s", msg.ID, msg.Error)
				return
			}
			results[msg.ID] = msg.Result
			if len(results) == len(requests)+1 {
				done <- nil
				return
			}
		}
		done <- fmt.Errorf("the server closed stdout after %d answers", len(results))
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("no answer to all %d requests within 30 s", len(requests)+1)
	}
	return results
}
