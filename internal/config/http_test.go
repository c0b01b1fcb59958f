package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHTTPDefaults(t *testing.T) {
	c, err := Load(env(map[string]string{EnvHTTPAddr: "127.0.0.1:8080"}))
	if err != nil {
		t.Fatal(err)
	}
	h := c.HTTP
	if h.Addr != "127.0.0.1:8080" || h.Stateless || h.Token != "" || h.PerUserCredentials || h.InsecureNoAuth {
		t.Errorf("switches: %+v", h)
	}
	if h.MaxBodyBytes != 1<<20 || h.MaxConcurrent != DefaultHTTPMaxConcurrent || h.WriteTimeout != 0 ||
		h.ReadHeaderTimeout != DefaultHTTPReadHeaderTimeout || h.ShutdownTimeout != DefaultHTTPShutdownTimeout {
		t.Errorf("limits: %+v", h)
	}
	if h.MaxSessions != DefaultHTTPMaxSessions || h.MaxSessionsPerClient != DefaultHTTPMaxSessionsPerClient ||
		h.MaxStreams != DefaultHTTPMaxStreams || h.MaxStreamsPerClient != DefaultHTTPMaxStreamsPerClient ||
		h.StreamIdleTimeout != DefaultHTTPStreamIdleTimeout || h.TrustedProxies != nil {
		t.Errorf("session and stream limits: %+v", h)
	}
	if strings.Join(h.AllowedHosts, ",") != "localhost,127.0.0.1,[::1]" || strings.Join(h.AllowedOrigins, ",") != "localhost,127.0.0.1,[::1]" {
		t.Errorf("allowlists: %v %v", h.AllowedHosts, h.AllowedOrigins)
	}
	if c, err := Load(env(nil)); err != nil || c.HTTP.Addr != "" {
		t.Errorf("no address means stdio: %+v, %v", c, err)
	}
}

func TestHTTPSettings(t *testing.T) {
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte("file-token-0123456789abcdef\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(env(map[string]string{
		EnvHTTPAddr: "0.0.0.0:8080", EnvHTTPTokenFile: tokenFile, EnvHTTPStateless: "true", EnvPerUserCredentials: "1",
		EnvHTTPAllowedHosts: "mcp.example.com, 10.0.0.5:8080", EnvHTTPAllowedOrigins: "https://chat.example.com",
		EnvHTTPMaxBodyBytes: "2048", EnvHTTPMaxConcurrent: "0", EnvHTTPWriteTimeout: "5m", EnvHTTPShutdownTimeout: "45",
		EnvHTTPTLSCert: "/etc/tls/cert.pem", EnvHTTPTLSKey: "/etc/tls/key.pem",
		EnvHTTPMaxSessions: "50", EnvHTTPMaxSessionsPerClient: "5", EnvHTTPMaxStreams: "0", EnvHTTPMaxStreamsPerClient: "2",
		EnvHTTPStreamIdleTimeout: "90", EnvHTTPTrustedProxies: "127.0.0.1, 10.0.0.0/8, ::ffff:192.0.2.1, 2001:db8::/32",
	}))
	if err != nil {
		t.Fatal(err)
	}
	h := c.HTTP
	if h.Token != "file-token-0123456789abcdef" || !h.Stateless || !h.PerUserCredentials {
		t.Errorf("switches: stateless %v, per-user %v, token from file %v", h.Stateless, h.PerUserCredentials, h.Token == "file-token-0123456789abcdef")
	}
	if strings.Join(h.AllowedHosts, ",") != "mcp.example.com,10.0.0.5:8080" || strings.Join(h.AllowedOrigins, ",") != "https://chat.example.com" {
		t.Errorf("allowlists: %v %v", h.AllowedHosts, h.AllowedOrigins)
	}
	if h.MaxBodyBytes != 2048 || h.MaxConcurrent != 0 || h.WriteTimeout != 5*time.Minute || h.ShutdownTimeout != 45*time.Second {
		t.Errorf("limits: %+v", h)
	}
	if h.MaxSessions != 50 || h.MaxSessionsPerClient != 5 || h.MaxStreams != 0 || h.MaxStreamsPerClient != 2 || h.StreamIdleTimeout != 90*time.Second {
		t.Errorf("session and stream limits: %+v", h)
	}
	if got := fmt.Sprint(h.TrustedProxies); got != "[127.0.0.1/32 10.0.0.0/8 192.0.2.1/32 2001:db8::/32]" {
		t.Errorf("trusted proxies: %s", got)
	}
}

