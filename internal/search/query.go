package search

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// plan is a parsed query: what to match and what to prefer.
type plan struct {
	concepts []concept
	intents  intent
	guestID  bool // the query names a guest-id-like number
	// guestName: the query names what is most likely a guest by its name
	// (see namesGuestByName).
	guestName bool
	// nodeOnly: the query names a node by a node's name (pve1, hv2) and
	// no guest: it is about the node itself (see nodeNotGuest).
	nodeOnly bool
	// namesJob: the query speaks of jobs or schedules, so a job
	// definition may be what it acts on (see params.JobForAction).
	namesJob bool
	named    bool // the query names an object ("local-lvm", "vmbr0"), not a node
	// identified: the object is named by an identifier Proxmox writes
	// for it (a UPID, a volume id, a user id): see params.IdentifiedBonus.
	identified bool
	product    catalog.Product // the query names a product
	// pinned are the operations the query names outright, by tool name
	// or API path, in the order they come first.
	pinned []int32

	// The parts of one name ("local-lvm") are one concept: nameChunk is
	// the chunk of the name whose concept is last in concepts, or 0.
	nameChunk int
	option    bool // the query names a configuration option
	member    bool // the query moves a thing into or out of a collection object (see lexeme.member)
	// configKinds are the guest kinds (path words) whose configuration
	// option a pasted configuration line names (see guestconfig.go).
	configKinds []string
	// guestOption marks a vocabulary word for a guest's configuration
	// option ("nic", "cores"): see guestConfigFactor.
	guestOption bool
	// opener is the stem of the request's first word: a verb the
	// lexicon does not know still says the request acts (see preferRead).
	opener string
	// anyOne marks an indefinite article ("the tfa of a user"): the
	// request is about one object, if not a named one.
	anyOne bool
	// inCondition is set while the words of a condition clause are
	// added (see conditionStart).
	inCondition bool
	// failure marks an action the request says does not happen ("won't
	// start"): see isNegated.
	failure bool
	// asksHistory marks a question about a past action ("who deleted
	// …", "when was … last restarted"): see history.go.
	asksHistory bool
	// settingDocs are the operations that take a setting the request
	// names, and the reads of their objects; settingBonus is what they
	// are multiplied by (see settingname.go).
	settingDocs  []int32
	settingBonus float64
}

// concept is one idea of the query ("vm", "reboot"): a document scores the
// best of its alternatives, so matching "qemu" and "vm" does not count the
// same idea twice.
type concept struct {
	alts    []termAlt
	product catalog.Product // also matches every operation of this product
	weight  float64
}

type termAlt struct {
	id     int32
	weight float64
}

// qword is a query word with where it came from.
type qword struct {
	raw, stem string
	// ident marks a part of a hyphenated or dotted name ("local-lvm",
	// "pve-node1"): most likely an object's name, so it counts weakly and
	// expresses no intent.
	ident bool
	chunk int // which chunk of the query the word comes from, from 1
	// opens marks the first word of a clause ("pve2 was rebooted, are
	// all guests running again").
	opens bool
}

// maxPrefixes is how many vocabulary words an unknown query word may
// expand to (weighted params.PrefixWeight).
const maxPrefixes = 5

// parse turns query text into a plan against this index's vocabulary.
func (ix *Index) parse(text string) plan {
	var p plan
	ws := ix.queryWords(ix.readIdentifiers(text, &p), &p)
	// Names are read before unknown words are repaired: hv3 and web01
	// are names, not "hv" and "web".
	p.nodeOnly = namesNodeByName(ws)
	p.guestName = ix.namesGuestByName(ws)
	ws = ix.normalizeWords(ws)
	ws = ix.readRequestWide(&p, ws)
	question := isQuestion(ws)
	if question || asksFor(ws) {
		p.addIntent(intentRead)
	}
	if isImperative(ws) || ix.cliAction(ws) {
		p.addIntent(intentAction)
	}
	lastRow := -1
	cond := conditionStart(ws)
	desired := desiredStart(ws)
	background := min(cond, reasonStart(ws), desired)
	context := leadingContext(ws, text)
	for i := 0; i < len(ws); {
		p.inCondition = i >= background || i < context
		n, e := matchLexicon(ws[i:])
		if n > 1 && i > 0 && ix.isNounAfterNoun(ws[i-1], ws[i]) {
			n, e = 1, lex().lookup(ws[i:i+1])
		}
		unit := ws[i : i+n]
		i += n
		if e != nil && e.row >= 0 && e.row == lastRow && !unit[0].opens {
			continue // "ssl certificate", "lxc container": one idea said twice
		}
		lastRow = -1
		if e != nil {
			lastRow = e.row
		}
		ix.addUnit(&p, unit, ix.readingOf(&p, ws, i-n, n, e, question))
	}
	p.inCondition = false
	if desired < len(ws) && desired == background {
		// "pool monthly should keep its tapes forever": a setting.
		p.intents = p.intents&^methodIntents | intentUpdate
	}
	if cond < len(ws) && cond == background {
		// "an e-mail when a backup fails": to arrange for something is
		// to set it up.
		p.addIntent(intentCreate)
	}
	ix.finishPlan(&p, text, ws, question)
	return p
}

