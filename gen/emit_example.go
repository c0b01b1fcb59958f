package main

import (
	"slices"

	"github.com/dave/jennifer/jen"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

const simPkg = "github.com/proxmox-mcp/proxmox-mcp/internal/sim"

// example is one product's runnable example: the operations it calls
// (it is emitted only when the catalog has them all), its body after the
// client is made, and the output it prints against the seeded simulator.
type example struct {
	needs  []string
	body   func(pkg string) []jen.Code
	output []string
}

var examples = map[catalog.Product]example{
	catalog.PVE: {
		needs:  []string{"pve_get_nodes_qemu", "pve_get_nodes_qemu_status_current", "pve_post_nodes_qemu_status_stop", "pve_get_nodes_tasks_status"},
		body:   pveExampleBody,
		output: []string{"100 web-01 running", "101 db-01 running", "stopping db-01: OK", "db-01 is stopped"},
	},
	catalog.PBS: {
		needs:  []string{"pbs_get_admin_datastore", "pbs_post_admin_datastore_gc", "pbs_get_nodes_tasks_status"},
		body:   pbsExampleBody,
		output: []string{"datastore store1", "datastore archive", "garbage collection of store1: OK"},
	},
}

// exampleFile emits example_gen_test.go: Example, which serves the
// simulator on loopback with TLS (as a node has it out of the box) and
// uses the client as a program would, with the simulator's token and
// certificate fingerprint. nil when the catalog lacks what it calls.
func exampleFile(m *model) *jen.File {
	ex, ok := examples[m.product]
	if !ok {
		return nil
	}
	for _, name := range ex.needs {
		if !slices.ContainsFunc(m.ops, func(om *opModel) bool { return om.name == name }) {
			return nil
		}
	}
	pkg := string(m.product)
	f := jen.NewFile(pkg + "_test")
	f.HeaderComment(headerText(m))
	f.ImportName(catalogPkg, "catalog")
	f.ImportName(simPkg, "sim")
	f.Comment(lineComment("Example runs against the simulator (what `proxmox-mcp sim` serves) on a loopback port: " +
		"simulator stands for a real " + m.product.Title() + " and returns its URL, an API token and the certificate's fingerprint."))
	body := []jen.Code{
		jen.List(jen.Id("url"), jen.Id("token"), jen.Id("fingerprint"), jen.Id("stop")).Op(":=").Id("simulator").Call(),
		jen.Defer().Id("stop").Call(),
		jen.Line(),
		jen.Id("ctx").Op(":=").Qual("context", "Background").Call(),
		jen.List(jen.Id("c"), jen.Err()).Op(":=").Qual(modulePath+"/generated/"+pkg, "New").Call(jen.Id("url"),
			jen.Qual(modulePath+"/generated/"+pkg, "WithAPIToken").Call(jen.Id("token")),
			jen.Qual(modulePath+"/generated/"+pkg, "WithFingerprint").Call(jen.Id("fingerprint"))),
		fatalOnError(),
	}
	body = append(body, ex.body(modulePath+"/generated/"+pkg)...)
	body = append(body, jen.Comment(outputComment(ex.output)))
	f.Func().Id("Example").Params().Block(body...)
	simulatorFunc(f, m.product)
	return f
}

const modulePath = "github.com/proxmox-mcp/proxmox-mcp"

// fatalOnError is "if err != nil { log.Fatal(err) }".
func fatalOnError() jen.Code {
	return jen.If(jen.Err().Op("!=").Nil()).Block(jen.Qual("log", "Fatal").Call(jen.Err()))
}

func outputComment(lines []string) string {
	out := "// Output:"
	for _, l := range lines {
		out += "\n// " + l
	}
	return out
}

// pveExampleBody lists the VMs of pve1, stops one and waits for the task,
// then reads its status.
func pveExampleBody(pkg string) []jen.Code {
	vms := jen.Id("vms")
	statusOf := func(vmid int) jen.Code {
		return jen.Qual(pkg, "GetNodesQemuStatusCurrentParams").Values(jen.Dict{jen.Id("Node"): jen.Lit("pve1"), jen.Id("VMID"): jen.Lit(vmid)})
	}
	return []jen.Code{
		jen.Line(),
		jen.List(vms, jen.Err()).Op(":=").Id("c").Dot("GetNodesQemu").Call(jen.Id("ctx"),
			jen.Qual(pkg, "GetNodesQemuParams").Values(jen.Dict{jen.Id("Node"): jen.Lit("pve1")})),
		fatalOnError(),
		jen.Qual("sort", "Slice").Call(vms, jen.Func().Params(jen.List(jen.Id("i"), jen.Id("j")).Int()).Bool().Block(
			jen.Return(jen.Id("vms").Index(jen.Id("i")).Dot("VMID").Op("<").Id("vms").Index(jen.Id("j")).Dot("VMID")))),
		jen.For(jen.List(jen.Id("_"), jen.Id("vm")).Op(":=").Range().Add(vms)).Block(
			jen.Qual("fmt", "Println").Call(jen.Id("vm").Dot("VMID"), jen.Id("vm").Dot("Name"), jen.Id("vm").Dot("Status"))),
		jen.Line(),
		jen.List(jen.Id("task"), jen.Err()).Op(":=").Id("c").Dot("PostNodesQemuStatusStop").Call(jen.Id("ctx"),
			jen.Qual(pkg, "PostNodesQemuStatusStopParams").Values(jen.Dict{jen.Id("Node"): jen.Lit("pve1"), jen.Id("VMID"): jen.Lit(101)})),
		fatalOnError(),
		jen.List(jen.Id("done"), jen.Err()).Op(":=").Id("task").Dot("Wait").Call(jen.Id("ctx")),
		fatalOnError(),
		jen.Qual("fmt", "Println").Call(jen.Lit("stopping db-01:"), jen.Id("done").Dot("ExitStatus")),
		jen.Line(),
		jen.List(jen.Id("st"), jen.Err()).Op(":=").Id("c").Dot("GetNodesQemuStatusCurrent").Call(jen.Id("ctx"), statusOf(101)),
		fatalOnError(),
		jen.Qual("fmt", "Println").Call(jen.Id("st").Dot("Name"), jen.Lit("is"), jen.Id("st").Dot("Status")),
	}
}

// pbsExampleBody lists the datastores and runs garbage collection on the
// first, waiting for the task.
func pbsExampleBody(pkg string) []jen.Code {
	return []jen.Code{
		jen.Line(),
		jen.List(jen.Id("stores"), jen.Err()).Op(":=").Id("c").Dot("GetAdminDatastore").Call(jen.Id("ctx")),
		fatalOnError(),
		jen.For(jen.List(jen.Id("_"), jen.Id("ds")).Op(":=").Range().Id("stores")).Block(
			jen.Qual("fmt", "Println").Call(jen.Lit("datastore"), jen.Id("ds").Dot("Store"))),
		jen.Line(),
		jen.Id("store").Op(":=").String().Call(jen.Id("stores").Index(jen.Lit(0)).Dot("Store")),
		jen.List(jen.Id("task"), jen.Err()).Op(":=").Id("c").Dot("PostAdminDatastoreGC").Call(jen.Id("ctx"),
			jen.Qual(pkg, "PostAdminDatastoreGCParams").Values(jen.Dict{jen.Id("Store"): jen.Id("store")})),
		fatalOnError(),
		jen.List(jen.Id("done"), jen.Err()).Op(":=").Id("task").Dot("Wait").Call(jen.Id("ctx")),
		fatalOnError(),
		jen.Qual("fmt", "Println").Call(jen.Lit("garbage collection of ").Op("+").Id("store").Op("+").Lit(":"), jen.Id("done").Dot("ExitStatus")),
	}
}

// simulatorFunc emits
//
//	func simulator() (url, token, fingerprint string, stop func()) {
//		s := sim.New(sim.Options{TaskDuration: 300 * time.Millisecond})
//		ctx, cancel := context.WithCancel(context.Background())
//		srv, err := s.Serve(ctx, "127.0.0.1:0", "", true)
//		…
//		return srv.PVEURL, s.TokenID(catalog.PVE) + "=" + s.TokenSecret(catalog.PVE), srv.Fingerprint, func() { cancel(); srv.Wait() }
//	}
func simulatorFunc(f *jen.File, p catalog.Product) {
	addrs := []jen.Code{jen.Id("ctx"), jen.Lit("127.0.0.1:0"), jen.Lit(""), jen.True()}
	urlField, product, separator := "PVEURL", "PVE", "="
	if p == catalog.PBS {
		addrs[1], addrs[2] = jen.Lit(""), jen.Lit("127.0.0.1:0")
		urlField, product, separator = "PBSURL", "PBS", ":"
	}
	token := jen.Id("s").Dot("TokenID").Call(jen.Qual(catalogPkg, product)).Op("+").Lit(separator).Op("+").
		Id("s").Dot("TokenSecret").Call(jen.Qual(catalogPkg, product))
	f.Comment(lineComment("simulator serves a simulated " + p.Title() + " on a loopback port with a fresh self-signed certificate; " +
		"its tasks run for 300 ms. It returns the base URL, the API token with its secret and the certificate's fingerprint."))
	f.Func().Id("simulator").Params().Params(jen.List(jen.Id("url"), jen.Id("token"), jen.Id("fingerprint")).String(), jen.Id("stop").Func().Params()).Block(
		jen.Id("s").Op(":=").Qual(simPkg, "New").Call(jen.Qual(simPkg, "Options").Values(jen.Dict{
			jen.Id("TaskDuration"): jen.Lit(300).Op("*").Qual("time", "Millisecond")})),
		jen.List(jen.Id("ctx"), jen.Id("cancel")).Op(":=").Qual("context", "WithCancel").Call(jen.Qual("context", "Background").Call()),
		jen.List(jen.Id("srv"), jen.Err()).Op(":=").Id("s").Dot("Serve").Call(addrs...),
		fatalOnError(),
		jen.Return(jen.Id("srv").Dot(urlField), token, jen.Id("srv").Dot("Fingerprint"),
			jen.Func().Params().Block(jen.Id("cancel").Call(), jen.Id("srv").Dot("Wait").Call())),
	)
}
