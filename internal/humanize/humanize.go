// Package humanize makes Proxmox's raw numbers readable without changing
// them: beside every number the catalog names (catalog.Operation.Human)
// it writes a companion in its unit — "mem": 9744207052 gets
// "mem_human": "9.07 GiB" — and it summarises long time series (RRD
// data) in a few figures per member. The generator decides which numbers
// and which answers; this package only applies what the catalog says.
package humanize

import (
	"bytes"
	"encoding/json"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Apply returns op's answer with the companions its catalog entry names,
// and the summary of the answer when it is a series of at least
// SummaryMinPoints points (nil otherwise). Operations the catalog names
// nothing for cost nothing: data comes back as it is. So does data that
// is not shaped as the schema says, rather than half rewritten.
func Apply(op *catalog.Operation, data json.RawMessage) (out, summary json.RawMessage) {
	h := op.Human
	if h == nil {
		return data, nil
	}
	trimmed := bytes.TrimSpace(data)
	if h.Series != nil {
		if s := summarize(h.Series, trimmed); s != nil {
			summary = s
		}
	}
	if len(h.Fields) == 0 {
		return data, summary
	}
	rewritten, ok := planFor(h).rewrite(trimmed)
	if !ok {
		return data, summary
	}
	return rewritten, summary
}
