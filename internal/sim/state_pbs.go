package sim

import (
	"fmt"
	"sort"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// pbsState is the simulated Proxmox Backup Server.
type pbsState struct {
	st         *state
	datastores map[string]*datastore
	order      []string
	remotes    map[string]map[string]any
	syncJobs   map[string]*syncJob
}

type datastore struct {
	Name, Path, Comment string
	Total               int64
	snaps               []*backupSnap
	gcLast              time.Time
	gcRemoved           int64
}

// backupSnap is one backup snapshot: type/id/time.
type backupSnap struct {
	Type, ID   string
	Time       int64
	Files      []string
	Size       int64
	Owner      string
	Comment    string
	Protected  bool
	Verify     string // "ok", "failed", "" (not verified)
	VerifyUPID string
	// contents holds files uploaded to the snapshot (the client log), by
	// file name; other files download as placeholder contents.
	contents map[string][]byte
}

type syncJob struct {
	ID, Store, Remote, RemoteStore, Schedule, Comment string
	lastUPID                                          string
}

func newPBSState(st *state, now time.Time) *pbsState {
	p := &pbsState{st: st, datastores: map[string]*datastore{}, remotes: map[string]map[string]any{}, syncJobs: map[string]*syncJob{}}
	gc := now.Add(-20 * time.Hour).Truncate(time.Hour)
	p.addStore(&datastore{Name: "store1", Path: "/mnt/datastore/store1", Comment: "Primary backups", Total: 4 << 40, gcLast: gc})
	p.addStore(&datastore{Name: "archive", Path: "/mnt/datastore/archive", Comment: "Long-term archive", Total: 8 << 40, gcLast: gc})
	return p
}

func (p *pbsState) addStore(d *datastore) {
	p.datastores[d.Name] = d
	p.order = append(p.order, d.Name)
}

// seedBackups gives store1 backups of some of the demo guests, nightly.
func (p *pbsState) seedBackups(now time.Time) {
	d := p.datastores["store1"]
	night := now.UTC().Truncate(24 * time.Hour).Add(2 * time.Hour)
	if night.After(now) {
		night = night.Add(-24 * time.Hour)
	}
	plan := []struct {
		typ, id, comment string
		count            int
		size             int64
	}{{"vm", "100", "web-01", 3, 32 << 30}, {"vm", "101", "db-01", 2, 64 << 30}, {"ct", "200", "dns-01", 3, 2 << 30}, {"host", "pve1", "pve1 /etc", 1, 80 << 20}}
	for _, b := range plan {
		for i := 0; i < b.count; i++ {
			at := night.Add(-time.Duration(i) * 24 * time.Hour)
			s := &backupSnap{Type: b.typ, ID: b.id, Time: at.Unix(), Files: backupFiles(b.typ), Size: b.size, Owner: "root@pam", Comment: b.comment}
			if i > 0 {
				s.Verify = "ok"
			}
			d.snaps = append(d.snaps, s)
		}
	}
	d.snaps[len(d.snaps)-2].Protected = true
	d.gcLast = night.Add(2 * time.Hour)
	p.remotes["offsite-pbs"] = map[string]any{"name": "offsite-pbs", "host": "pbs-offsite.example.com", "auth-id": "sync@pbs", "comment": "Offsite copy"}
	p.syncJobs["s-offsite"] = &syncJob{ID: "s-offsite", Store: "store1", Remote: "offsite-pbs", RemoteStore: "store1", Schedule: "daily", Comment: "Pull offsite copy"}
}

func backupFiles(typ string) []string {
	switch typ {
	case "vm":
		return []string{"client.log.blob", "drive-scsi0.img.fidx", "index.json.blob", "qemu-server.conf.blob"}
	case "ct":
		return []string{"catalog.pcat1.didx", "client.log.blob", "index.json.blob", "pct.conf.blob", "root.pxar.didx"}
	}
	return []string{"etc.pxar.didx", "index.json.blob"}
}

func (b *backupSnap) group() string { return b.Type + "/" + b.ID }

// timeString is the RFC 3339 form PBS uses in snapshot paths.
func (b *backupSnap) timeString() string {
	return time.Unix(b.Time, 0).UTC().Format("2006-01-02T15:04:05Z")
}

func (p *pbsState) store(name string) (*datastore, *apiError) {
	d := p.datastores[name]
	if d == nil {
		return nil, errorf(400, "datastore '%s' does not exist", name)
	}
	return d, nil
}

// sortedSnaps orders snapshots by group, then time.
func (d *datastore) sortedSnaps() []*backupSnap {
	out := append([]*backupSnap(nil), d.snaps...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].group() != out[j].group() {
			return out[i].group() < out[j].group()
		}
		return out[i].Time < out[j].Time
	})
	return out
}

func (d *datastore) usedBytes() int64 {
	used := int64(40 << 30)
	for _, s := range d.snaps {
		used += s.Size / 4 // deduplication
	}
	return min(used, d.Total)
}

func (p *pbsState) usedBytes(store string) int64 {
	if d := p.datastores[store]; d != nil {
		return d.usedBytes()
	}
	return 0
}

