package proxmox

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// recorded is one request as the server saw it.
type recorded struct {
	Method, URI, Body string
	Header            http.Header
}

// fakeServer records requests and answers through a replaceable handler.
type fakeServer struct {
	*httptest.Server
	mu     sync.Mutex
	reqs   []recorded
	handle func(w http.ResponseWriter, r *http.Request, body string)
}

func newFake(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, body string)) *fakeServer {
	t.Helper()
	f := &fakeServer{handle: handle}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

// newTLSFake is newFake over HTTPS, with httptest's self-signed certificate.
func newTLSFake(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, body string)) *fakeServer {
	t.Helper()
	f := &fakeServer{handle: handle}
	f.Server = httptest.NewUnstartedServer(http.HandlerFunc(f.serve))
	f.Server.Config.ErrorLog = log.New(io.Discard, "", 0) // handshake failures are expected
	f.StartTLS()
	t.Cleanup(f.Close)
	return f
}

func (f *fakeServer) serve(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.reqs = append(f.reqs, recorded{Method: r.Method, URI: r.RequestURI, Body: string(b), Header: r.Header.Clone()})
	f.mu.Unlock()
	f.handle(w, r, string(b))
}

func (f *fakeServer) requests() []recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]recorded(nil), f.reqs...)
}

func (f *fakeServer) count() int { return len(f.requests()) }

// dataOK answers {"data": …}.
func dataOK(data string) func(http.ResponseWriter, *http.Request, string) {
	return func(w http.ResponseWriter, _ *http.Request, _ string) {
		w.Header().Set("Content-Type", "application/json;charset=UTF-8")
		fmt.Fprintf(w, `{"data":%s}`, data)
	}
}

// rawReply writes a response by hand, because Proxmox puts its error
// message in the reason phrase, which net/http's server cannot set.
// declared is the Content-Length to announce (-1: the body's length).
func rawReply(w http.ResponseWriter, statusLine, contentType, body string, declared int) {
	conn, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	if declared < 0 {
		declared = len(body)
	}
	fmt.Fprintf(buf, "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s",
		statusLine, contentType, declared, body)
	buf.Flush()
}

// hangUp closes the connection without answering: a connection error.
func hangUp(w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		panic(err)
	}
	conn.Close()
}

// tokenConfig is a PVE token configuration for a fake server.
func tokenConfig(url string) Config {
	return Config{
		Product: catalog.PVE, BaseURL: url, VerifyTLS: true, Timeout: 5 * time.Second,
		TokenID: "root@pam!mcp", TokenSecret: "11111111-2222-3333-4444-555555555555",
	}
}

// sleeps records the retry waits instead of waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(_ context.Context, d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.d = append(s.d, d)
	return nil
}

func (s *sleeps) n() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.d)
}

func newTestClient(t *testing.T, cfg Config, opts ...Option) *Client {
	t.Helper()
	opts = append([]Option{WithSleep((&sleeps{}).sleep), WithWarnings(io.Discard)}, opts...)
	c, err := New(cfg, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}
