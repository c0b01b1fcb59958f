package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"snapshot", "snaphsot", true}, // swap
		{"storag", "storg", true},      // deletion
		{"migrat", "migrt", true},
		{"container", "contianer", true},
		{"restart", "resatrt", true},
		{"bridg", "brigd", true},
		{"start", "stark", true}, // substitution
		{"start", "start", false},
		{"start", "tsrat", false},
		{"backup", "back", false},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := oneEdit(tc.b, tc.a); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestTypos: a misspelt word one edit from a known one is read as that
// word; a short word only when it is a lexicon word with a letter left
// out or two swapped, and no other lexicon word fits; other short unknown
// words are left alone.
func TestTypos(t *testing.T) {
	ix := prodIndex()
	for in, want := range map[string]string{
		"snaphsot":  "snapshot",
		"contianer": "container",
		"storge":    "storag",
		"migrte":    "migrat",
		"rebot":     "reboot",
		"powr":      "power",
	} {
		ws := ix.normalizeWords(ix.queryWords(in, &plan{}))
		if len(ws) != 1 || ws[0].stem != want {
			t.Errorf("%q read as %v, want %q", in, ws, want)
		}
	}
	for _, in := range []string{"bring", "alice", "pve1", "tank", "bob", "prod"} {
		ws := ix.normalizeWords(ix.queryWords(in, &plan{}))
		if len(ws) != 1 || ws[0].raw != in {
			t.Errorf("%q changed to %v", in, ws)
		}
	}
}

// TestReadingRequests checks what the parser makes of a request's form.
func TestReadingRequests(t *testing.T) {
	ix := prodIndex()
	for _, tc := range []struct {
		query   string
		intents intent
		product catalog.Product
	}{
		{"is vm 110 running", intentRead, ""},                                            // a question reads
		{"is VM 110 powered on?", intentRead, ""},                                        // even with a power verb
		{"pve2 was rebooted, are all guests running again", intentRead | intentList, ""}, // a question clause
		{"can you stop vm 100", intentAction, ""},                                        // a request, not a question
		{"stopped containers on pve1", intentList, ""},                                   // a state as an adjective
		{"configured remotes", intentList, ""},                                           // a participle describes
		{"tape media sets", intentList, ""},                                              // a verb's plural is a noun
		{"get a new certificate", intentCreate, ""},                                      // get a … obtains
		{"sync our backups", intentAction | intentList, ""},                              // a known word before a determiner is a verb
		{"back up vm 101 to pbs", intentAction, ""},                                      // a product as destination
		{"api token on pbs for pve", 0, catalog.PBS},                                     // the first product decides
		{"how many vms", intentRead | intentList, ""},
	} {
		p := ix.parse(tc.query)
		if p.intents != tc.intents || p.product != tc.product {
			t.Errorf("%q: intents %06b product %q, want %06b %q", tc.query, p.intents, p.product, tc.intents, tc.product)
		}
	}
}

func TestJoinSeparableVerbs(t *testing.T) {
	for in, want := range map[string]string{
		"power vm 100 off":                "power off vm 100",
		"back a vm up right now":          "back up a vm right now",
		"bring all guests on pve1 back":   "bring back all guests on pve1",
		"run garbage collection on store": "run garbage collection on store", // "run on" is no verb phrase
		"turn on the firewall":            "turn on the firewall",
	} {
		var got []string
		for _, w := range joinSeparableVerbs(prodIndex().queryWords(in, &plan{})) {
			got = append(got, w.raw)
		}
		if diff := cmp.Diff(want, strings.Join(got, " ")); diff != "" {
			t.Errorf("%q (-want +got):\n%s", in, diff)
		}
	}
}

