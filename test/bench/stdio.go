package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// serverProc is one `proxmox-mcp serve` process, spoken to over its stdin
// and stdout as an MCP host does (in HTTP mode only its lifetime is used).
type serverProc struct {
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	stdout  *bufio.Reader
	stderr  lockedBuffer
	started time.Time
	nextID  int
}

// startServer spawns `bin serve`; started is taken just before the fork,
// so start-up figures include exec and the runtime's own start.
func startServer(bin string, env []string) (*serverProc, error) {
	return startProcess(env, bin, "serve")
}

// startProcess spawns any stdio MCP server (the floor server has no
// subcommand) with exactly env as its environment.
func startProcess(env []string, name string, args ...string) (*serverProc, error) {
	s := &serverProc{cmd: exec.Command(name, args...), nextID: 1}
	s.cmd.Env = env
	s.cmd.Stderr = &s.stderr
	in, err := s.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	s.stdin, s.stdout = in, bufio.NewReaderSize(out, 1<<20)
	s.started = time.Now()
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	return s, nil
}

const initializeParams = `{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"proxmox-mcp-bench","version":"1"}}`

// handshakeAndList writes initialize, initialized and tools/list in one
// go (as hosts do) and returns the raw tools/list result and the time from
// process start until its last byte was read (decoding comes after).
func (s *serverProc) handshakeAndList() (json.RawMessage, time.Duration, error) {
	initID, listID := s.id(), s.id()
	msgs := request(initID, "initialize", initializeParams) +
		`{"jsonrpc":"2.0","method":"notifications/initialized"}` + "\n" +
		request(listID, "tools/list", "")
	if _, err := io.WriteString(s.stdin, msgs); err != nil {
		return nil, 0, s.fail(err)
	}
	line, err := s.await(listID)
	d := time.Since(s.started)
	if err != nil {
		return nil, 0, err
	}
	res, err := resultOf(line)
	return res, d, err
}

// call sends one tools/call and returns the response line, undecoded: the
// caller times the call and decodes only what it checks.
func (s *serverProc) call(tool, args string) ([]byte, error) {
	id := s.id()
	params := `{"name":` + strconv.Quote(tool) + `,"arguments":` + args + `}`
	if _, err := io.WriteString(s.stdin, request(id, "tools/call", params)); err != nil {
		return nil, s.fail(err)
	}
	return s.await(id)
}

// ping sends the MCP ping request and waits for its empty result.
func (s *serverProc) ping() error {
	id := s.id()
	if _, err := io.WriteString(s.stdin, request(id, "ping", "")); err != nil {
		return s.fail(err)
	}
	_, err := s.await(id)
	return err
}

func (s *serverProc) id() int { s.nextID++; return s.nextID - 1 }

func request(id int, method, params string) string {
	msg := `{"jsonrpc":"2.0","id":` + strconv.Itoa(id) + `,"method":"` + method + `"`
	if params != "" {
		msg += `,"params":` + params
	}
	return msg + "}\n"
}

// await reads lines until the response with id; notifications and other
// responses in between are skipped. It does not decode the line: a host's
// cost of parsing a large answer is not the server's.
func (s *serverProc) await(id int) ([]byte, error) {
	for {
		line, err := s.stdout.ReadBytes('\n')
		if err != nil {
			return nil, s.fail(err)
		}
		got, err := lineID(line)
		if err != nil {
			return nil, err
		}
		if got == id {
			return line, nil
		}
	}
}

// responsePrefix starts every response mcp-go writes (its struct order);
// anything else is decoded in full to find the id.
const responsePrefix = `{"jsonrpc":"2.0","id":`

// lineID is the JSON-RPC id of a line, -1 for a notification.
func lineID(line []byte) (int, error) {
	if rest, ok := bytes.CutPrefix(line, []byte(responsePrefix)); ok {
		end := bytes.IndexAny(rest, ",}")
		if n, err := strconv.Atoi(string(rest[:max(end, 0)])); err == nil {
			return n, nil
		}
	}
	var msg struct {
		ID *int `json:"id"`
	}
	if err := json.Unmarshal(line, &msg); err != nil {
		return 0, fmt.Errorf("server wrote a line that is not JSON-RPC: %.200s", line)
	}
	if msg.ID == nil {
		return -1, nil
	}
	return *msg.ID, nil
}

// resultOf decodes a response line into its result, or its error.
func resultOf(line []byte) (json.RawMessage, error) {
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(line, &msg); err != nil {
		return nil, fmt.Errorf("server wrote a line that is not JSON-RPC: %.200s", line)
	}
	if msg.Error != nil {
		return nil, fmt.Errorf("request failed: %s", msg.Error)
	}
	return msg.Result, nil
}

// fail adds what the server said on stderr to an I/O error.
func (s *serverProc) fail(err error) error {
	if msg := strings.TrimSpace(s.stderr.String()); msg != "" {
		return fmt.Errorf("%w (server stderr: %.500s)", err, msg)
	}
	return err
}

// close ends the session the way a host does: stdin closes, the server
// exits; it is killed if it does not within a few seconds.
func (s *serverProc) close() {
	s.stdin.Close()
	s.wait()
}

// terminate stops a server that does not read stdin (HTTP mode) the way a
// service manager does, with SIGTERM.
func (s *serverProc) terminate() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.close()
}

func (s *serverProc) wait() {
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// lockedBuffer collects stderr, written by exec's copying goroutine while
// fail may read it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
