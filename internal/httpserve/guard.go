package httpserve

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
)

// allowlist matches Host or Origin values. A bare name ("localhost",
// "mcp.example.com", "[::1]") matches it with any port and, for Origin, any
// scheme; "host:port" and "scheme://host[:port]" must match exactly; "*"
// matches everything.
type allowlist struct {
	any   bool
	names map[string]bool
	exact map[string]bool
}

func newAllowlist(entries []string) allowlist {
	a := allowlist{names: map[string]bool{}, exact: map[string]bool{}}
	for _, e := range entries {
		e = strings.ToLower(strings.TrimSpace(e))
		switch {
		case e == "*":
			a.any = true
		case strings.Contains(e, "://"):
			a.exact[strings.TrimSuffix(e, "/")] = true
		case isIP(strings.Trim(e, "[]")):
			a.names[strings.Trim(e, "[]")] = true
		case hasPort(e):
			a.exact[e] = true
		default:
			a.names[e] = true
		}
	}
	return a
}

func isIP(s string) bool { _, err := netip.ParseAddr(s); return err == nil }

func hasPort(s string) bool { _, _, err := net.SplitHostPort(s); return err == nil }

// hostname strips the port and IPv6 brackets from a Host value.
func hostname(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.Trim(hostport, "[]")
}

func (a allowlist) allowsHost(host string) bool {
	host = strings.ToLower(host)
	return a.any || host != "" && (a.exact[host] || a.names[hostname(host)])
}

// allowsOrigin: "null" and other unparsable origins (sandboxed frames,
// file: pages) are never allowed unless everything is.
func (a allowlist) allowsOrigin(origin string) bool {
	origin = strings.ToLower(origin)
	if a.any || a.exact[origin] {
		return true
	}
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && a.names[u.Hostname()]
}

// guard is DNS-rebinding protection, as the MCP specification requires of
// HTTP servers: a page on another site that got its name resolved to this
// server still sends its own Host and Origin, and is refused before
// anything else runs. A request without Origin (not a browser) passes.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hosts.allowsHost(r.Host) {
			refuse(w, http.StatusForbidden, fmt.Sprintf("Host %q is not allowed: this server answers only to the names in %s (DNS-rebinding protection)",
				clip(r.Host), "PROXMOX_MCP_HTTP_ALLOWED_HOSTS"))
			return
		}
		if o := r.Header.Get("Origin"); o != "" && !s.origins.allowsOrigin(o) {
			refuse(w, http.StatusForbidden, fmt.Sprintf("Origin %q is not allowed: add it to %s if this page may use the server",
				clip(o), "PROXMOX_MCP_HTTP_ALLOWED_ORIGINS"))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// clip keeps an echoed header value short.
func clip(s string) string {
	if len(s) > 100 {
		return s[:100] + "..."
	}
	return s
}
