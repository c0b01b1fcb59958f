package config

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
)

// The safety settings beyond tiers (docs/safety-model.md).
const (
	EnvAllow              = inventory.EnvAllow         // capabilities to turn on: guest-exec
	EnvNoDestructive      = inventory.EnvNoDestructive // true: no destructive calls, either product
	EnvAuditLog           = "PROXMOX_MCP_AUDIT_LOG"    // file of the audit log, or - for stderr
	EnvAuditReads         = "PROXMOX_MCP_AUDIT_READS"  // true: record reads too
	EnvElicitation        = inventory.EnvElicitation   // prefer, require or off
	EnvElicitationTimeout = "PROXMOX_MCP_ELICITATION_TIMEOUT"
)

// Safety holds the settings that decide who confirms and what is
// recorded, and the capabilities turned on.
type Safety struct {
	Allow              []string
	AuditLog           string
	AuditReads         bool
	Elicitation        inventory.Elicitation
	ElicitationTimeout time.Duration
}

// loadSafety reads the safety settings. Elicitation defaults to require
// over HTTP (a team's server: the model's own confirm must not stand in
// for a person) and to prefer over stdio (one person at their own client).
func loadSafety(get func(string) string, http bool) (Safety, error) {
	s := Safety{AuditLog: get(EnvAuditLog), Elicitation: inventory.ElicitPrefer, ElicitationTimeout: inventory.DefaultElicitationTimeout}
	if http {
		s.Elicitation = inventory.ElicitRequire
	}
	for _, item := range strings.Split(get(EnvAllow), ",") {
		name := strings.ToLower(strings.TrimSpace(item))
		if name == "" {
			continue
		}
		if !slices.Contains(inventory.Capabilities, name) {
			return s, fmt.Errorf("%s: unknown capability %q (known: %s; example: %s=guest-exec)", EnvAllow, name, strings.Join(inventory.Capabilities, ", "), EnvAllow)
		}
		if !slices.Contains(s.Allow, name) {
			s.Allow = append(s.Allow, name)
		}
	}
	var err error
	if s.AuditReads, err = boolSetting(get, EnvAuditReads, false); err != nil {
		return s, err
	}
	if v := get(EnvElicitation); v != "" {
		if s.Elicitation, err = inventory.ParseElicitation(strings.ToLower(v)); err != nil {
			return s, fmt.Errorf("%s: %w (example: %s=require)", EnvElicitation, err, EnvElicitation)
		}
	}
	if v := get(EnvElicitationTimeout); v != "" {
		if s.ElicitationTimeout, err = Seconds(v); err != nil || s.ElicitationTimeout <= 0 {
			return s, fmt.Errorf("%s=%q must be a positive duration (examples: %s=300, %s=5m)", EnvElicitationTimeout, v, EnvElicitationTimeout, EnvElicitationTimeout)
		}
	}
	return s, nil
}

// noDestructive reads a product's switch: PVE_NO_DESTRUCTIVE when set,
// else PROXMOX_MCP_NO_DESTRUCTIVE.
func noDestructive(get func(string) string, prefix string) (bool, error) {
	if v := get(prefix + "_NO_DESTRUCTIVE"); v != "" {
		return boolSetting(get, prefix+"_NO_DESTRUCTIVE", false)
	}
	return boolSetting(get, EnvNoDestructive, false)
}

// boolSetting reads true/false (and the other forms strconv accepts).
func boolSetting(get func(string) string, name string, def bool) (bool, error) {
	v := get(name)
	if v == "" {
		return def, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s=%q is not a boolean (example: %s=true)", name, v, name)
	}
	return b, nil
}
