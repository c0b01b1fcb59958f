package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// The binary serves two simulated clusters named in a configuration file,
// through an MCP client over stdio: each is reached by its target, and
// the scoped token's target offers less.
func TestServeTwoClustersFromAConfigFile(t *testing.T) {
	prod, lab := sim.New(sim.Options{}), sim.New(sim.Options{Seed: 2})
	prodSrv, labSrv := httptest.NewServer(prod.Handler(catalog.PVE)), httptest.NewServer(lab.Handler(catalog.PVE))
	defer prodSrv.Close()
	defer labSrv.Close()
	var vmadmin string
	for _, tok := range lab.SeededTokens() {
		if tok.ID == "vmadmin@pve!mcp" {
			vmadmin = tok.Secret
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "targets.toml")
	conf := fmt.Sprintf(`[[pve]]
name = "prod"
url = %q
token_id = %q
token_secret_env = "PROD_SECRET"
tier = "full"

[[pve]]
name = "lab"
url = %q
token_id = "vmadmin@pve!mcp"
token_secret_env = "LAB_SECRET"
tier = "full"
`, prodSrv.URL, prod.TokenID(catalog.PVE), labSrv.URL)
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), runMainEnv+"=1", "PVE_BASE_URL=", "PBS_BASE_URL=", "PROXMOX_MCP_CONFIG="+path,
		"PROD_SECRET="+prod.TokenSecret(catalog.PVE), "LAB_SECRET="+vmadmin)
	c, err := client.NewStdioMCPClient(os.Args[0], env, "serve")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	read := func(target, tool string, args map[string]any) *mcp.CallToolResult {
		req := mcp.CallToolRequest{}
		req.Params.Name = "proxmox_call_read"
		req.Params.Arguments = map[string]any{"tool": tool, "target": target, "arguments": args}
		res, err := c.CallTool(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	for name, s := range map[string]*sim.Simulator{"prod": prod, "lab": lab} {
		before := s.RequestCount()
		if res := read(name, "pve_get_nodes", nil); res.IsError {
			t.Fatalf("%s: %v", name, res.Content)
		}
		if s.RequestCount() == before {
			t.Errorf("target %s was not reached", name)
		}
	}
	// lab's token is a pool's VM administrator: the cluster's firewall
	// options are not for it, on lab; prod's full token reads them.
	res := read("lab", "pve_get_cluster_firewall_options", nil)
	if text := fmt.Sprint(res.Content); !res.IsError || !strings.Contains(text, "can never call it") {
		t.Errorf("lab, a scoped token: %s", text)
	}
	if res := read("prod", "pve_get_cluster_firewall_options", nil); res.IsError {
		t.Errorf("prod, the full token: %v", res.Content)
	}
}
