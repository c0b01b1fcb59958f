package sim

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// registerPbsHandlers registers the stateful handlers of this file (see handlerTable).
func registerPbsHandlers() {
	p := catalog.PBS
	handle(p, "GET /version", pbsVersion)
	handle(p, "GET /admin/datastore", listDatastores)
	handle(p, "GET /admin/datastore/{store}/status", datastoreStatus)
	handle(p, "GET /status/datastore-usage", datastoreUsage)
	handle(p, "GET /admin/datastore/{store}/groups", listGroups)
	handle(p, "DELETE /admin/datastore/{store}/groups", deleteGroup)
	handle(p, "GET /admin/datastore/{store}/snapshots", listBackupSnapshots)
	handle(p, "DELETE /admin/datastore/{store}/snapshots", deleteBackupSnapshot)
	handle(p, "POST /admin/datastore/{store}/gc", startGC)
	handle(p, "GET /admin/datastore/{store}/gc", gcStatus)
	handle(p, "POST /admin/datastore/{store}/verify", startVerify)
	handle(p, "POST /admin/datastore/{store}/prune-datastore", startPruneDatastore)
	handle(p, "POST /admin/datastore/{store}/prune", pruneGroup)
	handle(p, "GET /config/datastore", listDatastoreConfig)
	handle(p, "GET /config/datastore/{name}", getDatastoreConfig)
	handle(p, "GET /admin/sync", listSyncJobs)
	handle(p, "GET /config/sync", listSyncJobs)
	handle(p, "POST /admin/sync/{id}/run", runSyncJob)
}

// pbsVersion answers as proxmox-backup's get_version: the release as
// "version", the patch level as "release" (releases.go).
func pbsVersion(c *call) (any, error) {
	return c.s.presented(catalog.PBS).versionInfo(catalog.PBS), nil
}

func (c *call) datastore(st *state) (*datastore, *apiError) {
	name := c.str("store")
	if name == "" {
		name = c.str("name")
	}
	d := st.pbs.datastores[name]
	if d == nil {
		return nil, errorf(http.StatusBadRequest, "datastore '%s' does not exist", name)
	}
	return d, nil
}

// listDatastores lists the stores the caller holds Datastore.Audit or
// Datastore.Backup on, or privileges on a namespace of, without the
// comment then (proxmox-backup api2/admin/datastore.rs get_datastore_list).
func listDatastores(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, name := range st.pbs.order {
			d := st.pbs.datastores[name]
			m := map[string]any{"store": d.Name, "comment": d.Comment, "backend-type": "filesystem", "mount-status": "nonremovable"}
			switch {
			case c.canAny(st, "/datastore/"+name, "Datastore.Audit", "Datastore.Backup"):
			case c.canBelow(st, "/datastore/"+name, "Datastore.Audit", "Datastore.Modify", "Datastore.Read", "Datastore.Backup"):
				delete(m, "comment")
			default:
				continue
			}
			out = append(out, m)
		}
		return out, nil
	})
}

// counts are snapshot and group counts by backup type.
func (d *datastore) counts() map[string]any {
	groups := map[string]map[string]bool{}
	snaps := map[string]int{}
	for _, s := range d.snaps {
		if groups[s.Type] == nil {
			groups[s.Type] = map[string]bool{}
		}
		groups[s.Type][s.ID] = true
		snaps[s.Type]++
	}
	out := map[string]any{}
	for _, t := range []string{"vm", "ct", "host"} {
		out[t] = map[string]any{"groups": len(groups[t]), "snapshots": snaps[t]}
	}
	return out
}

func (d *datastore) gcStatus() map[string]any {
	m := map[string]any{"upid": nil, "index-file-count": len(d.snaps) * 2, "index-data-bytes": d.usedBytes() * 4,
		"disk-bytes": d.usedBytes(), "disk-chunks": len(d.snaps) * 2048, "removed-bytes": d.gcRemoved, "removed-chunks": d.gcRemoved >> 22,
		"pending-bytes": 0, "pending-chunks": 0, "removed-bad": 0, "still-bad": 0, "cache-stats": map[string]any{"hits": 1024, "misses": 64}}
	delete(m, "upid")
	return m
}

