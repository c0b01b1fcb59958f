package inventory

import (
	"fmt"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Narrowing limits one request below what the server allows: a lower
// tier, fewer categories (the HTTP transport's headers). It can only
// narrow, never widen: a higher tier or a category the server excludes
// changes nothing.
type Narrowing struct {
	Tier       *policy.Tier
	Categories map[string]bool // nil: no narrowing by category
}

// ParseNarrowing reads a tier name and a comma list of categories (either
// may be empty). Unknown names are refused, naming the valid ones; a
// category of any configured product is valid.
func (inv *Inventory) ParseNarrowing(tier, categories string) (*Narrowing, error) {
	tier, categories = strings.TrimSpace(tier), strings.TrimSpace(categories)
	if tier == "" && categories == "" {
		return nil, nil
	}
	n := &Narrowing{}
	if tier != "" {
		t, err := policy.ParseTier(clip(tier))
		if err != nil {
			return nil, err
		}
		n.Tier = &t
	}
	if categories != "" {
		valid := inv.Categories()
		n.Categories = map[string]bool{}
		for _, item := range strings.Split(categories, ",") {
			name := strings.ToLower(strings.TrimSpace(item))
			if name == "" {
				continue
			}
			if !contains(valid, name) {
				return nil, fmt.Errorf("unknown category %q: valid categories are %s", clip(name), strings.Join(valid, ", "))
			}
			n.Categories[name] = true
		}
	}
	return n, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// View is the inventory as one request sees it.
type View struct {
	inv *Inventory
	n   *Narrowing
}

// View narrows the inventory for one request (n may be nil).
func (inv *Inventory) View(n *Narrowing) View { return View{inv: inv, n: n} }

// Inventory is the view's inventory.
func (v View) Inventory() *Inventory { return v.inv }

// Lookup is Inventory.Lookup, narrowed.
func (v View) Lookup(name string) (*Entry, error) {
	e, err := v.inv.Lookup(name)
	if err != nil {
		return e, err
	}
	if why := v.refusal(e); why != "" {
		return e, refusalError(why)
	}
	return e, nil
}

// LookupAt is Inventory.LookupAt, narrowed.
func (v View) LookupAt(target, name string) (*Entry, error) {
	e, err := v.inv.LookupAt(target, name)
	if err != nil {
		return e, err
	}
	if why := v.refusal(e); why != "" {
		return e, refusalError(why)
	}
	return e, nil
}

// Allows reports whether the request may call an operation.
func (v View) Allows(op *catalog.Operation) bool {
	e := v.inv.Entry(op)
	return e != nil && e.Allowed() && v.refusal(e) == ""
}

// WhyNot says why the request may not call an operation ("" when it may).
func (v View) WhyNot(op *catalog.Operation) string {
	e := v.inv.Entry(op)
	if e == nil {
		return "unknown operation"
	}
	if !e.Allowed() {
		return e.Refusal()
	}
	return v.refusal(e)
}

// refusal explains a narrowing refusal of an allowed entry.
func (v View) refusal(e *Entry) string {
	if v.n == nil {
		return ""
	}
	if v.n.Tier != nil && e.Decision.Tier > *v.n.Tier {
		return fmt.Sprintf("%s needs the %s tier; this request is limited to %s by its headers", e.Name, e.Decision.Tier, *v.n.Tier)
	}
	if v.n.Categories != nil && !v.n.Categories[e.Decision.Category] && !e.Navigation {
		return fmt.Sprintf("%s is in category %q, which this request's headers exclude", e.Name, e.Decision.Category)
	}
	return ""
}

// Listed is what tools/list shows this request: the declared tools, and
// the operation tools it may use.
func (v View) Listed() []Tool {
	if v.n == nil {
		return v.inv.tools
	}
	out := make([]Tool, 0, len(v.inv.tools))
	for _, t := range v.inv.tools {
		if t.Kind != OperationTool || v.refusal(t.Entry) == "" {
			out = append(out, t)
		}
	}
	return out
}

// TaskNavigation is Entry.TaskNavigation for this request: also when the
// request's headers exclude the tasks category.
func (v View) TaskNavigation(e *Entry) bool {
	return e.TaskNavigation() || e.Navigation && e.Decision.Category == "tasks" && v.n != nil && v.n.Categories != nil && !v.n.Categories["tasks"]
}
