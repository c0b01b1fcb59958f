package proxmox

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// VersionInfo is the answer of GET /version.
type VersionInfo struct {
	Version string `json:"version"` // 9.1.2
	Release string `json:"release"` // 9.1
	RepoID  string `json:"repoid"`
}

// versionOp is GET /version, which every authenticated user may call.
var versionOp = &catalog.Operation{
	Name: "version", Method: http.MethodGet, Path: "/version",
	Flags:       catalog.Flags{TokenAllowed: true},
	Permissions: catalog.Permissions{User: "all", Text: "any authenticated user"},
}

// Version asks the server for its version.
func (c *Client) Version(ctx context.Context) (VersionInfo, error) {
	var v VersionInfo
	data, err := c.Do(ctx, versionOp, nil)
	if err != nil {
		return v, err
	}
	if err := json.Unmarshal(data, &v); err != nil || v.Version == "" {
		return v, c.fail(versionOp, &wire.Request{Method: http.MethodGet, Path: "/version"}, &APIError{
			Status: http.StatusOK, Message: "the version answer has no version",
			Hint: fmt.Sprintf("Check that %s points at %s", c.cfg.env("BASE_URL"), c.cfg.Product.Title()),
		})
	}
	return v, nil
}

// CheckLine is the startup check: one line saying what the server is, or
// an error naming the variable to fix.
func (c *Client) CheckLine(ctx context.Context) (string, error) {
	v, err := c.Version(ctx)
	if err != nil {
		return "", fmt.Errorf("cannot use %s at %s: %w", c.cfg.Product.Title(), c.baseURL, err)
	}
	return fmt.Sprintf("connected to %s %s at %s", c.cfg.Product.Title(), v.Version, c.baseURL), nil
}
