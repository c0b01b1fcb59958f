// Package formats is the registry of Proxmox VE's named formats: the
// `"format": "pve-node"` names in apidoc.js whose checks live in PVE's Perl
// code (PVE::JSONSchema::register_format) rather than in the published schema.
//
// # How PVE applies a named format
//
// PVE::JSONSchema::check_prop (proxmox/pve-common src/PVE/JSONSchema.pm)
// checks a scalar value in this order, stopping at the first failure:
// format, pattern, maxLength, minLength, maximum/minimum (when numeric),
// enum. The format check is check_format, run in an eval; when it dies the
// 400 response's errors object carries, for that parameter,
//
//	"invalid format - " + <the text the check died with>
//
// The text normally ends in a newline, which PVE keeps. Error.Message is that
// text without the trailing newlines; Error.Error() is the whole
// composition without them.
//
// check_format resolves a name with m/^(.*?)(?:-(list|opt))?$/:
//
//   - "NAME-list": every element of PVE::Tools::split_list(value) (see
//     SplitList) must pass NAME; an empty list is allowed. The first failing
//     element's message is reported.
//   - "NAME-opt": NAME is checked only when the value is true in Perl's sense
//     (not "" and not "0").
//   - anything else is NAME itself.
//
// The suffix is stripped before the lookup, so a list form needs no
// registration of its own and an explicitly registered "x-list" could never
// be reached. A suffix on a property-string format (one registered as a hash
// of keys) fails every value with "'-list' format must have code ref, not
// hash". The "-alist" suffix of older releases was dropped in pve-common 8.0.3;
// its NUL-separated lists survive in split_list. The name "regex" is accepted
// without a check, and an unregistered name fails with "undefined format".
//
// For top-level parameters PVE::RESTHandler also joins a JSON array given for
// a string parameter whose format ends in "-list" with ',', and wraps a
// scalar given for an array parameter in a one-element array (both marked
// for removal in PVE 10).
//
// # Property strings
//
// A format registered as a hash of keys is a property string
// ("model=virtio,bridge=vmbr0"). Its keys are in Format.Property in the same
// IR shape schema.Parse produces for a format object the dump inlines, so the
// rest of the pipeline treats a named property format like an inline one.
// PVE checks such a value only by parsing it key by key
// (parse_property_string), so Check reports nil for it: the parse belongs to
// the wire package, which then applies Format.CheckParsed, the validator
// PVE attaches to some of these formats.
//
// # Releases and host state
//
// The table covers every name the pinned PVE 9.1 and 8.4 dumps use. Where the
// releases differ, a check accepts what either release accepts and says so in
// Format.Approximation; PropertyIn gives a property format's keys as one
// release defines them. Checks that consult the node (time zones, services,
// cluster configuration) use the closest static rule and say what PVE
// additionally checks in Approximation.
package formats
