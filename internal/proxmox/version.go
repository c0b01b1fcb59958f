package proxmox

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// VersionInfo is the answer of GET /version. The products fill it
// differently: PVE says version 9.1.2 and release 9.1 (pve-manager
// PVE/API2/Version.pm); PBS says version 4.2 and release 0, the patch
// level (proxmox-backup pbs-buildcfg/src/lib.rs). Label and Running read
// either.
type VersionInfo struct {
	Version string `json:"version"`
	Release string `json:"release"`
	RepoID  string `json:"repoid"`
	product catalog.Product
}

// Label is the MAJOR.MINOR a catalog names its releases by: "9.1".
func (v VersionInfo) Label() string {
	if v.product == catalog.PBS {
		return v.Version
	}
	if v.Release != "" {
		return v.Release
	}
	return v.Version
}

// Running is the full release for messages: "8.4.1", PBS "3.4.1".
func (v VersionInfo) Running() string {
	if v.product == catalog.PBS && v.Release != "" && !strings.Contains(v.Version, v.Release) {
		return v.Version + "." + v.Release
	}
	return v.Version
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
	v.product = c.cfg.Product
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
	return fmt.Sprintf("connected to %s %s at %s", c.cfg.Product.Title(), v.Running(), c.baseURL), nil
}
