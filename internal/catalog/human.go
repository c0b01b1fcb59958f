package catalog

// Human says how an operation's answer is made easier to read: which of its
// numbers get a human-readable companion beside them, and whether the
// answer is a time series that gets a summary ahead of its points. The
// generator derives it from the returns schema (Proxmox's renderer marks,
// units the descriptions state, a short list of fields whose unit
// Proxmox's code fixes); package humanize applies it.
type Human struct {
	// Fields are the numbers that get a "<member>_human" companion.
	Fields []HumanField
	// Series is set when the answer is a list of dated points (RRD data).
	Series *Series
}

// HumanField is one number of the answer and its unit.
type HumanField struct {
	// Path leads from the data to the member: member names joined by dots,
	// "[]" after a name (or alone, at the start) for every element of a
	// list. "[].mem" is the mem member of every element of the list,
	// "memory.total" the total member of the memory object,
	// "data[].timestamp" the timestamp of every element of the data list.
	Path string
	Unit Unit
}

// Series describes an answer that is a list of points, each an object
// dated by the Time member (seconds since the epoch).
type Series struct {
	Time string
	// Units are the point members whose unit is known, by name (Path is
	// a member name); the other numeric members are summarised as plain
	// numbers.
	Units []HumanField
}

// Unit is what a number counts.
type Unit string

// The units companions are written for.
const (
	// UnitBytes: a size in bytes, shown in binary units ("9.07 GiB").
	UnitBytes Unit = "bytes"
	// UnitBytesPerSecond: a rate ("1.2 MiB/s"), RRD's DERIVE counters.
	UnitBytesPerSecond Unit = "bytes/s"
	// UnitSeconds: a duration ("3d 4h").
	UnitSeconds Unit = "seconds"
	// UnitUnixTime: seconds since 1970-01-01 UTC, shown in RFC 3339 UTC.
	UnitUnixTime Unit = "unixtime"
	// UnitLocalTime: seconds since the epoch shifted by the node's
	// time-zone offset (PVE's timestamp_gmt), shown as the node's wall
	// clock without a zone.
	UnitLocalTime Unit = "localtime"
	// UnitFraction: a share from 0 to 1, shown as a percentage ("12.3 %").
	UnitFraction Unit = "fraction"
)
