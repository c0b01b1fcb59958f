// Package httpserve serves the MCP server over Streamable HTTP, for a team
// sharing one proxmox-mcp (docs/http.md). Every request to /mcp passes, in
// order: the Host/Origin allowlist (403), the bearer token (401), the
// per-client concurrency limit (429), the body size limit (413), the
// per-user credential and narrowing headers (401/400) and, in stateful
// mode, the session check (400/404) and the session and event stream
// limits (429/503); only then does mcp-go see it. A client is its remote
// address (client.go), never anything it could make up.
// /healthz answers without any of that.
package httpserve

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
)

// Paths served.
const (
	PathMCP    = "/mcp"
	PathHealth = "/healthz"
)

// maxHeaderBytes bounds request headers; MCP requests carry a handful.
const maxHeaderBytes = 64 << 10

// writeMargin is added to the longest task wait to derive the default
// write timeout: a call that waits for a task must not be cut off.
const writeMargin = time.Minute

// Options configure a Server.
type Options struct {
	HTTP config.HTTP
	// MCP is the server; its inventory names the configured products (with
	// per-user credentials each request needs a token for every one), the
	// categories the narrowing header may use and the longest task wait,
	// from which the default write timeout is derived.
	MCP *mcpserver.Server
	// Log receives transport diagnostics; nothing a request carried.
	Log io.Writer
	// PermissionFilter decides each per-user caller's tools with what
	// their tokens may do (PROXMOX_MCP_PERMISSION_FILTER); off, the tokens
	// are only used to call.
	PermissionFilter bool
}

// Server is the HTTP transport of one MCP server.
type Server struct {
	opts           Options
	inv            *inventory.Inventory
	products       []catalog.Product
	bearer         bearer
	hosts, origins allowlist
	clients        clients
	sessions       *sessions // nil when stateless
	streams        *streams  // nil when stateless
	streamable     *server.StreamableHTTPServer
	http           *http.Server
}

// New checks the options and builds the transport. It refuses what would
// be unsafe to serve (config.HTTP.Validate): a non-loopback address
// without a bearer token or the explicit opt-out.
func New(opts Options) (*Server, error) {
	if err := opts.HTTP.Validate(); err != nil {
		return nil, err
	}
	if opts.MCP == nil {
		return nil, errors.New("httpserve: an MCP server is required")
	}
	opts = withDefaults(opts)
	s := &Server{
		opts:    opts,
		inv:     opts.MCP.Inventory(),
		bearer:  newBearer(opts.HTTP.Token),
		hosts:   newAllowlist(opts.HTTP.AllowedHosts),
		origins: newAllowlist(opts.HTTP.AllowedOrigins),
		clients: clients{trusted: opts.HTTP.TrustedProxies},
	}
	for _, p := range s.inv.ProductNames() {
		s.products = append(s.products, catalog.Product(p))
	}
	if err := s.newHTTPServer(); err != nil {
		return nil, err
	}
	s.streamable = server.NewStreamableHTTPServer(opts.MCP.MCP(), s.transportOptions()...)
	s.http.Handler = s.routes()
	return s, nil
}

func withDefaults(o Options) Options {
	if o.Log == nil {
		o.Log = io.Discard
	}
	if len(o.HTTP.AllowedHosts) == 0 {
		o.HTTP.AllowedHosts = config.DefaultAllowedNames
	}
	if len(o.HTTP.AllowedOrigins) == 0 {
		o.HTTP.AllowedOrigins = config.DefaultAllowedNames
	}
	if o.HTTP.MaxBodyBytes <= 0 {
		o.HTTP.MaxBodyBytes = config.DefaultHTTPMaxBodyBytes
	}
	if o.HTTP.ShutdownTimeout <= 0 {
		o.HTTP.ShutdownTimeout = config.DefaultHTTPShutdownTimeout
	}
	if o.HTTP.SessionIdleTimeout <= 0 {
		o.HTTP.SessionIdleTimeout = config.DefaultHTTPSessionIdleTimeout
	}
	if o.HTTP.StreamIdleTimeout <= 0 {
		o.HTTP.StreamIdleTimeout = config.DefaultHTTPStreamIdleTimeout
	}
	return o
}

// newHTTPServer sets the timeouts and, with TLS, loads the key pair now so
// a bad file stops the start instead of the first connection.
func (s *Server) newHTTPServer() error {
	h := s.opts.HTTP
	s.http = &http.Server{
		ReadHeaderTimeout: h.ReadHeaderTimeout,
		ReadTimeout:       h.ReadTimeout,
		WriteTimeout:      s.writeTimeout(),
		IdleTimeout:       h.IdleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          log.New(s.opts.Log, "proxmox-mcp: http: ", 0),
	}
	if h.TLSCert == "" {
		return nil
	}
	cert, err := tls.LoadX509KeyPair(h.TLSCert, h.TLSKey)
	if err != nil {
		return fmt.Errorf("TLS: cannot load %s and %s: %v", h.TLSCert, h.TLSKey, err)
	}
	s.http.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	return nil
}

