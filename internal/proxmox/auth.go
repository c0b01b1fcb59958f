package proxmox

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// authMode is how one request authenticates.
type authMode int

const (
	authToken        authMode = iota // the configured API token
	authTicket                       // a ticket from username + password
	authRequestToken                 // a token passed with the request (WithToken)
)

// Tickets live two hours; renewing well before that leaves room for clock
// skew and long calls.
const (
	ticketLifetime = 2 * time.Hour
	ticketRenewAge = 90 * time.Minute
)

// credentials is what one request carries.
type credentials struct {
	mode          authMode
	authorization string // token header value
	ticket, csrf  string
	extraSecret   string // per-request token secret, to redact in this request
}

// apply sets the authentication headers. The CSRF token goes on every
// write and never on a GET: Proxmox requires it with a ticket cookie for
// anything that changes state.
func (cr credentials) apply(h http.Header, product catalog.Product, method string) {
	switch {
	case cr.authorization != "":
		h.Set("Authorization", cr.authorization)
		return
	case cr.ticket == "":
		return // the login request itself
	}
	h.Set("Cookie", cookieName(product)+"="+cr.ticket)
	if method != http.MethodGet {
		h.Set("CSRFPreventionToken", cr.csrf)
	}
}

func cookieName(p catalog.Product) string {
	if p == catalog.PBS {
		return "PBSAuthCookie"
	}
	return "PVEAuthCookie"
}

type requestTokenKey struct{}

type requestToken struct{ id, secret string }

// WithToken makes requests made with ctx use this API token instead of the
// configured credentials (the team HTTP mode, where each caller brings its
// own). The token is never stored or logged.
func WithToken(ctx context.Context, tokenID, secret string) context.Context {
	return context.WithValue(ctx, requestTokenKey{}, requestToken{tokenID, secret})
}

type productTokenKey struct{ product catalog.Product }

// WithProductToken is WithToken for one product's requests only: with both
// products configured, a caller brings one token for each. For that
// product it takes precedence over WithToken.
func WithProductToken(ctx context.Context, product catalog.Product, tokenID, secret string) context.Context {
	return context.WithValue(ctx, productTokenKey{product}, requestToken{tokenID, secret})
}

// requestTokenFor is the token the request carries for product, if any.
func requestTokenFor(ctx context.Context, product catalog.Product) (requestToken, bool) {
	if rt, ok := ctx.Value(productTokenKey{product}).(requestToken); ok {
		return rt, true
	}
	rt, ok := ctx.Value(requestTokenKey{}).(requestToken)
	return rt, ok
}

// credentialsFor chooses how op authenticates. The token is preferred; a
// ticket is used for operations Proxmox refuses to tokens (allowtoken 0),
// or when only a password is configured. An impossible choice is an error
// before anything is sent.
func (c *Client) credentialsFor(ctx context.Context, op *catalog.Operation) (credentials, error) {
	if rt, ok := requestTokenFor(ctx, c.cfg.Product); ok {
		return c.requestCredentials(op, rt)
	}
	hasToken := c.cfg.TokenID != ""
	hasPassword := c.cfg.Username != ""
	switch {
	case hasToken && (op.Flags.TokenAllowed || !hasPassword):
		if !op.Flags.TokenAllowed {
			return credentials{}, fmt.Errorf("%s cannot be called with an API token (Proxmox allows it only after a password login): set %s and %s as well",
				op.Name, c.cfg.env("USERNAME"), c.cfg.env("PASSWORD"))
		}
		return credentials{mode: authToken, authorization: wire.TokenHeader(c.cfg.Product, c.cfg.TokenID, c.cfg.TokenSecret)}, nil
	case hasPassword:
		t, err := c.sess.get(ctx, c)
		return credentials{mode: authTicket, ticket: t.ticket, csrf: t.csrf}, err
	}
	return credentials{}, fmt.Errorf("no %s credentials configured: set %s and %s (or %s and %s)",
		c.cfg.Product.Title(), c.cfg.env("TOKEN_ID"), c.cfg.env("TOKEN_SECRET"), c.cfg.env("USERNAME"), c.cfg.env("PASSWORD"))
}

func (c *Client) requestCredentials(op *catalog.Operation, rt requestToken) (credentials, error) {
	if !op.Flags.TokenAllowed {
		return credentials{}, fmt.Errorf("%s cannot be called with an API token: Proxmox allows it only after a password login", op.Name)
	}
	if !tokenIDPattern.MatchString(rt.id) || rt.secret == "" || strings.ContainsFunc(rt.secret, isSpaceOrControl) {
		return credentials{}, fmt.Errorf("the API token given with the request is malformed: want an ID user@realm!tokenname and a non-empty secret")
	}
	return credentials{mode: authRequestToken, authorization: wire.TokenHeader(c.cfg.Product, rt.id, rt.secret), extraSecret: rt.secret}, nil
}

