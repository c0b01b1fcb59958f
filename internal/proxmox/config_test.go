package proxmox

import (
	"strings"
	"testing"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestConfigFromEnvDefaults(t *testing.T) {
	cfg, ok, err := ConfigFromEnv(catalog.PVE, env(map[string]string{
		"PVE_BASE_URL": "pve.example.com", "PVE_TOKEN_ID": "root@pam!mcp", "PVE_TOKEN_SECRET": "s",
	}))
	if err != nil || !ok {
		t.Fatalf("ok=%v err=%v", ok, err)
	}
	if !cfg.VerifyTLS || cfg.Timeout != 30*time.Second || cfg.Product != catalog.PVE {
		t.Errorf("defaults: %+v", cfg)
	}
	if u, err := normalizeBaseURL(cfg.Product, cfg.BaseURL); err != nil || u.String() != "https://pve.example.com:8006" {
		t.Errorf("base = %v, %v", u, err)
	}
}

func TestConfigNotConfiguredWithoutBaseURL(t *testing.T) {
	_, ok, err := ConfigFromEnv(catalog.PBS, env(map[string]string{"PBS_TOKEN_ID": "x"}))
	if ok || err != nil {
		t.Errorf("ok=%v err=%v; want not configured, no error", ok, err)
	}
}

func TestBaseURLNormalisation(t *testing.T) {
	cases := []struct {
		product catalog.Product
		in      string
		want    string
	}{
		{catalog.PVE, "pve1", "https://pve1:8006"},
		{catalog.PBS, "pbs1", "https://pbs1:8007"},
		{catalog.PVE, "10.0.0.5:8443", "https://10.0.0.5:8443"},
		{catalog.PVE, "https://pve1", "https://pve1:8006"},
		{catalog.PVE, "https://pve1:443", "https://pve1:443"},
		{catalog.PVE, "https://pve1:8006/api2/json", "https://pve1:8006"},
		{catalog.PVE, "https://pve1:8006/api2/json/", "https://pve1:8006"},
		{catalog.PVE, "https://proxy.example.com:443/pve/", "https://proxy.example.com:443/pve"},
		{catalog.PVE, "http://127.0.0.1:9000", "http://127.0.0.1:9000"},
		{catalog.PVE, "[::1]", "https://[::1]:8006"},
	}
	for _, tc := range cases {
		u, err := normalizeBaseURL(tc.product, tc.in)
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		if u.String() != tc.want {
			t.Errorf("%s: got %s, want %s", tc.in, u, tc.want)
		}
	}
}

func TestConfigFromEnvErrorsNameTheVariableAndAnExample(t *testing.T) {
	ok := map[string]string{"PVE_BASE_URL": "pve1", "PVE_TOKEN_ID": "root@pam!mcp", "PVE_TOKEN_SECRET": "s"}
	cases := []struct {
		name, key, value string
		want             []string
	}{
		{"bad bool", "PVE_VERIFY_SSL", "maybe", []string{"PVE_VERIFY_SSL", "example: PVE_VERIFY_SSL=false"}},
		{"bad duration", "PVE_TIMEOUT", "soon", []string{"PVE_TIMEOUT", "PVE_TIMEOUT=30s"}},
		{"negative duration", "PVE_TIMEOUT", "-5s", []string{"PVE_TIMEOUT"}},
		{"bad url", "PVE_BASE_URL", "ftp://pve1", []string{"PVE_BASE_URL", "example: PVE_BASE_URL=https://pve.example.com:8006"}},
		{"bad port", "PVE_BASE_URL", "https://pve1:99999", []string{"PVE_BASE_URL", "invalid port"}},
		{"credentials in url", "PVE_BASE_URL", "https://root:pw@pve1", []string{"PVE_BASE_URL", "credentials"}},
		{"short fingerprint", "PVE_TLS_FINGERPRINT", "AA:BB", []string{"PVE_TLS_FINGERPRINT", "32 hex bytes", "example: PVE_TLS_FINGERPRINT=AB:CD:"}},
		{"token id without realm", "PVE_TOKEN_ID", "root!mcp", []string{"PVE_TOKEN_ID", "user@realm!tokenname", "example: PVE_TOKEN_ID=root@pam!mcp"}},
		{"token without secret", "PVE_TOKEN_SECRET", "", []string{"PVE_TOKEN_SECRET", "is empty"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := map[string]string{}
			for k, v := range ok {
				m[k] = v
			}
			m[tc.key] = tc.value
			_, _, err := ConfigFromEnv(catalog.PVE, env(m))
			if err == nil {
				t.Fatal("accepted")
			}
			mustContain(t, err.Error(), tc.want...)
		})
	}
}

func TestConfigUserWithoutPassword(t *testing.T) {
	_, _, err := ConfigFromEnv(catalog.PBS, env(map[string]string{"PBS_BASE_URL": "pbs1", "PBS_USERNAME": "root@pam"}))
	if err == nil {
		t.Fatal("accepted")
	}
	mustContain(t, err.Error(), "PBS_PASSWORD", "PBS_USERNAME")
	_, _, err = ConfigFromEnv(catalog.PBS, env(map[string]string{"PBS_BASE_URL": "pbs1", "PBS_USERNAME": "root", "PBS_PASSWORD": "x"}))
	if err == nil {
		t.Fatal("username without realm accepted")
	}
	mustContain(t, err.Error(), "PBS_USERNAME", "example: PBS_USERNAME=root@pam")
}

func TestConfigTimeoutForms(t *testing.T) {
	for in, want := range map[string]time.Duration{"30": 30 * time.Second, "30s": 30 * time.Second, "2m": 2 * time.Minute, "1.5": 1500 * time.Millisecond} {
		cfg, _, err := ConfigFromEnv(catalog.PVE, env(map[string]string{"PVE_BASE_URL": "pve1", "PVE_TIMEOUT": in}))
		if err != nil || cfg.Timeout != want {
			t.Errorf("%s: %v %v", in, cfg.Timeout, err)
		}
	}
}

func TestConfigFingerprintForms(t *testing.T) {
	hex := strings.Repeat("ab", 32)
	colon := strings.ToUpper(strings.TrimSuffix(strings.Repeat("ab:", 32), ":"))
	for _, fp := range []string{hex, colon, strings.ToLower(colon)} {
		_, _, err := ConfigFromEnv(catalog.PVE, env(map[string]string{"PVE_BASE_URL": "pve1", "PVE_TLS_FINGERPRINT": fp}))
		if err != nil {
			t.Errorf("%s: %v", fp, err)
		}
	}
}

func TestConfigBooleans(t *testing.T) {
	for in, want := range map[string]bool{"false": false, "0": false, "no": false, "TRUE": true, "1": true} {
		cfg, _, err := ConfigFromEnv(catalog.PVE, env(map[string]string{"PVE_BASE_URL": "pve1", "PVE_VERIFY_SSL": in}))
		if err != nil || cfg.VerifyTLS != want {
			t.Errorf("%s: %v %v", in, cfg.VerifyTLS, err)
		}
	}
}

// Start-up errors are written to stderr, which MCP clients keep in log
// files: no setting that carries a secret is repeated in them.
func TestStartupErrorsDoNotPrintSecrets(t *testing.T) {
	const secret = "S3CRET-d4e5f6a7"
	cases := map[string]map[string]string{
		"secret in a URL's credentials": {"PVE_BASE_URL": "https://user:" + secret + "@pve1.example.com"},
		"secret in a URL's query":       {"PVE_BASE_URL": "https://pve1.example.com/?token=" + secret},
		"password after the user name":  {"PVE_BASE_URL": "pve1", "PVE_USERNAME": "root@pam:" + secret, "PVE_PASSWORD": "x"},
		"malformed combined token":      {"PVE_BASE_URL": "pve1", "PVE_TOKEN_ID": "root!mcp=" + secret},
		"combined token and another secret": {"PVE_BASE_URL": "pve1", "PVE_TOKEN_ID": "root@pam!mcp=" + secret,
			"PVE_TOKEN_SECRET": "other-secret"},
	}
	for name, env := range cases {
		_, _, err := ConfigFromEnv(catalog.PVE, func(k string) string { return env[k] })
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("%s: the error repeats the secret: %v", name, err)
		}
	}
}

// Proxmox prints a new token as user@realm!name=SECRET; given whole in
// PVE_TOKEN_ID it is split into the ID and the secret.
func TestCombinedTokenIDIsSplit(t *testing.T) {
	env := map[string]string{"PVE_BASE_URL": "pve1", "PVE_TOKEN_ID": "root@pam!mcp=aaaa-bbbb"}
	cfg, _, err := ConfigFromEnv(catalog.PVE, func(k string) string { return env[k] })
	if err != nil || cfg.TokenID != "root@pam!mcp" || cfg.TokenSecret != "aaaa-bbbb" {
		t.Fatalf("cfg %+v, err %v", cfg, err)
	}
	env = map[string]string{"PBS_BASE_URL": "pbs1", "PBS_TOKEN_ID": "root@pam!mcp:aaaa-bbbb", "PBS_TOKEN_SECRET": "aaaa-bbbb"}
	cfg, _, err = ConfigFromEnv(catalog.PBS, func(k string) string { return env[k] })
	if err != nil || cfg.TokenID != "root@pam!mcp" || cfg.TokenSecret != "aaaa-bbbb" {
		t.Fatalf("PBS: cfg %+v, err %v", cfg, err)
	}
}
