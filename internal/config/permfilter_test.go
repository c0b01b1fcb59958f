package config

import (
	"strings"
	"testing"
)

// PROXMOX_MCP_PERMISSION_FILTER is on by default, off with any of
// strconv.ParseBool's false spellings, and refused otherwise ("no" too:
// the package's booleans are ParseBool's), naming the variable.
func TestPermissionFilterSetting(t *testing.T) {
	base := map[string]string{"PVE_BASE_URL": "pve.example", "PVE_TOKEN_ID": "root@pam!mcp", "PVE_TOKEN_SECRET": "x"}
	load := func(v string) (*Config, error) {
		vars := map[string]string{}
		for k, x := range base {
			vars[k] = x
		}
		if v != "-" {
			vars[EnvPermissions] = v
		}
		return Load(env(vars))
	}
	for v, want := range map[string]bool{"-": true, "": true, "true": true, "1": true, "false": false, "0": false, "FALSE": false, "f": false} {
		c, err := load(v)
		if err != nil || c.PermissionFilter != want {
			t.Errorf("%s=%q: filter %v, %v; want %v", EnvPermissions, v, c != nil && c.PermissionFilter, err, want)
		}
	}
	for _, v := range []string{"no", "off", "maybe", "2"} {
		_, err := load(v)
		if err == nil || !strings.Contains(err.Error(), EnvPermissions+"=") || !strings.Contains(err.Error(), "is not a boolean") {
			t.Errorf("%s=%q: %v, want a refusal naming the variable", EnvPermissions, v, err)
		}
	}
}