// readRequestWide notes what the request as a whole says (a time window,
// a named object or guest, talk of jobs, a backup server's host name) and
// returns its words without the window's.
func (ix *Index) readRequestWide(p *plan, ws []qword) []qword {
	// A question about a past action reads its tasks: its time window
	// ("last week") says which, it does not ask for statistics.
	p.asksHistory = asksHistory(ws)
	ws, window := takeTimeWindows(ws)
	if window && !p.asksHistory {
		ix.addTimeWindow(p)
	}
	markCalled(ws)
	p.named = p.named || namesObject(ws)
	p.nodeOnly = p.nodeOnly && !p.guestName && !namesGuest(ws) && !slices.ContainsFunc(ws, isGuestID)
	p.namesJob = slices.ContainsFunc(ws, func(w qword) bool { return jobWords[w.stem] })
	if hostOfPBS(ws) {
		p.product = catalog.PBS
	}
	ws = joinSeparableVerbs(ws)
	if len(ws) > 0 && !ws[0].ident {
		p.opener = ws[0].stem
	}
	p.anyOne = slices.ContainsFunc(ws, func(w qword) bool { return indefinite[w.raw] && w.raw != "new" && w.raw != "another" })
	return ws
}

// readingOf returns how the lexicon entry e of the n words at ws[at:]
// is read in this request: as itself, or as a noun, a state, a modifier,
// a symptom, without its product…
func (ix *Index) readingOf(p *plan, ws []qword, at, n int, e *entry, question bool) *entry {
	unit, before, rest := ws[at:at+n], ws[:at], ws[at+n:]
	switch {
	case e == nil:
	case isNounForm(unit, at, e):
		return nil
	case isObtaining(unit, rest):
		return obtainEntry
	case ix.stopsDoing(unit, rest):
		p.member = true // the guest is what the job is for, not what to delete
		return stopDoingEntry
	case p.asksHistory && namesPastAction(unit, e):
		// "who deleted ct 166": the task that did it, not a delete;
		// the action only says which tasks.
		p.inCondition = true
		return e.asModifier()
	case e.intent&intentAction != 0 && !unit[0].opens && isNegated(before):
		// "vm 276 won't start": a symptom to look into, not an
		// action to take; in the context of a request ("vm 276 never
		// booted, start it") the request says what to do about it.
		p.failure = p.failure || !p.inCondition
		if e.state != nil {
			return e.state
		}
		return e.asModifier()
	case e.state != nil && question:
		return e.state
	case e.state != nil && isAttributive(unit, at, rest):
		return e.attribute
	case isParticiple(unit):
		return e.asModifier()
	case e.product != "" && isDestination(before):
		return e.withoutProduct()
	case e.product == catalog.PBS && isSource(before) && namesGuest(ws) && (p.intents&methodIntents&^intentRead != 0 || restores[p.opener]):
		// "restore vm 861 from pbs": PVE restores its guest from
		// the backup server; reading what is there still reads PBS.
		return e.withoutProduct()
	case e.product != "" && isBeneficiary(before) && namesOtherProduct(ws, e.product):
		return e.withoutProduct()
	case len(rest) > 0 && isHeadNoun(rest[0]):
		return e.asModifier()
	}
	return e
}

// finishPlan adds what the request asks as a whole once its words are
// read: a symptom's cause, a state, a configuration, the operations it
// names by path or command line.
func (ix *Index) finishPlan(p *plan, text string, ws []qword, question bool) {
	ix.addResources(p)
	if p.asksHistory {
		ix.addHistory(p)
	}
	if p.failure {
		ix.addFailure(p)
	}
	if question && asksState(ws) {
		ix.addState(p)
	}
	ix.readConfigLine(p, text)
	ix.readSettingNames(p, text)
	if specifiesSettings(text) {
		p.namesJob = true // a time or a value: a schedule to set up, not a run
		if p.intents&methodIntents == 0 {
			p.addIntent(intentUpdate)
		}
	}
	p.changeOptions()
	// A command line's own operations come before the paths among its
	// arguments: "pveum acl modify /storage/pbs-main …" names an ACL
	// path, not the storage endpoint (pvesh, which takes API paths, is
	// not among the command lines).
	ix.pinCommandLine(text, p)
	ix.pinPaths(text, p)
}

// changeOptions reads adding or removing a configuration option as
// changing the configuration it belongs to.
func (p *plan) changeOptions() {
	if p.option && p.intents&(intentCreate|intentDelete) != 0 {
		p.intents = p.intents&^(intentCreate|intentDelete) | intentUpdate
	}
}

