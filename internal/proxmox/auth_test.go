package proxmox

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

var statusArgs = map[string]any{"node": "pve1", "vmid": 100}

func TestTokenHeaders(t *testing.T) {
	cases := []struct {
		product catalog.Product
		want    string
	}{
		{catalog.PVE, "PVEAPIToken=root@pam!mcp=11111111-2222-3333-4444-555555555555"},
		{catalog.PBS, "PBSAPIToken=root@pam!mcp:11111111-2222-3333-4444-555555555555"},
	}
	for _, tc := range cases {
		t.Run(string(tc.product), func(t *testing.T) {
			srv := newFake(t, dataOK(`{"status":"running"}`))
			cfg := tokenConfig(srv.URL)
			cfg.Product = tc.product
			data, err := newTestClient(t, cfg).Do(context.Background(), opStart, statusArgs)
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != `{"status":"running"}` {
				t.Errorf("data = %s", data)
			}
			r := srv.requests()[0]
			if got := r.Header.Get("Authorization"); got != tc.want {
				t.Errorf("Authorization = %q, want %q", got, tc.want)
			}
			if r.Header.Get("Cookie") != "" || r.Header.Get("CSRFPreventionToken") != "" {
				t.Errorf("token request carries ticket headers: %v", r.Header)
			}
			if r.URI != "/api2/json/nodes/pve1/qemu/100/status/start" || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
				t.Errorf("request = %+v", r)
			}
		})
	}
}

// ticketServer is a fake node that hands out tickets and checks them.
type ticketServer struct {
	*fakeServer
	logins atomic.Int32
	tfa    string // "" or the TFA answer to give
}

func newTicketServer(t *testing.T, product catalog.Product) *ticketServer {
	ts := &ticketServer{}
	cookie := "PVEAuthCookie"
	if product == catalog.PBS {
		cookie = "PBSAuthCookie"
	}
	ts.fakeServer = newFake(t, func(w http.ResponseWriter, r *http.Request, body string) {
		if r.URL.Path == "/api2/json/access/ticket" {
			ts.login(w, body)
			return
		}
		n := ts.logins.Load()
		if r.Header.Get("Cookie") != fmt.Sprintf("%s=TICKET-%d", cookie, n) {
			rawReply(w, "401 no ticket", "application/json", `{"data":null}`, -1)
			return
		}
		wantCSRF := ""
		if r.Method != http.MethodGet {
			wantCSRF = fmt.Sprintf("CSRF-%d", n)
		}
		if r.Header.Get("CSRFPreventionToken") != wantCSRF {
			rawReply(w, "401 permission denied - invalid csrf token", "application/json", `{"data":null}`, -1)
			return
		}
		dataOK(`"ok"`)(w, r, body)
	})
	return ts
}

func (ts *ticketServer) login(w http.ResponseWriter, body string) {
	form, _ := url.ParseQuery(body)
	if form.Get("username") != "root@pam" || form.Get("password") != "hunter2-pw" {
		rawReply(w, "401 authentication failure", "application/json", `{"data":null}`, -1)
		return
	}
	time.Sleep(20 * time.Millisecond) // give concurrent callers time to pile up
	if ts.tfa != "" {
		fmt.Fprint(w, ts.tfa)
		return
	}
	n := ts.logins.Add(1)
	fmt.Fprintf(w, `{"data":{"ticket":"TICKET-%d","CSRFPreventionToken":"CSRF-%d","username":"root@pam"}}`, n, n)
}

func passwordConfig(url string, p catalog.Product) Config {
	return Config{Product: p, BaseURL: url, VerifyTLS: true, Timeout: 5 * time.Second, Username: "root@pam", Password: "hunter2-pw"}
}

