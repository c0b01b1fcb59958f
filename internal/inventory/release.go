package inventory

import (
	"fmt"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// A product's Release is what its cluster runs (from /version, or set by
// the configuration). An older cluster is offered the catalog as its
// release presents it (catalog.Catalog.At): what the release lacks is not
// registered and is refused on every path with the release it needs. A
// cluster newer than the catalog gets the whole catalog.

// releaseView is a target's operations as its release has them, by
// name; nil when the release has the whole catalog.
type releaseView map[string]*catalog.Operation

func newReleaseView(p *Product) releaseView {
	c := apis.Catalog(p.Product)
	view := c.At(releaseLabel(p.Release))
	if view == c {
		return nil
	}
	byName := make(releaseView, len(view.Operations))
	for i := range view.Operations {
		byName[view.Operations[i].Name] = &view.Operations[i]
	}
	return byName
}

// releaseLabel is the MAJOR.MINOR a catalog's releases are named by:
// "8.4.1" → "8.4".
func releaseLabel(version string) string {
	parts := strings.SplitN(strings.TrimSpace(version), ".", 3)
	if len(parts) < 2 {
		return strings.TrimSpace(version)
	}
	return parts[0] + "." + parts[1]
}

// atRelease is op as the target's cluster has it, and whether it has it.
func (t *target) atRelease(op *catalog.Operation) (*catalog.Operation, bool) {
	if t.view == nil {
		return op, true
	}
	at, has := t.view[op.Name]
	return at, has
}

// releaseRefusal is why a cluster of an older release cannot run op.
func releaseRefusal(name string, op *catalog.Operation, running string) string {
	return fmt.Sprintf("%s needs %s ≥ %s; this cluster runs %s", name, op.Product.Title(), op.Since, running)
}

// Release is the release a configured product's cluster runs ("" when it
// is not known: the catalog's own is assumed).
func (inv *Inventory) Release(p catalog.Product) string {
	if prod := inv.products[p]; prod != nil {
		return prod.Release
	}
	return ""
}

// Hidden counts the operations of p the cluster's release lacks (its
// default target's).
func (inv *Inventory) Hidden(p catalog.Product) int {
	t, _ := inv.target(p, "")
	if t == nil || t.view == nil {
		return 0
	}
	return len(apis.Catalog(p).Operations) - len(t.view)
}

// ReleaseHint explains a refused argument that the catalog's release has
// and the cluster's does not: "parameter allow-ksm needs Proxmox VE ≥ 9.1;
// this cluster runs 8.4.1". It returns "" for any other problem.
func (e *Entry) ReleaseHint(p wire.Problem) string {
	if e.full == nil || e.full == e.Op {
		return ""
	}
	param := e.full.Param(p.Param)
	if param == nil {
		if param = indexedFamily(e.full, p.Param); param == nil {
			return ""
		}
	}
	if e.Op.Param(param.Name) == nil {
		return fmt.Sprintf("parameter %s needs %s ≥ %s; this cluster runs %s", p.Param, e.Op.Product.Title(), param.Since, e.running)
	}
	if p.Key == "" || param.Property == nil {
		return ""
	}
	for _, k := range param.Property.Keys {
		if k.Name == p.Key && k.Since != "" {
			return fmt.Sprintf("%s.%s needs %s ≥ %s; this cluster runs %s", p.Param, p.Key, e.Op.Product.Title(), k.Since, e.running)
		}
	}
	return ""
}

// indexedFamily finds the indexed parameter a name such as net3 belongs
// to.
func indexedFamily(op *catalog.Operation, name string) *catalog.Param {
	base := strings.TrimSuffix(strings.TrimRight(name, "0123456789"), ".")
	if base == name || base == "" {
		return nil
	}
	if p := op.Param(base); p != nil && p.Indexed {
		return p
	}
	return nil
}
