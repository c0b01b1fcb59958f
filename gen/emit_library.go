package main

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// The generated packages are a Go library of their own: their exported API
// names no type of an internal package. The runtime that decides behaviour
// is internal/typed; the files emitted here give it the package's own
// names (Client, Option, Task, the error and value types) and register the
// unexported catalog with internal/catalog.

const typedPkg = "github.com/proxmox-mcp/proxmox-mcp/internal/typed"

// catalogVar is the package's unexported catalog.
const catalogVar = "apiCatalog"

// libraryNames are the identifiers the library files declare; types made
// for operations never take them.
var libraryNames = []string{
	"Client", "New", "Option", "Release", "Task", "TaskStatus", "TaskError",
	"ArgumentError", "Problem", "APIError", "Int", "Number", "Bool", "String",
	"WithToken", "WithAPIToken", "WithPassword", "WithFingerprint", "WithCAFile",
	"WithInsecureSkipVerify", "WithTimeout", "WithHTTPClient",
}

// libraryFiles are the package's hand-shaped files, by name.
func libraryFiles(m *model) map[string]*jen.File {
	files := map[string]*jen.File{
		"client" + generatedSuffix:  clientBase(m),
		"options" + generatedSuffix: optionsFile(m),
		"errors" + generatedSuffix:  errorsFile(m),
		"task" + generatedSuffix:    taskFile(m),
		"values" + generatedSuffix:  valuesFile(m),
	}
	if ex := exampleFile(m); ex != nil {
		files["example"+generatedTestSuffix] = ex
	}
	return files
}

// clientBase emits the package documentation and
//
//	type Client struct{ rt *typed.Client }
//	func New(baseURL string, opts ...Option) (*Client, error)
//	func (c *Client) BaseURL() string
//	const Release = "9.1"
//	func init() { catalog.Register(apiCatalog) }
//	func wrap[T any](out T, err error) (T, error)
func clientBase(m *model) *jen.File {
	f := newFile(m)
	f.PackageComment(packageDoc(m))
	pkg, title := string(m.product), m.product.Title()
	f.Commentf("Client calls %s operations, one method per operation. It is safe for concurrent use.", title)
	f.Type().Id("Client").Struct(jen.Id("rt").Op("*").Qual(typedPkg, "Client"))
	f.Comment(lineComment(fmt.Sprintf("New returns a client of the %s API at baseURL (https://host:%s; a bare host gets https:// and that port). "+
		"It needs credentials (WithToken, WithAPIToken or WithPassword) and sends nothing: the first call authenticates. "+
		"TLS is verified against the system roots unless an option says otherwise.", title, defaultPortOf(m.product))))
	f.Func().Id("New").Params(jen.Id("baseURL").String(), jen.Id("opts").Op("...").Id("Option")).
		Params(jen.Op("*").Id("Client"), jen.Error()).Block(
		jen.Var().Id("s").Qual(typedPkg, "Settings"),
		jen.For(jen.List(jen.Id("_"), jen.Id("o")).Op(":=").Range().Id("opts")).Block(
			jen.If(jen.Id("o").Dot("apply").Op("!=").Nil()).Block(jen.Id("o").Dot("apply").Call(jen.Op("&").Id("s"))),
		),
		jen.List(jen.Id("rt"), jen.Err()).Op(":=").Qual(typedPkg, "New").Call(jen.Id(catalogVar), jen.Id("baseURL"), jen.Id("s")),
		jen.If(jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Nil(), jen.Qual("fmt", "Errorf").Call(jen.Lit(pkg+".New: %w"), jen.Err())),
		),
		jen.Return(jen.Op("&").Id("Client").Values(jen.Dict{jen.Id("rt"): jen.Id("rt")}), jen.Nil()),
	)
	f.Comment("BaseURL is the endpoint the client calls: scheme, host and port, without /api2/json.")
	f.Func().Params(jen.Id("c").Op("*").Id("Client")).Id("BaseURL").Params().String().Block(
		jen.Return(jen.Id("c").Dot("rt").Dot("BaseURL").Call()))
	f.Commentf("Release is the %s release this package was generated from.", title)
	f.Const().Id("Release").Op("=").Lit(m.api.Release)
	f.Comment("The runtime finds the catalog through the registry (internal/apis).")
	f.Func().Id("init").Params().Block(jen.Qual(catalogPkg, "Register").Call(jen.Id(catalogVar)))
	f.Comment("wrap converts the runtime's errors to this package's error types.")
	f.Func().Id("wrap").Types(jen.Id("T").Any()).Params(jen.Id("out").Id("T"), jen.Err().Error()).
		Params(jen.Id("T"), jen.Error()).Block(jen.Return(jen.Id("out"), jen.Id("wrapError").Call(jen.Err())))
	return f
}

