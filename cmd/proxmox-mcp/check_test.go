package main

import (
	"context"
	"io"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

// TestCheckCountsWhatATokenCanDo runs check against the simulator with a
// full and a scoped token: the scoped one can use far fewer operations,
// and some only on some objects.
func TestCheckCountsWhatATokenCanDo(t *testing.T) {
	s := sim.New(sim.Options{})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	defer srv.Close()
	usable := map[string]int{}
	for _, tok := range s.SeededTokens() {
		if tok.Product != catalog.PVE {
			continue
		}
		t.Setenv("PVE_TOKEN_ID", tok.ID)
		t.Setenv("PVE_TOKEN_SECRET", tok.Secret)
		out, err := run(t, map[string]string{"PVE_BASE_URL": srv.URL}, "check")
		if err != nil {
			t.Fatalf("%s: %v\n%s", tok.ID, err, out)
		}
		if !strings.Contains(out, "identity: API token "+tok.ID) {
			t.Errorf("%s: identity missing:\n%s", tok.ID, out)
		}
		any, some := columnTotals(t, out)
		usable[tok.ID] = any + some
		if tok.ID == "vmadmin@pve!mcp" && some == 0 {
			t.Errorf("vmadmin: no operation usable on some objects only:\n%s", out)
		}
	}
	if usable["auditor@pve!mcp"] >= usable["root@pam!mcp"] || usable["vmadmin@pve!mcp"] >= usable["root@pam!mcp"] {
		t.Errorf("scoped tokens can use as much as root: %v", usable)
	}
}

var checkRow = regexp.MustCompile(`(?m)^\S+\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$`)

// columnTotals sums the "on any object" and "on some objects" columns.
func columnTotals(t *testing.T, out string) (anyObj, someObj int) {
	rows := checkRow.FindAllStringSubmatch(out, -1)
	if len(rows) == 0 {
		t.Fatalf("no category rows:\n%s", out)
	}
	for _, r := range rows {
		a, _ := strconv.Atoi(r[2])
		s, _ := strconv.Atoi(r[3])
		anyObj, someObj = anyObj+a, someObj+s
	}
	return anyObj, someObj
}

// check says what a cluster's release means for the operations offered.
func TestCheckReportsTheRelease(t *testing.T) {
	for _, tc := range []struct {
		product catalog.Product
		release string
		want    string
	}{
		{catalog.PVE, "8.4", "release: 8.4.0, older than the catalog's 9.1: 604 of 646 operations are offered as 8.4 has them; 42 are not (proxmox-mcp tools --release 8.4 lists what is)"},
		{catalog.PVE, "", "release: 9.1.1, the catalog's own: every operation is offered"},
		{catalog.PBS, "3.4", "release: 3.4.1, older than the catalog's 4.2: 328 of 347 operations are offered as 3.4 has them; 19 are not"},
	} {
		s := sim.New(sim.Options{PVERelease: map[bool]string{true: tc.release}[tc.product == catalog.PVE], PBSRelease: map[bool]string{true: tc.release}[tc.product == catalog.PBS]})
		srv := httptest.NewServer(s.Handler(tc.product))
		env := strings.ToUpper(string(tc.product))
		t.Setenv(env+"_TOKEN_ID", s.TokenID(tc.product))
		t.Setenv(env+"_TOKEN_SECRET", s.TokenSecret(tc.product))
		out, err := run(t, map[string]string{env + "_BASE_URL": srv.URL}, "check")
		srv.Close()
		if err != nil || !strings.Contains(out, tc.want) {
			t.Errorf("%s %s: %v\n%s\nwant a line with %q", tc.product, tc.release, err, out, tc.want)
		}
	}
}

// check and serve decide alike: for every seeded token, the operations
// check counts as usable (on any object or on some) are exactly those
// serve offers the same credentials, at the full tier over the whole
// catalog. Before check asked the inventory it read the permissions
// without PVE's group listing and counted account operations serve hides.
func TestCheckAgreesWithWhatServeOffers(t *testing.T) {
	s := sim.New(sim.Options{})
	srv := httptest.NewServer(s.Handler(catalog.PVE))
	defer srv.Close()
	for _, tok := range s.SeededTokens() {
		if tok.Product != catalog.PVE {
			continue
		}
		t.Setenv("PVE_TOKEN_ID", tok.ID)
		t.Setenv("PVE_TOKEN_SECRET", tok.Secret)
		t.Setenv("PVE_ACCESS_TIER", "full")
		out, err := run(t, map[string]string{"PVE_BASE_URL": srv.URL}, "check")
		if err != nil {
			t.Fatalf("%s: %v\n%s", tok.ID, err, out)
		}
		anyObj, someObj := columnTotals(t, out)
		if offered := servedOperations(t, catalog.PVE); anyObj+someObj != offered {
			t.Errorf("%s: check counts %d usable operations (%d on any object, %d on some), serve offers %d",
				tok.ID, anyObj+someObj, anyObj, someObj, offered)
		}
	}
}

// servedOperations is how many operations of p serve's inventory allows
// with the configuration in the environment.
func servedOperations(t *testing.T, p catalog.Product) int {
	t.Helper()
	cfg, err := config.Load(os.LookupEnv)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Mode = inventory.ModeAll
	targets, err := connectTargets(cfg, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	probeTargets(context.Background(), cfg, targets, io.Discard)
	inv, err := buildInventory(cfg, targets)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range inv.Entries() {
		if e.Op.Product == p && e.Allowed() {
			n++
		}
	}
	return n
}

// A cluster newer than the catalog is offered everything, and told how
// to get what it added.
func TestCheckReleaseLineOfANewerCluster(t *testing.T) {
	got := releaseLine(catalog.PVE, proxmox.VersionInfo{Version: "9.4.2", Release: "9.4"})
	want := "release: 9.4.2, newer than the catalog's 9.1: its operations are offered (regenerate for what 9.4 added)"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
