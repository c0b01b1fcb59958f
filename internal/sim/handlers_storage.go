package sim

import (
	"fmt"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// registerStorageHandlers registers the stateful handlers of this file (see handlerTable).
func registerStorageHandlers() {
	handle(catalog.PVE, "GET /storage", listStorageConfig)
	handle(catalog.PVE, "GET /storage/{storage}", getStorageConfig)
	handle(catalog.PVE, "GET /nodes/{node}/storage", listNodeStorage)
	handle(catalog.PVE, "GET /nodes/{node}/storage/{storage}/status", storageStatus)
	handle(catalog.PVE, "GET /nodes/{node}/storage/{storage}/content", listContent)
	handle(catalog.PVE, "POST /nodes/{node}/storage/{storage}/content", allocVolume)
	handle(catalog.PVE, "GET /nodes/{node}/storage/{storage}/content/{volume}", getVolume)
	handle(catalog.PVE, "PUT /nodes/{node}/storage/{storage}/content/{volume}", putVolume)
	handle(catalog.PVE, "DELETE /nodes/{node}/storage/{storage}/content/{volume}", deleteVolume)
}

func storageConfig(s *storage) map[string]any {
	m := map[string]any{"storage": s.ID, "type": s.Type, "content": s.contentString(), "shared": boolInt(s.Shared),
		"digest": digestOf(map[string]string{"storage": s.ID, "type": s.Type})}
	if s.Path != "" {
		m["path"] = s.Path
	}
	if s.Type == "pbs" {
		m["datastore"], m["server"], m["username"], m["fingerprint"] = s.Datastore, s.Server, s.Username, s.Fingerprint
		m["prune-backups"] = "keep-all=1"
	}
	for k, v := range s.Extra {
		m[k] = v
	}
	return m
}

// listStorageConfig and listNodeStorage list the storages the caller
// holds Datastore.Audit or Datastore.AllocateSpace on (pve-storage
// API2/Storage/Config.pm and Status.pm index).
func listStorageConfig(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range st.storOrder {
			if !c.canAny(st, "/storage/"+id, "Datastore.Audit", "Datastore.AllocateSpace") {
				continue
			}
			if t := c.str("type"); t == "" || t == st.storages[id].Type {
				out = append(out, storageConfig(st.storages[id]))
			}
		}
		return out, nil
	})
}

func getStorageConfig(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		s, e := st.storageOn("", c.str("storage"))
		if e != nil {
			return nil, e
		}
		return storageConfig(s), nil
	})
}

// storageEntry is a storage's status on a node.
func (st *state) storageEntry(s *storage, node string) map[string]any {
	used := st.storageUsage(s, node)
	m := map[string]any{"storage": s.ID, "type": s.Type, "content": s.contentString(), "shared": boolInt(s.Shared),
		"active": 1, "enabled": 1, "total": s.Total, "used": used, "avail": s.Total - used,
		"used_fraction": float64(used) / float64(s.Total)}
	if st.nodes[node] != nil && st.nodes[node].health == nodeOffline {
		m["active"] = 0
	}
	return m
}

func listNodeStorage(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		out := []any{}
		for _, id := range st.storOrder {
			s := st.storages[id]
			if !c.canAny(st, "/storage/"+id, "Datastore.Audit", "Datastore.AllocateSpace") {
				continue
			}
			if (c.has("storage") && c.str("storage") != id) || (c.has("content") && !anyContent(s, c.str("content"))) {
				continue
			}
			out = append(out, st.storageEntry(s, c.nodeName()))
		}
		return out, nil
	})
}

func anyContent(s *storage, list string) bool {
	for _, want := range wire.SplitList(list) {
		if s.hasContent(want) {
			return true
		}
	}
	return false
}

func storageStatus(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		s, e := st.storageOn(c.nodeName(), c.str("storage"))
		if e != nil {
			return nil, e
		}
		return st.storageEntry(s, c.nodeName()), nil
	})
}

func listContent(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		s, e := st.storageOn(c.nodeName(), c.str("storage"))
		if e != nil {
			return nil, e
		}
		out := []any{}
		for _, v := range st.storageContent(s, c.nodeName()) {
			if (c.has("content") && v.Content != c.str("content")) || (c.has("vmid") && v.VMID != c.int("vmid")) {
				continue
			}
			out = append(out, volumeEntry(v))
		}
		return out, nil
	})
}

