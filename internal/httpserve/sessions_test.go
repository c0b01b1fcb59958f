package httpserve

import (
	"net/http"
	"testing"

	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Two replicas behind a load balancer: in stateless mode any of them
// answers any request, with no session ID anywhere.
func TestStatelessAcrossReplicas(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.Stateless = true
	replicas := []*running{
		start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly)),
		start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly)),
	}
	first := newRPC(replicas[0].url, nil)
	init := first.initialize(t)
	if id := init.header.Get(server.HeaderKeySessionID); id != "" {
		t.Fatalf("stateless initialize issued session ID %q", id)
	}
	for i := range 4 {
		c := newRPC(replicas[i%2].url, nil) // a fresh connection, as a balancer may pick
		if names := c.toolNames(t, nil); !contains(names, listTool) {
			t.Fatalf("replica %d: tools/list lacks %s", i%2, listTool)
		}
		if _, isErr := toolResult(t, c.callTool(t, listTool, nil, nil)); isErr {
			t.Fatalf("replica %d: the call failed", i%2)
		}
	}
	if up.count() != 4 {
		t.Fatalf("upstream saw %d calls, want 4", up.count())
	}
	get, _ := http.NewRequest(http.MethodGet, replicas[1].url, nil)
	get.Header.Set("Accept", "text/event-stream")
	if a := first.do(t, get, nil); a.status != http.StatusMethodNotAllowed {
		t.Fatalf("stateless GET: HTTP %d, want 405 (no event stream bound to one replica)", a.status)
	}
}

// The contrast: a stateful session lives on the replica that issued it.
func TestStatefulSessionIsLocal(t *testing.T) {
	up := newUpstream(t)
	a := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	b := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(a.url, nil)
	c.initialize(t)
	if c.session == "" {
		t.Fatal("stateful initialize issued no session ID")
	}
	other := newRPC(b.url, nil)
	other.session = c.session
	if got := other.callTool(t, listTool, nil, nil); got.status != http.StatusNotFound {
		t.Fatalf("a session ID from another replica: HTTP %d, want 404", got.status)
	}
}

func TestSessionLifecycle(t *testing.T) {
	up := newUpstream(t)
	r := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	if n := r.srv.sessions.count(); n != 1 {
		t.Fatalf("%d live sessions after initialize, want 1", n)
	}
	if a := c.request(t, "logging/setLevel", map[string]any{"level": "warning"}, nil); a.status != http.StatusOK || a.msg["error"] != nil {
		t.Fatalf("logging/setLevel: HTTP %d %s", a.status, a.raw)
	}

	unknown := newRPC(r.url, nil)
	unknown.session = sessionPrefix + "NOSUCHSESSION"
	for _, method := range []string{http.MethodPost, http.MethodGet, http.MethodDelete} {
		if got := unknown.send(t, method); got.status != http.StatusNotFound {
			t.Errorf("%s with an unknown session: HTTP %d, want 404", method, got.status)
		}
	}
	none := newRPC(r.url, nil)
	for _, method := range []string{http.MethodGet, http.MethodDelete} {
		if got := none.send(t, method); got.status != http.StatusBadRequest {
			t.Errorf("%s without a session: HTTP %d, want 400", method, got.status)
		}
	}

	if got := c.send(t, http.MethodDelete); got.status != http.StatusOK {
		t.Fatalf("DELETE: HTTP %d %s", got.status, got.raw)
	}
	if got := c.callTool(t, listTool, nil, nil); got.status != http.StatusNotFound {
		t.Fatalf("a call on a terminated session: HTTP %d, want 404", got.status)
	}
	if n := r.srv.sessions.count(); n != 0 {
		t.Fatalf("%d live sessions after DELETE, want 0 (memory must not grow with ended sessions)", n)
	}
	if up.count() != 0 {
		t.Fatalf("upstream saw %d requests, want none", up.count())
	}
}

// send is a bare request of the method: a ping for POST.
func (c *rpc) send(t *testing.T, method string) answer {
	t.Helper()
	if method == http.MethodPost {
		return c.request(t, "ping", nil, nil)
	}
	req, err := http.NewRequest(method, c.url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "text/event-stream")
	return c.do(t, req, nil)
}
