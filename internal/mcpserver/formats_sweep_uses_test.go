package mcpserver

import (
	"encoding/base64"
	"slices"
	"strconv"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/example"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// useKind is where a named format applies, as the sweep reports it.
type useKind int

const (
	plainUse   useKind = iota // a parameter of its own
	keyUse                    // a key of a plain parameter's property string
	indexedUse                // an indexed parameter (net1) or a key of its property string
	uploadUse                 // a parameter or key of an upload operation
	useKinds
)

var useKindNames = [useKinds]string{"plain", "property keys", "indexed", "upload"}

// formatUse is one place a named format applies: a parameter, or a key of
// a parameter's property string.
type formatUse struct {
	op    *catalog.Operation
	param *catalog.Param
	key   string // "" for the parameter itself
	value *catalog.Value
}

func formatUses() []formatUse {
	var out []formatUse
	for _, op := range apis.Operations() {
		for i := range op.Params {
			out = append(out, paramUses(op, &op.Params[i])...)
		}
	}
	return out
}

// paramUses are the parameter's own format and every key of its property
// string that has one (aliases are the same key under another name).
func paramUses(op *catalog.Operation, p *catalog.Param) []formatUse {
	var out []formatUse
	if _, ok := formats.Lookup(p.Format); ok {
		out = append(out, formatUse{op: op, param: p, value: &p.Value})
	}
	if p.Property == nil {
		return out
	}
	for j := range p.Property.Keys {
		k := &p.Property.Keys[j]
		if _, ok := formats.Lookup(k.Format); ok && k.Alias == "" {
			out = append(out, formatUse{op: op, param: p, key: k.Name, value: &k.Value})
		}
	}
	return out
}

func (use formatUse) kind() useKind {
	switch {
	case use.op.Transfer.Upload():
		return uploadUse
	case use.param.Indexed:
		return indexedUse
	case use.key != "":
		return keyUse
	}
	return plainUse
}

// argName is the argument the value is given as: the parameter's name, or
// for an indexed parameter one concrete wire name. The highest index
// Proxmox accepts is used, so that the sweep also shows the limit is not
// refused (index 0 where no limit is known).
func (use formatUse) argName() string {
	p := use.param
	if !p.Indexed {
		return p.Name
	}
	return p.WireName() + strconv.Itoa(max(p.MaxIndex, 0))
}

func (use formatUse) where() string {
	if use.key != "" {
		return use.argName() + "." + use.key
	}
	return use.argName()
}

// sweepFile is the file part of an upload, given as the tests of uploads
// give it (files_test.go).
var sweepFile = base64.StdEncoding.EncodeToString([]byte("format sweep\n"))

// args are the operation's required arguments with the value in place.
func (use formatUse) args(v string) map[string]any {
	args := example.Arguments(use.op)
	if r := use.param.Requires; r != "" && use.key == "" {
		args[r] = example.Value(&use.op.Param(r).Value, r)
	}
	if use.key == "" {
		args[use.argName()] = v
	} else {
		obj := map[string]any{}
		if m, ok := example.Value(&use.param.Value, use.param.Name).(map[string]any); ok {
			obj = m
		}
		obj[use.key] = v
		args[use.argName()] = obj
	}
	if use.op.Method != "GET" {
		args[argConfirm] = true
	}
	if use.op.Transfer.Upload() {
		args[argContent] = sweepFile
	}
	return args
}

// acceptable is an accepted example of the format that the value's other
// rules (pattern, length, enum) accept too, and that a property string
// can hold; for a value with an enumeration (a plugin type, format
// pve-configid), the first member the format accepts.
func (use formatUse) acceptable(f *formats.Format) (string, bool) {
	for _, s := range append(slices.Clip(f.Accept), use.value.Enum...) {
		if use.key != "" && strings.ContainsAny(s, ",=") {
			continue
		}
		if wire.Accepts(use.value, s) {
			return s, true
		}
	}
	return "", false
}

// refusedExample is the registry's first refused example of the format.
func refusedExample(f *formats.Format) (string, bool) {
	if len(f.Refuse) == 0 {
		return "", false
	}
	return f.Refuse[0], true
}
