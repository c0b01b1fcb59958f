package search

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSettingWords(t *testing.T) {
	for text, want := range map[string][]string{
		"--transfer-last=1 on job s1": {"transfer-last", "1", "on", "job", "s1"},
		"gc_schedule: daily":          {"gc-schedule", "daily"},
		"Maintenance Mode off":        {"maintenance", "mode", "off"},
		"- -- x":                      {"x"},
	} {
		if diff := cmp.Diff(want, settingWords(text)); diff != "" {
			t.Errorf("settingWords(%q) (-want +got):\n%s", text, diff)
		}
	}
}

// TestSettingDocs checks the table against what the catalog says: a
// compound parameter maps to the operations that take it and the read of
// the same object; one that many operations take maps to nothing; a
// property-string key counts like a parameter.
func TestSettingDocs(t *testing.T) {
	ix := prodIndex()
	names := func(docs []int32) []string {
		var out []string
		for _, d := range docs {
			out = append(out, ix.ops[d].Name)
		}
		slices.Sort(out)
		return out
	}
	for _, want := range []string{"pbs_put_config_datastore_name", "pbs_post_config_datastore", "pbs_get_config_datastore_name"} {
		if !slices.Contains(names(ix.settings["verify-new"]), want) {
			t.Errorf("verify-new: %v lacks %s", names(ix.settings["verify-new"]), want)
		}
	}
	if docs, ok := ix.settings["backup-id"]; !ok || docs != nil {
		t.Errorf("backup-id (taken by many operations): got %v, want a name with no operations", names(docs))
	}
	if _, ok := ix.settings["keep-daily"]; !ok {
		t.Error("keep-daily, a key of prune-backups, is not a setting name")
	}
	for _, docs := range ix.settings {
		if len(docs) > 2*maxSettingOps {
			t.Errorf("a setting maps to %d operations, more than its takers and their reads", len(docs))
		}
	}
}

// TestSettingNames: a setting named as Proxmox names it leads to the
// operation that sets it, and a value after it makes the request a
// change; spelled as words it leads there too; words that also name a
// kind of object are that object.
func TestSettingNames(t *testing.T) {
	wantFirst(t, "gc-schedule 'sat 03:00' for datastore tank", "pbs_put_config_datastore_name")
	wantFirst(t, "notify-user backupadmin@pbs on datastore tank", "pbs_put_config_datastore_name")
	if p := prodIndex().parse("remove-vanished 1 for sync job offsite"); p.intents&intentUpdate == 0 || p.named {
		t.Errorf("remove-vanished 1: intents %b, named %v; want an update of no named object", p.intents, p.named)
	}
	if p := prodIndex().parse("delete encryption key k2021"); p.settingBonus != 0 {
		t.Errorf("encryption key is an object with a path of its own, yet read as a setting")
	}
}

// TestSettingChangesOne: a setting changed with a value is changed on an
// object that exists (PUT of the item), ahead of creating one.
func TestSettingChangesOne(t *testing.T) {
	wantFirst(t, "remove-vanished 1 for the nightly offsite sync", "pbs_put_config_sync_id")
}
