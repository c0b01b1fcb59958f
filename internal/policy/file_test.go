package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// edit replaces the only occurrence of old in the embedded policy.json and
// returns the new text and the line the replacement starts on.
func edit(t *testing.T, old, repl string) ([]byte, int) {
	t.Helper()
	if n := bytes.Count(defaultFile, []byte(old)); n != 1 {
		t.Fatalf("%q occurs %d times in policy.json, want 1", old, n)
	}
	i := bytes.Index(defaultFile, []byte(old))
	line := bytes.Count(defaultFile[:i], []byte("\n")) + 1
	out := append([]byte{}, defaultFile[:i]...)
	out = append(out, repl...)
	return append(out, defaultFile[i+len(old):]...), line
}

func writeFile(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "policy.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// ruleIndex is the index in rules of the rule whose text contains s.
func ruleIndex(t *testing.T, s string) int {
	t.Helper()
	var f policyFile
	if err := json.Unmarshal(defaultFile, &f); err != nil {
		t.Fatal(err)
	}
	for i, r := range f.Rules {
		if r.Reason == s {
			return i
		}
	}
	t.Fatalf("no rule with reason %q", s)
	return -1
}

func TestBadPolicyFiles(t *testing.T) {
	const backup = `"tier": "read-execute", "reason": "runs a backup"`
	backupRule := fmt.Sprintf("rules[%d]", ruleIndex(t, "runs a backup"))
	tests := []struct {
		name      string
		old, repl string
		want      string // the error after "<path>:<line>: "
		lineDelta int    // the error's line relative to the edit's
	}{
		{"wrong tier name", backup, `"tier": "read-exec", "reason": "runs a backup"`,
			backupRule + ".tier: must be one of read-only, read-execute, full", 0},
		{"unknown field", backup, backup + `, "colour": "red"`,
			backupRule + ".colour: unknown field", 0},
		{"reason missing", backup, `"tier": "read-execute"`,
			backupRule + ": reason is required when tier is set", 0},
		{"wrong type", backup, `"tier": "read-execute", "reason": "runs a backup", "core": "yes"`,
			backupRule + ".core: expected boolean, but got string", 0},
		{"bad JSON", backup, `"tier": "read-execute" "reason": "runs a backup"`,
			"invalid JSON: invalid character '\"' after object key:value pair", 0},
		{"undeclared category", `{"product": "pve", "category": "pools", "paths": ["/pools/**"]}`,
			`{"product": "pve", "category": "pool", "paths": ["/pools/**"]}`,
			"].category: unknown pve category \"pool\"", 0},
		{"bad pattern", `"paths": ["/nodes/*/wakeonlan"]},`, `"paths": ["/nodes/*/wake*"]},`,
			"].paths[0]: bad pattern \"/nodes/*/wake*\": segment \"wake*\": * and ** must be whole segments", 0},
		{"name collides with a generated name", `"name": "pve_list_vms"`, `"name": "pve_get_nodes_lxc"`,
			"name: \"pve_get_nodes_lxc\" is already a generated tool name", 0},
		{"name on several operations", `"paths": ["/nodes/{node}/qemu"], "core": true, "name": "pve_list_vms"`,
			`"paths": ["/nodes/{node}/*"], "core": true, "name": "pve_list_vms"`,
			"name: a name override must match exactly one operation; this rule matches", 0},
		{"duplicate name", `"name": "pve_list_containers"`, `"name": "pve_list_vms"`,
			"name: \"pve_list_vms\" is also the name in rules[", 0},
		{"name of the other product", `"name": "pbs_list_snapshots"`, `"name": "pve_list_snapshots"`,
			"name: \"pve_list_snapshots\" must start with pbs_", 0},
		{"rule deciding nothing", `{"product": "pbs", "methods": ["PUT"], "token_unusable": true, "paths": ["/access/password"]}`,
			`{"product": "pbs", "methods": ["PUT"], "paths": ["/access/password"]}`,
			"the rule decides nothing", 0},
		{"condition on an argument the operation lacks", `"methods": ["POST"], "destructive_with": [{"force": true}],`,
			`"methods": ["POST"], "destructive_with": [{"forse": true}],`,
			`destructive_with[0]: POST /nodes/{node}/lxc has no argument "forse"`, 0},
		{"condition testing a boolean with a string", `"destructive_with": [{"delete": true}],`, `"destructive_with": [{"delete": "yes"}],`,
			`destructive_with[0]: "delete" of POST /nodes/{node}/lxc/{vmid}/remote_migrate is of type boolean: test it with a JSON boolean`, 0},
		{"condition on a path parameter", `{"protection": {"given": false}}`, `{"vmid": {"present": true}}`,
			`confirm_with[0]: "vmid" is a path parameter of`, 0},
		{"condition with a bad expression", `"unused[0-9]+|vmstate"`, `"unused[0-9+|vmstate"`,
			`destructive_with[1].delete: item: error parsing regexp: missing closing ]`, 0},
		{"condition with present false", `{"protection": {"given": false}}`, `{"protection": {"present": false}}`,
			`confirm_with[0].protection: must be true, false, a string, {"given": true, false or a string}, {"present": true} or {"item": "regular expression"}`, 0},
		{"condition without reason", `"reason": "deleting an unusedN entry destroys its volume",`, ``,
			": reason is required when destructive_with is set", -1},
		{"operation without category", `{"product": "pve", "category": "pools", "paths": ["/pools/**"]}`,
			`{"product": "pve", "category": "pools", "paths": ["/pools"]}`,
			"category_rules: no rule gives a category to pve DELETE /pools/{poolid} (pve_delete_pools_poolid)", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, line := edit(t, tt.old, tt.repl)
			path := writeFile(t, data)
			_, err := Load(path)
			if err == nil {
				t.Fatal("loaded; want an error")
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T %v; want *FileError", err, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q\nwant it to contain %q", err, tt.want)
			}
			if fe.File != path {
				t.Errorf("error names file %q, want %q", fe.File, path)
			}
			if tt.name == "operation without category" {
				return // the problem is the missing rule, located at category_rules
			}
			if fe.Line != line+tt.lineDelta {
				t.Errorf("error %q is on line %d, want %d", err, fe.Line, line+tt.lineDelta)
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("%s:%d: ", path, fe.Line)) {
				t.Errorf("error %q does not start with path:line", err)
			}
		})
	}
}

