package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// ThroughputPlan sizes the HTTP-mode measurement.
type ThroughputPlan struct {
	Levels   []int         // concurrent clients
	Runs     int           // per level
	Duration time.Duration // measured time per run
	Warm     time.Duration // unmeasured load before each run
	Path     string        // the MCP endpoint
}

// ThroughputLevel is one concurrency's figures.
type ThroughputLevel struct {
	Concurrency int
	PerSecond   Summary
	Latency     LatencySummary // µs
	// CPU is the server process's CPU time per completed call, in µs:
	// unlike calls/s it hardly moves when a neighbour takes the cores.
	CPU Summary
}

// ThroughputResult is empty with Missing set when the binary has no HTTP
// transport or it could not be measured: the report then says why instead
// of showing a figure.
type ThroughputResult struct {
	Plan    ThroughputPlan
	Missing string
	Levels  []ThroughputLevel
	// Direct is the floor: the same load generator making the upstream
	// GET straight to the simulator at floorConcurrency.
	Direct ThroughputLevel
}

// floorConcurrency is the level the target is set at.
const floorConcurrency = 10

// httpSupport reports whether serve has --http and --http-stateless.
func httpSupport(bin string) (bool, error) {
	out, err := exec.Command(bin, "serve", "--help").CombinedOutput()
	if err != nil {
		return false, fmt.Errorf("serve --help: %v: %s", err, out)
	}
	return strings.Contains(string(out), "--http") && strings.Contains(string(out), "--http-stateless"), nil
}

func measureThroughput(bin string, sim *simulator, plan ThroughputPlan) (*ThroughputResult, error) {
	ok, err := httpSupport(bin)
	if err != nil {
		return nil, err
	}
	if !ok {
		return &ThroughputResult{Missing: "this binary has no `serve --http --http-stateless` (the HTTP transport is not built yet)"}, nil
	}
	// A transport that will not serve this client (another endpoint path,
	// required credentials) leaves the row unmeasured, with the reason,
	// rather than losing the rest of the report.
	srv, url, err := startHTTPServer(bin, sim, plan.Path)
	if err != nil {
		return &ThroughputResult{Missing: "the HTTP server did not serve this benchmark's client: " + err.Error()}, nil
	}
	defer srv.terminate()
	res := &ThroughputResult{Plan: plan}
	if res.Direct, err = measureDirectLevel(sim, floorConcurrency, plan); err != nil {
		return nil, fmt.Errorf("direct throughput: %w", err)
	}
	for _, c := range plan.Levels {
		lvl, err := measureLevel(srv, url, c, plan)
		if err != nil {
			return nil, fmt.Errorf("throughput at concurrency %d: %w", c, err)
		}
		res.Levels = append(res.Levels, lvl)
	}
	return res, nil
}

// startHTTPServer runs serve --http --http-stateless on a free loopback port
// and waits until it answers.
func startHTTPServer(bin string, sim *simulator, path string) (*serverProc, string, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, "", err
	}
	s := &serverProc{cmd: exec.Command(bin, "serve", "--http", addr, "--http-stateless")}
	// A bearer token as a deployment has one; no per-client limit, which
	// would refuse one load generator's 50 connections.
	s.cmd.Env = append(sim.serverEnv("default", "full"),
		"PROXMOX_MCP_HTTP_TOKEN="+httpToken, "PROXMOX_MCP_HTTP_MAX_CONCURRENT=0")
	s.cmd.Env = append(s.cmd.Env, runProfileEnv("throughput")...)
	s.cmd.Stderr = &s.stderr
	if s.stdin, err = s.cmd.StdinPipe(); err != nil {
		return nil, "", err
	}
	if err := s.cmd.Start(); err != nil {
		return nil, "", err
	}
	url := "http://" + addr + path
	c := newMCPHTTPClient(url, 1)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		_, err := c.call(true)
		if err == nil {
			return s, url, nil
		}
		if time.Now().After(deadline) {
			s.terminate()
			return nil, "", s.fail(fmt.Errorf("HTTP server at %s did not answer: %w", url, err))
		}
	}
}

