package wire

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Task is a task's unique process ID (UPID), parsed.
//
//	PVE: UPID:node:pid:pstart:starttime:type:id:user:
//	PBS: UPID:node:pid:pstart:task_id:starttime:type:id:authid:
//
// pid, pstart, task_id and starttime are hexadecimal (PVE writes 8
// digits, proxmox/pve-common src/PVE/Tools.pm upid_encode; PBS likewise,
// pbs-api-types UPID); PBS writes the worker id systemd-escaped.
type Task struct {
	UPID      string          `json:"upid"`
	Product   catalog.Product `json:"product"`
	Node      string          `json:"node"`
	Type      string          `json:"type"`
	ID        string          `json:"id,omitempty"`
	User      string          `json:"user"`
	PID       int64           `json:"pid"`
	PStart    int64           `json:"-"`
	TaskID    int64           `json:"-"` // PBS only
	StartTime time.Time       `json:"start_time"`
}

// FormatUPID writes a task's UPID as its product does.
func FormatUPID(t Task) string {
	if t.Product == catalog.PBS {
		return fmt.Sprintf("UPID:%s:%08X:%08X:%08X:%08X:%s:%s:%s:", t.Node, t.PID, t.PStart, t.TaskID, t.StartTime.Unix(), t.Type, systemdEscape(t.ID), t.User)
	}
	return fmt.Sprintf("UPID:%s:%08X:%08X:%08X:%s:%s:%s:", t.Node, t.PID, t.PStart, t.StartTime.Unix(), t.Type, t.ID, t.User)
}

// The UPID syntax each product accepts: PVE's PVE::UPID::decode
// (proxmox/pve-common src/PVE/UPID.pm) and PBS's UPID schema pattern
// (published in its apidoc.js, pbs-api-types).
var (
	pveUPID = regexp.MustCompile(`^UPID:([a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?):([0-9A-Fa-f]{8}):([0-9A-Fa-f]{8,9}):([0-9A-Fa-f]{8}):([^:\s/]+):([^:\s/]*):([^:\s/]+):$`)
	pbsUPID = regexp.MustCompile(`^UPID:([a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?):([0-9A-Fa-f]{8}):([0-9A-Fa-f]{8,9}):([0-9A-Fa-f]{8,16}):([0-9A-Fa-f]{8}):([^:\s]+):([^:\s]*):([^:\s]+):$`)
)

// ParseUPID parses either product's UPID; ok is false for anything else.
func ParseUPID(s string) (Task, bool) {
	if len(s) > maxUPID {
		return Task{}, false
	}
	if m := pveUPID.FindStringSubmatch(s); m != nil {
		t := Task{UPID: s, Product: catalog.PVE, Node: m[1], Type: m[5], ID: m[6], User: m[7]}
		return t, t.setNumbers(m[2], m[3], m[4])
	}
	if m := pbsUPID.FindStringSubmatch(s); m != nil {
		t := Task{UPID: s, Product: catalog.PBS, Node: m[1], Type: m[6], ID: systemdUnescape(m[7]), User: m[8]}
		id, err := strconv.ParseInt(m[4], 16, 64)
		t.TaskID = id
		return t, err == nil && t.setNumbers(m[2], m[3], m[5])
	}
	return Task{}, false
}

// setNumbers reads the hexadecimal pid, pstart and start time.
func (t *Task) setNumbers(pid, pstart, start string) bool {
	var err [3]error
	t.PID, err[0] = strconv.ParseInt(pid, 16, 64)
	t.PStart, err[1] = strconv.ParseInt(pstart, 16, 64)
	var st int64
	st, err[2] = strconv.ParseInt(start, 16, 64)
	t.StartTime = time.Unix(st, 0).UTC()
	return err[0] == nil && err[1] == nil && err[2] == nil
}

// ParseUPIDValue recognises a result that is a bare UPID string: most
// writes that start work answer so, whatever their schema says.
func ParseUPIDValue(data json.RawMessage) (Task, bool) {
	var s string
	if len(data) < 10 || data[0] != '"' || json.Unmarshal(data, &s) != nil {
		return Task{}, false
	}
	return ParseUPID(s)
}

// systemdEscape is how PBS writes a worker id into a UPID (proxmox-sys
// systemd::escape_unit): '/' becomes '-', letters, digits, '_' and a '.'
// that does not lead are kept, every other byte is \xNN.
func systemdEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '/':
			b.WriteByte('-')
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '.' && i > 0:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, `\x%02x`, c)
		}
	}
	return b.String()
}

// systemdUnescape undoes systemdEscape ("store1\x3avm-100" →
// "store1:vm/100").
func systemdUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+3 < len(s) && s[i+1] == 'x':
			if v, err := strconv.ParseUint(s[i+2:i+4], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
			b.WriteByte(s[i])
		case s[i] == '-':
			b.WriteByte('/')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// maxUPID bounds a UPID: node names, types, ids and user ids are short.
const maxUPID = 512
