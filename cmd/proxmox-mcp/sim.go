package main

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/sim"
)

func init() { register(newSimCommand) }

type simOptions struct {
	listen, pbsListen string
	insecureHTTP      bool
	allowRemote       bool
	taskDuration      time.Duration
	seed              int64
	latency           time.Duration
	errorRate         float64
	tokenSecret       string
	releases          releaseFlags
}

func newSimCommand() *cobra.Command {
	o := &simOptions{}
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Run a simulated Proxmox VE cluster and Backup Server (no Proxmox needed)",
		Long: "Serve an in-memory Proxmox VE cluster and Proxmox Backup Server that answer the whole REST API as the real\n" +
			"daemons do: seeded guests, storages, tasks and backups, tokens and tickets, Proxmox-shaped errors.\n" +
			"It prints the token and the environment variables that point proxmox-mcp (or any Proxmox client) at it.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd) },
	}
	f := cmd.Flags()
	f.StringVar(&o.listen, "listen", "127.0.0.1:8006", "address of the Proxmox VE API (empty: do not serve PVE)")
	f.StringVar(&o.pbsListen, "pbs-listen", "127.0.0.1:8007", "address of the Proxmox Backup Server API (empty: do not serve PBS)")
	f.BoolVar(&o.insecureHTTP, "insecure-http", false, "serve plain HTTP instead of HTTPS with a self-signed certificate")
	f.BoolVar(&o.allowRemote, "allow-remote", false, "allow listening on non-loopback addresses (anyone who can reach it can use the printed token)")
	f.DurationVar(&o.taskDuration, "task-duration", sim.DefaultTaskDuration, "how long simulated tasks run")
	f.Int64Var(&o.seed, "seed", 1, "seed for the simulated data and UPIDs")
	f.DurationVar(&o.latency, "latency", 0, "latency added to every request")
	f.Float64Var(&o.errorRate, "error-rate", 0, "fraction (0..1) of requests answered with an injected 500 error")
	f.StringVar(&o.tokenSecret, "token-secret", "", "API token secret to accept (default: a random one, printed)")
	o.releases.register(cmd)
	return cmd
}

func (o *simOptions) run(cmd *cobra.Command) error {
	if err := o.check(); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s := sim.New(o.options())
	served, err := s.Serve(ctx, o.listen, o.pbsListen, !o.insecureHTTP)
	if err != nil {
		return err
	}
	printSimInfo(cmd.OutOrStdout(), s, served)
	<-ctx.Done()
	fmt.Fprintln(cmd.ErrOrStderr(), "proxmox-mcp sim: shutting down")
	return served.Wait()
}

// check refuses what would expose the simulator by accident.
func (o *simOptions) check() error {
	if o.listen == "" && o.pbsListen == "" {
		return fmt.Errorf("nothing to serve: give --listen or --pbs-listen an address")
	}
	for flag, addr := range map[string]string{"--listen": o.listen, "--pbs-listen": o.pbsListen} {
		if addr != "" && !o.allowRemote && !sim.IsLoopback(addr) {
			return fmt.Errorf("%s %q is not a loopback address: the simulator accepts a printed token and has no real security; use 127.0.0.1 or add --allow-remote", flag, addr)
		}
	}
	if o.errorRate < 0 || o.errorRate > 1 {
		return fmt.Errorf("--error-rate must be between 0 and 1, got %v", o.errorRate)
	}
	return o.releases.check()
}

// options: the token secret and password are random unless given, so a
// simulator reachable by others is not opened by a well-known secret.
func (o *simOptions) options() sim.Options {
	secret := o.tokenSecret
	if secret == "" {
		secret = randomUUID()
	}
	return o.releases.options(sim.Options{
		Seed: o.seed, TaskDuration: o.taskDuration,
		Token: sim.TokenSpec{Secret: secret}, PBSToken: sim.TokenSpec{Secret: secret},
		SecretSeed: secret,
		Password:   randomUUID()[:18],
		Faults:     sim.Faults{Latency: o.latency, ErrorRate: o.errorRate},
	})
}

// releaseFlags are --pve-release and --pbs-release: the pinned releases
// the simulator presents (sim and serve --demo).
type releaseFlags struct{ pve, pbs string }