// A specific listen address is reachable by that address, so it is
// allowed as Host by default; a wildcard address is not a name.
func TestHTTPDefaultHostsIncludeTheListenAddress(t *testing.T) {
	for addr, want := range map[string]string{
		"192.0.2.7:8080":   "localhost,127.0.0.1,[::1],192.0.2.7",
		"[2001:db8::1]:80": "localhost,127.0.0.1,[::1],[2001:db8::1]",
		"0.0.0.0:8080":     "localhost,127.0.0.1,[::1]",
		"localhost:8080":   "localhost,127.0.0.1,[::1]",
	} {
		c, err := Load(env(map[string]string{EnvHTTPAddr: addr, EnvHTTPInsecureNoAuth: "true"}))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(c.HTTP.AllowedHosts, ","); got != want {
			t.Errorf("%s: allowed hosts %s, want %s", addr, got, want)
		}
	}
}

func TestHTTPErrors(t *testing.T) {
	cases := []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{EnvHTTPAddr: "0.0.0.0:8080"}, "refusing to listen"},
		{map[string]string{EnvHTTPAddr: ":8080"}, EnvHTTPToken},
		{map[string]string{EnvHTTPAddr: "8080"}, EnvHTTPAddr},
		{map[string]string{EnvHTTPAddr: "0.0.0.0:8080", EnvHTTPToken: "tiny"}, "too short"},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPStateless: "maybe"}, EnvHTTPStateless},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvPerUserCredentials: "yes please"}, EnvPerUserCredentials},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPMaxBodyBytes: "10"}, EnvHTTPMaxBodyBytes},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPMaxConcurrent: "-1"}, EnvHTTPMaxConcurrent},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPIdleTimeout: "0"}, EnvHTTPIdleTimeout},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPStreamIdleTimeout: "0"}, EnvHTTPStreamIdleTimeout},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPMaxSessions: "many"}, EnvHTTPMaxSessions},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPMaxSessionsPerClient: "-3"}, EnvHTTPMaxSessionsPerClient},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPMaxStreams: "1.5"}, EnvHTTPMaxStreams},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPMaxStreamsPerClient: "x"}, EnvHTTPMaxStreamsPerClient},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPTrustedProxies: "proxy.example.com"}, EnvHTTPTrustedProxies},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPTrustedProxies: "10.0.0.0/33"}, EnvHTTPTrustedProxies},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPTLSCert: "/c.pem"}, EnvHTTPTLSKey},
		{map[string]string{EnvHTTPAddr: "127.0.0.1:8080", EnvHTTPAllowedOrigins: "https://x.example/app"}, EnvHTTPAllowedOrigins},
		{map[string]string{EnvHTTPToken: "t-0123456789abcdef", EnvHTTPTokenFile: "/x"}, "not both"},
		{map[string]string{EnvHTTPTokenFile: "/nonexistent/token"}, EnvHTTPTokenFile},
	}
	for _, c := range cases {
		_, err := Load(env(c.vars))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: err = %v, want one mentioning %s", c.vars, err, c.want)
		}
		if tok := c.vars[EnvHTTPToken]; err != nil && tok != "" && strings.Contains(err.Error(), tok) {
			t.Errorf("the error shows the token: %v", err)
		}
	}
}
