package main

import "strings"

// indexLimit is the highest index Proxmox accepts for an indexed parameter
// (net[n] → net0 … net31), from the constants that generate the
// configuration keys; the schema rarely states it. Where a description
// does ("n is 0 to 30"), the two agree.
type indexLimit struct {
	pathPrefix string // operations under this path
	base       string // the parameter's base name
	max        int
	source     string
}

var indexLimits = []indexLimit{
	{"/nodes/{node}/qemu", "net", 31, "proxmox/qemu-server src/PVE/QemuServer.pm $MAX_NETS = 32"},
	{"/nodes/{node}/qemu", "ipconfig", 31, "proxmox/qemu-server src/PVE/QemuServer.pm (one per $MAX_NETS)"},
	{"/nodes/{node}/qemu", "serial", 3, "proxmox/qemu-server src/PVE/QemuServer.pm $MAX_SERIAL_PORTS = 4"},
	{"/nodes/{node}/qemu", "parallel", 2, "proxmox/qemu-server src/PVE/QemuServer.pm $MAX_PARALLEL_PORTS = 3"},
	{"/nodes/{node}/qemu", "numa", 7, "proxmox/qemu-server src/PVE/QemuServer/Memory.pm $MAX_NUMA = 8"},
	{"/nodes/{node}/qemu", "hostpci", 15, "proxmox/qemu-server src/PVE/QemuServer/PCI.pm $MAX_HOSTPCI_DEVICES = 16"},
	{"/nodes/{node}/qemu", "usb", 13, "proxmox/qemu-server src/PVE/QemuServer/USB.pm $MAX_USB_DEVICES = 14"},
	{"/nodes/{node}/qemu", "virtiofs", 9, "proxmox/qemu-server src/PVE/QemuServer/Virtiofs.pm $MAX_VIRTIOFS = 10"},
	{"/nodes/{node}/qemu", "ide", 3, "proxmox/qemu-server src/PVE/QemuServer/Drive.pm $MAX_IDE_DISKS = 4"},
	{"/nodes/{node}/qemu", "sata", 5, "proxmox/qemu-server src/PVE/QemuServer/Drive.pm $MAX_SATA_DISKS = 6"},
	{"/nodes/{node}/qemu", "scsi", 30, "proxmox/qemu-server src/PVE/QemuServer/Drive.pm $MAX_SCSI_DISKS = 31"},
	{"/nodes/{node}/qemu", "virtio", 15, "proxmox/qemu-server src/PVE/QemuServer/Drive.pm $MAX_VIRTIO_DISKS = 16"},
	{"/nodes/{node}/qemu", "unused", 255, "proxmox/qemu-server src/PVE/QemuServer/Drive.pm $MAX_UNUSED_DISKS = 256"},
	{"/nodes/{node}/lxc", "net", 31, "proxmox/pve-container src/PVE/LXC/Config.pm $MAX_LXC_NETWORKS = 32"},
	{"/nodes/{node}/lxc", "mp", 255, "proxmox/pve-container src/PVE/LXC/Config.pm $MAX_MOUNT_POINTS = 256"},
	{"/nodes/{node}/lxc", "unused", 255, "proxmox/pve-container src/PVE/LXC/Config.pm $MAX_UNUSED_DISKS = $MAX_MOUNT_POINTS"},
	{"/nodes/{node}/lxc", "dev", 255, "proxmox/pve-container src/PVE/LXC/Config.pm $MAX_DEVICES = 256"},
	{"/cluster/config", "link", 7, "proxmox/pve-cluster src/PVE/Corosync.pm MAX_LINK_INDEX => 7"},
	{"/nodes/{node}/config", "acmedomain", 5, "proxmox/pve-manager PVE/NodeConfig.pm acmedomain0 .. $MAXDOMAINS (5)"},
}

// maxIndexOf is Proxmox's limit for an indexed parameter, else what the
// description states, else -1.
func maxIndexOf(path, base string, described int) int {
	for _, l := range indexLimits {
		if l.base == base && (path == l.pathPrefix || strings.HasPrefix(path, l.pathPrefix+"/")) {
			return l.max
		}
	}
	return described
}
