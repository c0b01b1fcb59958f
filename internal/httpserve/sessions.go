package httpserve

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// sessionPrefix marks the IDs this server issues.
const sessionPrefix = "mcp-session-"

// retryAfterSlot is the Retry-After, in seconds, of a refused session or
// event stream: those slots free when a client ends a session or a stream
// goes idle, not within a second.
const retryAfterSlot = 10

var errUnknownSession = errors.New("unknown or terminated session")

// sessions is the stateful mode's session ID manager. Unlike mcp-go's
// InsecureStatefulSessionIdManager it forgets a session when it ends
// (DELETE, the idle sweep, shutdown), so memory does not grow with every
// session ever opened: an ID that is no longer live is unknown, and
// unknown IDs get 404 like terminated ones, as the specification asks.
// Every live session counts against its client's share and the total
// (quota); ending one frees its slot and ends its event streams.
type sessions struct {
	quota *quota
	mu    sync.Mutex
	live  map[string]string // session ID → the client that opened it
	onEnd func(id string)   // ends the session's event streams
}

var (
	_ server.SessionIdManager         = (*sessions)(nil)
	_ server.SessionIdManagerResolver = (*sessions)(nil)
)

func newSessions(q *quota, onEnd func(id string)) *sessions {
	return &sessions{quota: q, live: map[string]string{}, onEnd: onEnd}
}

// reservation is a session slot admit took for one initialize request:
// Generate turns it into the session, or the request ends without one and
// the slot is given back. Guarded by sessions.mu.
type reservation struct {
	client      string
	taken, over bool
}

type reservationKey struct{}

// admit answers an initialize that would open a session beyond the
// client's share (429) or the total (503) before mcp-go creates anything;
// otherwise it reserves the slot the new session will hold. Protocol
// 2026-07-28 has no sessions: its requests pass.
func (m *sessions) admit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || isModern(r) || !isInitialize(bodyBytes(r)) {
			next.ServeHTTP(w, r)
			return
		}
		res := &reservation{client: clientOf(r)}
		if v := m.quota.acquire(res.client); v != granted {
			m.quota.refuse(w, v)
			return
		}
		defer m.settle(res)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), reservationKey{}, res)))
	})
}

// settle gives back a reservation no session took.
func (m *sessions) settle(res *reservation) {
	m.mu.Lock()
	taken := res.taken
	res.over = true
	m.mu.Unlock()
	if !taken {
		m.quota.release(res.client)
	}
}

// isInitialize decodes the method as mcp-go does (into a struct, so the
// same bodies count as initialize for both).
func isInitialize(body []byte) bool {
	var msg struct {
		Method mcp.MCPMethod `json:"method"`
	}
	return json.Unmarshal(body, &msg) == nil && msg.Method == mcp.MethodInitialize
}

func isModern(r *http.Request) bool {
	return mcp.IsModernProtocol(r.Header.Get(mcp.HeaderProtocolVersion))
}

// ResolveSessionIdManager gives mcp-go, for an admitted initialize, a
// manager whose Generate takes the request's reservation; the sweeper and
// shutdown (r nil) get the plain one.
func (m *sessions) ResolveSessionIdManager(r *http.Request) server.SessionIdManager {
	if r != nil {
		if res, ok := r.Context().Value(reservationKey{}).(*reservation); ok {
			return reserved{m, res}
		}
	}
	return m
}

// reserved is the session ID manager of one admitted initialize.
type reserved struct {
	*sessions
	res *reservation
}

func (v reserved) Generate() string { return v.issue(v.res) }

// Generate issues an ID no initialize reserved a slot for; admit sees
// every initialize first, so this is only a fallback, counted like any.
func (m *sessions) Generate() string { return m.issue(nil) }

// issue makes an unguessable ID (128 bits of crypto/rand): holding it is
// what makes a request part of the session. It takes res's slot, or
// counts a new one when there is none left to take.
func (m *sessions) issue(res *reservation) string {
	id := sessionPrefix + rand.Text()
	m.mu.Lock()
	defer m.mu.Unlock()
	client := ""
	if res != nil {
		client = res.client
	}
	if res == nil || res.taken || res.over {
		m.quota.take(client)
	}
	if res != nil {
		res.taken = true
	}
	m.live[id] = client
	return id
}

func (m *sessions) Validate(id string) (terminated bool, err error) {
	if !m.known(id) {
		return false, errUnknownSession
	}
	return false, nil
}

// Terminate forgets the session, frees its slot and ends its streams.
func (m *sessions) Terminate(id string) (notAllowed bool, err error) {
	m.mu.Lock()
	client, ok := m.live[id]
	delete(m.live, id)
	m.mu.Unlock()
	if ok {
		m.quota.release(client)
		m.onEnd(id)
	}
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
		if r.Method != http.MethodGet && r.Method != http.MethodDelete || isModern(r) {
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
