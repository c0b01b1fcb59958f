package mcpserver

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// Per-user credentials (the HTTP transport's per-request tokens) are
// decided like the configured ones: each caller's tokens are read once
// (GET /access/permissions and on PVE /access/groups, sent with that
// token), and the caller's tools/list, search, describe and predicted
// refusals use an inventory decided with what they hold. The reads are
// cached per caller, re-read for the check before a call on the same
// rules as the configured credentials' (permissionState), and the cache
// is bounded.

// CallerToken is one per-user API token, for one target of a product.
type CallerToken struct {
	Product catalog.Product
	// Target names the target ("" the product's default).
	Target     string
	ID, Secret string
}

// Credentials are one request's per-user tokens, as Server.Credentials
// resolved them. A request that carries them is sent with them alone:
// a target they have no token for is refused before anything is sent.
type Credentials struct {
	tokens map[string]CallerToken // by stateKey
	// missing says how to send a target's token (the transport's words).
	missing func(p catalog.Product, target string) string
	caller  *callerEntry // nil: permission filtering is off
}

type credentialsKey struct{}

// WithCredentials attaches a request's resolved credentials to its context.
func WithCredentials(ctx context.Context, c *Credentials) context.Context {
	if c == nil {
		return ctx
	}
	return context.WithValue(ctx, credentialsKey{}, c)
}

func credentialsOf(ctx context.Context) *Credentials {
	c, _ := ctx.Value(credentialsKey{}).(*Credentials)
	return c
}

// CredentialsError is a per-user token Proxmox refused (or one that may
// call nothing here); Status is the HTTP status to answer with. Its text
// names the token ID, never the secret.
type CredentialsError struct {
	Status  int
	Message string
}

func (e *CredentialsError) Error() string { return e.Message }

// maxCallers bounds the callers whose privileges are kept; the least
// recently seen is forgotten first. A variable so tests can lower it.
var maxCallers = 256

// CredentialsOptions say how Server.Credentials resolves tokens.
type CredentialsOptions struct {
	// Filter reads each caller's privileges and decides their tools with
	// them (PROXMOX_MCP_PERMISSION_FILTER); off, the tokens are only used.
	Filter bool
	// Missing says how to send a token for a target that has none.
	Missing func(p catalog.Product, target string) string
}

