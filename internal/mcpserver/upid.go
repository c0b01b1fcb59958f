package mcpserver

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Task is a parsed UPID (unique process ID) of a Proxmox task.
//
//	PVE: UPID:node:pid:pstart:starttime:type:id:user:
//	PBS: UPID:node:pid:pstart:task_id:starttime:type:id:user:
//
// pid, pstart, task_id and starttime are hexadecimal.
type Task struct {
	UPID      string          `json:"upid"`
	Product   catalog.Product `json:"product"`
	Node      string          `json:"node"`
	Type      string          `json:"type"`
	ID        string          `json:"id,omitempty"`
	User      string          `json:"user"`
	PID       int64           `json:"pid"`
	StartTime time.Time       `json:"start_time"`
}

// ParseUPID parses either product's UPID; ok is false for anything else.
func ParseUPID(s string) (Task, bool) {
	if !strings.HasPrefix(s, "UPID:") || !strings.HasSuffix(s, ":") || strings.ContainsAny(s, " \t\n") {
		return Task{}, false
	}
	f := strings.Split(strings.TrimSuffix(s, ":"), ":")
	var t Task
	var start string
	switch len(f) {
	case 8: // UPID node pid pstart starttime type id user
		t = Task{Product: catalog.PVE, Node: f[1], Type: f[5], ID: f[6], User: f[7]}
		start = f[4]
	case 9: // UPID node pid pstart task_id starttime type id user
		t = Task{Product: catalog.PBS, Node: f[1], Type: f[6], ID: unescapePBS(f[7]), User: f[8]}
		start = f[5]
	default:
		return Task{}, false
	}
	pid, err1 := strconv.ParseInt(f[2], 16, 64)
	st, err2 := strconv.ParseInt(start, 16, 64)
	if err1 != nil || err2 != nil || t.Node == "" || t.Type == "" || t.User == "" {
		return Task{}, false
	}
	t.UPID, t.PID, t.StartTime = s, pid, time.Unix(st, 0).UTC()
	return t, true
}

// unescapePBS undoes PBS's systemd-style escaping of worker IDs
// ("store1\x3avm-100" → "store1:vm-100").
func unescapePBS(s string) string {
	if !strings.Contains(s, `\x`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) && s[i+1] == 'x' {
			if v, err := strconv.ParseUint(s[i+2:i+4], 16, 8); err == nil {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
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
