package proxmox

import (
	"context"
	"errors"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// RawResponse is a file answer (PBS DOWNLOAD endpoints, PVE downloads).
type RawResponse struct {
	Body        []byte
	ContentType string
	Size        int64
}

// Download sends op and returns the body as is, refusing one larger than
// maxBytes (DefaultMaxResponseBytes when maxBytes <= 0).
func (c *Client) Download(ctx context.Context, op *catalog.Operation, args map[string]any, maxBytes int64) (*RawResponse, error) {
	if op == nil {
		return nil, errors.New("proxmox: nil operation")
	}
	cl, err := c.prepare(ctx, op, args)
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
