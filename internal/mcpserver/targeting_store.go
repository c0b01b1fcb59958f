package mcpserver

import (
	"context"
	"fmt"
	"maps"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// placeholderStore stands in for the datastore while the rest of a call
// is checked (a valid PBS datastore name).
const placeholderStore = "datastore"

// maxStoresListed bounds the datastore names an error lists.
const maxStoresListed = 20

// resolveStore fills in the datastore of a PBS call that leaves it out,
// when the backup server has exactly one; with several it lists them.
func (s *Server) resolveStore(ctx context.Context, e *inventory.Entry, args map[string]any) (map[string]any, error) {
	if v, given := args["store"]; given && v != nil && v != "" {
		return args, nil
	}
	trial := maps.Clone(args)
	trial["store"] = placeholderStore
	if _, err := wire.Prepare(e.Op, trial); err != nil {
		return nil, notSent(invalidArguments(e, err))
	}
	stores, err := s.resolver(ctx).datastores(ctx)
	if err != nil {
		return nil, refuse(`argument "store" is needed: listing the datastores (GET /admin/datastore) failed: %v. Call again with store=<datastore>. Nothing was sent to Proxmox.`, err)
	}
	switch len(stores) {
	case 1:
		out := maps.Clone(args)
		out["store"] = stores[0]
		return out, nil
	case 0:
		return nil, notSent(`argument "store" is needed: the backup server lists no datastore this token may see. Call again with store=<datastore>. Nothing was sent to Proxmox.`)
	}
	return nil, refuse(`argument "store" is needed: this backup server has %d datastores (%s); call again with store=<one of them>. Nothing was sent to Proxmox.`,
		len(stores), storeNames(stores))
}

// datastores lists the datastores; an empty cached list is read again.
func (r *resolver) datastores(ctx context.Context) ([]string, error) {
	ctx, cancel := context.WithTimeout(ctx, targetReadTimeout())
	defer cancel()
	stores, fresh, err := r.stores.get(ctx, listTTL)
	if err == nil && len(stores) == 0 && !fresh {
		stores, _, err = r.stores.get(ctx, 0)
	}
	return stores, err
}

func storeNames(stores []string) string {
	if len(stores) <= maxStoresListed {
		return strings.Join(stores, ", ")
	}
	return strings.Join(stores[:maxStoresListed], ", ") + fmt.Sprintf(", and %d more", len(stores)-maxStoresListed)
}
