// Command proxmox-mcp serves the whole Proxmox VE and Proxmox Backup Server
// API to MCP clients.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := newRootCommand().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "proxmox-mcp:", err)
		os.Exit(1)
	}
}
