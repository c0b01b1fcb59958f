package policy

import (
	"encoding/json"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Every operation of both catalogs gets a definite guest-exec,
// destructive and confirm decision, and the capability decisions keep
// their promises.
func TestSafetyDecisionsOverTheCatalog(t *testing.T) {
	p := embedded(t)
	for _, op := range apis.Operations() {
		d := p.Decide(op)
		checkConditions(t, op, d)
		if d.GuestExec && d.Tier != Full {
			t.Errorf("%s runs inside a guest or opens a shell but is %s, not full", describe(op), d.Tier)
		}
		if d.GuestExec && op.Method != "GET" && !d.MayConfirm() {
			t.Errorf("%s runs inside a guest or opens a shell without confirmation", describe(op))
		}
		if d.GuestExec && d.Reason == "" {
			t.Errorf("%s is guest-exec without a reason", describe(op))
		}
		if consoleRe.MatchString(op.Path) && !strings.Contains(op.Path, "mtunnel") && !d.GuestExec {
			t.Errorf("%s opens a console but is not guest-exec", describe(op))
		}
		if d.Confirm && !d.Destructive && d.Reason == "" {
			t.Errorf("%s needs confirmation, and no rule says why", describe(op))
		}
		if op.Method == "DELETE" && !d.MayDestroy() && d.Reason == "" {
			t.Errorf("%s deletes but is not destructive, and no rule says why", describe(op))
		}
	}
}

// checkConditions: conditions are made for the operation (its own non-path
// arguments), come with a reason, and never repeat a static decision.
func checkConditions(t *testing.T, op *catalog.Operation, d Decision) {
	t.Helper()
	if d.Destructive && len(d.DestructiveWith) > 0 || (d.Confirm || d.Destructive) && len(d.ConfirmWith) > 0 {
		t.Errorf("%s: conditions on an operation that is destructive or confirm-gated anyway", describe(op))
	}
	for _, c := range append(append([]Condition(nil), d.DestructiveWith...), d.ConfirmWith...) {
		if c.Reason == "" || len(c.Tests) == 0 {
			t.Errorf("%s: condition %q without reason or tests", describe(op), c)
		}
		for _, test := range c.Tests {
			if prm := op.Param(test.Param); prm == nil || prm.Location == catalog.InPath {
				t.Errorf("%s: condition %q tests %q, which is not one of its arguments", describe(op), c, test.Param)
			}
		}
	}
}

// callOf prepares a call as the server does and decides it.
func callOf(t *testing.T, name string, args map[string]any) Call {
	t.Helper()
	op := apis.Lookup(name)
	if op == nil {
		t.Fatalf("no operation %s", name)
	}
	req, err := wire.Prepare(op, args)
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	params := req.Form
	if params == nil {
		params = req.Query
	}
	return embedded(t).Decide(op).Call(params)
}

func TestCallDecisions(t *testing.T) {
	vm := func(more map[string]any) map[string]any {
		args := map[string]any{"node": "pve1", "vmid": 100}
		for k, v := range more {
			args[k] = v
		}
		return args
	}
	const archive = "local:backup/vzdump-qemu-100-2025_01_01-00_00_00.vma.zst"
	store := func(more map[string]any) map[string]any {
		args := map[string]any{"store": "store1"}
		for k, v := range more {
			args[k] = v
		}
		return args
	}
	tests := []struct {
		name                 string
		op                   string
		args                 map[string]any
		destructive, confirm bool
		reason               string // substring of Call.Reason
	}{
		{"restore without force", "pve_post_nodes_qemu", vm(map[string]any{"archive": archive}), false, false, ""},
		{"restore with force", "pve_post_nodes_qemu", vm(map[string]any{"archive": archive, "force": true}), true, true, "restores the backup over the existing guest"},
		{"restore with force=0", "pve_post_nodes_qemu", vm(map[string]any{"archive": archive, "force": 0}), false, false, ""},
		{"ct restore with force", "pve_post_nodes_lxc", vm(map[string]any{"ostemplate": archive, "restore": true, "force": "yes"}), true, true, "force"},
		{"config delete net0", "pve_put_nodes_qemu_config", vm(map[string]any{"delete": "net0"}), false, false, ""},
		{"config delete unused0", "pve_post_nodes_qemu_config", vm(map[string]any{"delete": "net1,unused0"}), true, true, "delete lists unused"},
		{"config delete unused0 as a list", "pve_put_nodes_qemu_config", vm(map[string]any{"delete": []any{"net1", "unused0"}}), true, true, "unusedN"},
		{"config delete with force", "pve_put_nodes_qemu_config", vm(map[string]any{"delete": "scsi1", "force": true}), true, true, "force=1"},
		{"config name is not unusedN", "pve_put_nodes_qemu_config", vm(map[string]any{"name": "unused0"}), false, false, ""},
		{"ct config delete unused1", "pve_put_nodes_lxc_config", vm(map[string]any{"delete": "unused1"}), true, true, ""},
		{"config protection off", "pve_put_nodes_qemu_config", vm(map[string]any{"protection": false}), false, true, "protection against deletion"},
		{"config protection on", "pve_put_nodes_qemu_config", vm(map[string]any{"protection": true}), false, false, ""},
		{"config without protection", "pve_put_nodes_qemu_config", vm(map[string]any{"memory": "2048"}), false, false, ""},
		{"backup", "pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": "100"}, false, false, ""},
		{"backup with ad-hoc retention", "pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": "100", "prune-backups": "keep-last=1"}, true, true, "retention"},
		{"backup with retention, remove=0", "pve_post_nodes_vzdump", map[string]any{"node": "pve1", "vmid": "100", "prune-backups": "keep-last=1", "remove": false}, false, false, ""},
		{"guest delete", "pve_delete_nodes_qemu_vmid", vm(nil), true, true, ""},
		{"ACL grant", "pve_put_access_acl", map[string]any{"path": "/", "roles": "Administrator", "users": "x@pve"}, false, true, "permissions"},
		{"token creation", "pve_post_access_users_token_tokenid", map[string]any{"userid": "x@pve", "tokenid": "t1"}, false, true, "secret"},
		{"PBS token creation", "pbs_post_access_users_token_token_name", map[string]any{"userid": "x@pbs", "token-name": "t1"}, false, true, "secret"},
		{"agent exec", "pve_post_nodes_qemu_agent_exec", vm(map[string]any{"command": []any{"id"}}), false, true, "runs a command"},
		{"agent ping", "pve_post_nodes_qemu_agent", vm(map[string]any{"command": "ping"}), false, false, ""},
		{"agent shutdown by name", "pve_post_nodes_qemu_agent", vm(map[string]any{"command": "shutdown"}), false, true, "shuts down"},
		{"firewall options comment", "pve_put_cluster_firewall_options", map[string]any{"ebtables": true}, false, false, ""},
		{"firewall enable", "pve_put_cluster_firewall_options", map[string]any{"enable": 1}, false, true, "cut every node off"},
		{"firewall policy deleted", "pve_put_cluster_firewall_options", map[string]any{"delete": "policy_in"}, false, true, "default policies"},
		{"realm sync", "pve_post_access_domains_sync", map[string]any{"realm": "ldap1"}, false, true, "realm"},
		{"realm sync removing", "pve_post_access_domains_sync", map[string]any{"realm": "ldap1", "remove-vanished": "acl;entry"}, true, true, "vanished"},
		{"realm sync removing, dry run", "pve_post_access_domains_sync", map[string]any{"realm": "ldap1", "remove-vanished": "acl;entry", "dry-run": true}, false, true, ""},
		{"realm sync removing none", "pve_post_access_domains_sync", map[string]any{"realm": "ldap1", "remove-vanished": "none"}, false, true, ""},
		{"PBS prune", "pbs_post_admin_datastore_prune", store(map[string]any{"backup-type": "vm", "backup-id": "100", "keep-last": 1}), true, true, "dry-run"},
		{"PBS prune dry run", "pbs_post_admin_datastore_prune", store(map[string]any{"backup-type": "vm", "backup-id": "100", "keep-last": 1, "dry-run": true}), false, false, ""},
		{"PBS pull", "pbs_post_pull", store(map[string]any{"remote-store": "store2"}), false, false, ""},
		{"PBS pull removing vanished", "pbs_post_pull", store(map[string]any{"remote-store": "store2", "remove-vanished": true}), true, true, "no longer exist"},
		{"PBS unprotect", "pbs_put_admin_datastore_protected", store(map[string]any{"backup-type": "vm", "backup-id": "100", "backup-time": 1700000000, "protected": false}), false, true, "protection"},
		{"PBS protect", "pbs_put_admin_datastore_protected", store(map[string]any{"backup-type": "vm", "backup-id": "100", "backup-time": 1700000000, "protected": true}), false, false, ""},
		{"PBS prune job keeps fewer", "pbs_put_config_prune_id", map[string]any{"id": "job1", "delete": []any{"keep-daily"}}, true, true, "retention"},
		{"PBS prune job comment", "pbs_put_config_prune_id", map[string]any{"id": "job1", "comment": "x"}, false, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := callOf(t, tt.op, tt.args)
			if c.Destructive != tt.destructive || c.Confirm != tt.confirm {
				t.Errorf("%s %v: destructive %v, confirm %v; want %v, %v (reason %q)", tt.op, tt.args,
					c.Destructive, c.Confirm, tt.destructive, tt.confirm, c.Reason)
			}
			if !strings.Contains(c.Reason, tt.reason) || (c.Confirm && c.Reason == "" && tt.op != "pve_delete_nodes_qemu_vmid") {
				t.Errorf("%s: reason %q lacks %q", tt.op, c.Reason, tt.reason)
			}
		})
	}
}

