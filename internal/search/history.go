package search

import (
	"slices"
	"strings"
)

// A question about an action that already happened asks for its record,
// not for the action: "who took a snapshot of vm 250 yesterday", "when
// was vm 118 last restarted", "who kicked off the migration of vm 145",
// "how long did yesterday's backup of vm 300 take", "how much data did
// the last sync transfer". Proxmox records every such action as a task
// (who started it, when, how long it ran, its log), so the request reads
// the tasks, and the action's words only say which ones.

// asksHistory reports whether the request is a question about a past
// action: it asks who, when, or how long or how much something did or
// was, and names the action in the past tense or as "the last …".
//
// A question of when something last ran ("when did gc last run") is
// left to the job's own status, which reports its last run and result.
func asksHistory(ws []qword) bool {
	return asksAboutThePast(ws) && !asksLastRun(ws) && slices.ContainsFunc(ws, func(w qword) bool {
		return isPastTense(w.raw) || w.raw == "last" || w.raw == "yesterdays"
	})
}

// asksLastRun reports whether the request asks when something last ran.
func asksLastRun(ws []qword) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i-1].raw == "last" && (ws[i].raw == "run" || ws[i].raw == "ran") {
			return true
		}
	}
	return false
}

// asksAboutThePast reports whether the request opens a question of who,
// when, or how long or how much something did or was.
func asksAboutThePast(ws []qword) bool {
	if len(ws) < 3 {
		return false
	}
	switch a, b := ws[0].raw, ws[1].raw; {
	case a == "who", a == "which" && (b == "user" || b == "admin"):
		return true
	case a == "when":
		return historyAux[b]
	case a == "how" && (b == "long" || b == "much"):
		return slices.ContainsFunc(ws[2:min(len(ws), 6)], func(w qword) bool { return historyAux[w.raw] })
	}
	return false
}

// historyAux are the auxiliaries of a question about the past.
var historyAux = setOf("did was were")

// isPastTense reports whether w is the past form of a verb: -ed (not
// "need", "speed") or an irregular past.
func isPastTense(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || irregularPast[w]
}

// namesPastAction reports whether a lexicon entry, in a question about
// the past, names the action asked about: a verb, or a noun that names
// what Proxmox runs as a task.
func namesPastAction(unit []qword, e *entry) bool {
	return e.intent&(intentAction|intentCreate|intentDelete) != 0 || taskNouns[unit[len(unit)-1].stem]
}

// taskNouns are the stems of the nouns of what runs as a task.
var taskNouns = setOf("backup snapshot migrat restor clone sync prune gc verif replic updat upgrad reboot restart shutdown")

// historyAlts are where a past action is recorded.
var historyAlts = []alt{{"task", 1}, {"log", 0.6}}

// addHistory adds the task record concept to p and makes the request a
// read.
func (ix *Index) addHistory(p *plan) {
	p.add(concept{alts: ix.termAlts(historyAlts), weight: 1})
	p.intents = p.intents&^methodIntents | intentRead
}
