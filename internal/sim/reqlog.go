package sim

import (
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// RecordedRequest is one request the simulator received. Secret parameter
// values (passwords) are masked; credentials are never recorded.
type RecordedRequest struct {
	Seq     int // 1, 2, … in arrival order
	Time    time.Time
	Product catalog.Product
	Method  string
	// Path is relative to /api2/json, as sent (escaped).
	Path string
	// Operation is the matched operation's tool name, "" when none matched.
	Operation string
	// AuthID is who the request authenticated as: user@realm!token for a
	// token, user@realm for a ticket, "" when authentication failed or was
	// not needed.
	AuthID string
	// Token is set when AuthID authenticated with an API token.
	Token bool
	// Params are the wire parameters (query string or body), by name.
	Params map[string][]string
	// Args are the decoded, typed arguments including path parameters, as
	// the operation's input schema names them; nil when decoding failed.
	Args map[string]any
	// Status is the HTTP status answered (0 for a dropped connection).
	Status int
}

// requestLog keeps every request, in order.
type requestLog struct {
	mu   sync.Mutex
	reqs []RecordedRequest
	seq  int
}

func (l *requestLog) add(r RecordedRequest) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	r.Seq = l.seq
	l.reqs = append(l.reqs, r)
}

// Requests returns a copy of the request log, oldest first.
func (s *Simulator) Requests() []RecordedRequest {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	return append([]RecordedRequest(nil), s.log.reqs...)
}

// RequestCount is how many requests arrived since the last ResetLog,
// whatever their outcome: zero proves nothing reached the simulator.
func (s *Simulator) RequestCount() int {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	return len(s.log.reqs)
}

// ResetLog empties the request log.
func (s *Simulator) ResetLog() {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	s.log.reqs = nil
}

// LastRequest returns the most recent request, if any.
func (s *Simulator) LastRequest() (RecordedRequest, bool) {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	if len(s.log.reqs) == 0 {
		return RecordedRequest{}, false
	}
	return s.log.reqs[len(s.log.reqs)-1], true
}

const masked = "********"

// secretWire reports whether a wire parameter holds a credential, as the
// catalog marks it (the simulator logs requests for tests to read).
func secretWire(op *catalog.Operation, key string) bool {
	for i := range op.Params {
		p := &op.Params[i]
		if p.WireName() == key || p.Indexed && strings.HasPrefix(key, p.WireName()) {
			return p.Secret
		}
	}
	return false
}

func maskParams(op *catalog.Operation, p map[string][]string) map[string][]string {
	out := make(map[string][]string, len(p))
	for k, v := range p {
		if secretWire(op, k) {
			v = []string{masked}
		}
		out[k] = append([]string(nil), v...)
	}
	return out
}

func maskArgs(op *catalog.Operation, a map[string]any) map[string]any {
	if a == nil {
		return nil
	}
	out := make(map[string]any, len(a))
	for k, v := range a {
		if secretWire(op, k) {
			v = masked
		}
		out[k] = v
	}
	return out
}