func TestBadPolicyFileMessageExactly(t *testing.T) {
	data, line := edit(t, `"tier": "read-execute", "reason": "runs a backup"`, `"tier": "admin", "reason": "runs a backup"`)
	_, err := parse("policy.json", data)
	want := fmt.Sprintf("policy.json:%d: rules[%d].tier: must be one of read-only, read-execute, full", line, ruleIndex(t, "runs a backup"))
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
}

func TestNotJSONAtAll(t *testing.T) {
	for _, text := range []string{"", "{", "{}\n{}", "[1,2]", `{"version": 1}`} {
		if _, err := parse("x.json", []byte(text)); err == nil || !strings.HasPrefix(err.Error(), "x.json") {
			t.Errorf("parse(%q) = %v; want an error naming the file", text, err)
		}
	}
}

func TestLoad(t *testing.T) {
	want := embedded(t) // fails, rather than panics, on a broken file
	p, err := Load("")
	if err != nil || p != Default() {
		t.Fatalf(`Load("") = %p, %v; want Default()`, p, err)
	}
	if diff := cmp.Diff(want.Categories(catalog.PVE), p.Categories(catalog.PVE)); diff != "" {
		t.Fatalf("Default differs from the embedded file:\n%s", diff)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
	// A copy of the embedded file loads to the same decisions.
	q, err := Load(writeFile(t, defaultFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range apis.Operations() {
		if diff := cmp.Diff(p.Decide(op), q.Decide(op)); diff != "" {
			t.Fatalf("%s: (-default +copy)\n%s", op.Name, diff)
		}
	}
}

func TestEmbeddedSchemaDescribesEmbeddedFile(t *testing.T) {
	if _, err := fileSchema(); err != nil {
		t.Fatal(err)
	}
	if _, err := parse("policy.json", defaultFile); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(defaultFile, []byte(`"$schema": "./policy.schema.json"`)) {
		t.Error("policy.json does not point editors at policy.schema.json")
	}
}

func TestFieldName(t *testing.T) {
	for ptr, want := range map[string]string{
		"":                     "",
		"/rules/17/tier":       "rules[17].tier",
		"/categories/pve/a~1b": "categories.pve.a/b",
		"/rules/0/paths/2":     "rules[0].paths[2]",
	} {
		if got := fieldName(ptr); got != want {
			t.Errorf("fieldName(%q) = %q, want %q", ptr, got, want)
		}
	}
}

func TestLocate(t *testing.T) {
	src := newSource("f", []byte("{\n  \"a\": [\n    1,\n    {\"b\": 2}\n  ],\n  \"c\": \"x\"\n}\n"))
	for ptr, want := range map[string]int{"/a": 2, "/a/0": 3, "/a/1": 4, "/a/1/b": 4, "/c": 6, "/c/zz": 6, "": 1} {
		if got := src.line(ptr); got != want {
			t.Errorf("line(%q) = %d, want %d", ptr, got, want)
		}
	}
}
