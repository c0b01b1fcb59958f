package proxmox

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/redact"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// DefaultMaxResponseBytes caps how much of an answer is read: the largest
// legitimate JSON answers (cluster resources of big clusters) are far below.
const DefaultMaxResponseBytes = 64 << 20

// Client sends catalog operations to one Proxmox VE or PBS endpoint. It is
// safe for concurrent use.
type Client struct {
	cfg     Config
	baseURL string // scheme://host:port[/prefix], shown to users
	apiBase string // baseURL + /api2/json
	hint    hinter
	red     *redact.Redactor
	sess    *session

	transport http.RoundTripper
	hc        *http.Client
	now       func() time.Time
	sleep     func(context.Context, time.Duration) error
	warn      io.Writer
	attempts  int
	maxBody   int64
}

var _ catalog.Doer = (*Client)(nil)

// Option adjusts a Client; tests use them to inject time and transport.
type Option func(*Client)

// WithTransport replaces the HTTP transport (and with it the TLS settings
// built from Config).
func WithTransport(rt http.RoundTripper) Option { return func(c *Client) { c.transport = rt } }

// WithClock sets the clock used for ticket renewal.
func WithClock(now func() time.Time) Option { return func(c *Client) { c.now = now } }

// WithSleep sets how the client waits between retries.
func WithSleep(sleep func(context.Context, time.Duration) error) Option {
	return func(c *Client) { c.sleep = sleep }
}

// WithWarnings sets where warnings go (default: standard error).
func WithWarnings(w io.Writer) Option { return func(c *Client) { c.warn = w } }

// WithRedactor shares a Redactor, so that the caller's output masks the
// tickets this client learns.
func WithRedactor(r *redact.Redactor) Option { return func(c *Client) { c.red = r } }

// WithMaxAttempts sets how many times a GET is tried (default 3).
func WithMaxAttempts(n int) Option { return func(c *Client) { c.attempts = max(n, 1) } }

// WithMaxResponseBytes caps the size of a JSON answer.
func WithMaxResponseBytes(n int64) Option { return func(c *Client) { c.maxBody = n } }

