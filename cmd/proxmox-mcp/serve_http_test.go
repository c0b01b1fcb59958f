package main

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The defect: HTTP-only flags such as --read-timeout and --max-body-bytes
// said nothing of HTTP in serve --help. Every one now starts with http-.
func TestHTTPOnlyFlagsHaveTheHTTPPrefix(t *testing.T) {
	help, err := run(t, nil, "serve", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range httpFlags {
		if f.flag != "http" && !strings.HasPrefix(f.flag, "http-") {
			t.Errorf("--%s (%s) lacks the http- prefix", f.flag, f.env)
		}
		if !strings.Contains(help, "--"+f.flag+" ") {
			t.Errorf("serve --help does not list --%s", f.flag)
		}
	}
	for old := range renamedHTTPFlags {
		if strings.Contains(help, "  --"+old+" ") {
			t.Errorf("serve --help lists the old name --%s", old)
		}
	}
}

// The old names keep working: each sets the new flag, so the setting's
// lookup (which asks whether the new flag was given) sees the value.
func TestRenamedHTTPFlagsSetTheNewOnes(t *testing.T) {
	for old, current := range renamedHTTPFlags {
		forms := [][]string{{"--" + old + "=42"}}
		if !slices.Contains(httpBoolFlags, current) { // a bare boolean takes no separate value
			forms = append(forms, []string{"--" + old, "42"})
		}
		for _, args := range forms {
			cmd := newServeCommand()
			cmd.SetOut(&bytes.Buffer{}) // the deprecation notices
			if err := cmd.ParseFlags(args); err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			f := cmd.Flags().Lookup(current)
			if !f.Changed || f.Value.String() != "42" {
				t.Errorf("%v: --%s changed %v, value %q; want the value 42", args, current, f.Changed, f.Value.String())
			}
			if !cmd.Flags().Lookup(old).Hidden {
				t.Errorf("--%s is not hidden", old)
			}
		}
	}
	for _, name := range httpBoolFlags {
		for old, current := range renamedHTTPFlags {
			if current != name {
				continue
			}
			cmd := newServeCommand()
			cmd.SetOut(&bytes.Buffer{})
			if err := cmd.ParseFlags([]string{"--" + old}); err != nil {
				t.Fatalf("--%s: %v", old, err)
			}
			if got := cmd.Flags().Lookup(current).Value.String(); got != "true" {
				t.Errorf("bare --%s: --%s = %q, want true", old, current, got)
			}
		}
	}
}

// Through the whole command: the old name and the new reach the same
// setting, and the old one says what to use instead (cobra prints flag
// notices to the command's output when one is set, else to stderr).
func TestRenamedHTTPFlagReachesTheSetting(t *testing.T) {
	for _, flag := range []string{"--http-read-timeout", "--read-timeout"} {
		var notices bytes.Buffer
		cmd := newRootCommand()
		cmd.SetOut(&notices)
		cmd.SetErr(&notices)
		cmd.SetArgs([]string{"serve", "--http", "127.0.0.1:0", flag, "0"})
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), `PROXMOX_MCP_HTTP_READ_TIMEOUT="0"`) {
			t.Errorf("%s 0: err = %v; want the read timeout refused", flag, err)
		}
		deprecated := strings.Contains(notices.String(), "Flag --read-timeout has been deprecated, use --http-read-timeout")
		if deprecated != (flag == "--read-timeout") {
			t.Errorf("%s: notices %q", flag, notices.String())
		}
	}
}

var docFlagRow = regexp.MustCompile("^\\| (`--[a-z-]+`|—) \\| `([A-Z0-9_]+)` \\|")

// docs/http.md's reference table names each variable's flag as serve has it.
func TestHTTPDocTableFlagsMatchServe(t *testing.T) {
	b, err := os.ReadFile("../../docs/http.md")
	if err != nil {
		t.Fatal(err)
	}
	documented := map[string]string{} // variable → flag, "" for none
	for _, line := range strings.Split(string(b), "\n") {
		if m := docFlagRow.FindStringSubmatch(line); m != nil {
			documented[m[2]] = strings.Trim(m[1], "`—")
		}
	}
	flags := map[string]string{}
	for _, f := range httpFlags {
		flags[f.env] = "--" + f.flag
		if got, ok := documented[f.env]; !ok || got != flags[f.env] {
			t.Errorf("%s: docs/http.md names the flag %q, serve has %s", f.env, got, flags[f.env])
		}
	}
	for env, flag := range documented {
		if flag != "" && flags[env] == "" {
			t.Errorf("docs/http.md names %s for %s, which serve does not have", flag, env)
		}
	}
}