func TestTicketLoginCSRFOnWritesAndRenewal(t *testing.T) {
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		t.Run(string(p), func(t *testing.T) {
			ts := newTicketServer(t, p)
			now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
			c := newTestClient(t, passwordConfig(ts.URL, p), WithClock(func() time.Time { return now }))
			ctx := context.Background()
			// The fake answers 401 unless the GET has the cookie and no CSRF
			// token, and the POST both.
			if _, err := c.Do(ctx, opStatus, statusArgs); err != nil {
				t.Fatalf("GET: %v", err)
			}
			if _, err := c.Do(ctx, opStart, statusArgs); err != nil {
				t.Fatalf("POST: %v", err)
			}
			if _, err := c.Do(ctx, opDestroy, statusArgs); err != nil {
				t.Fatalf("DELETE: %v", err)
			}
			if n := ts.logins.Load(); n != 1 {
				t.Fatalf("logins = %d, want 1", n)
			}
			login := ts.requests()[0]
			if login.Method != "POST" || login.Header.Get("Authorization") != "" || login.Header.Get("Cookie") != "" {
				t.Errorf("login request = %+v", login)
			}
			now = now.Add(89 * time.Minute)
			if _, err := c.Do(ctx, opStatus, statusArgs); err != nil || ts.logins.Load() != 1 {
				t.Fatalf("at 89 min: err=%v logins=%d, want the ticket reused", err, ts.logins.Load())
			}
			now = now.Add(2 * time.Minute)
			if _, err := c.Do(ctx, opStart, statusArgs); err != nil || ts.logins.Load() != 2 {
				t.Fatalf("at 91 min: err=%v logins=%d, want a renewal", err, ts.logins.Load())
			}
		})
	}
}

func TestConcurrentCallersShareOneLogin(t *testing.T) {
	ts := newTicketServer(t, catalog.PVE)
	c := newTestClient(t, passwordConfig(ts.URL, catalog.PVE))
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Do(context.Background(), opStatus, statusArgs)
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := ts.logins.Load(); n != 1 {
		t.Errorf("logins = %d, want 1", n)
	}
}

func TestLoginRejected(t *testing.T) {
	ts := newTicketServer(t, catalog.PVE)
	cfg := passwordConfig(ts.URL, catalog.PVE)
	cfg.Password = "wrong-password"
	_, err := newTestClient(t, cfg).Do(context.Background(), opStart, statusArgs)
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "POST /access/ticket: 401 authentication failure", "PVE_USERNAME", "PVE_PASSWORD")
	if ts.count() != 1 {
		t.Errorf("requests = %d: a failed login must not be retried nor followed by the call", ts.count())
	}
}

func TestSecondFactorIsAClearError(t *testing.T) {
	cases := map[catalog.Product]string{
		catalog.PVE: `{"data":{"NeedTFA":1,"ticket":"PVE:!tfa!root@pam:65A0::sig","CSRFPreventionToken":"65A0B1C2:csrfsig","username":"root@pam"}}`,
		catalog.PBS: `{"data":{"ticket":"PBS:!tfa!%7B%22totp%22%3Atrue%7D:root@pam:65A0::sig","CSRFPreventionToken":"65A0B1C2:csrfsig","username":"root@pam"}}`,
	}
	for p, answer := range cases {
		t.Run(string(p), func(t *testing.T) {
			ts := newTicketServer(t, p)
			ts.tfa = answer
			_, err := newTestClient(t, passwordConfig(ts.URL, p)).Do(context.Background(), opStatus, statusArgs)
			if err == nil {
				t.Fatal("no error")
			}
			prefix := strings.ToUpper(string(p))
			mustContain(t, err.Error(), "second factor (TFA)", prefix+"_TOKEN_ID", prefix+"_TOKEN_SECRET")
			if strings.Contains(err.Error(), "!tfa!") {
				t.Errorf("the half-ticket leaks: %v", err)
			}
			if ts.count() != 1 {
				t.Errorf("requests = %d, want only the login", ts.count())
			}
		})
	}
}

