package proxmox

import (
	"context"

	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// RawResponse is a file answer (PBS DOWNLOAD endpoints, PVE downloads).
type RawResponse struct {
	Body        []byte
	ContentType string
	Size        int64
}

// Download sends a prepared request and returns the body as is, refusing
// one larger than maxBytes (DefaultMaxResponseBytes when maxBytes <= 0).
func (c *Client) Download(ctx context.Context, req *wire.Request, maxBytes int64) (*RawResponse, error) {
	cl, err := c.newCall(ctx, req)
	if err != nil {
		return nil, err
	}
	cl.download = true
	if maxBytes > 0 {
		cl.limit = maxBytes
	}
	ans, err := c.roundTrip(ctx, cl)
	if err != nil {
		return nil, err
	}
	return &RawResponse{Body: ans.body, ContentType: ans.contentType, Size: int64(len(ans.body))}, nil
}
