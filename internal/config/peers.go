package config

import (
	"fmt"
	"slices"
	"strings"
)

// peerVariables are settings other Proxmox MCP servers and tools read,
// with the variable proxmox-mcp reads instead: when one of them is set
// and nothing is configured, a configuration was most likely copied over.
var peerVariables = map[string]string{
	"PVE_HOST": "PVE_BASE_URL", "PVE_URL": "PVE_BASE_URL", "PVE_API_URL": "PVE_BASE_URL",
	"PROXMOX_HOST": "PVE_BASE_URL", "PROXMOX_URL": "PVE_BASE_URL", "PROXMOX_API_URL": "PVE_BASE_URL", "PROXMOX_BASE_URL": "PVE_BASE_URL",
	"PVE_TOKEN_NAME": "PVE_TOKEN_ID", "PVE_TOKEN_VALUE": "PVE_TOKEN_SECRET", "PVE_API_TOKEN": "PVE_TOKEN_ID",
	"PROXMOX_TOKEN_ID": "PVE_TOKEN_ID", "PROXMOX_TOKEN_NAME": "PVE_TOKEN_ID", "PROXMOX_API_TOKEN": "PVE_TOKEN_ID",
	"PROXMOX_TOKEN_SECRET": "PVE_TOKEN_SECRET", "PROXMOX_TOKEN_VALUE": "PVE_TOKEN_SECRET",
	"PVE_USER": "PVE_USERNAME", "PROXMOX_USER": "PVE_USERNAME", "PROXMOX_USERNAME": "PVE_USERNAME",
	"PROXMOX_PASSWORD": "PVE_PASSWORD", "PROXMOX_VERIFY_SSL": "PVE_VERIFY_SSL", "PROXMOX_INSECURE": "PVE_VERIFY_SSL",
	"PBS_HOST": "PBS_BASE_URL", "PBS_URL": "PBS_BASE_URL", "PBS_API_URL": "PBS_BASE_URL",
	"PBS_TOKEN_NAME": "PBS_TOKEN_ID", "PBS_TOKEN_VALUE": "PBS_TOKEN_SECRET", "PBS_USER": "PBS_USERNAME",
}

// NothingConfigured is the start-up error when no product has a base
// URL. It names what to set and, when another tool's variables are set,
// which of ours each one stands for (never their values).
func NothingConfigured(lookup Lookup) error {
	msg := "no Proxmox configured: set PVE_BASE_URL with PVE_TOKEN_ID and PVE_TOKEN_SECRET " +
		"(or the PBS_ equivalents for a Backup Server), or run `proxmox-mcp serve --demo` to try it against the built-in simulator"
	var seen []string
	for name, ours := range peerVariables {
		if v, ok := lookup(name); ok && strings.TrimSpace(v) != "" {
			seen = append(seen, fmt.Sprintf("%s (set %s instead)", name, ours))
		}
	}
	if len(seen) == 0 {
		return fmt.Errorf("%s", msg)
	}
	slices.Sort(seen)
	return fmt.Errorf("%s; these variables are set but are other tools' names, not proxmox-mcp's: %s", msg, strings.Join(seen, ", "))
}
