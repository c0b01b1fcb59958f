package search

import (
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// lexeme is one row of the vocabulary table: the words and phrases people
// write, the index terms Proxmox uses for the same idea, and what the word
// reveals about the request.
type lexeme struct {
	from    string          // comma-separated words or phrases, as users write them
	to      string          // comma-separated "term [weight]", as the API writes them
	intent  intent          // method preference the word expresses
	weight  float64         // concept weight; 0 means 1 (a normal content word)
	product catalog.Product // the word names a product ("backup server" → pbs)
	state   bool            // the verb names a state things can be in (see entry.state)
	// option marks a guest's configuration option: adding or removing
	// one ("add a network card", "remove the cdrom") changes the
	// guest's config rather than creating or deleting a guest.
	option bool
	// object marks a phrase that is the name of one object (the
	// storages the installer creates): naming it names an object, as a
	// name the index does not know does.
	object bool
	// member marks a phrase that puts a thing into or takes it out of a
	// collection object ("to pool lab", "to the group admins"): the
	// guest or user named is the value of the change, not its target.
	member bool
}

// Concept weights. A content word counts 1. Generic verbs ("create",
// "set", "run") count half: the method intent they set matters more than
// the word. "list" still matches "List …" summaries and "index", weakly,
// so it orders candidates without choosing them.
const (
	crudWeight     = 0.5
	weakListWeight = 0.4
)

// lexicon maps everyday and cross-product vocabulary onto Proxmox's. Rules
// of thumb: the first "to" term is the API's own word (path segment or
// summary word); secondary terms carry a lower weight so an operation that
// uses the exact word wins over one that only uses a relative. A single
// word also always matches itself at weight 1.
var lexicon = []lexeme{
	// Products: they match every operation of the product (and the few
	// of the other product that name it, "Scan remote Proxmox Backup
	// Server").
	{from: "backup server, proxmox backup server, proxmox backup, pbs", to: "pbs 0.5", product: catalog.PBS},
	{from: "pve, proxmox ve, virtual environment", to: "pve 0.5", product: catalog.PVE},
	// Seen from PVE: a request about backup server things asked from the
	// PVE side ("browse the pbs backup of vm 110 from pve") is made to
	// PVE, which reaches them through its storage of type pbs.
	{from: "from pve, from the pve side, on the pve side, the pve side, seen from pve, via pve, through pve, in the pve gui, from the pve gui, pve view, from proxmox ve", to: "pve 0.5", product: catalog.PVE, weight: 1.5},
	{from: "pbs storage, pbs storages", to: "storage, pbs 0.5", product: catalog.PVE},

	// Proxmox's own command-line tools, which administrators quote ("qm
	// list", "pvesm status"). Each manages one part of the API and names
	// its product (pve-docs: qm.adoc, pct.adoc, pvesm.adoc, pvecm.adoc,
	// pveum.adoc, pveceph.adoc, pvesr.adoc, pveam.adoc, pvenode.adoc,
	// pvesh.adoc; proxmox-backup docs: proxmox-backup-manager,
	// proxmox-tape, pmtx).
	{from: "qm, qmrestore", to: "qemu", product: catalog.PVE},
	{from: "pct", to: "lxc", product: catalog.PVE},
	{from: "pvesm", to: "storage", product: catalog.PVE},
	{from: "pvecm", to: "cluster, corosync 0.6", product: catalog.PVE},
	{from: "pveum", to: "access", product: catalog.PVE},
	{from: "pveceph", to: "ceph", product: catalog.PVE},
	{from: "pvesr", to: "replication", product: catalog.PVE},
	{from: "pveam", to: "aplinfo, appliance 0.8", product: catalog.PVE},
	{from: "pvenode", to: "node", product: catalog.PVE},
	{from: "pvesh, pvesubscription, pveperf", product: catalog.PVE},
	{from: "proxmox backup manager, proxmox backup client", product: catalog.PBS},
	{from: "proxmox tape", to: "tape", product: catalog.PBS},
	{from: "pmtx", to: "changer, tape 0.7", product: catalog.PBS},

	// Proxmox's configuration files, which administrators name for what
	// they hold (pve-docs pmxcfs.adoc "Files", vzdump.adoc; proxmox-backup
	// docs "Configuration Files"): each is what one part of the API
	// manages.
	{from: "storage cfg", to: "storage", product: catalog.PVE},
	{from: "datacenter cfg", to: "options, cluster 0.8", product: catalog.PVE},
	{from: "corosync conf", to: "corosync, totem 0.6, config 0.6", product: catalog.PVE},
	{from: "vzdump conf", to: "vzdump, defaults 0.8", product: catalog.PVE},
	{from: "jobs cfg", to: "jobs, backup 0.6", product: catalog.PVE},
	{from: "replication cfg", to: "replication", product: catalog.PVE},
	{from: "status cfg", to: "metrics, server 0.6", product: catalog.PVE},
	{from: "cluster fw", to: "firewall, cluster 0.6", product: catalog.PVE},
	{from: "user cfg", to: "user, acl 0.6, group 0.6"},
	{from: "domains cfg", to: "domains, realm 0.8"},
	{from: "notifications cfg", to: "notifications, target 0.6"},
	{from: "datastore cfg", to: "datastore, config 0.6", product: catalog.PBS},
	{from: "sync cfg", to: "sync, config 0.6", product: catalog.PBS},
	{from: "prune cfg", to: "prune, config 0.6", product: catalog.PBS},
	{from: "verification cfg", to: "verify, config 0.6", product: catalog.PBS},
	{from: "remote cfg", to: "remote, config 0.6", product: catalog.PBS},
	{from: "tape cfg", to: "drive, changer 0.8", product: catalog.PBS},
	{from: "media pool cfg", to: "media, pool", product: catalog.PBS},
	{from: "tape job cfg", to: "tape, backup 0.8, job 0.8", product: catalog.PBS},
	{from: "acl cfg", to: "acl", product: catalog.PBS},
	{from: "traffic control cfg", to: "traffic, control 0.8", product: catalog.PBS},
	{from: "node cfg", to: "node, config 0.8", product: catalog.PBS},
	{from: "s3 cfg", to: "s3", product: catalog.PBS},

	// Linux commands administrators quote for what the API also does:
	// each names the API's object.
	{from: "lspci", to: "pci, hardware 0.8", intent: intentRead},
	{from: "lsusb", to: "usb, hardware 0.8", intent: intentRead},
	{from: "lsblk, fdisk, blkid", to: "disk, list 0.5", intent: intentRead},
	{from: "smartctl", to: "smart, disk 0.6", intent: intentRead},
	{from: "showmount", to: "nfs, scan 0.8", intent: intentRead},
	{from: "iscsiadm", to: "iscsi, scan 0.6"},
	{from: "pvs, vgs, lvs, pvdisplay, vgdisplay, lvdisplay", to: "lvm, disk 0.5", intent: intentRead},
	{from: "dmesg", to: "syslog, journal 0.8, log 0.6", intent: intentRead},
	{from: "systemctl", to: "service"},
	{from: "timedatectl, chronyc", to: "time, timezone 0.8"},
	// ifupdown2's ifreload applies /etc/network/interfaces, as the
	// API's network reload does.
	{from: "ifreload, ifupdown2", to: "network, reload 0.8", intent: intentAction},
	{from: "etc network interfaces, interfaces file", to: "network, iface 0.6"},
	{from: "resolv conf, resolvconf", to: "dns"},
	{from: "dist upgrade, full upgrade", to: "apt, update 0.8", intent: intentAction},
	// apt update refreshes the package index: POST …/apt/update ("This is
	// used to resynchronize the package index files").
	{from: "apt update, apt get update", to: "apt, update, resynchronize 0.6", intent: intentAction},

	// Guests. The cluster, HA and pools call guests "resources".
	{from: "vm, virtual machine, kvm, qemu, virtual server", to: "qemu, vm 0.9, virtual 0.5, machine 0.5, vmid 0.4, resource 0.3"},
	{from: "container, ct, lxc, linux container", to: "lxc, container, ct 0.8, vmid 0.3, resource 0.3"},
	{from: "guest, instance, instances", to: "guest, qemu 0.8, lxc 0.8, vm 0.7, vmid 0.4, resource 0.3"},
	{from: "guest agent, qemu agent, qemu guest agent, qga, agent", to: "agent"},
	// Whether the agent answers is its ping (and info).
	// Who is logged into a guest is what its agent's get-users reports.
	{from: "logged in, logged into, logged on, who is logged, sessions in the guest", to: "users, agent 0.8", intent: intentRead},
	{from: "agent running, agent responding, agent installed, agent working, agent alive, agent up", to: "agent, ping 0.8, info 0.6", intent: intentRead},
	// pveam, the "appliance manager", manages container templates
	// (pve-docs pveam.adoc: "Container Images"); downloaded ones are the
	// vztmpl content of a storage.
	{from: "container template, container templates, ct template, lxc template, container image, appliance template, ready made images, ready made templates, prebuilt images, premade images, images for containers", to: "aplinfo, appliance 0.8, vztmpl 0.6, template 0.5"},
	{from: "template, golden image, base image, master image", to: "template"},
	{from: "appliance, appliances, turnkey", to: "aplinfo, appliance"},
	{from: "iso, iso image, installer, cd image", to: "iso, content 0.7"},
	// File systems are fs in the agent's commands (get-fsinfo, fstrim,
	// fsfreeze).
	{from: "filesystem, filesystems, file system, file systems", to: "fs, fsinfo 0.8, filesystem 0.8"},
	// How full a guest's own disks are is what df reports inside it, and
	// the agent's get-fsinfo from outside (the VM status has no disk
	// usage of a VM).
	{from: "df, df -h, disk usage inside, disk space inside, space inside the guest, used space inside", to: "fsinfo, fs 0.8, agent 0.5", intent: intentRead},
	// What happens inside a guest is seen through its agent.
	{from: "inside the guest, inside the vm, in the guest os, within the guest, from inside the guest, inside the os", to: "agent 0.8"},
	// The guest agent's commands (QEMU guest agent: get-osinfo,
	// fsfreeze-freeze/-thaw, fstrim) in the words people use for them.
	{from: "operating system, os version, which os, what os, windows version, linux distro, distro, distribution, guest os", to: "osinfo, os 0.8, ostype 0.5", intent: intentRead},
	{from: "thaw, unfreeze", to: "thaw, fsfreeze 0.8", intent: intentAction},
	{from: "trim, fstrim, discard unused blocks", to: "fstrim", intent: intentAction},
	{from: "image, disk image", to: "image, content 0.6"},
	{from: "cloud init, cloudinit", to: "cloudinit"},
	// What cloud-init sets up in a VM (user, password, keys, addresses,
	// DNS) are options of its config: ciuser, cipassword, sshkeys,
	// ipconfig[n], nameserver (pve-docs qm-cloud-init.adoc).
	{from: "ssh key, ssh keys, ssh public key, public key, authorized keys, sshkeys", to: "sshkeys, config 0.6", option: true},
	{from: "ciuser, cipassword, cloud init password, default user", to: "ciuser, cipassword 0.8, config 0.6", option: true},
	{from: "ipconfig, ip config, cloud init ip, cloud init network", to: "ipconfig, config 0.6, ip 0.5", option: true},
	// A guest's virtual hardware is a set of options of its config.
	// The CPU models and machine types a node's QEMU offers are its
	// capabilities (/nodes/{node}/capabilities/qemu/cpu, machines).
	{from: "cpu type, cpu types, cpu model, cpu models", to: "cpu, model 0.9, capabilities 0.8"},
	{from: "machine type, machine types, machine version, machine versions, q35, i440fx", to: "machine, capabilities 0.8"},
	{from: "memory, ram, mem", to: "memory, mem 0.8, balloon 0.5, config 0.4", option: true},
	{from: "cpu, cpus, cores, core, vcpu, vcpus, processor, sockets", to: "cpu, core 0.8, vcpus 0.7, socket 0.5, config 0.4", option: true},
	{from: "cdrom, cd drive, dvd drive, serial port, tpm, efi disk, boot order", to: "config 0.6", option: true},
	// A guest's lock (backup, migrate, snapshot, …) is its lock option:
	// qm/pct unlock deletes it from the config.
	{from: "lock, locked, unlock", to: "lock, config 0.6", intent: intentUpdate, option: true},
	{from: "next free id, next id, next vmid, free vmid, free id, unused id", to: "nextid, next 0.8"},
	// When a schedule fires is what the calendar-event analyzer answers.
	{from: "calendar event, calendar events, next run times, next runs, fire next, when will it run, schedule simulator", to: "schedule, analyze 0.8", intent: intentRead},

	// Backups, snapshots and their PBS counterparts.
	// "dump" is also a verb of showing: "dump the whole acl", "dump
	// every vm with its node".
	{from: "dump the, dump all, dump every, dump each, dump my, dump our", intent: intentRead},
	{from: "backup, backups, dump, vzdump", to: "backup, vzdump 0.9"},
	{from: "back up", to: "backup, vzdump 0.9", intent: intentAction},
	{from: "backed up", to: "backup, back 0.8"},
	// "Not backed up" is a report of its own (/cluster/backup-info/not-backed-up).
	{from: "not backed up, without backup, without a backup, not covered by backup, not in any backup, not in a backup job, not covered by any backup job, not covered by a backup job, not covered by any backup, no backup job, backed up at all, even backed up, no backup, unprotected, arent in any backup, arent in a backup job, arent backed up, are not backed up, in no backup job", to: "not, back, backup 0.5, cover 0.5", weight: 2},
	// On a storage, a backup or ISO file is a volume of its content.
	{from: "backup file, backup files, backup archive, backup archives, vzdump file, vzdump files, dump file, dump files, iso file, iso files, image file, disk image file", to: "volume, content 0.8, backup 0.5"},
	// What a storage holds is its content.
	{from: "stored on, stored in, kept on, lying on, taking up, takes up, room on, space on", to: "content, storage 0.5"},
	// Formatting a disk is putting a filesystem or partition table on it.
	{from: "format, partition", to: "directory 0.6, initgpt 0.6, filesystem 0.6", intent: intentCreate},
	{from: "snapshot, checkpoint, save point, savepoint, restore point", to: "snapshot"},
	// Whether a guest supports snapshots or clones is its feature check.
	// Whether a guest can be snapshotted or cloned is its feature check.
	{from: "snapshotted, snapshottable, be cloned, clonable, can be snapshotted, can be cloned", to: "feature, snapshot 0.6, clone 0.5", intent: intentRead},
	{from: "support, supports, supported, capable, possible", to: "feature, available 0.6", intent: intentRead, weight: 0.5},
	{from: "restore, recover", to: "restore"},
	{from: "rollback, roll back, revert, go back, discard, undo", to: "rollback, revert 0.6", intent: intentAction},
	{from: "garbage collection, garbage collect, collect garbage, gc, garbage", to: "gc, garbage 0.9"},
	{from: "verify, validate, check integrity, integrity check, reverify, re verify", to: "verify, verification", intent: intentAction},
	{from: "verification, integrity", to: "verification, verify"},
	// Deleting backups by age or count is pruning (the keep-* options).
	{from: "prune, retention, keep last, keep daily, keep weekly, keep monthly, keep yearly, keep hourly, keep only, older than", to: "prune, keep 0.5", intent: intentAction},
	// Space in a datastore is reclaimed by garbage collection, which
	// removes chunks no backup uses (proxmox-backup docs, "Garbage
	// Collection").
	{from: "unused chunks, clean up, cleanup, reclaim space, free up space, free up, reclaim, space back, still full, space not freed, not freed, did not go down, didnt go down", to: "gc, garbage 0.8", intent: intentAction},
	{from: "immutable, immutability, worm", to: "protected, protection 0.8"},
	// Restoring single files from a backup is file restore in PVE
	// (storage file-restore: list, download) and the pxar catalog and
	// file download in PBS (pve-docs vzdump.adoc "File Restore").
	{from: "single file, one file, a file, individual file, individual files, single files, file level, file level restore, file restore, some files", to: "file, restore 0.7, catalog 0.5, pxar 0.5"},
	// Restoring a file is reading it out of the backup, not restoring
	// the guest.
	{from: "restore a single file, restore a file, restore one file, restore single files, restore some files, restore files, recover a file, recover files", to: "file, restore 0.7, catalog 0.5, pxar 0.5", intent: intentRead},
	// A datastore taken read-only or offline is in a maintenance mode
	// (maintenance-mode: read-only, offline); its tuning options set
	// chunk order and sync level.
	{from: "maintenance mode, read only mode, readonly mode, offline mode", to: "maintenance, mode 0.5", option: true},
	{from: "chunk order, sync level, tuning, tuning options", to: "tuning, datastore 0.4", option: true},
	{from: "off tape, from tape, back from tape, restore from tape", to: "tape, restore", intent: intentAction},
	{from: "deduplication, dedup, dedup factor", to: "gc 0.5, status 0.6, datastore 0.5", product: catalog.PBS},
	{from: "offsite, off site, offsite copy, remote copy, second backup server", to: "sync, push 0.8, remote 0.8", product: catalog.PBS},
	{from: "sync, synchronize, synchronise, mirror", to: "sync, pull 0.6, push 0.5"},
	{from: "pull", to: "pull, sync 0.7"},
	{from: "push", to: "push, sync 0.7"},
	{from: "datastore, data store, backup store, chunk store", to: "datastore, store 0.8, storage 0.4"},
	{from: "namespace, ns", to: "namespace, ns 0.8"},
	{from: "protected, protection", to: "protected"},
	{from: "protect, unprotect", to: "protected, protection 0.9", intent: intentUpdate},
	{from: "owner, ownership, chown", to: "owner"},
	{from: "tape, lto", to: "tape"},
	// Erasing a tape for reuse is formatting its media (proxmox-tape
	// format).
	{from: "erase tape, wipe tape, format tape, blank tape, erase the tape, wipe the tape", to: "format, media 0.8, tape 0.6", intent: intentAction},
	{from: "spit out, spit the", to: "eject, unload 0.8", intent: intentAction},
	{from: "changer, autoloader, tape library", to: "changer, tape 0.7"},
	{from: "media, cartridge, tape media", to: "media, tape 0.5"},

	// Storage and disks.
	{from: "storage, storage pool, storage backend", to: "storage, datastore 0.4"},
	{from: "disk, volume, hard disk, hdd, ssd, nvme, vdisk", to: "disk, volume 0.8, drive 0.5"},
	{from: "drive", to: "drive, disk 0.6"},
	{from: "resize, grow, extend, enlarge, expand, shrink", to: "resize, extend 0.8, size 0.5", intent: intentUpdate},
	// "make the disk bigger": the comparative says to grow it (more,
	// less and smaller only say that something changes).
	{from: "bigger, larger", to: "resize 0.8, size 0.5", intent: intentUpdate},
	// Running out of disk in a guest asks for a bigger disk.
	{from: "more disk, bigger disk, more disk space, more gigs, extra gigs, gigs more, more storage space", to: "resize, size 0.6, disk 0.5", intent: intentUpdate},
	{from: "free space, disk space, space, room left, room is left, capacity, how full, quota, out of space, running out of space, disk full, out of disk, out of disk space, running out of disk, running out of disk space", to: "status, usage 0.9", intent: intentRead},
	{from: "how big, how large, size of, sizes", to: "size, usage 0.6, status 0.5", intent: intentRead},
	// The storages the installer creates (pve-docs pve-installation.adoc):
	// naming one names a storage.
	{from: "local lvm, local zfs, local btrfs", to: "storage, lvm 0.5, zfs 0.5", object: true},
	{from: "usage, utilization, utilisation", to: "usage, status 0.8", intent: intentRead},
	// What a thing is using is its usage, in its current status.
	{from: "using, in use, consumes, consuming", to: "usage 0.6, status 0.5, current 0.5", weight: 0.5},
	{from: "full, almost full, nearly full, filling up, fills up", to: "usage, status 0.8, avail 0.5", intent: intentRead},
	// What a datastore is busy with now are its active operations
	// (readers and writers).
	{from: "reading or writing, readers, writers, active operations, busy", to: "active, operation 0.8, current 0.5", intent: intentRead},
	// Whether a thing works is what its check or test call answers.
	{from: "works, working, work", to: "check 0.6, test 0.6, ping 0.5", intent: intentRead, weight: 0.5},
	// A network share mounted as storage is a storage (NFS, CIFS/SMB).
	{from: "share, network share, file share", to: "storage, nfs 0.5, cifs 0.5"},
	// The shares a file server offers are what a node's scan of it finds
	// (pvesm scan cifs / nfs); one of them becomes a storage.
	{from: "smb share, smb shares, cifs share, cifs shares, samba share, samba shares, windows share, windows shares", to: "cifs, scan 0.5, storage 0.5"},
	{from: "nfs share, nfs shares, nfs export, nfs exports", to: "nfs, export 0.6, scan 0.5, storage 0.5"},
	{from: "zpool, zfs pool, rpool, zpools, resilver, resilvering, scrub", to: "zfs, zpool"},
	{from: "lvm thin, thin pool, thinpool", to: "lvmthin, thin 0.8"},
	{from: "directory, dir, folder", to: "directory, dir 0.9"},
	{from: "mount point, mountpoint, mount", to: "mount, mp 0.8, config 0.4", option: true},
	// A container's bind mount is a mount point (mp[n]) of its config
	// (pve-docs pct.adoc "Bind Mount Points").
	{from: "bind mount, bind mounts, bind mount point", to: "mp, mount 0.8, config 0.6", option: true},
	// A container's privileges, nesting and device access are options of
	// its config (unprivileged, features, dev[n]).
	{from: "privileged, unprivileged", to: "unprivileged, config 0.6", option: true},
	{from: "nesting, keyctl, fuse, container features", to: "features, config 0.6", option: true},
	{from: "tun device, tun, dev passthrough, device passthrough", to: "dev, config 0.6", option: true},
	// Tags of a guest are its tags option; the cluster resources list them.
	{from: "tag, tags, tagged, label, labels", to: "tags, config 0.5, resource 0.4", option: true},
	{from: "wipe, zap, erase disk, wipe disk", to: "wipe, wipedisk", intent: intentAction},
	{from: "disk health, smart", to: "smart, health 0.7"},

	// Power and lifecycle.
	{from: "reboot, restart, power cycle, bounce", to: "reboot, restart 0.9", intent: intentAction},
	{from: "reset, hard reset", to: "reset, reboot 0.5", intent: intentAction},
	{from: "reload", to: "reload, restart 0.6", intent: intentAction},
	// Applying pending configuration is a reload in Proxmox (network, SDN).
	{from: "apply", to: "apply, reload 0.7", intent: intentAction},
	{from: "start, boot, power on, launch, spin up, bring up, fire up, bring back, bring online, back online, come up, comes up, boot up", to: "start, boot 0.5", intent: intentAction, state: true},
	{from: "stop, kill, power off, terminate, pull the plug, force off, force stop, hard stop, yank the power, yank its power, cut the power, pull the power", to: "stop, shutdown 0.5", intent: intentAction, state: true},
	// Starting with the host is the onboot option of a guest's config.
	{from: "autostart, auto start, start at boot, start on boot, starts automatically, start automatically, onboot", to: "onboot, config 0.5", intent: intentUpdate},
	// Newcomers say it from the outside: the guest comes back by itself
	// once the power is back.
	{from: "come up by itself, comes up by itself, come up on its own, comes up on its own, come back on its own, comes back on its own, start on its own, starts on its own, start by itself, starts by itself, come back by itself, comes back by itself, when the power comes back, power comes back, after a power cut, after a power outage, after a power failure", to: "onboot, config 0.5", intent: intentUpdate},
	// Turning a thing on starts a guest or enables a feature (the
	// firewall, an option): the object decides.
	// Aborting a job that runs is stopping its task (DELETE
	// /nodes/{node}/tasks/{upid}).
	{from: "abort, cancel, kill task, stop task, cancel task, abort task, kill the task, stop the task", to: "task, upid 0.7, stop 0.6", intent: intentDelete},
	{from: "turn on, switch on", to: "start, enable 0.9, boot 0.5", intent: intentAction | intentUpdate},
	{from: "turn off, switch off", to: "stop, disable 0.9, shutdown 0.5", intent: intentAction | intentUpdate},
	{from: "shutdown, shut down, power down, poweroff, halt, spin down, take down, take offline, bring down", to: "shutdown, stop 0.6", intent: intentAction, state: true},
	{from: "suspend, pause, hibernate, sleep", to: "suspend, pause 0.8", intent: intentAction, state: true},
	{from: "resume, unpause, unsuspend, wake up, continue", to: "resume", intent: intentAction},
	{from: "wake on lan, wakeonlan, wol, wake, turn it on over the network, power it on over the network, switch it on over the network", to: "wakeonlan, wake 0.8"},
	{from: "migrate, live migrate", to: "migrate, migration, relocate 0.5", intent: intentAction},
	{from: "migration", to: "migration, migrate"},
	// Emptying a node of its guests is migrating all of them.
	{from: "drain, evacuate, migrate everything, move everything", to: "migrateall, migrate 0.6, all 0.5", intent: intentAction},
	{from: "move, relocate, transfer", to: "move, migrate 0.5, relocate 0.5", intent: intentAction},
	{from: "clone, copy, duplicate", to: "clone, copy 0.9", intent: intentAction},
	// Generic "do it" verbs: the object ("run a backup") decides what to
	// call, the verb mostly says it is an action.
	{from: "now, immediately, asap, right now", to: "now", weight: 0.5},
	// Starting a job by hand is its run call (/admin/verify/{id}/run).
	{from: "by hand, manually, on demand, out of schedule", to: "run, now 0.6", intent: intentAction, weight: 0.5},
	// What is on something is its content (a storage's, a tape's).
	{from: "whats on, what is on, whats in, contents of, content of", to: "content, list 0.4", intent: intentRead},
	// Finding what is attached or reachable is a scan.
	{from: "detect, discover, autodetect, probe", to: "scan, list 0.4", intent: intentRead},
	// A removable datastore is mounted when its disk is plugged in and
	// unmounted before it is pulled (proxmox-backup docs, "Removable
	// Datastores").
	{from: "eject, unplug, pull the drive, safely remove", to: "unmount, eject 0.8, export 0.4", intent: intentAction},
	{from: "plug in, plugged in, plugged back", to: "mount", intent: intentAction},
	{from: "run, execute, trigger, kick off", to: "run, execute 0.6", intent: intentAction, weight: crudWeight},
	{from: "exec, run command, run a command, command", to: "exec, command, execute 0.8"},
	{from: "open, connect, attach", intent: intentAction},
	{from: "console, terminal, shell, vnc, novnc, xterm, xterm js, xtermjs, tty, command line, see the screen, screen of", to: "console, vnc 0.9, shell 0.9, term 0.8, termproxy 0.8, spice 0.7"},
	// SPICE is its own console protocol (spiceproxy), opened with
	// remote-viewer (pve-docs qm.adoc "SPICE").
	// Keys sent to a VM's console (qm sendkey): ctrl-alt-del, the
	// "three-finger salute".
	{from: "sendkey, send key, send keys, ctrl alt del, ctrl alt delete, three finger salute, key combination", to: "sendkey, key 0.8", intent: intentAction},
	{from: "quiesce, quiesced", to: "fsfreeze, freeze 0.8", intent: intentAction},
	{from: "spice, spice connection, remote viewer, virt viewer", to: "spiceproxy, spice 0.9, console 0.5"},
	// A container is frozen when suspended (lxc-freeze); a VM's file
	// systems through its agent (fsfreeze).
	{from: "freeze, frozen", to: "fsfreeze, freeze 0.9, suspend 0.6", intent: intentAction},

	// Generic CRUD verbs: they choose the method, and match the API's
	// verbs only at half weight, because the object of the sentence says
	// which operation it is ("add a network card" is not "Add IP to IPSet").
	{from: "delete, remove, destroy, drop, purge, erase, get rid of, uninstall, forget, revoke, invalidate, nuke, blow away, trash, decommission, tear down, scrap", to: "delete, remove, destroy, unlink 0.5", intent: intentDelete, weight: crudWeight},
	{from: "create, add, new, make, generate, register, provision, set up, setup, define", to: "create, add 0.9, new 0.7, generate 0.7", intent: intentCreate, weight: crudWeight},
	{from: "upload", to: "upload", intent: intentCreate},
	{from: "download", to: "download"},
	{from: "update, change, modify, edit, set, configure, adjust, alter, increase, decrease, raise, lower, rename, replace, bump, tweak", to: "update, set 0.9, change 0.8, modify 0.8", intent: intentUpdate, weight: crudWeight},
	// Putting a thing into a state changes it ("put datastore main into
	// maintenance mode"); taking it out of one is the member rows' or the
	// state's.
	{from: "put", intent: intentUpdate, weight: 0.3},
	// Rotating a token's secret regenerates it.
	{from: "rotate, regenerate", to: "regenerate, update 0.5", intent: intentUpdate},
	{from: "enable, activate", to: "enable", intent: intentUpdate},
	{from: "disable, deactivate, lock out", to: "disable", intent: intentUpdate},
	// More or less of something is a change of it.
	{from: "more, less, smaller, additional, extra", intent: intentUpdate},
	{from: "list, enumerate, ls", to: "list, index 0.6", intent: intentRead | intentList, weight: weakListWeight},
	{from: "all, every, each", to: "all", intent: intentList, weight: 0.2},
	// Nearly every GET summary starts with Get/Read/List, so these verbs
	// only set the intent; matching them as words would add noise.
	{from: "show, display, view, get, read, fetch, retrieve, see, print, inspect, check, query, find, look, lookup, search, browse", intent: intentRead},
	{from: "which, what, when, where, who, how much, how long, exist, exists, is there, are there, give me, tell me", intent: intentRead},
	{from: "how many", intent: intentRead | intentList}, // counting is listing
	{from: "give, assign", intent: intentUpdate},        // give bob access, give vm 100 more memory, assign a role
	{from: "available", to: "available", intent: intentRead, weight: 0.5},
	{from: "running, active, current, currently, doing", to: "current 0.6, status 0.5, active 0.5", weight: 0.3},
	{from: "online, offline, powered on, powered off", to: "status, online 0.8, current 0.5", intent: intentRead, weight: 0.5},
	// What runs on a host or cluster are its guests: the cluster calls
	// them resources.
	{from: "runs on, run on, running on, hosted on, hosts, lives on, live on", to: "resource, guest 0.6, qemu 0.5, lxc 0.5, vm 0.5", intent: intentRead | intentList},
	// Where a guest is, is which node the cluster resources list it on.
	{from: "where is, where are, where does, which node, what node, on which node, on what node, which host, located", to: "resource, node 0.5", intent: intentRead},

	// State, logs, monitoring.
	{from: "status, state, health, healthy, condition", to: "status, state 0.6, health 0.6", intent: intentRead},
	// Ceph reports its health as HEALTH_OK, HEALTH_WARN, HEALTH_ERR.
	{from: "health warn, health err, health ok, degraded, health warning", to: "ceph 0.7, status, health 0.8", intent: intentRead},
	// Slowness is read in a guest's or node's statistics and status.
	{from: "slow, sluggish, crawls, crawling, laggy, lagging, lag, unresponsive, high load, performance problem, performance problems", to: "rrddata 0.7, rrd 0.6, status 0.7, current 0.5, cpu 0.4", intent: intentRead},
	// Whether something failed or succeeded is the status of the task
	// that ran it.
	{from: "failed, failure, failures, error, errors, succeeded, successful, success, went wrong", to: "task 0.6, status 0.6, log 0.4", intent: intentRead, weight: 0.5},
	// What happened in the past, and who did it, is in the task
	// history and the cluster log (pve-docs pve-admin-guide, "Cluster
	// log").
	{from: "last night, yesterday, recently, earlier today, who changed, who did, who deleted", to: "task 0.6, log 0.6", intent: intentRead, weight: 0.5},
	// The cluster log is the record of what was done (pve-docs, "Cluster
	// log").
	{from: "audit, audit log, audit trail, event log, events, cluster log, cluster logs", to: "log, cluster 0.7", intent: intentRead},
	// What Proxmox runs (backups, restores, migrations, clones) runs as a
	// task: how far it has got is in the task's status and log.
	{from: "progress, how far along, how far is, how far has, how far did, percent done, percentage done, time remaining, how long until done", to: "task, log 0.8, status 0.6", intent: intentRead},
	// One backup in time is a backup file on a storage (its content), not
	// the backup job or a run of vzdump.
	{from: "last backup, latest backup, newest backup, oldest backup, previous backup, most recent backup, yesterdays backup, last nights backup, todays backup, fridays backup", to: "content, backup 0.8, volume 0.5"},
	// Package names ask for the installed versions (pveversion -v).
	{from: "pve-manager, qemu-server, pve-kernel, proxmox-kernel, pve-qemu-kvm, package versions", to: "versions, apt 0.6, package 0.5", intent: intentRead},
	{from: "uptime, cpu usage, memory usage, ram usage", to: "status, current 0.6", intent: intentRead},
	// A job's last or next run is what its status reports (last-run-state,
	// next-run), not a run to start.
	{from: "last run, next run, last ran, last run result, last result, last runs", to: "status 0.6, state 0.5", intent: intentRead, weight: 0.5},
	// How long something has run is its uptime, in its status.
	{from: "been up, up since, running since, been running for, up for how long", to: "status, uptime 0.8, current 0.6", intent: intentRead},
	// IO wait is one of the series a node's statistics record (rrddata
	// "iowait").
	{from: "iowait, io wait, io delay", to: "rrddata, rrd 0.8, status 0.5", intent: intentRead},
	{from: "log, logs, output", to: "log, syslog 0.8, journal 0.8", intent: intentRead},
	{from: "syslog, system log, system logs", to: "syslog, journal 0.9, log 0.8", intent: intentRead},
	{from: "journal, journald, journalctl", to: "journal, syslog 0.9, log 0.7", intent: intentRead},
	{from: "task, upid", to: "task, upid 0.7"},
	{from: "job, jobs, cron job", to: "job, schedule 0.6"},
	{from: "schedule, timer, cron", to: "schedule, job 0.6"},
	{from: "plan, policy, policies", to: "job 0.6, schedule 0.6", weight: 0.5},
	{from: "stats, statistics, graph, chart, history, monitoring, performance, trend", to: "rrddata, rrd 0.9, stat 0.8, metric 0.6", intent: intentRead},
	{from: "task history, job history, task list", to: "task", intent: intentRead | intentList},
	// How loaded a node is: its load average and CPU, in its status.
	{from: "how loaded, load average, loadavg, system load", to: "loadavg, status 0.7, cpu 0.5", intent: intentRead},
	// A summary of everything: the cluster's resources and status.
	{from: "overview, summary", to: "resource 0.6, status 0.6", intent: intentRead, weight: 0.5},
	{from: "metric, metrics", to: "metric, rrddata 0.7, rrd 0.6"},
	// External monitoring reads the metrics export or receives metrics
	// from a metric server entry.
	{from: "export metrics, metrics export, metric server, metrics server, metrics target", to: "metric, server 0.7, export 0.5"},
	{from: "prometheus, prometheus exporter, grafana, telegraf", to: "metric, export 0.6, server 0.4"},
	{from: "netstat, network statistics, network counters, interface counters", to: "netstat, net 0.6, stat 0.6", intent: intentRead},
	{from: "report, system report, diagnostics, pvereport", to: "report"},
	// Details of one thing: what a read of that one item returns.
	{from: "details, detail, info, information, particulars", to: "information, info, detail 0.8, config 0.4", intent: intentRead},
	{from: "version, release, pveversion", to: "version", intent: intentRead},
	// A node's running kernel is the kversion its status returns.
	{from: "kernel, kernel version, running kernel", to: "kversion, kernel 0.8, status 0.5"},
	{from: "ping, reachable, alive, awake, still up", to: "ping"},
	// A notification matcher filters by severity (info, notice,
	// warning, error).
	{from: "severity, severities, only errors, error level", to: "severity, matcher 0.8, notification 0.5"},
	{from: "notification, alert, alerting, alarm, alarms, notify", to: "notification, notif 0.9, sendmail 0.6, smtp 0.6, matcher 0.4, target 0.4"},
	// Chat and push services are reached through webhook endpoints
	// (pve-docs notifications.adoc, "Webhook": ntfy, Discord, Slack).
	{from: "gotify, gotify push", to: "gotify, endpoint 0.6, notification 0.5"},
	// A message to a phone goes through a push service: Gotify or a
	// webhook (ntfy, Pushover).
	{from: "to my phone, on my phone, push notification, push notifications, push message", to: "notification, gotify 0.8, webhook 0.7, endpoint 0.5", intent: intentCreate},
	{from: "slack, discord, microsoft teams, mattermost, ntfy, telegram, pushover, pagerduty, opsgenie, rocket chat, matrix", to: "webhook, endpoint 0.5, notification 0.4"},
	// Asking to be told of something is asking to set up a notification.
	{from: "notify me, alert me, email me, e-mail me, mail me, warn me, let me know, tell me when, message me, ping me", to: "notification, notif 0.9, matcher 0.5, target 0.4", intent: intentCreate},
	// An e-mail address is also a user's attribute: mail leads to
	// notifications less firmly than "notification" does.
	{from: "email, e-mail, mail", to: "email, sendmail 0.7, smtp 0.7, notification 0.6, notif 0.6"},
	{from: "apt updates, package updates, available updates, system updates, pending updates, kernel update, kernel updates, security updates", to: "apt, update", intent: intentRead},
	{from: "repo, repos, enterprise repo, no subscription repo, no subscription repository, enterprise repository", to: "repository, apt 0.6"},
	// Without a subscription the enterprise repository refuses updates;
	// the cure is the free no-subscription repository (pve-docs
	// system-software-updates.adoc).
	{from: "free repo, free repository, free updates, community repo, no valid subscription, dont pay for a subscription, do not pay for a subscription, without a subscription, pvetest, test repo", to: "repository, apt 0.6"},
	// Updating the system is apt (pve-docs system-software-updates.adoc).
	{from: "update proxmox, upgrade proxmox, update the software, upgrade the software, software updates, update the system, upgrade the system, update the node, upgrade the node, update the host, upgrade the host, update packages, upgrade packages", to: "apt, update, package 0.8", intent: intentAction},
	{from: "upgrades, package, packages, patch, patches", to: "package, apt 0.8, update 0.8"},
	// What a new package version changes is its changelog; a newer one
	// waiting is an apt update.
	{from: "what changed in, whats new in, what is new in, release notes, changelog, change log", to: "changelog, apt 0.5", intent: intentRead},
	{from: "newer kernel, newer version, new version available, waiting to be installed, upgradable, upgradeable", to: "update, apt 0.8, package 0.6", intent: intentRead},
	{from: "upgrade", to: "update, apt 0.8, package 0.8", intent: intentAction},
	{from: "pending changes, pending, take effect, takes effect, not applied yet, havent been applied, not been applied, not yet applied, unapplied, needs a reboot, need a reboot, requires a reboot, after a reboot", to: "pending"},
	// Throwing away unapplied network changes reverts them (DELETE
	// /nodes/{node}/network).
	{from: "throw away, throw out", to: "revert, delete 0.6, pending 0.5", intent: intentDelete},
	{from: "config, configuration, settings, setting, options, properties, parameters", to: "config, configuration, option 0.5, setting 0.5"},

	// Nodes, cluster, services.
	{from: "node, cluster node", to: "node, host 0.5"},
	// "host" means a node: its hosts file is named as such ("hosts file").
	{from: "host, hypervisor, physical server, box", to: "node, host 0.3"},
	{from: "server", to: "server, node 0.8"},
	{from: "cluster, datacenter, data center", to: "cluster, datacenter 0.8, corosync 0.5"},
	// /cluster/status says whether the cluster is quorate; the votes of a
	// QDevice are its own endpoint.
	{from: "quorum, quorate, votes", to: "quorate, status 0.6, qdevice 0.5"},
	{from: "qdevice, qnetd, tie breaker, tiebreaker, quorum device", to: "qdevice"},
	{from: "join, join cluster", to: "join", intent: intentAction},
	// Belonging to a cluster is corosync membership (/cluster/config/nodes).
	{from: "part of, member of, members of, belongs to, belong to, membership", to: "member, node 0.7, corosync 0.5"},
	// A node's corosync addresses are its links (link0, link1; ring0_addr
	// before corosync 3), in the cluster's node list.
	{from: "ring0, ring1, ring0 addr, ring1 addr, ring address, ring addresses, knet link, knet links, corosync link, corosync links", to: "link, corosync 0.6, nodes 0.4"},
	{from: "service, services, daemon, systemd unit, unit", to: "service"},
	// Daemon names are services to restart, read or stop; the pve* ones
	// also say which product.
	{from: "pveproxy, pvedaemon, pvestatd, pvescheduler, pve cluster, pmxcfs", to: "service"},
	{from: "proxmox backup proxy, proxmox backup daemon", to: "service", product: catalog.PBS},
	{from: "sshd, chronyd, postfix, cron daemon, corosync service, pve cluster service", to: "service"},
	{from: "time, clock, time zone, timezone, tz, date, ntp", to: "time, timezone 0.9"},
	{from: "dns, nameserver, name server, resolver", to: "dns"},
	{from: "search domain, dns domain", to: "dns, search 0.8"},
	{from: "hosts file, etc hosts", to: "hosts"},
	{from: "subscription, license, licence, support key, subscription key", to: "subscription"},
	{from: "acme, lets encrypt, letsencrypt", to: "acme, certificate 0.6"},
	{from: "certificate, cert, ssl, tls, x509, https", to: "certificate, acme 0.4"},
	// A server's certificate fingerprint is part of its certificate
	// info (PVE adds a PBS storage by fingerprint).
	{from: "fingerprint, cert fingerprint, certificate fingerprint", to: "fingerprint, info 0.6, certificate 0.6"},
	{from: "self signed, own certificate, custom certificate", to: "custom, certificate 0.8"},
	// When a certificate expires is its notafter date (certificates/info).
	{from: "expire, expires, expiry, expiration, valid until", to: "notafter, info 0.6", intent: intentRead},
	{from: "pool, resource pool", to: "pool"},
	// Putting a guest into a pool, or a user into a group, changes the
	// pool's members or the user's groups: an option, not a new object.
	{from: "to pool, in pool, into pool, to the pool, in the pool, into the pool, from pool, from the pool, out of the pool", to: "pool, vms 0.5", option: true, member: true},
	{from: "to the group, to group, in group, into group, in the group, into the group, from the group, from group", to: "groups, group 0.9", option: true, member: true},
	// HA rules keep guests on chosen nodes or apart from each other
	// (pve-docs ha-manager.adoc "Rules": node and resource affinity).
	{from: "affinity, anti affinity, different nodes, separate nodes, same node, together, apart, favour, favor, prefer, preferred node, pin to node", to: "rule, affinity 0.8, ha 0.5, priority 0.5", intent: intentCreate},
	{from: "hardware, passthrough, pass through", to: "hardware, pci 0.8, usb 0.6, mapping 0.6, config 0.4"},
	{from: "iommu, iommu group, iommu groups", to: "iommugroup, pci 0.8"},
	{from: "gpu, graphics card, vgpu", to: "pci, mdev 0.6, hardware 0.5"},
	{from: "device, devices", to: "device, hardware 0.5"},
	{from: "replication, replica", to: "replication"},
	{from: "replicate", to: "replication", intent: intentCreate},
	// A copy of a guest kept on another node, in case its node dies, is
	// storage replication (pve-docs pvesr.adoc).
	{from: "keep a copy, copy on the other node, copy on another node, copy on my second server, standby copy", to: "replication", intent: intentCreate},
	{from: "ha, high availability, highly available, ha manager, fencing, fence, watchdog", to: "ha"},
	// A failover moves an HA resource to another node.
	// Taking a guest out of HA removes its HA resource.
	{from: "out of ha, from ha, remove from ha, no longer ha", to: "ha, resource 0.8", intent: intentDelete, member: true},
	// The cluster's HA and migration settings are cluster options
	// (datacenter.cfg: ha shutdown_policy, migration network and type).
	{from: "shutdown policy, ha shutdown policy, ha policy, migration network, migration type, insecure migration, unencrypted migration, migrations unencrypted", to: "option, cluster 0.6, migration 0.5, ha 0.5", option: true},
	{from: "failover, fail over", to: "ha, relocate 0.8, migrate 0.8", intent: intentAction},
	// A guest that moves to another node by itself when its node dies
	// is an HA resource (pve-docs ha-manager.adoc).
	{from: "if one box dies, if a node dies, if the host dies, when a node fails, if a node fails, when a node goes down, if one node goes down, survive a node failure, automatic failover", to: "ha, resource 0.8", intent: intentCreate},
	{from: "openfabric, ospf fabric, full mesh, fabric, fabrics", to: "fabric, sdn 0.6"},
	{from: "ceph, rados, rbd, storage cluster, hyperconverged, hyper converged, distributed storage", to: "ceph"},
	{from: "object storage daemon, object storage daemons", to: "osd, ceph 0.6"},
	{from: "placement group, placement groups, pg, pgs, pg num", to: "pg, pool 0.6"},
	{from: "cephfs", to: "fs, ceph 0.8"},
	// /etc/pve/ceph.conf is what ceph/cfg/raw returns.
	{from: "ceph conf, ceph config file, ceph configuration file", to: "cfg, raw 0.8, ceph 0.6"},
	{from: "safe, safety, is it safe", to: "safety, cmd 0.5", intent: intentRead},
	{from: "noout, norebalance, norecover, noscrub", to: "flag, ceph 0.6"},

	// Network.
	{from: "network, networking, ethernet, eth, lan", to: "network, iface 0.8, interface 0.7, net 0.5"},
	// A guest's network card is its net[n] option (set through its
	// config); a node's is an iface.
	{from: "nic, net, network card, network device, network adapter", to: "net, network 0.8, iface 0.6, config 0.4", option: true},
	{from: "interface, iface, network interface, network interfaces", to: "iface, interface, network 0.8"},
	{from: "bridge, linux bridge, vmbr, switch, vswitch", to: "bridge, network 0.7"},
	{from: "vlan, vlan tag", to: "vlan, tag 0.6, network 0.6"},
	{from: "bond, bonding, lacp, link aggregation", to: "bond, network 0.6"},
	// IP addresses belong to interfaces: a guest's are read through its
	// interfaces (agent, container), a node's through its network config.
	{from: "ip address, ip addresses, ipv4 address, ipv6 address, what ip, which ip, ips of, ip of", to: "interface 0.9, ip 0.8, address 0.8"},
	{from: "ip, address, ipv4, ipv6", to: "ip, address 0.8, cidr 0.5, interface 0.4"},
	// A guest's MAC address is part of its net[n] option.
	{from: "mac, mac address, hwaddr", to: "mac, net 0.6, config 0.4", option: true},
	{from: "sdn, software defined network, software defined networking", to: "sdn"},
	{from: "overlay, overlay network, tenant network", to: "sdn, zone 0.7, vxlan 0.6"},
	{from: "ipam, ip address management", to: "ipam"},
	{from: "dhcp, dhcp leases, dhcp range", to: "dhcp, ipam 0.6, subnet 0.5"},
	{from: "evpn, vxlan", to: "zone 0.6, sdn 0.6"},
	{from: "traffic control, bandwidth limit, limit bandwidth, limit traffic, bandwidth, rate limit, throttle, qos", to: "traffic, bwlimit 0.8, rate 0.6"},
	{from: "firewall, fw, iptables, nftables", to: "firewall"},
	// Flood protection is a host firewall option (pve-docs
	// pve-firewall-host-opts: protection_synflood).
	{from: "ddos, ddos protection, syn flood, synflood, flood protection", to: "synflood, firewall 0.6, option 0.5"},
	// A firewall rule's action is ACCEPT, DROP or REJECT: allowing or
	// blocking traffic is adding a rule.
	// Allowing is also giving permissions: the object decides.
	{from: "allow, permit, open port, open ports, let in, let through, whitelist, allowlist", to: "accept, rule 0.7, acl 0.6, permission 0.6, ipset 0.5", intent: intentCreate, weight: crudWeight},
	{from: "block, deny, reject, close port, blacklist, blocklist, denylist", to: "drop, reject 0.9, rule 0.7, ipset 0.5", intent: intentCreate, weight: crudWeight},
	{from: "security group", to: "group, firewall 0.6"},
	// A firewall rule matches a protocol and ports (proto, dport,
	// sport): traffic named by them is a rule's.
	{from: "tcp, udp, icmp, icmpv6, dport, sport", to: "proto, dport 0.8, rule 0.7, firewall 0.6"},
	{from: "ipset, ip set, address set", to: "ipset"},

	// Access control.
	{from: "user, users, username, account", to: "user, userid 0.8, account 0.6"},
	{from: "login, log in, sign in, authenticate, session", to: "ticket 0.9, login, user 0.4"},
	{from: "token, api token, api key, apikey, api keys, api tokens", to: "token, tokenid 0.8"},
	// root is the superuser (root@pam); a root file system is rootfs.
	{from: "root, root user", to: "user 0.7, userid 0.6", weight: 0.5},
	{from: "permission, acl, access control, privilege, rights, authorization", to: "acl, permission, privilege 0.7, role 0.5", option: true},
	{from: "access", to: "access, acl 0.8, permission 0.7"},
	{from: "allowed, allowed to, who can, is allowed, who may, permitted, permitted to, who has access, has access to, who has rights", to: "permission, acl 0.8", intent: intentRead},
	{from: "grant", to: "acl, permission, privilege 0.7", intent: intentUpdate},
	// Read access to everything is an ACL on / (with an auditor role).
	{from: "read only on, read only access, readonly access, read access, audit access, on everything, access to everything", to: "acl, permission 0.8, role 0.4", intent: intentUpdate},
	// A refusal is a question of permissions (HTTP 403, "permission
	// check failed").
	{from: "permission denied, access denied, forbidden, not permitted, 403, permission check failed, insufficient permissions", to: "permission, acl 0.8, privilege 0.5", intent: intentRead},
	// 401 from the enterprise repository means no subscription key.
	{from: "401, unauthorized, enterprise repository error", to: "subscription 0.6, repository 0.6, ticket 0.4"},
	// What a user or token may do is its effective permissions
	// (/access/permissions).
	{from: "effective permissions, what can, may do, rights of, permissions of", to: "permissions, permission, acl 0.4", intent: intentRead},
	// A role is given to a user or group on a path by an ACL entry
	// (pve-docs pveum.adoc, "Permission Management").
	{from: "role", to: "role, privilege 0.5, acl 0.5"},
	{from: "realm, auth domain, authentication domain, authentication server", to: "realm, domain 0.8"},
	{from: "ldap", to: "ldap, realm 0.6"},
	{from: "active directory", to: "ad, realm 0.6"},
	{from: "sso, oidc, openid, openid connect, single sign on, azure ad, entra id, keycloak", to: "openid, realm 0.6"},
	{from: "password, passwd", to: "password"},
	{from: "reset password, change password", to: "password", intent: intentUpdate},
	{from: "2fa, tfa, mfa, two factor, two factor authentication, second factor, totp, otp, webauthn, yubikey, authenticator, authenticator app, code from the phone, phone app, one time code", to: "tfa, totp 0.6"},
	// Recovery keys are a kind of TFA entry (type recovery).
	{from: "recovery keys, recovery key, recovery codes, recovery code, backup codes", to: "tfa, recovery 0.8"},
	{from: "description, notes, comment, comments", to: "note, comment 0.8, description 0.8"},

	// Words that name no kind of object: they count little.
	{from: "entry, entries, item, items, record, records, thing, things, object, objects", to: "entry", weight: 0.3},
	// Phrases that say nothing about which operation: "the web
	// interface" is not a network interface, "in total" no total.
	{from: "web interface, web ui, webui, web gui, gui, number of, count of"},
	// Cluster-wide scope: the /cluster endpoints, which cover every node.
	{from: "in total, overall, cluster wide, across the cluster, on all nodes, everywhere", to: "cluster 0.6, resource 0.5", weight: 0.5},
}

// stopwords carry no meaning for retrieval. Words that also mean something
// in a phrase ("up" in "spin up", "on" in "power on") are matched as
// phrases before this list applies.
var stopwords = setOf(`a an the of to on in at for by with from into onto
	and or but not no my our your their its it this that these those there
	here is are be been being was were do does did has have had will would
	can could should shall may might must i me we us you please want need
	like just also again right another other some any
	up down off via how proxmox tell let about called named actually
	one anymore really whether if`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