// Credentials resolves a request's per-user tokens: with filtering on it
// reads, or finds cached, what they may do. A token Proxmox refuses (401)
// is a *CredentialsError and nothing else is sent with it.
func (s *Server) Credentials(ctx context.Context, tokens []CallerToken, o CredentialsOptions) (*Credentials, error) {
	c := &Credentials{tokens: map[string]CallerToken{}, missing: o.Missing}
	for _, t := range tokens {
		if t.Target == "" {
			t.Target = s.inv.DefaultTarget(t.Product)
		}
		c.tokens[stateKey(t.Product, t.Target)] = t
	}
	if !o.Filter {
		return c, nil
	}
	key := s.callers.key(c.tokens)
	for {
		e, wait := s.callers.claim(key)
		switch {
		case e != nil:
			c.caller = e
			return c, nil
		case wait == nil: // this request reads
			e, err := s.readCaller(WithCredentials(ctx, c), c)
			c.caller = s.callers.finish(key, e, err)
			return c, err
		}
		select { // another request of this caller reads: its answer serves
		case <-wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// token is the caller's token for a target of p.
func (c *Credentials) token(p catalog.Product, target string) (CallerToken, bool) {
	t, ok := c.tokens[stateKey(p, target)]
	return t, ok
}

// stateKey names one target's permission state: product/target.
func stateKey(p catalog.Product, target string) string { return string(p) + "/" + target }

// readCaller reads what each of the caller's tokens may do and decides
// the caller's inventory. A token whose read fails otherwise than by a
// 401 leaves the caller unfiltered for this request (nil, nil), as the
// configured credentials are at start, and is read again next time.
func (s *Server) readCaller(ctx context.Context, c *Credentials) (*callerEntry, error) {
	e := &callerEntry{states: map[string]*permissionState{}, missing: c.missing}
	for _, k := range tokenKeys(c.tokens) {
		t := c.tokens[k]
		rctx, cancel := context.WithTimeout(withTarget(ctx, t.Target), permissionRead)
		subj, err := ReadSubject(rctx, s.upstream(rctx, t.Product), t.Product, access.ParseAuthID(t.ID))
		cancel()
		var ae *proxmox.APIError
		switch {
		case errors.As(err, &ae) && ae.Status == http.StatusUnauthorized:
			return nil, &CredentialsError{Status: http.StatusUnauthorized, Message: fmt.Sprintf(
				"%s refused the API token %s%s (401: authentication failed): check the token ID and secret; nothing was sent with it",
				t.Product.Title(), t.ID, targetLabel(t.Target))}
		case err != nil:
			s.logf("reading the permissions of %s%s: %v; this request is not filtered by them", t.ID, targetLabel(t.Target), err)
			return nil, nil
		}
		e.states[k] = &permissionState{subj: subj, read: time.Now()}
	}
	if err := e.decide(s); err != nil {
		return nil, &CredentialsError{Status: http.StatusForbidden, Message: "the API tokens sent may call no operation this server offers: " + err.Error()}
	}
	return e, nil
}

func targetLabel(target string) string {
	if target == "" {
		return ""
	}
	return " (target " + target + ")"
}

func tokenKeys(m map[string]CallerToken) []string { return slices.Sorted(maps.Keys(m)) }

// callerEntry is one caller's privileges per target and the inventory
// decided with them at the first read. Like the configured credentials'
// inventory it does not change afterwards (a session's tools/list must
// not vary): re-reads after a 403 or with age refresh only the check made
// before a call is sent.
type callerEntry struct {
	states map[string]*permissionState
	inv    *inventory.Inventory
	// missing says how to send a target's token (Credentials.missing).
	missing func(p catalog.Product, target string) string
	used    time.Time // guarded by the cache's lock
}

// decide builds the caller's inventory from the states as first read.
func (e *callerEntry) decide(s *Server) error {
	inv, err := s.inv.WithSubjects(func(p catalog.Product, target string) *access.Subject {
		if st, ok := e.states[stateKey(p, target)]; ok {
			return st.subj
		}
		return e.noToken(p, target)
	})
	e.inv = inv
	return err
}

// noToken is the subject of a target the caller sent no token for: it
// holds nothing, so nothing permission-checked is offered there (and the
// calls that are not checked are refused before they are sent).
func (e *callerEntry) noToken(p catalog.Product, target string) *access.Subject {
	name := "(none sent for target " + target
	if e.missing != nil {
		name += "; " + e.missing(p, target)
	}
	perms, _ := access.Parse(json.RawMessage(`{}`))
	return &access.Subject{Identity: access.Identity{User: name + ")"}, Privileges: perms}
}

// inventoryFor is the inventory the request in ctx is decided with: its
// caller's, else the server's.
func (s *Server) inventoryFor(ctx context.Context) *inventory.Inventory {
	if c := credentialsOf(ctx); c != nil && c.caller != nil {
		return c.caller.inv
	}
	return s.inv
}

// callerState is the caller's permission state of the target in ctx: ok
// false when the request carries no filtered per-user credentials.
func callerState(ctx context.Context, s *Server, p catalog.Product) (st *permissionState, ok bool) {
	c := credentialsOf(ctx)
	if c == nil || c.caller == nil {
		return nil, false
	}
	target := targetOf(ctx)
	if target == "" {
		target = s.inv.DefaultTarget(p)
	}
	return c.caller.states[stateKey(p, target)], true
}

// callerCache holds the callers' entries, keyed by their tokens: product,
// target, token ID and a keyed hash of the secret (the secret itself is
// never kept as a key, and a wrong secret never finds another caller's
// entry).
type callerCache struct {
	mu      sync.Mutex
	hmacKey []byte
	entries map[string]*callerEntry
	// reading holds the first reads under way, closed when done.
	reading map[string]chan struct{}
}

// key names a set of tokens.
func (cc *callerCache) key(tokens map[string]CallerToken) string {
	cc.mu.Lock()
	if cc.hmacKey == nil {
		cc.hmacKey = make([]byte, 32)
		if _, err := rand.Read(cc.hmacKey); err != nil {
			panic("mcpserver: no randomness for the credentials cache: " + err.Error())
		}
	}
	hk := cc.hmacKey
	cc.mu.Unlock()
	var b strings.Builder
	for _, k := range tokenKeys(tokens) {
		t := tokens[k]
		m := hmac.New(sha256.New, hk)
		m.Write([]byte(t.Secret))
		fmt.Fprintf(&b, "%s\x00%s\x00%s\x00", k, t.ID, hex.EncodeToString(m.Sum(nil)))
	}
	return b.String()
}

// claim finds key's entry; when there is none, the first request to ask
// reads it (nil, nil) and later ones wait for that read (nil, wait), so
// concurrent first requests of one caller read once.
func (cc *callerCache) claim(key string) (*callerEntry, <-chan struct{}) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if e := cc.entries[key]; e != nil {
		e.used = time.Now()
		return e, nil
	}
	if ch, ok := cc.reading[key]; ok {
		return nil, ch
	}
	if cc.reading == nil {
		cc.reading = map[string]chan struct{}{}
	}
	cc.reading[key] = make(chan struct{})
	return nil, nil
}

// finish ends the read claim started: e is kept unless the read failed,
// and the waiting requests go on.
func (cc *callerCache) finish(key string, e *callerEntry, err error) *callerEntry {
	if err == nil && e != nil {
		e = cc.put(key, e)
	} else {
		e = nil
	}
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if ch, ok := cc.reading[key]; ok {
		close(ch)
		delete(cc.reading, key)
	}
	return e
}

// put keeps e (or the entry a concurrent first request kept), forgetting
// the least recently seen caller when the cache is full.
func (cc *callerCache) put(key string, e *callerEntry) *callerEntry {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if had := cc.entries[key]; had != nil {
		had.used = time.Now()
		return had
	}
	if cc.entries == nil {
		cc.entries = map[string]*callerEntry{}
	}
	for len(cc.entries) >= max(maxCallers, 1) {
		oldest := ""
		for k, v := range cc.entries {
			if oldest == "" || v.used.Before(cc.entries[oldest].used) {
				oldest = k
			}
		}
		delete(cc.entries, oldest)
	}
	e.used = time.Now()
	cc.entries[key] = e
	return e
}

// size is how many callers are kept.
func (cc *callerCache) size() int {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	return len(cc.entries)
}
