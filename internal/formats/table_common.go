package formats

import (
	"fmt"
	"strings"
)

const srcJSONSchema = "proxmox/pve-common src/PVE/JSONSchema.pm"

// configIDRE is $CONFIGID_RE, a qr//i interpolated into m/^…$/.
const configIDRE = `(?^i:[a-z][a-z0-9_-]+)`

// commonFormats are registered by proxmox/pve-common.
var commonFormats = []*Format{
	{
		Name: "string", Source: srcJSONSchema + " (registered so that 'string-list' works)",
		check:  func(string) string { return "" },
		Accept: []string{"", "anything at all"},
		Refuse: nil, // the one format that refuses nothing
	},
	{
		Name: regexFormat, Source: srcJSONSchema + " check_format (accepted without a lookup)",
		check:  func(string) string { return "" },
		Accept: []string{"^a+$"},
	},
	{
		Name: "urlencoded", Source: srcJSONSchema + " pve_verify_urlencoded",
		check:  matchCheckf(perlFull(`[-%a-zA-Z0-9_.!~*'()]*`), "invalid urlencoded string: %s\n"),
		Accept: []string{"ssh-rsa%20AAAAB3Nza%20user%40host%0A", "plain", ""},
		Refuse: []string{"ssh-rsa AAAA user@host", "a+b"},
	},
	{
		Name: "pve-configid", Source: srcJSONSchema + " pve_verify_configid",
		check:  matchCheckf(perlFull(configIDRE), "invalid configuration ID '%s'\n"),
		Accept: []string{"aa", "a0", "a_", "a-", "snap-2024_01", "Aa"},
		Refuse: []string{"a", "1a", "_a", "-a", "a+", "a.b"},
	},
	{
		Name: "pve-storage-id", Source: srcJSONSchema + " parse_storage_id",
		check:  idCheck("storage"),
		Accept: []string{"local", "local-lvm", "nfs.backup", "a1"},
		Refuse: []string{"1local", "l", "local-", "local zfs"},
	},
	{
		Name: "pve-bridge-id", Source: srcJSONSchema + " parse_bridge_id",
		check:  matchCheckf(perlFull(`[-_.\w\d]+`), "invalid bridge ID '%s'\n"),
		Accept: []string{"vmbr0", "vnet.1", "my_bridge-2"},
		Refuse: []string{"vmbr 0", "br/0", ""},
	},
	{
		Name: "pve-vmid", Source: srcJSONSchema + " pve_verify_vmid",
		check:  matchCheck(perlFull(`[1-9][0-9]{2,8}`), "value does not look like a valid VM ID\n"),
		Accept: []string{"100", "999999999", "4711"},
		Refuse: []string{"99", "0100", "1000000000", "abc"},
	},
	{
		Name: "pve-node", Source: srcJSONSchema + " pve_verify_node_name",
		check:  matchCheck(perlFull(`([a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?)`), "value does not look like a valid node name\n"),
		Accept: []string{"pve", "pve-1", "Node2", "a"},
		Refuse: []string{"pve_1", "-pve", "pve-", "pve.example.com"},
	},
	{
		Name: "storage-pair", Source: srcJSONSchema + " verify_storagepair, parse_idmap",
		check:  idPairCheck(idCheck("storage")),
		Accept: []string{"local", "local:local-lvm", "1"},
		Refuse: []string{"1local", "local:1bad", "a:b:c"},
	},
	{
		Name: "bridge-pair", Source: srcJSONSchema + " verify_bridgepair, parse_idmap",
		check:  idPairCheck(matchCheckf(perlFull(`[-_.\w\d]+`), "invalid bridge ID '%s'\n")),
		Accept: []string{"vmbr0", "vmbr0:vmbr1", "1"},
		Refuse: []string{"vmbr0:bad/bridge", "a:b:c"},
	},
	{
		Name: "mac-addr", Source: srcJSONSchema + " pve_verify_mac_addr",
		check:  matchCheck(perlFullI(`[a-f0-9][02468ace](?::[a-f0-9]{2}){5}`), "value does not look like a valid unicast MAC address\n"),
		Accept: []string{"BC:24:11:00:00:01", "02:00:00:aa:bb:cc"},
		Refuse: []string{"zz:zz:zz:zz:zz:zz", "01:00:5e:00:00:01", "bc:24:11:00:00", "bc-24-11-00-00-01"},
	},
	{
		Name: "ipv4", Source: srcJSONSchema + " pve_verify_ipv4 ($IPV4RE of src/PVE/Tools.pm)",
		check:  matchCheck(isIPv4, "value does not look like a valid IPv4 address\n"),
		Accept: []string{"192.168.1.1", "0.0.0.0", "255.255.255.255"},
		Refuse: []string{"300.1.1.1", "192.168.1", "192.168.01.1", "::1"},
	},
	{
		Name: "ipv6", Source: srcJSONSchema + " pve_verify_ipv6 ($IPV6RE of src/PVE/Tools.pm)",
		check:  matchCheck(isIPv6, "value does not look like a valid IPv6 address\n"),
		Accept: []string{"::1", "fe80::1", "2001:db8::ff00:42:8329", "::ffff:192.0.2.1", "::"},
		Refuse: []string{"192.168.1.1", "2001:db8:::1", "fe80::1%eth0", "1:2:3:4:5:6:7:8:9"},
	},
	{
		Name: "ip", Source: srcJSONSchema + " pve_verify_ip",
		check:  matchCheck(isIP, "value does not look like a valid IP address\n"),
		Accept: []string{"10.0.0.1", "2001:db8::1"},
		Refuse: []string{"300.1.1.1", "10.0.0.1/24", "example.com"},
	},
	{
		Name: "ldap-simple-attr", Source: srcJSONSchema + " verify_ldap_simple_attr",
		check:  matchCheckf(perlFull(`[a-zA-Z0-9]+`), "value '%s' does not look like a simple ldap attribute name\n"),
		Accept: []string{"uid", "sAMAccountName", "mail2"},
		Refuse: []string{"given-name", "", "cn;lang-en"},
	},
	{
		Name: "ipv4mask", Source: srcJSONSchema + " pve_verify_ipv4mask",
		check:  ipv4MaskCheck,
		Accept: []string{"255.255.255.0", "0.0.0.0", "255.255.255.255"},
		Refuse: []string{"255.0.255.0", "24", "255.255.255.1"},
	},
	{
		Name: "CIDRv6", Source: srcJSONSchema + " pve_verify_cidrv6",
		check:  cidrCheck(cidrV6, 128, "value does not look like a valid IPv6 CIDR network\n"),
		Accept: []string{"fd00::/64", "2001:db8::/32", "::1/128", "fd00::/8"},
		Refuse: []string{"fd00::/7", "fd00::/129", "fd00::", "10.0.0.0/8"},
	},
	{
		Name: "CIDRv4", Source: srcJSONSchema + " pve_verify_cidrv4",
		check:  cidrCheck(cidrV4, 32, "value does not look like a valid IPv4 CIDR network\n"),
		Accept: []string{"10.0.0.0/8", "192.168.1.10/24", "1.2.3.4/32"},
		Refuse: []string{"10.0.0.0/7", "10.0.0.0/33", "10.0.0.0", "fd00::/64"},
	},
	{
		Name: "CIDR", Source: srcJSONSchema + " pve_verify_cidr",
		check: func(v string) string {
			if validCIDR(cidrV4, v, 32) || validCIDR(cidrV6, v, 128) {
				return ""
			}
			return "value does not look like a valid CIDR network\n"
		},
		Accept: []string{"10.0.0.0/8", "fd00::/64"},
		Refuse: []string{"10.0.0.1", "10.0.0.0/0", "fd00::/200"},
	},
	{
		Name: "pve-ipv4-config", Source: srcJSONSchema + " pve_verify_ipv4_config",
		check: func(v string) string {
			if keywordMatch(v, "dhcp", "manual") || validCIDR(cidrV4, v, 32) {
				return ""
			}
			return "value does not look like a valid ipv4 network configuration\n"
		},
		Accept: []string{"dhcp", "manual", "192.168.1.5/24"},
		Refuse: []string{"auto", "192.168.1.5", "static"},
	},
	{
		Name: "pve-ipv6-config", Source: srcJSONSchema + " pve_verify_ipv6_config",
		check: func(v string) string {
			if keywordMatch(v, "auto", "dhcp", "manual") || validCIDR(cidrV6, v, 128) {
				return ""
			}
			return "value does not look like a valid ipv6 network configuration\n"
		},
		Accept: []string{"auto", "dhcp", "manual", "fd00::5/64"},
		Refuse: []string{"fd00::5", "slaac"},
	},
	{
		Name: "email", Source: srcJSONSchema + " pve_verify_email ($EMAIL_RE of src/PVE/Tools.pm)",
		check:  matchCheck(perlFull(emailRE), "value does not look like a valid email address\n"),
		Accept: []string{"root@example.com", "first.last+tag@mail-1.example.org", "a@b"},
		Refuse: []string{"root", "root@", "@example.com", "a b@example.com"},
	},
	{
		Name: "email-or-username", Source: srcJSONSchema + " pve_verify_email_or_username",
		check: func(v string) string {
			if emailFull.MatchString(v) || emailUserFull.MatchString(v) {
				return ""
			}
			return "value does not look like a valid email address or user name\n"
		},
		Accept: []string{"root@example.com", "root", "john.doe"},
		Refuse: []string{"root@", "john doe", ""},
	},
	{
		Name: "dns-name", Source: srcJSONSchema + " pve_verify_dns_name",
		check:  matchCheck(dnsName, "value does not look like a valid DNS name\n"),
		Accept: []string{"example.com", "pve1", "a-b.c-d.example"},
		Refuse: []string{"bad_name", "-a.example", "example..com", "example.com."},
	},
	{
		Name: "pve-iface", Source: srcJSONSchema + " pve_verify_iface",
		check:  matchCheckf(ifaceName, "invalid network interface name '%s'\n"),
		Accept: []string{"eth0", "vmbr0", "bond0.100", "enp3s0f1"},
		Refuse: []string{"e", "0eth", "eth-0", "vmbr0.abc"},
	},
	{
		Name: "pve-vlan-id-or-range", Source: srcJSONSchema + " pve_verify_vlan_id_or_range",
		check:  vlanIDOrRangeCheck,
		Accept: []string{"2", "4094", "100-200"},
		Refuse: []string{"1", "4095", "200-100", "100-100", "a"},
	},
	{
		Name: "address", Source: srcJSONSchema + " pve_verify_address",
		check: func(v string) string {
			if isAddress(v) {
				return ""
			}
			return "value does not look like a valid address: " + v + "\n"
		},
		Accept: []string{"10.0.0.1", "fd00::1", "pve.example.com"},
		Refuse: []string{"bad_host", "host:8006", "host name"},
	},
	{
		Name: "disk-size", Source: srcJSONSchema + " pve_verify_disk_size, parse_size",
		check:  matchCheckf(perlFull(`(\d+(\.\d+)?)([KMGT](?:iB)?)?`), "value does not look like a valid disk size: %s\n"),
		Accept: []string{"32", "32G", "1.5T", "512MiB", "10K"},
		Refuse: []string{"32g", "32GB", "-1G", "1.G", "32 G"},
	},
	{
		Name: "pve-startup-order", Source: srcJSONSchema + " pve_verify_startup_order, pve_parse_startup_order",
		check:  startupOrderCheck,
		Accept: []string{"1", "order=2,up=30,down=60", "up=10"},
		Refuse: []string{"0", "", "first", "order=-1", "up=10s"},
	},
	{
		Name: "proxmox-remote", Source: srcJSONSchema + " $remote_format",
		Accept: []string{"host=10.0.0.5,apitoken=PVEAPIToken=root@pam!t=secret", "host=pve.example.com,port=8006,apitoken=x"},
		Refuse: []string{"host=10.0.0.5", "host=10.0.0.5,apitoken=x,port=http"},
	},
	{
		Name: "pve-tag", Source: srcJSONSchema + " pve_verify_tag ($PVE_TAG_RE)",
		check:  matchCheck(perlFullI(`(?^i:[a-z0-9_][a-z0-9_\-\+\.]*)`), "invalid characters in tag\n"),
		Accept: []string{"prod", "web-1", "_internal", "a+b.c"},
		Refuse: []string{"tag!", "-tag", "", "two words"},
	},
	{
		Name: "pve-task-status-type", Source: srcJSONSchema + " verify_task_status_type",
		check:  matchCheckf(perlFullI(`(ok|error|warning|unknown)`), "invalid status '%s'\n"),
		Accept: []string{"ok", "error", "Warning", "UNKNOWN"},
		Refuse: []string{"failed", "okay", ""},
	},
	{
		Name: "pem-certificate", Source: "proxmox/pve-common src/PVE/Certificate.pm check_pem",
		check:  pemCheck(`CERTIFICATE`, false),
		Accept: []string{examplePEM("CERTIFICATE"), "leading text\n" + examplePEM("CERTIFICATE")},
		Refuse: []string{examplePEM("PRIVATE KEY"), "MIIBszCCAVmgAwIBAgIUW", examplePEM("CERTIFICATE") + examplePEM("CERTIFICATE")},
	},
	{
		Name: "pem-certificate-chain", Source: "proxmox/pve-common src/PVE/Certificate.pm check_pem (multiple)",
		check:  pemCheck(`CERTIFICATE`, true),
		Accept: []string{examplePEM("CERTIFICATE"), examplePEM("CERTIFICATE") + examplePEM("CERTIFICATE")},
		Refuse: []string{examplePEM("PRIVATE KEY"), "not pem"},
	},
	{
		Name: "pem-string", Source: "proxmox/pve-common src/PVE/Certificate.pm check_pem (any label)",
		check:  pemCheck(`.*?`, false),
		Accept: []string{examplePEM("PRIVATE KEY"), examplePEM("CERTIFICATE")},
		Refuse: []string{"-----BEGIN KEY-----\n!!!!\n-----END KEY-----\n", "not pem"},
	},
	{
		Name: "pve-calendar-event", Source: "proxmox/pve-common src/PVE/CalendarEvent.pm, parser: proxmox/proxmox-rs proxmox-time/src/calendar_event.rs",
		check: calendarEventCheck,
		Approximation: "The accepted syntax is exactly proxmox-time's; the text after \"invalid calendar event '…' - \" " +
			"only approximates the Rust parser's error description.",
		Accept: []string{"daily", "mon..fri 02:30", "*/15", "sat 4:00 UTC", "2020-7..9-2/2", "fri..mon", "  weekly  "},
		Refuse: []string{"", "61", "0..80", "mon 0 0", "every day", "24:00:00", "*/61"},
	},
}

