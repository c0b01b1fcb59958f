package sim

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// registerBackupHandlers registers the stateful handlers of this file (see handlerTable).
func registerBackupHandlers() {
	handle(catalog.PVE, "POST /nodes/{node}/vzdump", vzdump)
}

// vzdump backs up the node's guests named by vmid (or all=1). The backup
// lands where the storage says: a file on a directory storage, or a
// snapshot on the backup server behind a "pbs" storage.
func vzdump(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		storeID := orText(c.str("storage"), "local")
		s := st.storages[storeID]
		if s == nil {
			return nil, internalError("storage '%s' does not exist", storeID)
		}
		if !s.hasContent("backup") {
			return nil, internalError("storage '%s' does not support backups", storeID)
		}
		guests, skipped := st.backupSelection(c)
		if !c.has("vmid") && !c.flag("all") && !c.has("pool") {
			// PVE::VZDump::verify_vzdump_parameters raises this as a
			// parameter exception.
			e := errorf(http.StatusBadRequest, "Parameter verification failed.")
			e.add("vmid", "property is missing")
			return nil, e
		}
		id := ""
		if len(guests) == 1 {
			id = fmt.Sprint(guests[0].vmid)
		}
		spec := taskSpec{product: catalog.PVE, node: c.nodeName(), typ: "vzdump", id: id, authid: c.authid(),
			log:    []string{fmt.Sprintf("INFO: starting new backup job: vzdump %s --storage %s --mode %s", strings.Join(c.vmidArgs(), " "), storeID, orText(c.str("mode"), "snapshot"))},
			effect: st.backupEffect(s, guests, c.authid())}
		if len(skipped) > 0 {
			spec.log = append(spec.log, "INFO: skip external VMs: "+strings.Join(skipped, ", "))
		}
		return st.startTask(now, spec).upid, nil
	})
}

func (c *call) vmidArgs() []string {
	if c.flag("all") {
		return []string{"--all"}
	}
	return wire.SplitList(c.str("vmid"))
}

// backupSelection splits the requested guests into those on this node and
// those elsewhere (vzdump skips "external" guests).
func (st *state) backupSelection(c *call) (mine []*guest, skipped []string) {
	node := c.nodeName()
	if c.flag("all") {
		for _, g := range st.sortedGuests() {
			if g.node == node && !g.template {
				mine = append(mine, g)
			}
		}
		return mine, nil
	}
	for _, v := range wire.SplitList(c.str("vmid")) {
		g := st.guests[atoiDefault(v, 0)]
		switch {
		case g == nil:
			skipped = append(skipped, v)
		case g.node != node:
			skipped = append(skipped, v)
		default:
			mine = append(mine, g)
		}
	}
	return mine, skipped
}

func (st *state) backupEffect(s *storage, guests []*guest, authid string) func(t *task) error {
	return func(t *task) error {
		for _, g := range guests {
			if st.guests[g.vmid] != g {
				return taskErrorf("job errors")
			}
			t.log = append(t.log, fmt.Sprintf("INFO: Starting Backup of %s (%s)", g.noun(), g.kind), fmt.Sprintf("INFO: Backup started at %s", t.start.UTC().Format("2006-01-02 15:04:05")))
			st.storeBackup(s, g, t.end, authid)
			t.log = append(t.log, fmt.Sprintf("INFO: Finished Backup of %s (00:00:%02d)", g.noun(), int(t.end.Sub(t.start).Seconds())%60))
		}
		t.log = append(t.log, "INFO: Backup job finished successfully")
		return nil
	}
}

func (st *state) storeBackup(s *storage, g *guest, at time.Time, authid string) {
	if s.Type == "pbs" {
		st.pbs.addBackup(s.Datastore, g, at, authid)
		return
	}
	kind := map[string]string{"qemu": "qemu", "lxc": "lxc"}[g.kind]
	ext := map[string]string{"qemu": "vma.zst", "lxc": "tar.zst"}[g.kind]
	key := volumeKey(s.ID, g.node, s.Shared)
	st.volumes[key] = append(st.volumes[key], &volume{
		Volid:   fmt.Sprintf("%s:backup/vzdump-%s-%d-%s.%s", s.ID, kind, g.vmid, at.UTC().Format("2006_01_02-15_04_05"), ext),
		Content: "backup", Format: ext, Size: g.maxDisk() / 3, CTime: at.Unix(), VMID: g.vmid, Notes: g.name(),
	})
}
