package formats

import (
	"strings"
	"unicode/utf8"
)

const srcStoragePlugin = "proxmox/pve-storage src/PVE/Storage/Plugin.pm"

var storageFormats = []*Format{
	{
		Name: "prune-backups", Source: srcStoragePlugin + " $prune_backups_format, validate_prune_backups",
		checkParsed: pruneBackupsCheck,
		Accept:      []string{"keep-last=3,keep-daily=7", "keep-all=1"},
		Refuse:      []string{"keep-all=1,keep-last=3", "keep-last=-1"},
	},
	{
		Name: "pve-storage-path", Source: srcStoragePlugin + " verify_path",
		// m|^/[^;\(\)]+| is anchored at the start only: whatever follows the
		// first character that is not allowed is not checked.
		check:  matchCheck(goPattern(`^/[^;()]`), "value does not look like a valid absolute path\n"),
		Accept: []string{"/mnt/data", "/srv/backup dir", "/a;b"},
		Refuse: []string{"relative/path", "/", "/;x", ""},
	},
	{
		Name: "pve-storage-server", Source: srcStoragePlugin + " verify_server",
		check: func(v string) string {
			if isAddress(v) {
				return ""
			}
			return "value does not look like a valid server name or IP address\n"
		},
		Accept: []string{"10.0.0.5", "nfs.example.com", "fd00::5"},
		Refuse: []string{"nfs_server", "10.0.0.5:2049", ""},
	},
	{
		Name: "pve-storage-vgname", Source: srcStoragePlugin + " parse_lvm_name",
		check:  matchCheckf(perlFullI(`[a-z0-9][a-z0-9\-\_\.]*[a-z0-9]`), "lvm name '%s' contains illegal characters\n"),
		Accept: []string{"pve", "vg_data-01", "3par"},
		Refuse: []string{"v", "vg data", "-vg", "vg-"},
	},
	{
		Name: "pve-storage-portal-dns", Source: srcStoragePlugin + " verify_portal_dns, proxmox/pve-common src/PVE/Tools.pm parse_host_and_port",
		check:  portalDNSCheck,
		Accept: []string{"10.0.0.5", "10.0.0.5:3260", "iscsi.example.com:3260", "[fd00::5]:3260", "fd00::5.3260"},
		Refuse: []string{"iscsi_host", "10.0.0.5:port", "[fd00::5", ""},
	},
	{
		Name: "pve-storage-content", Source: srcStoragePlugin + " verify_content (content types of src/PVE/Storage/DirPlugin.pm)",
		check:  storageContentCheck,
		Accept: []string{"images", "rootdir", "vztmpl", "iso", "backup", "snippets", "none", "import"},
		Refuse: []string{"image", "ISO", ""},
	},
	{
		Name: "pve-storage-options", Source: srcStoragePlugin + " verify_options",
		check:  matchCheckf(perlFull(`\S+`), "invalid options '%s'\n"),
		Accept: []string{"vers=4.2", "noatime,nodiratime"},
		Refuse: []string{"vers=4.2 soft", ""},
	},
	{
		Name: "pve-volume-id", Source: srcStoragePlugin + " parse_volume_id",
		check:  volumeIDCheck,
		Accept: []string{"local:iso/debian.iso", "local-lvm:vm-100-disk-0", "nfs:backup/vzdump-qemu-100.vma.zst"},
		Refuse: []string{"local", ":vm-100-disk-0", "1local:x", "/dev/sdb"},
	},
	{
		Name: "pve-dir-override", Source: srcStoragePlugin + " verify_dir_override",
		check:  dirOverrideCheck,
		Accept: []string{"iso=isos", "backup=dump/weekly", "images=.hidden"},
		Refuse: []string{"iso=a..b", "iso=dir.", "foo=bar", "iso", "iso=" + strings.Repeat("a", 255)},
	},
}

// pruneBackupsCheck is validate_prune_backups: keep-all excludes the other
// keep options (an all-zero setting means keep-all).
func pruneBackupsCheck(keys map[string]string) string {
	anyPositive := false
	for k, v := range keys {
		if k != "keep-all" && mustNumber(v) > 0 {
			anyPositive = true
		}
	}
	if anyPositive && perlTrue(keys["keep-all"]) {
		return "keep-all cannot be set together with other options.\n"
	}
	return ""
}

var volumeID = perlFullI(`([a-z][a-z0-9\-\_\.]*[a-z0-9]):(.+)`)

func volumeIDCheck(v string) string {
	if volumeID.MatchString(v) {
		return ""
	}
	return "unable to parse volume ID '" + v + "'\n"
}

// portalForms are parse_host_and_port's three forms: IPv4 or host name
// with an optional :port, anything in brackets with an optional :port, and
// IPv6 with an optional .port. [[:alnum:]] matches Unicode letters and
// digits in Perl; Go's class is ASCII, so the Unicode classes stand in.
var portalForms = []*pattern{
	perlFull(`(` + ipv4RE + `|[\p{L}\p{Nl}\p{Nd}\-.]+)(?::(\d+))?`),
	perlFull(`\[(` + ipv6RE + `|` + ipv4RE + `|[\p{L}\p{Nl}\p{Nd}\-.]+)\](?::(\d+))?`),
	perlFull(`(` + ipv6RE + `)(?:\.(\d+))?`),
}

func portalDNSCheck(v string) string {
	for _, re := range portalForms {
		if re.MatchString(v) {
			return ""
		}
	}
	return "value does not look like a valid portal address\n"
}

// storageContents are the content types of the directory plugin, which
// "includes all other types" (verify_content).
var storageContents = setOf("images", "rootdir", "vztmpl", "iso", "backup", "snippets", "none", "import")

func storageContentCheck(v string) string {
	if storageContents[v] {
		return ""
	}
	return "invalid content type '" + v + "'\n"
}

var dirOverride = perlFull(`([a-z]+)=([^.]*(?:\.?[^.]+)+)`)

// dirOverrideCheck is verify_dir_override: CONTENT=RELATIVE/PATH with a
// known content type, no "..", under 1023 characters, every component
// under 255.
func dirOverrideCheck(v string) string {
	if m := dirOverride.FindStringSubmatch(v); m != nil {
		if msg := storageContentCheck(m[1]); msg != "" {
			return msg
		}
		path := m[2]
		if utf8.RuneCountInString(path) < 1023 && !hasLongComponent(path) {
			return ""
		}
	}
	return "invalid override '" + v + "'\n"
}

func hasLongComponent(path string) bool {
	for _, c := range strings.Split(path, "/") {
		if utf8.RuneCountInString(c) >= 255 {
			return true
		}
	}
	return false
}
