package main

import (
	"slices"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

func TestGuestKindFromThePath(t *testing.T) {
	for path, want := range map[string]catalog.GuestKind{
		"/nodes/{node}/qemu/{vmid}":               catalog.QEMU,
		"/nodes/{node}/qemu/{vmid}/status/reboot": catalog.QEMU,
		"/nodes/{node}/lxc/{vmid}/snapshot":       catalog.LXC,
		"/nodes/{node}/qemu":                      "",
		"/nodes/{node}/qemu/{vmid}x":              "",
		"/nodes/{node}/vzdump":                    "",
		"/cluster/ha/resources/{sid}/migrate":     "",
		"/nodes/{node}/storage/{storage}/content": "",
	} {
		if got := guestKind(&schema.Operation{Product: schema.PVE, Path: path}); got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
	if got := guestKind(&schema.Operation{Product: schema.PBS, Path: "/nodes/{node}/qemu/{vmid}"}); got != "" {
		t.Errorf("a PBS path is no guest operation: %q", got)
	}
}

func TestStoreImpliedOnPBSStorePaths(t *testing.T) {
	for _, c := range []struct {
		product schema.Product
		path    string
		want    bool
	}{
		{schema.PBS, "/admin/datastore/{store}/snapshots", true},
		{schema.PBS, "/admin/datastore", false},
		{schema.PBS, "/config/datastore/{name}", false},
		{schema.PVE, "/nodes/{node}/storage/{store}", false},
	} {
		if got := storeImplied(&schema.Operation{Product: c.product, Path: c.path}); got != c.want {
			t.Errorf("%s %s: %v", c.product, c.path, got)
		}
	}
}

// The listed schema loses node from its required list; the full schema,
// which may share that list, keeps it.
func TestMarkTargetsLeavesTheFullSchemaAlone(t *testing.T) {
	required := []string{"node", "snapname", "vmid"}
	full := schema.JSON{"properties": schema.JSON{}, "required": required}
	tool := schema.JSON{"properties": schema.JSON{"node": schema.JSON{"type": "string", "description": "x"},
		"vmid": schema.JSON{"type": "integer"}}, "required": required}
	markTargets(tool, &catalog.Operation{Guest: catalog.QEMU})
	if got := tool["required"].([]string); !slices.Equal(got, []string{"snapname", "vmid"}) {
		t.Errorf("listed required: %v", got)
	}
	if got := full["required"].([]string); !slices.Equal(got, []string{"node", "snapname", "vmid"}) {
		t.Errorf("the full schema's required list changed: %v", got)
	}
	vmid := tool["properties"].(schema.JSON)["vmid"].(schema.JSON)
	if !slices.Equal(vmid["type"].([]any), []any{"integer", "string"}) || vmid["description"] == nil {
		t.Errorf("listed vmid: %v", vmid)
	}
}
