package proxmox

import (
	"context"
	"math/rand/v2"
	"net/http"
	"time"
)

// retryable says whether a failed attempt may be repeated. Only reads are:
// a write that failed on the way back may already have happened, and
// Proxmox writes (create, start, migrate) are not idempotent.
func retryable(method string, status int, f failure) bool {
	if method != http.MethodGet {
		return false
	}
	switch status {
	case 0:
		return f == failConnection
	case http.StatusBadGateway, http.StatusServiceUnavailable, 595, 596:
		return true
	}
	return false
}

// Backoff bounds: the third attempt starts at most ~1s after the first.
const (
	backoffBase = 250 * time.Millisecond
	backoffMax  = 2 * time.Second
)

// backoff is exponential with jitter (half fixed, half random), so that
// many clients retrying after a node restart do not arrive together.
func backoff(attempt int) time.Duration {
	d := backoffBase << (attempt - 1)
	if d > backoffMax || d <= 0 {
		d = backoffMax
	}
	half := d / 2
	return half + rand.N(half+1)
}

// sleepCtx waits for d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
