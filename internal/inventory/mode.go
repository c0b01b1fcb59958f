package inventory

import "fmt"

// Mode selects which operations are registered as tools of their own.
// Whatever the mode, every operation the session may use is reachable
// through the front door (unless the front door is switched off, in which
// case the individually registered tools are all there is).
type Mode string

// The modes.
const (
	// ModeDefault registers the front door, the policy's core set and, when
	// a category allowlist is given, every operation of those categories.
	ModeDefault Mode = "default"
	// ModeAll registers every allowed operation as its own tool.
	ModeAll Mode = "all"
	// ModeFrontDoor registers only the front-door tools and the task tool.
	ModeFrontDoor Mode = "front-door"
)

// Modes lists the valid modes for messages and docs.
var Modes = []Mode{ModeDefault, ModeAll, ModeFrontDoor}

// ParseMode validates a mode name.
func ParseMode(s string) (Mode, error) {
	for _, m := range Modes {
		if string(m) == s {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown mode %q (valid: default, all, front-door)", clip(s))
}

// clip shortens a caller's text quoted in a message.
func clip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
