// Package mcpserver is the MCP server: it registers the tools the plan
// allows and runs every call through one path (tier check, validation,
// confirmation, request, shaped result).
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

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Defaults for Options.
const (
	DefaultMaxResultBytes = 64 << 10
	DefaultMaxTaskWait    = 15 * time.Minute
)

// Options configure a server.
type Options struct {
	Policy   *policy.Policy
	Products map[catalog.Product]*ProductAccess
	Mode     Mode
	// FrontDoor registers proxmox_search, proxmox_describe,
	// proxmox_call_read and proxmox_call_write.
	FrontDoor bool
	// MaxResultBytes caps a tool result's JSON text.
	MaxResultBytes int
	// MaxDownloadBytes caps a file a call downloads; MaxUploadBytes a file
	// a call uploads.
	MaxDownloadBytes, MaxUploadBytes int
	// TaskWait is how long a call that starts a task waits for it when the
	// caller does not say (0: return the UPID at once); MaxTaskWait bounds
	// any wait.
	TaskWait, MaxTaskWait time.Duration
	Version               string
	// AfterFirstList is called once, after the first tools/list answer
	// (the CLI resumes garbage collection there).
	AfterFirstList func()
	// Log receives diagnostics (never stdout: that is the stdio transport).
	Log io.Writer
}

// Server is one MCP server instance.
type Server struct {
	opts   Options
	plan   *Plan
	search searchIndex
	mcp    *server.MCPServer
	// schemas holds the input schema each operation tool is listed with;
	// see registerOperations.
	schemas map[string]json.RawMessage
}

// New builds the plan and registers its tools. The tool list never changes
// afterwards (the MCP specification forbids a varying tools/list).
func New(opts Options) (*Server, error) {
	opts = withDefaults(opts)
	plan, err := BuildPlan(opts.Policy, opts.Products, opts.Mode, opts.FrontDoor)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, plan: plan}
	hooks := &server.Hooks{}
	if opts.AfterFirstList != nil {
		var once sync.Once
		hooks.AddAfterListTools(func(context.Context, any, *mcp.ListToolsRequest, *mcp.ListToolsResult) {
			once.Do(opts.AfterFirstList)
		})
	}
	s.mcp = server.NewMCPServer("proxmox-mcp", opts.Version,
		server.WithHooks(hooks),
		server.WithToolCapabilities(false),
		server.WithInstructions(s.instructions()),
		server.WithLogging(),
		server.WithRecovery(),
		server.WithToolFilter(s.listedTools),
	)
	s.mcp.AddTools(s.tools()...)
	return s, nil
}

// stubSchema is what operation tools are registered with. mcp-go decodes
// every registered input schema again to look for x-mcp-header
// annotations (ours have none); for a thousand tools that is a quarter of
// startup. The real schema is put in when tools/list is answered
// (listedTools), so clients see exactly the same list.
var stubSchema = json.RawMessage(`{"type":"object"}`)

func withDefaults(o Options) Options {
	if o.Policy == nil {
		o.Policy = policy.Default()
	}
	if o.Mode == "" {
		o.Mode = ModeDefault
	}
	if o.MaxResultBytes <= 0 {
		o.MaxResultBytes = DefaultMaxResultBytes
	}
	if o.MaxDownloadBytes <= 0 {
		o.MaxDownloadBytes = DefaultMaxDownloadBytes
	}
	if o.MaxUploadBytes <= 0 {
		o.MaxUploadBytes = DefaultMaxUploadBytes
	}
	if o.MaxTaskWait <= 0 {
		o.MaxTaskWait = DefaultMaxTaskWait
	}
	if o.TaskWait > o.MaxTaskWait {
		o.TaskWait = o.MaxTaskWait
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

// MCP returns the underlying mcp-go server, for a transport to serve.
func (s *Server) MCP() *server.MCPServer { return s.mcp }

// Plan returns what this server registered and allows.
func (s *Server) Plan() *Plan { return s.plan }

// tools are the front door (when on), the task tool and every operation
// the plan registers individually.
func (s *Server) tools() []server.ServerTool {
	var out []server.ServerTool
	if s.plan.frontDoor {
		out = append(out, s.frontDoorTools()...)
	}
	if s.plan.mode != ModeFrontDoor {
		out = append(out, s.taskTool())
	}
	s.schemas = make(map[string]json.RawMessage, len(s.plan.individual))
	for _, e := range s.plan.individual {
		t := s.operationTool(e)
		s.schemas[t.Name], t.RawInputSchema = t.RawInputSchema, stubSchema
		out = append(out, server.ServerTool{Tool: t, Handler: s.operationHandler(e)})
	}
	return out
}

func (s *Server) logf(format string, a ...any) {
	fmt.Fprintf(s.opts.Log, "proxmox-mcp: "+format+"\n", a...)
}

// instructions teach the search → describe → call workflow.
func (s *Server) instructions() string {
	text := "Tools for Proxmox VE (pve_*) and Proxmox Backup Server (pbs_*), generated from Proxmox's own API schema.\n"
	if s.plan.frontDoor {
		text += "Only some operations are listed as tools; every operation this server allows is reachable:\n" +
			"1. proxmox_search finds operations by what you want to do (\"reboot vm 101\", \"free space on storage\").\n" +
			"2. proxmox_describe gives an operation's parameters, permissions and an example.\n" +
			"3. proxmox_call_read runs read-only operations; proxmox_call_write runs the others.\n"
	}
	text += "Destructive operations need confirm=true. Calls that start a task return its UPID; pass wait=<seconds> " +
		"to wait for it, or follow it with proxmox_task. Node names, VM IDs and storage IDs come from " +
		"cluster resources (pve_get_cluster_resources) when you do not know them."
	return text
}
