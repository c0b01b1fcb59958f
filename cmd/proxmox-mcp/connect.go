package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// connected is one target, connected: its upstream (one client per node
// URL), and what it said at start.
type connected struct {
	product catalog.Product
	spec    *config.Product
	cluster *proxmox.Cluster
	release string          // what the cluster runs ("" when unknown)
	subject *access.Subject // what the credentials may do (nil: not read)
}

// startupTimeout bounds the reads made at start (release, permissions): a
// slow or unreachable node must not keep the client waiting for
// tools/list.
const startupTimeout = 5 * time.Second

// buildServer connects every target, learns what each runs and may do,
// decides the inventory and builds the MCP server.
func buildServer(ctx context.Context, cfg *config.Config, stderr io.Writer, afterFirstList func(), auditLog *audit.Log) (*mcpserver.Server, error) {
	targets, err := connectTargets(cfg, stderr)
	if err != nil {
		return nil, err
	}
	probeTargets(ctx, cfg, targets, stderr)
	inv, err := buildInventory(cfg, targets)
	if err != nil {
		return nil, err
	}
	reportHidden(inv, targets, stderr)
	opts := mcpserver.Options{
		Inventory: inv, Upstreams: map[catalog.Product]mcpserver.Upstream{}, Targets: map[string]mcpserver.Upstream{},
		MaxResultBytes: cfg.MaxResultBytes, MaxDownloadBytes: cfg.MaxDownloadBytes, MaxUploadBytes: cfg.MaxUploadBytes,
		TaskWait: cfg.TaskWait, Version: binaryVersion(), Log: stderr, AfterFirstList: afterFirstList,
		Elicitation: cfg.Safety.Elicitation, ElicitationTimeout: cfg.Safety.ElicitationTimeout,
		Audit: auditLog, AuditReads: cfg.Safety.AuditReads, Caller: stdioCaller(),
		DisableHumanReadable: !cfg.HumanReadable, StructuredContent: cfg.StructuredContent,
	}
	for _, t := range targets {
		if opts.Upstreams[t.product] == nil {
			opts.Upstreams[t.product] = t.cluster
		}
		if t.spec.Name != "" {
			opts.Targets[t.spec.Name] = t.cluster
		}
	}
	return mcpserver.New(opts)
}

// connectTargets builds the clients of every target, in configuration
// order (PVE first); nothing is sent yet.
func connectTargets(cfg *config.Config, stderr io.Writer) ([]*connected, error) {
	var out []*connected
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		for _, spec := range cfg.Targets[p] {
			nodes, err := nodeClients(spec, stderr)
			if err != nil {
				return nil, err
			}
			out = append(out, &connected{product: p, spec: spec, cluster: proxmox.NewCluster(nodes...)})
		}
	}
	return out, nil
}

// nodeClients is one client per node URL of a target.
func nodeClients(spec *config.Product, stderr io.Writer) ([]*proxmox.Client, error) {
	urls := spec.URLs
	if len(urls) == 0 {
		urls = []string{spec.Proxmox.BaseURL}
	}
	var out []*proxmox.Client
	for _, u := range urls {
		pc := spec.Proxmox
		pc.BaseURL = u
		c, err := proxmox.New(pc, proxmox.WithWarnings(stderr))
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// probeTargets reads, for every target at once, the release it runs
// (unless configured) and, with permission filtering on, what its
// credentials may do. A target that does not answer is reported and
// offered everything its tier allows at the catalog's release: the node
// may come back, and every call will say what is wrong.
func probeTargets(ctx context.Context, cfg *config.Config, targets []*connected, stderr io.Writer) {
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(ctx, startupTimeout)
			defer cancel()
			// With per-user credentials the configured ones never call:
			// each caller's own tokens decide what they are offered.
			t.probe(ctx, cfg, cfg.PermissionFilter && !perUserHTTP(cfg), stderr)
			if t.subject != nil {
				// While the other targets' reads are in flight.
				inventory.Prepare(cfg.Policy, t.inventoryProduct())
			}
		}()
	}
	wg.Wait()
}

// probe reads t's release and, with withPermissions, its credentials'
// permissions. Both reads are sent at once: the permissions count only
// when the release was read (a target that does not answer /version is
// offered what its tier allows, and its permission read says nothing
// more), but waiting for /version first would add a round trip to every
// start.
func (t *connected) probe(ctx context.Context, cfg *config.Config, withPermissions bool, stderr io.Writer) {
	t.release = t.spec.Release
	if t.release != "" {
		fmt.Fprintf(stderr, "proxmox-mcp: %s release %s (configured)\n", t.label(), t.release)
		if withPermissions {
			t.subject = readPermissions(ctx, t, stderr)
		}
		return
	}
	if !withPermissions {
		t.release = readRelease(ctx, t, stderr)
		return
	}
	type read struct {
		subj *access.Subject
		err  error
	}
	perms := make(chan read, 1)
	go func() {
		subj, err := mcpserver.ReadSubject(ctx, t.cluster, t.product, identity(t.spec.Proxmox))
		perms <- read{subj, err}
	}()
	t.release = readRelease(ctx, t, stderr)
	r := <-perms
	switch {
	case t.release == "":
	case r.err != nil:
		permissionsWarning(ctx, t, r.err, stderr)
	default:
		t.subject = r.subj
	}
}

