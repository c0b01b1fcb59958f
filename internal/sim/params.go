package sim

import (
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// checkParams reads a request's path values and wire parameters into the
// operation's typed arguments with package wire — the rules the client
// prepares requests with — and words what it refuses as the product does:
// PVE's "400 Parameter verification failed." with one message per
// parameter, PBS's parameter error text.
func checkParams(p catalog.Product, op *catalog.Operation, path map[string]string, params *wire.Params) (map[string]any, *apiError) {
	d := dialectOf(p)
	args, problems := wire.Decode(op, path, params, wire.DecodeOptions{JoinRepeats: !d.pbs})
	if len(problems) == 0 {
		if e := checkCPUModels(op, args); e != nil {
			return nil, e
		}
		return args, nil
	}
	e := &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."}
	keyed := map[string]map[string]string{} // wire name → key → message
	for _, pr := range problems {
		switch {
		case pr.Key != "" && pr.Kind != wire.Syntax:
			// check_object of the parsed keys: PVE's "format error"
			if keyed[pr.Wire] == nil {
				keyed[pr.Wire] = map[string]string{}
			}
			keyed[pr.Wire][pr.Key] = d.message(pr)
		case pr.Kind == wire.Requires:
			e.add(pr.Want, d.requiredBy(pr.Param))
		default:
			e.add(errorKey(pr), d.message(pr))
		}
	}
	for name, keys := range keyed {
		e.add(name, d.formatErrors(name, keys))
	}
	return nil, e
}

// errorKey is the parameter an error is reported under.
func errorKey(pr wire.Problem) string {
	if pr.Wire != "" {
		return pr.Wire
	}
	if pr.Param != "" {
		return pr.Param
	}
	return "_root"
}

// message words one problem as the product's schema checker does.
func (d dialect) message(pr wire.Problem) string {
	switch pr.Kind {
	case wire.Missing:
		return d.missing()
	case wire.Unknown:
		return d.unknown()
	case wire.Syntax:
		return d.badFormat(pr.Detail)
	case wire.Duplicate:
		return d.duplicate()
	case wire.Type:
		return d.badType(pr.Want, pr.Got)
	case wire.Enum:
		return d.notInEnum(pr.Got, pr.Enum)
	case wire.Pattern:
		return d.noMatch()
	case wire.Format:
		return d.badFormat(pr.Detail)
	case wire.TooShort:
		return d.tooShort(pr.Limit)
	case wire.TooLong:
		return d.tooLong(pr.Limit)
	case wire.BelowMin:
		return d.belowMinimum(pr.Limit, pr.Got)
	case wire.AboveMax:
		return d.aboveMaximum(pr.Limit, pr.Got)
	}
	return pr.Detail
}

// formatErrors renders the key problems of one property string: PVE's
// "format error" exception text, or PBS's parameter error list.
func (d dialect) formatErrors(wireName string, problems map[string]string) string {
	keys := make([]string, 0, len(problems))
	for k := range problems {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if d.pbs {
		e := &apiError{}
		for _, k := range keys {
			e.add(k, problems[k])
		}
		return pbsParameterMessage(e)
	}
	lines := []string{"format error"}
	for _, k := range keys {
		lines = append(lines, fmt.Sprintf("%s.%s: %s", wireName, k, problems[k]))
	}
	return d.badFormat(strings.Join(lines, "\n"))
}
