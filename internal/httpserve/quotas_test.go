package httpserve

import (
	"bufio"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// The defect: every initialize opened a session that lived until DELETE
// or 30 idle minutes, without any cap (20,000 of them took 300 MB). Now a
// client gets its share (429) and the server its total (503).
func TestSessionsAreCappedPerClientAndInAll(t *testing.T) {
	h := baseHTTP()
	h.MaxSessionsPerClient, h.MaxSessions = 2, 3
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly))
	for range 3 { // an initialize mcp-go turns away opens nothing and keeps no slot
		bad := newRPC(r.url, map[string]string{"Content-Type": "text/plain"}).from("127.0.0.2")
		if a := bad.initializeRequest(t); a.status != http.StatusBadRequest {
			t.Fatalf("initialize as text/plain: HTTP %d, want 400", a.status)
		}
	}
	first := newRPC(r.url, nil).from("127.0.0.2")
	first.initialize(t)
	newRPC(r.url, nil).from("127.0.0.2").initialize(t)
	a := newRPC(r.url, nil).from("127.0.0.2").initializeRequest(t)
	wantRefusal(t, "a third session from one client", a, http.StatusTooManyRequests, config.EnvHTTPMaxSessionsPerClient)

	newRPC(r.url, nil).from("127.0.0.3").initialize(t)
	a = newRPC(r.url, nil).from("127.0.0.3").initializeRequest(t)
	wantRefusal(t, "a fourth session in all", a, http.StatusServiceUnavailable, config.EnvHTTPMaxSessions)
	if n := r.srv.sessions.count(); n != 3 {
		t.Fatalf("%d live sessions, want 3: a refused initialize must leave nothing behind", n)
	}

	if got := first.send(t, http.MethodDelete); got.status != http.StatusOK {
		t.Fatalf("DELETE: HTTP %d %s", got.status, got.raw)
	}
	newRPC(r.url, nil).from("127.0.0.3").initialize(t) // the ended session's slot is free again
}

// Sessions nobody ends expire, and free their slots when they do.
func TestExpiredSessionsFreeTheirSlots(t *testing.T) {
	h := baseHTTP()
	h.MaxSessionsPerClient = 1
	h.SessionIdleTimeout = time.Second // mcp-go sweeps every second at the least
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly))
	newRPC(r.url, nil).initialize(t)
	a := newRPC(r.url, nil).initializeRequest(t)
	wantRefusal(t, "a second session", a, http.StatusTooManyRequests, config.EnvHTTPMaxSessionsPerClient)
	waitUntil(t, "the idle session expires", func() bool { return r.srv.sessions.count() == 0 })
	newRPC(r.url, nil).initialize(t)
}

// The defect: GET event streams were exempt from every limit and timeout
// (320 stayed open). Now they have a share per client and a total.
func TestEventStreamsAreCappedPerClientAndInAll(t *testing.T) {
	h := baseHTTP()
	h.MaxStreamsPerClient, h.MaxStreams = 2, 3
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly))
	a := newRPC(r.url, nil).from("127.0.0.2")
	a.initialize(t)
	b := newRPC(r.url, nil).from("127.0.0.3")
	b.initialize(t)
	held := []*stream{a.openStream(t), a.openStream(t)}
	for _, s := range held {
		if s.status != http.StatusOK {
			t.Fatalf("a stream within the limits: HTTP %d %s", s.status, s.raw)
		}
	}
	wantStreamRefusal(t, "a third stream from one client", a.openStream(t), http.StatusTooManyRequests, config.EnvHTTPMaxStreamsPerClient)
	if s := b.openStream(t); s.status != http.StatusOK {
		t.Fatalf("another client's first stream: HTTP %d %s", s.status, s.raw)
	}
	wantStreamRefusal(t, "a fourth stream in all", b.openStream(t), http.StatusServiceUnavailable, config.EnvHTTPMaxStreams)

	held[0].close()
	waitUntil(t, "the closed stream's slot is free", func() bool { return r.srv.streams.quota.holding() == 2 })
	if s := b.openStream(t); s.status != http.StatusOK {
		t.Fatalf("a stream after another closed: HTTP %d %s", s.status, s.raw)
	}
}

