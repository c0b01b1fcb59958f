package typed

import (
	"fmt"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// Client sends one product's operations, by tool name, over the
// project's HTTP client. It is safe for concurrent use.
type Client struct {
	http *proxmox.Client
	cat  *catalog.Catalog
}

// New builds a client for the product of cat at baseURL. It sends nothing.
func New(cat *catalog.Catalog, baseURL string, s Settings) (*Client, error) {
	if cat == nil {
		return nil, fmt.Errorf("no catalog")
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	p := cat.Release.Product
	hc, err := proxmox.New(s.config(p, baseURL), s.options()...)
	if err != nil {
		return nil, err
	}
	return &Client{http: hc, cat: cat}, nil
}

// BaseURL is the endpoint as the client reaches it (scheme, host, port).
func (c *Client) BaseURL() string { return c.http.BaseURL() }

// operation looks a tool name up; the generated methods only pass names
// of their own catalog, so a miss is a generator bug.
func (c *Client) operation(name string) (*catalog.Operation, error) {
	op := c.cat.Lookup(name)
	if op == nil {
		return nil, fmt.Errorf("%s is not an operation of %s %s", name, c.cat.Release.Product.Title(), c.cat.Release.Version)
	}
	return op, nil
}
