package search

// A statement of how something should be ("media pool monthly should
// keep its tapes forever", "the push job must encrypt with key
// offsite-key", "account contractor@pbs should expire end of june")
// describes a configuration to make: the subject before the modal is
// what to change, the rest is the setting, said in words rather than
// as the option's name. It asks to change that thing's configuration,
// whatever its verbs; a question ("should I …?", "must the vm …?")
// does not.

// modals say how something ought to be.
var modals = setOf("should must shall")

// desiredStart returns the index of the first word after a modal that
// follows a subject of at least one word, or len(ws). A modal followed
// by a person ("should i", "must we") asks for advice instead.
func desiredStart(ws []qword) int {
	for i := 1; i+1 < len(ws); i++ {
		if !modals[ws[i].raw] || ws[i].ident {
			continue
		}
		if addressees[ws[i+1].raw] || ws[i+1].raw == "they" || questionOpeners[ws[0].raw] || isWhWord(ws[0].raw) {
			return len(ws)
		}
		return i + 1
	}
	return len(ws)
}
