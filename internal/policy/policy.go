// Package policy is the curated tier policy: it sorts every generated
// operation into a tier (read-only, read-execute, full) and exactly one
// category, marks destructive calls and those that need confirm: true,
// picks the core set, and carries the few friendlier tool names.
//
// The rules live in policy.json (embedded; a user may point
// PROXMOX_MCP_POLICY at a copy), validated against policy.schema.json when
// loaded. Every decision is made once per operation when the policy is
// loaded, so Decide is a map lookup.
package policy

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Decision is what the policy says about one operation.
type Decision struct {
	Tier     Tier
	Category string
	// Destructive: every call destroys or discards something.
	Destructive bool
	// DestructiveWith lists conditions on a call's arguments, any one of
	// which makes that call destructive, and so confirm-gated: POST
	// /nodes/{node}/qemu with force=1 restores over an existing guest. It
	// is empty when Destructive is set.
	DestructiveWith []Condition
	// Confirm: every call needs confirmation.
	Confirm bool
	// ConfirmWith lists conditions on a call's arguments, any one of which
	// makes that call need confirmation: enabling the cluster firewall.
	// It is empty when Confirm is set.
	ConfirmWith []Condition
	// GuestExec: the call runs commands or reads or writes files inside a
	// guest, or opens a console or shell. Such calls need the guest-exec
	// capability, which is off at every tier unless the configuration
	// turns it on.
	GuestExec bool
	Core      bool   // member of the core set
	Name      string // tool name: the override or op.Name
	Reason    string // why curated rules decided tier, destructive, confirm or guest-exec; "" for the base rule
	Note      string // e.g. "needs password (ticket) authentication: the API refuses tokens"
}

// MayDestroy reports whether some call of the operation is destructive:
// always, or with some arguments. Tool annotations use it; a
// no-destructive session refuses each call for which Call says so.
func (d Decision) MayDestroy() bool { return d.Destructive || len(d.DestructiveWith) > 0 }

// MayConfirm reports whether some call of the operation needs
// confirmation.
func (d Decision) MayConfirm() bool {
	return d.Confirm || len(d.ConfirmWith) > 0 || len(d.DestructiveWith) > 0
}

// Call is the decision for one call, given its arguments.
type Call struct {
	Destructive bool
	Confirm     bool
	// Reason says why the call is destructive or needs confirmation: the
	// operation's reason and those of the conditions that hold.
	Reason string
}

// Call decides one call from its wire parameters: the prepared request's
// query (GET, DELETE) or form (POST, PUT); path parameters are never
// tested. A condition of DestructiveWith that holds makes the call
// destructive and confirm-gated; one of ConfirmWith makes it
// confirm-gated.
func (d Decision) Call(params url.Values) Call {
	c := Call{Destructive: d.Destructive, Confirm: d.Confirm}
	var reasons []string
	if c.Destructive || c.Confirm {
		reasons = append(reasons, d.Reason)
	}
	for _, cond := range anyHolds(d.DestructiveWith, params) {
		c.Destructive, c.Confirm = true, true
		reasons = append(reasons, cond.String()+": "+cond.Reason)
	}
	for _, cond := range anyHolds(d.ConfirmWith, params) {
		c.Confirm = true
		reasons = append(reasons, cond.String()+": "+cond.Reason)
	}
	c.Reason = joinReasons(reasons)
	return c
}