// httpToken is the bearer token of the measured HTTP server; it guards a
// loopback listener that lives for the run only.
var httpToken = randomHex(16)

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// measureLevel runs Runs rounds of c clients calling back to back.
func measureLevel(srv *serverProc, url string, c int, plan ThroughputPlan) (ThroughputLevel, error) {
	client := newMCPHTTPClient(url, c)
	call := func() (time.Duration, error) { return client.call(false) }
	var rates, cpu []float64
	var lat []Percentiles
	for r := 0; r < plan.Runs; r++ {
		if _, _, err := load(call, c, plan.Warm); err != nil {
			return ThroughputLevel{}, err
		}
		cpu0, err := srv.cpuTime()
		if err != nil {
			return ThroughputLevel{}, err
		}
		n, ds, err := load(call, c, plan.Duration)
		if err != nil {
			return ThroughputLevel{}, err
		}
		cpu1, err := srv.cpuTime()
		if err != nil {
			return ThroughputLevel{}, err
		}
		rates = append(rates, float64(n)/plan.Duration.Seconds())
		lat = append(lat, percentiles(micros(ds)))
		cpu = append(cpu, float64(cpu1-cpu0)/float64(time.Microsecond)/float64(n))
	}
	return ThroughputLevel{Concurrency: c, PerSecond: summarize(rates), Latency: summarizeLatency(lat), CPU: summarize(cpu)}, nil
}

// measureDirectLevel runs the load generator against the simulator itself:
// the most calls/s this machine gives the upstream request at c.
func measureDirectLevel(sim *simulator, c int, plan ThroughputPlan) (ThroughputLevel, error) {
	direct := newDirectClient(sim)
	direct.http.Transport.(*http.Transport).MaxIdleConnsPerHost = c
	call := func() (time.Duration, error) {
		t := time.Now()
		req := direct.req.Clone(direct.req.Context())
		resp, err := direct.http.Do(req)
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return time.Since(t), err
	}
	var rates []float64
	var lat []Percentiles
	for r := 0; r < plan.Runs; r++ {
		if _, _, err := load(call, c, plan.Warm); err != nil {
			return ThroughputLevel{}, err
		}
		n, ds, err := load(call, c, plan.Duration)
		if err != nil {
			return ThroughputLevel{}, err
		}
		rates = append(rates, float64(n)/plan.Duration.Seconds())
		lat = append(lat, percentiles(micros(ds)))
	}
	return ThroughputLevel{Concurrency: c, PerSecond: summarize(rates), Latency: summarizeLatency(lat), CPU: summarize(nil)}, nil
}

// load keeps c calls in flight for d and returns how many completed and
// their latencies.
func load(call func() (time.Duration, error), c int, d time.Duration) (int, []time.Duration, error) {
	var mu sync.Mutex
	var all []time.Duration
	var firstErr error
	var wg sync.WaitGroup
	stop := time.Now().Add(d)
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var err error
			for time.Now().Before(stop) && err == nil {
				var dur time.Duration
				dur, err = call()
				mine = append(mine, dur)
			}
			mu.Lock()
			all = append(all, mine...)
			if err != nil && firstErr == nil {
				firstErr = err
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return len(all), all, firstErr
}

// mcpHTTPClient posts tools/call to a stateless streamable HTTP endpoint.
type mcpHTTPClient struct {
	url  string
	http *http.Client
	body []byte
}

func newMCPHTTPClient(url string, conns int) *mcpHTTPClient {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = conns
	body := request(1, "tools/call", `{"name":"`+latencyTool+`","arguments":{}}`)
	return &mcpHTTPClient{url: url, http: &http.Client{Transport: tr, Timeout: 30 * time.Second}, body: []byte(body)}
}

// call makes one tools/call; with check, the answer is parsed and must be
// a successful result (plain JSON or a one-event SSE stream).
func (c *mcpHTTPClient) call(check bool) (time.Duration, error) {
	req, _ := http.NewRequest(http.MethodPost, c.url, bytes.NewReader(c.body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Authorization", "Bearer "+httpToken)
	t := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(t)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("HTTP %s: %.300s", resp.Status, body)
	}
	if check {
		return d, checkHTTPAnswer(body)
	}
	return d, nil
}

func checkHTTPAnswer(body []byte) error {
	if i := bytes.Index(body, []byte("data:")); i >= 0 && !bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		body = bytes.TrimSpace(bytes.SplitN(body[i+5:], []byte("\n"), 2)[0])
	}
	var msg struct {
		Result *struct {
			IsError bool `json:"isError"`
		} `json:"result"`
		Error json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(body, &msg); err != nil {
		return fmt.Errorf("answer is not JSON-RPC: %.300s", body)
	}
	if msg.Result == nil || msg.Result.IsError {
		return fmt.Errorf("%s failed over HTTP: %.300s", latencyTool, body)
	}
	return nil
}
