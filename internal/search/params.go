package search

// params are the ranking's numeric parameters, in one place so that what
// each does and how its value was chosen can be read together, and so
// that a test can score other values without changing these. An Index
// reads the set it was built with; the lexicon reads defaultParams.
//
// How they were chosen: by hand, each for the rule it serves (described
// where it is used), and then checked by the cross-validated fit in
// fit_test.go (two folds of the visible query sets, stratified by set;
// coordinate ascent over x0.5..x2 of each value; objective the top-3 rate
// plus a tenth of the MRR capped at 3). No change generalised: each
// fold's fit lowered the other fold's score (fold A's fit: B 1.0399 ->
// 1.0300; fold B's: A 1.0276 -> 1.0209), and no parameter moved the
// same way in both folds, with the default seed, four others, or a finer
// grid. So the values below are the hand-set ones. A later fit, with
// the third development set and the rules and tables added with it,
// found two parameters both folds moved the same way (SiblingShare, the
// update row's GET preference), each gaining little on the other fold
// (+0.0047, +0.0012); at the values it chose the fourth development set,
// which the fit never saw, gained one query in 420, and the collection
// before its item (TestPreferCollection) broke, because that rule leans
// on siblings sharing relevance. The gain did not pay for the rule, so
// the values stayed. The "Fit:" notes say,
// for the default split, where a fold's fit moved a parameter and what
// that alone did to the other fold's objective (one query's top-3 hit is
// about 0.0016), so a later change knows what has been tried.
type params struct {
	// FieldWeight is the BM25F weight of each field (see field). Path and
	// summary are short and say what the operation is, so they weigh
	// most; descriptions and parameter lists are long and incidental.
	// Fit: unmoved; other splits moved the path, summary or parameter
	// fields in one fold only. The examples field (added after the fits)
	// weighs 1.0: with the examples of all visible sets but the fifth
	// development set, that set's top-3 rate was 80.7% at 0.7, 81.7% at
	// 1.0 and at 1.3; its length normalisation (0.5–0.9) mattered less.
	FieldWeight [numFields]float64
	// BM25K1 is BM25's term-frequency saturation: low, because a word
	// repeated in an operation's text says little more than once.
	// Fit: fold A raised it to 2.4, which cost fold B 0.0031; with the
	// capped MRR alone as objective both folds chose 1.68, which gained
	// top-1 answers but lost two top-3 hits over the visible sets.
	BM25K1 float64

	// MethodPreference is how strongly each method intent (by bit
	// position: read, create, update, delete, action) favours each HTTP
	// method (see methodFactor). Fit: fold A lowered action→DELETE to
	// 0.805, which cost fold B 0.0051; other splits moved the update
	// and create rows in one fold only; the later fit lowered update→GET
	// in both folds (A 0.425, B 0.2125; gains +0.0001 on A, +0.0012 on
	// B), see above.
	MethodPreference [numMethodIntents][numMethods]float64
	// NoIntentGET is the preference for GET of a request with no intent
	// word: one most often means "show me". Fit: unmoved.
	NoIntentGET float64

	// IdentWeight is the weight of a query word that is probably a name
	// (a part of "local-lvm"); PrefixWeight that of a vocabulary word an
	// unknown query word is a prefix of. Fit: unmoved.
	IdentWeight, PrefixWeight float64
	// ConceptIDFShare is how far a concept's alternatives score with the
	// idf of its first term rather than their own (see shareIDF). Fit:
	// fold B lowered it to 0.35, which cost fold A 0.0003.
	ConceptIDFShare float64
	// ConceptRestShare is the share a concept's other matching
	// alternatives add to its best one (see accumulate). Fit: fold B
	// lowered it to 0.175, which cost fold A 0.0016.
	ConceptRestShare float64
	// ProductScore is what naming a product scores for each of its
	// operations: about a good path-word match. Fit: fold A halved it,
	// which cost fold B 0.0018.
	ProductScore float64

	// Preferences that multiply the relevance (see preference). Fit:
	// unmoved; other splits moved GuestIDBonus, NamedObjectBonus or
	// DefaultProductLean in one fold only.
	GuestIDBonus       float64 // a guest id in the query, an operation on one guest
	GuestNameBonus     float64 // a guest's name (web01, sql02) and no id, an operation on one guest
	NamedObjectBonus   float64 // an object's name in the query, an operation on one object
	IdentifiedBonus    float64 // an object's identifier (UPID, volume id, user id), an operation on one object
	ProductMatch       float64 // the product the query names
	ProductMismatch    float64 // the other product
	DefaultProductLean float64 // PVE, when the query names no product
	DepthPenalty       float64 // per path segment: general over specific
	UnexplainedPenalty float64 // per idf of a path word the query does not match
	ListOfItem         float64 // an item operation for a "list …" request
	JobForAction       float64 // a job definition for a request to act now that names no job

	// SiblingShare is how much of the best method of an endpoint its
	// siblings score; LiftRatio bounds which operations lift them (see
	// siblings.go). Fit: the later fit lowered SiblingShare in both folds
	// (A 0.56, B 0.4; gains +0.0047 on A, +0.0001 on B), see above.
	SiblingShare, LiftRatio float64
	// ReadCloseness bounds how far below the leading write a read of the
	// same subject may score and be put first; SubjectIDF is the least
	// idf of a path word that names a subject (see readfirst.go). Fit:
	// unmoved.
	ReadCloseness, SubjectIDF float64

	// StateShare is the weight an action's own terms keep when its verb
	// is read as a state ("stopped"); AttributeWeight is the weight of a
	// state used as an adjective ("running") (see lexicon.go). Fit:
	// unmoved.
	StateShare, AttributeWeight float64
	// CopulaStateWeight is the weight of the state concept a yes/no
	// question adds (see state.go). Fit: unmoved.
	CopulaStateWeight float64
	// ConditionShare is the weight of the words of a when/if clause (see
	// condition.go). Fit: unmoved.
	ConditionShare float64
}

