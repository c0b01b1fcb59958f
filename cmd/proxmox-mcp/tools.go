package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// toolInfo is one line of `tools --json`.
type toolInfo struct {
	Name           string `json:"name"`
	Product        string `json:"product"`
	Method         string `json:"method"`
	Path           string `json:"path"`
	Summary        string `json:"summary"`
	Excluded       bool   `json:"excluded"`
	ExcludedReason string `json:"excluded_reason,omitempty"`
}

type toolsOptions struct {
	product string
	json    bool
}

func init() { register(newToolsCommand) }

func newToolsCommand() *cobra.Command {
	o := &toolsOptions{}
	cmd := &cobra.Command{
		Use:   "tools",
		Short: "List the catalog: every Proxmox operation and its tool name",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			infos, err := o.collect()
			if err != nil {
				return err
			}
			if o.json {
				return writeJSON(cmd.OutOrStdout(), infos)
			}
			return writeTable(cmd.OutOrStdout(), infos)
		},
	}
	cmd.Flags().StringVar(&o.product, "product", "", "only this product: pve or pbs")
	cmd.Flags().BoolVar(&o.json, "json", false, "print a JSON array, one object per operation")
	return cmd
}

func (o *toolsOptions) collect() ([]toolInfo, error) {
	var out []toolInfo
	for _, c := range apis.Catalogs() {
		if o.product != "" && string(c.Release.Product) != o.product {
			continue
		}
		for i := range c.Operations {
			out = append(out, operationInfo(&c.Operations[i]))
		}
		for _, e := range c.Excluded {
			out = append(out, toolInfo{Name: e.Name, Product: string(c.Release.Product), Method: e.Method, Path: e.Path,
				Excluded: true, ExcludedReason: e.Reason})
		}
	}
	if o.product != "" && len(out) == 0 {
		return nil, fmt.Errorf("unknown product %q (valid: pve, pbs)", o.product)
	}
	return out, nil
}

func operationInfo(op *catalog.Operation) toolInfo {
	return toolInfo{Name: op.Name, Product: string(op.Product), Method: op.Method, Path: op.Path, Summary: op.Summary}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeTable(w io.Writer, infos []toolInfo) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tMETHOD\tPATH\tSUMMARY")
	for _, t := range infos {
		summary := t.Summary
		if t.Excluded {
			summary = "(excluded: " + t.ExcludedReason + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.Name, t.Method, t.Path, summary)
	}
	return tw.Flush()
}
