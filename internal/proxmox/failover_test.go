package proxmox

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// A node that cannot be reached is skipped for the next one on reads, and
// the next requests, writes included, go to the node that answered; a
// write is never repeated on another node.
func TestClusterSkipsADeadNode(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close() // nothing listens there any more
	live := newFake(t, dataOK(`"ok"`))
	cl := NewCluster(newTestClient(t, tokenConfig(deadURL)), newTestClient(t, tokenConfig(live.URL)))
	get := &wire.Request{Op: &catalog.Operation{Name: "read", Method: "GET", Path: "/version", Flags: catalog.Flags{TokenAllowed: true}}, Method: "GET", Path: "/version"}
	if _, err := cl.Send(context.Background(), get); err != nil {
		t.Fatalf("read with a dead first node: %v", err)
	}
	if cl.Current() != cl.Nodes()[1] {
		t.Fatal("the live node did not become the current one")
	}
	post := &wire.Request{Op: &catalog.Operation{Name: "write", Method: "POST", Path: "/x", Flags: catalog.Flags{TokenAllowed: true}}, Method: "POST", Path: "/x", Form: map[string][]string{}}
	if _, err := cl.Send(context.Background(), post); err != nil {
		t.Fatalf("write after the failover: %v", err)
	}
	if live.count() != 2 {
		t.Fatalf("live node got %d requests, want 2", live.count())
	}
	// A write to a dead current node fails and is not sent elsewhere.
	cl2 := NewCluster(newTestClient(t, tokenConfig(deadURL)), newTestClient(t, tokenConfig(live.URL)))
	_, err := cl2.Send(context.Background(), post)
	if !unreachable(err) || live.count() != 2 {
		t.Fatalf("write to a dead node: %v (live node has %d requests)", err, live.count())
	}
}