// numMethodIntents is how many intent bits choose a method.
const numMethodIntents = 5

// defaultParams are the values production uses.
var defaultParams = params{
	FieldWeight: [numFields]float64{3.0, 2.5, 1.0, 1.5, 0.8, 0.7, 0.5, 0.6, 0.3, 0.3, 0.5, 0.5, 1.0},
	BM25K1:      1.2,
	// Asking to see something and getting an action is the worst
	// mismatch (a "show all VMs" must not offer "Suspend all VMs"), so
	// reading penalises the other methods hardest. Columns: GET, POST,
	// PUT, DELETE, other.
	MethodPreference: [numMethodIntents][numMethods]float64{
		{1.3, 0.75, 0.75, 0.6, 1},  // read
		{0.85, 1.3, 1.15, 0.7, 1},  // create
		{0.85, 1.25, 1.3, 0.75, 1}, // update
		{0.8, 1.0, 1.0, 1.4, 1},    // delete
		{0.7, 1.3, 1.15, 1.15, 1},  // action
	},
	NoIntentGET: 1.1,

	IdentWeight:      0.4,
	PrefixWeight:     0.6,
	ConceptIDFShare:  0.5,
	ConceptRestShare: 0.25,
	ProductScore:     2.5,

	GuestIDBonus:       1.25,
	GuestNameBonus:     1.25,
	NamedObjectBonus:   1.0,
	IdentifiedBonus:    1.2,
	ProductMatch:       1.1,
	ProductMismatch:    0.8,
	DefaultProductLean: 1.05,
	DepthPenalty:       0.01,
	UnexplainedPenalty: 0.1,
	ListOfItem:         0.85,
	JobForAction:       0.8,

	SiblingShare:  0.8,
	LiftRatio:     4,
	ReadCloseness: 1.3,
	SubjectIDF:    1.0,

	StateShare:        0.3,
	AttributeWeight:   0.3,
	CopulaStateWeight: 0.3,
	ConditionShare:    0.3,
}
