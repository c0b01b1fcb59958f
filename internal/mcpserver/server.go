// Package mcpserver is the MCP server: it lists the tools the inventory
// decided on and runs every call through one path (the inventory's
// check, one preparation of the request by package wire, confirmation,
// the request, a shaped result).
package mcpserver

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Defaults for Options.
const (
	DefaultMaxResultBytes   = 64 << 10
	DefaultMaxDownloadBytes = 1 << 20
	DefaultMaxUploadBytes   = 1 << 20
)

// Upstream is one product's connection: internal/proxmox's Client. The
// server prepares every request itself (package wire) and hands the
// prepared request over.
type Upstream interface {
	Send(ctx context.Context, req *wire.Request) (json.RawMessage, error)
	Download(ctx context.Context, req *wire.Request, maxBytes int64) (*proxmox.RawResponse, error)
	Upload(ctx context.Context, req *wire.Request, f proxmox.File) (json.RawMessage, error)
}

var _ Upstream = (*proxmox.Client)(nil)

// Options configure a server.
type Options struct {
	// Inventory decides what the session gets.
	Inventory *inventory.Inventory
	// Upstreams connect each configured product (its default target).
	Upstreams map[catalog.Product]Upstream
	// Targets connect the named targets, when a product has several
	// (inventory Product.Target names them).
	Targets map[string]Upstream
	// MaxResultBytes caps a tool result's text.
	MaxResultBytes int
	// MaxDownloadBytes caps a file a call downloads; MaxUploadBytes a file
	// a call uploads.
	MaxDownloadBytes, MaxUploadBytes int
	// TaskWait is how long a call that starts a task waits for it when the
	// caller does not say (0: return the UPID at once).
	TaskWait time.Duration
	Version  string
	// AfterFirstList is called once, after the first tools/list answer
	// (the CLI resumes garbage collection there).
	AfterFirstList func()
	// Log receives diagnostics (never stdout: that is the stdio transport).
	Log io.Writer
	// Elicitation says who confirms confirm-gated calls (default prefer);
	// ElicitationTimeout bounds the person's answer.
	Elicitation        Elicitation
	ElicitationTimeout time.Duration
	// Audit records every call that is not a read (and reads too with
	// AuditReads); nil records nothing. Caller names who calls when the
	// request's context does not (WithCaller): the stdio user.
	Audit      *audit.Log
	AuditReads bool
	Caller     string

	// DisableHumanReadable returns Proxmox's data as it came: no
	// human-readable companions beside its numbers ("mem_human":
	// "9.07 GiB") and no summary ahead of long series (package humanize).
	DisableHumanReadable bool
	// StructuredContent keeps structuredContent in tool results beside
	// the JSON text; without it results carry the text alone (see
	// resultForm).
	StructuredContent bool
}

// Server is one MCP server instance.
type Server struct {
	opts    Options
	inv     *inventory.Inventory
	search  searchIndex
	started startedTasks
	mcp     *server.MCPServer
	// confirmations binds people's answers to the requests they saw.
	confirmations *confirmations
	// resolvers find guests and datastores, per target.
	resolvers resolverSet
	// perms holds each target's privileges as last read.
	permMu sync.Mutex
	perms  map[string]*permissionState
	// callers holds the privileges of per-user credentials (HTTP).
	callers callerCache
	// schemas holds the input schema each operation tool is listed with;
	// see stubSchema.
	schemas map[string]json.RawMessage
}

// New registers the inventory's tools. The tool list never changes
// afterwards (the MCP specification forbids a varying tools/list).
func New(opts Options) (*Server, error) {
	opts = withDefaults(opts)
	if opts.Inventory == nil {
		return nil, fmt.Errorf("mcpserver: no inventory")
	}
	for _, p := range opts.Inventory.ProductNames() {
		if opts.Upstreams[catalog.Product(p)] == nil {
			return nil, fmt.Errorf("mcpserver: %s is configured but has no connection", p)
		}
	}
	opts = withCallerTokens(opts)
	s := &Server{opts: opts, inv: opts.Inventory, confirmations: newConfirmations(), perms: map[string]*permissionState{}}
	hooks := &server.Hooks{}
	if opts.AfterFirstList != nil {
		var once sync.Once
		hooks.AddAfterListTools(func(context.Context, any, *mcp.ListToolsRequest, *mcp.ListToolsResult) {
			once.Do(opts.AfterFirstList)
		})
	}
	s.warmSearchIndex(hooks)
	s.mcp = server.NewMCPServer("proxmox-mcp", opts.Version,
		server.WithHooks(hooks),
		server.WithToolCapabilities(false),
		server.WithInstructions(s.inv.Instructions()),
		server.WithLogging(),
		server.WithRecovery(),
		server.WithToolHandlerMiddleware(s.resultForm),
		server.WithToolFilter(s.listedTools),
	)
	s.mcp.AddTools(s.tools()...)
	return s, nil
}

func withDefaults(o Options) Options {
	if o.MaxResultBytes <= 0 {
		o.MaxResultBytes = DefaultMaxResultBytes
	}
	if o.MaxDownloadBytes <= 0 {
		o.MaxDownloadBytes = DefaultMaxDownloadBytes
	}
	if o.MaxUploadBytes <= 0 {
		o.MaxUploadBytes = DefaultMaxUploadBytes
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	if o.Elicitation == "" {
		o.Elicitation = ElicitPrefer
	}
	if o.ElicitationTimeout <= 0 {
		o.ElicitationTimeout = DefaultElicitationTimeout
	}
	if o.Audit == nil {
		o.Audit = audit.Disabled
	}
	return o
}

// MCP returns the underlying mcp-go server, for a transport to serve.
func (s *Server) MCP() *server.MCPServer { return s.mcp }

// Inventory returns what this server offers.
func (s *Server) Inventory() *inventory.Inventory { return s.inv }

func (s *Server) logf(format string, a ...any) {
	fmt.Fprintf(s.opts.Log, "proxmox-mcp: "+format+"\n", a...)
}

// maxTaskWait bounds any wait.
func (s *Server) maxTaskWait() time.Duration { return time.Duration(s.inv.MaxWait()) * time.Second }