// ticket is a login result.
type ticket struct {
	ticket, csrf string
	obtained     time.Time
}

// session holds the current ticket. One login runs at a time; callers that
// arrive meanwhile wait for it and share its result instead of logging in
// themselves.
type session struct {
	mu    sync.Mutex
	cur   ticket
	login chan struct{} // one slot: held by the caller that is logging in
}

func newSession() *session { return &session{login: make(chan struct{}, 1)} }

func (s *session) fresh(now time.Time) (ticket, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur, s.cur.ticket != "" && now.Sub(s.cur.obtained) < ticketRenewAge
}

func (s *session) get(ctx context.Context, c *Client) (ticket, error) {
	if t, ok := s.fresh(c.now()); ok {
		return t, nil
	}
	select {
	case s.login <- struct{}{}:
	case <-ctx.Done():
		return ticket{}, c.fail(loginOp, &wire.Request{Method: http.MethodPost, Path: loginOp.Path},
			&APIError{Message: "canceled while waiting for the login: " + ctx.Err().Error(), cause: ctx.Err()})
	}
	defer func() { <-s.login }()
	if t, ok := s.fresh(c.now()); ok { // someone logged in while we waited
		return t, nil
	}
	t, err := c.login(ctx)
	if err != nil {
		return ticket{}, err
	}
	s.mu.Lock()
	s.cur = t
	s.mu.Unlock()
	return t, nil
}

// invalidate forgets a ticket Proxmox rejected, so the next call logs in.
func (s *session) invalidate(t string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur.ticket == t {
		s.cur = ticket{}
	}
}

// loginData is the answer of POST /access/ticket.
type loginData struct {
	Ticket  string          `json:"ticket"`
	CSRF    string          `json:"CSRFPreventionToken"`
	NeedTFA json.RawMessage `json:"NeedTFA"`
}

// login obtains a ticket with username and password. It is never retried:
// repeated failed logins can lock an account.
func (c *Client) login(ctx context.Context) (ticket, error) {
	form := url.Values{"username": {c.cfg.Username}, "password": {c.cfg.Password}}
	req := &wire.Request{Op: loginOp, Method: http.MethodPost, Path: "/access/ticket", Form: form}
	obtained := c.now()
	// The login's own form is this program's text, not a caller's: every
	// known secret is masked in what comes back.
	cl := &call{req: req, red: c.red, limit: c.maxBody, creds: credentials{mode: authTicket}}
	ans, err := c.roundTrip(ctx, cl)
	if err != nil {
		return ticket{}, err
	}
	data, err := c.data(cl, ans)
	if err != nil {
		return ticket{}, err
	}
	var d loginData
	if err := json.Unmarshal(data, &d); err != nil || d.Ticket == "" {
		return ticket{}, c.fail(loginOp, req, &APIError{Status: ans.status, Message: "the login answer has no ticket"})
	}
	c.red.Add(learnt(d.Ticket), learnt(d.CSRF))
	if needsTFA(d) {
		return ticket{}, c.fail(loginOp, req, &APIError{
			Message: fmt.Sprintf("the account %s requires a second factor (TFA)", c.cfg.Username),
			Hint:    fmt.Sprintf("Password login cannot complete it: use an API token (%s, %s) instead", c.cfg.env("TOKEN_ID"), c.cfg.env("TOKEN_SECRET")),
		})
	}
	return ticket{ticket: d.Ticket, csrf: d.CSRF, obtained: obtained}, nil
}

// learnt filters a credential received from the server before it is
// registered for redaction: real tickets and CSRF tokens are dozens of
// characters, and masking a degenerate short one everywhere would make
// every message unreadable.
func learnt(s string) string {
	if len(s) < 8 {
		return ""
	}
	return s
}

// needsTFA: PVE answers NeedTFA: 1 and a ticket PVE:!tfa!…; PBS a ticket
// containing !tfa!.
func needsTFA(d loginData) bool {
	n := strings.Trim(string(d.NeedTFA), `"`)
	return (n != "" && n != "0" && n != "null" && n != "false") || strings.Contains(d.Ticket, "!tfa!")
}

// loginOp describes POST /access/ticket for errors and hints.
var loginOp = &catalog.Operation{Name: "login", Method: http.MethodPost, Path: "/access/ticket"}