func datastoreStatus(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		used := d.usedBytes()
		out := map[string]any{"total": d.Total, "used": used, "avail": d.Total - used, "backend-type": "filesystem"}
		if c.flag("verbose") {
			out["counts"], out["gc-status"] = d.counts(), d.gcStatus()
		}
		return out, nil
	})
}

func datastoreUsage(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, name := range st.pbs.order {
			d := st.pbs.datastores[name]
			used := d.usedBytes()
			out = append(out, fillRequired(c, map[string]any{"store": d.Name, "total": d.Total, "used": used, "avail": d.Total - used,
				"backend-type": "filesystem", "gc-status": d.gcStatus(), "history-start": d.gcLast.Unix() - 86400*30, "history-delta": 86400, "mount-status": "nonremovable"}))
		}
		return out, nil
	})
}

func listGroups(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		byGroup := map[string][]*backupSnap{}
		var order []string
		for _, s := range d.sortedSnaps() {
			if byGroup[s.group()] == nil {
				order = append(order, s.group())
			}
			byGroup[s.group()] = append(byGroup[s.group()], s)
		}
		out := []any{}
		for _, g := range order {
			list := byGroup[g]
			last := list[len(list)-1]
			out = append(out, map[string]any{"backup-type": last.Type, "backup-id": last.ID, "last-backup": last.Time,
				"backup-count": len(list), "files": last.Files, "owner": last.Owner, "comment": last.Comment})
		}
		return out, nil
	})
}

func snapEntry(s *backupSnap) map[string]any {
	m := map[string]any{"backup-type": s.Type, "backup-id": s.ID, "backup-time": s.Time, "files": s.Files,
		"size": s.Size, "owner": s.Owner, "protected": boolInt(s.Protected)}
	if s.Comment != "" {
		m["comment"] = s.Comment
	}
	if s.Verify != "" {
		m["verification"] = map[string]any{"state": s.Verify, "upid": orText(s.VerifyUPID, "UPID:pbs:00001A2B:00C3D4E5:00000001:00000000:verificationjob:store1:root@pam:")}
	}
	return m
}

// matches filters by backup-type / backup-id when given.
func (c *call) matchesSnap(s *backupSnap) bool {
	return (!c.has("backup-type") || c.str("backup-type") == s.Type) && (!c.has("backup-id") || c.str("backup-id") == s.ID) &&
		(!c.has("backup-time") || int64(c.int("backup-time")) == s.Time)
}

func listBackupSnapshots(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		out := []any{}
		for _, s := range d.sortedSnaps() {
			if c.matchesSnap(s) {
				out = append(out, snapEntry(s))
			}
		}
		return out, nil
	})
}

func deleteBackupSnapshot(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		for i, s := range d.snaps {
			if !c.matchesSnap(s) {
				continue
			}
			if s.Protected {
				return nil, errorf(http.StatusBadRequest, "cannot remove protected snapshot \"%s:%s/%s\"", d.Name, s.group(), s.timeString())
			}
			d.snaps = append(d.snaps[:i], d.snaps[i+1:]...)
			return nil, nil
		}
		return nil, errorf(http.StatusNotFound, "backup snapshot \"%s/%s/%s\" does not exist", c.str("backup-type"), c.str("backup-id"), time.Unix(int64(c.int("backup-time")), 0).UTC().Format("2006-01-02T15:04:05Z"))
	})
}

func deleteGroup(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		kept, removed, protected := d.snaps[:0], 0, 0
		for _, s := range d.snaps {
			switch {
			case !c.matchesSnap(s):
				kept = append(kept, s)
			case s.Protected:
				kept, protected = append(kept, s), protected+1
			default:
				removed++
			}
		}
		d.snaps = kept
		if removed+protected == 0 {
			return nil, errorf(http.StatusNotFound, "backup group \"%s/%s\" does not exist", c.str("backup-type"), c.str("backup-id"))
		}
		return map[string]any{"removed-snapshots": removed, "protected-snapshots": protected, "removed-groups": boolInt(protected == 0)}, nil
	})
}

func startGC(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		t := st.startPBSTask(now, c.who, "garbage_collection", d.Name, []string{"starting garbage collection on store " + d.Name}, st.pbs.gcEffect(d))
		return t.upid, nil
	})
}

func gcStatus(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		m := d.gcStatus()
		m["store"], m["last-run-endtime"], m["last-run-state"], m["schedule"] = d.Name, d.gcLast.Unix(), "ok", "daily"
		return fillRequired(c, m), nil
	})
}

