package httpserve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// The server's own Proxmox credentials in tests: a per-user request must
// never be sent with them.
const (
	serverTokenID     = "root@pam!server"
	serverTokenSecret = "server-secret-0000"
)

// upstream is a fake Proxmox node that counts requests and records the
// Authorization header of each. With hold set, every request waits for a
// release (or the test's end) after announcing itself on entered.
type upstream struct {
	mu      sync.Mutex
	auth    []string
	n       int
	last    string
	forget  bool // count only: a long load test must not measure this log
	reject  bool // answer 401, as Proxmox does for a bad token
	hold    chan struct{}
	entered chan struct{}
	srv     *httptest.Server
}

func newUpstream(t *testing.T) *upstream {
	u := &upstream{entered: make(chan struct{}, 100)}
	u.srv = httptest.NewServer(http.HandlerFunc(u.serve))
	t.Cleanup(u.srv.Close)
	return u
}

func (u *upstream) serve(w http.ResponseWriter, r *http.Request) {
	u.mu.Lock()
	u.n++
	u.last = r.Header.Get("Authorization")
	if !u.forget {
		u.auth = append(u.auth, u.last)
	}
	hold, reject := u.hold, u.reject
	u.mu.Unlock()
	if hold != nil {
		u.entered <- struct{}{}
		select {
		case <-hold:
		case <-r.Context().Done():
		}
	}
	if reject {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"data":[{"node":"pve1","status":"online"}]}`)
}

// holdRequests makes every request wait until the returned release runs.
func (u *upstream) holdRequests(t *testing.T) (release func()) {
	ch := make(chan struct{})
	u.mu.Lock()
	u.hold = ch
	u.mu.Unlock()
	var once sync.Once
	release = func() { once.Do(func() { close(ch) }) }
	t.Cleanup(release)
	return release
}

func (u *upstream) rejectAll() {
	u.mu.Lock()
	u.reject = true
	u.mu.Unlock()
}

func (u *upstream) count() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.n
}

func (u *upstream) allAuth() []string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return append([]string(nil), u.auth...)
}

func (u *upstream) lastAuth() string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.last
}

func (u *upstream) waitEntered(t *testing.T) {
	t.Helper()
	select {
	case <-u.entered:
	case <-time.After(10 * time.Second):
		t.Fatal("the call never reached the upstream")
	}
}

// newMCP builds the MCP server with one client per product, each talking to
// its fake upstream with the server's own token.
func newMCP(t *testing.T, ups map[catalog.Product]*upstream, tier policy.Tier) *mcpserver.Server {
	t.Helper()
	upstreams := map[catalog.Product]mcpserver.Upstream{}
	var products []inventory.Product
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		u := ups[p]
		if u == nil {
			continue
		}
		c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: u.srv.URL, TokenID: serverTokenID, TokenSecret: serverTokenSecret,
			VerifyTLS: true, Timeout: proxmox.DefaultTimeout}, proxmox.WithMaxAttempts(1), proxmox.WithWarnings(io.Discard))
		if err != nil {
			t.Fatal(err)
		}
		upstreams[p] = c
		products = append(products, inventory.Product{Product: p, Tier: tier})
	}
	inv, err := inventory.New(inventory.Options{Products: products, Mode: inventory.ModeDefault, FrontDoor: true, MaxTaskWait: 15 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := mcpserver.New(mcpserver.Options{Inventory: inv, Upstreams: upstreams, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// baseHTTP is a loopback configuration with the production defaults.
func baseHTTP() config.HTTP {
	return config.HTTP{
		Addr: "127.0.0.1:0", MaxBodyBytes: config.DefaultHTTPMaxBodyBytes,
		AllowedHosts: config.DefaultAllowedNames, AllowedOrigins: config.DefaultAllowedNames,
		ReadHeaderTimeout: config.DefaultHTTPReadHeaderTimeout, ReadTimeout: config.DefaultHTTPReadTimeout,
		IdleTimeout: config.DefaultHTTPIdleTimeout, ShutdownTimeout: config.DefaultHTTPShutdownTimeout,
		SessionIdleTimeout: config.DefaultHTTPSessionIdleTimeout, StreamIdleTimeout: config.DefaultHTTPStreamIdleTimeout,
		MaxConcurrent: config.DefaultHTTPMaxConcurrent,
		MaxSessions:   config.DefaultHTTPMaxSessions, MaxSessionsPerClient: config.DefaultHTTPMaxSessionsPerClient,
		MaxStreams: config.DefaultHTTPMaxStreams, MaxStreamsPerClient: config.DefaultHTTPMaxStreamsPerClient,
	}
}

// running is a started server.
type running struct {
	srv  *Server
	url  string // .../mcp
	base string
	stop func() error // cancels Serve and returns its result
	logs *syncBuffer
}

// start serves h over a loopback listener for the MCP server mcp.
func start(t *testing.T, h config.HTTP, mcp *mcpserver.Server) *running {
	t.Helper()
	logs := &syncBuffer{}
	s, err := New(Options{HTTP: h, MCP: mcp, Log: logs})
	if err != nil {
		t.Fatal(err)
	}
	return serveOn(t, s, logs)
}

// serveOn serves s over a loopback listener.
func serveOn(t *testing.T, s *Server, logs *syncBuffer) *running {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	var once sync.Once
	var result error
	stop := func() error {
		once.Do(func() { cancel(); result = <-done })
		return result
	}
	t.Cleanup(func() { _ = stop() })
	base := "http://" + ln.Addr().String()
	return &running{srv: s, url: base + PathMCP, base: base, stop: stop, logs: logs}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// rpc is a minimal MCP client over raw HTTP, so tests see every status
// and header.
type rpc struct {
	url     string
	headers map[string]string
	session string
	client  *http.Client
	nextID  int
}

func newRPC(url string, headers map[string]string) *rpc {
	return &rpc{url: url, headers: headers, client: &http.Client{Timeout: 30 * time.Second}}
}

// from makes c's requests come from the loopback address ip (all of
// 127.0.0.0/8 is loopback): another machine, as the per-client limits see it.
func (c *rpc) from(ip string) *rpc {
	c.client = &http.Client{Timeout: 30 * time.Second, Transport: transportFrom(ip)}
	return c
}

func transportFrom(ip string) *http.Transport {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
	return &http.Transport{DialContext: d.DialContext}
}

// answer is one HTTP exchange: status, headers, and the JSON-RPC message
// (from a JSON body or the last SSE event).
type answer struct {
	status int
	header http.Header
	msg    map[string]any
	raw    string
}

func (c *rpc) post(t *testing.T, body any, extra map[string]string) answer {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, c.url, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	return c.do(t, req, extra)
}

func (c *rpc) do(t *testing.T, req *http.Request, extra map[string]string) answer {
	t.Helper()
	for k, v := range c.headers {
		req.Header.Set(k, v)
	}
	for k, v := range extra {
		req.Header.Set(k, v)
	}
	if c.session != "" && req.Header.Get(server.HeaderKeySessionID) == "" {
		req.Header.Set(server.HeaderKeySessionID, c.session)
	}
	if h := req.Header.Get("Host"); h != "" {
		req.Host = h
	}
	res, err := c.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return answer{status: res.StatusCode, header: res.Header, msg: decodeMessage(res.Header.Get("Content-Type"), raw), raw: string(raw)}
}

func decodeMessage(contentType string, raw []byte) map[string]any {
	if strings.HasPrefix(contentType, "text/event-stream") {
		var last []byte
		sc := bufio.NewScanner(bytes.NewReader(raw))
		for sc.Scan() {
			if data, ok := bytes.CutPrefix(sc.Bytes(), []byte("data: ")); ok {
				last = append([]byte(nil), data...)
			}
		}
		raw = last
	}
	var m map[string]any
	_ = json.Unmarshal(raw, &m)
	return m
}

func (c *rpc) request(t *testing.T, method string, params any, extra map[string]string) answer {
	t.Helper()
	c.nextID++
	msg := map[string]any{"jsonrpc": "2.0", "id": c.nextID, "method": method}
	if params != nil {
		msg["params"] = params
	}
	return c.post(t, msg, extra)
}

// initialize opens a session (stateful mode) and completes the handshake.
func (c *rpc) initialize(t *testing.T) answer {
	t.Helper()
	a := c.initializeRequest(t)
	if a.status != http.StatusOK {
		t.Fatalf("initialize: HTTP %d: %s", a.status, a.raw)
	}
	c.session = a.header.Get(server.HeaderKeySessionID)
	if n := c.post(t, map[string]any{"jsonrpc": "2.0", "method": "notifications/initialized"}, nil); n.status != http.StatusAccepted {
		t.Fatalf("notifications/initialized: HTTP %d: %s", n.status, n.raw)
	}
	return a
}

// initializeRequest sends initialize alone, whatever the answer.
func (c *rpc) initializeRequest(t *testing.T) answer {
	t.Helper()
	return c.request(t, "initialize", map[string]any{
		"protocolVersion": "2025-11-25", "capabilities": map[string]any{},
		"clientInfo": map[string]any{"name": "test", "version": "1"},
	}, nil)
}

func (c *rpc) callTool(t *testing.T, name string, args map[string]any, extra map[string]string) answer {
	t.Helper()
	if args == nil {
		args = map[string]any{}
	}
	return c.request(t, "tools/call", map[string]any{"name": name, "arguments": args}, extra)
}

func (c *rpc) toolNames(t *testing.T, extra map[string]string) []string {
	t.Helper()
	a := c.request(t, "tools/list", nil, extra)
	if a.status != http.StatusOK {
		t.Fatalf("tools/list: HTTP %d: %s", a.status, a.raw)
	}
	result, _ := a.msg["result"].(map[string]any)
	tools, _ := result["tools"].([]any)
	names := make([]string, 0, len(tools))
	for _, tool := range tools {
		names = append(names, tool.(map[string]any)["name"].(string))
	}
	return names
}

// toolResult returns a tools/call answer's text and isError; it fails the
// test when the exchange itself failed.
func toolResult(t *testing.T, a answer) (string, bool) {
	t.Helper()
	if a.status != http.StatusOK {
		t.Fatalf("tools/call: HTTP %d: %s", a.status, a.raw)
	}
	result, ok := a.msg["result"].(map[string]any)
	if !ok {
		t.Fatalf("tools/call: no result: %s", a.raw)
	}
	var text strings.Builder
	content, _ := result["content"].([]any)
	for _, c := range content {
		if s, ok := c.(map[string]any)["text"].(string); ok {
			text.WriteString(s)
		}
	}
	isError, _ := result["isError"].(bool)
	return text.String(), isError
}

// errorMessage is a refusal's JSON-RPC error message.
func errorMessage(a answer) string {
	e, _ := a.msg["error"].(map[string]any)
	m, _ := e["message"].(string)
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// listTool is a core read tool of Proxmox VE: GET /nodes.
const listTool = "pve_list_nodes"
