package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

func init() { register(newCheckCommand) }

func newCheckCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Connect with the configured credentials: version, identity, and which categories they can use",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := config.Load(os.LookupEnv)
			if err != nil {
				return err
			}
			if len(cfg.Products) == 0 {
				return config.NothingConfigured(os.LookupEnv)
			}
			targets, err := connectTargets(cfg, os.Stderr)
			if err != nil {
				return err
			}
			failed := false
			for _, t := range targets {
				if t.spec.Name != "" {
					fmt.Fprintf(cmd.OutOrStdout(), "target %s (%s)\n", t.spec.Name, t.product.Title())
				}
				if err := checkTarget(cmd.Context(), cmd.OutOrStdout(), cfg, t); err != nil {
					fmt.Fprintf(cmd.OutOrStdout(), "%s: %v\n\n", t.product.Title(), err)
					failed = true
				}
			}
			if failed {
				return fmt.Errorf("check failed")
			}
			return nil
		},
	}
}

// checkTarget connects one target and reports what serve would offer it:
// the same release, the same permission read and the same inventory.
func checkTarget(ctx context.Context, w io.Writer, cfg *config.Config, t *connected) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	client := t.cluster.Current()
	line, err := client.CheckLine(ctx)
	if err != nil {
		return err
	}
	v, err := client.Version(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, line)
	fmt.Fprintln(w, releaseLine(t.product, v))
	subj, err := mcpserver.ReadSubject(ctx, t.cluster, t.product, identity(t.spec.Proxmox))
	if err != nil {
		return fmt.Errorf("reading the credentials' permissions: %w", err)
	}
	fmt.Fprintf(w, "identity: %s; tier: %s\n", describeIdentity(subj.Identity), t.spec.Tier)
	t.release = t.spec.Release
	if t.release == "" {
		t.release = v.Running()
	}
	inv, err := checkInventory(cfg, t)
	if err != nil {
		return err
	}
	return categoryTable(w, inv, t.product, subj)
}

// checkInventory is what serve's inventory offers the target before its
// permissions are applied (they are the table's other columns): its tier,
// categories, switches and release. Every operation is decided, whatever
// the mode registers.
func checkInventory(cfg *config.Config, t *connected) (*inventory.Inventory, error) {
	all := *cfg
	all.Mode, all.FrontDoor = inventory.ModeAll, true
	return buildInventory(&all, []*connected{t})
}

// releaseLine says how the cluster's release compares with the catalog's:
// what an older release lacks is not offered.
func releaseLine(p catalog.Product, v proxmox.VersionInfo) string {
	c := apis.Catalog(p)
	label := v.Label()
	switch cmp := catalog.CompareReleases(label, c.Release.Version); {
	case cmp == 0:
		return fmt.Sprintf("release: %s, the catalog's own: every operation is offered", v.Running())
	case cmp > 0:
		return fmt.Sprintf("release: %s, newer than the catalog's %s: its operations are offered (regenerate for what %s added)", v.Running(), c.Release.Version, label)
	}
	view := c.At(label)
	return fmt.Sprintf("release: %s, older than the catalog's %s: %d of %d operations are offered as %s has them; %d are not (proxmox-mcp tools --release %s lists what is)",
		v.Running(), c.Release.Version, len(view.Operations), len(c.Operations), releaseOf(c, label), len(c.Operations)-len(view.Operations), releaseOf(c, label))
}

// releaseOf is the pinned release a cluster release is presented as: the
// newest pinned one not newer than it.
func releaseOf(c *catalog.Catalog, label string) string {
	out := c.Releases[0]
	for _, r := range c.Releases {
		if catalog.CompareReleases(r, label) <= 0 {
			out = r
		}
	}
	return out
}

// identity is the user behind the configured credentials.
func identity(c proxmox.Config) access.Identity {
	if c.TokenID != "" {
		return access.ParseAuthID(c.TokenID)
	}
	return access.Identity{User: c.Username}
}

func describeIdentity(id access.Identity) string {
	if id.IsToken() {
		return "API token " + id.AuthID()
	}
	return "user " + id.User + " (password login)"
}

// categoryTable lists, per category, how many operations the inventory
// allows and how many of those the credentials' permissions let through
// for any object, for some objects, or never (the evaluator that filters
// serve's tools).
func categoryTable(w io.Writer, inv *inventory.Inventory, p catalog.Product, subj *access.Subject) error {
	type row struct{ allowed, always, somewhere int }
	rows := map[string]*row{}
	for _, e := range inv.Entries() {
		if e.Op.Product != p || !e.Allowed() {
			continue
		}
		r := rows[e.Decision.Category]
		if r == nil {
			r = &row{}
			rows[e.Decision.Category] = r
		}
		r.allowed++
		switch subj.Availability(e.Op).Reach {
		case access.Always:
			r.always++
		case access.Somewhere:
			r.somewhere++
		}
	}
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	sort.Strings(names)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CATEGORY\tALLOWED BY TIER\tON ANY OBJECT\tON SOME OBJECTS\tNEVER")
	for _, n := range names {
		r := rows[n]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\n", n, r.allowed, r.always, r.somewhere, r.allowed-r.always-r.somewhere)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "(from the published permission checks and /access/permissions; Proxmox decides each call)")
	return err
}
