// Package apis gathers the generated catalogs of both products, so the
// runtime can look an operation up by tool name without knowing which
// product it belongs to.
//
// The generated packages keep their catalogs unexported (their exported
// API is a Go library that names no internal type) and register them with
// internal/catalog when they are initialised; importing them here is what
// links them in.
package apis

import (
	_ "github.com/proxmox-mcp/proxmox-mcp/generated/pbs" // registers the PBS catalog
	_ "github.com/proxmox-mcp/proxmox-mcp/generated/pve" // registers the PVE catalog
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Catalogs returns the PVE and PBS catalogs, in that order.
func Catalogs() []*catalog.Catalog {
	return []*catalog.Catalog{catalog.Registered(catalog.PVE), catalog.Registered(catalog.PBS)}
}

// Catalog returns one product's catalog, or nil for an unknown product.
func Catalog(p catalog.Product) *catalog.Catalog {
	return catalog.Registered(p)
}

// Lookup finds an operation by tool name in either catalog.
func Lookup(name string) *catalog.Operation {
	for _, c := range Catalogs() {
		if op := c.Lookup(name); op != nil {
			return op
		}
	}
	return nil
}

// Operations returns every operation of both products, PVE first, each
// catalog in its own (tool name) order.
func Operations() []*catalog.Operation {
	var out []*catalog.Operation
	for _, c := range Catalogs() {
		for i := range c.Operations {
			out = append(out, &c.Operations[i])
		}
	}
	return out
}
