package httpserve

import (
	"net/http"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// startVM is a read-execute operation (POST .../status/start).
const startVM = "pve_post_nodes_qemu_status_start"

var startArgs = map[string]any{"tool": startVM, "arguments": map[string]any{"node": "pve1", "vmid": 101}}

func TestNarrowingHeadersNarrow(t *testing.T) {
	up := newUpstream(t)
	r := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadExecute))
	c := newRPC(r.url, nil)
	c.initialize(t)

	all := c.toolNames(t, nil)
	nodesOnly := map[string]string{HeaderCategories: "nodes"}
	narrowed := c.toolNames(t, nodesOnly)
	// Cluster resources stay as navigation (how a narrowed session learns
	// node names); cluster status goes with its category.
	if len(narrowed) >= len(all) || !contains(narrowed, listTool) || contains(narrowed, "pve_get_cluster_status") || !contains(narrowed, "pve_get_cluster_resources") {
		t.Fatalf("categories=nodes: %d of %d tools, pve_list_nodes %v, pve_get_cluster_status %v; want fewer, with the nodes tool and navigation only",
			len(narrowed), len(all), contains(narrowed, listTool), contains(narrowed, "pve_get_cluster_status"))
	}
	// mcp-go hides a filtered tool from tools/call as well ("not found").
	a := c.callTool(t, "pve_get_cluster_status", nil, nodesOnly)
	if a.status != http.StatusOK || !strings.Contains(errorMessage(a), "not found") {
		t.Fatalf("a call outside the header's categories: HTTP %d %s; want a not-found error", a.status, a.raw)
	}
	text, isErr := toolResult(t, c.callTool(t, "proxmox_call_read", map[string]any{"tool": "pve_get_cluster_status"}, nodesOnly))
	if !isErr || !strings.Contains(text, "headers exclude") {
		t.Fatalf("the same call through the front door: %q; want a refusal naming the headers", text)
	}
	text, isErr = toolResult(t, c.callTool(t, "proxmox_call_write", startArgs, map[string]string{HeaderTier: "read-only"}))
	if !isErr || !strings.Contains(text, "limited to read-only by its headers") {
		t.Fatalf("a read-execute call with tier read-only: %q; want a refusal naming the headers", text)
	}
	if up.count() != 0 {
		t.Fatalf("refused calls reached Proxmox %d times", up.count())
	}
	// The same calls without the headers go through: the refusals came
	// from the narrowing, not from the server.
	if _, isErr := toolResult(t, c.callTool(t, "pve_get_cluster_status", nil, nil)); isErr {
		t.Fatal("pve_get_cluster_status failed without narrowing")
	}
	if text, isErr := toolResult(t, c.callTool(t, "proxmox_call_write", startArgs, nil)); isErr {
		t.Fatalf("%s failed without narrowing: %s", startVM, text)
	}
}

func TestNarrowingHeadersNeverWiden(t *testing.T) {
	up := newUpstream(t)
	h := baseHTTP()
	r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	plain := c.toolNames(t, nil)
	for _, wider := range []map[string]string{{HeaderTier: "full"}, {HeaderTier: "read-execute", HeaderCategories: "qemu,nodes,cluster"}} {
		for _, name := range c.toolNames(t, wider) {
			if !contains(plain, name) {
				t.Fatalf("%v widened tools/list: %s appeared", wider, name)
			}
		}
		text, isErr := toolResult(t, c.callTool(t, "proxmox_call_write", startArgs, wider))
		if !isErr || !strings.Contains(text, "needs the read-execute tier") {
			t.Fatalf("%v: a read-execute call on a read-only server: %q; want the server's refusal", wider, text)
		}
	}
	if got := c.toolNames(t, map[string]string{HeaderTier: "full"}); strings.Join(got, ",") != strings.Join(plain, ",") {
		t.Fatalf("tier full on a read-only server changed tools/list: %d → %d tools", len(plain), len(got))
	}
	if up.count() != 0 {
		t.Fatalf("refused calls reached Proxmox %d times", up.count())
	}
}

func TestNarrowingHeadersUnknownNames(t *testing.T) {
	up := newUpstream(t)
	r := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: up}, policy.ReadOnly))
	c := newRPC(r.url, nil)
	c.initialize(t)
	for _, hdr := range []map[string]string{
		{HeaderTier: "admin"},
		{HeaderCategories: "nodes,bogus"},
		{HeaderCategories: "datastore"}, // a PBS category, and PBS is not configured here
	} {
		a := c.callTool(t, listTool, nil, hdr)
		if a.status != http.StatusBadRequest {
			t.Errorf("%v: HTTP %d, want 400", hdr, a.status)
		}
	}
	if up.count() != 0 {
		t.Fatalf("refused calls reached Proxmox %d times", up.count())
	}
	// Case and blanks are forgiven, as in PVE_CATEGORIES.
	if _, isErr := toolResult(t, c.callTool(t, listTool, nil, map[string]string{HeaderTier: "Read-Only", HeaderCategories: " Nodes , "})); isErr {
		t.Fatal("a well-formed narrowing refused the call")
	}
}
