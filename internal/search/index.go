package search

import (
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// field is a part of an operation's text, indexed with its own weight.
type field int

const (
	fieldPath         field = iota // literal path segments: the API's own nouns and verbs
	fieldSummary                   // first sentence: what a person reads
	fieldName                      // tool-name words the path does not already give (abbreviations)
	fieldCategory                  // policy category name
	fieldReturnNames               // names of what a read returns (quorate, memory, uptime)
	fieldDescription               // the rest of the description: often long, noisier
	fieldParams                    // parameter names: hints, not topics
	fieldParamValues               // values parameters allow (content=backup|iso|vztmpl, mode=snapshot)
	fieldParamDocs                 // parameter descriptions
	fieldReturnDocs                // descriptions of what the operation returns
	fieldCategoryDocs              // the category's one-line description
	fieldLabels                    // the web UI's labels where it calls the operation (gui_labels.go): an edit window's field labels are incidental, so weighted like parameter names
	fieldExamples                  // the plain words of requests people wrote for it (examples.go): a hint as firm as the web UI's labels
	numFields
)

// BM25F length normalisation (the field weights are params.FieldWeight).
// Path and summary are short and say what the operation is, so they are
// barely length-normalised; descriptions and parameter lists are long and
// incidental, so they are normalised harder (a word among fifty
// parameters says less).
var (
	fieldB = [numFields]float64{0.4, 0.5, 0.3, 0.3, 0.6, 0.75, 0.6, 0.5, 0.75, 0.75, 0.3, 0.5, 0.75}
	// fieldCover is how much of a query concept a match in the field
	// covers (see candidates): the fields that say what the operation is
	// cover it fully, what a read returns nearly (asking for "free
	// memory" is asking for what the status call returns), the rest
	// hints at the idea without being about it.
	fieldCover = [numFields]float32{1, 1, 1, 1, 0.8, 0.5, 0.5, 0.7, 0.35, 0.35, 0.35, 0.7, 0.7}
)

// Index is a search index over operations. It is immutable once built and
// safe for concurrent use.
type Index struct {
	ops      []*catalog.Operation
	prm      *params // the ranking parameters it was built and searches with
	category []string
	docs     []docInfo

	termID   map[string]int32
	vocab    []string    // all terms, sorted: prefix expansion of unknown words
	postings [][]posting // by term id, in document order
	idf      []float64   // by term id

	twin    []int32                // by doc: the same method and path in the other product, or -1
	group   []int32                // by doc: the group of the methods of its path, or -1 (see siblings.go)
	members [][]int32              // by group: its operations
	paths   map[int][]pathTemplate // operations' paths by segment count
	// browseOrder lists the operations in the order Browse gives them.
	browseOrder []int32
	byName      map[string]int32 // tool name → doc, for queries that name a tool
	segments    map[string]bool  // multi-word path segments ("realm-sync")
	// guestOptions are a guest's configuration options, each with the
	// kinds of guest that have it (see guestconfig.go).
	guestOptions     map[string][]string
	guestOptionStems map[string]bool // their stems, as index terms
	// settings are the operations that take each compound parameter
	// name, and the reads of their objects (see settingname.go).
	settings map[string][]int32
	// pathTerms are the literal path words: the kinds of objects the API
	// has (storage, pools, groups, …).
	pathTerms map[string]bool

	typoState
}

// posting is one document a term occurs in, with the term's BM25F score
// for that document (idf included), computed once at build time.
type posting struct {
	doc   int32
	score float32
	cover float32 // the highest fieldCover of the fields the term occurs in
}

// docInfo is what the scorer needs to know about an operation besides its
// terms.
type docInfo struct {
	method    method     // HTTP method
	itemPath  bool       // the operation reads one object ({vmid}, {storage}, …), not a list
	depth     int        // path segments: fewer means more general
	guestID   bool       // takes a guest id (vmid, backup-id)
	oneObject bool       // the path names one object besides its node ({storage}, {iface})
	jobConfig bool       // the path defines scheduled jobs (see isJobConfig)
	guestKind string     // the guest kind whose configuration the path is, or "" (see guestconfig.go)
	onGuest   bool       // the path names one guest ({vmid}): see nodeNotGuest
	prior     float64    // < 1 for endpoints people rarely want (see docPrior)
	pathWords []pathWord // literal path words, for the unexplained-path penalty
}

// pathWord is one word of an operation's path: its term and the parts of
// a glued word ("startall": start, all), any of which explains it.
type pathWord struct {
	ids []int32
	idf float64
}

// New indexes the operations; category gives each operation's category
// name (may be nil).
func New(ops []*catalog.Operation, category func(*catalog.Operation) string, opts ...Option) *Index {
	return newIndex(ops, category, &defaultParams, opts...)
}

// newIndex is New with the ranking parameters given.
func newIndex(ops []*catalog.Operation, category func(*catalog.Operation) string, prm *params, opts ...Option) *Index {
	set := settings{examples: builtinExamples}
	for _, o := range opts {
		o(&set)
	}
	ix := &Index{
		ops:       ops,
		prm:       prm,
		category:  make([]string, len(ops)),
		docs:      make([]docInfo, len(ops)),
		termID:    map[string]int32{},
		byName:    make(map[string]int32, len(ops)),
		segments:  map[string]bool{},
		pathTerms: map[string]bool{},
	}
	b := newBuilder(ops, ix.intern)
	fields := make([][numFields][]int32, len(ops))
	paths := make([][][]string, len(ops))
	for i, op := range ops {
		if category != nil {
			ix.category[i] = category(op)
		}
		fields[i] = b.fields(op, ix.category[i], set.categoryDoc)
		ix.docs[i] = newDocInfo(op)
		ix.byName[op.Name] = int32(i)
		ix.addSegments(op.Path)
		paths[i] = b.pathWords(op.Path)
		for _, group := range paths[i] {
			ix.pathTerms[group[0]] = true
		}
	}
	for i, op := range ops { // once the catalog's own vocabulary is known
		fields[i][fieldExamples] = ix.exampleTerms(b, set.examples(op))
	}
	ix.buildPostings(fields)
	ix.twin = findTwins(ops)
	ix.group, ix.members = findSiblings(ops)
	ix.paths = indexPaths(ops)
	ix.guestOptions = guestOptionKinds(ops)
	ix.guestOptionStems = guestOptionTerms(ix.guestOptions)
	ix.settings = settingDocs(ops)
	ix.browseOrder = browseOrder(ops)
	ix.addToolNames(set.toolNames)
	ix.resolvePathWords(paths)
	return ix
}

// newDocInfo gathers what the scorer needs about op; pathWords follow
// once the terms have ids.
func newDocInfo(op *catalog.Operation) docInfo {
	oneObject := namesOneObject(op.Path)
	return docInfo{
		method:    methodOf(op.Method),
		itemPath:  (strings.HasSuffix(op.Path, "}") || oneObject) && !listsThings(op.Summary),
		depth:     pathDepth(op.Path),
		guestID:   takesGuestID(op),
		oneObject: oneObject,
		jobConfig: isJobConfig(op.Path),
		guestKind: guestConfigPaths[op.Path],
		onGuest:   strings.Contains(op.Path, "{vmid}"),
		prior:     docPrior(op),
	}
}

// addToolNames lets queries name operations by their other names.
func (ix *Index) addToolNames(names func(*catalog.Operation) []string) {
	if names == nil {
		return
	}
	for i, op := range ix.ops {
		for _, n := range names(op) {
			if _, taken := ix.byName[n]; !taken {
				ix.byName[n] = int32(i)
			}
		}
	}
}

// findTwins pairs each operation with the same method and path in the
// other product (/nodes/{node}/status, /access/users, …).
func findTwins(ops []*catalog.Operation) []int32 {
	twin := make([]int32, len(ops))
	first := make(map[twinKey]int32, len(ops))
	for i, op := range ops {
		twin[i] = -1
		key := twinKeyOf(op)
		j, ok := first[key]
		switch {
		case !ok:
			first[key] = int32(i)
		case ops[j].Product != op.Product && twin[j] < 0:
			twin[i], twin[j] = j, int32(i)
		}
	}
	return twin
}

// twinKey is the method and the path under which an operation meets its
// twin. PVE keeps cluster-wide configuration under /cluster, PBS the
// server's under /config: /cluster/notifications/endpoints/smtp and
// /config/notifications/endpoints/smtp are the same endpoint. A path under
// either is kept without the prefix, marked config (no string is built).
type twinKey struct {
	method string
	config bool
	path   string
}

func twinKeyOf(op *catalog.Operation) twinKey {
	if rest, ok := strings.CutPrefix(op.Path, "/cluster/"); ok && op.Product == catalog.PVE {
		return twinKey{op.Method, true, rest}
	}
	if rest, ok := strings.CutPrefix(op.Path, "/config/"); ok {
		return twinKey{op.Method, true, rest}
	}
	return twinKey{op.Method, false, op.Path}
}

// resolvePathWords turns path words into term ids with the word's idf.
// The words of all operations share two arrays (words, ids), cut with
// full slice expressions so that no slice can grow into the next.
func (ix *Index) resolvePathWords(paths [][][]string) {
	nw, ni := 0, 0
	for _, words := range paths {
		nw += len(words)
		for _, group := range words {
			ni += len(group)
		}
	}
	allWords, allIDs := make([]pathWord, 0, nw), make([]int32, 0, ni)
	for d, words := range paths {
		start := len(allWords)
		for _, group := range words {
			from := len(allIDs)
			for _, t := range group {
				allIDs = append(allIDs, ix.termID[t])
			}
			allWords = append(allWords, pathWord{ids: allIDs[from:len(allIDs):len(allIDs)], idf: ix.idf[ix.termID[group[0]]]})
		}
		ix.docs[d].pathWords = allWords[start:len(allWords):len(allWords)]
	}
}

// addSegments remembers path segments made of several words, so a query
// that writes "realm-sync" is read as the API term, not as an object name.
func (ix *Index) addSegments(path string) {
	for seg := range strings.SplitSeq(path, "/") {
		if strings.ContainsAny(seg, "-_.") && !strings.HasPrefix(seg, "{") {
			ix.segments[normalizeSegment(seg)] = true
		}
	}
}

// normalizeSegment makes "move_disk", "move-disk" and "Move.Disk" equal.
func normalizeSegment(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '.' || r == ':' {
			return '-'
		}
		return r
	}, strings.ToLower(s))
}

