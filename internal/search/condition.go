package search

import "strings"

// A request that states what should happen when something else does ("I
// want an e-mail when a backup fails", "alarm when storage is full",
// "notify me if gc fails") names what to set up in its main clause; the
// clause after when/if is the condition, which Proxmox expresses as a
// setting of that thing (a notification matcher's fields), not as an
// operation of its own. Its words still count, at
// params.ConditionShare of their weight, and say nothing about the method.

var subordinators = setOf("when whenever if once")

// conditionStart is the index of the word opening a condition clause in
// ws, or len(ws). A request that opens with the subordinator ("when
// does the certificate expire") asks about it, and one whose main clause
// reads ("check if vm 100 can be migrated", "see if …") uses "if" for
// "whether", so neither has one.
func conditionStart(ws []qword) int {
	for i := 1; i < len(ws); i++ {
		if !subordinators[ws[i].raw] {
			continue
		}
		if mainClauseReads(ws[:i]) {
			return len(ws)
		}
		return i
	}
	return len(ws)
}

// mainClauseReads reports whether a word of the main clause asks to read.
func mainClauseReads(ws []qword) bool {
	for i := range ws {
		if _, e := matchLexicon(ws[i:]); e != nil && e.intent&intentRead != 0 {
			return true
		}
	}
	return false
}

// A request may also give its reason or its moment in a clause of its
// own: "remove the protection from vm 376 so I can delete it", "reboot
// hv2 after the kernel update", "snapshot 415 before I run the upgrade",
// "container 633 won't come up since the update". The main clause says
// what to do; the reason's words (delete, update, upgrade) describe
// circumstances, so they count like a condition's and say nothing about
// the method, without making the request a setup.

var reasonOpeners = setOf("so because since cause after before until while")

// reasonStart is the index of the word opening a reason clause in ws, or
// len(ws). The main clause before it must hold at least two words, so
// that "after" or "before" opening the request ("before upgrading, back
// up vm 100") or naming the thing ("so" alone) is not one.
func reasonStart(ws []qword) int {
	for i := 2; i < len(ws); i++ {
		if reasonOpeners[ws[i].raw] && !ws[i].ident || forWhose(ws, i) || statesCircumstance(ws, i) {
			return i
		}
	}
	return len(ws)
}

// forWhose reports whether ws[i] opens a "for my …" phrase: whom or what
// the thing is for ("create a group for my users", "a namespace for my
// laptop backups"), not the thing itself.
func forWhose(ws []qword, i int) bool {
	return ws[i].raw == "for" && i+1 < len(ws) && possessives[ws[i+1].raw]
}

var possessives = setOf("my our your his her their")

// statesCircumstance reports whether ws[i] opens a clause that says what
// someone is doing ("shut down ct 118, we are moving its data to the new
// disk"): the circumstance of the request, not a second one.
func statesCircumstance(ws []qword, i int) bool {
	return ws[i].opens && i+1 < len(ws) && subjects[ws[i].raw] && beForms[ws[i+1].raw]
}

var (
	subjects = setOf("we i they you")
	beForms  = setOf("are am")
)

// A request often states its context first and then asks, in a clause
// of its own: "upgrade went fine, drop the pre-upgrade snapshot of vm
// 230", "we're about to change its disks, back up vm 240 right now",
// "osd.7 is out and down, destroy it". The clause that opens with a
// verb is the request; the clauses before it are background, weighted
// like a condition clause and expressing no intent.

// leadingContext returns the index of the first word of the last clause
// that opens with a verb, when the request does not itself open with
// one (or opens with a verb used as a noun: "upgrade went fine"); else
// 0. A web UI path ("Datacenter > Backup > Add, schedule …") is not
// context: it names what the rest sets.
func leadingContext(ws []qword, text string) int {
	if len(ws) == 0 || opensWithVerb(ws) && !opensStatement(ws) || strings.Contains(text, ">") {
		return 0
	}
	for i := len(ws) - 1; i > 0; i-- {
		if ws[i].opens && opensWithVerb(ws[i:]) {
			return i
		}
	}
	return 0
}

// opensWithVerb reports whether ws starts with a verb of the lexicon,
// as a command: not a question word ("what do i …"), not a setting
// ("read only").
func opensWithVerb(ws []qword) bool {
	w := ws[0].raw
	if ws[0].ident || isWhWord(w) || questionOpeners[w] || len(ws) > 1 && ws[1].raw == "only" {
		return false
	}
	n, e := matchLexicon(ws)
	return e != nil && e.intent&methodIntents != 0 && !(n == 1 && isThirdPerson(ws[0]))
}

// isThirdPerson reports whether a verb is written in the -s form that
// states what something does ("backup@pbs gets 'permission check failed'",
// "ha keeps moving vm 101"), not as a command.
func isThirdPerson(w qword) bool {
	return isSForm(w) && !isWhWord(strings.TrimSuffix(w.raw, "s")) // "where's" is no verb
}

// opensStatement reports whether a clause that starts with a verb's word
// or phrase states something instead: the word is its subject ("upgrade
// went fine", "restore failed", "backup is done", "kernel update is in").
func opensStatement(ws []qword) bool {
	n, _ := matchLexicon(ws)
	if n > 1 && (isPastTense(ws[n-1].raw) || negators[ws[n-1].raw]) {
		return true // a symptom's phrase: "permission check failed", "access denied"
	}
	return len(ws) > n && (isPastTense(ws[n].raw) || copulas[ws[n].raw])
}
