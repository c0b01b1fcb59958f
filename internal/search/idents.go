package search

import "strings"

// Proxmox writes a user as name@realm and an API token as
// name@realm!tokenname (pve-docs pveum.adoc, "Users" and "API Tokens"),
// and grants permissions on ACL paths such as /, /vms/100, /pool/dev or
// /datastore/store1 (pveum.adoc "Objects and Paths"; proxmox-backup docs
// "Access Control"). A request that writes one is about that user, token
// or permission, not about the words inside it: the "pve" of alice@pve
// names a realm, not the product, and /vms/100 does not ask to act on
// VM 100.

// A request may also write a path on a machine's file system: a file in
// a guest or a backup (/etc/hosts, /var/log/syslog) or a node's block
// device (/dev/sdb). It is about a file or a disk, not about the words
// inside the path alone: the "hosts" of /etc/hosts is not a host, though
// the path may be one Proxmox itself manages (/etc/hosts of a node).

// aclRoots are first segments of ACL paths that are not also API paths
// (/storage/{id} and /nodes/{node} are both, and read as API paths).
var aclRoots = setOf("vms pool datastore remote mapping sdn")

// fileRoots are top directories of a Linux file system that are neither
// API nor ACL paths; devRoot holds the block devices.
var fileRoots = setOf("etc var home root tmp opt usr srv mnt boot lib run")

const devRoot = "dev"

// identConcepts are the concepts the identifiers stand for.
var identConcepts = map[string][]alt{
	"user":   {{"userid", 1}, {"user", 0.8}},
	"token":  {{"tokenid", 1}, {"token", 0.8}},
	"acl":    {{"acl", 1}, {"permission", 0.7}},
	"file":   {{"file", 1}, {"filepath", 0.8}},
	"device": {{"disk", 1}, {"devpath", 0.6}, {"device", 0.6}},
}

// readIdentifiers adds the concepts of the user ids, token ids and ACL
// paths in text to p and returns the text without them.
func (ix *Index) readIdentifiers(text string, p *plan) string {
	if !strings.ContainsAny(text, "@/") {
		return text
	}
	fields := strings.Fields(text)
	kept := fields[:0:0]
	for _, tok := range fields {
		kind := identKind(strings.Trim(tok, "\"'`,;()<>"))
		if kind == "" || kind == "file" || kind == "device" {
			// A file's words stay: Proxmox's descriptions name the
			// files it manages ("Get the content of /etc/hosts").
			kept = append(kept, tok)
		}
		if kind == "" {
			continue
		}
		var alts []termAlt
		for _, a := range identConcepts[kind] {
			alts = ix.appendTerm(alts, a.term, a.weight)
		}
		p.add(concept{alts: alts, weight: 1})
		p.named = p.named || kind == "user" || kind == "token"
	}
	if len(kept) == len(fields) {
		return text
	}
	return strings.Join(kept, " ")
}

// identKind classifies a token: "user", "token", "acl", "file", "device"
// or "".
func identKind(tok string) string {
	if name, realm, ok := strings.Cut(tok, "@"); ok && name != "" && realm != "" && !strings.Contains(tok, "/") {
		if r, token, ok := strings.Cut(realm, "!"); ok && r != "" && token != "" {
			return "token"
		}
		return "user"
	}
	if tok == "/" {
		return "acl"
	}
	if strings.HasPrefix(tok, "/") {
		segs := splitPath(tok)
		switch {
		case len(segs) == 0:
		case aclRoots[segs[0]]:
			return "acl"
		case fileRoots[segs[0]] && len(segs) > 1:
			return "file"
		case segs[0] == devRoot && len(segs) > 1:
			return "device"
		}
	}
	return ""
}