// Well-known operations and their static safety decisions.
func TestSafetyGolden(t *testing.T) {
	p := embedded(t)
	type safety struct {
		Tier                                        string
		GuestExec, Destructive, MayDestroy, Confirm bool
	}
	tests := []struct {
		op   string
		want safety
	}{
		{"pve_post_nodes_qemu_agent_exec", safety{"full", true, false, false, true}},
		{"pve_get_nodes_qemu_agent_exec_status", safety{"full", true, false, false, false}},
		{"pve_post_nodes_qemu_agent_file_write", safety{"full", true, false, false, true}},
		{"pve_get_nodes_qemu_agent_file_read", safety{"full", true, false, false, false}},
		{"pve_post_nodes_qemu_agent_set_user_password", safety{"full", true, false, false, true}},
		{"pve_post_nodes_termproxy", safety{"full", true, false, false, true}},
		{"pve_post_nodes_vncshell", safety{"full", true, false, false, true}},
		{"pve_get_nodes_vncwebsocket", safety{"full", true, false, false, false}},
		{"pve_post_nodes_execute", safety{"full", true, true, true, true}},
		{"pve_post_nodes_qemu_monitor", safety{"full", true, true, true, true}},
		{"pbs_post_nodes_termproxy", safety{"full", true, false, false, true}},
		{"pve_delete_nodes_qemu_vmid", safety{"full", false, true, true, true}},
		{"pve_post_nodes_qemu", safety{"full", false, false, true, false}},
		{"pve_put_access_acl", safety{"full", false, false, false, true}},
		{"pve_post_access_users_token_tokenid", safety{"full", false, false, false, true}},
		{"pve_get_nodes_storage_file_restore_list", safety{"full", false, false, false, false}},
		{"pbs_get_admin_datastore_catalog", safety{"full", false, false, false, false}},
		{"pve_get_nodes_subscription", safety{"full", false, false, false, false}},
		{"pbs_post_admin_datastore_prune", safety{"full", false, false, true, false}},
		{"pve_get_nodes_qemu_status_current", safety{"read-only", false, false, false, false}},
		{"pve_post_nodes_qemu_status_start", safety{"read-execute", false, false, false, false}},
	}
	for _, tt := range tests {
		op := apis.Lookup(tt.op)
		if op == nil {
			t.Errorf("no operation %s", tt.op)
			continue
		}
		d := p.Decide(op)
		got := safety{d.Tier.String(), d.GuestExec, d.Destructive, d.MayDestroy(), d.Confirm}
		if got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.op, got, tt.want)
		}
	}
}

