package main

import (
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
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
