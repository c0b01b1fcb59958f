package mcpserver

import (
	"context"
	"sync"
	"time"

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

// resolver is one target's targeting state: its guest list (PVE) or
// datastore list (PBS), and the guests that calls through this server
// have started to move.
type resolver struct {
	guests *listCache[guestRecord]
	stores *listCache[string]
	moves  moves
}

// resolverSet holds a server's resolvers, one per target, made on first
// use.
type resolverSet struct {
	mu  sync.Mutex
	set map[string]*resolver
}

// resolver is the resolver of the target in ctx (its product's default
// when none is named).
func (s *Server) resolver(ctx context.Context) *resolver {
	key := targetOf(ctx)
	s.resolvers.mu.Lock()
	defer s.resolvers.mu.Unlock()
	if r := s.resolvers.set[key]; r != nil {
		return r
	}
	if s.resolvers.set == nil {
		s.resolvers.set = map[string]*resolver{}
	}
	r := newResolver(s.upstream(ctx, catalog.PVE), s.upstream(ctx, catalog.PBS), s.maxTaskWait())
	s.resolvers.set[key] = r
	return r
}

// newResolver reads through the target's upstreams.
func newResolver(pve, pbs Upstream, moveWindow time.Duration) *resolver {
	return &resolver{
		guests: &listCache[guestRecord]{now: time.Now, load: func(ctx context.Context) ([]guestRecord, error) {
			return readGuests(ctx, pve)
		}},
		stores: &listCache[string]{now: time.Now, load: func(ctx context.Context) ([]string, error) {
			return readDatastores(ctx, pbs)
		}},
		moves: moves{window: moveWindow, now: time.Now},
	}
}