// packageDoc is the package comment: what the package is, a quick example,
// and where the errors, tasks and lenient values are described.
func packageDoc(m *model) string {
	pkg, title := string(m.product), m.product.Title()
	quick := quickStart[m.product]
	return godoc(
		fmt.Sprintf("Package %s is a typed Go client of the %s %s API, generated from the schema Proxmox publishes (apidoc.js): "+
			"one method per operation, named after its HTTP method and path (%s), "+
			"with a params struct and a typed result.", pkg, title, m.api.Release, namingExample[m.product]),
		"",
		strings.Join(quick, "\n"),
		"",
		"Every call is checked against the schema before anything is sent, as the proxmox-mcp server checks a tool call: "+
			"arguments it refuses come back as *ArgumentError and nothing reaches Proxmox. "+
			"A call that was sent and failed returns *APIError, with Proxmox's status, message and per-parameter errors.",
		"",
		"Methods of operations that start a task return a *Task; Task.Wait follows it until it stops and returns *TaskError when it failed.",
		"",
		"Results use Int, Number, Bool and String for scalars: Proxmox sends numbers as JSON numbers or strings and booleans as 0 and 1, "+
			"and these types read every form. Optional parameters are pointers (nil is not sent); "+
			"indexed parameters (net0, net1, …) are maps from index to value; property strings are written as Proxmox writes them (\"virtio,bridge=vmbr0\").",
	)
}

// namingExample shows how a method is named, per product.
var namingExample = map[catalog.Product]string{
	catalog.PVE: "GET /nodes/{node}/qemu is GetNodesQemu",
	catalog.PBS: "GET /admin/datastore/{store}/snapshots is GetAdminDatastoreSnapshots",
}

// quickStart is the package comment's example, per product.
var quickStart = map[catalog.Product][]string{
	catalog.PVE: {
		"\tc, err := pve.New(\"https://pve.example.com:8006\",",
		"\t\tpve.WithAPIToken(\"root@pam!automation=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"),",
		"\t\tpve.WithFingerprint(\"AB:CD:EF:…\")) // the node's certificate, as `pvenode cert info` shows it",
		"\tif err != nil {",
		"\t\treturn err",
		"\t}",
		"\tvms, err := c.GetNodesQemu(ctx, pve.GetNodesQemuParams{Node: \"pve1\"})",
		"\t…",
		"\ttask, err := c.PostNodesQemuStatusStart(ctx, pve.PostNodesQemuStatusStartParams{Node: \"pve1\", VMID: 100})",
		"\t…",
		"\tstatus, err := task.Wait(ctx) // *TaskError when the start failed",
	},
	catalog.PBS: {
		"\tc, err := pbs.New(\"https://pbs.example.com:8007\",",
		"\t\tpbs.WithAPIToken(\"root@pam!automation:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"),",
		"\t\tpbs.WithFingerprint(\"AB:CD:EF:…\")) // as `proxmox-backup-manager cert info` shows it",
		"\tif err != nil {",
		"\t\treturn err",
		"\t}",
		"\tstores, err := c.GetAdminDatastore(ctx)",
		"\t…",
		"\ttask, err := c.PostAdminDatastoreGC(ctx, pbs.PostAdminDatastoreGCParams{Store: \"store1\"})",
		"\t…",
		"\tstatus, err := task.Wait(ctx) // *TaskError when garbage collection failed",
	},
}

func defaultPortOf(p catalog.Product) string {
	if p == catalog.PBS {
		return "8007"
	}
	return "8006"
}

// godoc renders paragraphs as a "//" comment: prose folded at about 100
// columns, lines that start with a tab (code) kept as they are.
func godoc(paragraphs ...string) string {
	var out []string
	for _, p := range paragraphs {
		switch {
		case p == "":
			out = append(out, "//")
		case strings.HasPrefix(p, "\t"):
			for _, l := range strings.Split(p, "\n") {
				out = append(out, "//"+l)
			}
		default:
			out = append(out, lineComment(p))
		}
	}
	return strings.Join(out, "\n")
}
