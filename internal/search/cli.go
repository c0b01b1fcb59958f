package search

import "strings"

// Proxmox's command-line tools ("qm snapshot 114 pre-upgrade", "pct
// template 214", "qm monitor 132") name the API call in their first
// argument, as a verb even where English has a noun: the subcommand of
// a write is the last segment of its path. A subcommand that says
// nothing of its own about the method, is not a noun a read is named by
// (status, config, log, …) and ends the path of a write asks for that
// write.
//
// Only qm and pct are read so: their subcommands of one word take the
// guest id next ("qm snapshot 114"); the other tools group subcommands
// under nouns ("pveceph pool ls", "pveum acl list").
var cliTools = setOf("qm pct")

// cliAction reports whether ws is a command line whose subcommand ends
// the path of a write.
func (ix *Index) cliAction(ws []qword) bool {
	if len(ws) < 3 || !cliTools[ws[0].raw] || ws[1].ident || !isNumber(ws[2].raw) || isHeadNoun(ws[1]) {
		return false
	}
	if _, e := matchLexicon(ws[1:]); e != nil && e.intent&methodIntents != 0 {
		return false
	}
	id, ok := ix.termID[ws[1].stem]
	if !ok {
		return false
	}
	for _, post := range ix.postings[id] {
		op := ix.ops[post.doc]
		if ix.docs[post.doc].method != methodGET && strings.HasSuffix(op.Path, "/"+ws[1].raw) {
			return true
		}
	}
	return false
}