// pin puts d among the operations the query names, once.
func (p *plan) pin(d int32) {
	if !slices.Contains(p.pinned, d) {
		p.pinned = append(p.pinned, d)
	}
}

// isNounForm reports whether a verb of the lexicon is written as a plural
// noun after the start of the request: "media sets", "vm starts". A
// request states its verb in the base form ("set", "start"), so the
// -s form is the noun and is read as a plain word.
func isNounForm(unit []qword, at int, e *entry) bool {
	if at == 0 || len(unit) != 1 || e.intent&methodIntents == 0 {
		return false
	}
	return isSForm(unit[0])
}

// isSForm reports whether a word is a known word's -s form that the
// lexicon does not list itself: "sets", "starts", "gets".
func isSForm(w qword) bool {
	return w.raw != w.stem && strings.HasSuffix(w.raw, "s") && lex().exact[w.raw] == nil
}

// isDestination reports whether the words before a product name make it
// where something goes ("back up vm 101 to pbs", "push into the backup
// server"): the request is then made to the other product, or to both.
func isDestination(before []qword) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		switch w := before[i].raw; {
		case destinations[w]:
			return true
		case !determiners[w]:
			return false
		}
	}
	return false
}

var destinations = setOf("to into onto")

// restores are the stems of verbs that restore: they act, though the
// lexicon gives them no method (a file is restored by reading it).
var restores = setOf("restor recover")

// isSource reports whether the words before a product name make it where
// something comes from ("from pbs", "from the backup server").
func isSource(before []qword) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		switch w := before[i].raw; {
		case w == "from" || w == "off":
			return true
		case !determiners[w]:
			return false
		}
	}
	return false
}

// namesGuest reports whether the request names a PVE guest.
func namesGuest(ws []qword) bool {
	return slices.ContainsFunc(ws, func(w qword) bool { return guestWords[w.raw] && !w.ident })
}

var guestWords = setOf("vm vms ct cts container containers lxc qemu guest guests")

// isBeneficiary reports whether the words before a product name make it
// what something is for ("a token on pbs for pve", "api token for pve on
// the backup server"): when the request also names the other product,
// that one is where it is made.
func isBeneficiary(before []qword) bool {
	for i := len(before) - 1; i >= 0 && i >= len(before)-2; i-- {
		switch w := before[i].raw; {
		case w == "for":
			return true
		case !determiners[w]:
			return false
		}
	}
	return false
}

// namesOtherProduct reports whether a word of ws names a product other
// than p.
func namesOtherProduct(ws []qword, p catalog.Product) bool {
	for i := range ws {
		if _, e := matchLexicon(ws[i:]); e != nil && e.product != "" && e.product != p && !ws[i].ident {
			return true
		}
	}
	return false
}

// isParticiple reports whether a verb is written as a past participle
// ("configured remotes", "repositories configured on pbs", "pve2 was
// rebooted"): a request states its verb in the base form, so the -ed form
// describes things rather than asks to act.
func isParticiple(unit []qword) bool {
	if len(unit) != 1 {
		return false
	}
	w := unit[0].raw
	return (strings.HasSuffix(w, "ed") || irregularPast[w]) && lex().exact[w] == nil
}

// irregularPast are past forms of verbs the lexicon knows that do not
// end in -ed: "when they last ran" describes, it does not ask to run.
var irregularPast = setOf("ran began begun broke broken took taken went gone made gave given came wrote written shut")

// isObtaining reports whether "get" asks to obtain a new thing rather
// than to read one: "get a certificate", "get a new ticket".
func isObtaining(unit []qword, rest []qword) bool {
	return len(unit) == 1 && unit[0].raw == "get" && len(rest) > 0 && indefinite[rest[0].raw]
}

// stopsDoing reports whether "stop" is followed by a gerund: "stop
// replicating vm 715", "stop backing up ct 200" ask to remove or disable
// the job that does it, not to stop a guest.
func (ix *Index) stopsDoing(unit []qword, rest []qword) bool {
	return len(unit) == 1 && stopVerbs[unit[0].raw] && len(rest) > 0 && ix.isGerund(rest[0].raw)
}

// isGerund reports whether w is the -ing form of a verb the index or the
// lexicon knows ("replicating", "syncing", "getting"), so "everything"
// or "morning" is not one.
func (ix *Index) isGerund(w string) bool {
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || len(base) < 3 || receiving[w] {
		return false
	}
	forms := []string{base, base + "e"}
	if n := len(base); base[n-1] == base[n-2] {
		forms = append(forms, base[:n-1]) // getting, stopping
	}
	for _, f := range forms {
		if _, known := ix.termID[stem(f)]; known || lex().exact[f] != nil {
			return true
		}
	}
	return false
}

