package search

import (
	"strings"
	"testing"
)

// TestConditionClause: what should happen is the main clause; the
// clause after when/if is its condition, unless the main clause reads
// ("check if …").
func TestConditionClause(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]int{
		"an email when a sync fails":    2,
		"notify me if gc fails":         2,
		"check if vm 100 can migrate":   -1,
		"when does the certificate end": -1,
	} {
		ws := ix.queryWords(q, &plan{})
		if want < 0 {
			want = len(ws) // no condition clause
		}
		if got := conditionStart(ws); got != want {
			t.Errorf("conditionStart(%q) = %d, want %d", q, got, want)
		}
	}
	rs, _ := ix.Search(Query{Text: "a gotify message when a sync job fails", Limit: 3})
	if len(rs) == 0 || rs[0].Op.Method != "POST" || !strings.Contains(rs[0].Op.Path, "/notifications/") {
		t.Errorf("a gotify message when a sync job fails: got %s", names(rs))
	}
}

// TestReasonClause: a clause giving the reason or moment follows the
// main clause; opening the request, it is none; its words do not decide.
func TestReasonClause(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]int{
		"reboot hv2 after the kernel update":                   2,
		"remove the protection from vm 376 so I can delete it": 6,
		"before upgrading back up vm 100":                      -1,
		"snapshot vm":                                          -1,
		"create a group family for my users":                   4,
		"for my users create a group":                          -1,
		"create a token for user bob":                          -1,
		"shut down ct 118, we're moving its data":              4,
	} {
		ws := ix.queryWords(q, &plan{})
		if want < 0 {
			want = len(ws)
		}
		if got := reasonStart(ws); got != want {
			t.Errorf("reasonStart(%q) = %d, want %d", q, got, want)
		}
	}
	wantFirst(t, "reboot hv2 after the kernel update", "pve_post_nodes_status")
}

// TestLeadingContext: a clause of context before the clause that asks
// is background; a request that opens with its verb, a question after
// the context, a setting ("read only") or a web UI path is not.
func TestLeadingContext(t *testing.T) {
	ix := prodIndex()
	for q, want := range map[string]int{
		"upgrade went fine, drop the old snapshot of vm 230":               3,
		"the project is over, delete vm 253":                               4,
		"stop vm 100, it hangs":                                            0,
		"i want docker in a container, what must i enable":                 0,
		"mp1 on ct 170 at /srv/backups, read only":                         0,
		"Datacenter > Backup > Add, schedule sat 02:00":                    0,
		"vm 230 fails: bridge vmbr2 does not exist - create vmbr2 on pve1": 8,
		"ct 302 is stuck. Stop it.":                                        4,
		"permission check failed for alice, give her the role":             5,
		"alice gets permission check failed, grant her the role":           5,
		"kernel update is in, reboot the backup server":                    4,
		"restore fails, where's the log":                                   2,
	} {
		if got := leadingContext(ix.queryWords(q, &plan{}), q); got != want {
			t.Errorf("leadingContext(%q) = %d, want %d", q, got, want)
		}
	}
	wantFirst(t, "the new disks are in, back up vm 240 right now", "pve_post_nodes_vzdump")
}
