package main

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// run executes the CLI with args and returns stdout and the error.
func run(t *testing.T, env map[string]string, args ...string) (string, error) {
	t.Helper()
	for _, k := range []string{"PVE_BASE_URL", "PBS_BASE_URL", "PROXMOX_MCP_POLICY"} {
		t.Setenv(k, env[k])
	}
	cmd := newRootCommand()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

var toolName = regexp.MustCompile(`^(pve|pbs)_[a-z0-9_]+$`)

// tools --json is an interface other work builds on: its fields and counts.
func TestToolsJSON(t *testing.T) {
	out, err := run(t, nil, "tools", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var tools []map[string]any
	if err := json.Unmarshal([]byte(out), &tools); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	names := map[string]bool{}
	for _, tool := range tools {
		for _, f := range []string{"name", "product", "method", "path", "summary", "excluded"} {
			if _, ok := tool[f]; !ok {
				t.Fatalf("%v lacks %q", tool, f)
			}
		}
		name := tool["name"].(string)
		if !toolName.MatchString(name) || len(name) > 48 || names[name] {
			t.Errorf("bad or duplicate name %q", name)
		}
		names[name] = true
		key := tool["product"].(string)
		if tool["excluded"] == true {
			key += " excluded"
			if tool["excluded_reason"] == "" {
				t.Errorf("%s: excluded without a reason", name)
			}
		} else {
			for _, f := range []string{"tier", "category", "core", "annotations"} {
				if _, ok := tool[f]; !ok {
					t.Errorf("%s lacks %q", name, f)
				}
			}
		}
		count[key]++
	}
	want := map[string]int{"pve": 646, "pbs": 347, "pbs excluded": 20}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s: %d operations, want %d", k, count[k], n)
		}
	}
}

func TestToolsFilters(t *testing.T) {
	out, err := run(t, nil, "tools", "--json", "--product", "pbs", "--tier", "read-only", "--category", "datastore")
	if err != nil {
		t.Fatal(err)
	}
	var tools []map[string]any
	json.Unmarshal([]byte(out), &tools)
	if len(tools) == 0 {
		t.Fatal("no tools")
	}
	for _, tool := range tools {
		if tool["product"] != "pbs" || tool["tier"] != "read-only" || tool["category"] != "datastore" {
			t.Errorf("filter let through %v", tool)
		}
	}
	if _, err := run(t, nil, "tools", "--tier", "admin"); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("unknown tier: %v", err)
	}
	if _, err := run(t, nil, "tools", "--category", "bogus"); err == nil || !strings.Contains(err.Error(), "qemu") {
		t.Errorf("unknown category: %v", err)
	}
}

func TestToolsStats(t *testing.T) {
	out, err := run(t, nil, "tools", "--stats")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"read-only", "read-execute", "full", "qemu", "datastore", "646", "347"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lack %q:\n%s", want, out)
		}
	}
}

func TestVersion(t *testing.T) {
	out, err := run(t, nil, "version")
	if err != nil || !strings.Contains(out, "Proxmox VE 9.1: 646 operations") || !strings.Contains(out, "Proxmox Backup Server 4.2: 347") {
		t.Errorf("version: %q %v", out, err)
	}
}

// Without any Proxmox and without --demo, serve says what to set.
func TestServeWithoutProxmoxSaysWhatToSet(t *testing.T) {
	_, err := run(t, nil, "serve")
	if err == nil || !strings.Contains(err.Error(), "PVE_BASE_URL") || !strings.Contains(err.Error(), "--demo") {
		t.Errorf("serve without configuration: %v", err)
	}
	_, err = run(t, map[string]string{"PVE_BASE_URL": "pve"}, "serve", "--pve-tier", "admin")
	if err == nil || !strings.Contains(err.Error(), "PVE_ACCESS_TIER") {
		t.Errorf("bad flag value: %v", err)
	}
}

// tools --release lists what a cluster of that release is offered: every
// operation it has, none it lacks (604 of PVE 9.1's 646 for 8.4, as
// check reports), and an unpinned release is refused naming the pinned.
func TestToolsRelease(t *testing.T) {
	var all, old []map[string]any
	for _, step := range []struct {
		args []string
		into *[]map[string]any
	}{{[]string{"tools", "--json", "--product", "pve"}, &all}, {[]string{"tools", "--json", "--product", "pve", "--release", "8.4"}, &old}} {
		out, err := run(t, nil, step.args...)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(out), step.into); err != nil {
			t.Fatal(err)
		}
	}
	if len(all) != 646 || len(old) != 604 {
		t.Errorf("PVE tools: %d at the catalog's release, %d at 8.4; want 646 and 604", len(all), len(old))
	}
	newer := 0
	for _, tool := range all {
		if tool["since"] == "9.1" {
			newer++
		}
	}
	if newer != len(all)-len(old) {
		t.Errorf("%d operations are marked new in 9.1; 8.4 lacks %d", newer, len(all)-len(old))
	}
	for _, tool := range old {
		if since, _ := tool["since"].(string); since == "9.0" || since == "9.1" {
			t.Errorf("8.4 is offered %s, new in %s", tool["name"], since)
		}
	}
	if _, err := run(t, nil, "tools", "--release", "7.4"); err == nil || !strings.Contains(err.Error(), "8.4, 9.1") {
		t.Errorf("an unpinned release: %v", err)
	}
}
