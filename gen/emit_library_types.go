package main

import (
	"github.com/dave/jennifer/jen"
)

// errorsFile emits ArgumentError, Problem, APIError and TaskError, and
// wrapError, which converts the runtime's errors to them.
func errorsFile(m *model) *jen.File {
	f := newFile(m)
	argumentError(f)
	apiError(f)
	taskError(f)
	wrapErrorFunc(f)
	return f
}

// errorMethods emits Error (the runtime error's message) and, when
// unwrap, Unwrap (so errors.Is sees a cancelled context through it).
func errorMethods(f *jen.File, typ string, unwrap bool) {
	recv := jen.Id("e").Op("*").Id(typ)
	f.Func().Params(recv.Clone()).Id("Error").Params().String().Block(jen.Return(jen.Id("e").Dot("err").Dot("Error").Call()))
	if unwrap {
		f.Comment("Unwrap lets errors.Is recognise a cancelled or expired context.")
		f.Func().Params(recv).Id("Unwrap").Params().Error().Block(jen.Return(jen.Id("e").Dot("err")))
	}
}

func argumentError(f *jen.File) {
	f.Comment(lineComment("ArgumentError is returned when a call's arguments are refused before anything is sent " +
		"(a missing required parameter, a value the schema does not allow): nothing reached Proxmox."))
	f.Type().Id("ArgumentError").Struct(
		jen.Comment("Operation is the method and path, \"GET /nodes/{node}/qemu\"."),
		jen.Id("Operation").String(),
		jen.Id("Problems").Index().Id("Problem"),
		jen.Id("err").Error(),
	)
	errorMethods(f, "ArgumentError", false)
	f.Comment("Problem is one thing wrong with a call's arguments.")
	f.Type().Id("Problem").Struct(
		jen.Comment("Param is the parameter as its field's json tag names it (\"vmid\", \"net\"); empty for the call as a whole."),
		jen.Id("Param").String(),
		jen.Comment("Key is the property-string key the problem is about, if any."),
		jen.Id("Key").String(),
		jen.Comment("Message is the whole sentence, naming Param and Key."),
		jen.Id("Message").String(),
	)
}

func apiError(f *jen.File) {
	f.Comment(lineComment("APIError is returned when a call was sent and failed: Proxmox answered with an error status, " +
		"the answer was unusable, or none arrived (Status 0: no connection, a timeout, a certificate that did not verify)."))
	f.Type().Id("APIError").Struct(
		jen.Comment("Status is the HTTP status; 0 when no answer arrived."),
		jen.Id("Status").Int(),
		jen.Comment("Message is Proxmox's message, or what went wrong in transport."),
		jen.Id("Message").String(),
		jen.Comment("Errors are Proxmox's messages per parameter."),
		jen.Id("Errors").Map(jen.String()).String(),
		jen.Comment("Method and Path are the request's (the path with its values filled in)."),
		jen.List(jen.Id("Method"), jen.Id("Path")).String(),
		jen.Comment("Hint says what to do about it, when something is known."),
		jen.Id("Hint").String(),
		jen.Id("err").Error(),
	)
	errorMethods(f, "APIError", true)
}

func taskError(f *jen.File) {
	f.Comment("TaskError is returned by Task.Wait when the task stopped and failed.")
	f.Type().Id("TaskError").Struct(
		jen.Id("UPID").String(),
		jen.Comment("ExitStatus is Proxmox's error message for the task."),
		jen.Id("ExitStatus").String(),
	)
	f.Func().Params(jen.Id("e").Op("*").Id("TaskError")).Id("Error").Params().String().Block(
		jen.Return(jen.Lit("task ").Op("+").Id("e").Dot("UPID").Op("+").Lit(" failed: ").Op("+").Id("e").Dot("ExitStatus")))
}

// wrapErrorFunc emits
//
//	func wrapError(err error) error {
//		if op, problems, ok := typed.Refusal(err); ok {
//			e := &ArgumentError{Operation: op, err: err}
//			for _, p := range problems { e.Problems = append(e.Problems, Problem(p)) }
//			return e
//		}
//		if a, ok := typed.APIFailure(err); ok {
//			return &APIError{Status: a.Status, …, err: err}
//		}
//		return err
//	}
func wrapErrorFunc(f *jen.File) {
	apiFields := jen.Dict{jen.Id("err"): jen.Err()}
	for _, field := range []string{"Status", "Message", "Errors", "Method", "Path", "Hint"} {
		apiFields[jen.Id(field)] = jen.Id("a").Dot(field)
	}
	f.Func().Id("wrapError").Params(jen.Err().Error()).Error().Block(
		jen.If(jen.List(jen.Id("op"), jen.Id("problems"), jen.Id("ok")).Op(":=").Qual(typedPkg, "Refusal").Call(jen.Err()), jen.Id("ok")).Block(
			jen.Id("e").Op(":=").Op("&").Id("ArgumentError").Values(jen.Dict{jen.Id("Operation"): jen.Id("op"), jen.Id("err"): jen.Err()}),
			jen.For(jen.List(jen.Id("_"), jen.Id("p")).Op(":=").Range().Id("problems")).Block(
				jen.Id("e").Dot("Problems").Op("=").Append(jen.Id("e").Dot("Problems"), jen.Id("Problem").Call(jen.Id("p")))),
			jen.Return(jen.Id("e")),
		),
		jen.If(jen.List(jen.Id("a"), jen.Id("ok")).Op(":=").Qual(typedPkg, "APIFailure").Call(jen.Err()), jen.Id("ok")).Block(
			jen.Return(jen.Op("&").Id("APIError").Values(apiFields))),
		jen.Return(jen.Err()),
	)
}

// lenientValues are the result scalars: name, Go type, doc.
var lenientValues = []struct{ name, base, doc string }{
	{"Int", "int64", "Int is an integer in a result: Proxmox sends it as a JSON number or a numeric string, and Int reads both."},
	{"Number", "float64", "Number is a number in a result: Proxmox sends it as a JSON number or a numeric string, and Number reads both."},
	{"Bool", "bool", "Bool is a boolean in a result: Proxmox sends true/false, 0/1 or their string forms, and Bool reads them all."},
	{"String", "string", "String is a string in a result; a number or boolean where the schema promises a string is read as its JSON text."},
}

// valuesFile emits the lenient result scalars. Each is a type of this
// package (so the exported API names no internal type) whose decoding is
// internal/catalog's, the one implementation both products share:
//
//	type Int int64
//	func (v *Int) UnmarshalJSON(b []byte) error { return (*catalog.Int)(v).UnmarshalJSON(b) }
func valuesFile(m *model) *jen.File {
	f := newFile(m)
	for _, v := range lenientValues {
		f.Comment(lineComment(v.doc))
		f.Type().Id(v.name).Id(v.base)
		f.Comment("UnmarshalJSON reads every form Proxmox sends.")
		f.Func().Params(jen.Id("v").Op("*").Id(v.name)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
			jen.Return(jen.Parens(jen.Op("*").Qual(catalogPkg, v.name)).Call(jen.Id("v")).Dot("UnmarshalJSON").Call(jen.Id("b"))))
	}
	return f
}
