package search

// A request may say an action does not happen: "why won't vm 276
// start", "container 633 won't come up since the update", "vm 100 fails
// to boot". It describes a symptom. What answers it is where Proxmox
// records why: the task that tried (its status and log) and the guest's
// state, not the action itself, which is read as the state it names.

// negators say the verb after them does not happen; the tokenizer drops
// apostrophes, so "won't" is "wont".
var negators = setOf("wont doesnt didnt cant cannot couldnt wouldnt isnt never fails failed refuses refused")

// maxNegationReach is how many words may stand between a negator and
// its verb: "fails to start", "won't vm 276 start" (a question puts the
// subject between), "does not even come up".
const maxNegationReach = 4

// isNegated reports whether the words before a verb negate it: a negator
// within reach, in the same clause. A verb that opens a clause of its
// own is not negated by the clause before it ("gc never ran, start it on
// store1"): the caller checks.
func isNegated(before []qword) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-maxNegationReach; i-- {
		w := before[i].raw
		switch {
		case negators[w]:
			return true
		case w == "not" && i > 0 && negatedAux[before[i-1].raw]:
			return true
		case before[i].opens:
			return false
		}
	}
	return false
}

// negatedAux are the auxiliaries of "does not", "will not".
var negatedAux = setOf("does do did will would can could is")

// failureAlts are where the cause of a failure is read.
var failureAlts = []alt{{"task", 1}, {"log", 0.9}, {"status", 0.6}}

const failureWeight = 0.6

// addFailure adds the failure concept to p and makes the request a read.
func (ix *Index) addFailure(p *plan) {
	p.add(concept{alts: ix.termAlts(failureAlts), weight: failureWeight})
}