func startVerify(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		t := st.startPBSTask(now, c.who, "verify", d.Name, []string{"verify datastore " + d.Name}, st.pbs.verifyEffect(d))
		return t.upid, nil
	})
}

func startPruneDatastore(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		effect := st.pbs.pruneEffect(d, c.int("keep-last"))
		if c.flag("dry-run") {
			effect = func(t *task) error { t.log = append(t.log, "Dry run - nothing removed."); return nil }
		}
		t := st.startPBSTask(now, c.who, "prune", d.Name, []string{fmt.Sprintf("Starting datastore prune on datastore '%s', root namespace", d.Name)}, effect)
		return t.upid, nil
	})
}

// pruneGroup prunes one group synchronously (keep-last only) and lists
// what is kept.
func pruneGroup(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		keepLast := c.int("keep-last")
		var list []*backupSnap
		for _, s := range d.sortedSnaps() {
			if c.matchesSnap(s) {
				list = append(list, s)
			}
		}
		out := []any{}
		remove := map[*backupSnap]bool{}
		for i, s := range list {
			keep := keepLast == 0 || len(list)-i <= keepLast || s.Protected
			remove[s] = !keep
			out = append(out, map[string]any{"backup-type": s.Type, "backup-id": s.ID, "backup-time": s.Time, "keep": boolInt(keep), "protected": boolInt(s.Protected)})
		}
		if !c.flag("dry-run") {
			kept := d.snaps[:0]
			for _, s := range d.snaps {
				if !remove[s] {
					kept = append(kept, s)
				}
			}
			d.snaps = kept
		}
		return out, nil
	})
}

func datastoreConfig(d *datastore) map[string]any {
	return map[string]any{"name": d.Name, "path": d.Path, "comment": d.Comment, "gc-schedule": "daily", "prune-schedule": "daily", "keep-last": 7,
		"digest": digestOf(map[string]string{"name": d.Name, "path": d.Path})}
}

func listDatastoreConfig(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, name := range st.pbs.order {
			if !c.can(st, "/datastore/"+name, "Datastore.Audit") {
				continue // api2/config/datastore.rs list_datastores
			}
			m := datastoreConfig(st.pbs.datastores[name])
			delete(m, "digest")
			out = append(out, m)
		}
		return out, nil
	})
}

func getDatastoreConfig(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		d, e := c.datastore(st)
		if e != nil {
			return nil, e
		}
		return datastoreConfig(d), nil
	})
}

func listSyncJobs(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range slices.Sorted(maps.Keys(st.pbs.syncJobs)) {
			j := st.pbs.syncJobs[id]
			if c.has("store") && c.str("store") != j.Store {
				continue
			}
			m := map[string]any{"id": j.ID, "store": j.Store, "remote": j.Remote, "remote-store": j.RemoteStore, "schedule": j.Schedule, "comment": j.Comment, "owner": "root@pam"}
			if c.op.Path == "/admin/sync" {
				m["next-run"] = st.created.Add(12 * time.Hour).Unix()
				if t := st.tasks[j.lastUPID]; t != nil && !t.running {
					m["last-run-upid"], m["last-run-state"], m["last-run-endtime"] = t.upid, t.exit, t.endTime()
				}
			}
			out = append(out, m)
		}
		return out, nil
	})
}

// runSyncJob starts the job's task. The apidoc declares no return value,
// but PBS answers the worker's UPID, as here.
func runSyncJob(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		j := st.pbs.syncJobs[c.str("id")]
		if j == nil {
			return nil, errorf(http.StatusNotFound, "job '%s' does not exist.", c.str("id"))
		}
		wid := fmt.Sprintf("%s:%s:%s::%s", j.Remote, j.RemoteStore, j.Store, j.ID)
		t := st.startPBSTask(now, c.who, "syncjob", wid, []string{fmt.Sprintf("Starting datastore sync job '%s'", wid), "sync datastore '" + j.Store + "' from '" + j.Remote + "/" + j.RemoteStore + "'"},
			func(t *task) error {
				t.log = append(t.log, "Finished syncing root namespace, current progress: 4 groups, 0 snapshots")
				return nil
			})
		j.lastUPID = t.upid
		return t.upid, nil
	})
}
