package access

import (
	"strconv"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Most operations share their permission check with others: every guest
// config read asks VM.Audit on /vms/{vmid}, every datastore read the same
// privileges on /datastore/{store}. Availability depends on an operation
// only through what its check reads, so a Subject answers each distinct
// check once and every operation that shares it gets the same answer —
// the inventory asks for each of some two thousand operations at start.

// checkShape writes what Availability reads of op into buf: the product,
// the user clause, the check tree, and where the daemon's answer depends
// on more than the tree (the method for an account check with groups, the
// parameters the URI carries on PBS), that too. Two operations with the
// same shape have the same Availability for one Subject.
func checkShape(buf []byte, op *catalog.Operation) []byte {
	perm := op.Permissions
	buf = append(buf, op.Product...)
	buf = append(buf, '|')
	buf = append(buf, perm.User...)
	buf = append(buf, '|')
	if perm.Check == nil {
		return buf
	}
	buf = appendCheck(buf, perm.Check)
	if usesMethod(perm.Check) {
		buf = append(buf, '|')
		buf = append(buf, op.Method...)
	}
	if op.Product == catalog.PBS {
		// PBS checks see only the URI's parameters (stringParams).
		buf = append(buf, '|')
		for i := range op.Params {
			if p := &op.Params[i]; p.Location == catalog.InPath {
				buf = append(buf, p.Name...)
				buf = append(buf, ',')
			}
		}
	}
	return buf
}

// appendCheck serialises a check tree; the lengths keep fields from
// running into each other whatever they contain.
func appendCheck(buf []byte, c *catalog.Check) []byte {
	buf = appendField(buf, c.Kind)
	buf = appendField(buf, c.Path)
	buf = appendField(buf, c.Param)
	buf = append(buf, flag(c.Any), flag(c.Partial))
	buf = strconv.AppendInt(buf, int64(len(c.Privs)), 10)
	for _, p := range c.Privs {
		buf = appendField(buf, p)
	}
	buf = append(buf, '(')
	for i := range c.Of {
		buf = appendCheck(buf, &c.Of[i])
	}
	return append(buf, ')')
}

func appendField(buf []byte, s string) []byte {
	buf = strconv.AppendInt(buf, int64(len(s)), 10)
	buf = append(buf, ':')
	return append(buf, s...)
}

func flag(b bool) byte {
	if b {
		return '1'
	}
	return '0'
}

// usesMethod: useridGroup tells a new account (POST) from an existing
// one by the method.
func usesMethod(c *catalog.Check) bool {
	if c.Kind == "userid-group" {
		return true
	}
	for i := range c.Of {
		if usesMethod(&c.Of[i]) {
			return true
		}
	}
	return false
}