func TestTokenPreferredTicketWhereTokensAreNotAllowed(t *testing.T) {
	ts := newTicketServer(t, catalog.PVE)
	cfg := passwordConfig(ts.URL, catalog.PVE)
	cfg.TokenID, cfg.TokenSecret = "root@pam!mcp", "tok-secret"
	c := newTestClient(t, cfg)
	// The ticket server rejects token requests with 401, so look at headers.
	_, _ = c.Do(context.Background(), opStatus, statusArgs)
	if got := ts.requests()[0].Header.Get("Authorization"); got != "PVEAPIToken=root@pam!mcp=tok-secret" {
		t.Errorf("token-allowed operation: Authorization = %q", got)
	}
	if _, err := c.Do(context.Background(), opPassword, map[string]any{"userid": "u@pve", "password": "new-password"}); err != nil {
		t.Fatalf("allowtoken=0 operation: %v", err)
	}
	last := ts.requests()[len(ts.requests())-1]
	if last.Header.Get("Authorization") != "" || last.Header.Get("Cookie") != "PVEAuthCookie=TICKET-1" || last.Header.Get("CSRFPreventionToken") != "CSRF-1" {
		t.Errorf("allowtoken=0 operation sent %v", last.Header)
	}
}

func TestTokenOnlyRefusesOperationsThatNeedATicket(t *testing.T) {
	srv := newFake(t, dataOK(`null`))
	_, err := newTestClient(t, tokenConfig(srv.URL)).Do(context.Background(), opPassword, map[string]any{"userid": "u@pve", "password": "new-password"})
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "cannot be called with an API token", "PVE_USERNAME", "PVE_PASSWORD")
	if srv.count() != 0 {
		t.Errorf("%d requests sent, want none", srv.count())
	}
}

func TestNoCredentials(t *testing.T) {
	srv := newFake(t, dataOK(`null`))
	_, err := newTestClient(t, Config{Product: catalog.PBS, BaseURL: srv.URL, VerifyTLS: true}).Do(context.Background(), opStatus, statusArgs)
	if err == nil || srv.count() != 0 {
		t.Fatalf("err=%v requests=%d", err, srv.count())
	}
	mustContain(t, err.Error(), "PBS_TOKEN_ID", "PBS_TOKEN_SECRET", "PBS_USERNAME")
}

func TestWithTokenOverridesConfiguredCredentials(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) {
		// An echoing server: the bare secret in the reason phrase.
		rawReply(w, "401 bad secret req-secret-999", "text/plain", "", -1)
	})
	c := newTestClient(t, tokenConfig(srv.URL))
	ctx := WithToken(context.Background(), "alice@pve!team", "req-secret-999")
	_, err := c.Do(ctx, opStatus, statusArgs)
	if got := srv.requests()[0].Header.Get("Authorization"); got != "PVEAPIToken=alice@pve!team=req-secret-999" {
		t.Errorf("Authorization = %q", got)
	}
	if err == nil || strings.Contains(err.Error(), "req-secret-999") {
		t.Fatalf("err = %v", err)
	}
	mustContain(t, err.Error(), "401", "sent with this request")
	if strings.Contains(c.Redactor().Local("req-secret-999"), "***") {
		t.Error("the per-request secret was stored in the client's redactor")
	}
	// A per-request token never falls back to the configured password.
	_, err = c.Do(ctx, opPassword, map[string]any{"userid": "u@pve", "password": "new-password"})
	if err == nil || srv.count() != 1 {
		t.Errorf("allowtoken=0 with a request token: err=%v requests=%d", err, srv.count())
	}
}

func TestRejectedTicketIsForgotten(t *testing.T) {
	ts := newTicketServer(t, catalog.PVE)
	c := newTestClient(t, passwordConfig(ts.URL, catalog.PVE))
	ctx := context.Background()
	if _, err := c.Do(ctx, opStatus, statusArgs); err != nil {
		t.Fatal(err)
	}
	// The node forgets the ticket (e.g. its key was rotated): the fake now
	// expects TICKET-2, which the client does not have yet.
	ts.logins.Add(1)
	if _, err := c.Do(ctx, opStart, statusArgs); err == nil {
		t.Fatal("stale ticket accepted")
	}
	if ts.logins.Load() != 2 {
		t.Fatalf("a rejected write must not be retried with a new login: logins=%d", ts.logins.Load())
	}
	if _, err := c.Do(ctx, opStatus, statusArgs); err != nil {
		t.Fatalf("the next call did not log in again: %v", err)
	}
	if ts.logins.Load() != 3 {
		t.Errorf("logins = %d, want 3", ts.logins.Load())
	}
}