func (r *releaseFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&r.pve, "pve-release", "", releaseUsage(catalog.PVE))
	f.StringVar(&r.pbs, "pbs-release", "", releaseUsage(catalog.PBS))
}

func releaseUsage(p catalog.Product) string {
	rs := sim.Releases(p)
	return fmt.Sprintf("%s release the simulator presents: %s (default %s, the newest)", p.Title(), strings.Join(rs, ", "), rs[len(rs)-1])
}

// check accepts only the pinned releases of each product.
func (r *releaseFlags) check() error {
	for _, f := range []struct {
		name, value string
		product     catalog.Product
	}{{"--pve-release", r.pve, catalog.PVE}, {"--pbs-release", r.pbs, catalog.PBS}} {
		if err := sim.CheckRelease(f.product, f.value); err != nil {
			return fmt.Errorf("%s %s: %w", f.name, f.value, err)
		}
	}
	return nil
}

// options sets the releases on the simulator's options; check them first.
func (r *releaseFlags) options(o sim.Options) sim.Options {
	o.PVERelease, o.PBSRelease = r.pve, r.pbs
	return o
}

func randomUUID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

func printSimInfo(w io.Writer, s *sim.Simulator, sv *sim.Served) {
	fmt.Fprintln(w, "Proxmox simulator running. Press Ctrl-C to stop.")
	for _, p := range []struct {
		product catalog.Product
		url     string
	}{{catalog.PVE, sv.PVEURL}, {catalog.PBS, sv.PBSURL}} {
		if p.url != "" {
			fmt.Fprintf(w, "  %-22s %s/api2/json (release %s)\n", p.product.Title()+":", p.url, s.Release(p.product))
		}
	}
	if sv.Fingerprint != "" {
		fmt.Fprintf(w, "  TLS fingerprint:       %s (self-signed, SHA-256)\n", sv.Fingerprint)
	}
	fmt.Fprintf(w, "  API token:             %s  secret %s\n", s.TokenID(catalog.PVE), s.TokenSecret(catalog.PVE))
	fmt.Fprintf(w, "  Login (tickets):       %s  password %s\n\n", s.Username(), s.Password())
	fmt.Fprintln(w, "Point proxmox-mcp at it:")
	printEnv(w, "PVE", sv.PVEURL, s.TokenID(catalog.PVE), s.TokenSecret(catalog.PVE), sv.Fingerprint)
	printEnv(w, "PBS", sv.PBSURL, s.TokenID(catalog.PBS), s.TokenSecret(catalog.PBS), sv.Fingerprint)
	printScopedTokens(w, s, sv)
}

// printScopedTokens lists the seeded tokens with limited permissions, to
// try what an assistant holding them is offered and refused.
func printScopedTokens(w io.Writer, s *sim.Simulator, sv *sim.Served) {
	urls := map[catalog.Product]string{catalog.PVE: sv.PVEURL, catalog.PBS: sv.PBSURL}
	first := true
	for _, t := range s.SeededTokens() {
		if t.ID == s.TokenID(t.Product) || urls[t.Product] == "" {
			continue
		}
		if first {
			fmt.Fprintln(w, "\nTokens with limited permissions (privilege-separated; their users hold the same ACL):")
			first = false
		}
		fmt.Fprintf(w, "  %s: %s (%s)\n", t.ID, t.Summary, strings.Join(t.Grants, ", "))
		printEnv(w, strings.ToUpper(string(t.Product)), urls[t.Product], t.ID, t.Secret, sv.Fingerprint)
	}
}

// printEnv prints shell assignments; the token ID is single-quoted
// because "!" triggers history expansion in interactive shells.
func printEnv(w io.Writer, prefix, url, id, secret, fp string) {
	if url == "" {
		return
	}
	fmt.Fprintf(w, "  export %s_BASE_URL=%s %s_TOKEN_ID='%s' %s_TOKEN_SECRET=%s", prefix, url, prefix, id, prefix, secret)
	if fp != "" {
		fmt.Fprintf(w, " %s_TLS_FINGERPRINT=%s", prefix, fp)
	}
	fmt.Fprintln(w)
}
