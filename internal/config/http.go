package config

import (
	"fmt"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"
)

// HTTP configures `proxmox-mcp serve --http` (docs/http.md). The zero Addr
// means stdio.
type HTTP struct {
	// Addr is host:port to listen on; empty serves stdio instead.
	Addr string
	// Stateless issues no session IDs, so any replica answers any request.
	Stateless bool
	// Token is the bearer token every /mcp request must carry. Never logged.
	Token string
	// InsecureNoAuth allows a non-loopback address without a token.
	InsecureNoAuth bool
	// AllowedHosts and AllowedOrigins are the Host and Origin allowlists
	// (DNS-rebinding protection): a bare name matches any port, "*" anything.
	AllowedHosts, AllowedOrigins []string
	// MaxBodyBytes caps a request body.
	MaxBodyBytes int64
	// Timeouts of the HTTP server. WriteTimeout 0 means "derived": the
	// longest task wait plus a minute, so a waiting call is never cut off.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// ShutdownTimeout bounds how long in-flight calls may finish on SIGTERM.
	ShutdownTimeout time.Duration
	// SessionIdleTimeout forgets a stateful session nobody used for this long.
	SessionIdleTimeout time.Duration
	// StreamIdleTimeout ends an event stream (GET /mcp) that sent nothing
	// for this long; the client reconnects when it wants more.
	StreamIdleTimeout time.Duration
	// MaxConcurrent is the number of requests one client may have in flight
	// (0: unlimited).
	MaxConcurrent int
	// MaxSessions and MaxSessionsPerClient cap the stateful sessions open at
	// once, in all and from one client (0: unlimited).
	MaxSessions, MaxSessionsPerClient int
	// MaxStreams and MaxStreamsPerClient cap the open event streams, in all
	// and from one client (0: unlimited).
	MaxStreams, MaxStreamsPerClient int
	// TrustedProxies are the peers whose X-Forwarded-For names the client a
	// limit is counted against; from anyone else the header is ignored.
	TrustedProxies []netip.Prefix
	// TLSCert and TLSKey switch on TLS termination; both or neither.
	TLSCert, TLSKey string
	// PerUserCredentials makes every request bring its own Proxmox API token.
	PerUserCredentials bool
}

// Variables of the HTTP transport, documented in docs/http.md.
const (
	EnvHTTPAddr                 = "PROXMOX_MCP_HTTP_ADDR"
	EnvHTTPStateless            = "PROXMOX_MCP_HTTP_STATELESS"
	EnvHTTPToken                = "PROXMOX_MCP_HTTP_TOKEN"
	EnvHTTPTokenFile            = "PROXMOX_MCP_HTTP_TOKEN_FILE"
	EnvHTTPInsecureNoAuth       = "PROXMOX_MCP_HTTP_INSECURE_NO_AUTH"
	EnvHTTPAllowedHosts         = "PROXMOX_MCP_HTTP_ALLOWED_HOSTS"
	EnvHTTPAllowedOrigins       = "PROXMOX_MCP_HTTP_ALLOWED_ORIGINS"
	EnvHTTPMaxBodyBytes         = "PROXMOX_MCP_HTTP_MAX_BODY_BYTES"
	EnvHTTPReadHeaderTimeout    = "PROXMOX_MCP_HTTP_READ_HEADER_TIMEOUT"
	EnvHTTPReadTimeout          = "PROXMOX_MCP_HTTP_READ_TIMEOUT"
	EnvHTTPWriteTimeout         = "PROXMOX_MCP_HTTP_WRITE_TIMEOUT"
	EnvHTTPIdleTimeout          = "PROXMOX_MCP_HTTP_IDLE_TIMEOUT"
	EnvHTTPShutdownTimeout      = "PROXMOX_MCP_HTTP_SHUTDOWN_TIMEOUT"
	EnvHTTPSessionIdleTimeout   = "PROXMOX_MCP_HTTP_SESSION_IDLE_TIMEOUT"
	EnvHTTPStreamIdleTimeout    = "PROXMOX_MCP_HTTP_STREAM_IDLE_TIMEOUT"
	EnvHTTPMaxConcurrent        = "PROXMOX_MCP_HTTP_MAX_CONCURRENT"
	EnvHTTPMaxSessions          = "PROXMOX_MCP_HTTP_MAX_SESSIONS"
	EnvHTTPMaxSessionsPerClient = "PROXMOX_MCP_HTTP_MAX_SESSIONS_PER_CLIENT"
	EnvHTTPMaxStreams           = "PROXMOX_MCP_HTTP_MAX_STREAMS"
	EnvHTTPMaxStreamsPerClient  = "PROXMOX_MCP_HTTP_MAX_STREAMS_PER_CLIENT"
	EnvHTTPTrustedProxies       = "PROXMOX_MCP_HTTP_TRUSTED_PROXIES"
	EnvHTTPTLSCert              = "PROXMOX_MCP_HTTP_TLS_CERT"
	EnvHTTPTLSKey               = "PROXMOX_MCP_HTTP_TLS_KEY"
	EnvPerUserCredentials       = "PROXMOX_MCP_PER_USER_CREDENTIALS"
)

