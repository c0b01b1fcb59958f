// Package catalog defines the runtime description of Proxmox API operations.
//
// The generator (gen/) fills these types from the apidoc.js schema into
// generated/pve and generated/pbs; everything at run time — the HTTP client,
// the policy, the MCP server, the simulator — reads them from here and never
// from apidoc.js.
package catalog

import (
	"context"
	"encoding/json"
	"sync"
)

// Product is a Proxmox product whose API the catalog describes.
type Product string

// The two products the generator knows.
const (
	PVE Product = "pve"
	PBS Product = "pbs"
)

// Title is the product's human name.
func (p Product) Title() string {
	switch p {
	case PVE:
		return "Proxmox VE"
	case PBS:
		return "Proxmox Backup Server"
	}
	return string(p)
}

// Catalog is every operation of one product release.
type Catalog struct {
	Release    Release
	Operations []Operation
	// Excluded lists operations present in the schema that are not REST
	// operations (the PBS HTTP/2 protocol trees) with the reason.
	Excluded []Excluded
	// Releases are the pinned releases of the product the Since fields were
	// computed from, oldest first, the last being Release.Version. It is
	// Release.Version alone when the generator had no older dump: then
	// nothing is known to be newer than anything.
	Releases []string

	indexOnce sync.Once
	byName    map[string]*Operation
	views     sync.Map // release → *Catalog, built once by At
}

// Release identifies the apidoc.js dump a catalog was generated from.
type Release struct {
	Product Product
	Version string // release label from schema/manifest.json, e.g. "9.1"
	SHA256  string // of the apidoc.js file
}

// Excluded is an operation in the schema that the catalog leaves out.
type Excluded struct {
	Name   string // the tool name it would have
	Method string
	Path   string
	Reason string
}

// Lookup returns the operation with the given tool name, or nil.
func (c *Catalog) Lookup(name string) *Operation {
	c.indexOnce.Do(func() {
		c.byName = make(map[string]*Operation, len(c.Operations))
		for i := range c.Operations {
			c.byName[c.Operations[i].Name] = &c.Operations[i]
		}
	})
	return c.byName[name]
}

// Operation is one (HTTP method, path) pair of the Proxmox API.
type Operation struct {
	Name    string // tool name: pve_get_nodes_qemu_status_current
	Product Product
	Method  string // GET, POST, PUT, DELETE (the HTTP verb, also for DOWNLOAD/UPLOAD)
	Path    string // /nodes/{node}/qemu/{vmid}/status/current

	// Since is the first release of Catalog.Releases from which on every
	// pinned release has the operation ("9.1"); "" when the oldest one
	// already has it. See AvailableIn.
	Since string

	// Params in schema order of their names (sorted), path parameters included.
	Params []Param

	Summary     string // first sentence of Description
	Description string

	// InputSchema is the JSON Schema (draft 2020-12) of the tool arguments:
	// an object whose properties are the Params (indexed ones as objects
	// keyed by index, property strings as string-or-object).
	InputSchema string
	// ToolSchema is the compact form of InputSchema advertised in
	// tools/list: first-sentence descriptions, no very long patterns. Every
	// call is still validated against InputSchema.
	ToolSchema string
	// ReturnsSchema is the JSON Schema of the unwrapped "data" member.
	ReturnsSchema string
	// ReturnsDescription is Proxmox's description of what the call returns.
	ReturnsDescription string
	// ReturnsType is the published type of the data ("string", "object",
	// "array", "null", …; "" when unspecified).
	ReturnsType string

	Permissions Permissions
	Flags       Flags

	// Transfer says how the request and the answer travel.
	Transfer Transfer
	// StartsTask marks a write whose answer is the UPID of a task it
	// started, which a caller may wait for.
	StartsTask bool
	// ExtraParams: the operation accepts parameters beyond Params
	// (additionalProperties in the schema; PBS directory indexes).
	ExtraParams bool
	// Human says which numbers of the answer get human-readable
	// companions and whether it is a time series; nil when neither.
	Human *Human

	// Guest is set on the operations that act on one guest (paths under
	// /nodes/{node}/qemu/{vmid} and /nodes/{node}/lxc/{vmid}): the MCP
	// server finds the guest's node itself and takes its name for the
	// vmid, so ToolSchema lists node as optional. Params keep node
	// required: the typed clients have no resolver.
	Guest GuestKind
	// StoreImplied marks the PBS operations with a {store} path parameter
	// that the MCP server fills in when the backup server has exactly one
	// datastore (ToolSchema lists store as optional; Params do not).
	StoreImplied bool
}

