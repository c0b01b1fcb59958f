package httpserve

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
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
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, limit int64) {
	refuse(w, http.StatusRequestEntityTooLarge,
		fmt.Sprintf("request body over %d bytes (PROXMOX_MCP_HTTP_MAX_BODY_BYTES)", limit))
}

// limiter bounds the requests one client has in flight, so one caller
// cannot take every Proxmox connection and goroutine. Entries exist only
// while a client has requests in flight: the map never grows with history.
type limiter struct {
	max      int
	mu       sync.Mutex
	inFlight map[string]int
}

func newLimiter(n int) *limiter { return &limiter{max: n, inFlight: map[string]int{}} }

func (l *limiter) acquire(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.inFlight[key] >= l.max {
		return false
	}
	l.inFlight[key]++
	return true
}

func (l *limiter) release(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.inFlight[key]--; l.inFlight[key] <= 0 {
		delete(l.inFlight, key)
	}
}

// retryAfter is the Retry-After of a 429, in seconds: calls are usually
// short, and a client that waits a second finds a free slot.
const retryAfter = 1

// limitConcurrency applies the per-client limit (none when max is 0) to
// the requests that do work: POST and DELETE. A GET is the client's
// event stream, open as long as it listens; counting it would let a few
// idle listeners (many clients behind one proxy address) lock out calls.
func (s *Server) limitConcurrency(next http.Handler) http.Handler {
	if s.opts.HTTP.MaxConcurrent <= 0 {
		return next
	}
	l := newLimiter(s.opts.HTTP.MaxConcurrent)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		key := clientKey(r)
		if !l.acquire(key) {
			w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
			refuse(w, http.StatusTooManyRequests, fmt.Sprintf("too many requests in flight from this client (at most %d, PROXMOX_MCP_HTTP_MAX_CONCURRENT); retry shortly", l.max))
			return
		}
		defer l.release(key)
		next.ServeHTTP(w, r)
	})
}

// clientKey identifies a client: by its per-user Proxmox credentials when
// it sends them (one person behind a shared proxy address, and nobody can
// use up another's share without their secret), else by remote address.
// Credentials enter the key only as a digest.
func clientKey(r *http.Request) string {
	pve, pbs := r.Header.Get(HeaderPVEToken), r.Header.Get(HeaderPBSToken)
	if pve != "" || pbs != "" {
		sum := sha256.Sum256([]byte(pve + "\n" + pbs))
		return "user:" + hex.EncodeToString(sum[:16])
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "addr:" + host
}
