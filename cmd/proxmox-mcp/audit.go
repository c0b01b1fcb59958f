package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
)

func init() { register(newAuditCommand) }

func newAuditCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "Work with the hash-chained audit log",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "verify FILE",
		Short: "Check an audit log's hash chain: prints the record count, or the first broken line (exit status 1)",
		Long: "Check an audit log's hash chain and sequence: it detects a line that was removed, edited, reordered, " +
			"inserted or cut short, and a removed first line. Records removed from the end leave a valid chain: " +
			"keep the printed last hash elsewhere and compare it later to detect that. - reads standard input.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return verifyAuditLog(cmd.OutOrStdout(), cmd.InOrStdin(), args[0])
		},
	})
	return cmd
}

// errChainBroken makes the command exit with status 1 after it printed
// where the chain breaks.
var errChainBroken = errors.New("the audit log's chain is broken")

func verifyAuditLog(w io.Writer, stdin io.Reader, path string) error {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	rep, err := audit.Verify(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if b := rep.Break; b != nil {
		fmt.Fprintf(w, "%s: line %d: %s (%s)\n", path, b.Line, b.Detail, b.Problem)
		fmt.Fprintf(w, "%d records intact before it\n", rep.Records)
		return errChainBroken
	}
	fmt.Fprintf(w, "%d records, chain intact\nlog %s, last line sha256 %s\n", rep.Records, rep.LogID, rep.Last)
	return nil
}
