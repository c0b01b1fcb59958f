//go:build load

// The load test: go test -tags load -run TestLoad -v ./internal/httpserve/
// (not part of the ordinary test run: it takes a while and measures the
// machine as much as the code).
package httpserve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

const (
	loadSessions = 50
	loadCalls    = 20000
)

// TestLoad runs 50 concurrent sessions making 20,000 read calls in all
// through the whole HTTP stack (guard, bearer, limits, mcp-go, the MCP
// server, the Proxmox client) against a fake upstream, and checks: no
// errors, the heap back where it was, the goroutines back where they were.
func TestLoad(t *testing.T) {
	up := newUpstream(t)
	up.forget = true
	h := baseHTTP()
	h.Token = "load-token-0123456789abcdef"
	// Each session is another user with their own Proxmox token, on a
	// machine of their own (a loopback address of its own), so each has
	// its own per-client allowance, as a team does.
	h.PerUserCredentials = true
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	clients := make([]*http.Client, loadSessions)
	for i := range clients {
		clients[i] = &http.Client{Transport: transportFrom(fmt.Sprintf("127.0.0.%d", 10+i)), Timeout: 30 * time.Second}
	}
	closeIdle := func() {
		for _, c := range clients {
			c.CloseIdleConnections()
		}
	}
	headers := map[string]string{"Authorization": "Bearer " + h.Token}

	// Warm the pools up: the Proxmox client keeps an idle connection to
	// the node for every call that ran at once (up to 64), so the figures
	// before must be taken with that pool already grown.
	runSessions(t, r.url, clients, headers, 10)
	closeIdle()
	before := measure(t, 0)

	began := time.Now()
	latencies, failures := runSessions(t, r.url, clients, headers, loadCalls/loadSessions)
	elapsed := time.Since(began)
	peakRSS := procStatus("VmHWM")

	closeIdle()
	after := measure(t, before.goroutines)
	if failures != 0 {
		t.Errorf("%d of %d calls failed", failures, loadCalls)
	}
	if n := r.srv.sessions.count(); n != 0 {
		t.Errorf("%d sessions still live after every client sent DELETE", n)
	}
	if after.goroutines > before.goroutines+2 {
		t.Errorf("goroutines: %d before, %d after: they do not settle back", before.goroutines, after.goroutines)
	}
	if after.heap > before.heap+4<<20 {
		t.Errorf("heap in use: %s before, %s after: it grew", mib(before.heap), mib(after.heap))
	}
	report(t, latencies, elapsed, before, after, peakRSS, up.count())
}

// runSessions runs a session per client in parallel, each initializing,
// making calls calls, and ending with DELETE; it returns every call's
// latency and the number of failures.
func runSessions(t *testing.T, url string, clients []*http.Client, headers map[string]string, calls int) ([]time.Duration, int64) {
	var failures atomic.Int64
	all := make([][]time.Duration, len(clients))
	var wg sync.WaitGroup
	for i, client := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			own := map[string]string{HeaderPVEToken: fmt.Sprintf("user%d@pve!mcp=secret-%d", i, i)}
			for k, v := range headers {
				own[k] = v
			}
			s := &loadSession{url: url, client: client, headers: own}
			if err := s.open(); err != nil {
				failures.Add(int64(calls))
				t.Errorf("session %d: %v", i, err)
				return
			}
			for range calls {
				began := time.Now()
				if err := s.call(); err != nil {
					if failures.Add(1) <= 5 {
						t.Errorf("session %d: %v", i, err)
					}
					continue
				}
				all[i] = append(all[i], time.Since(began))
			}
			if err := s.close(); err != nil {
				t.Errorf("session %d: DELETE: %v", i, err)
			}
		}()
	}
	wg.Wait()
	return slices.Concat(all...), failures.Load()
}

// loadSession speaks raw JSON-RPC over HTTP: a client library's own costs
// would blur the server's.
type loadSession struct {
	url     string
	client  *http.Client
	headers map[string]string
	id      string
	next    int
}

func (s *loadSession) open() error {
	res, body, err := s.post(`{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"load","version":"1"}}}`)
	if err != nil || res.StatusCode != http.StatusOK {
		return fmt.Errorf("initialize: %v %s", err, body)
	}
	s.id = res.Header.Get(server.HeaderKeySessionID)
	res, body, err = s.post(`{"jsonrpc":"2.0","method":"notifications/initialized"}`)
	if err != nil || res.StatusCode != http.StatusAccepted {
		return fmt.Errorf("initialized: %v %s", err, body)
	}
	return nil
}

func (s *loadSession) call() error {
	s.next++
	res, body, err := s.post(`{"jsonrpc":"2.0","id":` + strconv.Itoa(s.next) + `,"method":"tools/call","params":{"name":"` + listTool + `","arguments":{}}}`)
	if err != nil {
		return err
	}
	var msg struct {
		Result *struct {
			IsError bool `json:"isError"`
		} `json:"result"`
	}
	if res.StatusCode != http.StatusOK || json.Unmarshal(body, &msg) != nil || msg.Result == nil || msg.Result.IsError {
		return fmt.Errorf("tools/call: HTTP %d %.200s", res.StatusCode, body)
	}
	return nil
}

func (s *loadSession) close() error {
	req, _ := http.NewRequest(http.MethodDelete, s.url, nil)
	s.setHeaders(req)
	res, err := s.client.Do(req)
	if err != nil {
		return err
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", res.StatusCode)
	}
	return nil
}

func (s *loadSession) post(body string) (*http.Response, []byte, error) {
	req, _ := http.NewRequest(http.MethodPost, s.url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	s.setHeaders(req)
	res, err := s.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer res.Body.Close()
	var b bytes.Buffer
	_, err = b.ReadFrom(res.Body)
	return res, b.Bytes(), err
}

func (s *loadSession) setHeaders(req *http.Request) {
	for k, v := range s.headers {
		req.Header.Set(k, v)
	}
	if s.id != "" {
		req.Header.Set(server.HeaderKeySessionID, s.id)
	}
}

type snapshot struct {
	goroutines int
	heap, rss  uint64
	at         time.Time
}

// measure waits (up to 10s) for the goroutine count to come down to
// target (0: take it as it is), collects garbage, and reads the figures.
func measure(t *testing.T, target int) snapshot {
	deadline := time.Now().Add(10 * time.Second)
	for target > 0 && runtime.NumGoroutine() > target && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return snapshot{goroutines: runtime.NumGoroutine(), heap: m.HeapInuse, rss: procStatus("VmRSS"), at: time.Now()}
}

// procStatus reads a memory figure (kB) of /proc/self/status in bytes.
func procStatus(field string) uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func report(t *testing.T, lat []time.Duration, elapsed time.Duration, before, after snapshot, peakRSS uint64, upstreamCalls int) {
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(float64(len(lat))*p))]
	}
	t.Logf("%d sessions, %d calls in %s: %.0f calls/s; latency p50 %s, p99 %s, max %s; upstream saw %d requests",
		loadSessions, len(lat), elapsed.Round(time.Millisecond), float64(len(lat))/elapsed.Seconds(),
		pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), pct(1).Round(time.Microsecond), upstreamCalls)
	t.Logf("heap in use %s → %s; RSS %s → %s, peak %s; goroutines %d → %d (GOMAXPROCS %d)",
		mib(before.heap), mib(after.heap), mib(before.rss), mib(after.rss), mib(peakRSS),
		before.goroutines, after.goroutines, runtime.GOMAXPROCS(0))
}

func mib(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
