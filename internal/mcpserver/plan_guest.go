package mcpserver

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// A guest, as its delete and rollback plans describe it. The facts come
// from Proxmox's handlers: qemu-server src/PVE/API2/Qemu.pm (destroy_vm)
// and src/PVE/QemuServer.pm (destroy_vm), pve-container
// src/PVE/API2/LXC.pm (destroy_vm) and src/PVE/LXC.pm
// (destroy_lxc_container), pve-guest-common src/PVE/AbstractConfig.pm
// (snapshot_rollback, check_protection) and src/PVE/ReplicationConfig.pm.
type guest struct {
	kind string // "qemu" or "lxc", as in the path
	vmid string
}

func guestOf(req *wire.Request) guest {
	kind := "qemu"
	if strings.HasPrefix(req.Op.Path, "/nodes/{node}/lxc/") {
		kind = "lxc"
	}
	return guest{kind: kind, vmid: fmt.Sprint(req.Args["vmid"])}
}

// noun is how Proxmox's messages name the guest: "VM 100", "CT 200".
func (g guest) noun() string {
	if g.kind == "lxc" {
		return "CT " + g.vmid
	}
	return "VM " + g.vmid
}

// haSID is the guest's HA resource id (pve-ha-manager: vm:ID, ct:ID).
func (g guest) haSID() string {
	if g.kind == "lxc" {
		return "ct:" + g.vmid
	}
	return "vm:" + g.vmid
}

func (g guest) base() string { return "/nodes/{node}/" + g.kind + "/{vmid}" }

// guestRead is a read of one of the guest's paths, or of a cluster list.
func guestRead(req *wire.Request, path string) planRead {
	op := getOp(catalog.PVE, path)
	rd := planRead{path: path, op: op}
	if op != nil {
		rd.args = pathArgs(op, req)
	}
	return rd
}

// Volume keys: qemu-server src/PVE/QemuServer/Drive.pm
// (valid_drive_names, plus unused[n] and vmstate, which destroy_vm also
// frees) and pve-container src/PVE/LXC/Config.pm (valid_volume_keys:
// rootfs, mp[n]; plus unused[n]).
var (
	qemuVolumeKey = regexp.MustCompile(`^(?:(?:ide|sata|scsi|virtio|unused)\d+|efidisk0|tpmstate0|vmstate)$`)
	lxcVolumeKey  = regexp.MustCompile(`^(?:rootfs|mp\d+|unused\d+)$`)
	// cloudinit is qemu-server's drive_is_cloudinit: a cloud-init drive
	// has media=cdrom but is the guest's own and is destroyed.
	cloudinit = regexp.MustCompile(`[:/](?:vm-\d+-)?cloudinit(?:\.\w+)?$`)
)

// disk is one volume of a guest's config.
type disk struct {
	key, volume, size string
	kept              string // why destroying the guest keeps it; "" when it is destroyed
}

// disks lists the volumes of a config in key order.
func (g guest) disks(config map[string]any) []disk {
	re := qemuVolumeKey
	if g.kind == "lxc" {
		re = lxcVolumeKey
	}
	var out []disk
	for _, key := range sortedKeys(config) {
		if re.MatchString(key) {
			out = append(out, g.disk(key, valueText(config[key])))
		}
	}
	return out
}

// disk reads one volume: qemu's drive string (file is the default key),
// lxc's mount point (volume is), or an unused entry (the volume alone).
func (g guest) disk(key, text string) disk {
	d := disk{key: key}
	for i, part := range strings.Split(text, ",") {
		k, v, ok := strings.Cut(part, "=")
		switch {
		case !ok && i == 0:
			d.volume = part
		case k == "file" || k == "volume":
			d.volume = v
		case k == "size":
			d.size = v
		case k == "media" && v == "cdrom" && !cloudinit.MatchString(d.volume):
			d.kept = "CD-ROM"
		}
	}
	switch {
	case d.kept != "":
	case d.volume == "none" || d.volume == "cdrom":
		d.kept = "no volume"
	case strings.HasPrefix(d.volume, "/"):
		d.kept = "a host path, not a volume"
	default:
		if owner := volumeOwner(d.volume); owner != "" && owner != g.vmid {
			d.kept = "it belongs to guest " + owner
		}
	}
	return d
}

