package mcpserver

import (
	"context"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// The search index is built in the background once tools/list has been
// answered, not on the first search and not before the list.
func TestSearchIndexBuiltAfterFirstList(t *testing.T) {
	srv := newServer(t, setup{FrontDoor: true, Tier: policy.Full, Upstreams: map[catalog.Product]Upstream{catalog.PVE: canned{}}})
	time.Sleep(50 * time.Millisecond)
	if srv.search.warmed.Load() {
		t.Fatal("the index was built before any tools/list")
	}
	srv.MCP().HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
	deadline := time.Now().Add(10 * time.Second)
	for !srv.search.warmed.Load() {
		if time.Now().After(deadline) {
			t.Fatal("the index was not built within 10s of the first tools/list")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// While requests keep coming, the build waits for a quiet moment, so its
// CPU time does not land on the client's first calls; and it waits no
// longer than warmMaxWait, so a busy server still gets its index.
func TestSearchIndexWaitsForAQuietMoment(t *testing.T) {
	srv := newServer(t, setup{FrontDoor: true, Tier: policy.Full, Upstreams: map[catalog.Product]Upstream{catalog.PVE: canned{}}})
	ping := []byte(`{"jsonrpc":"2.0","id":2,"method":"ping"}`)
	srv.MCP().HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
	start := time.Now()
	busyUntil := start.Add(warmMaxWait + 3*time.Second)
	for !srv.search.warmed.Load() {
		if time.Now().After(busyUntil) {
			t.Fatalf("the index was not built within %v of continuous requests", time.Since(start))
		}
		srv.MCP().HandleMessage(context.Background(), ping)
		time.Sleep(time.Millisecond)
	}
	if took := time.Since(start); took < warmMaxWait/2 {
		t.Fatalf("the index was built %v after tools/list while a request came every millisecond; it should wait for quiet (up to %v)", took, warmMaxWait)
	}
}
