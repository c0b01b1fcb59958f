package mcpserver

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

func mustPrepare(t *testing.T, e *inventory.Entry, args map[string]any) *wire.Request {
	t.Helper()
	req, err := wire.Prepare(e.Op, args)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// person answers elicitations as a person at the client would: with an
// action, after a delay; it counts what it was asked and keeps the last
// message.
type person struct {
	action  mcp.ElicitationResponseAction
	delay   time.Duration
	asked   atomic.Int32
	message atomic.Value
}

func (p *person) Elicit(ctx context.Context, req mcp.ElicitationRequest) (*mcp.ElicitationResult, error) {
	p.asked.Add(1)
	p.message.Store(req.Params.Message)
	select {
	case <-time.After(p.delay):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return &mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: p.action}}, nil
}

func (p *person) lastMessage() string { s, _ := p.message.Load().(string); return s }

// connectAs starts an in-process client speaking protocol version, with
// an elicitation handler when p is not nil.
func connectAs(t *testing.T, srv *Server, version string, p *person) *client.Client {
	t.Helper()
	var opts []client.ClientOption
	if p != nil {
		opts = append(opts, client.WithElicitationHandler(p))
	}
	c, err := client.NewInProcessClientWithOptions(srv.MCP(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	req := mcp.InitializeRequest{}
	req.Params.ProtocolVersion = version
	req.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "1"}
	if p != nil {
		req.Params.Capabilities.Elicitation = &mcp.ElicitationCapability{}
	}
	if _, err := c.Initialize(ctx, req); err != nil {
		t.Fatal(err)
	}
	return c
}

// A confirm-gated call asks the person, on the protocol's own path: a
// multi-round-trip request on 2026-07-28, a server-to-client request on
// 2025-11-25. Accepted, it is sent once; declined or unanswered, nothing
// is sent, whatever confirm the model passed; each outcome is recorded.
func TestConfirmationAsksThePerson(t *testing.T) {
	reboot := map[string]any{"node": "pve1", "vmid": 100, "confirm": true}
	for _, version := range []string{mcp.LATEST_PROTOCOL_VERSION, mcp.LATEST_LEGACY_PROTOCOL_VERSION} {
		for _, tc := range []struct {
			name     string
			action   mcp.ElicitationResponseAction
			delay    time.Duration
			sent     int
			decision audit.Decision
			answer   string
		}{
			{"accept", mcp.ElicitationResponseActionAccept, 0, 1, audit.ConfirmedByElicitation, ""},
			{"decline", mcp.ElicitationResponseActionDecline, 0, 0, audit.Declined, "the person declined"},
			{"cancel", mcp.ElicitationResponseActionCancel, 0, 0, audit.Declined, "the person declined"},
			{"timeout", mcp.ElicitationResponseActionAccept, 2 * time.Second, 0, audit.TimedOut, "nobody answered"},
		} {
			t.Run(version+"/"+tc.name, func(t *testing.T) {
				u := newUpstream(t)
				path := filepath.Join(t.TempDir(), "audit.log")
				log, err := audit.Open(path)
				if err != nil {
					t.Fatal(err)
				}
				srv := newServer(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, Audit: log, ElicitationTimeout: 300 * time.Millisecond,
					Upstreams: map[catalog.Product]Upstream{catalog.PVE: u.client(t, catalog.PVE)}})
				p := &person{action: tc.action, delay: tc.delay}
				c := connectAs(t, srv, version, p)
				res := call(t, c, "pve_delete_nodes_qemu_vmid", reboot)
				if p.asked.Load() != 1 {
					t.Fatalf("the person was asked %d times", p.asked.Load())
				}
				if msg := p.lastMessage(); !strings.Contains(msg, "DELETE /nodes/pve1/qemu/100") {
					t.Errorf("the question does not show the request:\n%s", msg)
				}
				if got := u.writes(); got != tc.sent {
					t.Errorf("%d writes sent, want %d (%s)", got, tc.sent, text(res))
				}
				if tc.answer != "" && (!res.IsError || !strings.Contains(text(res), tc.answer)) {
					t.Errorf("answer %q, want it to say %q", text(res), tc.answer)
				}
				log.Close()
				data, _ := os.ReadFile(path)
				if !bytes.Contains(data, []byte(`"decision":"`+string(tc.decision)+`"`)) {
					t.Errorf("audit log lacks decision %s:\n%s", tc.decision, data)
				}
			})
		}
	}
}

