package proxmox

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func TestRetryCounts(t *testing.T) {
	cases := []struct {
		name      string
		op        *catalog.Operation
		fail      func(w http.ResponseWriter) // how the failing attempts fail
		failures  int                         // how many attempts fail before success
		wantReqs  int
		wantError bool
	}{
		{"GET 503 then success", opStatus, status("503 Service Unavailable"), 2, 3, false},
		{"GET 503 always", opStatus, status("503 Service Unavailable"), 99, 3, true},
		{"GET 502", opStatus, status("502 Bad Gateway"), 1, 2, false},
		{"GET 595", opStatus, status("595 Connection refused"), 99, 3, true},
		{"GET 596", opStatus, status("596 Connection timed out"), 1, 2, false},
		{"GET connection error", opStatus, hangUp, 2, 3, false},
		{"GET 500 is not retried", opStatus, status("500 no such guest"), 99, 1, true},
		{"GET 401 is not retried", opStatus, status("401 authentication failure"), 99, 1, true},
		{"POST 503 is not retried", opStart, status("503 Service Unavailable"), 99, 1, true},
		{"POST connection error is not retried", opStart, hangUp, 99, 1, true},
		{"PUT 595 is not retried", opConfig, status("595 Connection refused"), 99, 1, true},
		{"DELETE 502 is not retried", opDestroy, status("502 Bad Gateway"), 99, 1, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var n atomic.Int32
			srv := newFake(t, func(w http.ResponseWriter, r *http.Request, body string) {
				if int(n.Add(1)) <= tc.failures {
					tc.fail(w)
					return
				}
				dataOK(`"ok"`)(w, r, body)
			})
			s := &sleeps{}
			_, err := newTestClient(t, tokenConfig(srv.URL), WithSleep(s.sleep)).Do(context.Background(), tc.op, statusArgs)
			if (err != nil) != tc.wantError {
				t.Errorf("err = %v, want error %v", err, tc.wantError)
			}
			if srv.count() != tc.wantReqs {
				t.Errorf("requests = %d, want %d", srv.count(), tc.wantReqs)
			}
			if s.n() != tc.wantReqs-1 {
				t.Errorf("sleeps = %d, want %d", s.n(), tc.wantReqs-1)
			}
		})
	}
}

func status(line string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) { rawReply(w, line, "application/json", `{"data":null}`, -1) }
}

func TestBackoffIsBoundedAndGrows(t *testing.T) {
	for attempt := 1; attempt <= 10; attempt++ {
		for i := 0; i < 50; i++ {
			d := backoff(attempt)
			ceiling := min(backoffBase<<(attempt-1), backoffMax)
			if d < ceiling/2 || d > ceiling {
				t.Fatalf("attempt %d: %v outside [%v, %v]", attempt, d, ceiling/2, ceiling)
			}
		}
	}
}

func TestMaxAttemptsOption(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) { status("503 busy")(w) })
	_, err := newTestClient(t, tokenConfig(srv.URL), WithMaxAttempts(5)).Do(context.Background(), opStatus, statusArgs)
	if err == nil || srv.count() != 5 {
		t.Errorf("err=%v requests=%d, want 5", err, srv.count())
	}
}

func TestSleepHonoursCancellation(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) { status("503 busy")(w) })
	ctx, cancel := context.WithCancel(context.Background())
	cancelling := func(ctx context.Context, d time.Duration) error {
		cancel()
		return sleepCtx(ctx, time.Hour)
	}
	_, err := newTestClient(t, tokenConfig(srv.URL), WithSleep(cancelling)).Do(ctx, opStatus, statusArgs)
	if !errors.Is(err, context.Canceled) || srv.count() != 1 {
		t.Errorf("err=%v requests=%d", err, srv.count())
	}
}

func TestTimeoutNamesTheVariable(t *testing.T) {
	release := make(chan struct{})
	srv := newFake(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	cfg := tokenConfig(srv.URL)
	cfg.Timeout = 50 * time.Millisecond
	start := time.Now()
	_, err := newTestClient(t, cfg).Do(context.Background(), opStatus, statusArgs)
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "no answer within 50ms", "PVE_TIMEOUT")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Error("a timeout does not match context.DeadlineExceeded")
	}
	if srv.count() != 1 || time.Since(start) > 2*time.Second {
		t.Errorf("requests=%d elapsed=%v: a timeout is not retried", srv.count(), time.Since(start))
	}
}

func TestConnectionRefusedNamesTheBaseURL(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &sleeps{}
	cfg := tokenConfig("http://" + addr)
	_, err = newTestClient(t, cfg, WithSleep(s.sleep)).Do(context.Background(), opStatus, statusArgs)
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "connection refused by http://"+addr, "PVE_BASE_URL", "port 8006")
	if s.n() != 2 {
		t.Errorf("retries = %d, want 2 (a refused GET is retried)", s.n())
	}
	s2 := &sleeps{}
	_, _ = newTestClient(t, cfg, WithSleep(s2.sleep)).Do(context.Background(), opStart, statusArgs)
	if s2.n() != 0 {
		t.Errorf("a refused POST was retried %d times", s2.n())
	}
}