// buildPostings turns per-field term lists into BM25F postings. A first
// pass counts each term's documents, so every term's postings get their
// place in one array; the second computes each document's frequencies in
// one reused buffer and files them in document order.
func (ix *Index) buildPostings(fields [][numFields][]int32) {
	avg := averageLengths(fields)
	at := termSlots{pos: make([]int32, len(ix.termID)), stamp: make([]int32, len(ix.termID))}
	df := documentFrequencies(fields, &at)
	total := 0
	for _, n := range df {
		total += int(n)
	}
	all := make([]posting, total)
	ix.postings = make([][]posting, len(ix.termID))
	off := 0
	for id, n := range df {
		ix.postings[id] = all[off : off : off+int(n)]
		off += int(n)
	}
	for d, fs := range fields {
		for _, tf := range ix.docTermFreqs(fs, avg, &at) {
			sat := tf.tf / (ix.prm.BM25K1 + tf.tf) // BM25 saturation; idf comes next
			ix.postings[tf.id] = append(ix.postings[tf.id],
				posting{doc: int32(d), score: float32(sat), cover: tf.cover})
		}
	}
	ix.applyIDF()
	ix.vocab = slices.Sorted(maps.Keys(ix.termID))
}

// documentFrequencies counts the documents each term occurs in.
func documentFrequencies(fields [][numFields][]int32, at *termSlots) []int32 {
	df := make([]int32, len(at.pos))
	for _, fs := range fields {
		at.next()
		for f := range numFields {
			for _, id := range fs[f] {
				if _, seen := at.lookup(id); !seen {
					at.set(id, 0)
					df[id]++
				}
			}
		}
	}
	return df
}

