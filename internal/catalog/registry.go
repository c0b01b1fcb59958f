package catalog

import (
	"fmt"
	"sync"
)

// The generated packages keep their catalog unexported, so that their
// exported API (the typed client, a library of its own) names no type of
// this internal package. Each registers its catalog from init instead, and
// the runtime reads it back here (internal/apis imports the generated
// packages for that side effect).
var registry = struct {
	mu        sync.RWMutex
	byProduct map[Product]*Catalog
}{byProduct: map[Product]*Catalog{}}

// Register makes c the catalog of its product. A second catalog of the
// same product is a build mistake (two generated packages of one product
// linked into one program) and panics, naming both releases.
func Register(c *Catalog) {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	p := c.Release.Product
	if old := registry.byProduct[p]; old != nil && old != c {
		panic(fmt.Sprintf("catalog: %s is registered twice (releases %s and %s): link one generated package per product",
			p.Title(), old.Release.Version, c.Release.Version))
	}
	registry.byProduct[p] = c
}

// Registered returns the catalog of a product, or nil when no generated
// package of that product is linked in.
func Registered(p Product) *Catalog {
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	return registry.byProduct[p]
}
