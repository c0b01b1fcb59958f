package main

import (
	"reflect"

	"github.com/dave/jennifer/jen"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

const catalogPkg = "github.com/proxmox-mcp/proxmox-mcp/internal/catalog"

// catalogFile emits catalog_gen.go:
//
//	var apiCatalog = &catalog.Catalog{Release: …, Operations: []catalog.Operation{…}, Excluded: …}
func catalogFile(m *model) *jen.File {
	f := newFile(m)
	f.Comment("apiCatalog is every operation of " + m.product.Title() + " " + m.api.Release + ", sorted by tool name.")
	f.Var().Id(catalogVar).Op("=").Op("&").Qual(catalogPkg, "Catalog").Values(jen.Dict{
		jen.Id("Release"):    releaseValue(m),
		jen.Id("Operations"): jen.Index().Qual(catalogPkg, "Operation").Values(operationValues(m.ops)...),
		jen.Id("Excluded"):   jen.Index().Qual(catalogPkg, "Excluded").Values(excludedValues(m.excluded)...),
		jen.Id("Releases"):   releasesValue(m.since.releases),
	})
	return f
}

func releaseValue(m *model) jen.Code {
	return jen.Qual(catalogPkg, "Release").Values(jen.Dict{
		jen.Id("Product"): productConst(m.product),
		jen.Id("Version"): jen.Lit(m.api.Release),
		jen.Id("SHA256"):  jen.Lit(m.api.SHA256),
	})
}

func releasesValue(releases []string) jen.Code {
	out := make([]jen.Code, len(releases))
	for i, r := range releases {
		out[i] = jen.Lit(r)
	}
	return jen.Index().String().Values(out...)
}

func productConst(p catalog.Product) jen.Code {
	if p == catalog.PBS {
		return jen.Qual(catalogPkg, "PBS")
	}
	return jen.Qual(catalogPkg, "PVE")
}

func excludedValues(ops []*opModel) []jen.Code {
	out := make([]jen.Code, len(ops))
	for i, om := range ops {
		out[i] = jen.Line().Values(jen.Dict{
			jen.Id("Name"):   jen.Lit(om.op.Name),
			jen.Id("Method"): jen.Lit(om.op.Method),
			jen.Id("Path"):   jen.Lit(om.op.Path),
			jen.Id("Reason"): jen.Lit(om.excludeReason),
		})
	}
	return append(out, jen.Line())
}

func operationValues(ops []*opModel) []jen.Code {
	out := make([]jen.Code, len(ops))
	for i, om := range ops {
		out[i] = jen.Line().Comment(om.op.Method + " " + om.op.Path).Line().Values(operationDict(om.op))
	}
	return append(out, jen.Line())
}

func operationDict(op catalog.Operation) jen.Dict {
	d := jen.Dict{
		jen.Id("Name"):          jen.Lit(op.Name),
		jen.Id("Product"):       productConst(op.Product),
		jen.Id("Method"):        jen.Lit(op.Method),
		jen.Id("Path"):          jen.Lit(op.Path),
		jen.Id("Summary"):       jen.Lit(op.Summary),
		jen.Id("Description"):   jen.Lit(op.Description),
		jen.Id("InputSchema"):   jen.Lit(op.InputSchema),
		jen.Id("ToolSchema"):    jen.Lit(op.ToolSchema),
		jen.Id("ReturnsSchema"): jen.Lit(op.ReturnsSchema),
		jen.Id("Permissions"):   permissionsValue(op.Permissions),
		jen.Id("Flags"):         flagsValue(op.Flags),
	}
	if op.Since != "" {
		d[jen.Id("Since")] = jen.Lit(op.Since)
	}
	if op.ReturnsDescription != "" {
		d[jen.Id("ReturnsDescription")] = jen.Lit(op.ReturnsDescription)
	}
	if op.ReturnsType != "" {
		d[jen.Id("ReturnsType")] = jen.Lit(op.ReturnsType)
	}
	if len(op.Params) > 0 {
		d[jen.Id("Params")] = paramValues(op.Params)
	}
	if op.Transfer != catalog.JSON {
		d[jen.Id("Transfer")] = jen.Qual(catalogPkg, transferConst[op.Transfer])
	}
	setTrue(d, "StartsTask", op.StartsTask)
	setTrue(d, "ExtraParams", op.ExtraParams)
	addHuman(d, op.Human)
	if op.Guest != "" {
		d[jen.Id("Guest")] = jen.Qual(catalogPkg, guestConst[op.Guest])
	}
	setTrue(d, "StoreImplied", op.StoreImplied)
	return d
}

// paramValues writes the parameters with literal: only the fields that
// differ from the zero value (MaxIndex, whose "unknown" is -1, always).
func paramValues(params []catalog.Param) jen.Code {
	out := make([]jen.Code, len(params))
	for i := range params {
		out[i] = elementLiteral(reflect.ValueOf(params[i]))
	}
	return jen.Index().Qual(catalogPkg, "Param").Values(out...)
}

// transferConst names a transfer kind by its constant.
var transferConst = map[catalog.Transfer]string{
	catalog.FileDownload: "FileDownload", catalog.FileOnRequest: "FileOnRequest",
	catalog.RawUpload: "RawUpload", catalog.MultipartUpload: "MultipartUpload",
}

// guestConst names a guest kind by its constant.
var guestConst = map[catalog.GuestKind]string{catalog.QEMU: "QEMU", catalog.LXC: "LXC"}

func permissionsValue(p catalog.Permissions) jen.Code {
	d := jen.Dict{jen.Id("Text"): jen.Lit(p.Text)}
	if p.Description != "" {
		d[jen.Id("Description")] = jen.Lit(p.Description)
	}
	if p.User != "" {
		d[jen.Id("User")] = jen.Lit(p.User)
	}
	if p.Check != nil {
		d[jen.Id("Check")] = jen.Op("&").Add(checkValue(*p.Check))
	}
	return jen.Qual(catalogPkg, "Permissions").Values(d)
}

func checkValue(c catalog.Check) jen.Code {
	d := jen.Dict{jen.Id("Kind"): jen.Lit(c.Kind)}
	if c.Path != "" {
		d[jen.Id("Path")] = jen.Lit(c.Path)
	}
	if len(c.Privs) > 0 {
		privs := make([]jen.Code, len(c.Privs))
		for i, p := range c.Privs {
			privs[i] = jen.Lit(p)
		}
		d[jen.Id("Privs")] = jen.Index().String().Values(privs...)
	}
	setTrue(d, "Any", c.Any)
	setTrue(d, "Partial", c.Partial)
	if c.Param != "" {
		d[jen.Id("Param")] = jen.Lit(c.Param)
	}
	if len(c.Of) > 0 {
		of := make([]jen.Code, len(c.Of))
		for i, sub := range c.Of {
			of[i] = checkValue(sub)
		}
		d[jen.Id("Of")] = jen.Index().Qual(catalogPkg, "Check").Values(of...)
	}
	return jen.Qual(catalogPkg, "Check").Values(d)
}

func flagsValue(f catalog.Flags) jen.Code {
	d := jen.Dict{}
	setTrue(d, "Protected", f.Protected)
	setTrue(d, "TokenAllowed", f.TokenAllowed)
	setTrue(d, "ExposesCredentials", f.ExposesCredentials)
	setTrue(d, "DownloadAllowed", f.DownloadAllowed)
	setTrue(d, "Download", f.Download)
	setTrue(d, "Upload", f.Upload)
	setTrue(d, "Unstable", f.Unstable)
	if f.ProxyTo != "" {
		d[jen.Id("ProxyTo")] = jen.Lit(f.ProxyTo)
	}
	return jen.Qual(catalogPkg, "Flags").Values(d)
}

func setTrue(d jen.Dict, field string, v bool) {
	if v {
		d[jen.Id(field)] = jen.True()
	}
}
