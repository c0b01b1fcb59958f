package proxmox

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync/atomic"

	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Cluster sends to one node of a cluster at a time and moves to the next
// when the current one cannot be reached. Only reads move on — a write
// whose answer was lost may have happened, and Proxmox writes are not
// idempotent — but a write goes wherever the last read found a live node.
// Every node of a PVE cluster serves the whole cluster's API.
type Cluster struct {
	nodes []*Client
	cur   atomic.Int32
}

// NewCluster joins clients of the same cluster, the preferred node first.
func NewCluster(nodes ...*Client) *Cluster {
	if len(nodes) == 0 {
		panic("proxmox: a cluster needs a node")
	}
	return &Cluster{nodes: nodes}
}

// Nodes are the cluster's clients, in order of preference.
func (c *Cluster) Nodes() []*Client { return c.nodes }

// Current is the node requests go to now.
func (c *Cluster) Current() *Client { return c.nodes[int(c.cur.Load())%len(c.nodes)] }

// Send is Client.Send on the current node, then on the next ones for a
// read the node could not answer.
func (c *Cluster) Send(ctx context.Context, req *wire.Request) (json.RawMessage, error) {
	var out json.RawMessage
	err := c.each(req.Method, func(n *Client) (err error) {
		out, err = n.Send(ctx, req)
		return err
	})
	return out, err
}

// Download is Client.Download with the same failover.
func (c *Cluster) Download(ctx context.Context, req *wire.Request, maxBytes int64) (*RawResponse, error) {
	var out *RawResponse
	err := c.each(req.Method, func(n *Client) (err error) {
		out, err = n.Download(ctx, req, maxBytes)
		return err
	})
	return out, err
}

// Upload goes to the current node only: it is a write.
func (c *Cluster) Upload(ctx context.Context, req *wire.Request, f File) (json.RawMessage, error) {
	return c.Current().Upload(ctx, req, f)
}

// each tries the nodes from the current one on; the first node that
// answers becomes the current one.
func (c *Cluster) each(method string, try func(*Client) error) error {
	start := int(c.cur.Load())
	var err error
	for i := range c.nodes {
		idx := (start + i) % len(c.nodes)
		err = try(c.nodes[idx])
		if !unreachable(err) {
			c.cur.CompareAndSwap(int32(start), int32(idx))
			return err
		}
		if method != http.MethodGet {
			return err
		}
	}
	return err
}

func unreachable(err error) bool {
	var ae *APIError
	return errors.As(err, &ae) && ae.Unreachable
}
