package sim

import (
	"fmt"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// The demo data: a 3-node cluster with VMs and containers in different
// states, storages with content, pools, an HA resource, users and tokens,
// a task history, and a backup server holding backups of some guests.

type seedGuest struct {
	vmid                int
	kind, name, node    string
	running, paused     bool
	template            bool
	mem, cores, diskGiB int
	ostype, tags, pool  string
}

var demoGuests = []seedGuest{
	{vmid: 100, kind: "qemu", name: "web-01", node: "pve1", running: true, mem: 4096, cores: 2, diskGiB: 32, ostype: "l26", tags: "prod;web", pool: "prod"},
	{vmid: 101, kind: "qemu", name: "db-01", node: "pve1", running: true, mem: 8192, cores: 4, diskGiB: 64, ostype: "l26", tags: "db;prod", pool: "prod"},
	{vmid: 102, kind: "qemu", name: "win-app", node: "pve2", mem: 8192, cores: 4, diskGiB: 80, ostype: "win11"},
	{vmid: 103, kind: "qemu", name: "ci-runner", node: "pve2", running: true, paused: true, mem: 4096, cores: 4, diskGiB: 40, ostype: "l26", tags: "ci", pool: "lab"},
	{vmid: 104, kind: "qemu", name: "staging-web", node: "pve3", mem: 2048, cores: 2, diskGiB: 32, ostype: "l26", tags: "staging", pool: "lab"},
	{vmid: 9000, kind: "qemu", name: "debian-12-template", node: "pve3", template: true, mem: 2048, cores: 2, diskGiB: 8, ostype: "l26"},
	{vmid: 200, kind: "lxc", name: "dns-01", node: "pve1", running: true, mem: 512, cores: 1, diskGiB: 8, ostype: "debian", tags: "infra", pool: "prod"},
	{vmid: 201, kind: "lxc", name: "proxy", node: "pve2", running: true, mem: 1024, cores: 2, diskGiB: 8, ostype: "debian", tags: "infra"},
	{vmid: 202, kind: "lxc", name: "build-ct", node: "pve3", mem: 2048, cores: 4, diskGiB: 16, ostype: "ubuntu", pool: "lab"},
	{vmid: 203, kind: "lxc", name: "monitoring", node: "pve3", running: true, mem: 2048, cores: 2, diskGiB: 20, ostype: "debian", tags: "infra"},
}

func (st *state) seedGuests(now time.Time) {
	for i, sg := range demoGuests {
		node := st.nodeOrder[i%len(st.nodeOrder)]
		if st.nodes[sg.node] != nil {
			node = sg.node
		}
		g := &guest{vmid: sg.vmid, kind: sg.kind, node: node, running: sg.running, paused: sg.paused, template: sg.template, pool: sg.pool}
		g.config = seedConfig(sg)
		if g.running {
			g.started = now.Add(-time.Duration(3+i*7) * time.Hour)
		}
		st.guests[g.vmid] = g
	}
	if g := st.guests[101]; g != nil {
		st.addSeedSnapshot(g, "before-upgrade", "Before the PostgreSQL 16 upgrade", now.Add(-72*time.Hour))
	}
	if g := st.guests[200]; g != nil {
		st.addSeedSnapshot(g, "clean-install", "", now.Add(-240*time.Hour))
	}
	st.seedReplication()
}

// seedReplication gives web-01 (VM 100) a replication job to another
// node, every 15 minutes, as a small cluster with local ZFS has.
func (st *state) seedReplication() {
	g := st.guests[100]
	if g == nil {
		return
	}
	for _, target := range st.nodeOrder {
		if target != g.node {
			st.replication["100-0"] = &replicationJob{id: "100-0", guest: 100, target: target, source: g.node, schedule: "*/15"}
			return
		}
	}
}

func (st *state) addSeedSnapshot(g *guest, name, desc string, at time.Time) {
	g.snaps = append(g.snaps, &snapshot{name: name, description: desc, snaptime: at.Unix(), config: cloneConfig(g.config), parent: g.parent})
	g.parent = name
}

func seedConfig(sg seedGuest) map[string]string {
	if sg.kind == "lxc" {
		return lxcSeedConfig(sg)
	}
	cfg := map[string]string{
		"name": sg.name, "memory": fmt.Sprint(sg.mem), "cores": fmt.Sprint(sg.cores), "sockets": "1",
		"cpu": "x86-64-v2-AES", "ostype": sg.ostype, "scsihw": "virtio-scsi-single",
		"scsi0":   fmt.Sprintf("local-lvm:vm-%d-disk-0,iothread=1,size=%dG", sg.vmid, sg.diskGiB),
		"ide2":    "none,media=cdrom",
		"net0":    fmt.Sprintf("virtio=%s,bridge=vmbr0,firewall=1", macFor(sg.vmid, 0)),
		"boot":    "order=scsi0;ide2;net0",
		"smbios1": fmt.Sprintf("uuid=%s", uuidFrom(derived(int64(sg.vmid), "smbios"))),
		"vmgenid": uuidFrom(derived(int64(sg.vmid), "vmgenid")),
		"meta":    "creation-qemu=9.2.0,ctime=1735689600",
		"agent":   "1",
	}
	if sg.ostype == "win11" {
		cfg["bios"] = "ovmf"
		cfg["machine"] = "pc-q35-9.2"
		cfg["efidisk0"] = fmt.Sprintf("local-lvm:vm-%d-disk-1,efitype=4m,pre-enrolled-keys=1,size=4M", sg.vmid)
		cfg["tpmstate0"] = fmt.Sprintf("local-lvm:vm-%d-disk-2,size=4M,version=v2.0", sg.vmid)
	}
	if sg.tags != "" {
		cfg["tags"] = sg.tags
	}
	if sg.running {
		cfg["onboot"] = "1"
	}
	if sg.template {
		cfg["template"] = "1"
		cfg["scsi0"] = fmt.Sprintf("local-lvm:base-%d-disk-0,iothread=1,size=%dG", sg.vmid, sg.diskGiB)
	}
	return cfg
}

func lxcSeedConfig(sg seedGuest) map[string]string {
	cfg := map[string]string{
		"hostname": sg.name, "arch": "amd64", "ostype": sg.ostype,
		"cores": fmt.Sprint(sg.cores), "memory": fmt.Sprint(sg.mem), "swap": "512",
		"rootfs":       fmt.Sprintf("local-lvm:vm-%d-disk-0,size=%dG", sg.vmid, sg.diskGiB),
		"net0":         fmt.Sprintf("name=eth0,bridge=vmbr0,firewall=1,hwaddr=%s,ip=dhcp,type=veth", macFor(sg.vmid, 0)),
		"unprivileged": "1",
		"features":     "nesting=1",
	}
	if sg.tags != "" {
		cfg["tags"] = sg.tags
	}
	if sg.running {
		cfg["onboot"] = "1"
	}
	return cfg
}

func cloneConfig(c map[string]string) map[string]string {
	out := make(map[string]string, len(c))
	for k, v := range c {
		out[k] = v
	}
	return out
}

// seedUsers creates the login user and the configured tokens, each with
// full access (see grantFull).
func (st *state) seedUsers() {
	o := st.s.opts
	st.pveUsers, st.pbsUsers = newUserDB(catalog.PVE), newUserDB(catalog.PBS)
	for _, db := range []*userDB{st.pveUsers, st.pbsUsers} {
		u := db.ensure(o.Username)
		u.Password, u.Comment = o.Password, "Superuser"
	}
	st.addToken(catalog.PVE, o.Token)
	st.addToken(catalog.PBS, o.PBSToken)
	for _, t := range o.Tokens {
		st.addToken(catalog.PVE, t)
		st.addToken(catalog.PBS, t)
	}
}

// addToken registers a configured API token, without privilege
// separation, creating its user, with full access.
func (st *state) addToken(p catalog.Product, t TokenSpec) {
	user, name := splitTokenID(t.ID)
	st.users(p).ensure(user).Tokens[name] = &apiToken{Name: name, Secret: t.Secret, Comment: "proxmox-mcp", Privsep: false}
	st.grantFull(p, user+"!"+name)
}

func splitTokenID(id string) (user, name string) {
	if m := tokenIDPattern().FindStringSubmatch(id); m != nil {
		return m[1], m[2]
	}
	return "root@pam", "mcp"
}

// seedAccess: group admins (alice), the seeded identities, a dashboard
// token of the auditor, pools prod and lab (whose guests and storages
// vmadmin@pve manages).
func (st *state) seedAccess() {
	st.pools["prod"] = &pool{ID: "prod", Comment: "Production services"}
	st.pools["lab"] = &pool{ID: "lab", Comment: "Lab and CI", Storage: []string{"local", "local-lvm"}}
	st.groups["admins"] = &group{ID: "admins", Comment: "Cluster administrators"}
	alice := st.pveUsers.ensure("alice@pve")
	alice.Firstname, alice.Lastname, alice.Email, alice.Groups = "Alice", "Admin", "alice@example.com", []string{"admins"}
	st.pveUsers.setPVE(&aclEntry{Path: "/", Type: "group", UGID: "admins", Role: "Administrator", Propagate: true})
	st.seedIdentities()
	aud := st.pveUsers.users["auditor@pve"]
	aud.Tokens["monitoring"] = &apiToken{Name: "monitoring", Secret: uuidFrom(derived(st.s.opts.Seed, "auditor")), Privsep: true, Comment: "dashboards"}
	st.grant(catalog.PVE, "auditor@pve!monitoring", aclEntry{Path: "/", Role: "PVEAuditor", Propagate: true})
	st.ha["vm:100"] = &haResource{SID: "vm:100", State: "started", MaxRestart: 1, MaxRelocate: 1, Comment: "front end"}
}

func (st *state) seedVolumes(now time.Time) {
	for _, n := range st.nodeOrder {
		key := volumeKey("local", n, false)
		st.volumes[key] = []*volume{
			{Volid: "local:iso/debian-12.9.0-amd64-netinst.iso", Content: "iso", Format: "iso", Size: 663 << 20, CTime: now.Add(-400 * time.Hour).Unix()},
			{Volid: "local:iso/ubuntu-24.04.1-live-server-amd64.iso", Content: "iso", Format: "iso", Size: 2772 << 20, CTime: now.Add(-300 * time.Hour).Unix()},
			{Volid: "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", Content: "vztmpl", Format: "tzst", Size: 126 << 20, CTime: now.Add(-500 * time.Hour).Unix()},
			{Volid: "local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst", Content: "vztmpl", Format: "tzst", Size: 141 << 20, CTime: now.Add(-450 * time.Hour).Unix()},
		}
	}
	if len(st.nodeOrder) > 1 {
		n := st.nodeOrder[1]
		at := now.Add(-26 * time.Hour)
		st.volumes[volumeKey("local", n, false)] = append(st.volumes[volumeKey("local", n, false)], &volume{
			Volid:   fmt.Sprintf("local:backup/vzdump-qemu-102-%s.vma.zst", at.UTC().Format("2006_01_02-15_04_05")),
			Content: "backup", Format: "vma.zst", Size: 9 << 30, CTime: at.Unix(), VMID: 102, Notes: "win-app",
		})
	}
}
