package httpserve

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
)

// limitBody reads the whole body under the size cap, so an oversized
// request is answered 413 before the MCP server sees a byte of it (the
// transport would otherwise read it all, and call it a parse error).
func (s *Server) limitBody(next http.Handler) http.Handler {
	limit := s.opts.HTTP.MaxBodyBytes
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > limit {
			tooLarge(w, limit)
			return
		}
		if r.Body != nil && r.Body != http.NoBody {
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				tooLarge(w, limit)
				return
			}
			if err != nil {
				refuse(w, http.StatusBadRequest, "could not read the request body")
				return
			}
			r.Body = &bufferedBody{Reader: bytes.NewReader(body), data: body}
		}
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, limit int64) {
	refuse(w, http.StatusRequestEntityTooLarge,
		fmt.Sprintf("request body over %d bytes (%s)", limit, config.EnvHTTPMaxBodyBytes))
}

// bufferedBody is a body limitBody has read whole: later checks look at
// its bytes without reading it again.
type bufferedBody struct {
	*bytes.Reader
	data []byte
}

func (*bufferedBody) Close() error { return nil }

// bodyBytes is r's body as limitBody read it; nil when there is none.
func bodyBytes(r *http.Request) []byte {
	if b, ok := r.Body.(*bufferedBody); ok {
		return b.data
	}
	return nil
}

// quota counts what clients hold (requests in flight, sessions, event
// streams) against a cap per client and a cap in all; 0 is no cap.
// Entries exist only while a client holds something: the map never grows
// with history.
type quota struct {
	perClient, total int
	names            quotaNames
	mu               sync.Mutex
	held             map[string]int
	all              int
}

// quotaNames say in a refusal what is counted, which settings cap it and
// what the client can do about it.
type quotaNames struct {
	what                   string // "requests in flight"
	perClientEnv, totalEnv string // the settings
	remedy                 string // how the client frees a slot
	retryAfter             int    // seconds, for Retry-After
}

func newQuota(perClient, total int, names quotaNames) *quota {
	return &quota{perClient: perClient, total: total, names: names, held: map[string]int{}}
}

// verdict is what acquire decided.
type verdict int

const (
	granted    verdict = iota
	clientFull         // this client holds its share: 429
	serverFull         // everyone together holds the total: 503
)

// acquire takes a slot for client, unless it already holds its share or
// the server is full. The client's own share is checked first: a client
// over it learns that it is the one to back off.
func (q *quota) acquire(client string) verdict {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.perClient > 0 && q.held[client] >= q.perClient {
		return clientFull
	}
	if q.total > 0 && q.all >= q.total {
		return serverFull
	}
	q.held[client]++
	q.all++
	return granted
}

// take counts a slot that could not be refused.
func (q *quota) take(client string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.held[client]++
	q.all++
}

func (q *quota) release(client string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.held[client]--; q.held[client] <= 0 {
		delete(q.held, client)
	}
	q.all--
}

// holding is the number of slots held in all.
func (q *quota) holding() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.all
}

// refuse answers a request acquire turned away: 429 with Retry-After when
// the client is over its share, 503 when the server is full; the message
// names the limit and its setting.
func (q *quota) refuse(w http.ResponseWriter, v verdict) {
	n := q.names
	w.Header().Set("Retry-After", strconv.Itoa(n.retryAfter))
	if v == clientFull {
		refuse(w, http.StatusTooManyRequests, fmt.Sprintf("too many %s from this client (at most %d, %s): %s",
			n.what, q.perClient, n.perClientEnv, n.remedy))
		return
	}
	refuse(w, http.StatusServiceUnavailable, fmt.Sprintf("the server is full: %d %s in all is the most it allows (%s); retry later",
		q.total, n.what, n.totalEnv))
}

// retryAfter is the Retry-After of a refused call, in seconds: calls are
// usually short, and a client that waits a second finds a free slot.
const retryAfter = 1

// limitConcurrency applies the per-client limit (none when max is 0) to
// the requests that do work: POST and DELETE. A GET is the client's
// event stream, open as long as it listens; it has limits of its own
// (streams.go), so that idle listeners cannot lock out calls.
func (s *Server) limitConcurrency(next http.Handler) http.Handler {
	if s.opts.HTTP.MaxConcurrent <= 0 {
		return next
	}
	q := newQuota(s.opts.HTTP.MaxConcurrent, 0, quotaNames{
		what: "requests in flight", perClientEnv: config.EnvHTTPMaxConcurrent,
		remedy: "retry shortly", retryAfter: retryAfter,
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		client := clientOf(r)
		if v := q.acquire(client); v != granted {
			q.refuse(w, v)
			return
		}
		defer q.release(client)
		next.ServeHTTP(w, r)
	})
}