// TestNamesAreOneConcept: the parts of one name, and two words of one
// lexicon row, are one concept; a name marks the request as naming an
// object.
func TestNamesAreOneConcept(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]int{
		"storage nfs-backup":    2, // storage, and the name
		"pve-node1 status":      2,
		"ssl certificate":       1,
		"bridge vmbr0":          1, // vmbr names a bridge too
		"nfs-backup pve-node-2": 2, // two names
	} {
		if got := len(ix.parse(q).concepts); got != want {
			t.Errorf("%q: %d concepts, want %d", q, got, want)
		}
	}
	if !ix.parse("storage nfs-backup").named || ix.parse("list containers on pve-node1").named {
		t.Error("a storage name names an object; a node name after on does not")
	}
}

func TestIdentifiers(t *testing.T) {
	for tok, want := range map[string]string{
		"alice@pve":            "pve user",
		"carol@pbs":            "pbs user",
		"bob@ldap":             "user",
		"root@pam!monitoring":  "token",
		"sync@pbs!pve1":        "pbs token",
		"/":                    "acl",
		"/vms/100":             "pve acl",
		"/datastore/store1":    "pbs acl",
		"/nodes/pve1/qemu":     "",
		"/storage/local":       "", // also an API path
		"bob@":                 "",
		"/access/users/a@b/tk": "",
		"/etc/hosts":           "file",
		"/var/log/syslog":      "file",
		"/etc":                 "local path", // a directory, not a file
		"/dev/sdb":             "device",
		"/tank/media":          "local path",
		"92%":                  "percentage",
		"pbss-abcdef1234":      "pbs subscription key",
		"pve2c-0123456789":     "pve subscription key",
		"pve-node1":            "",
		`\\fs01\media`:         "smb share",
		"//fs01/media":         "smb share",
		"https://enterprise.proxmox.com/debian/pve": "package repository",
		"%": "",
		"UPID:pve1:0002A1F3:01B2C3D4:67890ABC:qmclone:9000:root@pam:":  "task",
		"https://example.com/debian-12.iso":                            "url",
		"/var/lib/vz/dump/vzdump-qemu-100-2025_01_01-00_00_00.vma.zst": "archive",
		"local:iso/debian-12.iso":                                      "volume",
		"local-lvm:vm-100-disk-0":                                      "volume",
		"pbs-main:backup/vm/101/2025-01-05T21:00:00Z":                  "volume",
		"offsite:tank":                          "", // a PBS remote and store
		"22:00":                                 "",
		"osd.2":                                 "osd",
		"osd.x":                                 "",
		"vm/100":                                "backup group",
		"host/web01":                            "backup group",
		"ct/200/2025-06-01T03:00:00Z":           "backup snapshot",
		"ct/200/yesterday":                      "",
		"tcp/udp":                               "",
		"ghcr.io/home-assistant/home-assistant": "oci image",
		"backup@pbs@10.0.0.8:tank":              "repository",
		"VM.PowerMgmt":                          "privilege",
		"Datastore.Backup":                      "privilege",
		"VM.config":                             "",
		"DatastorePowerUser":                    "pbs role",
		"PVEAuditor":                            "pve role",
		"NoAccess":                              "role",
		"alice@pve@pbs":                         "user", // no host:store
	} {
		if got := identKind(tok); got != want {
			t.Errorf("identKind(%q) = %q, want %q", tok, got, want)
		}
	}
	// alice@pve is a user of PVE's own realm and /vms/100 a PVE ACL
	// path: the request is PVE's, and it names no guest to act on.
	p := prodIndex().parse("give alice@pve the Administrator role on /vms/100")
	if p.guestID || p.product != catalog.PVE {
		t.Errorf("alice@pve on /vms/100: product %q, guest id %v", p.product, p.guestID)
	}
}

