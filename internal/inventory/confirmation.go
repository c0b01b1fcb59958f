package inventory

import (
	"fmt"
	"time"
)

// Elicitation says who confirms a call that needs confirmation. The
// model's confirm: true proves that the model read a warning; a person
// asked through MCP elicitation proves that someone agreed. It is a
// session setting like the tier, so it lives here, below both the
// configuration and the server.
type Elicitation string

const (
	// ElicitPrefer asks the person when the client can (the model's
	// confirm is then neither needed nor enough), and takes confirm: true
	// from clients that cannot.
	ElicitPrefer Elicitation = "prefer"
	// ElicitRequire asks the person, and refuses confirm-gated calls from
	// clients that cannot ask one.
	ElicitRequire Elicitation = "require"
	// ElicitOff never asks: confirm: true alone confirms (scripted use).
	ElicitOff Elicitation = "off"
)

// EnvElicitation names the setting in messages.
const EnvElicitation = "PROXMOX_MCP_ELICITATION"

// DefaultElicitationTimeout bounds how long a person may take to answer.
const DefaultElicitationTimeout = 5 * time.Minute

// ParseElicitation reads a setting's value.
func ParseElicitation(v string) (Elicitation, error) {
	switch e := Elicitation(v); e {
	case ElicitPrefer, ElicitRequire, ElicitOff:
		return e, nil
	}
	return "", fmt.Errorf("%q is not one of prefer, require, off", v)
}
