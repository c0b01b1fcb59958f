package config

import (
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

func env(vars map[string]string) Lookup {
	return func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	}
}

func TestLoadDefaults(t *testing.T) {
	c, err := Load(env(map[string]string{"PVE_BASE_URL": "pve.example", "PVE_TOKEN_ID": "root@pam!mcp", "PVE_TOKEN_SECRET": "x"}))
	if err != nil {
		t.Fatal(err)
	}
	pve := c.Products[catalog.PVE]
	if pve == nil || c.Products[catalog.PBS] != nil {
		t.Fatalf("products: %+v", c.Products)
	}
	if pve.Tier != policy.ReadOnly || pve.Categories != nil || c.Mode != inventory.ModeDefault || !c.FrontDoor {
		t.Errorf("defaults: %+v %+v", pve, c)
	}
	if client, err := proxmox.New(pve.Proxmox); err != nil || client.BaseURL() != "https://pve.example:8006" {
		t.Errorf("base URL: %v", err)
	}
	if c.MaxResultBytes != DefaultMaxResultBytes || c.TaskWait != 0 || c.MaxTaskWait != DefaultMaxTaskWait {
		t.Errorf("limits: %+v", c)
	}
	if c.StructuredContent {
		t.Error("structuredContent is on by default")
	}
}

func TestLoadSettings(t *testing.T) {
	c, err := Load(env(map[string]string{
		"PBS_BASE_URL": "https://pbs:8007", "PBS_TOKEN_ID": "root@pam!mcp", "PBS_TOKEN_SECRET": "x",
		"PBS_ACCESS_TIER": "read-execute", "PBS_CATEGORIES": "datastore, tasks",
		EnvMode: "all", EnvFrontDoor: "false", EnvTaskWait: "90", EnvMaxTaskWait: "10m", EnvMaxResultBytes: "131072",
		EnvStructured: "true",
	}))
	if err != nil {
		t.Fatal(err)
	}
	pbs := c.Products[catalog.PBS]
	if pbs.Tier != policy.ReadExecute || strings.Join(pbs.Categories, ",") != "datastore,tasks" {
		t.Errorf("pbs: %+v", pbs)
	}
	if c.Mode != inventory.ModeAll || c.FrontDoor || c.TaskWait != 90*time.Second || c.MaxTaskWait != 10*time.Minute || c.MaxResultBytes != 131072 || !c.StructuredContent {
		t.Errorf("server: %+v", c)
	}
}

// Every malformed value is an error naming its variable.
func TestLoadErrorsNameTheVariable(t *testing.T) {
	base := map[string]string{"PVE_BASE_URL": "pve", "PVE_TOKEN_ID": "root@pam!mcp", "PVE_TOKEN_SECRET": "x"}
	cases := map[string]string{
		"PVE_ACCESS_TIER":     "admin",
		"PVE_CATEGORIES":      "qemu,vms",
		EnvMode:               "everything",
		EnvFrontDoor:          "maybe",
		EnvMaxResultBytes:     "12",
		EnvTaskWait:           "forever",
		EnvMaxTaskWait:        "-5",
		"PVE_VERIFY_SSL":      "perhaps",
		"PVE_TIMEOUT":         "soon",
		EnvPolicy:             "/nonexistent/policy.json",
		"PVE_TOKEN_ID":        "not-a-token",
		EnvMaxUpload:          "1kb",
		"PVE_TLS_FINGERPRINT": "AB:CD",
	}
	for name, value := range cases {
		vars := map[string]string{}
		for k, v := range base {
			vars[k] = v
		}
		vars[name] = value
		_, err := Load(env(vars))
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s=%q: err = %v, want it to name %s", name, value, err, name)
		}
	}
}

func TestSeconds(t *testing.T) {
	for in, want := range map[string]time.Duration{"90": 90 * time.Second, "1.5": 1500 * time.Millisecond, "2m": 2 * time.Minute} {
		if got, err := Seconds(in); err != nil || got != want {
			t.Errorf("Seconds(%q) = %v, %v", in, got, err)
		}
	}
}

// Another server's variable names, set without ours, are named with the
// variable that stands for each (and never their values).
func TestPeerVariablesAreNamed(t *testing.T) {
	env := map[string]string{"PROXMOX_HOST": "pve1.example.com", "PROXMOX_TOKEN_SECRET": "s3cret-value-123"}
	err := NothingConfigured(func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	for _, want := range []string{"PROXMOX_HOST (set PVE_BASE_URL instead)", "PROXMOX_TOKEN_SECRET (set PVE_TOKEN_SECRET instead)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%v\n does not name %s", err, want)
		}
	}
	if strings.Contains(err.Error(), "s3cret") || strings.Contains(err.Error(), "pve1.example") {
		t.Errorf("a value was repeated: %v", err)
	}
	if err := NothingConfigured(func(string) (string, bool) { return "", false }); strings.Contains(err.Error(), "other tools") {
		t.Errorf("no peer variables set, yet: %v", err)
	}
}