func joinReasons(in []string) string {
	var out []string
	for _, r := range in {
		if r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return strings.Join(out, "; ")
}

// Policy is a loaded, checked policy file. It is immutable and safe for
// concurrent use.
type Policy struct {
	categories    map[catalog.Product][]string // sorted
	categoryDesc  map[catalog.Product]map[string]string
	categoryRules []categoryRule
	rules         []rule

	decisions map[*catalog.Operation]Decision
	byName    map[string]*catalog.Operation      // generated names and overrides
	byOp      map[*catalog.Operation]*candidates // rules worth matching (ruleindex.go)
}

type categoryRule struct {
	matcher
	origin
	category string
}

// origin is where a rule sits in its file. The "rules[17] (policy.json:240)"
// text is only made for messages: locating lines costs a walk of the file.
type origin struct {
	src *source
	ptr string
}

func (o origin) at() string { return o.src.where(o.ptr) }

// rule is a curated rule; a nil field leaves the decision to later rules or
// to the base rule.
type rule struct {
	matcher
	origin
	tier            *Tier
	destructive     *bool
	destructiveWith [][]paramTestSpec // nil: not set
	confirm         *bool
	confirmWith     [][]paramTestSpec // nil: not set
	guestExec       *bool
	core            *bool
	tokenUnusable   *bool
	name            string
	reason          string
	note            string
}

// Notes added from the operation's own flags.
const (
	noteTokenRefused = "needs password (ticket) authentication: the API refuses tokens"
	noteRootOnly     = "root@pam only: Proxmox publishes no permission check for it, so only a root@pam ticket works, not an API token (even root@pam's)"
	noteCredentials  = "Proxmox passes the caller's ticket or token on to this call, which uses it to make API requests on the caller's behalf (expose_credentials)"
)

var (
	defaultPolicy *Policy
	defaultOnce   sync.Once
)

// Default returns the embedded policy. It panics only if the embedded file
// is broken, which the package tests rule out.
func Default() *Policy {
	defaultOnce.Do(func() {
		p, err := parseTrusted(newSource("policy.json", defaultFile), defaultFile)
		if err != nil {
			panic(fmt.Sprintf("policy: embedded policy.json: %v", err))
		}
		defaultPolicy = p
	})
	return defaultPolicy
}

// Load reads a policy file (PROXMOX_MCP_POLICY). An empty path means the
// embedded default. Errors name the file, line and field.
func Load(path string) (*Policy, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	return parse(filepath.Clean(path), data)
}

// Decide returns the decision for op. Operations of the compiled-in
// catalogs are looked up; any other operation is decided on the spot.
func (p *Policy) Decide(op *catalog.Operation) Decision {
	if d, ok := p.decisions[op]; ok {
		return d
	}
	return p.decide(op)
}

// Lookup finds a compiled-in operation by tool name: its name override or
// its generated name (which keeps working after an override).
func (p *Policy) Lookup(name string) *catalog.Operation {
	return p.byName[name]
}

// Categories returns the product's valid category names, sorted.
func (p *Policy) Categories(product catalog.Product) []string {
	return append([]string(nil), p.categories[product]...)
}

// CategoryDescription returns the one-line description of a category.
func (p *Policy) CategoryDescription(product catalog.Product, name string) string {
	return p.categoryDesc[product][name]
}

// ParseCategories reads a comma-separated category list (PVE_CATEGORIES,
// PBS_CATEGORIES). Whitespace and case are tolerated and duplicates
// dropped; an empty list returns nil, meaning every category. A nil policy
// means Default().
func ParseCategories(product catalog.Product, list string, p *Policy) ([]string, error) {
	if p == nil {
		p = Default()
	}
	valid := p.categoryDesc[product]
	if valid == nil {
		return nil, fmt.Errorf("unknown product %q", product)
	}
	seen := map[string]bool{}
	var out []string
	for _, item := range strings.Split(list, ",") {
		name := strings.ToLower(strings.TrimSpace(item))
		if name == "" || seen[name] {
			continue
		}
		if _, ok := valid[name]; !ok {
			return nil, fmt.Errorf("unknown %s category %q: valid categories are %s",
				product, strings.TrimSpace(item), strings.Join(p.categories[product], ", "))
		}
		seen[name] = true
		out = append(out, name)
	}
	sort.Strings(out)
	return out, nil
}

// decide applies the rules to one operation.
func (p *Policy) decide(op *catalog.Operation) Decision {
	d, _ := p.trace(op)
	return d
}

// sources records which rule (index into Policy.rules, -1 for none) decided
// each field, and which category rule gave the category. problems are
// conditions that do not fit the operation (an argument it lacks).
type sources struct {
	category                                            int
	tier, destructive, confirm, core, name, token, note int
	destructiveWith, confirmWith, guestExec             int
	problems                                            []conditionProblem
}

// conditionProblem is a rule's condition that does not fit an operation
// the rule matches.
type conditionProblem struct {
	ptr string // JSON pointer of the condition in its file
	err error
}

// trace applies the rules and reports which rule decided what. For each
// field, the first matching rule that sets it wins; fields no rule sets
// come from the base rule.
func (p *Policy) trace(op *catalog.Operation) (Decision, sources) {
	src := sources{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, nil}
	d := Decision{Tier: baseTier(op.Method), Destructive: op.Method == "DELETE", Name: op.Name}
	cand := p.candidateRules(op)
	segs := cand.segs
	if segs == nil {
		segs = splitPath(op.Path)
	}
	for _, i := range cand.categoryRules {
		if p.categoryRules[i].matchesSegs(op, segs) {
			d.Category, src.category = p.categoryRules[i].category, i
			break
		}
	}
	var confirm, tokenUnusable *bool
	for _, i := range cand.rules {
		r := &p.rules[i]
		if !r.matchesSegs(op, segs) {
			continue
		}
		setOnce(&src.tier, i, r.tier != nil, func() { d.Tier = *r.tier })
		setOnce(&src.destructive, i, r.destructive != nil, func() { d.Destructive = *r.destructive })
		setOnce(&src.destructiveWith, i, r.destructiveWith != nil, func() {
			d.DestructiveWith = src.resolveAll(op, r, "destructive_with", r.destructiveWith)
		})
		setOnce(&src.confirm, i, r.confirm != nil, func() { confirm = r.confirm })
		setOnce(&src.confirmWith, i, r.confirmWith != nil, func() {
			d.ConfirmWith = src.resolveAll(op, r, "confirm_with", r.confirmWith)
		})
		setOnce(&src.guestExec, i, r.guestExec != nil, func() { d.GuestExec = *r.guestExec })
		setOnce(&src.core, i, r.core != nil, func() { d.Core = *r.core })
		setOnce(&src.name, i, r.name != "", func() { d.Name = r.name })
		setOnce(&src.token, i, r.tokenUnusable != nil, func() { tokenUnusable = r.tokenUnusable })
		setOnce(&src.note, i, r.note != "", func() { d.Note = r.note })
	}
	d.Confirm = d.Destructive
	if confirm != nil {
		d.Confirm = *confirm
	}
	if d.Destructive {
		d.DestructiveWith = nil // every call is destructive anyway
	}
	if d.Confirm || d.Destructive {
		d.ConfirmWith = nil
	}
	d.Reason = p.reasons(src)
	d.Note = joinNotes(d.Note, flagNotes(op, tokenUnusable)...)
	return d, src
}

// resolveAll makes a rule's conditions concrete for op, recording those
// that do not fit it.
func (src *sources) resolveAll(op *catalog.Operation, r *rule, field string, specs [][]paramTestSpec) []Condition {
	var out []Condition
	for i, spec := range specs {
		c, err := resolve(op, spec, r.reason)
		if err != nil {
			src.problems = append(src.problems, conditionProblem{fmt.Sprintf("%s/%s/%d", r.ptr, field, i), err})
			continue
		}
		out = append(out, c)
	}
	return out
}

func setOnce(slot *int, i int, sets bool, apply func()) {
	if sets && *slot < 0 {
		*slot = i
		apply()
	}
}

func baseTier(method string) Tier {
	if method == "GET" {
		return ReadOnly
	}
	return Full
}

// reasons joins the reasons of the rules that decided the tier, the
// destructive flag, confirm and guest-exec, without repeats. The reasons
// of conditions stay with the conditions: they apply only when those hold.
func (p *Policy) reasons(src sources) string {
	var out []string
	for _, i := range []int{src.tier, src.destructive, src.confirm, src.guestExec} {
		if i < 0 || p.rules[i].reason == "" {
			continue
		}
		if r := p.rules[i].reason; !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return strings.Join(out, "; ")
}

// flagNotes derives notes from the schema flags. A rule's token_unusable
// overrides what the flags say about tokens.
func flagNotes(op *catalog.Operation, tokenUnusable *bool) []string {
	var out []string
	rootOnly := op.Product == catalog.PVE && op.Permissions.Check == nil && op.Permissions.User == ""
	switch {
	case tokenUnusable != nil:
		if *tokenUnusable {
			out = append(out, noteTokenRefused)
		}
	case !op.Flags.TokenAllowed:
		out = append(out, noteTokenRefused)
	case rootOnly:
		out = append(out, noteRootOnly)
	}
	if op.Flags.ExposesCredentials {
		out = append(out, noteCredentials)
	}
	return out
}

func joinNotes(first string, more ...string) string {
	var out []string
	for _, n := range append([]string{first}, more...) {
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}