func TestTwins(t *testing.T) {
	ix := prodIndex()
	twin := func(name string) string {
		if d := ix.twin[ix.byName[name]]; d >= 0 {
			return ix.ops[d].Name
		}
		return ""
	}
	for a, b := range map[string]string{
		"pve_get_nodes_status":                 "pbs_get_nodes_status",
		"pbs_get_nodes_network":                "pve_get_nodes_network",
		"pve_get_cluster_notif_endpoints_smtp": "pbs_get_config_notif_endpoints_smtp",
		"pve_post_cluster_acme_account":        "pbs_post_config_acme_account",
		"pve_get_cluster_backup":               "", // not /tape/backup
		"pve_get_nodes_qemu":                   "",
	} {
		if got := twin(a); got != b {
			t.Errorf("twin of %s = %q, want %q", a, got, b)
		}
	}
}

// TestOptionValues: the value of a command-line option is a name, not a
// product or a verb.
func TestOptionValues(t *testing.T) {
	ix := prodIndex()
	p := ix.parse("vzdump 100 --storage pbs --mode stop")
	if p.product != "" || p.intents&methodIntents != 0 {
		t.Errorf("product %q, intents %b: option values read as words", p.product, p.intents)
	}
}

// TestProductForOther: of two products named, the one a thing is for
// is not where it is made.
func TestProductForOther(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]catalog.Product{
		"a token for pve on the backup server": catalog.PBS,
		"token on pbs for pve":                 catalog.PBS,
		"are there updates for pbs":            catalog.PBS,
		"restore vm 861 from pbs":              "", // PVE restores from the backup server
		"list backups of vm 100 from pbs":      catalog.PBS,
	} {
		if got := ix.parse(q).product; got != want {
			t.Errorf("%q: product %q, want %q", q, got, want)
		}
	}
}

// TestNounBeforeParticle: a head noun after a kind of object is that
// object's noun, not the verb of a phrase ("cluster log in the last
// hour" is no login); elsewhere the phrase stands.
func TestNounBeforeParticle(t *testing.T) {
	for q, want := range map[string]string{
		"what happened in the cluster log in the last hour": "pve_get_cluster_log",
		"task log in the morning":                           "pve_get_nodes_tasks_log",
		"i cannot log in to the web ui":                     "pve_get_access_ticket",
	} {
		wantFirst(t, q, want)
	}
}

// TestStopDoing: "stop" before a gerund removes or disables the job that
// does it (in the top 3); before anything else it stops.
func TestStopDoing(t *testing.T) {
	for q, want := range map[string]string{
		"stop replicating vm 715":          "pve_delete_cluster_replication_id",
		"stop everything on pve2":          "pve_post_nodes_stopall",
		"stop vm 100":                      "pve_post_nodes_qemu_status_stop",
		"stop syncing store1 from offsite": "pbs_delete_config_sync_id",
	} {
		rs, _ := prodIndex().Search(Query{Text: q, Limit: 3})
		if !slices.Contains(resultNames(rs, 3), want) {
			t.Errorf("%q: got %v, want %s among them", q, resultNames(rs, 3), want)
		}
	}
}

// TestGuestByName: an unknown name with digits is most likely a guest's;
// a node's (pve2, hv3) or a known kind's (nas01, store2) is not.
func TestGuestByName(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]bool{
		"is sql02 powered on":     true,
		"power cycle dc01":        true,
		"reboot pve2":             false,
		"uptime of hv3":           false,
		"status of store2":        false,
		"migrate it to node web1": false,
		"reboot web01":            true,
		"config of mail01":        true,
		"move vmbr1 to bond0":     false,
		"how full is nas01":       false,
		"snapshots of vm01":       false,
	} {
		if got := ix.parse(q).guestName; got != want {
			t.Errorf("%q: guest name %v, want %v", q, got, want)
		}
	}
	// A known word with digits is a name, not the word: web01 is no web
	// interface.
	wantFirstOf(t, "reboot web01", []string{"pve_post_nodes_qemu_status_reboot", "pve_post_nodes_lxc_status_reboot"})
}