// New checks cfg and builds a client. It sends nothing; use CheckLine to
// test the connection.
func New(cfg Config, opts ...Option) (*Client, error) {
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	base, err := normalizeBaseURL(cfg.Product, cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	c := &Client{
		cfg: cfg, baseURL: base.String(), apiBase: base.String() + apiPath,
		sess: newSession(), now: time.Now, sleep: sleepCtx, warn: os.Stderr,
		attempts: 3, maxBody: DefaultMaxResponseBytes,
	}
	for _, o := range opts {
		o(c)
	}
	if c.red == nil {
		c.red = redact.New()
	}
	c.red.Add(cfg.TokenSecret, cfg.Password)
	c.hint = hinter{cfg: cfg, baseURL: c.baseURL}
	return c, c.buildHTTP()
}

// maxIdleConns is how many idle connections to the node are kept.
const maxIdleConns = 64

func (c *Client) buildHTTP() error {
	tc, err := tlsConfig(c.cfg, redactingWriter{c.warn, c.red})
	if err != nil {
		return err
	}
	if c.transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.TLSClientConfig = tc
		// All requests go to one node; the default of 2 idle connections
		// per host made concurrent calls (the HTTP transport for a team)
		// dial, and shake hands, a new connection for most requests.
		t.MaxIdleConnsPerHost = maxIdleConns
		c.transport = t
	}
	c.hc = &http.Client{
		Transport: c.transport,
		// A redirect is never part of the Proxmox API; following one could
		// carry credentials elsewhere. Report it instead.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return nil
}

// BaseURL is the endpoint, without /api2/json.
func (c *Client) BaseURL() string { return c.baseURL }

// Product is the product the client talks to.
func (c *Client) Product() catalog.Product { return c.cfg.Product }

// Redactor is the client's redactor; it knows the configured secrets and
// every ticket obtained so far.
func (c *Client) Redactor() *redact.Redactor { return c.red }

// Do prepares args (checked once, by package wire) and sends op. It is
// the typed clients' entry point; the MCP server prepares the request
// itself and calls Send.
func (c *Client) Do(ctx context.Context, op *catalog.Operation, args map[string]any) (json.RawMessage, error) {
	if op == nil {
		return nil, errors.New("proxmox: nil operation")
	}
	req, err := wire.Prepare(op, args)
	if err != nil {
		return nil, err
	}
	return c.Send(ctx, req)
}

// Send sends a prepared request and returns the unwrapped "data" member.
// It checks nothing again: Prepare did.
func (c *Client) Send(ctx context.Context, req *wire.Request) (json.RawMessage, error) {
	if req.Op.Transfer == catalog.FileDownload {
		return nil, fmt.Errorf("%s returns a file, not JSON: use Download", req.Op.Name)
	}
	cl, err := c.newCall(ctx, req)
	if err != nil {
		return nil, err
	}
	ans, err := c.roundTrip(ctx, cl)
	if err != nil {
		return nil, err
	}
	return c.unwrap(cl, ans)
}

// call is one logical request and what it needs to report errors.
type call struct {
	req      *wire.Request
	creds    credentials
	red      *redact.Redactor
	sent     string // the caller's own text in the request (see redact)
	limit    int64
	download bool
	body     *body // an upload's body, replacing the form encoding
}

// newCall picks the credentials: the last refusal that can happen before
// anything is sent.
func (c *Client) newCall(ctx context.Context, req *wire.Request) (*call, error) {
	creds, err := c.credentialsFor(ctx, req.Op)
	if err != nil {
		return nil, err
	}
	red := c.red
	if creds.extraSecret != "" {
		red = c.red.With(creds.extraSecret)
	}
	return &call{req: req, creds: creds, red: red, sent: sentText(req), limit: c.maxBody}, nil
}

// sentText is what the caller put into the request, as it travels.
func sentText(req *wire.Request) string {
	return req.Path + "?" + req.Query.Encode() + "&" + req.Form.Encode()
}

// unwrap returns the "data" member of a JSON answer, masked (an upstream
// that echoes the Authorization header must not hand the secret on).
func (c *Client) unwrap(cl *call, ans *answer) (json.RawMessage, error) {
	data, err := c.data(cl, ans)
	if err != nil {
		return nil, err
	}
	data, ok := cl.red.UpstreamJSON(data, cl.sent)
	if !ok {
		return nil, c.failCall(cl, &APIError{Status: ans.status, Message: "the answer held credentials that could not be masked, so it is withheld"})
	}
	return data, nil
}

// data returns the "data" member of a JSON answer as it came: only the
// login reads it so, to learn its ticket.
func (c *Client) data(cl *call, ans *answer) (json.RawMessage, error) {
	if data, ok := onlyData(ans.body); ok {
		return data, nil
	}
	var env struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(ans.body, &env); err != nil {
		return nil, c.failCall(cl, badJSON(ans, err, c.hint))
	}
	if env.Data == nil {
		return json.RawMessage("null"), nil
	}
	return env.Data, nil
}

// dataPrefix opens the answer Proxmox sends for nearly every request: an
// object whose one member is "data".
var dataPrefix = []byte(`{"data":`)

// onlyData is the data of an answer that is exactly {"data":VALUE}, as a
// slice of body: the same bytes json.Unmarshal would copy into the
// RawMessage, after the same check that they are JSON. Any other shape
// (more members, another spelling of the name, not JSON) is not ok and
// goes the general way.
func onlyData(body []byte) (json.RawMessage, bool) {
	b := bytes.TrimSpace(body)
	if !bytes.HasPrefix(b, dataPrefix) || len(b) < len(dataPrefix)+2 || b[len(b)-1] != '}' {
		return nil, false
	}
	v := bytes.TrimSpace(b[len(dataPrefix) : len(b)-1])
	if len(v) == 0 || !json.Valid(v) {
		return nil, false
	}
	return v, true
}

// fail completes an error of a request this program made on its own (the
// login, the version check): nothing in it is a caller's text, so every
// known secret is masked.
func (c *Client) fail(op *catalog.Operation, req *wire.Request, e *APIError) error {
	req.Op = op
	return c.failCall(&call{req: req, red: c.red}, e)
}

// failCall fills in the request and masks what the server (or the
// network) wrote; the path is the caller's own text and stays as it is.
func (c *Client) failCall(cl *call, e *APIError) error {
	e.Method, e.Path = cl.req.Method, cl.req.Path
	e.Message, e.Hint = cl.red.Upstream(e.Message, cl.sent), cl.red.Upstream(e.Hint, cl.sent)
	if len(e.Errors) > 0 {
		masked := make(map[string]string, len(e.Errors))
		for k, v := range e.Errors {
			masked[cl.red.Upstream(k, cl.sent)] = cl.red.Upstream(v, cl.sent)
		}
		e.Errors = masked
	}
	return e
}

// redactingWriter masks secrets in everything written to w.
type redactingWriter struct {
	w   io.Writer
	red *redact.Redactor
}

func (rw redactingWriter) Write(p []byte) (int, error) {
	if rw.w == nil {
		return len(p), nil
	}
	if _, err := io.WriteString(rw.w, rw.red.Local(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
