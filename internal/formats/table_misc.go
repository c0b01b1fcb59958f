package formats

import (
	"encoding/json"
	"strconv"
)

const srcHATools = "proxmox/pve-ha-manager src/PVE/HA/Tools.pm"

// haFormats are registered by proxmox/pve-ha-manager.
var haFormats = []*Format{
	{
		Name: "pve-ha-resource-id", Source: srcHATools + " pve_verify_ha_resource_id",
		check:  matchCheck(perlFull(`[a-z]+:\S+`), "value does not look like a valid ha resource id\n"),
		Accept: []string{"vm:100", "ct:101"},
		Refuse: []string{"100", "VM:100", "vm:"},
	},
	{
		Name: "pve-ha-resource-or-vm-id", Source: srcHATools + " pve_verify_ha_resource_or_vm_id",
		check:  matchCheck(perlFull(`([a-z]+:\S+|\d+)`), "value does not look like a valid ha resource id\n"),
		Accept: []string{"vm:100", "100"},
		Refuse: []string{"vm100", "vm: 100", ""},
	},
	{
		Name: "pve-ha-node", Source: srcHATools + " pve_verify_ha_node (PVE 9.1)",
		check:  matchCheck(perlFull(haNodeRE), "value does not look like a valid ha node\n"),
		Accept: []string{"pve1", "pve1:2"},
		Refuse: []string{"pve_1", "pve1:high", ":1"},
	},
	{
		Name: "pve-ha-group-node", Source: srcHATools + " pve_verify_ha_group_node (PVE 8.4)",
		check:  matchCheck(perlFull(haNodeRE), "value does not look like a valid ha group node\n"),
		Accept: []string{"pve1", "pve2:1"},
		Refuse: []string{"pve_1", "pve1:"},
	},
}

// haNodeRE is a node name with an optional :priority.
const haNodeRE = `([a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?)(:\d+)?`

// clusterFormats are registered by proxmox/pve-cluster.
var clusterFormats = []*Format{
	{
		Name: "mac-prefix", Source: "proxmox/pve-cluster src/PVE/DataCenterConfig.pm pve_verify_mac_prefix",
		check:  matchCheck(perlFullI(`[a-f0-9][02468ace](?::[a-f0-9]{2}){0,2}:?`), "value is not a valid unicast MAC address prefix\n"),
		Accept: []string{"BC:24:11", "02", "02:00:", "bc:24:11:"},
		Refuse: []string{"01:00:5e", "BC:24:11:00", "zz"},
	},
}

const srcNodeConfig = "proxmox/pve-manager PVE/NodeConfig.pm"

// managerFormats are registered by proxmox/pve-manager.
var managerFormats = []*Format{
	{
		Name: "pve-acme-domain", Source: srcNodeConfig + " (pve-acme-domain)",
		check:  matchCheckf(perlFull(`(?^i:[a-z0-9][a-z0-9_-]*)(?:\.(?^i:[a-z0-9][a-z0-9_-]*))+`), "value '%s' does not look like a valid domain name!\n"),
		Accept: []string{"pve.example.com", "a.b", "my_host.example.org"},
		Refuse: []string{"localhost", "_acme.example.com", "example..com", "*.example.com"},
	},
	{
		Name: "pve-acme-alias", Source: srcNodeConfig + " (pve-acme-alias)",
		check:  matchCheckf(perlFull(`(?^i:[a-z0-9_][a-z0-9_-]*)(?:\.(?^i:[a-z0-9_][a-z0-9_-]*))+`), "value '%s' does not look like a valid alias name!\n"),
		Accept: []string{"_acme-challenge.example.com", "alias.example.org"},
		Refuse: []string{"example", "-x.example.com", "a..b"},
	},
	{
		Name: "pve-day-of-week", Source: "proxmox/pve-manager PVE/API2/Backup.pm verify_day_of_week",
		check:  matchCheckf(perlFull(`(mon|tue|wed|thu|fri|sat|sun)`), "invalid day '%s'\n"),
		Accept: []string{"mon", "sun"},
		Refuse: []string{"Mon", "monday", "1"},
	},
	{
		Name: "graphite-path", Source: "proxmox/pve-manager PVE/Status/Graphite.pm pve_verify_graphite_path",
		check:  matchCheck(perlFull(`(`+dnsLabel+`\.)*`+dnsLabel), "value does not look like a valid graphite path\n"),
		Accept: []string{"proxmox", "pve.cluster-1"},
		Refuse: []string{"pve/cluster", "pve..x", "pve_x"},
	},
	{
		Name: "pve-command-batch", Source: "proxmox/pve-manager PVE/API2/Nodes.pm verify_command_batch",
		check: commandBatchCheck,
		Approximation: "After \"commands param did not contain valid JSON: \" PVE quotes Perl's JSON parser; " +
			"Message quotes Go's. Where several commands are wrong, PVE lists every problem (in no fixed order), " +
			"Message the first.",
		Accept: []string{`[{"path":"/nodes/pve/qemu/100/status/start","method":"POST"}]`, `[]`, `[{"path":"x","method":"GET","args":{"a":1}}]`},
		Refuse: []string{`{`, `{"path":"x"}`, `[{"path":"x","method":"PATCH"}]`, `[{"method":"GET"}]`, `[{"path":"x","method":"GET","args":[1]}]`},
	},
}

var commandMethod = perlFull(`(GET|POST|PUT|DELETE)`)

// commandBatchCheck is verify_command_batch: a JSON array of {path,
// method, args} objects ($verify_command_item_desc), with the errors
// PVE::JSONSchema::validate reports.
func commandBatchCheck(v string) string {
	var commands any
	if err := json.Unmarshal([]byte(v), &commands); err != nil {
		return "commands param did not contain valid JSON: " + err.Error() + "\n"
	}
	// validate raises a 400 exception, which stringifies as "400 <message>"
	const prefix = "commands is not a valid array of commands: 400 Parameter verification failed.\n"
	list, ok := commands.([]any)
	if !ok {
		return prefix + "_root: type check ('array') failed\n"
	}
	for i, item := range list {
		if msg := commandItemProblem(item); msg != "" {
			return prefix + "[" + strconv.Itoa(i) + "]" + msg + "\n"
		}
	}
	return ""
}

func commandItemProblem(item any) string {
	obj, ok := item.(map[string]any)
	if !ok {
		return ": type check ('object') failed"
	}
	for _, key := range []string{"path", "method"} {
		if obj[key] == nil {
			return "." + key + ": property is missing and it is not optional"
		}
		if !isJSONScalar(obj[key]) {
			return "." + key + ": type check ('string') failed"
		}
	}
	// a number is a scalar too, but never one of the methods
	if method, _ := obj["method"].(string); !commandMethod.MatchString(method) {
		return ".method: value does not match the regex pattern"
	}
	if args, present := obj["args"]; present && args != nil {
		if _, isObject := args.(map[string]any); !isObject {
			return ".args: type check ('object') failed"
		}
	}
	return ""
}

// isJSONScalar reports whether PVE's type check accepts v as a string: any
// JSON string or number (Perl scalars), but not a boolean, array or object.
func isJSONScalar(v any) bool {
	switch v.(type) {
	case string, float64:
		return true
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }
