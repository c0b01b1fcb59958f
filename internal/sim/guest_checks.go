package sim

import (
	"fmt"
	"maps"
	"net/http"
	"regexp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// What Proxmox VE checks against the cluster's state when a guest is
// created or started: storages, volumes, templates and bridges. A schema
// cannot know these, so the wire package accepts the values and the
// simulator refuses them where and as PVE does — in the call (500, or 400
// naming a parameter) or in the worker (a failed task). Sources:
//   - qemu-server src/PVE/API2/Qemu.pm: check_storage_access (in the
//     call), create_disks ("volume X does not exist", in the worker), the
//     create worker's "unable to create VM N -" prefix;
//   - pve-container src/PVE/API2/LXC.pm: create_vm (ostemplate, rootfs,
//     "storage 'X' does not support container directories"), and
//     src/PVE/LXC/Create.pm restore_archive ("can't find file", worker);
//   - pve-storage src/PVE/Storage.pm: storage_config ("storage 'X' does
//     not exist"), check_volume_access ("content type needs to be");
//   - pve-common src/PVE/Network.pm read_bridge_mtu ("bridge 'X' does not
//     exist"), which a start calls for every network device.

// newDiskRE is qemu-server's NEW_DISK_RE: [STORAGE:]SIZE asks for a new
// disk of SIZE GiB (src/PVE/QemuServer/Drive.pm).
var newDiskRE = lazyRegexp(`^(([^/:\s]+):)?(\d+(\.\d+)?)$`)

// volumeIDRE is pve-storage's parse_volume_id: STORAGE:VOLNAME.
var volumeIDRE = lazyRegexp(`(?i)^([a-z][a-z0-9\-_.]*[a-z0-9]):(.+)$`)

// qemuDriveKey matches the QEMU config keys that are drives.
var qemuDriveKey = lazyRegexp(`^(?:scsi|sata|ide|virtio|efidisk|tpmstate)\d+$`)

// lxcVolumeKey matches a container's volumes: rootfs and mount points.
var lxcVolumeKey = lazyRegexp(`^(?:rootfs|mp\d+)$`)

// nodeBridges are the Linux bridges every simulated node has (see
// nodeNetwork).
var nodeBridges = []string{"vmbr0"}

// defaultCTStorage is pve-container's default for "storage".
const defaultCTStorage = "local"

// createCheck is the outcome of checking a new guest: a refusal of the
// call, or the error its worker would end with.
type createCheck struct {
	refuse *apiError
	worker string
}

// checkNewGuest checks a create request against the cluster's state.
func (c *call) checkNewGuest(st *state) createCheck {
	if c.guestKind() == "lxc" {
		return c.checkNewContainer(st)
	}
	return c.checkNewVM(st)
}

// checkNewVM: a new disk's storage must exist and hold images; an
// existing volume's storage must exist (in the call), and the volume
// itself (in the worker).
func (c *call) checkNewVM(st *state) createCheck {
	var out createCheck
	for _, k := range c.argKeys(qemuDriveKey()) {
		file, cdrom := driveFile(c.raw(k))
		switch {
		case file == "" || file == "none" || file == "cloudinit" || strings.HasSuffix(file, ":cloudinit"):
		case cdrom && file == "cdrom":
		case !cdrom && newDiskRE().MatchString(file):
			if e := newVMDiskStorage(st, newDiskRE().FindStringSubmatch(file)[2]); e != nil {
				return createCheck{refuse: e}
			}
		default:
			sid, volname, ok := parseVolumeID(file)
			if !ok {
				continue
			}
			if st.storages[sid] == nil {
				return createCheck{refuse: internalError("storage '%s' does not exist", sid)}
			}
			if t := volumeType(volname); t != "images" && t != "iso" {
				return createCheck{refuse: paramError(k, "content type needs to be 'images' or 'iso'")}
			}
			if out.worker == "" && !st.volumeExists(c.nodeName(), file) {
				out.worker = fmt.Sprintf("unable to create VM %d - volume %s does not exist", c.int("vmid"), file)
			}
		}
	}
	return out
}

// newVMDiskStorage checks the storage a new VM disk is allocated on. (The
// drive format, pve-volume-id-or-qm-path, already refused a size without
// a storage.)
func newVMDiskStorage(st *state, sid string) *apiError {
	s := st.storages[sid]
	if s == nil {
		return internalError("storage '%s' does not exist", sid)
	}
	if !s.hasContent("images") {
		return paramError("storage", fmt.Sprintf("storage '%s' does not support vm images", sid))
	}
	return nil
}

// checkNewContainer: the template (or backup, to restore) must be a
// volume of the right content on an existing storage (in the call) and
// must exist (in the worker); every volume's storage must exist and hold
// container directories.
func (c *call) checkNewContainer(st *state) createCheck {
	var out createCheck
	tmpl := c.str("ostemplate")
	want := "vztmpl"
	if c.flag("restore") {
		want = "backup"
	}
	if sid, volname, ok := parseVolumeID(tmpl); ok {
		if st.storages[sid] == nil {
			return createCheck{refuse: internalError("storage '%s' does not exist", sid)}
		}
		if t := volumeType(volname); t != want {
			return createCheck{refuse: internalError("unable to use volume %s - content type needs to be '%s'", tmpl, want)}
		}
		if !st.volumeExists(c.nodeName(), tmpl) {
			out.worker = fmt.Sprintf("unable to create CT %d - can't find file '%s'", c.int("vmid"), tmpl)
		}
	} else if c.authid() != "root@pam" {
		return createCheck{refuse: internalError("Only root can pass arbitrary filesystem paths.")}
	} else {
		out.worker = fmt.Sprintf("unable to create CT %d - can't find file '%s'", c.int("vmid"), tmpl)
	}
	sids := []string{}
	for _, k := range c.argKeys(lxcVolumeKey()) {
		if sid, _, ok := parseVolumeID(c.containerVolume(k)); ok {
			sids = append(sids, sid)
		}
	}
	if !c.has("rootfs") {
		sids = append(sids, c.containerStorage())
	}
	for _, sid := range sids {
		if e := checkContainerStorage(st, sid); e != nil {
			return createCheck{refuse: e}
		}
	}
	return out
}

// checkContainerStorage is pve-container's check_and_activate_storage.
func checkContainerStorage(st *state, sid string) *apiError {
	s := st.storages[sid]
	if s == nil {
		return internalError("storage '%s' does not exist", sid)
	}
	if !s.hasContent("rootdir") {
		return paramError("storage", fmt.Sprintf("storage '%s' does not support container directories", sid))
	}
	return nil
}

// containerStorage is the storage a container's new volumes default to.
func (c *call) containerStorage() string {
	if s := c.str("storage"); s != "" {
		return s
	}
	return defaultCTStorage
}

// containerVolume is a rootfs or mount point's volume, with a bare size
// put on the default storage as pve-container does.
func (c *call) containerVolume(k string) string {
	file, _ := driveFile(c.raw(k))
	if newDiskRE().MatchString(file) && !strings.Contains(file, ":") {
		return c.containerStorage() + ":" + file
	}
	return file
}

// argKeys lists the request's arguments whose names match, sorted as
// Proxmox walks them.
func (c *call) argKeys(re *regexp.Regexp) []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(c.args)) {
		if re.MatchString(k) {
			out = append(out, k)
		}
	}
	return out
}

