package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"strings"

	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/httpserve"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
)

// httpFlags mirror the PROXMOX_MCP_HTTP_* variables (docs/http.md). Every
// flag that matters only with --http starts with http-, so serve --help
// reads clearly. The bearer token has no flag: command lines are visible
// to every local user.
var httpFlags = []settingFlag{
	{"http", config.EnvHTTPAddr, "serve MCP over Streamable HTTP at host:port, path /mcp, instead of stdio (127.0.0.1:8080)"},
	{"http-stateless", config.EnvHTTPStateless, "issue no session IDs, so any replica behind a load balancer answers any request"},
	{"http-insecure-no-auth", config.EnvHTTPInsecureNoAuth, "allow a non-loopback --http address without a bearer token"},
	{"http-allowed-hosts", config.EnvHTTPAllowedHosts, "Host names accepted (comma list; default localhost,127.0.0.1,[::1])"},
	{"http-allowed-origins", config.EnvHTTPAllowedOrigins, "browser Origins accepted (comma list; default localhost,127.0.0.1,[::1])"},
	{"http-trusted-proxies", config.EnvHTTPTrustedProxies, "proxies whose X-Forwarded-For names the client the limits count (comma list of addresses or CIDRs)"},
	{"http-max-body-bytes", config.EnvHTTPMaxBodyBytes, "largest request body in bytes (default 1048576)"},
	{"http-max-concurrent", config.EnvHTTPMaxConcurrent, "requests one client may have in flight, 0 for no limit (default 16)"},
	{"http-max-sessions", config.EnvHTTPMaxSessions, "sessions open at once in all, 0 for no limit (default 2000)"},
	{"http-max-sessions-per-client", config.EnvHTTPMaxSessionsPerClient, "sessions one client may have open, 0 for no limit (default 200)"},
	{"http-max-streams", config.EnvHTTPMaxStreams, "event streams (GET /mcp) open at once in all, 0 for no limit (default 1000)"},
	{"http-max-streams-per-client", config.EnvHTTPMaxStreamsPerClient, "event streams one client may have open, 0 for no limit (default 100)"},
	{"http-read-header-timeout", config.EnvHTTPReadHeaderTimeout, "time to read request headers (default 10s)"},
	{"http-read-timeout", config.EnvHTTPReadTimeout, "time to read a whole request (default 30s)"},
	{"http-write-timeout", config.EnvHTTPWriteTimeout, "time to write a response (default: max task wait + 1m)"},
	{"http-idle-timeout", config.EnvHTTPIdleTimeout, "keep-alive idle time (default 2m)"},
	{"http-shutdown-timeout", config.EnvHTTPShutdownTimeout, "time in-flight calls get to finish on SIGTERM (default 30s)"},
	{"http-session-idle-timeout", config.EnvHTTPSessionIdleTimeout, "forget a session unused this long (default 30m)"},
	{"http-stream-idle-timeout", config.EnvHTTPStreamIdleTimeout, "end an event stream that sent nothing this long (default 5m)"},
	{"http-tls-cert", config.EnvHTTPTLSCert, "PEM certificate to serve HTTPS (with --http-tls-key)"},
	{"http-tls-key", config.EnvHTTPTLSKey, "PEM private key of --http-tls-cert"},
	{"http-per-user-credentials", config.EnvPerUserCredentials, "every request brings its own Proxmox API token (X-Proxmox-PVE-Token / X-Proxmox-PBS-Token)"},
}

// httpBoolFlags may be given bare (--http-stateless means --http-stateless=true).
var httpBoolFlags = []string{"http-stateless", "http-insecure-no-auth", "http-per-user-credentials"}

// renamedHTTPFlags are the names the HTTP flags had before they got their
// http- prefix, and the flag each stands for now. They keep working,
// hidden from --help, and say what to use instead.
var renamedHTTPFlags = map[string]string{
	"stateless": "http-stateless", "insecure-no-auth": "http-insecure-no-auth",
	"allowed-hosts": "http-allowed-hosts", "allowed-origins": "http-allowed-origins",
	"max-body-bytes": "http-max-body-bytes", "max-concurrent": "http-max-concurrent",
	"read-header-timeout": "http-read-header-timeout", "read-timeout": "http-read-timeout",
	"write-timeout": "http-write-timeout", "idle-timeout": "http-idle-timeout",
	"shutdown-timeout": "http-shutdown-timeout", "session-idle-timeout": "http-session-idle-timeout",
	"tls-cert": "http-tls-cert", "tls-key": "http-tls-key", "per-user-credentials": "http-per-user-credentials",
}