// A client that cannot ask a person: with elicitation required the call
// is refused whatever the model passes; preferred, the model's confirm
// stands in; off, a client that could ask is not asked.
func TestConfirmationWithoutAPerson(t *testing.T) {
	args := map[string]any{"node": "pve1", "vmid": 100, "confirm": true}
	for _, tc := range []struct {
		mode   Elicitation
		person *person
		sent   int
	}{
		{ElicitRequire, nil, 0},
		{ElicitPrefer, nil, 1},
		{ElicitOff, &person{action: mcp.ElicitationResponseActionDecline}, 1},
	} {
		u := newUpstream(t)
		srv := newServer(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, Elicitation: tc.mode,
			Upstreams: map[catalog.Product]Upstream{catalog.PVE: u.client(t, catalog.PVE)}})
		c := connectAs(t, srv, mcp.LATEST_LEGACY_PROTOCOL_VERSION, tc.person)
		res := call(t, c, "pve_delete_nodes_qemu_vmid", args)
		if u.writes() != tc.sent {
			t.Errorf("%s: %d writes sent, want %d: %s", tc.mode, u.writes(), tc.sent, text(res))
		}
		if tc.person != nil && tc.person.asked.Load() != 0 {
			t.Errorf("%s: the person was asked", tc.mode)
		}
		if tc.mode == ElicitRequire && !strings.Contains(text(res), "cannot ask one") {
			t.Errorf("require: %s", text(res))
		}
	}
}

// A multi-round-trip answer counts only for the request the person saw,
// once, and in time: a forged, replayed or retargeted answer sends
// nothing. (mcp-go's client drives the round trip itself, so the retries
// are made here as a client that forges them would.)
func TestRoundTripConfirmationIsBound(t *testing.T) {
	u := newUpstream(t)
	srv := newServer(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, ElicitationTimeout: time.Minute,
		Upstreams: map[catalog.Product]Upstream{catalog.PVE: u.client(t, catalog.PVE)}})
	e, _ := srv.Inventory().Lookup("pve_delete_nodes_qemu_vmid")
	accept := mcp.InputResponses{confirmInput: mcp.NewElicitationInputResponse(mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionAccept}})}
	retry := func(vmid int, state string) *mcp.CallToolResult {
		req := mcp.CallToolRequest{}
		req.Params.Name = e.Name
		req.Params.InputResponses, req.Params.RequestState = accept, state
		return srv.invoke(context.Background(), req, e, map[string]any{"node": "pve1", "vmid": vmid})
	}
	if res := retry(100, "forged"); !strings.Contains(text(res), "not issued for this request") || u.writes() != 0 {
		t.Errorf("forged state: %s (%d sent)", text(res), u.writes())
	}
	prepared := mustPrepare(t, e, map[string]any{"node": "pve1", "vmid": 100})
	state := srv.confirmations.issue(e.Name, prepared, time.Now().Add(time.Minute))
	if res := retry(101, state); !strings.Contains(text(res), "not issued for this request") || u.writes() != 0 {
		t.Errorf("an answer for VM 100 used for VM 101: %s (%d sent)", text(res), u.writes())
	}
	if res := retry(100, state); res.IsError || u.writes() != 1 {
		t.Errorf("the right answer: %s (%d sent)", text(res), u.writes())
	}
	if res := retry(100, state); !strings.Contains(text(res), "already used") || u.writes() != 1 {
		t.Errorf("replayed answer: %s (%d sent)", text(res), u.writes())
	}
	old := srv.confirmations.issue(e.Name, prepared, time.Now().Add(-time.Second))
	if res := retry(100, old); !strings.Contains(text(res), "nobody answered") || u.writes() != 1 {
		t.Errorf("expired answer: %s (%d sent)", text(res), u.writes())
	}
}