var (
	stopVerbs = setOf("stop quit cease")
	// receiving are gerunds of what happens to the user ("stop getting
	// mails"): no job of theirs does it.
	receiving = setOf("getting receiving seeing")
	// stopDoingEntry is that "stop": deleting or disabling a job.
	stopDoingEntry = &entry{alts: []alt{{"job", 0.5}, {"disable", 0.5}}, intent: intentDelete, weight: crudWeight, row: -1}
)

var (
	indefinite = setOf("a an new another")
	// obtainEntry is "get" read as obtaining: it creates.
	obtainEntry = &entry{intent: intentCreate, weight: 1, row: -1}
)

// isQuestion reports whether the query, or a clause of it, is a yes/no
// question about how things are ("is vm 110 running", "does node pve1
// have…", "can vm 150 be migrated", "pve2 was rebooted, are all guests
// running again"): it asks to read, whatever verbs follow. "Can you
// stop…" and "do I…" are requests, not questions.
func isQuestion(ws []qword) bool {
	if len(ws) > 1 && questionOpeners[ws[0].raw] && !addressees[ws[1].raw] {
		return true
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].opens && clauseQuestions[ws[i].raw] {
			return true
		}
	}
	return false
}

// asksFor reports whether the request, or one of its clauses, opens a
// question for information ("how large was the last backup", "tape
// backup job: when did it last run?"): it reads, whatever its verbs
// say. "How do I …" asks to do (see howTo).
func asksFor(ws []qword) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (i == 0 || ws[i].opens) && isWhWord(ws[i].raw) && howTo(ws[i:]) == 0 {
			return true
		}
	}
	return false
}

// isWhWord reports whether w opens a question for information.
func isWhWord(w string) bool {
	switch w {
	case "what", "which", "who", "when", "where", "why", "how":
		return true
	}
	return false
}

var (
	questionOpeners = setOf("is are was were does do did has have can could will would")
	// A later clause opened by "can" asks for something ("…, can the
	// agent reset it"); by "is" or "are" it asks how things are.
	clauseQuestions = setOf("is are was were does do did")
	addressees      = setOf("you i we u")
)

// isAttributive reports whether a state verb is used as an adjective: a
// past participle anywhere ("stopped containers"), or an -ing form after
// the first word ("list running vms"), followed by the noun it describes.
func isAttributive(unit []qword, at int, rest []qword) bool {
	if len(unit) != 1 || len(rest) == 0 || rest[0].ident || isNumber(rest[0].raw) || stopwords[rest[0].raw] {
		return false
	}
	w := unit[0].raw
	return strings.HasSuffix(w, "ed") || at > 0 && strings.HasSuffix(w, "ing")
}

// particles complete a verb that may stand apart from it ("power vm 100
// off", "back the container up").
var particles = setOf("up down on off out back offline online")

// maxParticleGap is how many words may stand between a verb and its
// particle ("bring all guests on pve1 back").
const maxParticleGap = 4

// joinSeparableVerbs moves a particle next to its verb when the two form
// a lexicon phrase the words between split ("back a VM up" → "back up a
// VM"), so the phrase's meaning applies.
func joinSeparableVerbs(ws []qword) []qword {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].ident || isPhraseStart(ws[i:i+2]) {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+1+maxParticleGap; j++ {
			if !particles[ws[j].raw] {
				continue
			}
			if !isVerbPhrase([]qword{ws[i], ws[j]}) {
				continue // a preposition ("bring all guests on pve1 back")
			}
			moved := slices.Clone(ws)
			part := moved[j]
			copy(moved[i+2:j+1], moved[i+1:j])
			moved[i+1] = part
			return moved
		}
	}
	return ws
}

// isPhraseStart reports whether the words are a lexicon phrase.
func isPhraseStart(ws []qword) bool {
	return lex().lookup(ws) != nil
}

// isVerbPhrase reports whether the words are a lexicon phrase that asks
// for a change ("power off", "back up"), not a description ("runs on").
func isVerbPhrase(ws []qword) bool {
	e := lex().lookup(ws)
	return e != nil && e.intent&(intentAction|intentUpdate|intentCreate|intentDelete) != 0
}

// normalizeWords repairs words the index cannot read: a typo one edit
// from a known word; a name made of a known word and a number ("vmbr0",
// "eno1", "store2"), which names an object of that kind; and an unknown
// word after a kind of object ("storage nas", "pool production"), which
// is that object's name. Glued words are not split: names are often
// glued words ("dbserver", "webservers").
func (ix *Index) normalizeWords(ws []qword) []qword {
	out := make([]qword, 0, len(ws))
	for i, w := range ws {
		afterKind := i > 0 && ix.pathTerms[ws[i-1].stem]
		if afterKind && ix.knowsOnlyAsPrefix(w) {
			// "datastore main": a name, not the start of "maintenance".
			w.ident = true
		}
		if w.ident || isNumber(w.raw) || stopwords[w.raw] || ix.knowsWord(w) {
			out = append(out, w)
			continue
		}
		if ix.isGuestName(ws, i) {
			// "web01": a guest's name, whose letters say nothing of
			// what to do (web interface, webhooks).
			w.ident = true
			out = append(out, w)
			continue
		}
		out = append(out, ix.repairWord(w, afterKind)...)
	}
	return out
}