// storageVolumes shows a datastore's backups through a PVE "pbs" storage.
func (p *pbsState) storageVolumes(s *storage) []*volume {
	d := p.datastores[s.Datastore]
	if d == nil {
		return nil
	}
	var out []*volume
	for _, b := range d.sortedSnaps() {
		if b.Type == "host" {
			continue
		}
		v := &volume{Volid: fmt.Sprintf("%s:backup/%s/%s/%s", s.ID, b.Type, b.ID, b.timeString()), Content: "backup",
			Format: "pbs-" + b.Type, Size: b.Size, CTime: b.Time, Notes: b.Comment, Protected: b.Protected, Verify: b.Verify, VerifyUPID: b.VerifyUPID}
		fmt.Sscan(b.ID, &v.VMID)
		out = append(out, v)
	}
	return out
}

// addBackup records a backup made by a PVE vzdump task.
func (p *pbsState) addBackup(store string, g *guest, at time.Time, owner string) {
	d := p.datastores[store]
	if d == nil {
		return
	}
	typ := "vm"
	if g.kind == "lxc" {
		typ = "ct"
	}
	d.snaps = append(d.snaps, &backupSnap{Type: typ, ID: fmt.Sprint(g.vmid), Time: at.Unix(), Files: backupFiles(typ), Size: g.maxDisk(), Owner: ownerOf(owner), Comment: g.name()})
}

// ownerOf: backups made with a token are owned by the token.
func ownerOf(authid string) string {
	if authid == "" {
		return "root@pam"
	}
	return authid
}

// startPBSTask starts a task on the backup server.
func (st *state) startPBSTask(now time.Time, who identity, typ, id string, log []string, effect func(t *task) error) *task {
	return st.startTask(now, taskSpec{product: catalog.PBS, node: PBSNode, typ: typ, id: id, authid: pbsAuthid(who), log: log, effect: effect})
}

func pbsAuthid(who identity) string {
	if who.AuthID == "" {
		return "root@pam"
	}
	return who.AuthID
}

// gcEffect runs garbage collection on a datastore.
func (p *pbsState) gcEffect(d *datastore) func(t *task) error {
	return func(t *task) error {
		d.gcLast = t.end
		d.gcRemoved = int64(len(d.snaps)) * (37 << 20)
		t.log = append(t.log, "Start GC phase1 (mark used chunks)", "Start GC phase2 (sweep unused chunks)",
			fmt.Sprintf("Removed garbage: %s", humanBytes(d.gcRemoved)), "Pending removals: 0 B (in 0 chunks)",
			fmt.Sprintf("Original data usage: %s", humanBytes(d.usedBytes()*4)), fmt.Sprintf("On-Disk usage: %s", humanBytes(d.usedBytes())))
		return nil
	}
}

// verifyEffect marks the datastore's snapshots verified.
func (p *pbsState) verifyEffect(d *datastore) func(t *task) error {
	return func(t *task) error {
		for _, s := range d.sortedSnaps() {
			s.Verify, s.VerifyUPID = "ok", t.upid
			t.log = append(t.log, fmt.Sprintf("verify %s:%s/%s", d.Name, s.group(), s.timeString()), "  check index.json.blob", fmt.Sprintf("  verified %s", humanBytes(s.Size)))
		}
		return nil
	}
}

// pruneEffect keeps the newest keepLast snapshots per group.
func (p *pbsState) pruneEffect(d *datastore, keepLast int) func(t *task) error {
	return func(t *task) error {
		if keepLast <= 0 {
			t.log = append(t.log, "No prune selection - keeping all files.")
			return nil
		}
		count := map[string]int{}
		snaps := d.sortedSnaps()
		var kept []*backupSnap
		for i := len(snaps) - 1; i >= 0; i-- {
			s := snaps[i]
			count[s.group()]++
			if count[s.group()] <= keepLast || s.Protected {
				kept = append(kept, s)
				continue
			}
			t.log = append(t.log, fmt.Sprintf("%s/%s remove", s.group(), s.timeString()))
		}
		d.snaps = kept
		return nil
	}
}

func humanBytes(b int64) string {
	switch {
	case b >= 1<<40:
		return fmt.Sprintf("%.2f TiB", float64(b)/(1<<40))
	case b >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(b)/(1<<30))
	case b >= 1<<20:
		return fmt.Sprintf("%.2f MiB", float64(b)/(1<<20))
	}
	return fmt.Sprintf("%d B", b)
}

// groupOf parses "vm/100".
// removeByVolid deletes the backup a PVE "pbs" storage volume names.
func (p *pbsState) removeByVolid(s *storage, volid string) {
	d := p.datastores[s.Datastore]
	if d == nil {
		return
	}
	kept := d.snaps[:0]
	for _, b := range d.snaps {
		if fmt.Sprintf("%s:backup/%s/%s/%s", s.ID, b.Type, b.ID, b.timeString()) != volid {
			kept = append(kept, b)
		}
	}
	d.snaps = kept
}
