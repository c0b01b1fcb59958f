package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"os/signal"
	"os/user"
	"strings"
	"syscall"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/config"
)

func init() { register(newServeCommand) }

// settingFlags mirror the environment variables: a flag given on the
// command line wins over the variable. Secrets (token secrets, passwords)
// have no flags: command lines are visible to every local user.
var settingFlags = append(productFlags("pve", "Proxmox VE", "8006", "8.4"), append(productFlags("pbs", "Proxmox Backup Server", "8007", "3.4"),
	serverFlags...)...)

// productFlags are one product's connection and access settings.
func productFlags(p, title, port, release string) []settingFlag {
	env := strings.ToUpper(p) + "_"
	return []settingFlag{
		{p + "-url", env + "BASE_URL", title + " API URL (host, host:port or https://host:" + port + ")"},
		{p + "-token-id", env + "TOKEN_ID", title + " API token ID (user@realm!name; the secret only from $" + env + "TOKEN_SECRET)"},
		{p + "-username", env + "USERNAME", title + " user for password login (user@realm; the password only from $" + env + "PASSWORD)"},
		{p + "-verify-ssl", env + "VERIFY_SSL", "verify " + title + "'s TLS certificate (true/false)"},
		{p + "-ca-file", env + "CA_FILE", "PEM bundle of CAs to trust for " + title},
		{p + "-tls-fingerprint", env + "TLS_FINGERPRINT", "SHA-256 fingerprint to pin " + title + "'s certificate (AA:BB:…)"},
		{p + "-timeout", env + "TIMEOUT", "per-request timeout for " + title + " (30s, 90)"},
		{p + "-tier", env + "ACCESS_TIER", title + " tier: read-only, read-execute or full"},
		{p + "-categories", env + "CATEGORIES", title + " category allowlist (comma list)"},
		{p + "-release", env + "RELEASE", "the release " + title + " runs (" + release + "), instead of reading it at start; with --demo the release the simulator presents"},
		{p + "-no-destructive", env + "NO_DESTRUCTIVE", "serve " + title + " without destructive calls (true/false; default $" + config.EnvNoDestructive + ")"},
	}
}

type settingFlag struct{ flag, env, usage string }

var serverFlags = []settingFlag{
	{"config", config.EnvConfig, "TOML file of several clusters and backup servers (see docs/targets.md)"},
	{"mode", config.EnvMode, "tool registration: default, all or front-door"},
	{"front-door", config.EnvFrontDoor, "register proxmox_search/describe/call_read/call_write (true/false)"},
	{"policy", config.EnvPolicy, "path of a policy file replacing the built-in one"},
	{"max-result-bytes", config.EnvMaxResultBytes, "cap on a tool result's size in bytes"},
	{"max-download-bytes", config.EnvMaxDownload, "cap on a file a call downloads, in bytes"},
	{"max-upload-bytes", config.EnvMaxUpload, "cap on a file a call uploads, in bytes"},
	{"task-wait", config.EnvTaskWait, "default wait for tasks a call starts (seconds or 1m30s)"},
	{"max-task-wait", config.EnvMaxTaskWait, "longest wait a call may ask for (seconds or 15m)"},
	{"permission-filter", config.EnvPermissions, "offer only what the credentials may call somewhere, read at start (true/false)"},
	{"structured-content", config.EnvStructured, "add structuredContent beside the JSON text of results (true/false)"},
	{"human-readable", config.EnvHumanReadable, "add human-readable companions (mem_human) and series summaries to results (true/false)"},
	{"allow", config.EnvAllow, "capabilities beyond tiers to turn on (comma list: guest-exec)"},
	{"no-destructive", config.EnvNoDestructive, "serve both products without destructive calls (true/false)"},
	{"elicitation", config.EnvElicitation, "who confirms: prefer (the person when the client can ask), require, off (default prefer; require over HTTP)"},
	{"elicitation-timeout", config.EnvElicitationTimeout, "how long the person may take to answer (seconds or 5m)"},
	{"audit-log", config.EnvAuditLog, "append every call that is not a read to this hash-chained log (- for stderr)"},
	{"audit-reads", config.EnvAuditReads, "record reads in the audit log too (true/false)"},
}