// secretMember matches returned members whose names suggest a credential.
var secretMember = regexp.MustCompile(`(?i)pass|secret|token|key|hmac|ticket|cred|private`)

// notSecret are the secret-looking returned members that are not
// credentials, each with the reason, checked against the sources named.
var notSecret = map[string]string{
	"key":                        "a configuration key name (pending changes, import warnings) or the subscription key, whose reads are not read-only",
	"Key":                        "an APT repository option's name",
	"keyboard":                   "the VNC keyboard layout",
	"sshkeys":                    "public SSH keys",
	"cipassword":                 "masked as ********** by qemu-server (src/PVE/API2/Qemu.pm, vm_config and vm_pending)",
	"public-key-bits":            "certificate metadata",
	"public-key-type":            "certificate metadata",
	"tokenid":                    "a token's name, not its secret",
	"token-name":                 "a token's name, not its secret",
	"tokens":                     "token names and metadata; secrets are only returned when a token is created",
	"lock-token":                 "the SDN configuration lock's token, a concurrency guard minted by POST /cluster/sdn/lock",
	"active-encryption-key":      "the ID of a sync encryption key, not the key",
	"associated-key":             "IDs of sync encryption keys, not the keys",
	"encryption-key-fingerprint": "a fingerprint",
	"access-key":                 "an S3 access key ID, the public half; PBS returns the configuration without the secret key",
	"medium-passes":              "tape statistics",
	"beginning-of-medium-passes": "tape statistics",
	"middle-of-tape-passes":      "tape statistics",
}

