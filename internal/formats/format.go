package formats

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/schema"
)

// Format is one named format as PVE registers it. Formats are shared:
// treat them as read-only.
type Format struct {
	Name   string // "pve-node"
	Source string // where Proxmox defines it: "proxmox/pve-common src/PVE/JSONSchema.pm"
	// Property holds the keys of a property-string format (FormatKeys set,
	// Type "string", TypeText as PVE renders it); nil for formats checked by
	// a function. It accepts every key either pinned release defines; see
	// PropertyIn for one release.
	Property *schema.Schema
	// Approximation is "" when Check is exactly PVE's rule, else what real
	// PVE checks beyond (or differently from) it.
	Approximation string
	// Accept and Refuse are examples: values PVE accepts and refuses (for a
	// property-string format, by its key-by-key parse).
	Accept, Refuse []string

	check        checkFunc                      // nil for property formats
	checkParsed  func(map[string]string) string // validator attached to a property format
	propertyOnce sync.Once                      // parses the property keys on first use
	byRelease    map[string]*schema.Schema      // property keys per pinned release
}

// checkFunc returns the text PVE's check dies with, or "" when the value
// passes.
type checkFunc func(value string) string

// Error is a value a format refuses.
type Error struct {
	Format string // the name as used, list suffix included
	Value  string
	// Message is PVE's wording, without "invalid format - " and without the
	// trailing newline PVE keeps.
	Message string
}

// Error returns PVE's text for the parameter: "invalid format - " + Message.
func (e *Error) Error() string { return "invalid format - " + e.Message }

// ErrUnknown is wrapped by Check for a name no PVE release registers. PVE
// itself refuses such a value ("undefined format"); callers should validate
// it as a plain string and report the name as unknown to this registry.
var ErrUnknown = errors.New("format not known to this registry")

// Lookup finds a format by any name a dump may use, "-list" and "-opt"
// forms included.
func Lookup(name string) (*Format, bool) { return registry().lookup(name) }

func (reg *registryData) lookup(name string) (*Format, bool) {
	if f := reg.registered(name); f != nil {
		return f, true
	}
	base, suffix, ok := splitSuffix(name)
	if !ok || base == regexFormat || reg.formats[base] == nil {
		return nil, false
	}
	if f, ok := reg.derived.Load(name); ok {
		return f.(*Format), true
	}
	f, _ := reg.derived.LoadOrStore(name, derive(reg.registered(base), suffix))
	return f.(*Format), true
}

// Check checks a value the way PVE's check_format does. It returns nil when
// PVE accepts the value, an *Error when PVE refuses it, and an error wrapping
// ErrUnknown when the name is not registered. Property-string formats are
// checked key by key elsewhere (see the package documentation): Check
// accepts any value for them.
func Check(name, value string) error {
	f, ok := Lookup(name)
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknown, name)
	}
	return f.Check(value)
}

// Check checks a value against this format; see the package function Check.
func (f *Format) Check(value string) error {
	if f.check == nil {
		return nil
	}
	if msg := f.check(value); msg != "" {
		return &Error{Format: f.Name, Value: value, Message: strings.TrimRight(msg, "\n")}
	}
	return nil
}

// CheckParsed applies the validator PVE attaches to a property-string
// format, to the key/value pairs a property-string parser produced from a
// value (keys as in Property, aliases resolved, booleans as "0"/"1"). It
// returns nil for formats without a validator.
func (f *Format) CheckParsed(keys map[string]string) error {
	if f.checkParsed == nil {
		return nil
	}
	if msg := f.checkParsed(keys); msg != "" {
		return &Error{Format: f.Name, Message: strings.TrimRight(msg, "\n")}
	}
	return nil
}

// PropertyIn returns a property-string format's keys as the given PVE
// release ("9.1", "8.4") defines them, or Property for any other release.
func (f *Format) PropertyIn(release string) *schema.Schema {
	if s, ok := f.byRelease[release]; ok {
		return s
	}
	return f.Property
}

// Names lists the registered formats, sorted. List and optional forms
// ("pve-node-list", "email-opt") are derived by Lookup and not listed.
func Names() []string {
	return slices.Clone(registry().names)
}

type registryData struct {
	formats map[string]*Format // registered names
	derived sync.Map           // NAME-list and NAME-opt, made on first use
	names   []string
}

var (
	registryOnce sync.Once
	theRegistry  *registryData
)

func registry() *registryData {
	registryOnce.Do(func() { theRegistry = buildRegistry() })
	return theRegistry
}

// tables are the per-repository format tables, in the order Proxmox's
// packages depend on each other.
var tables = [][]*Format{
	commonFormats, accessFormats, storageFormats, guestCommonFormats,
	qemuFormats, lxcFormats, firewallFormats, networkFormats,
	haFormats, clusterFormats, managerFormats,
}

// registered returns a registered format, complete: the keys of a
// property format are parsed when it is first asked for, so that a program
// checking node names does not parse drive options.
func (reg *registryData) registered(name string) *Format {
	f := reg.formats[name]
	if f != nil && f.check == nil {
		f.propertyOnce.Do(func() { attachProperty(f) })
	}
	return f
}

func buildRegistry() *registryData {
	reg := &registryData{formats: map[string]*Format{}}
	for _, table := range tables {
		for _, f := range table {
			if _, dup := reg.formats[f.Name]; dup {
				panic("formats: " + f.Name + " registered twice")
			}
			if _, _, derived := splitSuffix(f.Name); derived {
				// check_format strips the suffix before the lookup, so
				// such a name could never be reached.
				panic("formats: " + f.Name + " ends in a list or optional suffix")
			}
			reg.formats[f.Name] = f
		}
	}
	reg.names = slices.Sorted(maps.Keys(reg.formats))
	return reg
}