// repairWord returns what an unknown word w stands for; afterKind says it
// follows the name of a kind of object.
func (ix *Index) repairWord(w qword, afterKind bool) []qword {
	if base := strings.TrimRight(w.raw, "0123456789"); base != w.raw && len(base) >= 2 {
		b := qword{raw: base, stem: stem(base), ident: true, chunk: w.chunk}
		if ix.knowsWord(b) && !namesProduct(b) {
			return []qword{b}
		}
		return []qword{w}
	}
	if strings.ContainsAny(w.raw, "0123456789") {
		return []qword{w}
	}
	if len(w.raw) >= minTypoLen {
		if fixed := ix.typos().correct(w.stem); fixed != "" {
			return []qword{{raw: fixed, stem: fixed, chunk: w.chunk}}
		}
	} else if len(w.raw) >= minShortTypoLen && !afterKind {
		if fixed := correctShort(w.raw); fixed != "" {
			return []qword{{raw: fixed, stem: stem(fixed), chunk: w.chunk}}
		}
	}
	w.ident = afterKind
	return []qword{w}
}

// namesObject reports whether a word of ws is an object's name (a part of
// a compound name, or a word made of a kind and a number) other than a
// node's, which follows "node", "host" or "on".
func namesObject(ws []qword) bool {
	for i, w := range ws {
		if !w.ident || i > 0 && ws[i-1].chunk == w.chunk {
			continue // not a name, or not its first part
		}
		if i == 0 || !nodeContext[ws[i-1].raw] {
			return true
		}
	}
	return false
}

// markCalled marks the word after "called" or "named" as a name: "a
// pool called media" is the pool media, not tape media.
func markCalled(ws []qword) {
	for i := 0; i+1 < len(ws); i++ {
		if namers[ws[i].raw] && !ws[i].ident {
			ws[i+1].ident = true
		}
	}
}

var namers = setOf("called named labelled labeled titled")

var nodeContext = setOf("node nodes host server on")

// namesGuestByName reports whether a word of ws is most likely a guest's
// name: letters followed by digits (web01, sql02, dc01, mail01), not
// after a word that introduces a node, and not in the shape nodes are
// named (pve1, hv2, node3, pbs01: the installer's default host name is
// "pve"). Letters that name a kind of object the API has (store2,
// pool3), a guest kind or a product, or what storages, interfaces and
// disks are named after (nas01, vmbr1, sdb1), make no guest's name.
func (ix *Index) namesGuestByName(ws []qword) bool {
	for i := range ws {
		if ix.isGuestName(ws, i) {
			return true
		}
	}
	return false
}

// isGuestName reports whether ws[i] is shaped like a guest's name (see
// namesGuestByName).
func (ix *Index) isGuestName(ws []qword, i int) bool {
	w := ws[i]
	base := strings.TrimRight(w.raw, "0123456789")
	if w.ident || base == w.raw || len(base) < 2 || nodeNamePrefixes[base] || strings.ContainsAny(base, "0123456789") {
		return false
	}
	if i > 0 && nodeContext[ws[i-1].raw] {
		return false
	}
	b := qword{raw: base, stem: stem(base)}
	if objectNameBases[base] || guestWords[base] || namesProduct(b) {
		return false
	}
	return !ix.knowsWord(b) || !ix.pathTerms[b.stem]
}

// objectNameBases are words storages, datastores, network interfaces and
// disks are named after (nas01, tank2, vmbr1, bond0, sdb1): names of that
// shape are not guests.
var objectNameBases = setOf(`nas san tank zfs lvm ceph rbd nfs cifs smb iscsi data disk ssd hdd nvme usb local store pool
	vmbr eth enp eno ens bond vlan tap veth wlan sd sda sdb sdc osd mon mgr mds link net scsi sata ide virtio efidisk tpmstate unused mp`)

// jobWords are the stems of words about jobs and their schedules.
var jobWords = setOf("job schedul cron config configur set nightly daily weekly hourly monthly every")

// hostOfPBS reports whether a word names a backup server by the shape
// of its host name (pbs01, pbs-02): unlike pve1, which names a node of
// the default product, such a name says the request is about PBS.
func hostOfPBS(ws []qword) bool {
	for _, w := range ws {
		if rest, ok := strings.CutPrefix(w.raw, "pbs"); ok && isNumber(strings.TrimLeft(rest, "-")) {
			return true
		}
	}
	return false
}