// notSecretAt are members of one operation that look like credentials
// and are not, keyed by operation and member.
var notSecretAt = map[string]string{
	"pbs_get_config_metrics_influxdb_http.token":      "PBS clears the token before returning the configuration (proxmox-backup src/api2/config/metrics/influxdbhttp.rs)",
	"pbs_get_config_metrics_influxdb_http_name.token": "PBS clears the token before returning the configuration (proxmox-backup src/api2/config/metrics/influxdbhttp.rs)",
}

// A read-only read returns no member whose name suggests a credential,
// unless notSecret says why it is not one. New releases that add such a
// member fail here until someone decides.
func TestReadOnlyReturnsNoSecretMembers(t *testing.T) {
	p := embedded(t)
	var found []string
	for _, op := range apis.Operations() {
		if p.Decide(op).Tier != ReadOnly || op.ReturnsSchema == "" {
			continue
		}
		var schema any
		if err := json.Unmarshal([]byte(op.ReturnsSchema), &schema); err != nil {
			t.Fatalf("%s: returns schema: %v", describe(op), err)
		}
		for _, name := range memberNames(schema) {
			if secretMember.MatchString(name) && notSecret[name] == "" && notSecretAt[op.Name+"."+name] == "" {
				found = append(found, describe(op)+": "+name)
			}
		}
	}
	sort.Strings(found)
	for _, f := range found {
		t.Errorf("read-only %s looks like a credential: move the read out of read-only or say in notSecret why it is not one", f)
	}
}

// memberNames lists the property names anywhere in a JSON Schema.
func memberNames(schema any) []string {
	var out []string
	switch s := schema.(type) {
	case map[string]any:
		for k, v := range s {
			if k == "properties" {
				if props, ok := v.(map[string]any); ok {
					for name, sub := range props {
						out = append(out, name)
						out = append(out, memberNames(sub)...)
					}
				}
				continue
			}
			out = append(out, memberNames(v)...)
		}
	case []any:
		for _, v := range s {
			out = append(out, memberNames(v)...)
		}
	}
	return out
}

