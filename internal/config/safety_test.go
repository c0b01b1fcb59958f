package config

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// bothProducts is a configuration of PVE and PBS with extra variables.
func bothProducts(extra map[string]string) Lookup {
	vars := map[string]string{
		"PVE_BASE_URL": "pve.example", "PVE_TOKEN_ID": "root@pam!mcp", "PVE_TOKEN_SECRET": "x",
		"PBS_BASE_URL": "pbs.example", "PBS_TOKEN_ID": "root@pam!mcp", "PBS_TOKEN_SECRET": "x",
	}
	maps.Copy(vars, extra)
	return env(vars)
}

// The safety switches read from the environment, and what a wrong value
// is told.
func TestSafetySettingsFromTheEnvironment(t *testing.T) {
	for _, tc := range []struct {
		vars         map[string]string
		allow        []string
		pveNo, pbsNo bool
		auditReads   bool
		wantErr      string
		wantErrAlso  string
	}{
		{vars: nil},
		{vars: map[string]string{EnvAllow: "guest-exec"}, allow: []string{"guest-exec"}},
		{vars: map[string]string{EnvAllow: " Guest-Exec , guest-exec,"}, allow: []string{"guest-exec"}},
		{vars: map[string]string{EnvAllow: "shell"}, wantErr: EnvAllow + `: unknown capability "shell"`, wantErrAlso: "guest-exec"},
		{vars: map[string]string{EnvNoDestructive: "true"}, pveNo: true, pbsNo: true},
		{vars: map[string]string{EnvNoDestructive: "true", "PVE_NO_DESTRUCTIVE": "false"}, pbsNo: true},
		{vars: map[string]string{"PBS_NO_DESTRUCTIVE": "1"}, pbsNo: true},
		{vars: map[string]string{EnvNoDestructive: "maybe"}, wantErr: EnvNoDestructive},
		{vars: map[string]string{"PVE_NO_DESTRUCTIVE": "maybe"}, wantErr: "PVE_NO_DESTRUCTIVE"},
		{vars: map[string]string{EnvAuditReads: "true"}, auditReads: true},
		{vars: map[string]string{EnvAuditReads: "sometimes"}, wantErr: EnvAuditReads},
	} {
		c, err := Load(bothProducts(tc.vars))
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), tc.wantErrAlso) {
				t.Errorf("%v: error %v, want one naming %q and %q", tc.vars, err, tc.wantErr, tc.wantErrAlso)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v: %v", tc.vars, err)
			continue
		}
		if !slices.Equal(c.Safety.Allow, tc.allow) || c.Products[catalog.PVE].NoDestructive != tc.pveNo ||
			c.Products[catalog.PBS].NoDestructive != tc.pbsNo || c.Safety.AuditReads != tc.auditReads {
			t.Errorf("%v: allow %v, no-destructive PVE %v PBS %v, audit reads %v; want %v %v %v %v", tc.vars,
				c.Safety.Allow, c.Products[catalog.PVE].NoDestructive, c.Products[catalog.PBS].NoDestructive, c.Safety.AuditReads,
				tc.allow, tc.pveNo, tc.pbsNo, tc.auditReads)
		}
	}
}
