package inventory

import (
	"fmt"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// A target is one configured cluster or backup server. A product may have
// several (named in the configuration file); each gets its own decisions
// — tier, categories, release, permissions — and the server lists an
// operation when some target of its product allows it. Calls name a
// target, or go to the product's first.

type target struct {
	spec   *Product
	view   releaseView
	byName map[string]*Entry
}

// ArgTarget is the argument that names a target on every tool, listed
// when a product has more than one.
const ArgTarget = "target"

// addTargets checks the configured products and indexes their targets.
func (inv *Inventory) addTargets() error {
	seen := map[string]bool{}
	for i := range inv.opts.Products {
		p := &inv.opts.Products[i]
		if apis.Catalog(p.Product) == nil {
			return fmt.Errorf("unknown product %q", p.Product)
		}
		for _, c := range p.Allow {
			if !slices.Contains(Capabilities, c) {
				return fmt.Errorf("target %s: unknown capability %q (known: %s)", p.Target, c, strings.Join(Capabilities, ", "))
			}
		}
		if inv.products[p.Product] == nil {
			inv.products[p.Product] = p
		} else if p.Target == "" || inv.products[p.Product].Target == "" {
			return fmt.Errorf("%s is configured twice without target names", p.Product.Title())
		}
		if p.Target != "" {
			if len(p.Target) > MaxTargetName {
				return fmt.Errorf("target name %.20q… is longer than %d characters", p.Target, MaxTargetName)
			}
			if seen[p.Target] {
				return fmt.Errorf("target name %q is used twice", p.Target)
			}
			seen[p.Target] = true
		}
		// Sized for every operation of the product: growing it costs
		// more than the map itself at every start.
		byName := make(map[string]*Entry, len(apis.Catalog(p.Product).Operations))
		inv.targets = append(inv.targets, &target{spec: p, view: newReleaseView(p), byName: byName})
	}
	return nil
}

func (inv *Inventory) targetsOf(p catalog.Product) []*target {
	var out []*target
	for _, t := range inv.targets {
		if t.spec.Product == p {
			out = append(out, t)
		}
	}
	return out
}

// narrowed: some target of p has a category allowlist, so default mode
// registers what it allows.
func (inv *Inventory) narrowed(p catalog.Product) bool {
	for _, t := range inv.targetsOf(p) {
		if t.spec.Categories != nil {
			return true
		}
	}
	return false
}

// Targets names p's targets, the default first (nil when p has one
// unnamed target or none).
func (inv *Inventory) Targets(p catalog.Product) []string {
	var out []string
	for _, t := range inv.targetsOf(p) {
		if t.spec.Target != "" {
			out = append(out, t.spec.Target)
		}
	}
	return out
}

// MultiTarget reports whether p has several targets, so its tools take a
// target argument.
func (inv *Inventory) MultiTarget(p catalog.Product) bool { return len(inv.targetsOf(p)) > 1 }

// TargetProduct is the product of a named target.
func (inv *Inventory) TargetProduct(name string) (catalog.Product, bool) {
	for _, t := range inv.targets {
		if t.spec.Target == name {
			return t.spec.Product, true
		}
	}
	return "", false
}

// LookupAt finds an operation as a target decides it: name "" is the
// product's default target. An unknown target is refused with the known
// ones.
func (inv *Inventory) LookupAt(target, name string) (*Entry, error) {
	e, ok := inv.byName[name]
	if !ok {
		return inv.Lookup(name)
	}
	t, err := inv.target(e.Op.Product, target)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return inv.Lookup(name)
	}
	te := t.byName[name]
	if !te.Allowed() {
		return te, refusalError(te.refusal)
	}
	return te, nil
}

// target finds p's target by name ("" the default; nil when p is not
// configured).
func (inv *Inventory) target(p catalog.Product, name string) (*target, error) {
	ts := inv.targetsOf(p)
	if name == "" || len(ts) == 0 {
		if len(ts) == 0 {
			return nil, nil
		}
		return ts[0], nil
	}
	for _, t := range ts {
		if t.spec.Target == name {
			return t, nil
		}
	}
	if names := inv.Targets(p); len(names) > 0 {
		return nil, fmt.Errorf("unknown %s target %q: this server has %s", p.Title(), clip(name), strings.Join(names, ", "))
	}
	return nil, fmt.Errorf("unknown %s target %q: this server has one %s, which needs no target argument", p.Title(), clip(name), p.Title())
}

// permissionRefusal says why credentials can never call e, or on which
// objects only they can (where).
func permissionRefusal(e *Entry, p *Product) (refusal, where string) {
	a := p.Subject.Availability(e.catalogOperation())
	switch a.Reach {
	case access.Never:
		return fmt.Sprintf("%s: the credentials %s can never call it (%s)", e.Name, p.Subject.Identity.AuthID(), a.String()), ""
	case access.Somewhere:
		return "", a.String()
	}
	return "", ""
}

// catalogOperation is the catalog's own operation of e (not an older
// release's view).
func (e *Entry) catalogOperation() *catalog.Operation {
	if e.full != nil {
		return e.full
	}
	return e.Op
}

// Subject is what a target's credentials may do, as read at connect (nil
// when not read); target "" is the product's default.
func (inv *Inventory) Subject(p catalog.Product, target string) *access.Subject {
	t, err := inv.target(p, target)
	if err != nil || t == nil {
		return nil
	}
	return t.spec.Subject
}
