package catalog

// Value is what Proxmox accepts for one value: a parameter, a key of a
// property string, or an element of a list. The generator derives it from
// the published schema; the wire package checks, encodes and decodes with
// it, for the client and the simulator alike.
type Value struct {
	// Type is string, integer, number, boolean, array or object; "" accepts
	// any scalar (a parameter the schema does not type).
	Type string
	// Enum lists the accepted values as they travel on the wire.
	Enum []string
	// Pattern is an anchored RE2 expression the generator translated from
	// Proxmox's; "" when there is none or it had no exact translation.
	Pattern string
	// MinLength and MaxLength bound a string's length in characters; 0 is
	// no bound.
	MinLength, MaxLength int
	// Min and Max bound a number when HasMin / HasMax are set.
	Min, Max       float64
	HasMin, HasMax bool
	// Format is a Proxmox VE named format ("pve-node", "pve-vmid-list"),
	// checked by package formats.
	Format string
	// Default is the published default as wire text ("" when none).
	Default string
	// Description is Proxmox's description of the value.
	Description string

	// Items is the element of an array (Type "array"); arrays travel as
	// repeated parameters.
	Items *Value
	// List is set for a string that holds a list of these elements (PBS
	// list formats): "a,b,c" on the wire, also accepted as a JSON array.
	List *Value
	// Property is set for a property string: key=value pairs separated by
	// commas, also accepted as a JSON object of its keys.
	Property *PropertyString
	// Any lists alternatives (oneOf/anyOf in the schema): a value is
	// accepted when one of them accepts it.
	Any []Value
}

// PropertyString describes a comma-separated key=value value.
type PropertyString struct {
	// Keys in wire order: the default key first, the others sorted.
	Keys []PropertyKey
	// DefaultKey may be written without "key=" (virtio for model in net[n]).
	DefaultKey string
	// Format names the Proxmox VE format the keys come from, when the dump
	// names it instead of spelling it out (pve-qm-ipconfig): Proxmox may
	// attach a check of the parsed keys to it.
	Format string
}

// PropertyKey is one key of a property string.
type PropertyKey struct {
	Name     string
	Required bool
	// Secret marks a credential inside a property string.
	Secret bool
	// Alias makes this key another name for the key Alias. With KeyAlias
	// set, the key's own name becomes the value of KeyAlias: in net[n],
	// virtio=MAC means model=virtio,macaddr=MAC.
	Alias, KeyAlias string
	// Since is the first release from which on the parameter has this key,
	// when that is newer than the parameter; "" when it is as old.
	Since string
	Value
}

// Key returns the named key of a property string (aliases included), or nil.
func (ps *PropertyString) Key(name string) *PropertyKey {
	for i := range ps.Keys {
		if ps.Keys[i].Name == name {
			return &ps.Keys[i]
		}
	}
	return nil
}
