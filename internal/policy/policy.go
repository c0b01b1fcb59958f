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
	Tier        Tier
	Category    string
	Destructive bool
	Confirm     bool   // the call needs confirm: true
	Core        bool   // member of the core set
	Name        string // tool name: the override or op.Name
	Reason      string // why a curated rule moved it, "" for the base rule
	Note        string // e.g. "needs password (ticket) authentication: the API refuses tokens"
}

// Policy is a loaded, checked policy file. It is immutable and safe for
// concurrent use.
type Policy struct {
	categories    map[catalog.Product][]string // sorted
	categoryDesc  map[catalog.Product]map[string]string
	categoryRules []categoryRule
	rules         []rule

	decisions map[*catalog.Operation]Decision
	byName    map[string]*catalog.Operation // generated names and overrides
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
	tier          *Tier
	destructive   *bool
	confirm       *bool
	core          *bool
	tokenUnusable *bool
	name          string
	reason        string
	note          string
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
// each field, and which category rule gave the category.
type sources struct {
	category                                            int
	tier, destructive, confirm, core, name, token, note int
}

// trace applies the rules and reports which rule decided what. For each
// field, the first matching rule that sets it wins; fields no rule sets
// come from the base rule.
func (p *Policy) trace(op *catalog.Operation) (Decision, sources) {
	src := sources{-1, -1, -1, -1, -1, -1, -1, -1}
	d := Decision{Tier: baseTier(op.Method), Destructive: op.Method == "DELETE", Name: op.Name}
	segs := splitPath(op.Path)
	for i := range p.categoryRules {
		if p.categoryRules[i].matchesSegs(op, segs) {
			d.Category, src.category = p.categoryRules[i].category, i
			break
		}
	}
	var confirm, tokenUnusable *bool
	for i := range p.rules {
		r := &p.rules[i]
		if !r.matchesSegs(op, segs) {
			continue
		}
		setOnce(&src.tier, i, r.tier != nil, func() { d.Tier = *r.tier })
		setOnce(&src.destructive, i, r.destructive != nil, func() { d.Destructive = *r.destructive })
		setOnce(&src.confirm, i, r.confirm != nil, func() { confirm = r.confirm })
		setOnce(&src.core, i, r.core != nil, func() { d.Core = *r.core })
		setOnce(&src.name, i, r.name != "", func() { d.Name = r.name })
		setOnce(&src.token, i, r.tokenUnusable != nil, func() { tokenUnusable = r.tokenUnusable })
		setOnce(&src.note, i, r.note != "", func() { d.Note = r.note })
	}
	d.Confirm = d.Destructive
	if confirm != nil {
		d.Confirm = *confirm
	}
	d.Reason = p.reasons(src)
	d.Note = joinNotes(d.Note, flagNotes(op, tokenUnusable)...)
	return d, src
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
// destructive flag and confirm, without repeats.
func (p *Policy) reasons(src sources) string {
	var out []string
	for _, i := range []int{src.tier, src.destructive, src.confirm} {
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
