// Package schema parses Proxmox apidoc.js dumps (PVE and PBS dialects, or a
// bare extracted JSON array) into an intermediate representation, and
// normalises parameter schemas to JSON Schema (draft 2020-12).
//
// The pipeline is parse (this package) → IR (the types in this file) → emit
// (package gen). Nothing here knows about Go code or tool names.
package schema

// Product is "pve" or "pbs".
type Product string

// The products whose dumps this package reads.
const (
	PVE Product = "pve"
	PBS Product = "pbs"
)

// API is one parsed dump.
type API struct {
	Product Product
	Release string // release label, e.g. "9.1"
	SHA256  string // hex sha256 of the dump's bytes
	// Operations in tree order (depth first, methods sorted per path).
	Operations []*Operation
	// Warnings are things the parser tolerated: unknown keys, composition
	// keywords, malformed values. Sorted, deterministic.
	Warnings []string
}

// Location is where a parameter travels: path, query or body.
type Location string

// Parameter locations.
const (
	InPath  Location = "path"
	InQuery Location = "query"
	InBody  Location = "body"
)

// Operation is one (HTTP method, path) pair.
type Operation struct {
	Product Product
	// Method is the HTTP verb; for PBS DOWNLOAD/UPLOAD endpoints it is the
	// info key (GET/POST) and Download/Upload is set.
	Method      string
	Path        string
	PathParams  []string // in path order
	Params      []*Parameter
	Description string
	// ParamsAdditional reports whether the endpoint accepts parameters beyond
	// those listed (additionalProperties: 1).
	ParamsAdditional bool
	Returns          *Schema
	Permissions      Permissions
	Flags            Flags
	// PerlName is PVE's handler name ("vmlist"); empty for PBS.
	PerlName string
}

// Parameter is one named input parameter.
type Parameter struct {
	Name     string // as in the schema, including "[n]" for indexed ones
	Location Location
	Schema   *Schema
}

// Flags are the endpoint-level flags of both dialects.
type Flags struct {
	Protected          bool
	AllowToken         bool // PVE allowtoken (PBS: always true)
	ExposeCredentials  bool
	DownloadAllowed    bool
	Download           bool // PBS "method": "DOWNLOAD"
	Upload             bool // PBS "method": "UPLOAD"
	Unstable           bool
	ProxyTo            string
	UnknownEndpointKey []string
}

// Permissions as published, with a normalised check tree.
type Permissions struct {
	Description string
	User        string
	Check       *Check
}

// Check is one node of a permission check expression, normalised over the
// PVE array form (["perm", "/vms/{vmid}", ["VM.Audit"], "any", 1]) and the
// PBS object form ({"check": {"path": [...], "privs": [...]}}).
type Check struct {
	Kind    string // perm, and, or, userid-param, userid-group, perm-modify, user-param
	Path    string
	Privs   []string
	Any     bool
	Partial bool
	Param   string
	Of      []Check
}

// Schema is a Proxmox schema node as published, every recognised key kept.
type Schema struct {
	Type               string
	Description        string
	VerboseDescription string
	Title              string
	TypeText           string
	FormatDescription  string

	Optional   bool
	Default    any // string, float64 or bool as decoded from JSON
	HasDefault bool
	Enum       []any

	Minimum, Maximum     *float64
	MinLength, MaxLength *int
	Pattern              string

	// FormatName is a named format ("pve-node"); FormatKeys a property
	// string's keys (PVE format object, or PBS format {type: object}); FormatList
	// the element schema of a list format (PBS format {type: array}).
	FormatName string
	FormatKeys map[string]*Schema
	FormatList *Schema

	Items                *Schema
	Properties           map[string]*Schema
	AdditionalProperties bool

	Requires   string
	Alias      string
	KeyAlias   string
	DefaultKey bool // this key may be written without "key=" (PVE form)
	// DefaultKeyName names the default key of a PBS property-string object.
	DefaultKeyName string
	InstanceTypes  []string
	TypeProperty   string
	// Renderer is how Proxmox's own clients show a returned value: "bytes",
	// "duration", "timestamp", "timestamp_gmt", "fraction_as_percentage"
	// or "yaml" (PVE only; pve-common PVE/CLIFormatter.pm registers them).
	Renderer string

	OneOf, AnyOf, AllOf []*Schema
}
