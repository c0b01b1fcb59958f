package sim

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// guest is a QEMU VM or an LXC container.
type guest struct {
	vmid     int
	kind     string // "qemu" or "lxc"
	node     string
	running  bool
	paused   bool // QEMU suspended (qmpstatus "paused")
	template bool
	started  time.Time
	lock     string
	config   map[string]string // wire form, as in the config file
	snaps    []*snapshot
	parent   string // current snapshot
	pool     string
}

// snapshot is a saved guest config.
type snapshot struct {
	name, description, parent string
	snaptime                  int64
	vmstate                   bool
	config                    map[string]string
	running                   bool
}

// noun is how Proxmox names the guest in messages: "VM 100", "CT 200".
func (g *guest) noun() string {
	if g.kind == "lxc" {
		return fmt.Sprintf("CT %d", g.vmid)
	}
	return fmt.Sprintf("VM %d", g.vmid)
}

func (g *guest) name() string {
	if g.kind == "lxc" {
		return g.config["hostname"]
	}
	return g.config["name"]
}

func (g *guest) status() string {
	if g.running {
		return "running"
	}
	return "stopped"
}

func (g *guest) qmpStatus() string {
	switch {
	case g.paused:
		return "paused"
	case g.running:
		return "running"
	}
	return "stopped"
}

func (g *guest) digest() string { return digestOf(g.config) }

// memoryBytes reads "memory" (MiB; QEMU may write current=N).
func (g *guest) memoryBytes() int64 {
	v := g.config["memory"]
	v = strings.TrimPrefix(v, "current=")
	v, _, _ = strings.Cut(v, ",")
	mib, err := strconv.ParseInt(v, 10, 64)
	if err != nil || mib <= 0 {
		mib = 512
	}
	return mib << 20
}

func (g *guest) cpus() int {
	n := atoiDefault(g.config["cores"], 1)
	if g.kind == "qemu" {
		n *= atoiDefault(g.config["sockets"], 1)
	}
	return n
}

func atoiDefault(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil && n > 0 {
		return n
	}
	return def
}

// diskKey matches config keys that hold volumes.
var diskKey = lazyRegexp(`^(?:(?:scsi|sata|ide|virtio|efidisk|tpmstate|unused|mp)\d+|rootfs)$`)

// disk is a volume a guest config refers to.
type disk struct {
	key, storage, volume string
	size                 int64
}

func (d disk) volid() string { return d.storage + ":" + d.volume }

// disks lists the guest's volumes (CD-ROMs and passthrough excluded).
func (g *guest) disks() []disk {
	var out []disk
	for _, k := range slices.Sorted(maps.Keys(g.config)) {
		if !diskKey().MatchString(k) {
			continue
		}
		if d, ok := parseDisk(k, g.config[k]); ok {
			out = append(out, d)
		}
	}
	return out
}

func parseDisk(key, val string) (disk, bool) {
	parts := strings.Split(val, ",")
	file := strings.TrimPrefix(parts[0], "file=")
	file = strings.TrimPrefix(file, "volume=")
	storage, vol, ok := strings.Cut(file, ":")
	if !ok || strings.Contains(val, "media=cdrom") || strings.HasPrefix(file, "/") {
		return disk{}, false
	}
	d := disk{key: key, storage: storage, volume: vol}
	for _, p := range parts[1:] {
		if s, ok := strings.CutPrefix(p, "size="); ok {
			d.size = parseSize(s)
		}
	}
	return d, true
}

// parseSize reads Proxmox disk sizes: 32G, 512M, 1T, plain bytes.
func parseSize(s string) int64 {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult = 1 << 10
	case strings.HasSuffix(s, "M"):
		mult = 1 << 20
	case strings.HasSuffix(s, "G"):
		mult = 1 << 30
	case strings.HasSuffix(s, "T"):
		mult = 1 << 40
	}
	f, err := strconv.ParseFloat(strings.TrimRight(s, "KMGT"), 64)
	if err != nil {
		return 0
	}
	return int64(f * float64(mult))
}

func formatSize(b int64) string {
	if b%(1<<30) == 0 {
		return fmt.Sprintf("%dG", b>>30)
	}
	return fmt.Sprintf("%dM", b>>20)
}

func (g *guest) maxDisk() int64 {
	var sum int64
	for _, d := range g.disks() {
		if strings.HasPrefix(d.key, "unused") {
			continue
		}
		if g.kind == "lxc" && d.key != "rootfs" {
			continue
		}
		if g.kind == "qemu" && (strings.HasPrefix(d.key, "efidisk") || strings.HasPrefix(d.key, "tpmstate")) {
			continue
		}
		sum += d.size
	}
	return sum
}

// metrics are the live figures of a running guest: deterministic in the
// vmid and the time, so repeated reads look alive but tests stay stable.
type metrics struct {
	cpu                                     float64
	mem, netin, netout, diskread, diskwrite int64
	uptime                                  int64
}

func (g *guest) metrics(now time.Time) metrics {
	if !g.running {
		return metrics{}
	}
	up := int64(now.Sub(g.started).Seconds())
	if up < 0 {
		up = 0
	}
	k := int64(g.vmid%7 + 1)
	return metrics{
		cpu:   0.01 * float64(k) * (1 + float64(now.Unix()%5)/10),
		mem:   g.memoryBytes() * (30 + k*5) / 100,
		netin: up * 1024 * k, netout: up * 768 * k,
		diskread: up * 4096 * k, diskwrite: up * 2048 * k,
		uptime: up,
	}
}

// guestOn returns the guest if it is on the node and of the kind, or the
// error Proxmox gives for a config file that is not there.
func (st *state) guestOn(node, kind string, vmid int) (*guest, *apiError) {
	g := st.guests[vmid]
	if g == nil || g.kind != kind || g.node != st.resolveNode(node) {
		dir := "qemu-server"
		if kind == "lxc" {
			dir = "lxc"
		}
		return nil, internalError("Configuration file 'nodes/%s/%s/%d.conf' does not exist", st.resolveNode(node), dir, vmid)
	}
	return g, nil
}

// checkLock refuses to change a locked guest.
func (g *guest) checkLock() *apiError {
	if g.lock != "" {
		if g.kind == "lxc" {
			return internalError("CT is locked (%s)", g.lock)
		}
		return internalError("VM is locked (%s)", g.lock)
	}
	return nil
}

// nextFreeID is the lowest free vmid from 100, as /cluster/nextid answers.
func (st *state) nextFreeID() int {
	for id := 100; ; id++ {
		if st.guests[id] == nil {
			return id
		}
	}
}

func (st *state) sortedGuests() []*guest {
	out := make([]*guest, 0, len(st.guests))
	for _, g := range st.guests {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].vmid < out[j].vmid })
	return out
}

// macFor makes a stable MAC in Proxmox's BC:24:11 prefix.
func macFor(vmid, idx int) string {
	return fmt.Sprintf("BC:24:11:%02X:%02X:%02X", (vmid>>8)&0xff, vmid&0xff, idx)
}
