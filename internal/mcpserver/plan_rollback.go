package mcpserver

import (
	"fmt"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// writeRollback: what rolling a guest back to a snapshot puts at stake.
// The facts are pve-guest-common's snapshot_rollback
// (src/PVE/AbstractConfig.pm): a running guest is stopped first, the
// snapshot's config and disks replace the current ones, disks added since
// become unused disks, and a snapshot with RAM starts the guest again.
// Newer snapshots stay in the config, but a storage whose snapshots are
// linear refuses the rollback while they exist (pve-storage
// src/PVE/Storage/ZFSPoolPlugin.pm, LVMPlugin.pm and Plugin.pm with
// snapshot-as-volume-chain: volume_rollback_is_possible).
func writeRollback(b *strings.Builder, pr *planReader, req *wire.Request) {
	g := guestOf(req)
	name := fmt.Sprint(req.Args["snapname"])
	fmt.Fprintf(b, "What rolling %s back to snapshot %s changes:\n", g.noun(), quoteIfNeeded(clippedText(name, 60)))
	list := guestRead(req, g.base()+"/snapshot")
	res := pr.readAll([]planRead{list})[0]
	if res.failed() {
		fmt.Fprintf(b, "  snapshots: %s\n", res.why())
		fmt.Fprintf(b, "  lost: the current state of %s, every disk write and configuration change since the snapshot\n", g.noun())
		return
	}
	snaps := snapshotList(res)
	target := findSnapshot(snaps, name)
	if target == nil {
		fmt.Fprintf(b, "  Proxmox refuses: %s has no such snapshot (\"snapshot '%s' does not exist\")\n", g.noun(), clippedText(name, 60))
		return
	}
	if state := valueText(target["snapstate"]); target["snapstate"] != nil && state != "" {
		fmt.Fprintf(b, "  Proxmox refuses: the snapshot is incomplete (\"unable to rollback to incomplete snapshot (snapstate = %s)\")\n", clippedText(state, 40))
	}
	fmt.Fprintf(b, "  lost: the current state of %s, every disk write and configuration change since %s\n", g.noun(), snapshotLabel(target))
	writeRollbackRun(b, g, res, target, requestFlags(req))
	writeNewerSnapshots(b, snaps, target)
	b.WriteString("  disks added since the snapshot are kept, as unused disks\n")
}

func findSnapshot(snaps []map[string]any, name string) map[string]any {
	for _, s := range snaps {
		if valueText(s["name"]) == name {
			return s
		}
	}
	return nil
}

// writeRollbackRun: whether the guest is stopped first, and whether it
// runs afterwards.
func writeRollbackRun(b *strings.Builder, g guest, res readResult, target map[string]any, flags flagSet) {
	running, known := currentRunning(res)
	switch {
	case !known:
		fmt.Fprintf(b, "  running: not known (%s)\n", whyUnknown(res))
	case running:
		b.WriteString("  running: yes; Proxmox stops it first\n")
	default:
		b.WriteString("  running: no\n")
	}
	switch {
	case truth(valueText(target["vmstate"])):
		b.WriteString("  afterwards: started again from the RAM the snapshot holds\n")
	case flags.on("start"):
		b.WriteString("  afterwards: started (start=1)\n")
	default:
		b.WriteString("  afterwards: stopped\n")
	}
}

// writeNewerSnapshots names the snapshots taken after the target.
func writeNewerSnapshots(b *strings.Builder, snaps []map[string]any, target map[string]any) {
	var newer []map[string]any
	for _, s := range snaps {
		if compareSnaptime(s, target) > 0 {
			newer = append(newer, s)
		}
	}
	if len(newer) == 0 {
		b.WriteString("  newer snapshots: none\n")
		return
	}
	fmt.Fprintf(b, "  newer snapshots (%d): %s. Proxmox keeps them, but on storages with linear snapshots "+
		"(ZFS; LVM or directories with snapshot-as-volume-chain) it refuses the rollback until they are deleted "+
		"(\"can't rollback, '%s' is not most recent snapshot on …\")\n",
		len(newer), snapshotNames(newer), clippedText(valueText(target["name"]), 60))
}
