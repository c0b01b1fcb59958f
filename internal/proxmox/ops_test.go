package proxmox

import (
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Hand-made operations shaped like the generator's output: Params plus an
// InputSchema in the documented form (property strings as string-or-object,
// indexed parameters as an index-keyed object and as patternProperties).

const netItemSchema = `{"anyOf":[{"type":"string"},{"type":"object","additionalProperties":false,"required":["model"],
 "properties":{"model":{"type":"string","enum":["virtio","e1000"]},"bridge":{"type":"string"},
 "firewall":{"type":"boolean"},"tag":{"type":"integer"},
 "trunks":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"integer"}}]}}}]}`

var netFormat = &catalog.PropertyString{
	DefaultKey: "model",
	Keys: []catalog.PropertyKey{
		{Name: "model", Type: "string", Required: true},
		{Name: "bridge", Type: "string"},
		{Name: "firewall", Type: "boolean"},
		{Name: "tag", Type: "integer"},
		{Name: "trunks", Type: "string", Nested: &catalog.PropertyString{List: true, ItemType: "integer"}},
	},
}

var opConfig = &catalog.Operation{
	Name: "pve_put_nodes_qemu_config", Product: catalog.PVE, Method: "PUT",
	Path: "/nodes/{node}/qemu/{vmid}/config",
	Params: []catalog.Param{
		{Name: "cores", Location: catalog.InBody, Type: "integer", MaxIndex: -1},
		{Name: "cpuunits", Location: catalog.InBody, Type: "number", MaxIndex: -1},
		{Name: "groups", Location: catalog.InBody, Type: "string", MaxIndex: -1, PropertyString: &catalog.PropertyString{List: true, ItemType: "string"}},
		{Name: "net", Location: catalog.InBody, Type: "string", Indexed: true, MaxIndex: 31, PropertyString: netFormat},
		{Name: "node", Location: catalog.InPath, Type: "string", Required: true, MaxIndex: -1},
		{Name: "onboot", Location: catalog.InBody, Type: "boolean", MaxIndex: -1},
		{Name: "vmid", Location: catalog.InPath, Type: "integer", Required: true, MaxIndex: -1},
		{Name: "vms", Location: catalog.InBody, Type: "array", ItemType: "integer", MaxIndex: -1},
	},
	InputSchema: `{"type":"object","additionalProperties":false,"required":["node","vmid"],
 "properties":{"cores":{"type":"integer"},"cpuunits":{"type":"number"},
  "groups":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},
  "net":{"type":"object","propertyNames":{"pattern":"^[0-9]{1,3}$"},"additionalProperties":` + netItemSchema + `},
  "node":{"type":"string"},"onboot":{"type":"boolean"},"vmid":{"type":"integer"},
  "vms":{"type":"array","items":{"type":"integer"}}},
 "patternProperties":{"^net[0-9]+$":` + netItemSchema + `}}`,
	Permissions: catalog.Permissions{Text: "VM.Config.* on /vms/{vmid}"},
	Flags:       catalog.Flags{TokenAllowed: true},
}

// opStatus is a GET with path parameters.
var opStatus = &catalog.Operation{
	Name: "pve_get_nodes_qemu_status_current", Product: catalog.PVE, Method: "GET",
	Path: "/nodes/{node}/qemu/{vmid}/status/current",
	Params: []catalog.Param{
		{Name: "node", Location: catalog.InPath, Type: "string", Required: true, MaxIndex: -1},
		{Name: "vmid", Location: catalog.InPath, Type: "integer", Required: true, MaxIndex: -1},
	},
	InputSchema: `{"type":"object","additionalProperties":false,"required":["node","vmid"],
 "properties":{"node":{"type":"string"},"vmid":{"type":"integer"}}}`,
	Permissions: catalog.Permissions{Text: "VM.Audit on /vms/{vmid}"},
	Flags:       catalog.Flags{TokenAllowed: true},
}

// opStart is a POST.
var opStart = &catalog.Operation{
	Name: "pve_post_nodes_qemu_status_start", Product: catalog.PVE, Method: "POST",
	Path: "/nodes/{node}/qemu/{vmid}/status/start",
	Params: []catalog.Param{
		{Name: "node", Location: catalog.InPath, Type: "string", Required: true, MaxIndex: -1},
		{Name: "skiplock", Location: catalog.InBody, Type: "boolean", MaxIndex: -1},
		{Name: "vmid", Location: catalog.InPath, Type: "integer", Required: true, MaxIndex: -1},
	},
	InputSchema: `{"type":"object","additionalProperties":false,"required":["node","vmid"],
 "properties":{"node":{"type":"string"},"skiplock":{"type":"boolean"},"vmid":{"type":"integer"}}}`,
	Permissions: catalog.Permissions{Text: "VM.PowerMgmt on /vms/{vmid}"},
	Flags:       catalog.Flags{TokenAllowed: true},
}

// opDestroy is a DELETE with a query parameter.
var opDestroy = &catalog.Operation{
	Name: "pve_delete_nodes_qemu", Product: catalog.PVE, Method: "DELETE",
	Path: "/nodes/{node}/qemu/{vmid}",
	Params: []catalog.Param{
		{Name: "node", Location: catalog.InPath, Type: "string", Required: true, MaxIndex: -1},
		{Name: "purge", Location: catalog.InQuery, Type: "boolean", MaxIndex: -1},
		{Name: "vmid", Location: catalog.InPath, Type: "integer", Required: true, MaxIndex: -1},
	},
	InputSchema: `{"type":"object","additionalProperties":false,"required":["node","vmid"],
 "properties":{"node":{"type":"string"},"purge":{"type":"boolean"},"vmid":{"type":"integer"}}}`,
	Flags: catalog.Flags{TokenAllowed: true},
}

// opUser has a string path parameter that holds @ and may hold anything.
var opUser = &catalog.Operation{
	Name: "pve_get_access_users", Product: catalog.PVE, Method: "GET", Path: "/access/users/{userid}",
	Params:      []catalog.Param{{Name: "userid", Location: catalog.InPath, Type: "string", Required: true, MaxIndex: -1}},
	InputSchema: `{"type":"object","additionalProperties":false,"required":["userid"],"properties":{"userid":{"type":"string"}}}`,
	Flags:       catalog.Flags{TokenAllowed: true},
}

// opPassword is PUT /access/password, allowtoken 0.
var opPassword = &catalog.Operation{
	Name: "pve_put_access_password", Product: catalog.PVE, Method: "PUT", Path: "/access/password",
	Params: []catalog.Param{
		{Name: "password", Location: catalog.InBody, Type: "string", Required: true, MaxIndex: -1},
		{Name: "userid", Location: catalog.InBody, Type: "string", Required: true, MaxIndex: -1},
	},
	InputSchema: `{"type":"object","additionalProperties":false,"required":["password","userid"],
 "properties":{"password":{"type":"string","minLength":5},"userid":{"type":"string"}}}`,
	Flags: catalog.Flags{TokenAllowed: false},
}

// opDownload is a PBS DOWNLOAD endpoint.
var opDownload = &catalog.Operation{
	Name: "pbs_get_admin_datastore_download", Product: catalog.PBS, Method: "GET",
	Path:        "/admin/datastore/{store}/download",
	Params:      []catalog.Param{{Name: "store", Location: catalog.InPath, Type: "string", Required: true, MaxIndex: -1}},
	InputSchema: `{"type":"object","additionalProperties":false,"required":["store"],"properties":{"store":{"type":"string"}}}`,
	Flags:       catalog.Flags{TokenAllowed: true, Download: true},
}

func mustContain(t *testing.T, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%q\n does not contain %q", got, w)
		}
	}
}
