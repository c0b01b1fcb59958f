package httpserve

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/server"
)

// streams keeps the event streams (GET /mcp) in bounds: each counts
// against its client's share and the total (quota), ends when it has sent
// nothing for the idle timeout, and ends with its session. The
// specification lets a server close this stream at any time; a client
// that wants more opens another.
type streams struct {
	quota *quota
	idle  time.Duration
	mu    sync.Mutex
	open  map[string]map[*openStream]struct{} // by session ID
}

// openStream is one stream's way to be ended from outside.
type openStream struct{ end context.CancelFunc }

func newStreams(q *quota, idle time.Duration) *streams {
	return &streams{quota: q, idle: idle, open: map[string]map[*openStream]struct{}{}}
}

// limit admits a GET stream within the quota and bounds it in time; the
// write timeout, meant for one answer, is replaced by the idle timeout.
// Protocol 2026-07-28 has no GET stream: mcp-go answers it (405).
func (s *streams) limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || isModern(r) {
			next.ServeHTTP(w, r)
			return
		}
		client := clientOf(r)
		if v := s.quota.acquire(client); v != granted {
			s.quota.refuse(w, v)
			return
		}
		defer s.quota.release(client)
		ctx, end := context.WithCancel(r.Context())
		defer end()
		id := r.Header.Get(server.HeaderKeySessionID)
		st := &openStream{end: end}
		s.add(id, st)
		defer s.remove(id, st)
		iw := newIdleWriter(w, s.idle, end)
		defer iw.stop()
		next.ServeHTTP(iw, r.WithContext(ctx))
	})
}

func (s *streams) add(id string, st *openStream) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.open[id] == nil {
		s.open[id] = map[*openStream]struct{}{}
	}
	s.open[id][st] = struct{}{}
}

func (s *streams) remove(id string, st *openStream) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.open[id], st)
	if len(s.open[id]) == 0 {
		delete(s.open, id)
	}
}

// endSession ends the streams of a session that ended (DELETE, idle
// sweep): mcp-go forgets the session but would keep them open.
func (s *streams) endSession(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for st := range s.open[id] {
		st.end()
	}
}

// idleWriter ends a stream that wrote nothing for idle: every write
// pushes the end out, and when it comes the stream's context is cancelled
// (mcp-go's stream loop then returns and the response ends). The
// connection's write deadline follows the same clock, a little behind,
// so a client that stops reading cannot hold a write forever either. The server sends no
// keep-alive pings of its own: only what it has to say (notifications,
// requests to the client) counts as activity.
type idleWriter struct {
	http.ResponseWriter
	idle  time.Duration
	timer *time.Timer
	rc    *http.ResponseController
}

// streamEndGrace is how long past the idle timeout a write may take: the
// idle end comes first and still has time to finish the response cleanly.
const streamEndGrace = 5 * time.Second

func newIdleWriter(w http.ResponseWriter, idle time.Duration, end context.CancelFunc) *idleWriter {
	iw := &idleWriter{ResponseWriter: w, idle: idle, timer: time.AfterFunc(idle, end), rc: http.NewResponseController(w)}
	_ = iw.rc.SetWriteDeadline(time.Now().Add(idle + streamEndGrace))
	return iw
}

func (w *idleWriter) Write(p []byte) (int, error) {
	w.timer.Reset(w.idle)
	_ = w.rc.SetWriteDeadline(time.Now().Add(w.idle + streamEndGrace))
	return w.ResponseWriter.Write(p)
}

// Flush sends what Write buffered, under the deadline Write set.
func (w *idleWriter) Flush() { _ = w.rc.Flush() }

// Unwrap lets http.ResponseController reach the connection.
func (w *idleWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *idleWriter) stop() { w.timer.Stop() }
