package sim

import (
	"slices"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// PBS keeps a snapshot's files; the client uploads its log after a backup
// and anyone with access can download files back. The simulator stores
// uploaded logs so the round trip can be tested.
// registerFilesHandlers registers the stateful handlers of this file (see handlerTable).
func registerFilesHandlers() {
	handle(catalog.PBS, "POST /admin/datastore/{store}/upload-backup-log", uploadBackupLog)
	handle(catalog.PBS, "GET /admin/datastore/{store}/download", downloadFile)
	handle(catalog.PBS, "GET /admin/datastore/{store}/download-decoded", downloadFile)
}

const backupLogName = "client.log.blob"

// placeholderFile is what a file nobody uploaded downloads as.
var placeholderFile = []byte("simulated file contents\n")

func uploadBackupLog(c *call) (any, error) {
	return c.locked(func(st *state, _ time.Time) (any, error) {
		snap, e := c.snapshot(st)
		if e != nil {
			return nil, e
		}
		if _, ok := snap.contents[backupLogName]; ok {
			return nil, errorf(400, "backup already contains a log.")
		}
		if snap.contents == nil {
			snap.contents = map[string][]byte{}
		}
		snap.contents[backupLogName] = append([]byte(nil), c.file...)
		if !slices.Contains(snap.Files, backupLogName) {
			snap.Files = append(snap.Files, backupLogName)
		}
		return nil, nil
	})
}

func downloadFile(c *call) (any, error) {
	v, err := c.locked(func(st *state, _ time.Time) (any, error) {
		snap, e := c.snapshot(st)
		if e != nil {
			return nil, e
		}
		if b, ok := snap.contents[c.str("file-name")]; ok {
			return b, nil
		}
		return placeholderFile, nil
	})
	if err != nil {
		return nil, err
	}
	return nil, c.rawBytes("application/octet-stream", v.([]byte))
}

// snapshot finds the snapshot the call's backup-type/-id/-time name.
func (c *call) snapshot(st *state) (*backupSnap, *apiError) {
	d, e := st.pbs.store(c.path["store"])
	if e != nil {
		return nil, e
	}
	for _, s := range d.snaps {
		if s.Type == c.str("backup-type") && s.ID == c.str("backup-id") && s.Time == int64(c.int("backup-time")) {
			return s, nil
		}
	}
	return nil, errorf(404, "backup snapshot %s/%s/%d not found", c.str("backup-type"), c.str("backup-id"), c.int("backup-time"))
}
