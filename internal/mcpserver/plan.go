package mcpserver

import (
	"fmt"
	"sort"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Mode selects which operations are registered as tools of their own.
// Whatever the mode, every operation the session may use is reachable
// through the front door (unless the front door is switched off, in which
// case the individually registered tools are all there is).
type Mode string

// The modes.
const (
	// ModeDefault registers the front door, the policy's core set and, when
	// a category allowlist is given, every operation of those categories.
	ModeDefault Mode = "default"
	// ModeAll registers every allowed operation as its own tool.
	ModeAll Mode = "all"
	// ModeFrontDoor registers only the front-door tools.
	ModeFrontDoor Mode = "front-door"
)

// Modes lists the valid modes for messages and docs.
var Modes = []Mode{ModeDefault, ModeAll, ModeFrontDoor}

// ParseMode validates a mode name.
func ParseMode(s string) (Mode, error) {
	for _, m := range Modes {
		if string(m) == s {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown mode %q (valid: default, all, front-door)", s)
}

// ProductAccess is what one configured product allows.
type ProductAccess struct {
	Doer catalog.Doer
	Tier policy.Tier
	// Categories narrows the product to these categories; nil means all.
	Categories []string
}

// entry is one operation with the policy's decision about it.
type entry struct {
	op       *catalog.Operation
	decision policy.Decision
	doer     catalog.Doer
	// startsTask: a write whose result may be a task UPID, so it takes
	// the wait argument.
	startsTask bool
}

// Plan is the one place that decides what a session gets: product × tier ×
// categories × mode. Nothing else filters operations.
type Plan struct {
	mode      Mode
	frontDoor bool
	// allowed holds every operation the session may call, by tool name
	// (the policy's name and, when overridden, the generated name too).
	allowed map[string]*entry
	// blocked holds operations of configured products that the tier or the
	// category allowlist forbids, to explain refusals.
	blocked map[string]*entry
	// individual are registered as tools of their own, sorted by name.
	individual []*entry
	products   map[catalog.Product]*ProductAccess
}

// BuildPlan computes the plan for the configured products.
func BuildPlan(pol *policy.Policy, products map[catalog.Product]*ProductAccess, mode Mode, frontDoor bool) (*Plan, error) {
	if len(products) == 0 {
		return nil, fmt.Errorf("no Proxmox product configured")
	}
	if mode == ModeFrontDoor && !frontDoor {
		return nil, fmt.Errorf("mode front-door with the front door switched off leaves no tools")
	}
	p := &Plan{mode: mode, frontDoor: frontDoor, allowed: map[string]*entry{}, blocked: map[string]*entry{}, products: products}
	for product, access := range products {
		cat := apis.Catalog(product)
		if cat == nil {
			return nil, fmt.Errorf("unknown product %q", product)
		}
		p.addProduct(pol, cat, access)
	}
	sort.Slice(p.individual, func(i, j int) bool { return p.individual[i].name() < p.individual[j].name() })
	if len(p.individual) == 0 && !frontDoor {
		return nil, fmt.Errorf("the configured tier, categories and mode leave no tools to register")
	}
	return p, nil
}

func (p *Plan) addProduct(pol *policy.Policy, cat *catalog.Catalog, access *ProductAccess) {
	inCategory := categorySet(access.Categories)
	for i := range cat.Operations {
		op := &cat.Operations[i]
		e := &entry{op: op, decision: pol.Decide(op), doer: access.Doer, startsTask: mayStartTask(op)}
		if e.decision.Tier > access.Tier || inCategory != nil && !inCategory[e.decision.Category] {
			p.index(p.blocked, e)
			continue
		}
		p.index(p.allowed, e)
		if p.registersIndividually(e, inCategory != nil) {
			p.individual = append(p.individual, e)
		}
	}
}

func (p *Plan) index(m map[string]*entry, e *entry) {
	m[e.name()] = e
	m[e.op.Name] = e
}

// registersIndividually applies the mode: all → everything; default →
// the core set, plus everything when a category allowlist narrows the
// product; front-door → nothing.
func (p *Plan) registersIndividually(e *entry, narrowed bool) bool {
	switch p.mode {
	case ModeAll:
		return true
	case ModeDefault:
		return e.decision.Core || narrowed || !p.frontDoor
	}
	return false
}

func categorySet(cats []string) map[string]bool {
	if cats == nil {
		return nil
	}
	set := make(map[string]bool, len(cats))
	for _, c := range cats {
		set[c] = true
	}
	return set
}

// name is the tool name the session sees.
func (e *entry) name() string {
	if e.decision.Name != "" {
		return e.decision.Name
	}
	return e.op.Name
}

// mayStartTask: Proxmox writes that start work answer with a bare string
// UPID, which the schema rarely says; any write returning a string (or an
// unspecified value) may.
func mayStartTask(op *catalog.Operation) bool {
	return op.Method != "GET" && (op.ReturnsType == "string" || op.ReturnsType == "")
}

// Lookup returns an allowed operation by tool name.
func (p *Plan) Lookup(name string) (*entry, bool) {
	e, ok := p.allowed[name]
	return e, ok
}

// Allowed reports whether an operation may be called in this session.
func (p *Plan) Allowed(op *catalog.Operation) bool {
	e, ok := p.allowed[op.Name]
	return ok && e.op == op
}

// refusal explains why a name cannot be called: unknown, or forbidden by
// the tier or the category allowlist (naming the setting that would allow it).
func (p *Plan) refusal(name string) string {
	if e, ok := p.blocked[name]; ok {
		access := p.products[e.op.Product]
		env := envPrefix(e.op.Product)
		if e.decision.Tier > access.Tier {
			return fmt.Sprintf("%s needs the %s tier; this server runs %s at %s (set %s_ACCESS_TIER=%s to allow it)",
				name, e.decision.Tier, e.op.Product, access.Tier, env, e.decision.Tier)
		}
		return fmt.Sprintf("%s is in category %q, which %s_CATEGORIES does not include", name, e.decision.Category, env)
	}
	if op := apis.Lookup(name); op != nil {
		return fmt.Sprintf("%s is a %s operation, and %s is not configured (set %s_BASE_URL and its credentials)",
			name, op.Product.Title(), op.Product.Title(), envPrefix(op.Product))
	}
	return fmt.Sprintf("unknown tool %q: use proxmox_search to find the operation's name", name)
}

func envPrefix(p catalog.Product) string {
	if p == catalog.PBS {
		return "PBS"
	}
	return "PVE"
}
