package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

func init() { register(newToolsCommand) }

// toolInfo is one object of `tools --json`.
type toolInfo struct {
	Name           string `json:"name"`
	Operation      string `json:"operation,omitempty"` // the generated name, when the policy renames it
	Product        string `json:"product"`
	Method         string `json:"method"`
	Path           string `json:"path"`
	Summary        string `json:"summary"`
	Excluded       bool   `json:"excluded"`
	ExcludedReason string `json:"excluded_reason,omitempty"`
	Tier           string `json:"tier,omitempty"`
	Category       string `json:"category,omitempty"`
	Core           bool   `json:"core"`
	Destructive    bool   `json:"destructive"`
	Confirm        bool   `json:"confirm"`
	// DestructiveWith and ConfirmWith are the argument conditions that make
	// one call destructive or confirm-gated ("force=1"); GuestExec marks
	// operations that need the guest-exec capability.
	DestructiveWith []string `json:"destructive_with,omitempty"`
	ConfirmWith     []string `json:"confirm_with,omitempty"`
	GuestExec       bool     `json:"guest_exec"`
	// Since is the first pinned release that has the operation ("" when
	// every pinned release has it).
	Since       string              `json:"since,omitempty"`
	Annotations *mcp.ToolAnnotation `json:"annotations,omitempty"`
}

type toolsOptions struct {
	product, tier, category, release string
	json, stats                      bool
}

func newToolsCommand() *cobra.Command {
	o := &toolsOptions{}
	cmd := &cobra.Command{
		Use:   "tools",
		Short: "List the catalog: every Proxmox operation with its tool name, tier and category",
		Long: "List every operation of the generated catalog with the tier and category the policy gives it " +
			"($" + config.EnvPolicy + " selects another policy file). --tier lists what that tier allows.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd.OutOrStdout()) },
	}
	cmd.Flags().StringVar(&o.product, "product", "", "only this product: pve or pbs")
	cmd.Flags().StringVar(&o.tier, "tier", "", "only operations this tier allows: read-only, read-execute or full")
	cmd.Flags().StringVar(&o.category, "category", "", "only this category")
	cmd.Flags().StringVar(&o.release, "release", "", "only what a cluster of this release has (8.4, 9.1; PBS 3.4, 4.2)")
	cmd.Flags().BoolVar(&o.json, "json", false, "print a JSON array, one object per operation")
	cmd.Flags().BoolVar(&o.stats, "stats", false, "print operation counts per product, tier and category")
	return cmd
}

func (o *toolsOptions) run(w io.Writer) error {
	pol, err := policy.Load(os.Getenv(config.EnvPolicy))
	if err != nil {
		return err
	}
	if o.product != "" && apis.Catalog(catalog.Product(o.product)) == nil {
		return fmt.Errorf("unknown product %q (valid: pve, pbs)", o.product)
	}
	if o.stats {
		return o.printStats(w, pol)
	}
	infos, err := o.collect(pol)
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(w, infos)
	}
	return writeTable(w, infos)
}

// collect lists what an inventory at the chosen tier (full when none is
// given) and category allows, one product or both: the same decision the
// server makes.
func (o *toolsOptions) collect(pol *policy.Policy) ([]toolInfo, error) {
	tier := policy.Full
	if o.tier != "" {
		t, err := policy.ParseTier(o.tier)
		if err != nil {
			return nil, err
		}
		tier = t
	}
	var products []inventory.Product
	for _, c := range apis.Catalogs() {
		p := c.Release.Product
		if o.product != "" && string(p) != o.product {
			continue
		}
		prod := inventory.Product{Product: p, Tier: tier}
		if o.release != "" {
			if !c.HasRelease(o.release) {
				continue
			}
			prod.Release = o.release
		}
		if o.category != "" {
			if !slices.Contains(pol.Categories(p), o.category) {
				continue
			}
			prod.Categories = []string{o.category}
		}
		products = append(products, prod)
	}
	if len(products) == 0 {
		if o.release != "" {
			return nil, fmt.Errorf("release %q is not a pinned release of %s (PVE: %s; PBS: %s)", o.release, productWord(o.product),
				strings.Join(apis.Catalog(catalog.PVE).Releases, ", "), strings.Join(apis.Catalog(catalog.PBS).Releases, ", "))
		}
		return nil, fmt.Errorf("unknown category %q (PVE: %v; PBS: %v)", o.category,
			pol.Categories(catalog.PVE), pol.Categories(catalog.PBS))
	}
	// Every capability on: the listing shows each operation with its
	// guest_exec mark rather than hiding those.
	inv, err := inventory.New(inventory.Options{Policy: pol, Products: products, Mode: inventory.ModeAll, FrontDoor: true, Allow: inventory.Capabilities})
	if err != nil {
		return nil, err
	}
	out := []toolInfo{}
	for _, e := range inv.Entries() {
		if e.Allowed() && (o.category == "" || e.Decision.Category == o.category) {
			out = append(out, operationInfo(e))
		}
	}
	if o.tier == "" && o.category == "" && o.release == "" {
		out = append(out, excluded(o.product)...)
	}
	return out, nil
}

// excluded lists the schema's operations the catalog leaves out.
func excluded(product string) []toolInfo {
	var out []toolInfo
	for _, c := range apis.Catalogs() {
		if product != "" && string(c.Release.Product) != product {
			continue
		}
		for _, e := range c.Excluded {
			out = append(out, toolInfo{Name: e.Name, Product: string(c.Release.Product), Method: e.Method, Path: e.Path,
				Excluded: true, ExcludedReason: e.Reason})
		}
	}
	return out
}

func operationInfo(e *inventory.Entry) toolInfo {
	op, d := e.Op, e.Decision
	a := mcpserver.MCPTool(inventory.Tool{Annotations: inventory.OperationAnnotations(op, d)}).Annotations
	info := toolInfo{Name: e.Name, Product: string(op.Product), Method: op.Method, Path: op.Path, Summary: op.Summary,
		Tier: d.Tier.String(), Category: d.Category, Core: d.Core, Destructive: d.Destructive, Confirm: d.Confirm,
		DestructiveWith: conditions(d.DestructiveWith), ConfirmWith: conditions(d.ConfirmWith), GuestExec: d.GuestExec, Since: op.Since,
		Annotations: &a}
	if e.Name != op.Name {
		info.Operation = op.Name
	}
	return info
}

func productWord(p string) string {
	if p == "" {
		return "either product"
	}
	return p
}

func conditions(cs []policy.Condition) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}

func (o *toolsOptions) printStats(w io.Writer, pol *policy.Policy) error {
	var ops []*catalog.Operation
	for _, op := range apis.Operations() {
		if o.product == "" || string(op.Product) == o.product {
			ops = append(ops, op)
		}
	}
	_, err := fmt.Fprint(w, pol.Stats(ops).String())
	return err
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeTable(w io.Writer, infos []toolInfo) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTIER\tCATEGORY\tMETHOD\tPATH")
	for _, t := range infos {
		tier, cat := t.Tier, t.Category
		if t.Excluded {
			tier, cat = "excluded", "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", t.Name, tier, cat, t.Method, t.Path)
	}
	return tw.Flush()
}
