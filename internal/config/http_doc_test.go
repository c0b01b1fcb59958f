package config

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// httpDoc is the page that documents the HTTP transport's settings.
const httpDoc = "../../docs/http.md"

// docs/http.md's reference table must list exactly the variables http.go
// declares, each with the default the code applies.
func TestHTTPDocTableMatchesTheConfig(t *testing.T) {
	documented := docTableDefaults(t)
	declared := declaredEnvs(t, "http.go")
	for _, name := range declared {
		if _, ok := documented[name]; !ok {
			t.Errorf("%s is declared in http.go but missing from the table in %s", name, httpDoc)
		}
	}
	for _, name := range sortedKeys(documented) {
		if !slices.Contains(declared, name) {
			t.Errorf("%s is in the table in %s but http.go declares no such variable", name, httpDoc)
		}
	}
	c, err := Load(env(map[string]string{EnvHTTPAddr: "127.0.0.1:8080"}))
	if err != nil {
		t.Fatal(err)
	}
	expected := effectiveDefaults(c.HTTP)
	for _, name := range declared {
		want, ok := expected[name]
		if !ok {
			t.Errorf("%s: no expected default: add it to effectiveDefaults", name)
			continue
		}
		if got, ok := documented[name]; ok && got != want {
			t.Errorf("%s: %s says the default is %q, the code applies %q", name, httpDoc, got, want)
		}
	}
}

// effectiveDefaults says each setting's default as the table writes it.
func effectiveDefaults(h HTTP) map[string]string {
	itoa := strconv.Itoa
	return map[string]string{
		EnvHTTPAddr: "(stdio)", EnvHTTPStateless: strconv.FormatBool(h.Stateless),
		EnvHTTPToken: "none", EnvHTTPTokenFile: "none",
		EnvHTTPInsecureNoAuth: strconv.FormatBool(h.InsecureNoAuth),
		EnvHTTPAllowedHosts:   strings.Join(h.AllowedHosts, ","), EnvHTTPAllowedOrigins: strings.Join(h.AllowedOrigins, ","),
		EnvHTTPTrustedProxies: noneIfEmpty(len(h.TrustedProxies)),
		EnvHTTPMaxBodyBytes:   strconv.FormatInt(h.MaxBodyBytes, 10),
		EnvHTTPMaxConcurrent:  itoa(h.MaxConcurrent),
		EnvHTTPMaxSessions:    itoa(h.MaxSessions), EnvHTTPMaxSessionsPerClient: itoa(h.MaxSessionsPerClient),
		EnvHTTPMaxStreams: itoa(h.MaxStreams), EnvHTTPMaxStreamsPerClient: itoa(h.MaxStreamsPerClient),
		EnvHTTPReadHeaderTimeout: short(h.ReadHeaderTimeout), EnvHTTPReadTimeout: short(h.ReadTimeout),
		// 0 means derived; httpserve adds a minute to the longest task wait.
		EnvHTTPWriteTimeout: fmt.Sprintf("max task wait + 1m (%s)", short(DefaultMaxTaskWait+time.Minute)),
		EnvHTTPIdleTimeout:  short(h.IdleTimeout), EnvHTTPShutdownTimeout: short(h.ShutdownTimeout),
		EnvHTTPSessionIdleTimeout: short(h.SessionIdleTimeout), EnvHTTPStreamIdleTimeout: short(h.StreamIdleTimeout),
		EnvHTTPTLSCert: noneIfEmpty(len(h.TLSCert)), EnvHTTPTLSKey: noneIfEmpty(len(h.TLSKey)),
		EnvPerUserCredentials: strconv.FormatBool(h.PerUserCredentials),
	}
}

func noneIfEmpty(n int) string {
	if n == 0 {
		return "none"
	}
	return "set"
}

// short writes a duration as the docs do: 30s, 2m, 1h30m.
func short(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

var (
	tableRow = regexp.MustCompile("^\\| [^|]+ \\| `([A-Z0-9_]+)` \\| ([^|]+) \\|")
	codeSpan = regexp.MustCompile("`([^`]*)`")
)

// docTableDefaults reads the reference table (| flag | variable | default
// | meaning |): variable → default, the default being the cell's first
// code span, or the whole cell when it has none ("none", "(stdio)").
func docTableDefaults(t *testing.T) map[string]string {
	b, err := os.ReadFile(httpDoc)
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(b), "| flag | variable | default | meaning |")
	if !ok {
		t.Fatalf("%s has no reference table", httpDoc)
	}
	table, _, _ = strings.Cut(table, "\n\n")
	out := map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		m := tableRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		cell := strings.TrimSpace(m[2])
		if span := codeSpan.FindStringSubmatch(cell); span != nil && strings.HasPrefix(cell, "`") {
			cell = span[1]
		}
		if _, dup := out[m[1]]; dup {
			t.Errorf("%s lists %s twice", httpDoc, m[1])
		}
		out[m[1]] = cell
	}
	return out
}

// declaredEnvs are the values of the Env… constants a source file declares.
func declaredEnvs(t *testing.T, file string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && strings.HasPrefix(name.Name, "Env") && lit.Kind == token.STRING {
					v, _ := strconv.Unquote(lit.Value)
					out = append(out, v)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