var (
	emailFull     = perlFull(emailRE)
	emailUserFull = perlFull(emailUserRE)
	dnsName       = perlFull(`(` + dnsLabel + `\.)*` + dnsLabel)
)

// ifaceName is pve_verify_iface's pattern.
var ifaceName = perlFullI(`[a-z][a-z0-9_]{1,20}([:\.]\d+)?`)

// isAddress is pve_verify_ip || pve_verify_dns_name: both return the value
// itself, so the value "0" is refused although it is a valid DNS name.
func isAddress(v string) bool {
	return perlTrue(v) && (isIP.MatchString(v) || dnsName.MatchString(v))
}

// dnsLabel is pve_verify_dns_name's $namere (a double-quoted Perl string,
// so its "\-" is a plain '-').
const dnsLabel = `([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)`

// idCheck is parse_id: "storage ID 'x' contains illegal characters".
func idCheck(kind string) checkFunc {
	return matchCheckf(perlFullI(`[a-z][a-z0-9\-\_\.]*[a-z0-9]`), kind+" ID '%s' contains illegal characters\n")
}

// keywordMatch is m/^(?:a|b)$/ for plain words.
func keywordMatch(v string, words ...string) bool {
	v = strings.TrimSuffix(v, "\n")
	for _, w := range words {
		if v == w {
			return true
		}
	}
	return false
}

