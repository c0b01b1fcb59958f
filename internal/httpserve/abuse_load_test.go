//go:build load

// The abuse measurements: go test -tags load -run TestAbuse -v ./internal/httpserve/
// They flood the server with sessions and event streams, with the
// default limits, print what that leaves behind, and check that the
// limits hold it.
package httpserve

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

const (
	abuseInitializes = 20000
	abuseStreams     = 320
)

// TestAbuseSessions sends 20,000 initialize calls that never DELETE, from
// one address and then from 100.
func TestAbuseSessions(t *testing.T) {
	for _, addresses := range []int{1, 100} {
		t.Run(fmt.Sprintf("%d addresses", addresses), func(t *testing.T) {
			r := start(t, baseHTTP(), newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly))
			clients := make([]*http.Client, addresses)
			for i := range clients {
				clients[i] = &http.Client{Transport: transportFrom(fmt.Sprintf("127.0.1.%d", i+1)), Timeout: 30 * time.Second}
			}
			before := measure(t, 0)
			statuses := floodInitialize(t, r.url, clients, abuseInitializes)
			for _, c := range clients {
				c.CloseIdleConnections()
			}
			after := measure(t, 0)
			live := r.srv.sessions.count()
			t.Logf("%d initialize calls without DELETE from %d addresses: answers %v; %d sessions live",
				abuseInitializes, addresses, statuses, live)
			t.Logf("heap in use %s → %s; RSS %s → %s", mib(before.heap), mib(after.heap), mib(before.rss), mib(after.rss))
			if want := min(addresses*config.DefaultHTTPMaxSessionsPerClient, config.DefaultHTTPMaxSessions); live != want {
				t.Errorf("%d sessions live, want %d (the limits)", live, want)
			}
		})
	}
}

// TestAbuseStreams opens 320 event streams on ten sessions from one
// address, then 1,100 from eleven, reports how many stay open, and lets
// them go idle.
func TestAbuseStreams(t *testing.T) {
	for _, c := range []struct{ addresses, perAddress, want int }{
		{1, abuseStreams, config.DefaultHTTPMaxStreamsPerClient},
		{11, config.DefaultHTTPMaxStreamsPerClient, config.DefaultHTTPMaxStreams},
	} {
		t.Run(fmt.Sprintf("%d addresses", c.addresses), func(t *testing.T) {
			h := baseHTTP()
			h.StreamIdleTimeout = 2 * time.Second
			r := start(t, h, newMCP(t, map[catalog.Product]*upstream{catalog.PVE: newUpstream(t)}, policy.ReadOnly))
			var sessions []string
			for range 10 {
				s := newRPC(r.url, nil)
				s.initialize(t)
				sessions = append(sessions, s.session)
			}
			before := measure(t, 0)
			open := &atomic.Int64{}
			statuses := map[int]int{}
			for i := range c.addresses {
				client := &http.Client{Transport: transportFrom(fmt.Sprintf("127.0.2.%d", i+1))}
				openStreams(t, r.url, client, sessions, c.perAddress, open, statuses)
			}
			during := measure(t, 0)
			t.Logf("%d GET streams from %d addresses: answers %v; %d open", c.addresses*c.perAddress, c.addresses, statuses, open.Load())
			t.Logf("heap in use %s → %s, goroutines %d → %d while they are open (client and server)",
				mib(before.heap), mib(during.heap), before.goroutines, during.goroutines)
			if n := open.Load(); n != int64(c.want) {
				t.Errorf("%d streams open, want %d (the limits)", n, c.want)
			}
			waitUntil(t, "the idle streams end", func() bool { return open.Load() == 0 })
			t.Logf("all ended %s after they were opened (idle timeout %s)", time.Since(during.at).Round(100*time.Millisecond), h.StreamIdleTimeout)
		})
	}
}

// openStreams opens n GET streams round-robin on sessions; the streams
// are read in the background, and open counts those not yet ended.
func openStreams(t *testing.T, url string, client *http.Client, sessions []string, n int, open *atomic.Int64, statuses map[int]int) {
	for i := range n {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		req.Header.Set("Accept", "text/event-stream")
		req.Header.Set(server.HeaderKeySessionID, sessions[i%len(sessions)])
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		statuses[res.StatusCode]++
		if res.StatusCode != http.StatusOK {
			_, _ = io.Copy(io.Discard, res.Body)
			res.Body.Close()
			continue
		}
		open.Add(1)
		t.Cleanup(func() { res.Body.Close() })
		go func() { _, _ = io.Copy(io.Discard, res.Body); open.Add(-1) }()
	}
}

// floodInitialize sends n initialize calls from 8 workers, spread over
// the clients, and counts the answers by status.
func floodInitialize(t *testing.T, url string, clients []*http.Client, n int) map[int]int {
	var mu sync.Mutex
	statuses := map[int]int{}
	next := atomic.Int64{}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1); i <= int64(n); i = next.Add(1) {
				status, err := initializeOnce(url, clients[int(i)%len(clients)])
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				statuses[status]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return statuses
}

func initializeOnce(url string, client *http.Client) (int, error) {
	body := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"flood","version":"1"}}}`
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	res, err := client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("initialize: %v", err)
	}
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode, nil
}