// termSlots maps term ids to their position in one document's term list;
// a slot is valid when its stamp is the current document's, so the slots
// need no clearing between documents.
type termSlots struct {
	pos, stamp []int32
	doc        int32
	buf        []termFreq // scratch for the document's term list
}

// next starts a new document.
func (ts *termSlots) next() { ts.doc++ }

// lookup returns the position of id in the current document, if any.
func (ts *termSlots) lookup(id int32) (int32, bool) {
	if int(id) >= len(ts.pos) || ts.stamp[id] != ts.doc {
		return 0, false
	}
	return ts.pos[id], true
}

func (ts *termSlots) set(id, pos int32) {
	for int(id) >= len(ts.pos) {
		ts.pos, ts.stamp = append(ts.pos, 0), append(ts.stamp, 0)
	}
	ts.pos[id], ts.stamp[id] = pos, ts.doc
}

// termFreq is one term of one document.
type termFreq struct {
	id    int32
	tf    float64 // BM25F pseudo-frequency: field-weighted, length-normalised
	cover float32 // see posting
}

// docTermFreqs combines a document's fields into one weighted frequency
// per term, in order of first occurrence. The list is at's buffer, valid
// until the next call.
func (ix *Index) docTermFreqs(fs [numFields][]int32, avg [numFields]float64, at *termSlots) []termFreq {
	out := at.buf[:0]
	at.next()
	for f := range numFields {
		norm := 1 - fieldB[f] + fieldB[f]*float64(len(fs[f]))/avg[f]
		for _, id := range fs[f] {
			i, ok := at.lookup(id)
			if !ok {
				i = int32(len(out))
				at.set(id, i)
				out = append(out, termFreq{id: id})
			}
			out[i].tf += ix.prm.FieldWeight[f] / norm
			out[i].cover = max(out[i].cover, fieldCover[f])
		}
	}
	at.buf = out
	return out
}