func cidrCheck(re *pattern, max int, msg string) checkFunc {
	return func(v string) string {
		if validCIDR(re, v, max) {
			return ""
		}
		return msg
	}
}

// ipv4Masks are the netmasks pve_verify_ipv4mask knows ($ipv4_mask_hash).
var ipv4Masks = func() map[string]bool {
	m := map[string]bool{}
	for bits := 0; bits <= 32; bits++ {
		mask := uint32(0)
		if bits > 0 {
			mask = ^uint32(0) << (32 - bits)
		}
		m[fmt.Sprintf("%d.%d.%d.%d", mask>>24, mask>>16&255, mask>>8&255, mask&255)] = true
	}
	return m
}()

func ipv4MaskCheck(v string) string {
	if ipv4Masks[v] {
		return ""
	}
	return "value does not look like a valid IP netmask\n"
}

var vlanIDOrRange = perlFull(`(\d+)(?:-(\d+))?`)

// vlanIDOrRangeCheck is pve_verify_vlan_id_or_range: tags 2..4094, a range
// from lower to higher.
func vlanIDOrRangeCheck(v string) string {
	m := vlanIDOrRange.FindStringSubmatch(v)
	if m == nil {
		return "invalid VLAN configuration '" + v + "'\n"
	}
	start, end := m[1], m[2]
	if msg := vlanTagCheck(start); msg != "" {
		return msg
	}
	if !perlTrue(end) { // "if ($end)": no range, or an end of 0
		return ""
	}
	if msg := vlanTagCheck(end); msg != "" {
		return msg
	}
	if s, _ := perlNumber(start); s >= mustNumber(end) {
		return "VLAN range must go from lower to higher tag '" + v + "'\n"
	}
	return ""
}

func vlanTagCheck(tag string) string {
	if n := mustNumber(tag); n < 2 || n > 4094 {
		return "invalid VLAN tag '" + tag + "'\n"
	}
	return ""
}

var startupPart = perlFull(`(?:(order=)?(\d+)|up=(\d+)|down=(\d+))`)

// startupOrderCheck is pve_parse_startup_order: comma-separated
// [order=]N, up=N, down=N; blank parts are skipped, a false value fails.
func startupOrderCheck(v string) string {
	const msg = "unable to parse startup options\n"
	if !perlTrue(v) {
		return msg
	}
	for _, part := range perlSplit(v, ",") {
		if strings.TrimFunc(part, isPerlSpace) == "" {
			continue
		}
		if !startupPart.MatchString(part) {
			return msg
		}
	}
	return ""
}

// perlSplit is Perl's split with a literal separator: trailing empty fields
// are dropped.
func perlSplit(v, sep string) []string {
	return dropTrailingEmpty(strings.Split(v, sep))
}