func init() { settingFlags = append(settingFlags, httpFlags...) }

// markHTTPBoolFlags lets the boolean HTTP flags stand alone, and adds the
// old names of the renamed ones (they are booleans too, some of them).
func markHTTPBoolFlags(cmd *cobra.Command) {
	for _, name := range httpBoolFlags {
		cmd.Flags().Lookup(name).NoOptDefVal = "true"
	}
	addRenamedHTTPFlags(cmd)
}

// addRenamedHTTPFlags registers each old name as a deprecated alias: a
// value given to it is set on the new flag, so the new flag counts as
// given and the setting's lookup needs to know of one name only.
func addRenamedHTTPFlags(cmd *cobra.Command) {
	flags := cmd.Flags()
	for old, current := range renamedHTTPFlags {
		target := flags.Lookup(current)
		alias := flags.VarPF(aliasValue{name: current, set: flags.Set, get: target.Value.String}, old, "", target.Usage)
		alias.NoOptDefVal = target.NoOptDefVal
		_ = flags.MarkDeprecated(old, "use --"+current)
	}
}

// aliasValue is an old flag name: it sets, and shows, the flag it stands for.
type aliasValue struct {
	name string
	set  func(name, value string) error // the flag set's Set
	get  func() string                  // the flag's value
}

func (a aliasValue) Set(v string) error { return a.set(a.name, v) }
func (a aliasValue) String() string     { return a.get() }
func (a aliasValue) Type() string       { return "string" }

// serveHTTP serves srv over Streamable HTTP until ctx ends (SIGINT,
// SIGTERM), then shuts down gracefully.
func serveHTTP(ctx context.Context, cfg *config.Config, srv *mcpserver.Server, stderr io.Writer) error {
	hs, err := httpserve.New(httpserve.Options{HTTP: cfg.HTTP, MCP: srv, Log: stderr, PermissionFilter: cfg.PermissionFilter})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return fmt.Errorf("%s: %w", config.EnvHTTPAddr, err)
	}
	announce(stderr, cfg.HTTP, ln.Addr().String())
	err = hs.Serve(ctx, ln)
	fmt.Fprintln(stderr, "proxmox-mcp: HTTP server stopped")
	return stopped(ctx, err)
}

// announce says where the server listens and how it is protected; never
// the token itself.
func announce(w io.Writer, h config.HTTP, addr string) {
	scheme := "http"
	if h.TLSCert != "" {
		scheme = "https"
	}
	fmt.Fprintf(w, "proxmox-mcp: serving MCP at %s://%s%s (%s; bearer token %s; per-user credentials %s)\n",
		scheme, addr, httpserve.PathMCP, sessionMode(h), onOff(h.Token != "", "required", "off"), onOff(h.PerUserCredentials, "on", "off"))
	if !config.IsLoopbackAddr(h.Addr) && h.Token == "" {
		fmt.Fprintf(w, "proxmox-mcp: warning: %s is reachable from the network with no bearer token (--http-insecure-no-auth)\n", addr)
	}
	if host, _, _ := net.SplitHostPort(h.Addr); isWildcard(host) && sameNames(h.AllowedHosts, config.DefaultAllowedNames) {
		fmt.Fprintf(w, "proxmox-mcp: warning: listening on all addresses but only loopback Host names are allowed: set %s to the names clients use\n",
			config.EnvHTTPAllowedHosts)
	}
}

func sessionMode(h config.HTTP) string {
	if h.Stateless {
		return "stateless"
	}
	return "stateful sessions"
}

func onOff(on bool, yes, no string) string {
	if on {
		return yes
	}
	return no
}

func isWildcard(host string) bool {
	ip := net.ParseIP(host)
	return host == "" || ip != nil && ip.IsUnspecified()
}

func sameNames(a, b []string) bool { return strings.Join(a, ",") == strings.Join(b, ",") }
