package mcpserver

import (
	"context"
	"runtime"
	"sync"
	"time"
	"weak"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// listTTL is how long a guest or datastore list answers lookups. Short:
// guests come and go, and a lookup that finds nothing reads again anyway.
const listTTL = 10 * time.Second

// targetReadTimeout bounds the reads that find a target, as the plan's
// reads are bounded: they are the server's own reads before a call, and a
// slow cluster must not hold the call longer than a plan would.
func targetReadTimeout() time.Duration { return planReadTimeout }

// listCache holds one upstream's latest list of T. Concurrent readers of
// a stale list share one read (the others wait for it), so a burst of
// calls costs the upstream one request.
type listCache[T any] struct {
	load func(ctx context.Context) ([]T, error)
	now  func() time.Time

	mu     sync.Mutex
	items  []T
	at     time.Time // when items were read; zero: never
	flight *listFlight[T]
}

// listFlight is a read in progress.
type listFlight[T any] struct {
	done  chan struct{}
	items []T
	err   error
}

// get returns a list read at most maxAge ago, reading it when there is
// none. fresh reports that it was read by this call (or one it waited
// for), so a caller does not read twice for one lookup.
func (c *listCache[T]) get(ctx context.Context, maxAge time.Duration) (items []T, fresh bool, err error) {
	c.mu.Lock()
	if !c.at.IsZero() && c.now().Sub(c.at) <= maxAge {
		items := c.items
		c.mu.Unlock()
		return items, false, nil
	}
	f := c.flight
	if f == nil {
		f = &listFlight[T]{done: make(chan struct{})}
		c.flight = f
		c.mu.Unlock()
		c.read(ctx, f)
	} else {
		c.mu.Unlock()
	}
	select {
	case <-f.done:
		return f.items, true, f.err
	case <-ctx.Done():
		return nil, false, ctx.Err()
	}
}

// read runs one load and publishes it to everyone waiting.
func (c *listCache[T]) read(ctx context.Context, f *listFlight[T]) {
	f.items, f.err = c.load(ctx)
	c.mu.Lock()
	if f.err == nil {
		c.items, c.at = f.items, c.now()
	}
	c.flight = nil
	c.mu.Unlock()
	close(f.done)
}

// resolver is one server's targeting state: per upstream, the guest list
// (PVE) and the datastore list (PBS), and the guests that calls through
// this server have started to move. One upstream per product today, so
// the product names the upstream.
type resolver struct {
	guests *listCache[guestRecord]
	stores *listCache[string]
	moves  moves
}

// resolvers hold each server's resolver, created on first use and
// dropped when the server is garbage (the key is weak, the entry is
// removed by a cleanup), so a resolver never keeps its server alive.
var resolvers sync.Map // weak.Pointer[Server] → *resolver

func (s *Server) resolver() *resolver {
	key := weak.Make(s)
	if r, ok := resolvers.Load(key); ok {
		return r.(*resolver)
	}
	r, loaded := resolvers.LoadOrStore(key, newResolver(s.opts.Upstreams, s.maxTaskWait()))
	if !loaded {
		runtime.AddCleanup(s, func(k weak.Pointer[Server]) { resolvers.Delete(k) }, key)
	}
	return r.(*resolver)
}

// newResolver reads through the upstreams; it must not refer to the
// server itself (see resolvers).
func newResolver(up map[catalog.Product]Upstream, moveWindow time.Duration) *resolver {
	return &resolver{
		guests: &listCache[guestRecord]{now: time.Now, load: func(ctx context.Context) ([]guestRecord, error) {
			return readGuests(ctx, up[catalog.PVE])
		}},
		stores: &listCache[string]{now: time.Now, load: func(ctx context.Context) ([]string, error) {
			return readDatastores(ctx, up[catalog.PBS])
		}},
		moves: moves{window: moveWindow, now: time.Now},
	}
}
