package httpserve

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

func TestNonLoopbackNeedsAToken(t *testing.T) {
	mcp := newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly)
	cases := []struct {
		addr, token string
		insecure    bool
		wantErr     string
	}{
		{addr: "0.0.0.0:8080", wantErr: "PROXMOX_MCP_HTTP_TOKEN"},
		{addr: ":8080", wantErr: "refusing to listen"},
		{addr: "[::]:8080", wantErr: "refusing to listen"},
		{addr: "192.0.2.10:8080", wantErr: "--http-insecure-no-auth"},
		{addr: "mcp.example.com:8080", wantErr: "refusing to listen"},
		{addr: "0.0.0.0:8080", token: "s3cr3t", wantErr: "too short"},
		{addr: "0.0.0.0:8080", token: strings.Repeat("k", 32)},
		{addr: "0.0.0.0:8080", insecure: true},
		{addr: "127.0.0.1:8080"},
		{addr: "localhost:8080"},
		{addr: "[::1]:8080"},
	}
	for _, c := range cases {
		h := baseHTTP()
		h.Addr, h.Token, h.InsecureNoAuth = c.addr, c.token, c.insecure
		_, err := New(Options{HTTP: h, MCP: mcp})
		switch {
		case c.wantErr == "" && err != nil:
			t.Errorf("%s (token %v, insecure %v): %v", c.addr, c.token != "", c.insecure, err)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%s (token %v): err = %v, want one mentioning %q", c.addr, c.token != "", err, c.wantErr)
		}
		if err != nil && c.token != "" && strings.Contains(err.Error(), c.token) {
			t.Errorf("the error shows the token: %v", err)
		}
	}
}

func TestBearerTokenGuardsEverything(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.Token = "team-token-0123456789abcdef"
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	good := newRPC(r.url, map[string]string{"Authorization": "Bearer " + h.Token})
	good.initialize(t)
	for _, auth := range []string{"", "Bearer wrong-token-0123456789abcdef", "Basic " + h.Token, "Bearer " + h.Token + "x", h.Token} {
		bad := newRPC(r.url, map[string]string{"Authorization": auth})
		bad.session = good.session
		a := bad.callTool(t, listTool, nil, nil)
		if a.status != http.StatusUnauthorized || !strings.HasPrefix(a.header.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("Authorization %q: HTTP %d, WWW-Authenticate %q; want 401 with a Bearer challenge", auth, a.status, a.header.Get("WWW-Authenticate"))
		}
		if strings.Contains(a.raw, h.Token) {
			t.Errorf("the refusal shows the token: %s", a.raw)
		}
	}
	if n := up.count(); n != 0 {
		t.Fatalf("refused calls reached Proxmox %d times", n)
	}
	if _, isErr := toolResult(t, good.callTool(t, listTool, nil, nil)); isErr || up.count() != 1 {
		t.Fatalf("the right token: isError %v, upstream saw %d requests; want a result and 1", isErr, up.count())
	}
	if strings.Contains(r.logs.String(), h.Token) {
		t.Fatal("the token was logged")
	}
}

func TestHostAndOriginAllowlists(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.AllowedHosts = append(h.AllowedHosts, "mcp.example.com")
	h.AllowedOrigins = append(h.AllowedOrigins, "https://chat.example.com")
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	refused := []map[string]string{
		{"Host": "evil.example.com"},
		{"Host": "evil.example.com:80"},
		{"Host": "localhost.evil.example.com"},
		{"Origin": "http://evil.example.com"},
		{"Origin": "null"},
		{"Origin": "http://chat.example.com"}, // wrong scheme for an exact entry
		{"Host": "mcp.example.com", "Origin": "https://evil.example.com"},
	}
	for _, hdr := range refused {
		if a := c.callTool(t, listTool, nil, hdr); a.status != http.StatusForbidden {
			t.Errorf("%v: HTTP %d, want 403", hdr, a.status)
		}
	}
	if n := up.count(); n != 0 {
		t.Fatalf("refused requests reached Proxmox %d times", n)
	}
	allowed := []map[string]string{
		nil, // no Origin: not a browser
		{"Origin": "http://localhost:6274"},
		{"Origin": "http://127.0.0.1:3000"},
		{"Origin": "https://chat.example.com"},
		{"Host": "mcp.example.com:443"},
		{"Host": "[::1]:8080"},
	}
	for _, hdr := range allowed {
		if _, isErr := toolResult(t, c.callTool(t, listTool, nil, hdr)); isErr {
			t.Errorf("%v: the call failed", hdr)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.MaxBodyBytes = 2048
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	big := map[string]any{"pad": strings.Repeat("x", 4096)}
	if a := c.callTool(t, listTool, big, nil); a.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("a 4 KiB body with a 2 KiB limit: HTTP %d, want 413", a.status)
	}
	// Without Content-Length the limit still holds while reading.
	req, _ := http.NewRequest(http.MethodPost, r.url, strings.NewReader(`{"jsonrpc":"2.0","id":9,"method":"ping","params":{"p":"`+strings.Repeat("y", 4096)+`"}}`))
	req.ContentLength = -1
	req.Header.Set("Content-Type", "application/json")
	if a := c.do(t, req, nil); a.status != http.StatusRequestEntityTooLarge {
		t.Fatalf("a chunked 4 KiB body: HTTP %d, want 413", a.status)
	}
	if n := up.count(); n != 0 {
		t.Fatalf("oversized requests reached Proxmox %d times", n)
	}
	if _, isErr := toolResult(t, c.callTool(t, listTool, nil, nil)); isErr {
		t.Fatal("a small call failed")
	}
}

func TestConcurrencyLimit(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.MaxConcurrent = 2
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	release := up.holdRequests(t)
	results := make(chan answer, 2)
	for range 2 {
		go func() { results <- c.callTool(t, listTool, nil, nil) }()
		up.waitEntered(t)
	}
	a := c.callTool(t, listTool, nil, nil)
	if a.status != http.StatusTooManyRequests || a.header.Get("Retry-After") == "" {
		t.Fatalf("a third call with 2 in flight: HTTP %d, Retry-After %q; want 429 with Retry-After", a.status, a.header.Get("Retry-After"))
	}
	release()
	for range 2 {
		if _, isErr := toolResult(t, <-results); isErr {
			t.Fatal("a call in flight failed")
		}
	}
	if _, isErr := toolResult(t, c.callTool(t, listTool, nil, nil)); isErr {
		t.Fatal("a call after the others finished failed: the slots were not freed")
	}
	if up.count() != 3 {
		t.Fatalf("upstream saw %d requests, want 3 (the refused one never reached it)", up.count())
	}
}

func TestHealthz(t *testing.T) {
	h := baseHTTP()
	h.Token = "team-token-0123456789abcdef"
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly))
	// Probes send no token and the pod address as Host.
	req, _ := http.NewRequest(http.MethodGet, r.base+PathHealth, nil)
	req.Host = "10.1.2.3:8080"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body := readAll(t, res)
	if res.StatusCode != http.StatusOK || strings.TrimSpace(body) != `{"status":"ok"}` {
		t.Fatalf("GET /healthz: HTTP %d %q", res.StatusCode, body)
	}
	res, err = http.Post(r.base+PathHealth, "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, res)
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("POST /healthz: HTTP %d, want 405", res.StatusCode)
	}
	res, err = http.Get(r.base + "/other")
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, res)
	if res.StatusCode != http.StatusNotFound {
		t.Fatalf("GET /other: HTTP %d, want 404", res.StatusCode)
	}
}

func readAll(t *testing.T, res *http.Response) string {
	t.Helper()
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
