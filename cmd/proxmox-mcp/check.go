package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
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
				return fmt.Errorf("no Proxmox configured: set PVE_BASE_URL with PVE_TOKEN_ID and PVE_TOKEN_SECRET (or the PBS_ equivalents)")
			}
			failed := false
			for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
				if pc := cfg.Products[p]; pc != nil {
					if err := checkProduct(cmd.Context(), cmd.OutOrStdout(), cfg.Policy, pc); err != nil {
						fmt.Fprintf(cmd.OutOrStdout(), "%s: %v\n\n", p.Title(), err)
						failed = true
					}
				}
			}
			if failed {
				return fmt.Errorf("check failed")
			}
			return nil
		},
	}
}

func checkProduct(ctx context.Context, w io.Writer, pol *policy.Policy, pc *config.Product) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	client, err := proxmox.New(pc.Proxmox, proxmox.WithWarnings(os.Stderr))
	if err != nil {
		return err
	}
	line, err := client.CheckLine(ctx)
	if err != nil {
		return err
	}
	p := pc.Proxmox.Product
	raw, err := client.Do(ctx, apis.Catalog(p).Lookup(string(p)+"_get_access_permissions"), map[string]any{})
	if err != nil {
		return fmt.Errorf("reading the credentials' permissions: %w", err)
	}
	perms, err := access.Parse(raw)
	if err != nil {
		return fmt.Errorf("unexpected /access/permissions answer: %w", err)
	}
	id := identity(pc.Proxmox)
	fmt.Fprintf(w, "%s\nidentity: %s; tier: %s\n", line, describeIdentity(id, pc.Proxmox), pc.Tier)
	return categoryTable(w, pol, p, pc, perms, id)
}

// identity is the user behind the configured credentials.
func identity(c proxmox.Config) access.Identity {
	if c.TokenID != "" {
		user, _, _ := strings.Cut(c.TokenID, "!")
		return access.Identity{User: user, Token: true}
	}
	return access.Identity{User: c.Username}
}

func describeIdentity(id access.Identity, c proxmox.Config) string {
	if id.Token {
		return "API token " + c.TokenID
	}
	return "user " + id.User + " (password login)"
}

// categoryTable lists, per category, how many operations the tier allows
// and how many of those the credentials' permissions let through.
func categoryTable(w io.Writer, pol *policy.Policy, p catalog.Product, pc *config.Product, perms access.Permissions, id access.Identity) error {
	type row struct{ allowed, usable int }
	rows := map[string]*row{}
	cat := apis.Catalog(p)
	for i := range cat.Operations {
		op := &cat.Operations[i]
		d := pol.Decide(op)
		if d.Tier > pc.Tier || pc.Categories != nil && !slices.Contains(pc.Categories, d.Category) {
			continue
		}
		r := rows[d.Category]
		if r == nil {
			r = &row{}
			rows[d.Category] = r
		}
		r.allowed++
		if perms.Usable(op, id) {
			r.usable++
		}
	}
	names := make([]string, 0, len(rows))
	for n := range rows {
		names = append(names, n)
	}
	sort.Strings(names)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CATEGORY\tALLOWED BY TIER\tUSABLE WITH THESE PERMISSIONS")
	for _, n := range names {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", n, rows[n].allowed, rows[n].usable)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, "(usable: the published permission check passes for at least one object; Proxmox decides each call)")
	return err
}