// Defaults of the HTTP transport.
const (
	DefaultHTTPMaxBodyBytes       = 1 << 20
	DefaultHTTPReadHeaderTimeout  = 10 * time.Second
	DefaultHTTPReadTimeout        = 30 * time.Second
	DefaultHTTPIdleTimeout        = 2 * time.Minute
	DefaultHTTPShutdownTimeout    = 30 * time.Second
	DefaultHTTPSessionIdleTimeout = 30 * time.Minute
	DefaultHTTPStreamIdleTimeout  = 5 * time.Minute
	DefaultHTTPMaxConcurrent      = 16
	// A session costs about 12 KiB, an open event stream with its
	// connection and goroutines a few tens of KiB: the caps bound them to
	// some 25 and 40 MiB, far above what a team of dozens uses (a few MCP
	// clients per person, each with one session and at most one stream).
	DefaultHTTPMaxSessions          = 2000
	DefaultHTTPMaxSessionsPerClient = 200
	DefaultHTTPMaxStreams           = 1000
	DefaultHTTPMaxStreamsPerClient  = 100
	// MinHTTPTokenLength keeps guessable bearer tokens out.
	MinHTTPTokenLength = 16
)

// DefaultAllowedNames are the loopback names Host and Origin may carry
// when no allowlist is configured.
var DefaultAllowedNames = []string{"localhost", "127.0.0.1", "[::1]"}

// loadHTTP reads the PROXMOX_MCP_HTTP_* variables and checks them.
func loadHTTP(get func(string) string) (HTTP, error) {
	h := HTTP{
		Addr: get(EnvHTTPAddr), MaxBodyBytes: DefaultHTTPMaxBodyBytes,
		ReadHeaderTimeout: DefaultHTTPReadHeaderTimeout, ReadTimeout: DefaultHTTPReadTimeout,
		IdleTimeout: DefaultHTTPIdleTimeout, ShutdownTimeout: DefaultHTTPShutdownTimeout,
		SessionIdleTimeout: DefaultHTTPSessionIdleTimeout, StreamIdleTimeout: DefaultHTTPStreamIdleTimeout,
		MaxConcurrent: DefaultHTTPMaxConcurrent,
		MaxSessions:   DefaultHTTPMaxSessions, MaxSessionsPerClient: DefaultHTTPMaxSessionsPerClient,
		MaxStreams: DefaultHTTPMaxStreams, MaxStreamsPerClient: DefaultHTTPMaxStreamsPerClient,
		TLSCert: get(EnvHTTPTLSCert), TLSKey: get(EnvHTTPTLSKey),
	}
	steps := []func(func(string) string) error{h.loadBools, h.loadToken, h.loadLists, h.loadProxies, h.loadNumbers, h.loadTimeouts}
	for _, step := range steps {
		if err := step(get); err != nil {
			return HTTP{}, err
		}
	}
	if h.Addr == "" {
		return h, nil
	}
	return h, h.Validate()
}