// applyIDF scales each posting by its term's inverse document frequency.
func (ix *Index) applyIDF() {
	n := float64(len(ix.ops))
	ix.idf = make([]float64, len(ix.postings))
	for id, ps := range ix.postings {
		df := float64(len(ps))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		ix.idf[id] = idf
		for i := range ps {
			ps[i].score *= float32(idf)
		}
	}
}

// intern returns the id of term t, assigning the next id on first sight;
// ids therefore depend only on the order of operations and fields.
func (ix *Index) intern(t string) int32 {
	id, ok := ix.termID[t]
	if !ok {
		id = int32(len(ix.termID))
		ix.termID[t] = id
	}
	return id
}

func averageLengths(fields [][numFields][]int32) [numFields]float64 {
	var avg [numFields]float64
	for _, fs := range fields {
		for f := range numFields {
			avg[f] += float64(len(fs[f]))
		}
	}
	for f := range numFields {
		avg[f] = max(avg[f]/float64(max(len(fields), 1)), 1)
	}
	return avg
}

// pathDepth counts path segments: /nodes/{node}/qemu is 3.
func pathDepth(path string) int {
	n := 0
	for seg := range strings.SplitSeq(path, "/") {
		if seg != "" {
			n++
		}
	}
	return n
}

// listsThings reports whether a summary says the operation returns a
// list: GET /cluster/firewall/groups/{group} addresses one group but
// lists its rules.
func listsThings(summary string) bool {
	return lowerHasPrefix(summary, "list ") || lowerHasPrefix(summary, "get list") || lowerHasPrefix(summary, "returns a list")
}

// namesOneObject reports whether the path has a placeholder other than
// {node}: the operation addresses one storage, interface, job, ….
func namesOneObject(path string) bool {
	return strings.Contains(strings.ReplaceAll(path, "{node}", ""), "{")
}

// takesGuestID reports whether the operation addresses one guest: PVE by
// vmid, PBS by the backup id (which is the vmid for guest backups).
// jobConfigPaths define the jobs a scheduler runs: PBS verify, sync,
// prune and tape backup jobs, PVE backup, replication and realm-sync
// jobs. Creating one is not running it.
var jobConfigPaths = []string{"/config/verify", "/config/sync", "/config/prune", "/config/tape-backup-job",
	"/cluster/backup", "/cluster/replication", "/cluster/jobs/realm-sync"}

func isJobConfig(path string) bool {
	for _, p := range jobConfigPaths {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

func takesGuestID(op *catalog.Operation) bool {
	return op.Param("vmid") != nil || op.Param("backup-id") != nil
}

// isDirectoryIndex reports whether a read only lists the paths below it:
// its summary calls it an index ("ACME index.", "Node index.") and what
// it returns has no fields but a subdirectory's name. "User index." and
// "Storage index." return users and storages and are not.
func isDirectoryIndex(op *catalog.Operation) bool {
	if op.Method != "GET" || !lowerContains(op.Summary, "index") {
		return false
	}
	names := schemaWords(op.ReturnsSchema).names
	return len(names) == 0 || len(names) == 1 && names[0] == "subdir"
}

// docPrior lowers endpoints a person rarely means: directory indexes that
// only list sub-paths, internal plumbing (migration tunnels) and
// deprecated forms that have a replacement.
func docPrior(op *catalog.Operation) float64 {
	p := 1.0
	if op.Summary == "" || lowerHasPrefix(op.Summary, "directory index") || isDirectoryIndex(op) {
		p *= 0.8
	}
	if lowerContains(op.Description, "internal use") {
		p *= 0.6
	}
	if lowerContains(op.Summary, "deprecated") {
		p *= 0.8
	}
	return p
}
