package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

const twoClusters = `# two clusters and a backup server
[[pve]]
name = "prod"
urls = ["https://pve1.example.com:8006", "https://pve2.example.com:8006"]
token_id = "mcp@pve!prod"
token_secret_env = "PROD_SECRET"
tls_fingerprint = "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99"
tier = "read-execute"
no_destructive = true

[[pve]]
name = "lab"
url = "https://lab.example.com:8006"
token_id = "mcp@pve!lab"
token_secret_file = "SECRETFILE"
tier = "full"
categories = ["qemu", "lxc"]
allow = ["guest-exec"]

[[pbs]]
name = "backup"
url = "https://pbs.example.com:8007"
username = "root@pam"
password_env = "PBS_PW"
`

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	dir := t.TempDir()
	secret := filepath.Join(dir, "lab.secret")
	if err := os.WriteFile(secret, []byte("22222222-3333-4444-5555-666666666666\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "targets.toml")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(text, "SECRETFILE", secret)), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func lookupOf(m map[string]string) Lookup {
	return func(name string) (string, bool) { v, ok := m[name]; return v, ok }
}

func TestConfigFileTargets(t *testing.T) {
	path := writeConfig(t, twoClusters)
	cfg, err := Load(lookupOf(map[string]string{EnvConfig: path, "PROD_SECRET": "11111111-2222-3333-4444-555555555555", "PBS_PW": "pw-of-pbs"}))
	if err != nil {
		t.Fatal(err)
	}
	pve, pbs := cfg.Targets[catalog.PVE], cfg.Targets[catalog.PBS]
	if len(pve) != 2 || len(pbs) != 1 || cfg.Products[catalog.PVE] != pve[0] {
		t.Fatalf("targets: %d PVE, %d PBS", len(pve), len(pbs))
	}
	prod, lab := pve[0], pve[1]
	switch {
	case prod.Name != "prod" || len(prod.URLs) != 2 || prod.Proxmox.BaseURL != "https://pve1.example.com:8006":
		t.Errorf("prod: %+v", prod)
	case prod.Tier != policy.ReadExecute || !prod.NoDestructive || prod.Proxmox.TokenSecret != "11111111-2222-3333-4444-555555555555":
		t.Errorf("prod access: tier %s no-destructive %v", prod.Tier, prod.NoDestructive)
	case lab.Proxmox.TokenSecret != "22222222-3333-4444-5555-666666666666" || lab.Tier != policy.Full || len(lab.Categories) != 2 || lab.Allow[0] != "guest-exec":
		t.Errorf("lab: %+v", lab)
	case pbs[0].Proxmox.Password != "pw-of-pbs" || pbs[0].Proxmox.Username != "root@pam":
		t.Errorf("backup: %+v", pbs[0])
	}
}

// Every mistake names the file, the line and the field, and never shows
// a secret.
func TestConfigFileErrors(t *testing.T) {
	env := map[string]string{"PROD_SECRET": "11111111-2222-3333-4444-555555555555", "PBS_PW": "pw-of-pbs"}
	cases := []struct {
		name, edit, from, want string
	}{
		{"bad tier", `tier = "full"`, `tier = "root"`, `line 16: [[pve]] tier:`},
		{"unknown field", `allow = ["guest-exec"]`, `allow = ["guest-exec"]` + "\nfingerprint = \"x\"", `line 19: unknown field "pve.fingerprint"`},
		{"url and urls", `url = "https://lab.example.com:8006"`, `url = "https://lab.example.com:8006"` + "\nurls = [\"https://x:8006\"]", `[[pve]] urls: set url or urls, not both`},
		{"missing url", `url = "https://pbs.example.com:8007"`, ``, `line 20: [[pbs]] url: missing`},
		{"unset secret variable", `password_env = "PBS_PW"`, `password_env = "NOT_SET"`, `line 24: [[pbs]] password_env: the variable NOT_SET is not set`},
		{"duplicate name", `name = "lab"`, `name = "prod"`, `line 12: [[pve]] name: "prod" names two targets`},
		{"bad name", `name = "lab"`, `name = "Lab Cluster"`, `[[pve]] name: "Lab Cluster" is not a target name`},
		{"syntax", `tier = "full"`, `tier = full`, `line 16:`},
		{"bad token id", `token_id = "mcp@pve!lab"`, `token_id = "mcp-lab"`, `line 14 ([[pve]] lab) token_id=`},
		{"unknown category", `categories = ["qemu", "lxc"]`, `categories = ["qemu", "vms"]`, `line 17: [[pve]] categories:`},
	}
	for _, tc := range cases {
		text := twoClusters
		if !strings.Contains(text, tc.edit) {
			t.Fatalf("%s: the fixture has no %q", tc.name, tc.edit)
		}
		text = strings.Replace(text, tc.edit, tc.from, 1)
		path := writeConfig(t, text)
		env[EnvConfig] = path
		_, err := Load(lookupOf(env))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: %v\nwant the file and %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "11111111-2222") {
			t.Errorf("%s: the error shows a secret: %v", tc.name, err)
		}
	}
	// One place says where the clusters are.
	env[EnvConfig] = writeConfig(t, twoClusters)
	env["PVE_BASE_URL"] = "https://pve.example.com:8006"
	if _, err := Load(lookupOf(env)); err == nil || !strings.Contains(err.Error(), "PROXMOX_MCP_CONFIG and PVE_BASE_URL are both set") {
		t.Errorf("file and variables: %v", err)
	}
}