func (h *HTTP) loadBools(get func(string) string) error {
	for _, b := range []struct {
		env string
		dst *bool
	}{{EnvHTTPStateless, &h.Stateless}, {EnvHTTPInsecureNoAuth, &h.InsecureNoAuth}, {EnvPerUserCredentials, &h.PerUserCredentials}} {
		v := get(b.env)
		if v == "" {
			continue
		}
		var err error
		if *b.dst, err = strconv.ParseBool(v); err != nil {
			return fmt.Errorf("%s=%q is not a boolean (example: %s=true)", b.env, v, b.env)
		}
	}
	return nil
}

// loadToken reads the bearer token from the variable or, for secret stores
// that mount files (Kubernetes, systemd credentials), from a file.
func (h *HTTP) loadToken(get func(string) string) error {
	h.Token = get(EnvHTTPToken)
	path := get(EnvHTTPTokenFile)
	if path == "" {
		return nil
	}
	if h.Token != "" {
		return fmt.Errorf("set %s or %s, not both", EnvHTTPToken, EnvHTTPTokenFile)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: cannot read the token file: %v", EnvHTTPTokenFile, err)
	}
	h.Token = strings.TrimSpace(string(b))
	if h.Token == "" {
		return fmt.Errorf("%s: the token file %s is empty", EnvHTTPTokenFile, path)
	}
	return nil
}

func (h *HTTP) loadLists(get func(string) string) error {
	h.AllowedHosts = splitList(get(EnvHTTPAllowedHosts))
	h.AllowedOrigins = splitList(get(EnvHTTPAllowedOrigins))
	if h.AllowedHosts == nil {
		h.AllowedHosts = defaultHosts(h.Addr)
	}
	if h.AllowedOrigins == nil {
		h.AllowedOrigins = append([]string(nil), DefaultAllowedNames...)
	}
	for _, o := range h.AllowedOrigins {
		if strings.Contains(o, "://") && strings.Count(o, "/") > 2 {
			return fmt.Errorf("%s: %q is not an origin: want scheme://host[:port] without a path (example: https://chat.example.com)", EnvHTTPAllowedOrigins, o)
		}
	}
	return nil
}

// defaultHosts are the loopback names, plus the listen host when it is one
// specific address (a client then reaches us by that address); a wildcard
// address needs an explicit allowlist.
func defaultHosts(addr string) []string {
	hosts := append([]string(nil), DefaultAllowedNames...)
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return hosts
	}
	if ip, err := netip.ParseAddr(host); err == nil && ip.IsUnspecified() {
		return hosts
	}
	if ip, err := netip.ParseAddr(host); err == nil && ip.Is6() {
		host = "[" + host + "]"
	}
	for _, h := range hosts {
		if strings.EqualFold(h, host) {
			return hosts
		}
	}
	return append(hosts, host)
}

func (h *HTTP) loadNumbers(get func(string) string) error {
	if v := get(EnvHTTPMaxBodyBytes); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1024 {
			return fmt.Errorf("%s=%q must be a number of bytes of at least 1024 (example: %s=2097152)", EnvHTTPMaxBodyBytes, v, EnvHTTPMaxBodyBytes)
		}
		h.MaxBodyBytes = n
	}
	for _, c := range []struct {
		env, what string
		dst       *int
	}{
		{EnvHTTPMaxConcurrent, "requests", &h.MaxConcurrent},
		{EnvHTTPMaxSessions, "sessions", &h.MaxSessions},
		{EnvHTTPMaxSessionsPerClient, "sessions", &h.MaxSessionsPerClient},
		{EnvHTTPMaxStreams, "streams", &h.MaxStreams},
		{EnvHTTPMaxStreamsPerClient, "streams", &h.MaxStreamsPerClient},
	} {
		v := get(c.env)
		if v == "" {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("%s=%q must be a number of %s, 0 for no limit (example: %s=32)", c.env, v, c.what, c.env)
		}
		*c.dst = n
	}
	return nil
}

