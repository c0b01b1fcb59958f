package proxmox

import (
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Hand-made operations shaped like the generator's output. The client's
// tests do not import the generated catalogs: the typed clients built on
// this package do.

var (
	str     = catalog.Value{Type: "string"}
	integer = catalog.Value{Type: "integer"}
	boolean = catalog.Value{Type: "boolean"}
)

var netFormat = &catalog.PropertyString{
	DefaultKey: "model",
	Keys: []catalog.PropertyKey{
		{Name: "model", Required: true, Value: catalog.Value{Type: "string", Enum: []string{"virtio", "e1000"}}},
		{Name: "bridge", Value: str},
		{Name: "firewall", Value: boolean},
		{Name: "tag", Value: integer},
	},
}

func pathParam(name string, v catalog.Value) catalog.Param {
	return catalog.Param{Name: name, Location: catalog.InPath, Required: true, MaxIndex: -1, Value: v}
}

func bodyParam(name string, v catalog.Value) catalog.Param {
	return catalog.Param{Name: name, Location: catalog.InBody, MaxIndex: -1, Value: v}
}

var opConfig = &catalog.Operation{
	Name: "pve_put_nodes_qemu_config", Product: catalog.PVE, Method: "PUT",
	Path: "/nodes/{node}/qemu/{vmid}/config",
	Params: []catalog.Param{
		bodyParam("cores", integer),
		{Name: "net", Location: catalog.InBody, Indexed: true, MaxIndex: 31, Value: catalog.Value{Type: "string", Property: netFormat}},
		pathParam("node", str),
		bodyParam("onboot", boolean),
		pathParam("vmid", integer),
	},
	Permissions: catalog.Permissions{Text: "VM.Config.* on /vms/{vmid}"},
	Flags:       catalog.Flags{TokenAllowed: true},
}

// opStatus is a GET with path parameters.
var opStatus = &catalog.Operation{
	Name: "pve_get_nodes_qemu_status_current", Product: catalog.PVE, Method: "GET",
	Path:        "/nodes/{node}/qemu/{vmid}/status/current",
	Params:      []catalog.Param{pathParam("node", str), pathParam("vmid", integer)},
	Permissions: catalog.Permissions{Text: "VM.Audit on /vms/{vmid}"},
	Flags:       catalog.Flags{TokenAllowed: true},
}

// opStart is a POST.
var opStart = &catalog.Operation{
	Name: "pve_post_nodes_qemu_status_start", Product: catalog.PVE, Method: "POST",
	Path:        "/nodes/{node}/qemu/{vmid}/status/start",
	Params:      []catalog.Param{pathParam("node", str), bodyParam("skiplock", boolean), pathParam("vmid", integer)},
	Permissions: catalog.Permissions{Text: "VM.PowerMgmt on /vms/{vmid}"},
	Flags:       catalog.Flags{TokenAllowed: true},
	StartsTask:  true,
}

// opDestroy is a DELETE with a query parameter.
var opDestroy = &catalog.Operation{
	Name: "pve_delete_nodes_qemu", Product: catalog.PVE, Method: "DELETE",
	Path: "/nodes/{node}/qemu/{vmid}",
	Params: []catalog.Param{
		pathParam("node", str),
		{Name: "purge", Location: catalog.InQuery, MaxIndex: -1, Value: boolean},
		pathParam("vmid", integer),
	},
	Flags: catalog.Flags{TokenAllowed: true},
}

// opPassword is PUT /access/password, allowtoken 0.
var opPassword = &catalog.Operation{
	Name: "pve_put_access_password", Product: catalog.PVE, Method: "PUT", Path: "/access/password",
	Params: []catalog.Param{
		{Name: "password", Location: catalog.InBody, Required: true, MaxIndex: -1, Secret: true, Value: catalog.Value{Type: "string", MinLength: 5}},
		{Name: "userid", Location: catalog.InBody, Required: true, MaxIndex: -1, Value: str},
	},
	Flags: catalog.Flags{TokenAllowed: false},
}

// opDownload is a PBS DOWNLOAD endpoint.
var opDownload = &catalog.Operation{
	Name: "pbs_get_admin_datastore_download", Product: catalog.PBS, Method: "GET",
	Path:     "/admin/datastore/{store}/download",
	Params:   []catalog.Param{pathParam("store", str)},
	Flags:    catalog.Flags{TokenAllowed: true, Download: true},
	Transfer: catalog.FileDownload,
}

// prepared is the request the MCP server would hand the client.
func prepared(t *testing.T, op *catalog.Operation, args map[string]any) *wire.Request {
	t.Helper()
	req, err := wire.Prepare(op, args)
	if err != nil {
		t.Fatalf("Prepare(%s): %v", op.Name, err)
	}
	return req
}

func mustContain(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%q\n does not contain %q", got, w)
		}
	}
}
