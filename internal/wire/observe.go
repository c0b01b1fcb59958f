package wire

import (
	"sync/atomic"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Each request is checked once on each side: Prepare on the way out,
// Decode on the way in (the simulator). Tests observe that through a hook
// that costs one atomic load when nothing observes.

// Pass says which side a hook saw.
type Pass int

// The passes a hook sees.
const (
	PassPrepare Pass = iota
	PassDecode
)

var observer atomic.Pointer[func(Pass, *catalog.Operation)]

// Observe calls f on every Prepare and Decode until the returned function
// is called; for tests that count the checks of one call.
func Observe(f func(Pass, *catalog.Operation)) (stop func()) {
	observer.Store(&f)
	return func() { observer.Store(nil) }
}

func observed(p Pass, op *catalog.Operation) {
	if f := observer.Load(); f != nil {
		(*f)(p, op)
	}
}
