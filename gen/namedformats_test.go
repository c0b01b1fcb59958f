package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// unknownFormatDump is a PVE dump whose parameters use a named format no
// registry entry knows, as a newer release would: pve-future-thing on a
// parameter and on a key of a property string, and its list form.
const unknownFormatDump = "testdata/pve-unknown-format.js"

func parseUnknownFormat(t *testing.T) *schema.API {
	t.Helper()
	data, err := os.ReadFile(unknownFormatDump)
	if err != nil {
		t.Fatal(err)
	}
	api, err := schema.Parse(data, schema.PVE, "unknown-format")
	if err != nil {
		t.Fatal(err)
	}
	return api
}

// A format the registry does not know is no reason to fail: generation
// succeeds, the report lists the name and how often it is used, and the
// parameters are checked as plain strings within their declared limits.
func TestUnknownFormatIsReportedAndCheckedAsAString(t *testing.T) {
	m, err := buildModel(parseUnknownFormat(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	report := string(report(m))
	for _, want := range []string{
		"Formats no registry entry knows, checked as plain strings",
		"- `pve-future-thing`: 2 uses\n",
		"- `pve-future-thing-list`: 1 uses\n",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the schema report does not list %q:\n%s", want, report)
		}
	}
	op := onlyOperation(t, m)
	if got := op.Param("thing").Format; got != "pve-future-thing" {
		t.Errorf("thing keeps format %q, want the dump's name", got)
	}
	args := map[string]any{"node": "pve1", "thing": "any text at all", "things": "a,b c", "opts": map[string]any{"gadget": "what:ever"}}
	req, err := wire.Prepare(op, args)
	if err != nil {
		t.Fatalf("a value in an unknown format is refused: %v", err)
	}
	if got := req.Form.Get("thing"); got != "any text at all" {
		t.Errorf("thing sent as %q", got)
	}
	if got := req.Form.Get("things"); got != "a,b c" {
		t.Errorf("things sent as %q", got)
	}
	if got := req.Form.Get("opts"); got != "gadget=what:ever" {
		t.Errorf("opts sent as %q", got)
	}
	args["thing"] = strings.Repeat("x", 17)
	var we *wire.Error
	if _, err := wire.Prepare(op, args); !errors.As(err, &we) || !strings.Contains(err.Error(), "16") {
		t.Errorf("a value over the declared maxLength: %v", err)
	}
}

func onlyOperation(t *testing.T, m *model) *catalog.Operation {
	t.Helper()
	if len(m.ops) != 1 {
		t.Fatalf("%d operations, want 1", len(m.ops))
	}
	return &m.ops[0].op
}

// The dump generates into a package that compiles, and its report on disk
// is the one the model gives.
func TestUnknownFormatDumpGeneratesAndCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds packages")
	}
	work, err := os.MkdirTemp("testdata", "unknown-format-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	dir := filepath.Join(work, "pve")
	generateInto(t, parseUnknownFormat(t), dir)
	written, err := os.ReadFile(filepath.Join(dir, reportFile))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(written), "- `pve-future-thing`: 2 uses") {
		t.Errorf("%s does not list the unknown format:\n%s", reportFile, written)
	}
	code, err := os.ReadFile(filepath.Join(dir, "catalog"+generatedSuffix))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(code), `"pve-future-thing-list"`) {
		t.Error("the generated catalog does not keep the unknown format's name")
	}
	cmd := exec.Command("go", "vet", "./"+filepath.ToSlash(dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("generated package does not compile: %v\n%s", err, out)
	}
}