// TestQuotedCommandAndPBSHost: a quoted command after run is what to
// execute; a host named pbsNN is a backup server.
func TestQuotedCommandAndPBSHost(t *testing.T) {
	for q, want := range map[string]string{
		"run 'systemctl restart nginx' inside vm 120": "pve_post_nodes_qemu_agent_exec",
		"interfaces and bonds on pbs01":               "pbs_get_nodes_network",
	} {
		wantFirst(t, q, want)
	}
	if p := prodIndex().parse("uptime of pve1"); p.product != "" {
		t.Errorf("pve1 named product %q", p.product)
	}
}

// TestRunNotDefine: acting now on a datastore runs a verification (of
// the datastore, or its job now); speaking of a job or its schedule
// defines one.
func TestRunNotDefine(t *testing.T) {
	for q, want := range map[string][]string{
		"verify store1 now":                 {"pbs_post_admin_datastore_verify", "pbs_post_admin_verify_run"},
		"create a verify job for store1":    {"pbs_post_config_verify"},
		"nightly verify of store1 at 02:00": {"pbs_post_config_verify"},
	} {
		wantFirstOf(t, q, want)
	}
}

// TestNameAfterKindIsNotAPrefix: an unknown word after a kind of object
// is that object's name, even when it starts a longer word the index
// knows ("datastore main" is not "maintenance").
func TestNameAfterKindIsNotAPrefix(t *testing.T) {
	ix := prodIndex()
	p := ix.parse("gc status of datastore main")
	for _, c := range p.concepts {
		for _, a := range c.alts {
			if strings.HasPrefix(termOf(ix, a.id), "maintenanc") {
				t.Errorf("datastore main read as maintenance")
			}
		}
	}
}

func termOf(ix *Index, id int32) string {
	for t, i := range ix.termID {
		if i == id {
			return t
		}
	}
	return ""
}

// TestQuestionsForInformationRead: a wh-question reads whatever its
// verbs say; "how do I …" asks to act.
func TestQuestionsForInformationRead(t *testing.T) {
	ix := prodIndex()
	for q, read := range map[string]bool{
		"how large was the last backup of vm 410": true,
		"which vms would a bigger pool hold":      true,
		"how do i resize a disk":                  false,
	} {
		p := ix.parse(q)
		if got := p.intents&methodIntents == intentRead; got != read {
			t.Errorf("%q: reads %v, want %v (intents %b)", q, got, read, p.intents)
		}
	}
}

// TestIdentifiedObject: an object named by the identifier Proxmox
// writes for it is one object: its operations come before the list.
func TestIdentifiedObject(t *testing.T) {
	wantFirstOf(t, "UPID:pve1:0002A1F3:01B2C3D4:67890ABC:qmclone:9000:root@pam: what happened",
		[]string{"pve_get_nodes_tasks_status", "pve_get_nodes_tasks_log"})
}

// TestCalledIsAName: the word after "called" or "named" is a name, not a
// word of the request: a pool called tape is a pool, not tape media.
func TestCalledIsAName(t *testing.T) {
	wantFirstOf(t, "make a new pool called tape", []string{"pve_post_pools"})
	if p := prodIndex().parse("a group named backup for the operators"); !p.named {
		t.Error("a group named backup: the name is not read as a name")
	}
}

// TestContractions: "we're" is "we are", not the question word "were".
func TestContractions(t *testing.T) {
	if p := prodIndex().parse("reboot pve1, we're done with the upgrade"); p.intents&intentRead != 0 {
		t.Errorf("we're read as a question: intents %b", p.intents)
	}
}

// TestNodeOnly: a request that names a node and no guest is about the
// node; one that also names a guest is not.
func TestNodeOnly(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]bool{
		"what machine types does pve2 offer": true,
		"tasks on hv3":                       true,
		"migrate vm 100 to pve2":             false,
		"start sql02 on pve1":                false,
		"list the containers on hv2":         false,
		"datastores on pbs01":                false,
	} {
		if got := ix.parse(q).nodeOnly; got != want {
			t.Errorf("%q: nodeOnly %v, want %v", q, got, want)
		}
	}
	wantFirst(t, "how long has hv3 been up", "pve_get_nodes_status")
}
