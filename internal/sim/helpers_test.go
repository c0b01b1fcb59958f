package sim

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// env is a simulator behind real HTTP servers, one per product.
type env struct {
	sim      *Simulator
	pve, pbs *httptest.Server
	client   *http.Client
}

func newEnv(t *testing.T, opts Options) *env {
	t.Helper()
	if opts.TaskDuration == 0 {
		opts.TaskDuration = 50 * time.Millisecond
	}
	s := New(opts)
	e := &env{sim: s, pve: httptest.NewServer(s.Handler(catalog.PVE)), pbs: httptest.NewServer(s.Handler(catalog.PBS))}
	e.client = &http.Client{Timeout: 10 * time.Second}
	t.Cleanup(func() { e.pve.Close(); e.pbs.Close() })
	return e
}

func (e *env) base(p catalog.Product) string {
	if p == catalog.PBS {
		return e.pbs.URL
	}
	return e.pve.URL
}

// reply is a raw HTTP answer.
type reply struct {
	status int
	reason string // from the status line
	body   []byte
	header http.Header
	close  bool // the server closes the connection
}

func (r reply) data(t *testing.T) any {
	t.Helper()
	var env struct{ Data any }
	if err := json.Unmarshal(r.body, &env); err != nil {
		t.Fatalf("body is not JSON: %v: %s", err, r.body)
	}
	return env.Data
}

func (r reply) errors(t *testing.T) map[string]string {
	t.Helper()
	var env struct {
		Errors map[string]string
	}
	if err := json.Unmarshal(r.body, &env); err != nil {
		t.Fatalf("body is not JSON: %v: %s", err, r.body)
	}
	return env.Errors
}

// request describes one raw request.
type request struct {
	product catalog.Product
	method  string
	path    string // relative to /api2/json, escaped
	query   url.Values
	form    url.Values
	json    string
	raw     []byte // a PBS upload's file, sent as the body
	header  http.Header
	noAuth  bool
}

func (e *env) send(t *testing.T, rq request) reply {
	t.Helper()
	u := e.base(rq.product) + "/api2/json" + rq.path
	if len(rq.query) > 0 {
		u += "?" + rq.query.Encode()
	}
	var body io.Reader
	ct := ""
	switch {
	case rq.raw != nil:
		body, ct = bytes.NewReader(rq.raw), "application/octet-stream"
	case rq.json != "":
		body, ct = strings.NewReader(rq.json), "application/json"
	case rq.form != nil:
		body, ct = strings.NewReader(rq.form.Encode()), "application/x-www-form-urlencoded"
	}
	req, err := http.NewRequest(rq.method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	for k, v := range rq.header {
		req.Header[k] = v
	}
	if !rq.noAuth && req.Header.Get("Authorization") == "" && req.Header.Get("Cookie") == "" {
		req.Header.Set("Authorization", e.tokenHeader(rq.product))
	}
	resp, err := e.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", rq.method, rq.path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	_, reason, _ := strings.Cut(resp.Status, " ")
	return reply{status: resp.StatusCode, reason: reason, body: b, header: resp.Header, close: resp.Close}
}

func (e *env) tokenHeader(p catalog.Product) string {
	if p == catalog.PBS {
		return "PBSAPIToken=" + e.sim.TokenID(p) + ":" + e.sim.TokenSecret(p)
	}
	return "PVEAPIToken=" + e.sim.TokenID(p) + "=" + e.sim.TokenSecret(p)
}

func (e *env) get(t *testing.T, p catalog.Product, path string) reply {
	t.Helper()
	return e.send(t, request{product: p, method: http.MethodGet, path: path})
}
