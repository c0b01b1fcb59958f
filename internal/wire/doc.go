// Package wire speaks Proxmox's wire format, in both directions, for the
// HTTP client and the simulator alike.
//
// Prepare turns tool arguments into the request Proxmox expects: it
// normalises them once (Go values to the JSON data model, natural forms
// such as 101 for a numeric string or an object for a property string to
// the canonical form), checks them once against the catalog's Value rules
// (types, ranges, lengths, patterns, enumerations, property-string keys,
// indexes, Proxmox VE's named formats) and encodes them (path, query or
// form). Decode is its mirror for the simulator: it reads a request's path
// values and wire parameters back into typed arguments with the same
// rules, returning neutral Problems that the simulator words as PVE or PBS
// would. Both directions share one set of checks on the wire text, so what
// the client sends and what the simulator accepts cannot drift apart.
//
// The package also writes and parses the other wire artefacts both sides
// use: task UPIDs and API token headers.
package wire
