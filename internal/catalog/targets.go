package catalog

import "strings"

// GuestKind names the guest type an operation acts on: the path segment
// under /nodes/{node} that holds its {vmid}.
type GuestKind string

// The guest kinds.
const (
	QEMU GuestKind = "qemu"
	LXC  GuestKind = "lxc"
)

// Title is how messages name a guest of this kind.
func (k GuestKind) Title() string {
	if k == LXC {
		return "Container"
	}
	return "VM"
}

// Other is the kind an operation on k would have for the other guest type.
func (k GuestKind) Other() GuestKind {
	if k == LXC {
		return QEMU
	}
	return LXC
}

// GuestPath returns path rewritten for the other guest type
// (/nodes/{node}/qemu/{vmid}/status/reboot → /nodes/{node}/lxc/{vmid}/status/reboot),
// or "" when op does not act on one guest.
func (op *Operation) GuestPath(kind GuestKind) string {
	if op.Guest == "" {
		return ""
	}
	return strings.Replace(op.Path, "/"+string(op.Guest)+"/", "/"+string(kind)+"/", 1)
}
