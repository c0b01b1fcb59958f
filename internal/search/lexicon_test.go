package search

import (
	"strings"
	"testing"
)

// TestLexiconTermsExist keeps the vocabulary table honest: a mapping to a
// term no operation uses can never match, so it is a typo or stale.
func TestLexiconTermsExist(t *testing.T) {
	ix := testIndex(t)
	for _, row := range lexicon {
		for _, a := range parseAlts(row.to) {
			if _, ok := ix.termID[a.term]; !ok {
				t.Errorf("lexicon row %q maps to %q, which no operation uses", row.from, a.term)
			}
		}
	}
}

// TestLexiconKeysUnique reports words listed in two rows: only the first
// row would ever apply, so the second mention is dead.
func TestLexiconKeysUnique(t *testing.T) {
	seen := map[string]string{}
	for _, row := range lexicon {
		for _, from := range strings.Split(row.from, ",") {
			key := strings.Join(words(from), " ")
			if first, dup := seen[key]; dup {
				t.Errorf("%q is in row %q and again in row %q", key, first, row.from)
			}
			seen[key] = row.from
		}
	}
}

func TestLexiconLookup(t *testing.T) {
	ix := testIndex(t)
	for _, tc := range []struct {
		query   string
		intents intent
		product string
	}{
		{"reboot vm 101", intentAction, ""},
		{"rebooting", intentAction, ""},
		{"power on", intentAction, ""},
		{"list vms", intentRead | intentList, ""},
		{"delete user", intentDelete, ""},
		{"prune job", 0, ""},                            // a verb before "job" is a modifier
		{"check if vm can be migrated", intentRead, ""}, // the first verb decides
		{"label a tape", intentAction, ""},              // unknown verb before an article
		{"snapshots on the backup server", intentList, "pbs"},
		{"pve-node1 status", intentRead, ""}, // a name's parts say nothing
	} {
		p := ix.parse(tc.query)
		if p.intents != tc.intents || string(p.product) != tc.product {
			t.Errorf("%q: intents %06b product %q, want %06b %q", tc.query, p.intents, p.product, tc.intents, tc.product)
		}
	}
}

// TestConfigFiles: a configuration file named as Proxmox names it is the
// part of the API that manages it.
func TestConfigFiles(t *testing.T) {
	for q, want := range map[string]string{
		"show datacenter.cfg":                      "pve_get_cluster_options",
		"whats in /etc/proxmox-backup/sync.cfg":    "pbs_get_config_sync",
		"replication.cfg entries":                  "pve_get_cluster_replication",
		"traffic-control.cfg on the backup server": "pbs_get_config_traffic_control",
	} {
		wantFirst(t, q, want)
	}
}
