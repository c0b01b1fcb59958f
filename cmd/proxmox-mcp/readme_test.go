package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// The README's tables say what the code does: they are read here and
// compared with it, so neither can change without the other.

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// section is the text under a "## title" heading.
func section(t *testing.T, doc, title string) string {
	t.Helper()
	start := strings.Index(doc, "\n## "+title+"\n")
	if start < 0 {
		t.Fatalf("README has no section %q", title)
	}
	rest := doc[start+len(title)+5:]
	if end := strings.Index(rest, "\n## "); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// tableRows are the cells of a Markdown table's body rows.
func tableRows(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|---") || strings.HasPrefix(line, "| ---") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		out = append(out, cells)
	}
	if len(out) > 0 {
		out = out[1:] // the header
	}
	return out
}

func TestReadmeTierCounts(t *testing.T) {
	rows := tableRows(section(t, readme(t), "Tiers"))
	stats := policy.Default().Stats(apis.Operations())
	want := map[string]policy.StatsRow{
		"Proxmox VE " + apis.Catalog(catalog.PVE).Release.Version:            stats.Product(catalog.PVE),
		"Proxmox Backup Server " + apis.Catalog(catalog.PBS).Release.Version: stats.Product(catalog.PBS),
	}
	found := 0
	for _, r := range rows {
		w, ok := want[r[0]]
		if !ok {
			continue
		}
		found++
		got := strings.Join(r[1:], " ")
		total := w.Tiers[0] + w.Tiers[1] + w.Tiers[2]
		if exp := fmt.Sprintf("%d %d %d %d", w.Tiers[0], w.Tiers[1], w.Tiers[2], total); got != exp {
			t.Errorf("README tiers of %s: %s, the policy gives %s", r[0], got, exp)
		}
	}
	if found != 2 {
		t.Errorf("README tier table has %d of the 2 product rows", found)
	}
}

func TestReadmeCategories(t *testing.T) {
	text := section(t, readme(t), "Categories")
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		m := regexp.MustCompile(`\*\*` + strings.ToUpper(string(p)) + `:\*\* ([^*]+)`).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("README lists no %s categories", p)
		}
		list, _, _ := strings.Cut(m[1], "\n-") // the next bullet
		var got []string
		for _, c := range strings.Split(list, ",") {
			got = append(got, strings.TrimSpace(c))
		}
		if want := policy.Default().Categories(p); !slices.Equal(got, want) {
			t.Errorf("README %s categories %v, the policy has %v", p, got, want)
		}
	}
}

func TestReadmeModes(t *testing.T) {
	var got []string
	for _, r := range tableRows(section(t, readme(t), "Modes")) {
		got = append(got, strings.Trim(r[0], "`"))
	}
	want := []string{string(inventory.ModeDefault), string(inventory.ModeAll), string(inventory.ModeFrontDoor)}
	if !slices.Equal(got, want) {
		t.Errorf("README modes %v, the code has %v", got, want)
	}
	for _, m := range got {
		if _, err := inventory.ParseMode(m); err != nil {
			t.Errorf("README mode %q: %v", m, err)
		}
	}
}

// The configuration table lists every variable the server reads (but the
// HTTP transport's, in docs/http.md), and nothing else.
func TestReadmeConfigurationTable(t *testing.T) {
	documented := map[string]bool{}
	pveRows := 0
	for _, r := range tableRows(section(t, readme(t), "Configuration")) {
		name := strings.Trim(r[0], "`")
		documented[name] = true
		if strings.HasPrefix(name, "PVE_") {
			pveRows++
		}
	}
	read := map[string]bool{config.EnvConfig: true}
	for _, f := range settingFlags {
		if !strings.HasPrefix(f.env, "PROXMOX_MCP_HTTP_") && f.env != config.EnvPerUserCredentials {
			read[f.env] = true
		}
	}
	for _, p := range []string{"PVE_", "PBS_"} {
		read[p+"TOKEN_SECRET"], read[p+"PASSWORD"] = true, true // secrets: no flags
	}
	for name := range read {
		if strings.HasPrefix(name, "PBS_") {
			if !documented["PVE_"+strings.TrimPrefix(name, "PBS_")] {
				t.Errorf("%s is read but its PVE_ twin is not in the README's configuration table", name)
			}
			continue
		}
		if !documented[name] {
			t.Errorf("%s is read but not in the README's configuration table", name)
		}
	}
	for name := range documented {
		if name != "PBS_…" && !read[name] {
			t.Errorf("the README documents %s, which the server does not read", name)
		}
	}
	if !strings.Contains(section(t, readme(t), "Configuration"), fmt.Sprintf("the same %s settings", numberWord(pveRows))) {
		t.Errorf("the PBS_… row should say \"the same %s settings\" (%d PVE_ rows)", numberWord(pveRows), pveRows)
	}
}

func numberWord(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"}
	if n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}

// The counts the README gives for what a client sees: the default tool
// list (both products at their default tier) and the front-door mode.
func TestReadmeToolCounts(t *testing.T) {
	doc := readme(t)
	m := regexp.MustCompile(`By default the client sees (\d+) tools \(about (\d+) KB\):\s+a front door that searches, describes and calls any allowed operation, plus\s+the (\d+) reads`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal(`README: no "By default the client sees N tools (about N KB) … plus the N reads" sentence`)
	}
	def := listedTools(t, inventory.ModeDefault)
	ops := 0
	for _, tool := range def {
		if tool.Kind == inventory.OperationTool {
			ops++
		}
	}
	kb := (listBytes(t, def) + 500) / 1000
	if want := fmt.Sprintf("%d tools, about %d KB, %d reads", len(def), kb, ops); fmt.Sprintf("%s tools, about %s KB, %s reads", m[1], m[2], m[3]) != want {
		t.Errorf("README says %s tools (about %s KB) with %s reads; the default list has %s", m[1], m[2], m[3], want)
	}
	fd := listedTools(t, inventory.ModeFrontDoor)
	if want := "only the " + numberWord(len(fd)) + " front-door tools"; !strings.Contains(section(t, doc, "Modes"), want) {
		t.Errorf("README Modes: front-door mode registers %d tools; the table should say %q", len(fd), want)
	}
}

// listedTools is what a session with both products at their default tier
// lists in mode.
func listedTools(t *testing.T, mode inventory.Mode) []inventory.Tool {
	t.Helper()
	inv, err := inventory.New(inventory.Options{Mode: mode, FrontDoor: true, Products: []inventory.Product{
		{Product: catalog.PVE, Tier: policy.ReadOnly}, {Product: catalog.PBS, Tier: policy.ReadOnly},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return inv.Tools()
}

// listBytes is the size of a tools/list result holding tools.
func listBytes(t *testing.T, tools []inventory.Tool) int {
	t.Helper()
	list := make([]mcp.Tool, 0, len(tools))
	for _, tool := range tools {
		list = append(list, mcpserver.MCPTool(tool))
	}
	b, err := json.Marshal(mcp.ListToolsResult{Tools: list})
	if err != nil {
		t.Fatal(err)
	}
	return len(b)
}