// namesNodeByName reports whether a word of ws is in the shape nodes are
// named: a node name prefix and digits (pve1, hv02, node3).
func namesNodeByName(ws []qword) bool {
	for _, w := range ws {
		base := strings.TrimRight(strings.TrimRight(w.raw, "0123456789"), "-")
		if base != w.raw && nodeNamePrefixes[base] && base != "pbs" && base != "backup" {
			return true
		}
	}
	return false
}

// isGuestID reports whether w is a number shaped like a guest id.
func isGuestID(w qword) bool {
	return !w.ident && isNumber(w.raw) && len(w.raw) >= 3 && len(w.raw) <= 9
}

// nodeNamePrefixes are how nodes are commonly named.
var nodeNamePrefixes = setOf("pve px prox proxmox hv hyp node host srv server nuc pbs backup")

// knowsWord reports whether the index or the lexicon can read w as it is.
func (ix *Index) knowsWord(w qword) bool {
	if _, ok := ix.termID[w.stem]; ok {
		return true
	}
	if lex().lookup([]qword{w}) != nil {
		return true
	}
	return len(w.raw) >= 4 && len(ix.withPrefix(w.raw)) > 0
}

// knowsOnlyAsPrefix reports whether the index knows w only as the start
// of longer words.
func (ix *Index) knowsOnlyAsPrefix(w qword) bool {
	_, term := ix.termID[w.stem]
	return !term && lex().lookup([]qword{w}) == nil && ix.knowsWord(w)
}

// namesProduct reports whether w is a product's name ("pve" of "pve1"):
// a node named after its product says nothing about what is asked.
func namesProduct(w qword) bool {
	e := lex().lookup([]qword{w})
	return e != nil && e.product != ""
}

// isNounAfterNoun reports whether w, a head noun that also opens a verb
// phrase ("log" of "log in"), follows a word it belongs to: in "cluster
// log in the last hour" log is the cluster's log and "in" starts what
// follows, not a login. The word before must be a kind of object the
// API has (a path word) that asks for no change.
func (ix *Index) isNounAfterNoun(prev, w qword) bool {
	return isHeadNoun(w) && ix.pathTerms[prev.stem] && lex().lookup([]qword{prev}).notVerb()
}

// notVerb reports whether e is no entry or one that asks for no change.
func (e *entry) notVerb() bool {
	return e == nil || e.intent&(intentAction|intentUpdate|intentCreate|intentDelete) == 0
}

// isImperative reports whether the query opens with a verb the lexicon
// does not know as one, recognised by the determiner after it: "label a
// tape", "forget the group", "sync our backups", "backup the vm".
// Without it such a verb would be read as a noun.
func isImperative(ws []qword) bool {
	ws = ws[howTo(ws):]
	if len(ws) < 3 || ws[0].ident || !determiners[ws[1].raw] || stopwords[ws[0].raw] {
		return false
	}
	n, e := matchLexicon(ws)
	return n == 1 && (e == nil || e.intent&methodIntents == 0)
}

// howTo returns how many words open a request for how to do something
// ("how do i restore a backup", "how to label a tape", "how can we
// sync …"): the verb after them is what the request wants done.
func howTo(ws []qword) int {
	switch {
	case len(ws) > 1 && ws[0].raw == "how" && ws[1].raw == "to":
		return 2
	case len(ws) > 2 && ws[0].raw == "how" && howToAux[ws[1].raw] && addressees[ws[2].raw]:
		return 3
	}
	return 0
}

var howToAux = setOf("do can could should would")

// determiners open the object of a verb: "sync our backups", "backup the
// vm", "label a tape".
var determiners = setOf("a an the my our your this that these those all every each")

// isHeadNoun reports whether w turns a preceding verb into a modifier:
// "prune job", "migration status", "backup log" name things to look at,
// not actions to take.
func isHeadNoun(w qword) bool {
	return headNouns[w.raw] || headNouns[w.stem]
}

var headNouns = setOf(`job jobs schedule schedules status state log logs
	config configuration settings setting options option history task tasks
	info rule rules`)

// isPlural reports whether an English noun is plural ("flags", "rules"):
// people ask for a collection in the plural.
func isPlural(w qword) bool {
	if _, short := irregular[w.raw]; short {
		return w.raw != w.stem // vms, cts, ids, ips
	}
	return len(w.raw) > 3 && stripPlural(w.raw) != w.raw
}

// clauseBreaks are the other ways a request separates its clauses: a
// dash between spaces ("vm 230 fails: bridge 'vmbr2' does not exist -
// create vmbr2 on pve1") and the end of a sentence ("It is stuck. Stop
// it."). They are read as commas.
var clauseBreaks = strings.NewReplacer(" - ", ", ", " – ", ", ", " — ", ", ", ". ", ", ", "? ", ", ", "! ", ", ")

