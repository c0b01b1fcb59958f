package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// the module version recorded by go install is used.
var version = ""

func binaryVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func init() { register(newVersionCommand) }

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and the Proxmox releases the catalog was generated from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "proxmox-mcp %s\n", binaryVersion())
			for _, c := range apis.Catalogs() {
				r := c.Release
				fmt.Fprintf(w, "%s %s: %d operations (apidoc.js sha256 %s)\n", r.Product.Title(), r.Version, len(c.Operations), r.SHA256[:12])
			}
			return nil
		},
	}
}
