package formats

const srcLXCConfig = "proxmox/pve-container src/PVE/LXC/Config.pm"

var lxcFormats = []*Format{
	{
		Name: "lxc-ip-with-ll-iface", Source: srcLXCConfig + " verify_ip_with_ll_iface",
		check:  ipWithLinkLocalIfaceCheck,
		Accept: []string{"10.0.0.1", "fe80::1%eth0", "fd00::1"},
		Refuse: []string{"fe80::1%", "fe80::1%0eth", "10.0.0.1%eth0", "host"},
	},
	{
		Name: "pve-ct-timezone", Source: srcLXCConfig + " verify_ct_timezone, proxmox/pve-common src/PVE/JSONSchema.pm pve_verify_timezone",
		check: func(v string) string {
			if v == "host" || v == "UTC" || timeZones[v] {
				return ""
			}
			return "invalid time zone '" + v + "'\n"
		},
		Approximation: "PVE looks the zone up in the node's /usr/share/zoneinfo/zone.tab; this table is the zone.tab of IANA tzdata 2025b.",
		Accept:        []string{"host", "UTC", "Europe/Vienna", "America/Argentina/Buenos_Aires"},
		Refuse:        []string{"Mars/Olympus", "utc", "Europe/vienna", "CET"},
	},
	{
		Name: "pve-lxc-mp-string", Source: srcLXCConfig + " verify_lxc_mp_string",
		check: func(v string) string {
			if mpDotSegment.MatchString(v) || mpDotEnd.MatchString(v) || mpDotDotStart.MatchString(v) {
				return v + " contains illegal character sequences\n"
			}
			return ""
		},
		Accept: []string{"/mnt/data", "data/dir", "/srv/.hidden"},
		Refuse: []string{"/mnt/../etc", "/mnt/.", "../x", "/a/./b"},
	},
	{
		Name: "pve-lxc-dev-string", Source: srcLXCConfig + " verify_lxc_dev_string",
		check: func(v string) string {
			if devDotSegment.MatchString(v) || !devPrefix.MatchString(v) {
				return v + " is not a valid device path\n"
			}
			return ""
		},
		Accept: []string{"/dev/ttyUSB0", "/dev/dri/renderD128"},
		Refuse: []string{"/dev/../etc/shadow", "/tmp/x", "dev/null", "/dev/."},
	},
}

// The searches of verify_lxc_mp_string and verify_lxc_dev_string; Perl's $
// also matches before a final newline.
var (
	mpDotSegment  = goPattern(`/\.\.?/`)
	mpDotEnd      = goPattern(`/\.\.?\n?$`)
	mpDotDotStart = goPattern(`^\.\./`)
	devDotSegment = goPattern(`/\.\.?(?:/|\n?$)`)
	devPrefix     = goPattern(`^/dev/`)
)

var linkLocalWithIface = perlFull(`(fe80:[^%]+)%(.*)`)

// ipWithLinkLocalIfaceCheck accepts an IP address, or a link-local IPv6
// address with an interface suffix (fe80::1%eth0).
func ipWithLinkLocalIfaceCheck(v string) string {
	if m := linkLocalWithIface.FindStringSubmatch(v); m != nil && isIP.MatchString(m[1]) && ifaceName.MatchString(m[2]) {
		return ""
	}
	if isIP.MatchString(v) {
		return ""
	}
	return "value does not look like a valid IP address\n"
}
