package proxmox

import (
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
	"github.com/proxmox-mcp/proxmox-mcp/internal/validate"
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

// Redactor is the client's redactor; it knows the configured secrets and
// every ticket obtained so far.
func (c *Client) Redactor() *redact.Redactor { return c.red }

// Do validates args, sends op and returns the unwrapped "data" member.
func (c *Client) Do(ctx context.Context, op *catalog.Operation, args map[string]any) (json.RawMessage, error) {
	if op == nil {
		return nil, errors.New("proxmox: nil operation")
	}
	// PBS also marks DOWNLOAD operations that answer JSON unless their
	// download parameter asks for the file (task logs); only pure file
	// downloads are refused here.
	if op.Flags.Download && op.Param("download") == nil {
		return nil, fmt.Errorf("%s returns a file, not JSON: use Download", op.Name)
	}
	cl, err := c.prepare(ctx, op, args)
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
	op       *catalog.Operation
	req      *Request
	creds    credentials
	red      *redact.Redactor
	limit    int64
	download bool
	body     *body // an upload's body, replacing the form encoding
}

// prepare validates, encodes and picks credentials: every refusal happens
// here, before anything is sent.
func (c *Client) prepare(ctx context.Context, op *catalog.Operation, args map[string]any) (*call, error) {
	if err := validate.Args(op, args); err != nil {
		return nil, c.redactRefusal(err)
	}
	req, err := Encode(op, args)
	if err != nil {
		return nil, c.redactRefusal(err)
	}
	creds, err := c.credentialsFor(ctx, op)
	if err != nil {
		var apiErr *APIError
		if errors.As(err, &apiErr) {
			return nil, err // a failed login, already redacted
		}
		return nil, c.red.Error(err)
	}
	red := c.red
	if creds.extraSecret != "" {
		red = c.red.With(creds.extraSecret)
	}
	return &call{op: op, req: req, creds: creds, red: red, limit: c.maxBody}, nil
}

// redactRefusal masks secrets in an argument refusal and keeps its type,
// so callers can still render the problems one by one.
func (c *Client) redactRefusal(err error) error {
	var ve *validate.Error
	if !errors.As(err, &ve) {
		return c.red.Error(err)
	}
	out := &validate.Error{Problems: make([]validate.Problem, len(ve.Problems))}
	for i, p := range ve.Problems {
		p.Arg, p.Message = c.red.String(p.Arg), c.red.String(p.Message)
		out.Problems[i] = p
	}
	return out
}

// unwrap returns the "data" member of a JSON answer.
func (c *Client) unwrap(cl *call, ans *answer) (json.RawMessage, error) {
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

// fail completes and redacts an error of a request made outside a call.
func (c *Client) fail(op *catalog.Operation, req *Request, e *APIError) error {
	return c.failCall(&call{op: op, req: req, red: c.red}, e)
}

// failCall fills in the request and masks every field that could carry
// text from the server or the arguments.
func (c *Client) failCall(cl *call, e *APIError) error {
	e.Method, e.Path = cl.req.Method, cl.red.String(cl.req.Path)
	e.Message, e.Hint = cl.red.String(e.Message), cl.red.String(e.Hint)
	if len(e.Errors) > 0 {
		masked := make(map[string]string, len(e.Errors))
		for k, v := range e.Errors {
			masked[cl.red.String(k)] = cl.red.String(v)
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
	if _, err := io.WriteString(rw.w, rw.red.String(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