// Owners by Proxmox's volume names (pve-storage src/PVE/Storage/Plugin.pm
// parse_volname: VMID/NAME and linked clones BASEVMID/BASE/VMID/NAME on
// directories; vm-VMID-…, base-VMID-…, subvol-VMID-… elsewhere, a linked
// clone's own name last).
var (
	dirOwner    = regexp.MustCompile(`^(?:\d+/\S+/)?(\d+)/\S+$`)
	namedOwners = regexp.MustCompile(`(?:^|/)(?:vm|base|subvol|basevol)-(\d+)-`)
)

// volumeOwner is the VMID that owns a volume id, "" when the name does
// not say.
func volumeOwner(volid string) string {
	_, name, ok := strings.Cut(volid, ":")
	if !ok {
		return ""
	}
	if m := dirOwner.FindStringSubmatch(name); m != nil {
		return m[1]
	}
	if all := namedOwners.FindAllStringSubmatch(name, -1); len(all) > 0 {
		return all[len(all)-1][1]
	}
	return ""
}

// guestFacts are the four reads of a guest delete.
type guestFacts struct {
	config, snapshots, ha, replication readResult
}

func readGuestFacts(pr *planReader, req *wire.Request, g guest) guestFacts {
	r := pr.readAll([]planRead{
		guestRead(req, g.base()+"/config"),
		guestRead(req, g.base()+"/snapshot"),
		guestRead(req, "/cluster/ha/resources"),
		guestRead(req, "/cluster/replication"),
	})
	return guestFacts{config: r[0], snapshots: r[1], ha: r[2], replication: r[3]}
}

// writeGuestDelete: what destroying the guest takes with it, and what
// would make Proxmox refuse.
func writeGuestDelete(b *strings.Builder, pr *planReader, req *wire.Request) {
	g := guestOf(req)
	f := readGuestFacts(pr, req, g)
	flags := requestFlags(req)
	fmt.Fprintf(b, "What destroying %s takes with it (read from Proxmox VE):\n", g.noun())
	writeConfigFacts(b, g, f.config, flags)
	writeRunning(b, g, f.snapshots, flags)
	writeSnapshots(b, f.snapshots, "destroyed with its disks")
	writeHA(b, g, f.ha, flags)
	writeReplication(b, g, f.replication, flags)
	writeDeleteOptions(b, g, req.Op, flags)
}

// flagSet holds the request's parameters as sent, to read its booleans.
type flagSet map[string]string

func requestFlags(req *wire.Request) flagSet {
	out := flagSet{}
	for _, values := range []map[string][]string{req.Query, req.Form} {
		for name, vs := range values {
			if len(vs) > 0 {
				out[name] = vs[0]
			}
		}
	}
	return out
}

// on: the flag is given and true.
func (f flagSet) on(name string) bool { return truth(f[name]) }

// state says how a flag that is not on applies: given as false, or not
// given and so off (by its published default, or because Proxmox reads
// an absent flag as false).
func (f flagSet) state(op *catalog.Operation, name string) string {
	if v, given := f[name]; given {
		return name + "=" + v
	}
	if p := op.Param(name); p != nil && p.Default != "" {
		def := p.Default
		if p.Type == "boolean" {
			def = map[bool]string{true: "on", false: "off"}[truth(def)]
		}
		return fmt.Sprintf("not given (default %s)", def)
	}
	return "not given (off)"
}