// contractions spells out the contractions whose apostrophe-less form
// is another word: "we're moving its data" is no question like "were
// there errors".
var contractions = strings.NewReplacer(
	"we're", "we are", "we’re", "we are", "We're", "We are", "We’re", "We are",
	"you're", "you are", "you’re", "you are", "You're", "You are", "You’re", "You are",
	"they're", "they are", "they’re", "they are", "They're", "They are", "They’re", "They are")

// queryWords splits the text into chunks at spaces and punctuation, keeps
// '-', '.', ':', '_' inside a chunk, notes a verbatim tool name, and
// returns the words.
func (ix *Index) queryWords(text string, p *plan) []qword {
	var out []qword
	n := 0
	text = contractions.Replace(clauseBreaks.Replace(text))
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' }) {
		start := len(out)
		chunks := strings.FieldsFunc(clause, func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-.:_'’", r))
		})
		flagValue := false
		for _, c := range chunks {
			if strings.Contains(c, "_") { // tool names are snake_case
				if d, ok := ix.byName[strings.ToLower(c)]; ok {
					p.pin(d)
				}
			}
			n++
			ws := ix.chunkWords(c)
			for j := range ws {
				ws[j].chunk = n
				// The value of a command-line option ("--storage pbs",
				// "--mode snapshot") is a name or a setting: it says
				// which, not what to call.
				ws[j].ident = ws[j].ident || flagValue
			}
			flagValue = strings.HasPrefix(c, "--")
			out = append(out, ws...)
		}
		if start < len(out) {
			out[start].opens = true
		}
	}
	return out
}

// chunkWords reads one chunk. A compound chunk ("local-lvm", "cloud-init",
// "realm-sync", "ha-manager") is a known term if its parts glued together
// are an index term, it spells a path segment or its parts are a lexicon
// phrase; otherwise it is a name.
func (ix *Index) chunkWords(c string) []qword {
	ws := words(c)
	compound := len(ws) > 1 && strings.ContainsAny(c, "-.:")
	out := make([]qword, 0, len(ws))
	for _, w := range ws {
		out = append(out, qword{raw: w, stem: stem(w)})
	}
	if compound && !isPhraseStart(out) { // "keep-last" is the lexicon's "keep last"
		glued := stem(strings.Join(ws, ""))
		if _, ok := ix.termID[glued]; ok {
			return []qword{{raw: strings.Join(ws, ""), stem: glued}}
		}
	}
	if compound && !ix.segments[normalizeSegment(c)] && !ix.isSettingName(c) && !isPhraseStart(out) {
		for i := range out {
			out[i].ident = true
		}
	}
	return out
}

// matchLexicon finds the longest lexicon phrase at the start of ws and
// returns its length in words and its entry (nil: a plain word).
func matchLexicon(ws []qword) (int, *entry) {
	li := lex()
	for n := min(li.maxWords, len(ws)); n >= 1; n-- {
		if e := li.lookup(ws[:n]); e != nil {
			return n, e
		}
	}
	return 1, nil
}

// addUnit adds one matched word or phrase to the plan.
func (ix *Index) addUnit(p *plan, ws []qword, e *entry) {
	w := ws[0]
	ident := ws[0].ident
	switch {
	case e == nil && isNumber(w.raw):
		// Proxmox guest ids start at 100; shorter numbers are counts,
		// indexes or parts of names.
		if isGuestID(w) {
			p.guestID = true
		}
		return
	case e == nil && (stopwords[w.raw] || stopwords[w.stem]):
		return
	}
	weight := 1.0
	if ident {
		weight = ix.prm.IdentWeight
	}
	if p.inCondition {
		weight *= ix.prm.ConditionShare
	}
	if !ident && !p.inCondition && isPlural(ws[len(ws)-1]) {
		p.intents |= intentList
	}
	if e == nil {
		ix.addWord(p, w, ix.plainAlts(w), weight)
		return
	}
	c := concept{alts: ix.entryAlts(w, e), weight: weight * e.weight}
	ix.shareIDF(c.alts)
	p.option = p.option || e.option
	p.guestOption = p.guestOption || ix.namesGuestOption(e)
	p.member = p.member || e.member
	p.named = p.named || e.object
	if ident {
		ix.addWord(p, w, c.alts, c.weight)
		return
	}
	if !ident {
		if !p.inCondition {
			p.addIntent(e.intent)
		}
		if e.product != "" {
			c.product = e.product
			if p.product == "" { // "a token on pbs for pve": the first named decides
				p.product = e.product
			}
		}
	}
	p.add(c)
}

// addIntent records what a word says about the request. The first verb
// decides the method ("check if vm can be migrated" reads, "show how to
// start" reads); later verbs are its complements. Collection wording
// (list, all, plurals) accumulates.
func (p *plan) addIntent(in intent) {
	if p.intents&methodIntents == 0 {
		p.intents |= in & methodIntents
	}
	p.intents |= in & intentList
}