func volumeEntry(v *volume) map[string]any {
	m := map[string]any{"volid": v.Volid, "content": v.Content, "format": v.Format, "size": v.Size}
	if v.CTime > 0 {
		m["ctime"] = v.CTime
	}
	if v.VMID > 0 {
		m["vmid"] = v.VMID
	}
	if v.Notes != "" {
		m["notes"] = v.Notes
	}
	if v.Protected {
		m["protected"] = 1
	}
	if v.Verify != "" {
		m["verification"] = map[string]any{"state": v.Verify, "upid": orText(v.VerifyUPID, "UPID:pbs:00001A2B:00C3D4E5:00000001:00000000:verificationjob:store1:root@pam:")}
	}
	if v.Content == "images" || v.Content == "rootdir" {
		m["used"] = v.Size / 3
	}
	return m
}

func orText(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// findAnyVolume finds a volume, stored or belonging to a guest.
func (st *state) findAnyVolume(s *storage, node, volid string) *volume {
	if !strings.Contains(volid, ":") {
		volid = s.ID + ":" + volid
	}
	for _, v := range st.storageContent(s, node) {
		if v.Volid == volid {
			return v
		}
	}
	return nil
}

func (c *call) volume(st *state) (*storage, *volume, *apiError) {
	s, e := st.storageOn(c.nodeName(), c.str("storage"))
	if e != nil {
		return nil, nil, e
	}
	v := st.findAnyVolume(s, c.nodeName(), c.str("volume"))
	if v == nil {
		return s, nil, internalError("volume '%s' does not exist", c.str("volume"))
	}
	return s, v, nil
}

func getVolume(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		s, v, e := c.volume(st)
		if e != nil {
			return nil, e
		}
		m := volumeEntry(v)
		m["path"] = volumePath(s, v)
		m["used"] = v.Size
		return m, nil
	})
}

func volumePath(s *storage, v *volume) string {
	_, name, _ := strings.Cut(v.Volid, ":")
	switch s.Type {
	case "lvmthin":
		return "/dev/pve/" + name
	case "dir":
		if d, f, ok := strings.Cut(name, "/"); ok {
			sub := map[string]string{"iso": "template/iso", "vztmpl": "template/cache", "backup": "dump"}[d]
			return s.Path + "/" + sub + "/" + f
		}
	}
	return v.Volid
}

func putVolume(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		_, v, e := c.volume(st)
		if e != nil {
			return nil, e
		}
		if c.has("notes") {
			v.Notes = c.str("notes")
		}
		if c.has("protected") {
			v.Protected = c.flag("protected")
		}
		return nil, nil
	})
}

// allocVolume allocates a disk image for a guest and answers its volid.
func allocVolume(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		s, e := st.storageOn(c.nodeName(), c.str("storage"))
		if e != nil {
			return nil, e
		}
		if !s.hasContent("images") && !s.hasContent("rootdir") {
			return nil, internalError("storage '%s' does not support content-type 'images'", s.ID)
		}
		volid := fmt.Sprintf("%s:%s", s.ID, c.str("filename"))
		key := volumeKey(s.ID, c.nodeName(), s.Shared)
		if _, v := st.findVolume(s, c.nodeName(), volid); v != nil {
			return nil, internalError("volume '%s' already exists", volid)
		}
		st.volumes[key] = append(st.volumes[key], &volume{Volid: volid, Content: "images", Format: orText(c.str("format"), "raw"),
			Size: parseSize(c.str("size")), CTime: now.Unix(), VMID: c.int("vmid")})
		return volid, nil
	})
}

// deleteVolume removes a stored volume in a task; guest disks must be
// removed through the guest.
func deleteVolume(c *call) (any, error) {
	return c.locked(func(st *state, now time.Time) (any, error) {
		s, v, e := c.volume(st)
		if e != nil {
			return nil, e
		}
		if v.Protected {
			return nil, internalError("volume '%s' is protected", v.Volid)
		}
		key := volumeKey(s.ID, c.nodeName(), s.Shared)
		i, stored := st.findVolume(s, c.nodeName(), v.Volid)
		if stored == nil && s.Type != "pbs" {
			return nil, internalError("unable to delete '%s' - volume is used by %s", v.Volid, (&guest{vmid: v.VMID, kind: "qemu"}).noun())
		}
		t := st.startTask(now, taskSpec{product: catalog.PVE, node: c.nodeName(), typ: "imgdel", id: v.Volid, authid: c.authid(),
			effect: func(t *task) error {
				if i >= 0 {
					st.volumes[key] = removeVolume(st.volumes[key], stored)
				} else if s.Type == "pbs" {
					st.pbs.removeByVolid(s, v.Volid)
				}
				return nil
			}})
		return t.upid, nil
	})
}

func removeVolume(list []*volume, v *volume) []*volume {
	out := list[:0]
	for _, x := range list {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}
