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

// httpFlags mirror the PROXMOX_MCP_HTTP_* variables (docs/http.md). The
// bearer token has no flag: command lines are visible to every local user.
var httpFlags = []settingFlag{
	{"http", config.EnvHTTPAddr, "serve MCP over Streamable HTTP at host:port, path /mcp, instead of stdio (127.0.0.1:8080)"},
	{"stateless", config.EnvHTTPStateless, "issue no session IDs, so any replica behind a load balancer answers any request"},
	{"insecure-no-auth", config.EnvHTTPInsecureNoAuth, "allow a non-loopback --http address without a bearer token"},
	{"allowed-hosts", config.EnvHTTPAllowedHosts, "Host names accepted (comma list; default localhost,127.0.0.1,[::1])"},
	{"allowed-origins", config.EnvHTTPAllowedOrigins, "browser Origins accepted (comma list; default localhost,127.0.0.1,[::1])"},
	{"max-body-bytes", config.EnvHTTPMaxBodyBytes, "largest request body in bytes (default 1048576)"},
	{"max-concurrent", config.EnvHTTPMaxConcurrent, "requests one client may have in flight, 0 for no limit (default 16)"},
	{"read-header-timeout", config.EnvHTTPReadHeaderTimeout, "time to read request headers (default 10s)"},
	{"read-timeout", config.EnvHTTPReadTimeout, "time to read a whole request (default 30s)"},
	{"write-timeout", config.EnvHTTPWriteTimeout, "time to write a response (default: max task wait + 1m)"},
	{"idle-timeout", config.EnvHTTPIdleTimeout, "keep-alive idle time (default 2m)"},
	{"shutdown-timeout", config.EnvHTTPShutdownTimeout, "time in-flight calls get to finish on SIGTERM (default 30s)"},
	{"session-idle-timeout", config.EnvHTTPSessionIdleTimeout, "forget a session unused this long (default 30m)"},
	{"tls-cert", config.EnvHTTPTLSCert, "PEM certificate to serve HTTPS (with --tls-key)"},
	{"tls-key", config.EnvHTTPTLSKey, "PEM private key of --tls-cert"},
	{"per-user-credentials", config.EnvPerUserCredentials, "every request brings its own Proxmox API token (X-Proxmox-PVE-Token / X-Proxmox-PBS-Token)"},
}

// httpBoolFlags may be given bare (--stateless means --stateless=true).
var httpBoolFlags = []string{"stateless", "insecure-no-auth", "per-user-credentials"}

func init() { settingFlags = append(settingFlags, httpFlags...) }

// markHTTPBoolFlags lets the boolean HTTP flags stand alone.
func markHTTPBoolFlags(cmd *cobra.Command) {
	for _, name := range httpBoolFlags {
		cmd.Flags().Lookup(name).NoOptDefVal = "true"
	}
}

// serveHTTP serves srv over Streamable HTTP until ctx ends (SIGINT,
// SIGTERM), then shuts down gracefully.
func serveHTTP(ctx context.Context, cfg *config.Config, srv *mcpserver.Server, stderr io.Writer) error {
	hs, err := httpserve.New(httpserve.Options{HTTP: cfg.HTTP, MCP: srv, Log: stderr})
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
		fmt.Fprintf(w, "proxmox-mcp: warning: %s is reachable from the network with no bearer token (--insecure-no-auth)\n", addr)
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