// addWord adds a plain word's concept, or, for a further part of the name
// whose concept came last, its alternatives to that concept: the parts of
// "local-lvm" say which storage, once, not two things about it.
func (ix *Index) addWord(p *plan, w qword, alts []termAlt, weight float64) {
	if w.ident && p.nameChunk == w.chunk {
		last := &p.concepts[len(p.concepts)-1]
		for _, a := range alts {
			last.alts = appendAlt(last.alts, a)
		}
		return
	}
	n := len(p.concepts)
	p.add(concept{alts: alts, weight: weight})
	if w.ident && len(p.concepts) > n {
		p.nameChunk = w.chunk
	}
}

// appendAlt adds a, keeping the higher weight of a term already there.
func appendAlt(alts []termAlt, a termAlt) []termAlt {
	for i := range alts {
		if alts[i].id == a.id {
			alts[i].weight = max(alts[i].weight, a.weight)
			return alts
		}
	}
	return append(alts, a)
}

// add keeps a concept that can match something.
func (p *plan) add(c concept) {
	if (len(c.alts) > 0 || c.product != "") && c.weight > 0 {
		p.concepts = append(p.concepts, c)
	}
}

// entryAlts resolves a lexicon entry's terms. A single word also matches
// itself at full weight: the word the user wrote beats its synonyms
// ("restart" prefers Restart over Reboot, "reboot" the reverse).
func (ix *Index) entryAlts(w qword, e *entry) []termAlt {
	var out []termAlt
	for _, a := range e.alts {
		out = ix.appendTerm(out, a.term, a.weight)
	}
	if !e.phrase && len(e.alts) > 0 && ownsStem(w, e) {
		out = ix.appendTerm(out, w.stem, 1)
	}
	return out
}

// shareIDF rescales alternative weights so each scores with the concept's
// idf (the first alternative's), by params.ConceptIDFShare: the
// alternatives of a concept are scored partly with the idf of its first
// term, the API's own word, rather than each with its own. A rarer
// synonym is not more informative than the idea it stands for ("free
// space" is as general as "status", however rare "usage" is), or rare
// secondary terms would outrank the primary one.
func (ix *Index) shareIDF(alts []termAlt) {
	if len(alts) < 2 {
		return
	}
	primary := ix.idf[alts[0].id]
	for i := range alts[1:] {
		a := &alts[i+1]
		a.weight *= math.Pow(primary/ix.idf[a.id], ix.prm.ConceptIDFShare)
	}
}

// ownsStem reports whether w's stem means what entry e means: the stem of
// "settings" is "set", which the lexicon reads as a verb of its own, so
// "settings" must not match Set operations as a word.
func ownsStem(w qword, e *entry) bool {
	owner := lex().stemmed[w.stem]
	return owner == nil || owner.row == e.row
}

// plainAlts resolves a word with no lexicon entry: itself if indexed,
// else the indexed terms it is a prefix of ("notif", "repl"), weakly.
func (ix *Index) plainAlts(w qword) []termAlt {
	if id, ok := ix.termID[w.stem]; ok {
		return []termAlt{{id: id, weight: 1}}
	}
	if len(w.raw) < 4 || w.ident {
		return nil // a name is no abbreviation
	}
	var out []termAlt
	for _, t := range ix.withPrefix(w.raw) {
		out = ix.appendTerm(out, t, ix.prm.PrefixWeight)
	}
	return out
}

// withPrefix returns up to maxPrefixes indexed terms starting with prefix,
// in sorted order.
func (ix *Index) withPrefix(prefix string) []string {
	i, _ := slices.BinarySearch(ix.vocab, prefix)
	var out []string
	for ; i < len(ix.vocab) && len(out) < maxPrefixes; i++ {
		if !strings.HasPrefix(ix.vocab[i], prefix) {
			break
		}
		out = append(out, ix.vocab[i])
	}
	return out
}

// appendTerm adds term t if the index knows it, keeping the higher weight
// when it is already there.
// termAlts resolves a fixed concept's words (an identifier's, a time
// window's) to index terms; words the index lacks are left out.
func (ix *Index) termAlts(as []alt) []termAlt {
	var out []termAlt
	for _, a := range as {
		out = ix.appendTerm(out, stem(a.term), a.weight)
	}
	return out
}

func (ix *Index) appendTerm(alts []termAlt, t string, weight float64) []termAlt {
	id, ok := ix.termID[t]
	if !ok {
		return alts
	}
	for i := range alts {
		if alts[i].id == id {
			alts[i].weight = max(alts[i].weight, weight)
			return alts
		}
	}
	return append(alts, termAlt{id: id, weight: weight})
}
