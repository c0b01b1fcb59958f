package mcpserver

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/mark3labs/mcp-go/client"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// simUpstream serves whichever simulator is current, so a sweep can give
// every operation a fresh cluster behind one MCP server. Each fresh
// simulator gets fresh clients too: tickets do not outlive their cluster.
type simUpstream struct {
	t       *testing.T
	cur     atomic.Pointer[sim.Simulator]
	urls    map[catalog.Product]string
	clients atomic.Pointer[map[catalog.Product]*proxmox.Client]
}

func newSimUpstream(t *testing.T) *simUpstream {
	u := &simUpstream{t: t, urls: map[catalog.Product]string{}}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			u.cur.Load().Handler(p).ServeHTTP(w, r)
		}))
		t.Cleanup(srv.Close)
		u.urls[p] = srv.URL
	}
	u.fresh()
	return u
}

// fresh swaps in a new simulator with the same seed; its tasks end as
// soon as they start. The clients log in with a token and, for the
// operations that refuse tokens, a password.
func (u *simUpstream) fresh() *sim.Simulator {
	s := sim.New(sim.Options{Seed: 1, TaskDuration: -1})
	clients := map[catalog.Product]*proxmox.Client{}
	for p, url := range u.urls {
		c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: url, TokenID: s.TokenID(p), TokenSecret: s.TokenSecret(p),
			Username: s.Username(), Password: s.Password(), VerifyTLS: true, Timeout: proxmox.DefaultTimeout},
			proxmox.WithMaxAttempts(1))
		if err != nil {
			u.t.Fatal(err)
		}
		clients[p] = c
	}
	u.cur.Store(s)
	u.clients.Store(&clients)
	return s
}

// upstreams are the current simulator's clients, for a server's setup.
func (u *simUpstream) upstreams() map[catalog.Product]Upstream {
	out := map[catalog.Product]Upstream{}
	for p := range u.urls {
		out[p] = currentClient{u, p}
	}
	return out
}

// currentClient sends through the current simulator's client.
type currentClient struct {
	u *simUpstream
	p catalog.Product
}

func (c currentClient) client() *proxmox.Client { return (*c.u.clients.Load())[c.p] }

func (c currentClient) Send(ctx context.Context, req *wire.Request) (json.RawMessage, error) {
	return c.client().Send(ctx, req)
}

func (c currentClient) Download(ctx context.Context, req *wire.Request, max int64) (*proxmox.RawResponse, error) {
	return c.client().Download(ctx, req, max)
}

func (c currentClient) Upload(ctx context.Context, req *wire.Request, f proxmox.File) (json.RawMessage, error) {
	return c.client().Upload(ctx, req, f)
}

// sweepArgs are an operation's example arguments plus what the server's
// control arguments need (confirm, an upload's file).
func sweepArgs(s *sim.Simulator, e *inventory.Entry) map[string]any {
	args := s.ExampleArgs(e.Op)
	if e.Decision.MayConfirm() {
		args[argConfirm] = true
	}
	if e.Op.Transfer.Upload() {
		args[argContent] = base64.StdEncoding.EncodeToString([]byte("sweep\n"))
	}
	return args
}

// reached reports whether the simulator saw the operation, and the status
// it answered.
func reached(s *sim.Simulator, op *catalog.Operation) (bool, int) {
	for _, r := range s.Requests() {
		if r.Operation == op.Name {
			return true, r.Status
		}
	}
	return false, 0
}

// Every tool of the full tier, called through the MCP server with the
// operation's example arguments, reaches the simulator and is never
// answered 400: the server's validation and encoding and the simulator's
// Proxmox-like decoding agree on every operation.
func TestSweepEveryToolThroughTheServer(t *testing.T) {
	if testing.Short() {
		t.Skip("sweeps the whole catalog")
	}
	u := newSimUpstream(t)
	srv, c := sessionWith(t, setup{Mode: inventory.ModeAll, FrontDoor: false, Tier: policy.Full, Upstreams: u.upstreams()})
	called, failed := 0, 0
	for _, e := range srv.Inventory().Registered() {
		s := u.fresh()
		res := call(t, c, e.Name, sweepArgs(s, e))
		ok, status := reached(s, e.Op)
		called++
		if !ok || status == 400 {
			failed++
			t.Errorf("%s: reached=%v status=%d: %.300s", e.Name, ok, status, text(res))
		}
	}
	t.Logf("sweep: %d tools called through the MCP server, %d failures", called, failed)
	if called < 990 {
		t.Errorf("only %d tools swept", called)
	}
}

// Through the front door, every operation a tier allows is reachable,
// with the call tool that matches it.
func TestFrontDoorReachesEveryAllowedOperation(t *testing.T) {
	if testing.Short() {
		t.Skip("sweeps the whole catalog")
	}
	u := newSimUpstream(t)
	for _, tier := range tiers {
		srv, c := sessionWith(t, setup{FrontDoor: true, Tier: tier, Upstreams: u.upstreams()})
		n := 0
		for _, op := range apis.Operations() {
			e := srv.Inventory().Entry(op)
			if e == nil || !e.Allowed() {
				continue
			}
			s := u.fresh()
			tool := srv.Inventory().CallWith(e)
			args := sweepArgs(s, e)
			in := map[string]any{"tool": e.Name, "arguments": args}
			if v, ok := args[argConfirm]; ok {
				in[argConfirm] = v
				delete(args, argConfirm)
			}
			res := call(t, c, tool, in)
			if hit, status := reached(s, op); !hit || status == 400 {
				t.Errorf("tier %s: %s via %s: reached=%v status=%d: %.300s", tier, e.Name, tool, hit, status, text(res))
			}
			n++
		}
		t.Logf("tier %s: %d operations reached through the front door", tier, n)
		if want := len(expectedNames(policy.Default(), tier, func(policy.Decision) bool { return true })); n != want {
			t.Errorf("tier %s: reached %d operations, the tier allows %d", tier, n, want)
		}
	}
}

func sessionWith(t *testing.T, s setup) (*Server, *client.Client) {
	t.Helper()
	srv := newServer(t, s)
	return srv, connect(t, srv)
}
