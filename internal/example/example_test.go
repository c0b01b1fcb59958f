package example

import (
	"regexp"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/validate"
)

// Every operation's example validates against its own schema.
func TestEveryExampleValidates(t *testing.T) {
	n := 0
	for _, op := range apis.Operations() {
		args := Arguments(op)
		if err := validate.Args(op, args); err != nil {
			t.Errorf("%s: example %v does not validate: %v", op.Name, args, err)
		}
		n++
	}
	t.Logf("%d operations, every example valid", n)
}

func TestExamplesUseRealisticHints(t *testing.T) {
	op := apis.Lookup("pve_get_nodes_qemu_status_current")
	args := Arguments(op)
	if args["node"] != "pve1" || args["vmid"] != 100 {
		t.Errorf("args = %v", args)
	}
}

func TestMatching(t *testing.T) {
	for _, p := range []string{
		`^(?:[a-zA-Z0-9\-]+)$`,
		`^(?:(?i:[a-z0-9_][a-z0-9_\-\+\.]*))$`,
		`^UPID:(?P<node>[a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?):(?P<pid>[0-9A-Fa-f]{8}):$`,
		`^(?:[0-9a-fA-F][0-9a-fA-F])(?::[0-9a-fA-F][0-9a-fA-F]){31}$`,
		`^(?:(ide|sata|scsi|virtio)[\p{Nd}]+)$`,
		`^[^\x00-\x1F\x7F <>#"]*$`,
	} {
		s, ok := Matching(p)
		if !ok || !regexp.MustCompile(p).MatchString(s) {
			t.Errorf("Matching(%q) = %q, %v", p, s, ok)
		}
	}
	if _, ok := Matching(`[^\x00-\x{10FFFF}]`); ok {
		t.Error("a pattern matching nothing yielded a string")
	}
}
