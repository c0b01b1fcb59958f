package httpserve

import (
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

func TestGracefulShutdownFinishesInFlightCalls(t *testing.T) {
	up := newUpstream(t)
	r := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	release := up.holdRequests(t)
	result := make(chan answer, 1)
	go func() { result <- c.callTool(t, listTool, nil, nil) }()
	up.waitEntered(t)

	stopped := make(chan error, 1)
	go func() { stopped <- r.stop() }() // SIGTERM arrives mid-call
	addr := strings.TrimPrefix(r.base, "http://")
	waitUntil(t, "the listener closes", func() bool {
		conn, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err == nil {
			conn.Close()
		}
		return err != nil
	})
	select {
	case err := <-stopped:
		t.Fatalf("Serve returned (%v) while a call was in flight", err)
	case <-time.After(200 * time.Millisecond):
	}
	release()
	if _, isErr := toolResult(t, <-result); isErr {
		t.Fatal("the in-flight call failed")
	}
	select {
	case err := <-stopped:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after the last call finished")
	}
}

func TestShutdownTimeoutCutsOff(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	h.ShutdownTimeout = 200 * time.Millisecond
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	up.holdRequests(t) // released only when the test ends
	go func() {        // its connection is cut: the error is the point, not a failure
		req, _ := http.NewRequest(http.MethodPost, r.url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"`+listTool+`"}}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(server.HeaderKeySessionID, c.session)
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
		}
	}()
	up.waitEntered(t)
	began := time.Now()
	err := r.stop()
	if err == nil || !strings.Contains(err.Error(), "cut off") {
		t.Fatalf("Serve = %v; want an error saying the call was cut off", err)
	}
	if d := time.Since(began); d > 5*time.Second {
		t.Fatalf("shutdown took %s with a 200ms timeout", d)
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
