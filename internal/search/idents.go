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

// aclRoots are first segments of ACL paths that are not also API paths
// (/storage/{id} and /nodes/{node} are both, and read as API paths).
var aclRoots = setOf("vms pool datastore remote mapping sdn")

// identConcepts are the concepts the identifiers stand for.
var identConcepts = map[string][]alt{
	"user":  {{"userid", 1}, {"user", 0.8}},
	"token": {{"tokenid", 1}, {"token", 0.8}},
	"acl":   {{"acl", 1}, {"permission", 0.7}},
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
		if kind == "" {
			kept = append(kept, tok)
			continue
		}
		var alts []termAlt
		for _, a := range identConcepts[kind] {
			alts = ix.appendTerm(alts, a.term, a.weight)
		}
		p.add(concept{alts: alts, weight: 1})
		p.named = p.named || kind != "acl"
	}
	if len(kept) == len(fields) {
		return text
	}
	return strings.Join(kept, " ")
}

// identKind classifies a token: "user", "token", "acl" or "".
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
		if segs := splitPath(tok); len(segs) > 0 && aclRoots[segs[0]] {
			return "acl"
		}
	}
	return ""
}
