package formats

import (
	_ "embed"
	"strconv"
	"strings"
)

const srcFirewall = "proxmox/pve-firewall src/PVE/Firewall.pm"

var firewallFormats = []*Format{
	{
		Name: "IPorCIDR", Source: srcFirewall + " pve_verify_ip_or_cidr",
		check:  ipOrCIDRCheck,
		Accept: []string{"10.0.0.1", "10.0.0.0/8", "192.168.1.155/24", "fd00::/64", "0.0.0.0/0"},
		Refuse: []string{"300.1.1.1", "10.0.0.1/0", "10.0.0.0/33", "host", "10.0.0.1-10.0.0.5"},
	},
	{
		Name: "IPorCIDRorAlias", Source: srcFirewall + " pve_verify_ip_or_cidr_or_alias",
		check: func(v string) string {
			if ipAlias.MatchString(v) {
				return ""
			}
			return ipOrCIDRCheck(v)
		},
		Accept: []string{"10.0.0.0/8", "myalias", "dc/office", "guest/web_1"},
		Refuse: []string{"1alias", "vm/office", "10.0.0.1/40"},
	},
	{
		Name: "pve-fw-conntrack-helper", Source: srcFirewall + " pve_fw_verify_conntrack_helper",
		check: conntrackHelperCheck,
		Approximation: "PVE's message for an unknown helper also names the Perl source line " +
			"(\"unknown helper x at …/PVE/Firewall.pm line N.\"); Message leaves it out.",
		Accept: []string{"ftp", "ftp,tftp,sip", ""},
		Refuse: []string{"http", "ftp,", "ftp,,sip"},
	},
	{
		Name: "pve-fw-sport-spec", Source: srcFirewall + " pve_fw_verify_sport_spec, parse_port_name_number_or_range",
		check:         func(v string) string { return portSpecCheck(v, false) },
		Approximation: etcServicesNote,
		Accept:        []string{"22", "1024:65535", "http,https", "80,443,8000:8080", ""},
		Refuse:        []string{"65536", "100:10", "echo-request", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16", "80,"},
	},
	{
		Name: "pve-fw-dport-spec", Source: srcFirewall + " pve_fw_verify_dport_spec, parse_port_name_number_or_range",
		check:         func(v string) string { return portSpecCheck(v, true) },
		Approximation: etcServicesNote,
		Accept:        []string{"22", "ssh", "8006", "echo-request", "neighbor-solicitation"},
		Refuse:        []string{"notaservice", "echo-request,22", "0:99999"},
	},
	{
		Name: "pve-fw-addr-spec", Source: srcFirewall + " pve_fw_verify_addr_spec, parse_address_list (with Net::IP)",
		check: addressListCheck,
		Approximation: "Addresses are checked by an emulation of the Net::IP module; where Net::IP fails without an " +
			"error text of its own, PVE repeats whatever error it recorded last and Message has none.",
		Accept: []string{"10.0.0.1", "10.0.0.0/24", "10.0.0.1,10.0.0.2", "10.0.0.1-10.0.0.10", "+myipset", "dc/myalias", "fd00::/64", "10.1"},
		Refuse: []string{"300.1.1.1", "10.0.0.1,fd00::1", "10.0.0.1-10.0.0.5,10.0.0.9", "10.0.0.5-10.0.0.1", "10.0.0.1/24", "10.0.0.1,"},
	},
	{
		Name: "pve-fw-protocol-spec", Source: srcFirewall + " pve_fw_verify_protocol_spec, get_etc_protocols",
		check: func(v string) string {
			if !perlTrue(v) || protocolNames[v] || protocolNumbers[v] || v == "icmpv6" {
				return ""
			}
			return "unknown protocol '" + v + "'\n"
		},
		Approximation: "PVE reads the node's /etc/protocols; this table is Debian netbase 6.4's.",
		Accept:        []string{"tcp", "udp", "icmp", "6", "icmpv6", "ipv6-icmp"},
		Refuse:        []string{"http", "tcpp", "256"},
	},
	{
		Name: "pve-fw-icmp-type-spec", Source: srcFirewall + " pve_fw_verify_icmp_type_spec",
		check: func(v string) string {
			if icmpTypeNames[v] || icmpv6TypeNames[v] || v == "" {
				return ""
			}
			return "invalid icmp-type value '" + v + "'\n"
		},
		Accept: []string{"echo-request", "any", "neighbour-solicitation", ""},
		Refuse: []string{"8", "ping", "Echo-Request"},
	},
}

const etcServicesNote = "PVE looks service names up in the node's /etc/services; this table is Debian netbase 6.4's."

// ipAlias is m@^(dc/|guest/)?(?:$ip_alias_pattern)$@.
var ipAlias = perlFull(`(dc/|guest/)?(?:[A-Za-z][A-Za-z0-9\-\_]+)`)

var ipOrCIDRSyntax = perlFull(`(?:` + ipv6RE + `|` + ipv4RE + `)(?:/(\d+))?`)

// ipOrCIDRCheck is pve_verify_ip_or_cidr: the address syntax, then Net::IP
// on the address with its host bits cleared (clean_cidr). Clearing leaves
// two ways to fail: a prefix longer than the address, and a prefix of 0
// (clean_cidr skips a false length) on an address that is not all zeros.
func ipOrCIDRCheck(v string) string {
	m := ipOrCIDRSyntax.FindStringSubmatch(v)
	if m == nil {
		return "value does not look like a valid IP address or CIDR network\n"
	}
	prefix := m[1]
	if prefix == "" {
		return ""
	}
	size := 128
	if isIPv4.MatchString(strings.SplitN(v, "/", 2)[0]) {
		size = 32
	}
	if perlTrue(prefix) {
		if n, err := strconv.Atoi(prefix); err != nil || n > size {
			return "Prefix length " + prefix + " is longer than IP address (" + strconv.Itoa(size) + ")\n"
		}
		return ""
	}
	if _, _, err := netIPNew(v); err != nil {
		return err.msg + "\n"
	}
	return ""
}

var conntrackHelpers = setOf("amanda", "ftp", "irc", "netbios-ns", "pptp", "sane", "sip", "snmp", "tftp")

func conntrackHelperCheck(v string) string {
	helpers := perlSplit(v, ",")
	if v != strings.Join(helpers, ",") {
		return "extraneous commas in list\n"
	}
	for _, h := range helpers {
		if !conntrackHelpers[h] {
			return "unknown helper " + h
		}
	}
	return ""
}

// portSpecCheck is parse_port_name_number_or_range: a comma-separated
// list of ports, PORT:PORT ranges and service names (for dport also ICMP
// type names, alone), at most 15 numbers (a range counts as 2).
func portSpecCheck(v string, dport bool) string {
	items := perlSplit(v, ",")
	if v != strings.Join(items, ",") {
		return "extraneous commas in list\n"
	}
	count, icmp := 0, false
	for _, item := range items {
		if m := portRange.FindStringSubmatch(item); m != nil {
			count += 2
			for _, p := range m[1:] {
				if mustNumber(p) > 65535 {
					return "invalid port '" + p + "'\n"
				}
			}
			if mustNumber(m[1]) > mustNumber(m[2]) {
				return "backwards range '" + m[1] + ":" + m[2] + "' not allowed, did you mean '" + m[2] + ":" + m[1] + "'?\n"
			}
			continue
		}
		if m := portNumber.FindStringSubmatch(item); m != nil {
			count++
			if mustNumber(m[1]) > 65535 {
				return "invalid port '" + m[1] + "'\n"
			}
			continue
		}
		switch {
		case dport && (icmpTypeNames[item] || icmpv6TypeNames[item]):
			icmp = true
		case !serviceNames[item]:
			return "invalid port '" + item + "'\n"
		}
	}
	if icmp && count > 0 {
		return "ICMP ports not allowed in port range\n"
	}
	if count > 15 {
		return "too many entries in port list (> 15 numbers)\n"
	}
	return ""
}

var (
	portRange  = perlFull(`([0-9]+):([0-9]+)`)
	portNumber = perlFull(`([0-9]+)`)
	ipsetRef   = perlFull(`(\+)(\S+)`)
)

// addressListCheck is parse_address_list: an ipset reference (+name), an
// alias, or a comma-separated list of addresses of one IP version, where
// a range must stand alone.
func addressListCheck(v string) string {
	if ipsetRef.MatchString(v) {
		if runeLen(v) > 64+1 {
			return "ipset name too long\n"
		}
		return ""
	}
	if ipAlias.MatchString(v) {
		if runeLen(v) > 64 {
			return "alias name too long\n"
		}
		return ""
	}
	elements := perlSplit(v, ",")
	if v != strings.Join(elements, ",") {
		return "extraneous commas in list\n"
	}
	version, isRange := 0, false
	for _, elem := range elements {
		begin, _, err := netIPNew(elem)
		if err != nil {
			return "invalid IP address: " + err.msg + "\n"
		}
		if strings.Contains(elem, "-") {
			isRange = true
		}
		v6 := 4
		if netIPIsV6(begin) == nil {
			v6 = 6
		}
		if version != 0 && v6 != version {
			return "detected mixed ipv4/ipv6 addresses in address list '" + v + "'\n"
		}
		version = v6
	}
	if isRange && len(elements) > 1 {
		return "you can't use a range in a list\n"
	}
	return ""
}

// icmpTypeNames and icmpv6TypeNames are PVE's tables of iptables and
// ip6tables ICMP type names.
var (
	icmpTypeNames = setOf(
		"any", "echo-reply", "destination-unreachable", "network-unreachable", "host-unreachable",
		"protocol-unreachable", "port-unreachable", "fragmentation-needed", "source-route-failed",
		"network-unknown", "host-unknown", "network-prohibited", "host-prohibited",
		"TOS-network-unreachable", "TOS-host-unreachable", "communication-prohibited",
		"host-precedence-violation", "precedence-cutoff", "source-quench", "redirect",
		"network-redirect", "host-redirect", "TOS-network-redirect", "TOS-host-redirect",
		"echo-request", "router-advertisement", "router-solicitation", "time-exceeded",
		"ttl-zero-during-transit", "ttl-zero-during-reassembly", "parameter-problem",
		"ip-header-bad", "required-option-missing", "timestamp-request", "timestamp-reply",
		"address-mask-request", "address-mask-reply",
	)
	icmpv6TypeNames = setOf(
		"destination-unreachable", "no-route", "communication-prohibited", "beyond-scope",
		"address-unreachable", "port-unreachable", "failed-policy", "reject-route", "packet-too-big",
		"time-exceeded", "ttl-zero-during-transit", "ttl-zero-during-reassembly", "parameter-problem",
		"bad-header", "unknown-header-type", "unknown-option", "echo-request", "echo-reply",
		"router-solicitation", "router-advertisement", "neighbor-solicitation", "neighbour-solicitation",
		"neighbor-advertisement", "neighbour-advertisement", "redirect",
	)
)

var (
	//go:embed data/services.txt
	servicesData string
	//go:embed data/protocols.txt
	protocolsData string
	//go:embed data/timezones.txt
	timeZonesData string

	serviceNames                   = setOf(dataLines(servicesData)...)
	protocolNames, protocolNumbers = protocolTables(protocolsData)
	timeZones                      = setOf(dataLines(timeZonesData)...)
)

// dataLines are the lines of an embedded table, without comments.
func dataLines(data string) []string {
	var out []string
	for _, line := range strings.Split(data, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

func protocolTables(data string) (names, numbers map[string]bool) {
	names, numbers = map[string]bool{}, map[string]bool{}
	for _, line := range dataLines(data) {
		if name, number, ok := strings.Cut(line, " "); ok {
			names[name], numbers[number] = true, true
		}
	}
	return names, numbers
}

func runeLen(s string) int { return len([]rune(s)) }