// The reads that return credentials or guest file listings are not
// read-only; each is listed here with what it returns.
func TestCredentialReadsAreNotReadOnly(t *testing.T) {
	p := embedded(t)
	for _, name := range []string{
		"pve_get_nodes_storage_file_restore_list", "pbs_get_admin_datastore_catalog",
		"pve_get_nodes_vzdump_extractconfig", "pve_get_nodes_qemu_cloudinit_dump",
		"pve_get_nodes_subscription", "pbs_get_nodes_subscription",
		"pve_get_nodes_report", "pbs_get_nodes_report",
		"pve_get_access_users", "pve_get_access_users_userid",
		"pve_get_cluster_notif_endpoints_webhook", "pve_get_cluster_notif_endpoints_webhook_name",
		"pbs_get_config_notif_endpoints_webhook", "pbs_get_config_notif_endpoints_webhook_name",
		"pve_get_cluster_acme_plugins", "pve_get_access_domains_realm", "pve_get_cluster_sdn_ipams",
		"pbs_get_config_access_openid", "pbs_get_config_acme_plugins",
	} {
		op := apis.Lookup(name)
		if op == nil {
			t.Errorf("no operation %s", name)
			continue
		}
		if d := p.Decide(op); d.Tier == ReadOnly || d.Reason == "" {
			t.Errorf("%s is %s (reason %q); it returns credentials or guest files", name, d.Tier, d.Reason)
		}
	}
}

func TestParamTestHolds(t *testing.T) {
	force := ParamTest{Param: "force", Wire: "force", Kind: TestEquals, Value: "1", Boolean: true}
	dryRun := ParamTest{Param: "dry-run", Wire: "dry-run", Kind: TestEquals, Value: "0", Boolean: true, Default: "0"}
	given := ParamTest{Param: "protection", Wire: "protection", Kind: TestGiven, Value: "0", Boolean: true, Default: "0"}
	present := ParamTest{Param: "prune-backups", Wire: "prune-backups", Kind: TestPresent}
	item := ParamTest{Param: "delete", Wire: "delete", Kind: TestItem, Value: "^(?:unused[0-9]+|vmstate)$"}
	itemDefault := ParamTest{Param: "rv", Wire: "rv", Kind: TestItem, Value: "^(?:acl|entry)$", Default: "none"}
	tests := []struct {
		test   ParamTest
		params url.Values
		want   bool
	}{
		{force, url.Values{"force": {"1"}}, true},
		{force, url.Values{"force": {"true"}}, true},
		{force, url.Values{"force": {"0"}}, false},
		{force, url.Values{}, false},
		{force, url.Values{"force": {"maybe"}}, false},
		{dryRun, url.Values{}, true},
		{dryRun, url.Values{"dry-run": {"0"}}, true},
		{dryRun, url.Values{"dry-run": {"1"}}, false},
		{given, url.Values{}, false},
		{given, url.Values{"protection": {"0"}}, true},
		{given, url.Values{"protection": {"1"}}, false},
		{present, url.Values{}, false},
		{present, url.Values{"prune-backups": {"keep-all=1"}}, true},
		{item, url.Values{"delete": {"net0,unused3"}}, true},
		{item, url.Values{"delete": {"net0;vmstate"}}, true},
		{item, url.Values{"delete": {"net0", "unused3"}}, true},
		{item, url.Values{"delete": {"unused"}}, false},
		{item, url.Values{"delete": {"xunused3"}}, false},
		{item, url.Values{"delete": {"net0 tags"}}, false},
		{itemDefault, url.Values{}, false},
		{itemDefault, url.Values{"rv": {"acl;properties"}}, true},
	}
	for _, tt := range tests {
		if got := tt.test.Holds(tt.params); got != tt.want {
			t.Errorf("%s on %v = %v, want %v", tt.test, tt.params, got, tt.want)
		}
	}
	both := Condition{Tests: []ParamTest{present, {Param: "remove", Wire: "remove", Kind: TestEquals, Value: "1", Boolean: true, Default: "1"}}}
	if !both.Holds(url.Values{"prune-backups": {"keep-last=1"}}) || both.Holds(url.Values{"prune-backups": {"keep-last=1"}, "remove": {"0"}}) {
		t.Error("a condition must hold exactly when all of its tests hold")
	}
	if (Condition{}).Holds(url.Values{}) {
		t.Error("an empty condition holds")
	}
	if got := both.String(); got != "prune-backups given and remove=1 (default 1)" {
		t.Errorf("String() = %q", got)
	}
}
