package main

import (
	"github.com/spf13/cobra"
)

// commands holds the constructors of the subcommands; each command's file
// adds its own in an init function, so commands live in files by concern.
var commands []func() *cobra.Command

func register(newCmd func() *cobra.Command) { commands = append(commands, newCmd) }

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "proxmox-mcp",
		Short:         "MCP server for the whole Proxmox VE and Proxmox Backup Server API",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	for _, newCmd := range commands {
		c := newCmd()
		root.AddCommand(c)
		if c.Name() == "serve" {
			// No subcommand means serve: MCP clients launch the bare binary.
			root.RunE = func(_ *cobra.Command, args []string) error { return c.RunE(c, args) }
			root.Args = cobra.NoArgs
		}
	}
	return root
}
