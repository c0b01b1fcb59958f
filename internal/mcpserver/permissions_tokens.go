package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// targetUpstream is one target's upstream as a request with per-user
// credentials uses it: sent with the caller's token for this target, or
// not at all. Another target's token is never sent here: each cluster
// sees only the secret meant for it.
type targetUpstream struct {
	product catalog.Product
	target  string
	up      Upstream
}

// withCallerTokens wraps every upstream so requests carry the caller's
// token of their target.
func withCallerTokens(o Options) Options {
	if o.Inventory == nil {
		return o
	}
	ups := make(map[catalog.Product]Upstream, len(o.Upstreams))
	for p, up := range o.Upstreams {
		ups[p] = targetUpstream{product: p, target: o.Inventory.DefaultTarget(p), up: up}
	}
	targets := make(map[string]Upstream, len(o.Targets))
	for name, up := range o.Targets {
		p, ok := o.Inventory.TargetProduct(name)
		if !ok {
			targets[name] = up
			continue
		}
		targets[name] = targetUpstream{product: p, target: name, up: up}
	}
	o.Upstreams, o.Targets = ups, targets
	return o
}

// scoped is ctx with the caller's token of this target, or an error when
// the request has per-user credentials but none for this target.
func (t targetUpstream) scoped(ctx context.Context) (context.Context, error) {
	c := credentialsOf(ctx)
	if c == nil {
		return ctx, nil
	}
	tok, ok := c.token(t.product, t.target)
	if !ok {
		how := ""
		if c.missing != nil {
			how = ": " + c.missing(t.product, t.target)
		}
		return ctx, fmt.Errorf("not sent: this request carries no %s API token for target %s%s", t.product.Title(), t.target, how)
	}
	return proxmox.WithProductToken(ctx, t.product, tok.ID, tok.Secret), nil
}

func (t targetUpstream) Send(ctx context.Context, req *wire.Request) (json.RawMessage, error) {
	ctx, err := t.scoped(ctx)
	if err != nil {
		return nil, err
	}
	return t.up.Send(ctx, req)
}

func (t targetUpstream) Download(ctx context.Context, req *wire.Request, maxBytes int64) (*proxmox.RawResponse, error) {
	ctx, err := t.scoped(ctx)
	if err != nil {
		return nil, err
	}
	return t.up.Download(ctx, req, maxBytes)
}

func (t targetUpstream) Upload(ctx context.Context, req *wire.Request, f proxmox.File) (json.RawMessage, error) {
	ctx, err := t.scoped(ctx)
	if err != nil {
		return nil, err
	}
	return t.up.Upload(ctx, req, f)
}
