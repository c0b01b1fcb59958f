package proxmox

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// The secrets an echoing server throws back at the client on every error
// path; none may appear in an error string or on stderr.
const (
	secToken    = "TOKSECRET-5f3a9c2e"
	secPassword = "PASSW0RD-77e1b4"
	secTicket   = "PVE:root@pam:66AABBCC::TICKETSIG-a1b2c3d4"
	secCSRF     = "66AABBCC:CSRFSIG-d4e5f6a7"
)

var allSecrets = []string{secToken, secPassword, secTicket, secCSRF, "TICKETSIG", "CSRFSIG", "TOKSECRET", "PASSW0RD"}

// echoServer answers each node name (the first path parameter) with a
// different failure that repeats every secret it knows.
func echoServer(t *testing.T) *fakeServer {
	echo := secToken + " " + secPassword + " " + secTicket + " " + secCSRF
	return newFake(t, func(w http.ResponseWriter, r *http.Request, body string) {
		if r.URL.Path == "/api2/json/access/ticket" {
			form, _ := url.ParseQuery(body)
			if form.Get("password") != secPassword {
				rawReply(w, "401 authentication failure for "+body, "text/plain", body, -1)
				return
			}
			fmt.Fprintf(w, `{"data":{"ticket":%q,"CSRFPreventionToken":%q,"username":"root@pam"}}`, secTicket, secCSRF)
			return
		}
		if r.URL.Path == "/api2/json/access/password" {
			dataOK(`null`)(w, r, body)
			return
		}
		switch strings.Split(r.URL.Path+"///", "/")[4] {
		case "reason":
			rawReply(w, "500 failed: "+echo, "application/json", `{"data":null}`, -1)
		case "errors":
			rawReply(w, "400 Parameter verification failed.", "application/json",
				fmt.Sprintf(`{"data":null,"errors":{%q:%q,"vmid":%q}}`, secToken, secPassword, secTicket+" "+secCSRF), -1)
		case "nonjson":
			rawReply(w, "200 OK", "text/html", "<html>"+echo+"</html>", -1)
		case "trunc":
			rawReply(w, "200 OK", "application/json", `{"data":"`+echo, -1)
		case "plain401":
			rawReply(w, "401 Unauthorized", "text/plain", echo+"\nAuthorization: "+r.Header.Get("Authorization")+"\nCookie: "+r.Header.Get("Cookie"), -1)
		case "forbidden":
			rawReply(w, "403 Permission check failed "+echo, "application/json", `{"data":null}`, -1)
		case "redirect":
			rawReply(w, "302 Found\r\nLocation: https://x.example/?t="+url.QueryEscape(secTicket), "text/plain", "", -1)
		case "slow":
			<-r.Context().Done()
		default:
			rawReply(w, "503 busy "+echo, "text/plain", echo, -1)
		}
	})
}

