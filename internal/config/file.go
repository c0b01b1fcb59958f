package config

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// EnvConfig names the configuration file of several targets
// (docs/targets.md). With it, the PVE_* and PBS_* connection variables
// must be unset: one source says where the clusters are.
const EnvConfig = "PROXMOX_MCP_CONFIG"

// maxConfigBytes bounds the file: a configuration is a few kilobytes.
const maxConfigBytes = 1 << 20

// fileTarget is one [[pve]] or [[pbs]] table. Secrets are never written
// in the file: it names the variable or the file that holds them.
type fileTarget struct {
	Name            string   `toml:"name"`
	URL             string   `toml:"url"`
	URLs            []string `toml:"urls"`
	TokenID         string   `toml:"token_id"`
	TokenSecretEnv  string   `toml:"token_secret_env"`
	TokenSecretFile string   `toml:"token_secret_file"`
	Username        string   `toml:"username"`
	PasswordEnv     string   `toml:"password_env"`
	PasswordFile    string   `toml:"password_file"`
	TLSFingerprint  string   `toml:"tls_fingerprint"`
	CAFile          string   `toml:"ca_file"`
	VerifyTLS       *bool    `toml:"verify_tls"`
	Timeout         string   `toml:"timeout"`
	Tier            string   `toml:"tier"`
	Categories      []string `toml:"categories"`
	NoDestructive   *bool    `toml:"no_destructive"`
	Allow           []string `toml:"allow"`
	Release         string   `toml:"release"`
}

type fileConfig struct {
	PVE []fileTarget `toml:"pve"`
	PBS []fileTarget `toml:"pbs"`
}

// targetName: short, for tool arguments and messages.
var targetName = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)

// loadFile reads the targets of the configuration file. Every error names
// the file, the line and the field.
func loadFile(path string, lookup Lookup, pol *policy.Policy) (map[catalog.Product][]*Product, error) {
	src, err := readBounded(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", EnvConfig, err)
	}
	var fc fileConfig
	md, err := toml.Decode(string(src), &fc)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: line %d: %s", path, pe.Position.Line, pe.Message)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		k := undecoded[0]
		return nil, fmt.Errorf("%s: line %d: unknown field %q (fields: %s)", path, locate(src, k), k.String(), fieldNames())
	}
	f := &fileReader{path: path, src: src, lookup: lookup, pol: pol, seen: map[string]bool{}}
	out := map[catalog.Product][]*Product{}
	for _, group := range []struct {
		p       catalog.Product
		targets []fileTarget
	}{{catalog.PVE, fc.PVE}, {catalog.PBS, fc.PBS}} {
		for i, t := range group.targets {
			prod, err := f.target(group.p, i, t)
			if err != nil {
				return nil, err
			}
			out[group.p] = append(out[group.p], prod)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no [[pve]] or [[pbs]] table: nothing to connect to", path)
	}
	return out, nil
}

func readBounded(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > maxConfigBytes {
		return nil, fmt.Errorf("%s is %d bytes; a configuration file is at most %d", path, info.Size(), maxConfigBytes)
	}
	return os.ReadFile(path)
}

type fileReader struct {
	path   string
	src    []byte
	lookup Lookup
	pol    *policy.Policy
	seen   map[string]bool
}

// fail is an error about one field of the i-th table of a product.
func (f *fileReader) fail(p catalog.Product, i int, field, format string, a ...any) error {
	return fmt.Errorf("%s: line %d: [[%s]] %s: %s", f.path, locateField(f.src, string(p), i, field), p, field, fmt.Sprintf(format, a...))
}

// target turns one table into a configured product.
func (f *fileReader) target(p catalog.Product, i int, t fileTarget) (*Product, error) {
	switch {
	case !targetName.MatchString(t.Name):
		return nil, f.fail(p, i, "name", "%q is not a target name (a lower-case letter, then letters, digits, - or _, at most 32; example: name = \"prod\")", t.Name)
	case f.seen[t.Name]:
		return nil, f.fail(p, i, "name", "%q names two targets; each needs its own", t.Name)
	}
	f.seen[t.Name] = true
	urls := t.URLs
	if t.URL != "" {
		if len(urls) > 0 {
			return nil, f.fail(p, i, "urls", "set url or urls, not both")
		}
		urls = []string{t.URL}
	}
	if len(urls) == 0 {
		return nil, f.fail(p, i, "url", "missing: where %s listens (example: url = \"https://%s1.example.com:%s\")", p.Title(), p, defaultPortOf(p))
	}
	pc := proxmox.Config{Product: p, BaseURL: urls[0], TokenID: t.TokenID, Username: t.Username,
		CAFile: t.CAFile, Fingerprint: t.TLSFingerprint, VerifyTLS: t.VerifyTLS == nil || *t.VerifyTLS,
		Timeout: proxmox.DefaultTimeout, Names: f.names(p, i, t)}
	var err error
	if pc.TokenSecret, err = f.secret(p, i, "token_secret", t.TokenSecretEnv, t.TokenSecretFile); err != nil {
		return nil, err
	}
	if pc.Password, err = f.secret(p, i, "password", t.PasswordEnv, t.PasswordFile); err != nil {
		return nil, err
	}
	if t.Timeout != "" {
		if pc.Timeout, err = Seconds(t.Timeout); err != nil || pc.Timeout <= 0 {
			return nil, f.fail(p, i, "timeout", "%q is not a positive duration (examples: \"30s\", \"2m\")", t.Timeout)
		}
	}
	if err := pc.Validate(); err != nil {
		return nil, err
	}
	prod := &Product{Proxmox: pc, Tier: policy.ReadOnly, Name: t.Name, URLs: urls, Allow: t.Allow}
	return prod, f.access(p, i, t, prod)
}