// writeConfigFacts: the disks, and the protection and lock that make
// Proxmox refuse.
func writeConfigFacts(b *strings.Builder, g guest, res readResult, flags flagSet) {
	if res.failed() {
		fmt.Fprintf(b, "  disks: %s\n", res.why())
		return
	}
	config := decodeObject(res.data)
	if truth(valueText(config["protection"])) {
		fmt.Fprintf(b, "  Proxmox refuses: protection is on (\"can't remove %s - protection mode enabled\")\n", g.noun())
	}
	if lock := valueText(config["lock"]); refusingLock(g, lock) {
		fmt.Fprintf(b, "  locked (%s): Proxmox refuses while the lock is held%s\n", clippedText(lock, 40), skiplockNote(g, flags))
	}
	disks := g.disks(config)
	if len(disks) == 0 {
		b.WriteString("  disks: none in its config\n")
	}
	for i, d := range disks {
		if i == planListItems {
			fmt.Fprintf(b, "  … and %d more disks\n", len(disks)-i)
			break
		}
		b.WriteString("  " + d.line() + "\n")
	}
}

// refusingLock: a lock stops the destroy, except a VM's "suspended"
// (qemu-server's destroy_vm destroys a hibernated VM with its state).
func refusingLock(g guest, lock string) bool {
	return lock != "" && lock != "null" && !(g.kind == "qemu" && lock == "suspended")
}

func skiplockNote(g guest, flags flagSet) string {
	if g.kind == "qemu" && flags.on(paramSkiplock) {
		return " (skiplock=1 overrides it, for root@pam only)"
	}
	return ""
}

func (d disk) line() string {
	size := ""
	if d.size != "" {
		size = ", " + d.size
	}
	volume := clippedText(d.volume, 120)
	if d.kept != "" {
		return fmt.Sprintf("disk %s: %s%s: kept (%s)", d.key, volume, size, d.kept)
	}
	return fmt.Sprintf("disk %s: %s%s: destroyed", d.key, volume, size)
}

// writeRunning: a running VM is refused; a running container too, unless
// force=1, which stops it first.
func writeRunning(b *strings.Builder, g guest, res readResult, flags flagSet) {
	running, known := currentRunning(res)
	switch {
	case !known:
		fmt.Fprintf(b, "  running: not known (%s)\n", whyUnknown(res))
	case !running:
		b.WriteString("  running: no\n")
	case g.kind == "lxc" && flags.on("force"):
		b.WriteString("  running: yes; force=1 stops it first\n")
	case g.kind == "lxc":
		fmt.Fprintf(b, "  running: yes, so Proxmox refuses (\"unable to destroy %s - container is running\"; force=1 stops it first)\n", g.noun())
	default:
		fmt.Fprintf(b, "  running: yes, so Proxmox refuses (\"%s is running - destroy failed\"): stop it first\n", g.noun())
	}
}

func whyUnknown(res readResult) string {
	if res.failed() {
		return res.why()
	}
	return "the snapshot list has no current entry"
}

// currentRunning reads the "current" entry of a snapshot list: Proxmox
// reports there whether the guest runs (qemu-server and pve-container
// snapshot_list).
func currentRunning(res readResult) (running, known bool) {
	if res.failed() {
		return false, false
	}
	list, _ := decodeList(res.data)
	for _, s := range list {
		if valueText(s["name"]) == "current" {
			return truth(valueText(s["running"])), s["running"] != nil
		}
	}
	return false, false
}

// snapshotList is a snapshot list without the "current" entry.
func snapshotList(res readResult) []map[string]any {
	list, _ := decodeList(res.data)
	out := make([]map[string]any, 0, len(list))
	for _, s := range list {
		if valueText(s["name"]) != "current" {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b map[string]any) int { return compareSnaptime(a, b) })
	return out
}

// planListItems bounds the items of a list a plan names.
const planListItems = 10

func writeSnapshots(b *strings.Builder, res readResult, fate string) {
	if res.failed() {
		fmt.Fprintf(b, "  snapshots: %s\n", res.why())
		return
	}
	snaps := snapshotList(res)
	if len(snaps) == 0 {
		b.WriteString("  snapshots: none\n")
		return
	}
	fmt.Fprintf(b, "  snapshots (%d, %s): %s\n", len(snaps), fate, snapshotNames(snaps))
}