// perUserHTTP: served over HTTP with per-user credentials.
func perUserHTTP(cfg *config.Config) bool { return cfg.HTTP.Addr != "" && cfg.HTTP.PerUserCredentials }

// label names a target in messages.
func (t *connected) label() string {
	if t.spec.Name != "" {
		return fmt.Sprintf("%s %q", t.product.Title(), t.spec.Name)
	}
	return t.product.Title()
}

// readRelease reads /version and reports the connection.
func readRelease(ctx context.Context, t *connected, stderr io.Writer) string {
	c := t.cluster.Current()
	v, err := versionOf(ctx, t.cluster)
	switch {
	case err != nil && ctx.Err() == context.Canceled:
		return "" // the server is stopping: the check's end says nothing
	case err != nil:
		fmt.Fprintf(stderr, "proxmox-mcp: warning: cannot use %s at %s: %v; offering the operations of %s %s until it answers\n",
			t.label(), c.BaseURL(), err, t.product.Title(), apis.Catalog(t.product).Release.Version)
		return ""
	}
	fmt.Fprintf(stderr, "proxmox-mcp: connected to %s %s at %s\n", t.label(), v.Running(), t.cluster.Current().BaseURL())
	return v.Running()
}

// versionOf reads /version from the first node that answers.
func versionOf(ctx context.Context, cl *proxmox.Cluster) (proxmox.VersionInfo, error) {
	var v proxmox.VersionInfo
	var err error
	for _, n := range cl.Nodes() {
		if v, err = n.Version(ctx); err == nil {
			return v, nil
		}
	}
	return v, err
}

// readPermissions reads what the credentials may do; a failure leaves
// the target unfiltered, and says so, unless the server is stopping.
func readPermissions(ctx context.Context, t *connected, stderr io.Writer) *access.Subject {
	subj, err := mcpserver.ReadSubject(ctx, t.cluster, t.product, identity(t.spec.Proxmox))
	if err != nil {
		permissionsWarning(ctx, t, err, stderr)
		return nil
	}
	return subj
}

// permissionsWarning says that a target is offered unfiltered, unless
// the read failed because the server is stopping (nothing is offered
// then, and a warning about a fallback would be wrong).
func permissionsWarning(ctx context.Context, t *connected, err error, stderr io.Writer) {
	if ctx.Err() == context.Canceled {
		return
	}
	fmt.Fprintf(stderr, "proxmox-mcp: warning: %s: cannot read the credentials' permissions (%v); offering every operation the tier allows\n", t.label(), err)
}

// buildInventory decides what the targets offer, each as its cluster's
// release and its credentials allow.
func buildInventory(cfg *config.Config, targets []*connected) (*inventory.Inventory, error) {
	var products []inventory.Product
	for _, t := range targets {
		products = append(products, t.inventoryProduct())
	}
	return inventory.New(inventory.Options{
		Policy: cfg.Policy, Products: products, Mode: cfg.Mode, FrontDoor: cfg.FrontDoor, Allow: cfg.Safety.Allow,
		MaxTaskWait: cfg.MaxTaskWait, MaxUploadBytes: cfg.MaxUploadBytes,
	})
}

// inventoryProduct is what the inventory is told of t.
func (t *connected) inventoryProduct() inventory.Product {
	return inventory.Product{Product: t.product, Tier: t.spec.Tier, Categories: t.spec.Categories,
		NoDestructive: t.spec.NoDestructive, Release: t.release, Target: t.spec.Name, Allow: t.spec.Allow, Subject: t.subject,
		TicketLogin: t.spec.Proxmox.TokenID != "" && t.spec.Proxmox.Username != ""}
}

// reportHidden says what each target's release leaves out.
func reportHidden(inv *inventory.Inventory, targets []*connected, stderr io.Writer) {
	for _, t := range targets {
		if t.spec.Name != "" || t.release == "" {
			continue
		}
		if n := inv.Hidden(t.product); n > 0 {
			fmt.Fprintf(stderr, "proxmox-mcp: %s %s: %d operations of %s %s are not offered (the release lacks them)\n",
				t.product.Title(), t.release, n, t.product.Title(), apis.Catalog(t.product).Release.Version)
		}
	}
}
