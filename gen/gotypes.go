package main

import (
	"maps"
	"slices"

	"github.com/dave/jennifer/jen"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// isScalar reports whether a parameter is a single string, number or
// boolean (property strings included: the typed client sends them raw).
func isScalar(s *schema.Schema) bool {
	switch s.Type {
	case "string", "integer", "number", "boolean":
		return true
	}
	return false
}

// paramGoType maps a parameter schema to the Go type of its params field.
// Property strings are written in Proxmox's own syntax
// ("virtio,bridge=vmbr0"); indexed parameters are maps from index to value.
func paramGoType(p *schema.Parameter) jen.Code {
	elem := scalarParamType(p.Schema)
	if _, indexed := schema.IndexedBase(p.Name); indexed {
		return jen.Map(jen.Int()).Add(elem)
	}
	return elem
}

func scalarParamType(s *schema.Schema) jen.Code {
	switch s.Type {
	case "string":
		return jen.String()
	case "integer":
		return jen.Int64()
	case "number":
		return jen.Float64()
	case "boolean":
		return jen.Bool()
	case "array":
		items := firstItems(s)
		if items == nil {
			return jen.Index().String()
		}
		return jen.Index().Add(scalarParamType(items))
	case "object":
		return jen.Map(jen.String()).Any()
	}
	return jen.Any()
}

// resultGoType maps a returns schema to the method's result type, emitting
// named struct types for objects with properties. It returns nil for
// operations that return nothing.
func resultGoType(f *jen.File, s *schema.Schema, name string, types *scope) jen.Code {
	if s == nil || s.Type == "null" {
		return nil
	}
	switch s.Type {
	case "object":
		if len(s.Properties) == 0 {
			return jen.Map(jen.String()).Any()
		}
		return jen.Op("*").Id(emitStruct(f, s, types.unique(name, name), types))
	case "array":
		return jen.Index().Add(fieldType(f, s.Items, trimResult(name)+"Item", types))
	case "string", "integer", "number", "boolean":
		return lenientScalar(s.Type)
	}
	return jen.Qual("encoding/json", "RawMessage")
}

func trimResult(name string) string {
	const suffix = "Result"
	if len(name) > len(suffix) && name[len(name)-len(suffix):] == suffix {
		return name[:len(name)-len(suffix)]
	}
	return name
}

// lenientScalar is the package's own type that decodes Proxmox's loosely
// typed JSON (numbers as strings, booleans as 0/1); see valuesFile.
func lenientScalar(t string) jen.Code {
	switch t {
	case "integer":
		return jen.Id("Int")
	case "number":
		return jen.Id("Number")
	case "boolean":
		return jen.Id("Bool")
	}
	return jen.Id("String")
}

// fieldType is the Go type of a result member or array element.
func fieldType(f *jen.File, s *schema.Schema, name string, types *scope) jen.Code {
	if s == nil {
		return jen.Qual("encoding/json", "RawMessage")
	}
	switch s.Type {
	case "string", "integer", "number", "boolean":
		return lenientScalar(s.Type)
	case "array":
		return jen.Index().Add(fieldType(f, s.Items, name+"Item", types))
	case "object":
		if len(s.Properties) == 0 {
			return jen.Map(jen.String()).Any()
		}
		return jen.Op("*").Id(emitStruct(f, s, types.unique(name, name), types))
	}
	return jen.Qual("encoding/json", "RawMessage")
}

// emitStruct writes a result struct with one field per property. Indexed
// properties (net[n]) have no fixed name and stay out of the struct.
func emitStruct(f *jen.File, s *schema.Schema, id string, types *scope) string {
	fields := newScope()
	var decl []jen.Code
	for _, name := range slices.Sorted(maps.Keys(s.Properties)) {
		if _, indexed := schema.IndexedBase(name); indexed {
			continue
		}
		p := s.Properties[name]
		field := fields.ident(name)
		if d := Summary(p.Description); d != "" {
			decl = append(decl, jen.Comment(lineComment(field+": "+d)))
		}
		tag := name
		if p.Optional {
			tag += ",omitempty"
		}
		decl = append(decl, jen.Id(field).Add(fieldType(f, p, id+field, types)).Tag(map[string]string{"json": tag}))
	}
	f.Type().Id(id).Struct(decl...)
	return id
}

// firstItems is the items schema of an array, looking into oneOf branches.
func firstItems(s *schema.Schema) *schema.Schema {
	if s.Items != nil {
		return s.Items
	}
	for _, b := range append(append([]*schema.Schema{}, s.OneOf...), s.AnyOf...) {
		if b.Items != nil {
			return b.Items
		}
	}
	return nil
}