// driveFile is a drive or mount point's volume (its default key, or
// file=/volume=) and whether it is a CD-ROM.
func driveFile(spec string) (file string, cdrom bool) {
	for i, part := range strings.Split(spec, ",") {
		k, v, hasKey := strings.Cut(part, "=")
		switch {
		case i == 0 && !hasKey:
			file = part
		case k == "file" || k == "volume":
			file = v
		case k == "media" && v == "cdrom":
			cdrom = true
		}
	}
	return file, cdrom
}

func parseVolumeID(volid string) (sid, volname string, ok bool) {
	m := volumeIDRE().FindStringSubmatch(volid)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// volumeType is the content type a volume name stands for, as the
// storage plugins' parse_volname reads directory volumes.
func volumeType(volname string) string {
	if dir, _, ok := strings.Cut(volname, "/"); ok {
		switch dir {
		case "iso", "vztmpl", "backup", "snippets", "import":
			return dir
		}
	}
	return "images"
}

// volumeExists: the volume is on its storage as seen from the node.
func (st *state) volumeExists(node, volid string) bool {
	sid, _, _ := parseVolumeID(volid)
	s := st.storages[sid]
	if s == nil {
		return false
	}
	for _, v := range st.storageContent(s, node) {
		if v.Volid == volid {
			return true
		}
	}
	return false
}

// missingBridge is the first network device's bridge the node lacks.
func (g *guest) missingBridge() string {
	for _, k := range slices.Sorted(maps.Keys(g.config)) {
		if !netKey().MatchString(k) {
			continue
		}
		for _, part := range strings.Split(g.config[k], ",") {
			if b, ok := strings.CutPrefix(part, "bridge="); ok && !slices.Contains(nodeBridges, b) {
				return b
			}
		}
	}
	return ""
}

var netKey = lazyRegexp(`^net\d+$`)

// paramError is PVE's raise_param_exc: 400 naming one parameter.
func paramError(param, msg string) *apiError {
	e := &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."}
	e.add(param, msg)
	return e
}

// cpuModelFormat is the format whose check looks a custom CPU model up in
// the cluster's cpu-models.conf (qemu-server src/PVE/QemuServer/
// CPUConfig.pm, validate_vm_cpu_conf, run at parameter verification).
const cpuModelFormat = "pve-vm-cpu-conf"

// checkCPUModels refuses a custom CPU model the cluster does not define;
// the simulated cluster defines none, so every custom-NAME is unknown.
func checkCPUModels(op *catalog.Operation, args map[string]any) *apiError {
	var e *apiError
	for i := range op.Params {
		p := &op.Params[i]
		if p.Value.Property == nil || p.Value.Property.Format != cpuModelFormat {
			continue
		}
		obj, _ := args[p.Name].(map[string]any)
		model, _ := obj["cputype"].(string)
		if name, custom := strings.CutPrefix(model, "custom-"); custom {
			if e == nil {
				e = &apiError{Status: http.StatusBadRequest, Message: "Parameter verification failed."}
			}
			e.add(p.Name, fmt.Sprintf("invalid format - Custom cputype '%s' not found", name))
		}
	}
	return e
}
