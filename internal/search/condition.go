package search

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
		if reasonOpeners[ws[i].raw] && !ws[i].ident {
			return i
		}
	}
	return len(ws)
}
