package httpserve

import (
	"crypto/rand"
	"errors"
	"net/http"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// sessionPrefix marks the IDs this server issues.
const sessionPrefix = "mcp-session-"

var errUnknownSession = errors.New("unknown or terminated session")

// sessions is the stateful mode's session ID manager. Unlike mcp-go's
// InsecureStatefulSessionIdManager it forgets a session when it ends
// (DELETE or the idle sweep), so memory does not grow with every session
// ever opened: an ID that is no longer live is unknown, and unknown IDs
// get 404 like terminated ones, as the specification asks.
type sessions struct {
	mu   sync.Mutex
	live map[string]struct{}
}

var _ server.SessionIdManager = (*sessions)(nil)

func newSessions() *sessions { return &sessions{live: map[string]struct{}{}} }

// Generate issues an unguessable ID (128 bits of crypto/rand): holding it
// is what makes a request part of the session.
func (m *sessions) Generate() string {
	id := sessionPrefix + rand.Text()
	m.mu.Lock()
	m.live[id] = struct{}{}
	m.mu.Unlock()
	return id
}

func (m *sessions) Validate(id string) (terminated bool, err error) {
	if !m.known(id) {
		return false, errUnknownSession
	}
	return false, nil
}

func (m *sessions) Terminate(id string) (notAllowed bool, err error) {
	m.mu.Lock()
	delete(m.live, id)
	m.mu.Unlock()
	return false, nil
}

func (m *sessions) known(id string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.live[id]
	return ok
}

func (m *sessions) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.live)
}

// checkGetDelete answers a GET or DELETE that names no session (400) or
// one this server does not know (404); mcp-go checks POSTs itself but
// would open a stream for, or "terminate", any ID.
func (m *sessions) checkGetDelete(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Protocol 2026-07-28 has no sessions; mcp-go answers its GET and
		// DELETE (405).
		if r.Method != http.MethodGet && r.Method != http.MethodDelete || mcp.IsModernProtocol(r.Header.Get(mcp.HeaderProtocolVersion)) {
			next.ServeHTTP(w, r)
			return
		}
		switch id := r.Header.Get(server.HeaderKeySessionID); {
		case id == "":
			refuse(w, http.StatusBadRequest, "missing Mcp-Session-Id header: initialize first, then send the session ID it returned")
		case !m.known(id):
			refuse(w, http.StatusNotFound, "unknown or terminated session: start a new one with initialize")
		default:
			next.ServeHTTP(w, r)
		}
	})
}
