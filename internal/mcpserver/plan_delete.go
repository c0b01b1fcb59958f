package mcpserver

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// planListShown bounds the entries of a list a delete plan shows.
const planListShown = 5

// writeDelete shows what a DELETE removes, as Proxmox's reads show it:
//  1. the GET of the same path, when it answers an object: in both APIs
//     that is the object itself (a user, a storage, a datastore, a job);
//  2. else, for a path ending in an identifier, the entry of the list one
//     level up that has it (a snapshot in …/snapshot, a task in
//     …/tasks): the GET of such a path is a directory index, not the
//     object;
//  3. else the list the GET of the same path answers, narrowed to the
//     entries that match the request's own parameters (a PBS backup
//     group or snapshot, named by backup-type, backup-id, backup-time).
func writeDelete(b *strings.Builder, pr *planReader, req *wire.Request, mask *audit.Masker) {
	op := req.Op
	twin := getOp(op.Product, op.Path)
	if twin != nil && (twin.ReturnsType == "object" || twin.ReturnsType == "") {
		res := pr.read(twin, pathArgs(twin, req))
		if obj := decodeObject(res.data); obj != nil || res.failed() || twin.ReturnsType == "object" {
			writeDeletedObject(b, res, obj, mask)
			return
		}
	}
	if parent, idParam := parentList(op); parent != nil {
		writeListEntry(b, pr.read(parent, pathArgs(parent, req)), idParam, fmt.Sprint(req.Args[idParam]), mask)
		return
	}
	if twin != nil && narrowsList(twin, req) {
		writeMatching(b, pr.read(twin, pathArgs(twin, req)), req, mask)
		return
	}
	b.WriteString("Current state: not read (neither the GET of this path nor the list above it names what this deletes).\n")
}

func writeDeletedObject(b *strings.Builder, res readResult, obj map[string]any, mask *audit.Masker) {
	switch {
	case res.failed():
		fmt.Fprintf(b, "Current state: %s.\n", res.why())
	case obj == nil:
		fmt.Fprintf(b, "Current state: %s answered no object.\n", res.call)
	default:
		fmt.Fprintf(b, "What it deletes (read from %s):\n", res.call)
		writeObject(b, obj, mask)
	}
}

// parentList is the list one level up from a path that ends in an
// identifier ({snapname}), and that identifier's name.
func parentList(op *catalog.Operation) (*catalog.Operation, string) {
	i := strings.LastIndex(op.Path, "/")
	last := op.Path[i+1:]
	if i <= 0 || !strings.HasPrefix(last, "{") || !strings.HasSuffix(last, "}") {
		return nil, ""
	}
	parent := getOp(op.Product, op.Path[:i])
	if parent == nil || parent.ReturnsType != "array" {
		return nil, ""
	}
	return parent, strings.Trim(last, "{}")
}

// writeListEntry finds the entry an identifier names: by the member of
// the same name, else name, else id (a snapshot's {snapname} is its
// name, a Ceph monitor's {monid} too).
func writeListEntry(b *strings.Builder, res readResult, idParam, id string, mask *audit.Masker) {
	if res.failed() {
		fmt.Fprintf(b, "Current state: %s.\n", res.why())
		return
	}
	list, _ := decodeList(res.data)
	for _, key := range []string{idParam, "name", "id"} {
		for _, entry := range list {
			if entry[key] != nil && valueText(entry[key]) == id {
				fmt.Fprintf(b, "What it deletes (its entry in %s):\n", res.call)
				writeObject(b, entry, mask)
				return
			}
		}
	}
	fmt.Fprintf(b, "Current state: %s lists no entry %s (Proxmox would say it does not exist, or this token may not see it).\n",
		res.call, quoteIfNeeded(clippedText(id, 80)))
}

// narrowsList: the GET answers a list whose entries declare one of the
// request's own (non-path) arguments, which picks out what is deleted.
// Without one, the whole list is not what the request deletes (DELETE
// …/network reverts pending changes; it deletes no interface).
func narrowsList(list *catalog.Operation, req *wire.Request) bool {
	if list.ReturnsType != "array" {
		return false
	}
	var schema struct {
		Items struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"items"`
	}
	if json.Unmarshal([]byte(list.ReturnsSchema), &schema) != nil {
		return false
	}
	for name := range req.Args {
		if p := req.Op.Param(name); p != nil && p.Location != catalog.InPath && schema.Items.Properties[name] != nil {
			return true
		}
	}
	return false
}

// writeMatching shows the entries of a list that match every request
// parameter they carry.
func writeMatching(b *strings.Builder, res readResult, req *wire.Request, mask *audit.Masker) {
	if res.failed() {
		fmt.Fprintf(b, "Current state: %s.\n", res.why())
		return
	}
	list, ok := decodeList(res.data)
	if !ok {
		fmt.Fprintf(b, "Current state: %s answered no list of entries.\n", res.call)
		return
	}
	var match []map[string]any
	for _, entry := range list {
		if matchesRequest(entry, req) {
			match = append(match, entry)
		}
	}
	if len(match) == 0 {
		fmt.Fprintf(b, "Current state: %s lists no matching entry (Proxmox would say it does not exist, or this token may not see it).\n", res.call)
		return
	}
	if len(match) == 1 {
		fmt.Fprintf(b, "What it deletes (the matching entry in %s):\n", res.call)
		writeObject(b, match[0], mask)
		return
	}
	fmt.Fprintf(b, "What it deletes (%d matching entries in %s):\n", len(match), res.call)
	for i, entry := range match {
		if i == planListShown {
			fmt.Fprintf(b, "  … and %d more\n", len(match)-i)
			break
		}
		b.WriteString("  " + objectLine(entry, mask) + "\n")
	}
}

// matchesRequest: every argument of the request the entry also has, it
// has with the same value.
func matchesRequest(entry map[string]any, req *wire.Request) bool {
	for name, v := range req.Args {
		if got, ok := entry[name]; ok && valueText(got) != valueText(v) {
			return false
		}
	}
	return true
}