// access reads the tier, categories, switches and release of a target.
func (f *fileReader) access(p catalog.Product, i int, t fileTarget, prod *Product) error {
	var err error
	if t.Tier != "" {
		if prod.Tier, err = policy.ParseTier(t.Tier); err != nil {
			return f.fail(p, i, "tier", "%v", err)
		}
	}
	if len(t.Categories) > 0 {
		if prod.Categories, err = policy.ParseCategories(p, strings.Join(t.Categories, ","), f.pol); err != nil {
			return f.fail(p, i, "categories", "%v", err)
		}
	}
	if t.NoDestructive != nil {
		prod.NoDestructive = *t.NoDestructive
	} else if prod.NoDestructive, err = noDestructive(func(name string) string { v, _ := f.lookup(name); return strings.TrimSpace(v) }, strings.ToUpper(string(p))); err != nil {
		return err
	}
	for _, c := range t.Allow {
		if !contains(inventory.Capabilities, c) {
			return f.fail(p, i, "allow", "unknown capability %q (known: %s)", c, strings.Join(inventory.Capabilities, ", "))
		}
	}
	if t.Release != "" && !releaseRE.MatchString(t.Release) {
		return f.fail(p, i, "release", "%q is not a release (examples: \"8.4\", \"9.1.2\")", t.Release)
	}
	prod.Release = t.Release
	return nil
}

// secret reads a secret from the variable or the file a target names.
func (f *fileReader) secret(p catalog.Product, i int, field, env, file string) (string, error) {
	switch {
	case env != "" && file != "":
		return "", f.fail(p, i, field+"_env", "set %s_env or %s_file, not both", field, field)
	case env != "":
		v, ok := f.lookup(env)
		if !ok || v == "" {
			return "", f.fail(p, i, field+"_env", "the variable %s is not set", env)
		}
		return v, nil
	case file != "":
		b, err := readSecretFile(file)
		if err != nil {
			return "", f.fail(p, i, field+"_file", "%v", err)
		}
		return b, nil
	}
	return "", nil
}

// maxSecretBytes bounds a secret file.
const maxSecretBytes = 4 << 10

func readSecretFile(path string) (string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if info.Size() > maxSecretBytes {
		return "", fmt.Errorf("%s is %d bytes; a secret file holds one secret (at most %d bytes)", path, info.Size(), maxSecretBytes)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// names names a target's settings in the client's messages by the file's
// fields.
func (f *fileReader) names(p catalog.Product, i int, t fileTarget) func(string) string {
	fields := map[string]string{"BASE_URL": "url", "TOKEN_ID": "token_id", "TOKEN_SECRET": "token_secret_env", "USERNAME": "username",
		"PASSWORD": "password_env", "CA_FILE": "ca_file", "TLS_FINGERPRINT": "tls_fingerprint", "VERIFY_SSL": "verify_tls", "TIMEOUT": "timeout"}
	if t.TokenSecretFile != "" {
		fields["TOKEN_SECRET"] = "token_secret_file"
	}
	if t.PasswordFile != "" {
		fields["PASSWORD"] = "password_file"
	}
	return func(setting string) string {
		field := fields[setting]
		if field == "" {
			field = strings.ToLower(setting)
		}
		return fmt.Sprintf("%s line %d ([[%s]] %s) %s", f.path, locateField(f.src, string(p), i, field), p, t.Name, field)
	}
}

func defaultPortOf(p catalog.Product) string {
	if p == catalog.PBS {
		return "8007"
	}
	return "8006"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fieldNames lists the fields a target table takes.
func fieldNames() string {
	return "name, url, urls, token_id, token_secret_env, token_secret_file, username, password_env, password_file, " +
		"tls_fingerprint, ca_file, verify_tls, timeout, tier, categories, no_destructive, allow, release"
}

// locateField finds the line of field in the i-th [[table]] of src (the
// table's header line when the field is not written).
func locateField(src []byte, table string, i int, field string) int {
	header := "[[" + table + "]]"
	n, line, inTable := -1, 0, false
	headerLine := 0
	for idx, l := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			if inTable {
				break
			}
			if strings.ReplaceAll(t, " ", "") == header {
				n++
				if n == i {
					inTable, headerLine = true, idx+1
				}
			}
			continue
		}
		if inTable {
			if k, _, ok := strings.Cut(t, "="); ok && strings.TrimSpace(k) == field {
				line = idx + 1
				break
			}
		}
	}
	if line == 0 {
		return headerLine
	}
	return line
}

// locate finds the line of an undecoded key: [[table]] index unknown, so
// the first line that sets it.
func locate(src []byte, k toml.Key) int {
	last := k[len(k)-1]
	for idx, l := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(l)
		if key, _, ok := strings.Cut(t, "="); ok && strings.TrimSpace(key) == last {
			return idx + 1
		}
		if strings.Trim(t, "[] ") == last {
			return idx + 1
		}
	}
	return 0
}
