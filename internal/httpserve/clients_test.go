package httpserve

import (
	"fmt"
	"net/http"
	"net/netip"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// The defect: the per-client limit was keyed on a digest of the token
// headers, which nothing checks before Proxmox does, so every made-up
// token had an allowance of its own. Now made-up tokens from one address
// share one allowance; another address has its own.
func TestConcurrencyLimitNotKeyedOnUncheckedTokens(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.PerUserCredentials = true
	h.MaxConcurrent = 2
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	madeUp := func(i int) map[string]string {
		return map[string]string{HeaderPVEToken: fmt.Sprintf("nobody%d@pve!x=made-up-%d", i, i)}
	}
	c := newRPC(r.url, madeUp(0))
	c.initialize(t)
	release := up.holdRequests(t)
	results := make(chan answer, 3)
	for i := range 2 {
		go func() { results <- c.callTool(t, listTool, nil, madeUp(i+1)) }()
		up.waitEntered(t)
	}
	a := refusedBeforeUpstream(t, up, func() answer { return c.callTool(t, listTool, nil, madeUp(3)) })
	if a.status != http.StatusTooManyRequests || a.header.Get("Retry-After") == "" {
		t.Fatalf("a third made-up token from the same address with 2 calls in flight: HTTP %d, Retry-After %q; want 429 with Retry-After",
			a.status, a.header.Get("Retry-After"))
	}
	other := newRPC(r.url, madeUp(4)).from("127.0.0.2")
	other.session = c.session
	go func() { results <- other.callTool(t, listTool, nil, nil) }()
	up.waitEntered(t) // another address is another client, with its own allowance
	release()
	for range 3 {
		if _, isErr := toolResult(t, <-results); isErr {
			t.Fatal("a call in flight failed")
		}
	}
}

// Behind a trusted proxy the client is the address the proxy forwarded
// for; whatever a client writes into X-Forwarded-For itself, or sends
// from anywhere but the proxy, changes nothing.
func TestTrustedProxyNamesTheClient(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.MaxConcurrent = 1
	h.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	release := up.holdRequests(t)
	results := make(chan answer, 4)
	hold := func(c *rpc, forwarded string) {
		go func() { results <- c.callTool(t, listTool, nil, map[string]string{"X-Forwarded-For": forwarded}) }()
		up.waitEntered(t)
	}
	refused := func(c *rpc, forwarded string) {
		t.Helper()
		a := refusedBeforeUpstream(t, up, func() answer {
			return c.callTool(t, listTool, nil, map[string]string{"X-Forwarded-For": forwarded})
		})
		if a.status != http.StatusTooManyRequests {
			t.Errorf("X-Forwarded-For %q: HTTP %d, want 429 (the same client as one in flight)", forwarded, a.status)
		}
	}
	hold(c, "198.51.100.7")
	hold(c, "198.51.100.8")                 // forwarded for another client
	refused(c, "203.0.113.1, 198.51.100.7") // the left part was written by the client
	stranger := newRPC(r.url, nil).from("127.0.0.2")
	stranger.session = c.session
	hold(stranger, "198.51.100.9")
	refused(stranger, "198.51.100.10") // not a trusted proxy: the header is ignored
	release()
	for range 3 {
		if _, isErr := toolResult(t, <-results); isErr {
			t.Fatal("a call in flight failed")
		}
	}
}

// refusedBeforeUpstream runs call, which the test expects to be refused,
// and fails at once if it reaches the upstream instead (held there, it
// would never answer).
func refusedBeforeUpstream(t *testing.T, up *upstream, call func() answer) answer {
	t.Helper()
	done := make(chan answer, 1)
	go func() { done <- call() }()
	select {
	case a := <-done:
		return a
	case <-up.entered:
		t.Fatal("the request was not refused: it reached Proxmox")
	case <-time.After(10 * time.Second):
		t.Fatal("no answer within 10s")
	}
	return answer{}
}

func TestClientKey(t *testing.T) {
	trusted := clients{trusted: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}
	cases := []struct {
		remote    string
		forwarded []string
		token     string
		want      string
	}{
		{remote: "192.0.2.1:5000", want: "192.0.2.1"},
		{remote: "192.0.2.1:5001", token: "alice@pve!x=anything", want: "192.0.2.1"},
		{remote: "[::ffff:192.0.2.1]:5000", want: "192.0.2.1"},
		{remote: "[2001:db8:1:2:3:4:5:6]:5000", want: "2001:db8:1:2::/64"},
		{remote: "[2001:db8:1:2:ffff::1]:1", want: "2001:db8:1:2::/64"},
		{remote: "[fe80::1%eth0]:5000", want: "fe80::/64"},
		{remote: "192.0.2.50:5000", forwarded: []string{"198.51.100.1"}, want: "192.0.2.50"},
		{remote: "10.1.1.1:5000", want: "10.1.1.1"},
		{remote: "10.1.1.1:5000", forwarded: []string{"198.51.100.1"}, want: "198.51.100.1"},
		{remote: "10.1.1.1:5000", forwarded: []string{"203.0.113.9, 198.51.100.1"}, want: "198.51.100.1"},
		{remote: "10.1.1.1:5000", forwarded: []string{"198.51.100.1, 10.2.2.2"}, want: "198.51.100.1"},
		{remote: "10.1.1.1:5000", forwarded: []string{"198.51.100.1", "10.2.2.2"}, want: "198.51.100.1"},
		{remote: "10.1.1.1:5000", forwarded: []string{"[2001:db8::1]:443"}, want: "2001:db8::/64"},
		{remote: "10.1.1.1:5000", forwarded: []string{"198.51.100.1:4711"}, want: "198.51.100.1"},
		{remote: "10.1.1.1:5000", forwarded: []string{"198.51.100.1, garbage"}, want: "10.1.1.1"},
		{remote: "10.1.1.1:5000", forwarded: []string{"10.3.3.3, 10.2.2.2"}, want: "10.3.3.3"},
	}
	for _, c := range cases {
		r, _ := http.NewRequest(http.MethodPost, "http://localhost/mcp", nil)
		r.RemoteAddr = c.remote
		for _, f := range c.forwarded {
			r.Header.Add("X-Forwarded-For", f)
		}
		if c.token != "" {
			r.Header.Set(HeaderPVEToken, c.token)
		}
		if got := trusted.of(r); got != c.want {
			t.Errorf("%s %q: client %q, want %q", c.remote, c.forwarded, got, c.want)
		}
	}
}