// loadProxies reads the trusted proxies: addresses or CIDR prefixes.
func (h *HTTP) loadProxies(get func(string) string) error {
	for _, item := range splitList(get(EnvHTTPTrustedProxies)) {
		p, err := parsePrefix(item)
		if err != nil {
			return fmt.Errorf("%s: %q is not an IP address or CIDR prefix (example: %s=127.0.0.1,10.0.0.0/8)",
				EnvHTTPTrustedProxies, item, EnvHTTPTrustedProxies)
		}
		h.TrustedProxies = append(h.TrustedProxies, p)
	}
	return nil
}

// parsePrefix reads "10.0.0.0/8" or a single address (a /32 or /128); an
// IPv4-mapped IPv6 form means the IPv4 address, as peers are compared so.
func parsePrefix(s string) (netip.Prefix, error) {
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return netip.Prefix{}, err
		}
		if a := p.Addr(); a.Is4In6() && p.Bits() >= 96 {
			p = netip.PrefixFrom(a.Unmap(), p.Bits()-96)
		}
		return p.Masked(), nil
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Prefix{}, err
	}
	a = a.Unmap()
	return netip.PrefixFrom(a, a.BitLen()), nil
}

func (h *HTTP) loadTimeouts(get func(string) string) error {
	for _, t := range []struct {
		env string
		dst *time.Duration
	}{
		{EnvHTTPReadHeaderTimeout, &h.ReadHeaderTimeout},
		{EnvHTTPReadTimeout, &h.ReadTimeout},
		{EnvHTTPWriteTimeout, &h.WriteTimeout},
		{EnvHTTPIdleTimeout, &h.IdleTimeout},
		{EnvHTTPShutdownTimeout, &h.ShutdownTimeout},
		{EnvHTTPSessionIdleTimeout, &h.SessionIdleTimeout},
		{EnvHTTPStreamIdleTimeout, &h.StreamIdleTimeout},
	} {
		v := get(t.env)
		if v == "" {
			continue
		}
		d, err := Seconds(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("%s=%q must be a positive duration (examples: %s=30, %s=1m)", t.env, v, t.env, t.env)
		}
		*t.dst = d
	}
	return nil
}

// Validate refuses configurations that would expose Proxmox without
// protection: a non-loopback address needs a bearer token or an explicit
// opt-out, a short token is guessable, TLS needs both files.
func (h HTTP) Validate() error {
	if _, _, err := net.SplitHostPort(h.Addr); err != nil {
		return fmt.Errorf("%s=%q is not host:port (example: 127.0.0.1:8080)", EnvHTTPAddr, h.Addr)
	}
	if h.Token != "" && len(h.Token) < MinHTTPTokenLength {
		return fmt.Errorf("%s is too short (%d characters): use at least %d random characters, e.g. the output of `openssl rand -hex 32`",
			EnvHTTPToken, len(h.Token), MinHTTPTokenLength)
	}
	if !IsLoopbackAddr(h.Addr) && h.Token == "" && !h.InsecureNoAuth {
		return fmt.Errorf("refusing to listen on %s without authentication: it is not a loopback address, so anyone who can reach it "+
			"could use your Proxmox credentials. Set %s (or %s) to a random bearer token, or bind 127.0.0.1 behind a reverse proxy, "+
			"or pass --http-insecure-no-auth (%s=true) if something else authenticates callers", h.Addr, EnvHTTPToken, EnvHTTPTokenFile, EnvHTTPInsecureNoAuth)
	}
	if (h.TLSCert == "") != (h.TLSKey == "") {
		return fmt.Errorf("TLS needs both %s and %s (--http-tls-cert and --http-tls-key)", EnvHTTPTLSCert, EnvHTTPTLSKey)
	}
	return nil
}

// IsLoopbackAddr reports whether host:port listens on loopback only. An
// empty host (":8080") listens everywhere; a name other than localhost may
// resolve anywhere, so it counts as non-loopback.
func IsLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// splitList splits a comma list, dropping blanks; nil when nothing is left.
func splitList(v string) []string {
	var out []string
	for _, item := range strings.Split(v, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}