// Transfer is how an operation's request and answer travel.
type Transfer uint8

// The transfer kinds.
const (
	// JSON: parameters in the query or a form, the answer JSON.
	JSON Transfer = iota
	// FileDownload: the answer is a file, not JSON.
	FileDownload
	// FileOnRequest: JSON unless the "download" parameter asks for the file
	// (task logs, the journal).
	FileOnRequest
	// RawUpload: parameters in the query string, the file as the request
	// body (PBS UPLOAD operations).
	RawUpload
	// MultipartUpload: a multipart form whose "filename" part is the file
	// (PVE storage upload).
	MultipartUpload
)

// Upload reports whether the request carries a file.
func (t Transfer) Upload() bool { return t == RawUpload || t == MultipartUpload }

// Location says where a parameter travels in the HTTP request.
type Location string

// Parameter locations. GET and DELETE send their non-path parameters in the
// query string, POST and PUT in an application/x-www-form-urlencoded body.
const (
	InPath  Location = "path"
	InQuery Location = "query"
	InBody  Location = "body"
)

// Param is one input parameter of an operation.
type Param struct {
	// Name is the argument name in tool calls and, unless Wire says
	// otherwise, on the wire. For an indexed parameter (net[n]) it is the
	// base name ("net"); the wire names are net0, net1, ….
	Name string
	// Wire is the wire name when it differs from Name: an indexed parameter
	// whose base is also a parameter of its own (qemu's numa and numa[n])
	// is the argument "numa_n" sent as numa0, numa1, ….
	Wire     string
	Location Location
	Required bool

	// Indexed marks name[n] parameters. MaxIndex is the highest index
	// Proxmox accepts (net 0–31), or -1 when nothing says.
	Indexed  bool
	MaxIndex int

	// Secret marks a credential (a password, a secret key): its value is
	// never repeated in errors, plans or the audit log.
	Secret bool
	// Requires names another parameter this one needs.
	Requires string
	// Since is the first release from which on the operation has this
	// parameter, when that is newer than the operation itself; "" when
	// the parameter is as old as the operation.
	Since string

	// Value is what the parameter accepts.
	Value
}

// WireName is the parameter's name in the HTTP request (for an indexed
// parameter, the base that the index is appended to).
func (p *Param) WireName() string {
	if p.Wire != "" {
		return p.Wire
	}
	return p.Name
}

// Param returns the named parameter, or nil.
func (op *Operation) Param(name string) *Param {
	for i := range op.Params {
		if op.Params[i].Name == name {
			return &op.Params[i]
		}
	}
	return nil
}

// Flags are the operation's schema flags.
type Flags struct {
	Protected          bool // PVE: runs in the privileged daemon
	TokenAllowed       bool // false for PVE allowtoken: 0 (needs a ticket)
	ExposesCredentials bool // PVE expose_credentials
	DownloadAllowed    bool // PVE download_allowed
	Download           bool // PBS method DOWNLOAD: the response is a file, not JSON
	Upload             bool // PBS method UPLOAD: the request body is a file
	Unstable           bool // PBS unstable
	ProxyTo            string
}

// Permissions is what Proxmox says an operation requires.
type Permissions struct {
	// Text is a one-line human summary ("VM.PowerMgmt on /vms/{vmid}").
	Text string
	// Description is Proxmox's free-text note, if any.
	Description string
	// User is "all" (any authenticated user) or "world" when set.
	User  string
	Check *Check
}

// Check is a structured permission check, normalised over both products.
type Check struct {
	// Kind is "perm", "and", "or", "userid-param", "userid-group",
	// "perm-modify" or "user-param".
	Kind    string
	Path    string   // ACL path for perm checks, e.g. /vms/{vmid}
	Privs   []string // privileges
	Any     bool     // any one privilege suffices (PVE "any")
	Partial bool     // PBS: a privilege on a sub-path suffices
	Param   string   // the parameter a userid/group check refers to
	Of      []Check  // operands of and / or
}

// Doer sends one operation to Proxmox. internal/proxmox implements it; the
// generated typed clients call it.
type Doer interface {
	Do(ctx context.Context, op *Operation, args map[string]any) (json.RawMessage, error)
}
