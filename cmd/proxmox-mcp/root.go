package main

import (
	"github.com/spf13/cobra"
)

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "proxmox-mcp",
		Short:         "MCP server for the whole Proxmox VE and Proxmox Backup Server API",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newToolsCommand(), newVersionCommand())
	return root
}
