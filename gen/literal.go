package main

import (
	"fmt"
	"reflect"

	"github.com/dave/jennifer/jen"
)

// literal writes a Go composite literal of a catalog value (structs,
// pointers to them, slices, strings, numbers, booleans), leaving out every
// field at its zero value so the generated catalog stays readable and
// small. Types from package catalog are qualified; an embedded struct is
// written under its type name, as Go requires.
func literal(v reflect.Value) jen.Code {
	switch v.Kind() {
	case reflect.Pointer:
		return jen.Op("&").Add(literal(v.Elem()))
	case reflect.Struct:
		return typeCode(v.Type()).Values(structFields(v))
	case reflect.Slice:
		items := make([]jen.Code, v.Len())
		for i := range items {
			items[i] = elementLiteral(v.Index(i))
		}
		return jen.Index().Add(typeCode(v.Type().Elem())).Values(items...)
	case reflect.String:
		return jen.Lit(v.String())
	case reflect.Bool:
		return jen.Lit(v.Bool())
	case reflect.Int, reflect.Int64:
		return jen.Lit(int(v.Int()))
	case reflect.Float64:
		return jen.Lit(v.Float())
	}
	panic(fmt.Sprintf("gen: literal of kind %s", v.Kind()))
}

// elementLiteral writes a slice element: a struct without its type name
// (the slice type already says it), anything else as literal.
func elementLiteral(v reflect.Value) jen.Code {
	if v.Kind() == reflect.Struct {
		return jen.Values(structFields(v))
	}
	return literal(v)
}

func structFields(v reflect.Value) jen.Dict {
	d := jen.Dict{}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := v.Field(i)
		if !t.Field(i).IsExported() || f.IsZero() {
			continue
		}
		d[jen.Id(t.Field(i).Name)] = literal(f)
	}
	return d
}

// typeCode names a type: qualified when it is declared in package catalog.
func typeCode(t reflect.Type) *jen.Statement {
	if t.Kind() == reflect.Pointer {
		return jen.Op("*").Add(typeCode(t.Elem()))
	}
	if t.PkgPath() != "" {
		return jen.Qual(t.PkgPath(), t.Name())
	}
	return jen.Id(t.String())
}