// A stream that sends nothing for the idle timeout ends; one that sends
// stays open.
func TestIdleEventStreamsEnd(t *testing.T) {
	h := baseHTTP()
	h.StreamIdleTimeout = 300 * time.Millisecond
	mcp := newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly)
	r := start(t, h, mcp)
	c := newRPC(r.url, nil)
	c.initialize(t)
	s := c.openStream(t)
	if s.status != http.StatusOK {
		t.Fatalf("GET: HTTP %d %s", s.status, s.raw)
	}
	busy := time.Now()
	var last time.Time
	for range 8 { // 800ms of activity, more than twice the idle timeout
		last = time.Now()
		notify(t, mcp, c.session)
		time.Sleep(100 * time.Millisecond)
		if s.hasEnded() {
			t.Fatalf("the stream ended after %s although it sent a notification every 100ms", time.Since(busy))
		}
	}
	select {
	case <-s.ended:
	case <-time.After(3 * time.Second):
		t.Fatal("the stream is still open 3s after it last sent anything (idle timeout 300ms)")
	}
	if d := time.Since(last); d < 250*time.Millisecond {
		t.Fatalf("the stream ended %s after its last event, before the idle timeout", d)
	}
	if s.err != nil {
		t.Fatalf("the stream did not end cleanly: %v", s.err)
	}
	if n := s.eventCount(); n != 8 {
		t.Fatalf("the stream carried %d notifications, want 8", n)
	}
	waitUntil(t, "the idle stream's slot is free", func() bool { return r.srv.streams.quota.holding() == 0 })
}

// Ending a session ends its streams: mcp-go forgets the session but would
// keep them open, holding their slots.
func TestEndedSessionEndsItsEventStreams(t *testing.T) {
	r := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	s := c.openStream(t)
	if s.status != http.StatusOK {
		t.Fatalf("GET: HTTP %d %s", s.status, s.raw)
	}
	if got := c.send(t, http.MethodDelete); got.status != http.StatusOK {
		t.Fatalf("DELETE: HTTP %d %s", got.status, got.raw)
	}
	select {
	case <-s.ended:
	case <-time.After(3 * time.Second):
		t.Fatal("the stream of a deleted session is still open")
	}
	waitUntil(t, "the stream's slot is free", func() bool { return r.srv.streams.quota.holding() == 0 })
}

func wantRefusal(t *testing.T, what string, a answer, status int, setting string) {
	t.Helper()
	if a.status != status || a.header.Get("Retry-After") == "" || !strings.Contains(errorMessage(a), setting) {
		t.Fatalf("%s: HTTP %d, Retry-After %q, %q; want %d with Retry-After, naming %s",
			what, a.status, a.header.Get("Retry-After"), errorMessage(a), status, setting)
	}
	if status == http.StatusServiceUnavailable && strings.Contains(errorMessage(a), "PER_CLIENT") {
		t.Fatalf("%s: %q names the per-client setting, but the server is full", what, errorMessage(a))
	}
}

func wantStreamRefusal(t *testing.T, what string, s *stream, status int, setting string) {
	t.Helper()
	wantRefusal(t, what, answer{status: s.status, header: s.header, msg: decodeMessage(s.header.Get("Content-Type"), []byte(s.raw)), raw: s.raw}, status, setting)
}

// notify sends a log notification to the session's event stream.
func notify(t *testing.T, srv *mcpserver.Server, session string) {
	t.Helper()
	err := srv.MCP().SendNotificationToSpecificClient(session, "notifications/message", map[string]any{"level": "info", "data": "tick"})
	if err != nil {
		t.Fatal(err)
	}
}

// stream is a GET event stream as the client sees it.
type stream struct {
	status int
	header http.Header
	raw    string // the body of a refusal
	ended  chan struct{}
	body   io.Closer
	events chan string
	err    error // why reading ended, nil for a clean end
}

// openStream opens the session's event stream; it stays open (read in
// the background) until the server ends it or close is called.
func (c *rpc) openStream(t *testing.T) *stream {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set(server.HeaderKeySessionID, c.session)
	for k, v := range c.headers {
		req.Header.Set(k, v)
	}
	res, err := (&http.Client{Transport: c.client.Transport}).Do(req) // no timeout: it is meant to stay open
	if err != nil {
		t.Fatal(err)
	}
	s := &stream{status: res.StatusCode, header: res.Header, ended: make(chan struct{}), body: res.Body, events: make(chan string, 100)}
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		s.raw = string(b)
		close(s.ended)
		return s
	}
	t.Cleanup(s.close)
	go s.read(res.Body)
	return s
}

func (s *stream) read(body io.Reader) {
	defer close(s.ended)
	sc := bufio.NewScanner(body)
	for sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			select {
			case s.events <- data:
			default:
			}
		}
	}
	s.err = sc.Err()
}

func (s *stream) close() { _ = s.body.Close() }

func (s *stream) hasEnded() bool {
	select {
	case <-s.ended:
		return true
	default:
		return false
	}
}

func (s *stream) eventCount() int { return len(s.events) }