func TestNoSecretInAnyErrorOrWarning(t *testing.T) {
	srv := echoServer(t)
	var stderr bytes.Buffer
	both := Config{
		Product: catalog.PVE, BaseURL: srv.URL, VerifyTLS: true, Timeout: 200 * time.Millisecond,
		TokenID: "root@pam!mcp", TokenSecret: secToken, Username: "root@pam", Password: secPassword,
	}
	c := newTestClient(t, both, WithWarnings(&stderr))
	ctx := context.Background()
	// Log in once, so the client has learnt the ticket and CSRF token.
	if _, err := c.Do(ctx, opPassword, map[string]any{"userid": "u@pve", "password": "brand-new-pw"}); err != nil {
		t.Fatalf("login: %v", err)
	}
	var errs []error
	collect := func(_ any, err error) {
		if err == nil {
			t.Errorf("error path %d did not fail", len(errs))
		}
		errs = append(errs, err)
	}
	for _, node := range []string{"reason", "errors", "nonjson", "trunc", "plain401", "forbidden", "redirect", "slow", "busy"} {
		collect(c.Do(ctx, opStatus, map[string]any{"node": node, "vmid": 100}))
		collect(c.Do(ctx, opStart, map[string]any{"node": node, "vmid": 100}))
	}
	collect(c.Download(ctx, prepared(t, opDownload, map[string]any{"store": "nonjson"}), 10))
	collect(c.CheckLine(ctx))

	// A wrong password echoed by the login answer.
	wrong := both
	wrong.Password = secPassword + "-old"
	collect(newTestClient(t, wrong, WithWarnings(&stderr)).Do(ctx, opPassword, map[string]any{"userid": "u@pve", "password": "brand-new-pw"}))
	// Token only, for an operation that needs a ticket.
	tokenOnly := both
	tokenOnly.Username, tokenOnly.Password = "", ""
	collect(newTestClient(t, tokenOnly, WithWarnings(&stderr)).Do(ctx, opPassword, map[string]any{"userid": "u@pve", "password": secPassword}))
	// Connection refused and TLS failures, with the secrets configured.
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	refused := both
	refused.BaseURL = "http://" + ln.Addr().String()
	ln.Close()
	collect(newTestClient(t, refused, WithWarnings(&stderr)).Do(ctx, opStatus, statusArgs))
	tlsSrv := newTLSFake(t, dataOK(`"ok"`))
	pinned := both
	pinned.BaseURL, pinned.Fingerprint = tlsSrv.URL, strings.Repeat("00", 32)
	collect(newTestClient(t, pinned, WithWarnings(&stderr)).Do(ctx, opStatus, statusArgs))
	// The insecure-TLS warning, with a secret in the base URL's path.
	insecure := both
	insecure.BaseURL, insecure.VerifyTLS = tlsSrv.URL+"/"+secToken, false
	newTestClient(t, insecure, WithWarnings(&stderr))

	for i, err := range errs {
		if err == nil {
			continue
		}
		t.Logf("error %d: %v", i, err)
		for _, s := range allSecrets {
			if strings.Contains(err.Error(), s) {
				t.Errorf("error %d leaks %q: %v", i, s, err)
			}
		}
	}
	for _, s := range allSecrets {
		if strings.Contains(stderr.String(), s) {
			t.Errorf("stderr leaks %q: %s", s, stderr.String())
		}
	}
	if !strings.Contains(stderr.String(), "PVE_VERIFY_SSL") {
		t.Errorf("the insecure warning was not written: %q", stderr.String())
	}
}

// The password-oracle defect: the caller's own arguments, echoed back by
// Proxmox in an error, come back exactly as sent — a mask would mark which
// guess was the password.
func TestTheRedactorIsNoPasswordOracle(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, body string) {
		if r.URL.Path == "/api2/json/access/ticket" {
			fmt.Fprintf(w, `{"data":{"ticket":%q,"CSRFPreventionToken":%q,"username":"root@pam"}}`, secTicket, secCSRF)
			return
		}
		node := strings.Split(r.URL.Path, "/")[4]
		rawReply(w, "500 Configuration file 'nodes/"+node+"/qemu-server/100.conf' does not exist", "application/json", `{"data":null}`, -1)
	})
	cfg := Config{Product: catalog.PVE, BaseURL: srv.URL, VerifyTLS: true, Username: "root@pam", Password: secPassword}
	c := newTestClient(t, cfg)
	guesses := "guess1," + secPassword + ",guess3"
	_, err := c.Do(context.Background(), opStatus, map[string]any{"node": guesses, "vmid": 100})
	if err == nil {
		t.Fatal("no error")
	}
	if strings.Contains(err.Error(), "***") || !strings.Contains(err.Error(), "nodes/"+url.PathEscape(guesses)) && !strings.Contains(err.Error(), guesses) {
		t.Errorf("the caller's own text was altered: %v", err)
	}
}

// A short secret is not masked by value: it would mangle every message.
func TestShortSecretDoesNotMangleMessages(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) {
		rawReply(w, "500 max exceeded on node x", "application/json", `{"data":null}`, -1)
	})
	c := newTestClient(t, Config{Product: catalog.PVE, BaseURL: srv.URL, VerifyTLS: true, TokenID: "root@pam!mcp", TokenSecret: "x"})
	_, err := c.Do(context.Background(), opStatus, statusArgs)
	if err == nil || !strings.Contains(err.Error(), "max exceeded on node x") {
		t.Errorf("err = %v", err)
	}
}

// An upstream that echoes the Authorization header in a successful answer
// does not hand the secret to the model.
func TestSuccessfulAnswersAreMasked(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		fmt.Fprintf(w, `{"data":{"seen":%q,"again":%q}}`, r.Header.Get("Authorization"), secToken)
	})
	c := newTestClient(t, Config{Product: catalog.PVE, BaseURL: srv.URL, VerifyTLS: true, TokenID: "root@pam!mcp", TokenSecret: secToken})
	data, err := c.Do(context.Background(), opStatus, statusArgs)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "TOKSECRET") || !strings.Contains(string(data), "root@pam!mcp") {
		t.Errorf("answer %s", data)
	}
}
