package wire

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// Normalize converts an argument value to the JSON data model: nil, bool,
// string, int64, float64, json.Number, []any or map[string]any.
//
// Arguments come from JSON decoding (float64, []any, map[string]any) or from
// the generated typed clients (int, int64, []string, []int64, named types
// such as catalog.Int). The schema library and the wire encoder only handle
// the JSON data model, so everything is brought to it here, once.
func Normalize(v any) (any, error) {
	switch x := v.(type) {
	case nil, bool, string, int64, json.Number:
		return x, nil
	case float64:
		return finite(x)
	case json.RawMessage:
		return decodeRaw(x)
	case []any:
		return normalizeSlice(reflect.ValueOf(x))
	case map[string]any:
		return normalizeMap(reflect.ValueOf(x))
	}
	return normalizeReflect(reflect.ValueOf(v))
}

func finite(f float64) (any, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, fmt.Errorf("must be a finite number, got %v", f)
	}
	return f, nil
}

func decodeRaw(raw json.RawMessage) (any, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, fmt.Errorf("is not valid JSON: %v", err)
	}
	return Normalize(v)
}

func normalizeReflect(rv reflect.Value) (any, error) {
	switch rv.Kind() {
	case reflect.Bool:
		return rv.Bool(), nil
	case reflect.String:
		return rv.String(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int(), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return normalizeUint(rv.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return finite(rv.Float())
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return nil, nil
		}
		return normalizeSlice(rv)
	case reflect.Map:
		return normalizeMap(rv)
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil, nil
		}
		return Normalize(rv.Elem().Interface())
	}
	return nil, fmt.Errorf("has unsupported Go type %s", rv.Type())
}

// normalizeUint keeps values above MaxInt64 exact as a json.Number.
func normalizeUint(u uint64) any {
	if u > math.MaxInt64 {
		return json.Number(strconv.FormatUint(u, 10))
	}
	return int64(u)
}

func normalizeSlice(rv reflect.Value) (any, error) {
	out := make([]any, rv.Len())
	for i := range out {
		v, err := Normalize(rv.Index(i).Interface())
		if err != nil {
			return nil, fmt.Errorf("element %d %w", i, err)
		}
		out[i] = v
	}
	return out, nil
}

func normalizeMap(rv reflect.Value) (any, error) {
	if rv.Type().Key().Kind() != reflect.String {
		return nil, fmt.Errorf("is a map with non-string keys (%s)", rv.Type())
	}
	if rv.IsNil() {
		return nil, nil
	}
	out := make(map[string]any, rv.Len())
	iter := rv.MapRange()
	for iter.Next() {
		k := iter.Key().String()
		v, err := Normalize(iter.Value().Interface())
		if err != nil {
			return nil, fmt.Errorf("key %q %w", k, err)
		}
		out[k] = v
	}
	return out, nil
}

// normalizeArgs normalises every argument; a value that cannot be
// expressed in JSON is a problem naming the argument.
func normalizeArgs(args map[string]any) (map[string]any, []Problem) {
	out := make(map[string]any, len(args))
	var problems []Problem
	for k, v := range args {
		n, err := Normalize(v)
		if err != nil {
			problems = append(problems, Problem{Param: k, Detail: err.Error()})
			continue
		}
		out[k] = n
	}
	return out, problems
}
