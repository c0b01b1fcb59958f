package search

import (
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Many operations' own words are thin ("Directory index.", "Read
// datastore stats", "Execute get-fsinfo."), while people write the words
// of Proxmox's web UI: "Resize Disk", "Move Storage", "Convert to
// template", "Bulk Start", "Garbage Collection". guiLabelsPVE
// (gui_labels_pve.go, from pve-manager's www/manager6) and guiLabelsPBS
// (gui_labels_pbs.go, from proxmox-backup's www and the widget toolkit
// both products share) hold the labels the UI shows where it calls an
// operation: menu items, buttons, window and panel titles, the headers of
// the grid a read fills, the fields of the window that submits a write.
// They are indexed as a field of their own (fieldLabels) that says what
// the operation is, like its summary.

// guiLabel is the UI's labels for one operation.
type guiLabel struct {
	op     string // METHOD and catalog path: "PUT /nodes/{node}/qemu/{vmid}/resize"
	labels string // comma-separated, as the UI writes them
}

// guiLabelsByCall merges both tables by method and path. A path both
// products have (the widget toolkit's node panels: DNS, time, APT) gets
// the same labels in both.
var guiLabelsByCall = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, table := range [][]guiLabel{guiLabelsPVE, guiLabelsPBS} {
		for _, l := range table {
			if prev, ok := out[l.op]; ok {
				out[l.op] = prev + ", " + l.labels
				continue
			}
			out[l.op] = l.labels
		}
	}
	return out
})

// guiCallKey is how the tables name op.
func guiCallKey(op *catalog.Operation) string {
	return op.Method + " " + op.Path
}

// guiLabelsOf returns the UI's labels for op as one text ("" when the UI
// shows none), without the window chrome every edit window has.
func guiLabelsOf(op *catalog.Operation) string {
	return labelsText(guiLabelsByCall()[guiCallKey(op)])
}

// labelsText joins comma-separated labels into text, leaving out chrome.
func labelsText(labels string) string {
	var kept []string
	for _, l := range strings.Split(labels, ",") {
		if l = strings.TrimSpace(l); l != "" && !uiChrome[strings.ToLower(l)] {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, " ")
}

// uiChrome are labels of nearly every window and grid: the buttons that
// open them (the method says as much) and their generic fields. As the
// words of one operation they would mislead: the "Enable" checkbox of a
// firewall rule is not how a firewall is enabled.
var uiChrome = setOf(`edit add remove delete create name comment enable enabled
	disable id type description key value ok reset`)