func snapshotNames(snaps []map[string]any) string {
	var names []string
	for i, s := range snaps {
		if i == planListItems {
			names = append(names, fmt.Sprintf("and %d more", len(snaps)-i))
			break
		}
		names = append(names, snapshotLabel(s))
	}
	return strings.Join(names, ", ")
}

func snapshotLabel(s map[string]any) string {
	label := clippedText(valueText(s["name"]), 60)
	if t := unixTime(s["snaptime"]); t != "" {
		label += " (" + t + ")"
	}
	return label
}

// writeHA: an HA resource makes Proxmox refuse unless purge=1, which
// removes it.
func writeHA(b *strings.Builder, g guest, res readResult, flags flagSet) {
	if res.failed() {
		fmt.Fprintf(b, "  HA: %s\n", res.why())
		return
	}
	list, _ := decodeList(res.data)
	for _, r := range list {
		if sid := valueText(r["sid"]); sid == g.haSID() || sid == g.vmid {
			state := valueText(r["state"])
			switch {
			case flags.on("purge"):
				fmt.Fprintf(b, "  HA resource %s (state %s): removed from HA (purge=1)\n", g.haSID(), state)
			default:
				fmt.Fprintf(b, "  HA resource %s (state %s): Proxmox refuses without purge=1 (\"unable to remove %s - used in HA resources and purge parameter not set.\")\n",
					g.haSID(), state, g.noun())
			}
			return
		}
	}
	b.WriteString("  HA resource: none\n")
}

// writeReplication: replication jobs make Proxmox refuse unless purge=1,
// which removes them.
func writeReplication(b *strings.Builder, g guest, res readResult, flags flagSet) {
	if res.failed() {
		fmt.Fprintf(b, "  replication: %s\n", res.why())
		return
	}
	list, _ := decodeList(res.data)
	var jobs []string
	for _, j := range list {
		if valueText(j["guest"]) == g.vmid {
			jobs = append(jobs, fmt.Sprintf("%s to %s", clippedText(valueText(j["id"]), 40), clippedText(valueText(j["target"]), 40)))
		}
	}
	switch {
	case len(jobs) == 0:
		b.WriteString("  replication jobs: none\n")
	case flags.on("purge"):
		fmt.Fprintf(b, "  replication jobs: %s: removed (purge=1)\n", joinSome(jobs))
	default:
		fmt.Fprintf(b, "  replication jobs: %s: Proxmox refuses without purge=1 (\"There is a replication job '%s' for guest '%s' - Please remove that first.\")\n",
			joinSome(jobs), strings.SplitN(jobs[0], " ", 2)[0], g.vmid)
	}
}

func joinSome(items []string) string {
	if len(items) > planListItems {
		return strings.Join(items[:planListItems], ", ") + fmt.Sprintf(" and %d more", len(items)-planListItems)
	}
	return strings.Join(items, ", ")
}

// writeDeleteOptions: what purge and destroy-unreferenced-disks do as
// given (their defaults are off), and what is removed whatever is given.
func writeDeleteOptions(b *strings.Builder, g guest, op *catalog.Operation, flags flagSet) {
	if flags.on("purge") {
		fmt.Fprintf(b, "  purge=1: %s is also removed from backup jobs, replication jobs and HA\n", g.noun())
	} else {
		fmt.Fprintf(b, "  purge: %s: backup jobs that name %s keep naming it\n", flags.state(op, "purge"), g.noun())
	}
	if flags.on("destroy-unreferenced-disks") {
		fmt.Fprintf(b, "  destroy-unreferenced-disks=1: also every disk of VMID %s on an enabled storage that its config does not name\n", g.vmid)
	} else {
		fmt.Fprintf(b, "  destroy-unreferenced-disks: %s: disks of VMID %s that its config does not name are kept\n", flags.state(op, "destroy-unreferenced-disks"), g.vmid)
	}
	b.WriteString("  backups already made are kept whatever is given; its permissions and firewall rules are always removed\n")
}
