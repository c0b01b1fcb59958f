package catalog

// The control arguments are the MCP server's own: the generator lists them
// in each operation's tool schema beside its parameters, and the server
// takes them out before it prepares the request, so they never reach
// Proxmox.
const (
	ControlConfirm = "confirm"        // on writes: run an operation that needs confirmation
	ControlDryRun  = "dry_run"        // on writes: show the plan, send nothing
	ControlWait    = "wait"           // where a task may start: seconds to wait for it
	ControlContent = "content_base64" // on uploads: the file
)

// Controls lists the control arguments op takes, in schema order. A
// parameter of op's own with the same name wins: it is not a control.
func (op *Operation) Controls() []string {
	var out []string
	add := func(name string, takes bool) {
		if takes && op.Param(name) == nil {
			out = append(out, name)
		}
	}
	write := op.Method != "GET"
	add(ControlConfirm, write)
	add(ControlDryRun, write)
	add(ControlWait, op.StartsTask)
	add(ControlContent, op.Transfer.Upload())
	return out
}

// IsControl reports whether name is one of op's control arguments.
func (op *Operation) IsControl(name string) bool {
	for _, c := range op.Controls() {
		if c == name {
			return true
		}
	}
	return false
}
