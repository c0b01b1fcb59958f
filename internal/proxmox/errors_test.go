package proxmox

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestStatusErrors(t *testing.T) {
	cases := []struct {
		name       string
		op         string // "get" or "post"
		statusLine string
		ctype      string
		body       string
		declared   int
		wantStatus int
		want       []string
		wantErrors map[string]string
	}{
		{"401 names the token variables", "get", "401 authentication failure", "application/json", `{"data":null}`, -1, 401,
			[]string{"GET /nodes/pve1/qemu/100/status/current: 401 authentication failure", "PVE_TOKEN_ID", "PVE_TOKEN_SECRET"}, nil},
		{"403 names the privileges", "post", "403 Permission check failed (/vms/100, VM.PowerMgmt)", "application/json", `{"data":null}`, -1, 403,
			[]string{"403 Permission check failed (/vms/100, VM.PowerMgmt)", "needs VM.PowerMgmt on /vms/{vmid}", "privilege separation"}, nil},
		{"500 reason phrase", "get", "500 unable to find configuration file for VM 999 - no such guest", "application/json", `{"data":null}`, -1, 500,
			[]string{"500 unable to find configuration file for VM 999 - no such guest"}, nil},
		{"400 errors object", "post", "400 Parameter verification failed.", "application/json",
			`{"data":null,"errors":{"vmid":"value does not look like a valid VM ID\n","skiplock":"invalid format"}}`, -1, 400,
			[]string{"400 Parameter verification failed. (skiplock: invalid format; vmid: value does not look like a valid VM ID)"},
			map[string]string{"vmid": "value does not look like a valid VM ID", "skiplock": "invalid format"}},
		{"PBS plain-text body", "get", "400 Bad Request", "text/plain;charset=utf-8", "parameter verification failed - 'vmid': value must be at least 100\n", -1, 400,
			[]string{"400 parameter verification failed - 'vmid': value must be at least 100"}, nil},
		{"501 older release", "get", "501 Method 'GET /nodes/pve1/qemu/100/status/current' not implemented", "application/json", `{"data":null}`, -1, 501,
			[]string{"not implemented", "release may be older than the one this catalog was generated from"}, nil},
		{"595 target node unreachable", "post", "595 Connection refused", "application/json", ``, -1, 595,
			[]string{"595 Connection refused", "could not reach the node this call is for", "PVE_BASE_URL"}, nil},
		{"596 target node unreachable", "post", "596 Connection timed out", "application/json", ``, -1, 596,
			[]string{"596 Connection timed out", "could not reach the node"}, nil},
		{"generic reason falls back to the body", "get", "500 Internal Server Error", "text/plain", "storage 'local' does not exist", -1, 500,
			[]string{"500 storage 'local' does not exist"}, nil},
		{"non-JSON 200", "get", "200 OK", "text/html", "<html><body>login</body></html>", -1, 200,
			[]string{"is not JSON (text/html, 31 bytes): <html>", "PVE_BASE_URL"}, nil},
		{"truncated JSON 200", "get", "200 OK", "application/json", `{"data":{"status":"runn`, -1, 200,
			[]string{"is truncated JSON"}, nil},
		{"empty 200", "get", "200 OK", "application/json", ``, -1, 200,
			[]string{"the answer is empty"}, nil},
		{"JSON that is not an object", "get", "200 OK", "application/json", `[1,2]`, -1, 200,
			[]string{"is not the JSON object Proxmox sends"}, nil},
		{"redirect is not followed", "get", "302 Found\r\nLocation: https://elsewhere.example/", "text/html", "", -1, 302,
			[]string{"unexpected redirect to https://elsewhere.example/", "PVE_BASE_URL"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) {
				rawReply(w, tc.statusLine, tc.ctype, tc.body, tc.declared)
			})
			op := opStatus
			if tc.op == "post" {
				op = opStart
			}
			_, err := newTestClient(t, tokenConfig(srv.URL)).Do(context.Background(), op, statusArgs)
			var apiErr *APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("err = %v (%T), want *APIError", err, err)
			}
			if apiErr.Status != tc.wantStatus {
				t.Errorf("Status = %d, want %d", apiErr.Status, tc.wantStatus)
			}
			mustContain(t, err.Error(), tc.want...)
			for k, v := range tc.wantErrors {
				if apiErr.Errors[k] != v {
					t.Errorf("Errors[%s] = %q, want %q", k, apiErr.Errors[k], v)
				}
			}
		})
	}
}

func TestTruncatedBodyIsAnErrorNotACrash(t *testing.T) {
	// Content-Length promises more than arrives: the connection drops
	// mid-body.
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) {
		rawReply(w, "200 OK", "application/json", `{"data":{"st`, 500)
	})
	s := &sleeps{}
	_, err := newTestClient(t, tokenConfig(srv.URL), WithSleep(s.sleep)).Do(context.Background(), opStatus, statusArgs)
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "connection failed: unexpected EOF", "PVE_BASE_URL")
	if srv.count() != 3 {
		t.Errorf("a GET cut short is a connection error worth retrying: %d requests", srv.count())
	}
}

func TestResponseSizeCap(t *testing.T) {
	big := `{"data":"` + strings.Repeat("x", 2000) + `"}`
	for _, chunked := range []bool{false, true} {
		srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) {
			if chunked {
				w.(http.Flusher).Flush() // no Content-Length: the cap must hold while reading
			}
			w.Write([]byte(big))
		})
		_, err := newTestClient(t, tokenConfig(srv.URL), WithMaxResponseBytes(1024)).Do(context.Background(), opStatus, statusArgs)
		if err == nil {
			t.Fatalf("chunked=%v: no error", chunked)
		}
		mustContain(t, err.Error(), "larger than the limit of 1024 bytes")
	}
}

func TestAPIErrorUnwrapsOnlyContextErrors(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		<-r.Context().Done()
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newTestClient(t, tokenConfig(srv.URL)).Do(ctx, opStatus, statusArgs)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
