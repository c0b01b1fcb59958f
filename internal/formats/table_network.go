package formats

import (
	"strings"
	"unicode/utf8"
)

const srcSDN = "proxmox/pve-network src/PVE/Network/SDN/"

// networkFormats are registered by proxmox/pve-network. The object
// identifiers (zone, vnet, controller, ipam, dns) are registered formats in
// PVE 9.1 and 8.4; later releases moved their rules into schema patterns.
var networkFormats = []*Format{
	sdnIDFormat("pve-sdn-zone-id", "Zones/Plugin.pm parse_sdn_zone_id", "zone", `[a-z][a-z0-9]*[a-z0-9]`, 8,
		[]string{"zone1", "ab", "evpnZone"}, []string{"z", "1zone", "zone-1", "zonezone1"}),
	sdnIDFormat("pve-sdn-vnet-id", "VnetPlugin.pm parse_sdn_vnet_id", "vnet", `[a-z][a-z0-9]*[a-z0-9]`, 8,
		[]string{"vnet1", "Vx"}, []string{"v", "vnet_1", "vnet12345"}),
	sdnIDFormat("pve-sdn-controller-id", "Controllers/Plugin.pm parse_sdn_controller_id", "controller", `[a-z][a-z0-9_-]*[a-z0-9]`, 64,
		[]string{"evpn1", "bgp-ctl_1"}, []string{"c", "ctl-", strings.Repeat("c", 65)}),
	sdnIDFormat("pve-sdn-ipam-id", "Ipams/Plugin.pm parse_sdn_ipam_id", "ipam", `[a-z][a-z0-9]*[a-z0-9]`, 0,
		[]string{"pve", "netbox1"}, []string{"p", "my-ipam"}),
	sdnIDFormat("pve-sdn-dns-id", "Dns/Plugin.pm parse_sdn_dns_id", "dns", `[a-z][a-z0-9]*[a-z0-9]`, 0,
		[]string{"powerdns", "dns1"}, []string{"d", "dns_1"}),
	{
		Name: "pve-sdn-fabric-id", Source: srcSDN + "Fabrics.pm (PVE 9.1)",
		check:  matchCheckf(perlFullI(`[a-zA-Z0-9][a-zA-Z0-9-]{0,6}[a-zA-Z0-9]?`), "Fabric ID '%s' contains illegal characters\n"),
		Accept: []string{"fab1", "a", "f-2", "12345678"},
		Refuse: []string{"fabric-long", "-fab", "fab_1"},
	},
	{
		Name: "pve-sdn-isis-net", Source: srcSDN + "Controllers/IsisPlugin.pm pve_verify_sdn_isis_net",
		check:  matchCheck(perlFull(`[a-fA-F0-9]{2}(\.[a-fA-F0-9]{4}){3,9}\.[a-fA-F0-9]{2}`), "value does not look like a valid isis net\n"),
		Accept: []string{"49.0001.1921.6800.1002.00"},
		Refuse: []string{"49.0001.00", "49-0001-1921-6800-1002-00", "zz.0001.1921.6800.1002.00"},
	},
	{
		Name: "pve-sdn-bgp-rt", Source: srcSDN + "Zones/EvpnPlugin.pm pve_verify_sdn_bgp_rt",
		check:  bgpRouteTargetCheck,
		Accept: []string{"65000:100", "4294967295:4294967295", "0:0"},
		Refuse: []string{"65000", "4294967296:1", "asn:1", "1.2.3.4:5"},
	},
	{
		Name: "pve-sdn-subnet-id", Source: srcSDN + "SubnetPlugin.pm parse_sdn_subnet_id",
		check:  subnetIDCheck,
		Accept: []string{"zone1-10.0.0.0-24", "10.0.0.0/24", "zone1-fd00::-64"},
		Refuse: []string{"zone1-10.0.0.0", "zone1", "10.0.0.0/4", "zone1-10.0.0.0-40"},
	},
	{
		Name: "pve-sdn-dhcp-range", Source: srcSDN + "SubnetPlugin.pm $dhcp_range_fmt",
		Accept: []string{"start-address=10.0.0.100,end-address=10.0.0.200"},
		Refuse: []string{"start-address=10.0.0.100"},
	},
}

// sdnIDFormat builds the parse_sdn_*_id checks: the pattern (case
// insensitive), then a length limit when there is one.
func sdnIDFormat(name, source, kind, pattern string, maxLen int, accept, refuse []string) *Format {
	re := perlFullI(pattern)
	return &Format{
		Name: name, Source: srcSDN + source,
		check: func(v string) string {
			if !re.MatchString(v) {
				return kind + " ID '" + v + "' contains illegal characters\n"
			}
			if maxLen > 0 && utf8.RuneCountInString(v) > maxLen {
				return kind + " ID '" + v + "' can't be more length than " + itoa(maxLen) + " characters\n"
			}
			return ""
		},
		Accept: accept, Refuse: refuse,
	}
}

var bgpRouteTarget = perlFull(`(\d+):(\d+)`)

func bgpRouteTargetCheck(v string) string {
	const msg = "value does not look like a valid bgp route-target\n"
	m := bgpRouteTarget.FindStringSubmatch(v)
	if m == nil || mustNumber(m[1]) > 4294967295 || mustNumber(m[2]) > 4294967295 {
		return msg
	}
	return ""
}

// subnetIDCheck is parse_sdn_subnet_id: a CIDR, or ZONE-ADDRESS-PREFIX.
func subnetIDCheck(v string) string {
	cidr := v
	if !strings.Contains(v, "/") {
		parts := append(strings.Split(v, "-"), "", "", "")
		cidr = parts[1] + "/" + parts[2]
	}
	if validCIDR(cidrV4, cidr, 32) || validCIDR(cidrV6, cidr, 128) {
		return ""
	}
	return "value does not look like a valid CIDR network\n"
}
