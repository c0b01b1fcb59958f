package proxmox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

// answer is a 2xx response, fully read.
type answer struct {
	status      int
	contentType string
	body        []byte
}

// roundTrip sends a call, retrying reads that failed in a way a second try
// can fix. It returns a 2xx answer or a redacted *APIError.
func (c *Client) roundTrip(ctx context.Context, cl *call) (*answer, error) {
	for attempt := 1; ; attempt++ {
		ans, apiErr, fail := c.attempt(ctx, cl)
		if apiErr == nil {
			return ans, nil
		}
		if apiErr.Status == http.StatusUnauthorized && cl.creds.ticket != "" {
			c.sess.invalidate(cl.creds.ticket)
		}
		if attempt >= c.attempts || !retryable(cl.req.Method, apiErr.Status, fail) {
			apiErr.Unreachable = apiErr.Status == 0 && (fail == failConnection || fail == failTimeout)
			return nil, c.failCall(cl, apiErr)
		}
		if err := c.sleep(ctx, backoff(attempt)); err != nil {
			return nil, c.failCall(cl, &APIError{Message: "canceled while waiting to retry: " + err.Error(), cause: err})
		}
	}
}

// attempt sends the request once, within the configured timeout.
func (c *Client) attempt(ctx context.Context, cl *call) (*answer, *APIError, failure) {
	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	hreq, err := c.httpRequest(actx, cl)
	if err != nil {
		return nil, &APIError{Message: "cannot build the request: " + err.Error()}, failOther
	}
	resp, err := c.hc.Do(hreq)
	if err != nil {
		e, f := c.hint.transportError(ctx, err)
		return nil, e, f
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Only the start of an error body is needed for the message.
		body, _ := io.ReadAll(io.LimitReader(resp.Body, errorBodyLimit))
		return nil, c.statusFailure(cl, resp, body), failOther
	}
	body, err := readCapped(resp, cl.limit)
	if errors.Is(err, errTooLarge) {
		return nil, c.tooLarge(cl, resp.StatusCode), failOther
	}
	if err != nil {
		e, f := c.hint.transportError(ctx, err)
		return nil, e, f
	}
	return &answer{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"), body: body}, nil, failOther
}

func (c *Client) statusFailure(cl *call, resp *http.Response, body []byte) *APIError {
	if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		return &APIError{
			Status:  resp.StatusCode,
			Message: "unexpected redirect to " + resp.Header.Get("Location"),
			Hint:    fmt.Sprintf("Check %s: it should name the node's API port (example: https://host:%s)", c.cfg.env("BASE_URL"), defaultPort(c.cfg.Product)),
		}
	}
	e := statusError(resp.StatusCode, resp.Status, body)
	e.Hint = c.hint.statusHint(resp.StatusCode, cl.req.Op, cl.creds.mode)
	if resp.StatusCode == http.StatusBadRequest && strings.Contains(e.Message, "HTTPS server") {
		e.Hint = fmt.Sprintf("The server speaks HTTPS: write https:// in %s", c.cfg.env("BASE_URL"))
	}
	return e
}

func (c *Client) tooLarge(cl *call, status int) *APIError {
	if cl.download {
		return &APIError{Status: status, Message: fmt.Sprintf("the file is larger than the limit of %s", sizeText(cl.limit))}
	}
	return &APIError{
		Status:  status,
		Message: fmt.Sprintf("the answer is larger than the limit of %s and was not read", sizeText(cl.limit)),
		Hint:    "Narrow the request (filters, limit/start arguments)",
	}
}

// httpRequest builds the HTTP request: GET/DELETE parameters in the query,
// POST/PUT parameters as a form body.
func (c *Client) httpRequest(ctx context.Context, cl *call) (*http.Request, error) {
	u, err := url.Parse(c.apiBase + cl.req.Path)
	if err != nil {
		return nil, err
	}
	if len(cl.req.Query) > 0 {
		u.RawQuery = cl.req.Query.Encode()
	}
	var body io.Reader
	contentType := ""
	switch {
	case cl.body != nil:
		body, contentType = cl.body.reader(), cl.body.contentType
	case cl.req.Form != nil:
		body, contentType = strings.NewReader(cl.req.Form.Encode()), "application/x-www-form-urlencoded"
	}
	hreq, err := http.NewRequestWithContext(ctx, cl.req.Method, u.String(), body)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		hreq.Header.Set("Content-Type", contentType)
	}
	hreq.Header.Set("Accept", "application/json")
	hreq.Header.Set("User-Agent", "proxmox-mcp")
	cl.creds.apply(hreq.Header, c.cfg.Product, cl.req.Method)
	return hreq, nil
}

func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// errorBodyLimit bounds what is read of an error answer.
const errorBodyLimit = 64 << 10

var errTooLarge = errors.New("answer too large")

// readCapped reads at most limit bytes, refusing a larger body without
// reading it whole. The body is allocated once, at its size: the answer is
// kept (its data becomes the result), and io.ReadAll's doubling allocated
// about twice the body per call in steps.
func readCapped(resp *http.Response, limit int64) ([]byte, error) {
	if resp.ContentLength > limit {
		return nil, errTooLarge
	}
	if resp.ContentLength >= 0 {
		return readKnownLength(resp.Body, resp.ContentLength)
	}
	buf := readBuffers.Get().(*bytes.Buffer)
	defer putReadBuffer(buf)
	buf.Reset()
	if _, err := buf.ReadFrom(io.LimitReader(resp.Body, limit+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, errTooLarge
	}
	return bytes.Clone(buf.Bytes()), nil
}

// readKnownLength reads a body of n bytes (the Content-Length, which the
// transport holds the body to); a shorter one is an unexpected EOF.
func readKnownLength(r io.Reader, n int64) ([]byte, error) {
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return body, nil
}

// readBuffers are the scratch buffers of answers of unknown length
// (chunked): read there, then copied once at their size.
var readBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledRead is the largest scratch buffer kept for reuse: a rare huge
// answer should not stay allocated for the process's life.
const maxPooledRead = 1 << 20

func putReadBuffer(b *bytes.Buffer) {
	if b.Cap() <= maxPooledRead {
		readBuffers.Put(b)
	}
}

// badJSON describes a 2xx answer that is not the JSON Proxmox sends.
func badJSON(ans *answer, err error, h hinter) *APIError {
	trimmed := bytes.TrimSpace(ans.body)
	what := "is not JSON"
	switch {
	case len(trimmed) == 0:
		what = "is empty"
	case strings.Contains(err.Error(), "unexpected end"):
		what = "is truncated JSON"
	case trimmed[0] == '{' || trimmed[0] == '[':
		what = "is not the JSON object Proxmox sends"
	}
	return &APIError{
		Status:  ans.status,
		Message: fmt.Sprintf("the answer %s (%s, %d bytes): %s", what, orUnknown(ans.contentType), len(ans.body), firstLines(string(ans.body), 120)),
		Hint:    fmt.Sprintf("Check that %s points at the %s API (port %s), not a web page or a proxy's login", h.env("BASE_URL"), h.cfg.Product.Title(), defaultPort(h.cfg.Product)),
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "no content type"
	}
	return s
}