func (s *Server) writeTimeout() time.Duration {
	if s.opts.HTTP.WriteTimeout > 0 {
		return s.opts.HTTP.WriteTimeout
	}
	return time.Duration(s.inv.MaxWait())*time.Second + writeMargin
}

// transportOptions configure mcp-go. Its own DNS-rebinding check is off:
// guard does the same with the configured allowlist (mcp-go's would refuse
// a reverse proxy's public name arriving over loopback).
func (s *Server) transportOptions() []server.StreamableHTTPOption {
	logger := slog.New(slog.NewTextHandler(s.opts.Log, &slog.HandlerOptions{Level: slog.LevelWarn}))
	opts := []server.StreamableHTTPOption{
		server.WithDisableLocalhostProtection(true),
		server.WithHTTPContextFunc(mcpContext),
		server.WithStreamableHTTPServer(s.http),
		server.WithStreamableHTTPLogger(logger),
	}
	if s.opts.HTTP.Stateless {
		// No session IDs; a GET stream would be bound to one replica and
		// carry nothing, so GET answers 405 as the specification allows.
		return append(opts, server.WithStateLess(true), server.WithDisableStreaming(true))
	}
	s.newSessionLimits()
	// A resolver rather than a manager: it sees the request, so the
	// session a request opens is counted against that request's client.
	return append(opts, server.WithSessionIdManagerResolver(s.sessions), server.WithSessionIdleTTL(s.opts.HTTP.SessionIdleTimeout))
}

// newSessionLimits sets up the quotas of the stateful mode: sessions and
// event streams, per client and in all.
func (s *Server) newSessionLimits() {
	h := s.opts.HTTP
	s.streams = newStreams(newQuota(h.MaxStreamsPerClient, h.MaxStreams, quotaNames{
		what: "open event streams", perClientEnv: config.EnvHTTPMaxStreamsPerClient, totalEnv: config.EnvHTTPMaxStreams,
		remedy: "close one before opening another", retryAfter: retryAfterSlot,
	}), h.StreamIdleTimeout)
	s.sessions = newSessions(newQuota(h.MaxSessionsPerClient, h.MaxSessions, quotaNames{
		what: "open sessions", perClientEnv: config.EnvHTTPMaxSessionsPerClient, totalEnv: config.EnvHTTPMaxSessions,
		remedy:     "end unused sessions with DELETE, or wait until idle ones expire (" + config.EnvHTTPSessionIdleTimeout + ")",
		retryAfter: retryAfterSlot,
	}), s.streams.endSession)
}

// routes: /healthz bare, /mcp behind every check, anything else 404.
// The checks wrap from the inside out: guard runs first.
func (s *Server) routes() http.Handler {
	mcp := http.Handler(s.streamable)
	if s.sessions != nil {
		for _, wrap := range []func(http.Handler) http.Handler{s.streams.limit, s.sessions.admit, s.sessions.checkGetDelete} {
			mcp = wrap(mcp)
		}
	}
	for _, wrap := range []func(http.Handler) http.Handler{s.withScope, s.limitBody, s.limitConcurrency, s.clients.identify, s.authenticate, s.guard} {
		mcp = wrap(mcp)
	}
	mux := http.NewServeMux()
	mux.HandleFunc(PathHealth, health)
	mux.Handle(PathMCP, mcp)
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		refuse(w, http.StatusNotFound, "not found: the MCP endpoint is "+PathMCP)
	})
	return mux
}

// Handler is the whole HTTP handler, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.http.Handler }

// ListenAndServe listens on the configured address and serves until ctx
// ends, then shuts down gracefully.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.opts.HTTP.Addr)
	if err != nil {
		return err
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx ends, then shuts down gracefully: no new
// connections, in-flight requests finish within the shutdown timeout.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- s.serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	err := s.Shutdown()
	<-errc
	return err
}

func (s *Server) serve(ln net.Listener) error {
	var err error
	if s.http.TLSConfig != nil {
		err = s.http.ServeTLS(ln, "", "")
	} else {
		err = s.http.Serve(ln)
	}
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops accepting requests, ends the event streams, and waits for
// in-flight calls up to the shutdown timeout; what still runs then is cut
// off and reported.
func (s *Server) Shutdown() error {
	timeout := s.opts.HTTP.ShutdownTimeout
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := s.streamable.Shutdown(ctx); err != nil {
		_ = s.http.Close()
		return fmt.Errorf("graceful shutdown did not finish within %s (%s): the requests still running were cut off",
			timeout, config.EnvHTTPShutdownTimeout)
	}
	return nil
}
