package sim

import (
	"sort"
	"strings"
)

// storage is a storage definition (storage.cfg).
type storage struct {
	ID, Type string
	Content  []string
	Shared   bool
	Path     string
	Total    int64
	// PBS-backed storage: the datastore it writes to.
	Datastore, Server, Username, Fingerprint string
	// Other type-specific settings as in storage.cfg.
	Extra map[string]string
}

// volume is a file on a storage that no guest config owns.
type volume struct {
	Volid, Content, Format string
	Size, CTime            int64
	VMID                   int
	Notes                  string
	Protected              bool
	Verify, VerifyUPID     string
}

func volumeKey(storage, node string, shared bool) string {
	if shared {
		return storage
	}
	return storage + "/" + node
}

func (st *state) seedStorages() {
	add := func(s *storage) {
		st.storages[s.ID] = s
		st.storOrder = append(st.storOrder, s.ID)
	}
	add(&storage{ID: "local", Type: "dir", Path: "/var/lib/vz", Content: []string{"backup", "iso", "vztmpl", "snippets"}, Total: 100 << 30})
	add(&storage{ID: "local-lvm", Type: "lvmthin", Content: []string{"images", "rootdir"}, Total: 800 << 30,
		Extra: map[string]string{"vgname": "pve", "thinpool": "data"}})
	add(&storage{ID: "pbs-store1", Type: "pbs", Content: []string{"backup"}, Shared: true, Total: 4 << 40,
		Datastore: "store1", Server: "192.168.10.50", Username: "root@pam!mcp",
		Fingerprint: "7B:2E:4C:1A:9F:08:D3:55:61:AF:3C:7E:90:12:B4:C8:6D:E1:27:0A:5F:93:48:B6:CC:01:7D:E2:84:3F:59:A0"})
}

// storageContent lists a storage's volumes on a node: stored files,
// guest disks derived from configs, and for PBS storage the backups of
// the datastore.
func (st *state) storageContent(s *storage, node string) []*volume {
	var out []*volume
	out = append(out, st.volumes[volumeKey(s.ID, node, s.Shared)]...)
	if s.Type == "pbs" {
		out = append(out, st.pbs.storageVolumes(s)...)
	}
	for _, g := range st.sortedGuests() {
		if g.node != node && !s.Shared {
			continue
		}
		out = append(out, guestVolumes(g, s.ID)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Volid < out[j].Volid })
	return out
}

func guestVolumes(g *guest, storageID string) []*volume {
	var out []*volume
	for _, d := range g.disks() {
		if d.storage != storageID {
			continue
		}
		content := "images"
		if g.kind == "lxc" {
			content = "rootdir"
		}
		out = append(out, &volume{Volid: d.volid(), Content: content, Format: "raw", Size: d.size, VMID: g.vmid})
	}
	return out
}

// storageUsage is the used space of a storage on a node.
func (st *state) storageUsage(s *storage, node string) int64 {
	used := int64(12 << 30)
	if s.Type == "pbs" {
		return st.pbs.usedBytes(s.Datastore)
	}
	for _, v := range st.storageContent(s, node) {
		if v.Content == "images" || v.Content == "rootdir" {
			used += v.Size / 3 // thin provisioning
			continue
		}
		used += v.Size
	}
	return min(used, s.Total)
}

func (s *storage) contentString() string { return strings.Join(s.Content, ",") }

func (s *storage) hasContent(c string) bool {
	for _, x := range s.Content {
		if x == c {
			return true
		}
	}
	return false
}

// storageOn finds a storage available on a node, or Proxmox's error.
func (st *state) storageOn(node, id string) (*storage, *apiError) {
	s := st.storages[id]
	if s == nil {
		return nil, internalError("storage '%s' does not exist", id)
	}
	return s, nil
}

// findVolume locates a stored (non-guest) volume.
func (st *state) findVolume(s *storage, node, volid string) (int, *volume) {
	list := st.volumes[volumeKey(s.ID, node, s.Shared)]
	for i, v := range list {
		if v.Volid == volid {
			return i, v
		}
	}
	return -1, nil
}