type serveOptions struct {
	demo  bool
	flags map[string]*string
}

func newServeCommand() *cobra.Command {
	o := &serveOptions{flags: map[string]*string{}}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the MCP server over stdio (the default command)",
		Long: "Run the MCP server over stdio. Configure it with PVE_* / PBS_* and PROXMOX_MCP_* variables " +
			"(see README.md) or the flags that mirror them; --demo runs it against the built-in simulator.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	for _, f := range settingFlags {
		o.flags[f.env] = cmd.Flags().String(f.flag, "", f.usage+" ($"+f.env+")")
	}
	markHTTPBoolFlags(cmd)
	cmd.Flags().BoolVar(&o.demo, "demo", false, "serve the built-in Proxmox simulator's seeded cluster (no Proxmox needed)")
	return cmd
}

// lookup reads a setting from its flag when given, else from the environment.
func (o *serveOptions) lookup(cmd *cobra.Command) config.Lookup {
	byEnv := map[string]string{}
	for _, f := range settingFlags {
		byEnv[f.env] = f.flag
	}
	return func(name string) (string, bool) {
		if flag, ok := byEnv[name]; ok && cmd.Flags().Changed(flag) {
			return *o.flags[name], true
		}
		return os.LookupEnv(name)
	}
}

func (o *serveOptions) run(cmd *cobra.Command) error {
	stopProfiles, stopRunProfiles := startProfiles()
	defer stopRunProfiles() // last: the run ends when serving has
	defer stopProfiles()
	resumeGC := deferGC()
	defer resumeGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := config.Load(o.lookup(cmd))
	if err != nil {
		return err
	}
	stderr := cmd.ErrOrStderr()
	if o.demo {
		shutdown, err := startDemo(ctx, cfg, stderr)
		if err != nil {
			return err
		}
		defer shutdown()
	}
	if len(cfg.Products) == 0 {
		return config.NothingConfigured(o.lookup(cmd))
	}
	// The hook runs before the answer is written: give the write a moment.
	afterFirstList := func() {
		stopProfiles()
		time.AfterFunc(100*time.Millisecond, resumeGC)
	}
	auditLog, err := openAudit(cfg)
	if err != nil {
		return err
	}
	defer auditLog.Close()
	srv, err := buildServer(ctx, cfg, stderr, afterFirstList, auditLog)
	if err != nil {
		return err
	}
	if cfg.HTTP.Addr != "" {
		resumeGC()
		return serveHTTP(ctx, cfg, srv, stderr)
	}
	stdio := server.NewStdioServer(srv.MCP())
	stdio.SetErrorLogger(log.New(stderr, "proxmox-mcp: ", 0))
	return stopped(ctx, stdio.Listen(ctx, cmd.InOrStdin(), cmd.OutOrStdout()))
}

// stopped turns the end of serving into the command's result: a requested
// stop (Ctrl-C, SIGTERM) is a normal end, not an error.
func stopped(ctx context.Context, err error) error {
	if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled)) {
		return nil
	}
	return err
}

// openAudit opens the audit log the configuration names (Disabled when
// none). A log that cannot be opened stops the server: it would otherwise
// act unrecorded.
func openAudit(cfg *config.Config) (*audit.Log, error) {
	if cfg.Safety.AuditLog == "" {
		return audit.Disabled, nil
	}
	l, err := audit.Open(cfg.Safety.AuditLog)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", config.EnvAuditLog, err)
	}
	return l, nil
}

// stdioCaller names the stdio client in the audit log: the local user
// who started the server.
func stdioCaller() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return "stdio:" + u.Username
	}
	return fmt.Sprintf("stdio:uid %d", os.Getuid())
}
