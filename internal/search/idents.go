package search

import (
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Proxmox writes a user as name@realm and an API token as
// name@realm!tokenname (pve-docs pveum.adoc, "Users" and "API Tokens"),
// and grants permissions on ACL paths such as /, /vms/100, /pool/dev or
// /datastore/store1 (pveum.adoc "Objects and Paths"; proxmox-backup docs
// "Access Control"). A request that writes one is about that user, token
// or permission, not about the words inside it: the "pve" of alice@pve
// names a realm, not a word of the request, and /vms/100 does not ask to
// act on VM 100. The realm pve exists only in PVE and pbs only in PBS,
// as /vms and /datastore are ACL roots of one product each, so those
// still say whose user or permission it is.

// A request may also write a path on a machine's file system: a file in
// a guest or a backup (/etc/hosts, /var/log/syslog) or a node's block
// device (/dev/sdb). It is about a file or a disk, not about the words
// inside the path alone: the "hosts" of /etc/hosts is not a host, though
// the path may be one Proxmox itself manages (/etc/hosts of a node).

// aclRoots are first segments of ACL paths that are not also API paths
// (/storage/{id} and /nodes/{node} are both, and read as API paths),
// each with the product whose ACLs have it.
var aclRoots = map[string]string{"vms": "pve acl", "pool": "pve acl", "mapping": "pve acl", "sdn": "pve acl",
	"datastore": "pbs acl", "remote": "pbs acl"}

// fileRoots are top directories of a Linux file system that are neither
// API nor ACL paths; devRoot holds the block devices.
var fileRoots = setOf("etc var home root tmp opt usr srv mnt boot lib run")

const devRoot = "dev"

var subscriptionAlts = []alt{{"subscription", 1}, {"key", 0.5}}

var roleAlts = []alt{{"role", 1}, {"roleid", 0.8}, {"privs", 0.6}}

var (
	userAlts  = []alt{{"userid", 1}, {"user", 0.8}}
	tokenAlts = []alt{{"tokenid", 1}, {"token", 0.8}}
	aclAlts   = []alt{{"acl", 1}, {"permission", 0.7}}
)

// ident is what a kind of identifier stands for.
type ident struct {
	alts []alt
	// keepWords keeps the token's words as well: Proxmox's texts name
	// the files it manages ("Get the content of /etc/hosts").
	keepWords bool
	named     bool            // it names one object
	product   catalog.Product // it is written only for this product's objects
}

// idents are the kinds of identifiers and what each stands for.
var idents = map[string]ident{
	"user":  {alts: userAlts, named: true},
	"token": {alts: tokenAlts, named: true},
	"acl":   {alts: aclAlts},
	// The realms pve and pbs and the ACL roots of one product only
	// (/vms, /pool, /sdn, /mapping; /datastore, /remote) say which
	// product the user, token or permission belongs to.
	"pve user":  {alts: userAlts, named: true, product: catalog.PVE},
	"pbs user":  {alts: userAlts, named: true, product: catalog.PBS},
	"pve token": {alts: tokenAlts, named: true, product: catalog.PVE},
	"pbs token": {alts: tokenAlts, named: true, product: catalog.PBS},
	"pve acl":   {alts: aclAlts, product: catalog.PVE},
	"pbs acl":   {alts: aclAlts, product: catalog.PBS},
	"file":      {alts: []alt{{"file", 1}, {"filepath", 0.8}}, keepWords: true},
	"device":    {alts: []alt{{"disk", 1}, {"devpath", 0.6}, {"device", 0.6}}, keepWords: true},
	// Any other absolute path is a place on a node or in a guest
	// (/tank/media, /mnt/pve/nas): its words are names, not requests.
	"local path": {alts: []alt{{"path", 1}, {"mp", 0.6}, {"file", 0.5}}},
	// A task is named by its UPID (UPID:node:pid:pstart:starttime:type:id:user:).
	"task": {alts: []alt{{"upid", 1}, {"task", 0.9}}, named: true},
	// A volume is storage:volume (local:iso/debian.iso,
	// local-lvm:vm-100-disk-0; pve-docs pvesm.adoc "Volumes").
	"volume": {alts: []alt{{"volume", 1}, {"content", 0.8}}, named: true},
	// A vzdump archive (vzdump-qemu-100-2025_01_01-00_00_00.vma.zst) is
	// a backup file, wherever it lies.
	"archive": {alts: []alt{{"backup", 1}, {"vzdump", 0.8}, {"volume", 0.7}, {"content", 0.5}}, named: true},
	// PBS names a backup group type/id and a snapshot type/id/time
	// (vm/100, host/web01, ct/200/2025-06-01T03:00:00Z; proxmox-backup
	// docs "Backup Content").
	"backup group":    {alts: []alt{{"group", 1}, {"backup", 0.7}}, named: true, product: catalog.PBS},
	"backup snapshot": {alts: []alt{{"snapshot", 1}, {"backup", 0.7}}, named: true, product: catalog.PBS},
	// proxmox-backup-client names a datastore by repository,
	// [[user@]realm@]host:store (proxmox-backup docs "Backup Repository").
	"repository": {alts: []alt{{"datastore", 1}, {"store", 0.6}}, named: true, product: catalog.PBS},
	// Privileges are Object.Action (VM.PowerMgmt, Datastore.Backup,
	// Sys.Audit); roles bundle them. A built-in role's name names that
	// role (pve-docs pveum.adoc "Roles"; proxmox-backup docs "Access
	// Control").
	"privilege": {alts: []alt{{"role", 1}, {"privs", 0.8}, {"privilege", 0.7}}},
	"role":      {alts: roleAlts, named: true},
	"pve role":  {alts: roleAlts, named: true, product: catalog.PVE},
	"pbs role":  {alts: roleAlts, named: true, product: catalog.PBS},
	// A subscription key is pve<sockets><level>-<hex> or pbs<level>-<hex>
	// (pve1c-0123456789, pbss-abcdef1234).
	"pve subscription key": {alts: subscriptionAlts, product: catalog.PVE},
	"pbs subscription key": {alts: subscriptionAlts, product: catalog.PBS},
	// An SMB share is \\server\share (or //server/share): CIFS
	// storage, found by a CIFS scan.
	"smb share": {alts: []alt{{"cifs", 1}, {"scan", 0.6}, {"share", 0.5}}, named: true},
	// Proxmox's package repositories are served from
	// enterprise.proxmox.com (with a subscription) and
	// download.proxmox.com (no-subscription, test).
	"package repository": {alts: []alt{{"repository", 1}, {"apt", 0.6}}},
	// Ceph names an OSD osd.N.
	"osd": {alts: []alt{{"osd", 1}, {"ceph", 0.5}}, named: true},
	"url": {alts: []alt{{"url", 1}, {"download", 0.6}}},
	// A percentage ("is at 92%", "98% full") is mostly how full or busy
	// a thing is.
	"percentage": {alts: []alt{{"usage", 1}, {"status", 0.6}, {"used", 0.5}}},
	// An OCI image reference (docker.io/library/nginx, ghcr.io/org/app:tag)
	// is pulled as a container template (pve-docs pct.adoc).
	"oci image": {alts: []alt{{"oci", 1}, {"repository", 0.5}, {"tag", 0.4}}},
}

// readIdentifiers adds the concepts of the identifiers in text to p and
// returns the text without those whose words say nothing more.
func (ix *Index) readIdentifiers(text string, p *plan) string {
	text = ix.readQuotedCommand(text, p)
	if !strings.ContainsAny(text, "@/:.%\\") && !hasUpper(text) { // every identifier has one (roles: capitals)
		return text
	}
	fields := strings.Fields(text)
	kept := fields[:0:0]
	for _, tok := range fields {
		kind := identKind(strings.Trim(tok, "\"'`,;:.()<>?!"))
		id, ok := idents[kind]
		if !ok || id.keepWords {
			kept = append(kept, tok)
		}
		if !ok {
			continue
		}
		p.add(concept{alts: ix.termAlts(id.alts), weight: 1})
		p.named = p.named || id.named
		p.identified = p.identified || id.named
		if p.product == "" {
			p.product = id.product
		}
	}
	if len(kept) == len(fields) {
		return text
	}
	return strings.Join(kept, " ")
}

// A command quoted after run or execute ("run 'systemctl restart nginx'
// inside vm 120") is what to execute in a guest (agent exec): its words
// name a program, not an API operation.
var runVerbs = setOf("run execute exec issue type")

var execAlts = []alt{{"exec", 1}, {"command", 0.8}, {"execute", 0.6}}

// readQuotedCommand adds the exec concept for a quoted command after a
// run verb and returns the text without it.
func (ix *Index) readQuotedCommand(text string, p *plan) string {
	if !strings.ContainsAny(text, "'\"`") {
		return text
	}
	fields := strings.Fields(text)
	for i := 1; i < len(fields); i++ {
		q := fields[i][0]
		if q != '\'' && q != '"' && q != '`' || !runVerbs[strings.ToLower(fields[i-1])] {
			continue
		}
		j := closingField(fields, i, q)
		if j < 0 {
			return text
		}
		p.add(concept{alts: ix.termAlts(execAlts), weight: 1})
		return strings.Join(append(fields[:i:i], fields[j+1:]...), " ")
	}
	return text
}

// closingField returns the index of the field from i on that ends the
// quote q opened at the start of fields[i], or -1.
func closingField(fields []string, i int, q byte) int {
	for j := i; j < len(fields); j++ {
		f := strings.TrimRight(fields[j], ".,;:!?")
		if (j > i || len(f) > 1) && f != "" && f[len(f)-1] == q {
			return j
		}
	}
	return -1
}

// identKind classifies a token: a key of idents, or "".
func identKind(tok string) string {
	lower := strings.ToLower(tok)
	switch {
	case strings.HasPrefix(lower, "upid:"):
		return "task"
	case strings.HasPrefix(tok, `\\`) || strings.HasPrefix(tok, "//") && len(tok) > 2 && tok[2] != '/':
		return "smb share"
	case strings.Contains(lower, "enterprise.proxmox.com") || strings.Contains(lower, "download.proxmox.com"):
		return "package repository"
	case strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://"):
		return "url"
	case strings.Contains(lower, "vzdump-"):
		return "archive"
	case isOSDName(lower):
		return "osd"
	case isSubscriptionKey(lower, "pve"):
		return "pve subscription key"
	case isSubscriptionKey(lower, "pbs"):
		return "pbs subscription key"
	case len(tok) > 1 && tok[len(tok)-1] == '%' && isNumber(strings.ReplaceAll(tok[:len(tok)-1], ".", "")):
		return "percentage"
	}
	switch {
	case pveRoles[tok]:
		return "pve role"
	case pbsRoles[tok]:
		return "pbs role"
	case sharedRoles[tok]:
		return "role"
	}
	if isPrivilege(tok) {
		return "privilege"
	}
	if isRepository(tok) {
		return "repository"
	}
	if kind := userKind(tok); kind != "" {
		return kind
	}
	if tok == "/" {
		return "acl"
	}
	if strings.HasPrefix(tok, "/") {
		segs := splitPath(tok)
		switch {
		case len(segs) == 0:
		case aclRoots[segs[0]] != "":
			return aclRoots[segs[0]]
		case fileRoots[segs[0]] && len(segs) > 1:
			return "file"
		case segs[0] == devRoot && len(segs) > 1:
			return "device"
		case !topSegments[segs[0]] && !strings.ContainsAny(tok, "{}"):
			return "local path"
		}
		return ""
	}
	switch {
	case isVolumeID(lower):
		return "volume"
	case isOCIReference(lower):
		return "oci image"
	}
	return backupRefKind(lower)
}

// userKind classifies name@realm ("user") and name@realm!token ("token").
func userKind(tok string) string {
	name, realm, ok := strings.Cut(tok, "@")
	if !ok || name == "" || realm == "" || strings.ContainsAny(tok, "/:") {
		return ""
	}
	kind := "user"
	if r, token, ok := strings.Cut(realm, "!"); ok && r != "" && token != "" {
		kind, realm = "token", r
	}
	if realm == "pve" || realm == "pbs" { // the products' own realms
		return realm + " " + kind
	}
	return kind
}

// builtinRoles are the roles each product ships, as they spell them
// (Administrator and NoAccess are in both).
var (
	pveRoles = setOf(`PVEAdmin PVEAuditor PVEDatastoreAdmin PVEDatastoreUser PVEMappingAdmin
		PVEMappingUser PVEPoolAdmin PVEPoolUser PVESDNAdmin PVESDNUser PVESysAdmin
		PVETemplateUser PVEUserAdmin PVEVMAdmin PVEVMUser`)
	pbsRoles = setOf(`Admin Audit DatastoreAdmin DatastoreAudit DatastoreBackup
		DatastorePowerUser DatastoreReader RemoteAdmin RemoteAudit RemoteSyncOperator
		RemoteSyncPushOperator RemoteDatastorePowerUser TapeAdmin TapeAudit TapeOperator TapeReader`)
	sharedRoles = setOf("Administrator NoAccess")
)

// privilegeObjects are the first parts of privilege names.
var privilegeObjects = setOf("VM Sys Datastore Permissions Pool SDN Mapping Realm User Group Remote Tape")

// isPrivilege reports whether tok is a privilege name: a privilege
// object, a dot, and capitalised parts (VM.Config.Disk).
func isPrivilege(tok string) bool {
	obj, rest, ok := strings.Cut(tok, ".")
	if !ok || !privilegeObjects[obj] {
		return false
	}
	for _, part := range strings.Split(rest, ".") {
		if part == "" || !isUpper(part[0]) {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return true
		}
	}
	return false
}

// isRepository reports whether tok is user@realm@host:store.
func isRepository(tok string) bool {
	at := strings.LastIndexByte(tok, '@')
	if at <= 0 || strings.Count(tok, "@") < 2 {
		return false
	}
	host, store, ok := strings.Cut(tok[at+1:], ":")
	return ok && host != "" && store != "" && !strings.Contains(store, "/")
}

// isSubscriptionKey reports whether tok is a subscription key of the
// product: its prefix, for PVE a socket count, a level letter (c, b, s,
// p), a dash and hex digits.
func isSubscriptionKey(tok, product string) bool {
	level, key, ok := strings.Cut(strings.TrimPrefix(tok, product), "-")
	if !ok || !strings.HasPrefix(tok, product) || len(key) < 8 || strings.Trim(key, "0123456789abcdef") != "" {
		return false
	}
	if product == "pve" {
		level = strings.TrimLeft(level, "0123456789")
	}
	return len(level) == 1 && strings.Contains("cbsp", level)
}

// isOSDName reports whether tok is osd.N.
func isOSDName(tok string) bool {
	n, ok := strings.CutPrefix(tok, "osd.")
	return ok && isNumber(n)
}

// isVolumeID reports whether tok is storage:volume: a storage id (a
// letter, then letters, digits, '-', '_', '.') and a volume that is a
// path or a disk name (local:iso/x.iso, local-lvm:vm-100-disk-0), so a
// PBS remote:store or a time (22:00) is not one.
func isVolumeID(tok string) bool {
	storage, volume, ok := strings.Cut(tok, ":")
	// A PBS backup on a PVE storage is storage:backup/type/id/time, and
	// the time has colons (pbs-main:backup/vm/101/2025-01-05T21:00:00Z).
	pbsBackup := strings.HasPrefix(volume, "backup/")
	if !ok || storage == "" || volume == "" || !isLower(storage[0]) || strings.Contains(volume, ":") && !pbsBackup {
		return false
	}
	for i := 0; i < len(storage); i++ {
		if c := storage[i]; !isLower(c) && !isDigit(c) && c != '-' && c != '_' && c != '.' {
			return false
		}
	}
	return strings.Contains(volume, "/") || strings.HasPrefix(volume, "vm-") ||
		strings.HasPrefix(volume, "base-") || strings.HasPrefix(volume, "subvol-")
}

// ociRegistries are the public registries people pull container images
// from; a reference to one names an OCI image.
var ociRegistries = setOf("docker.io registry-1.docker.io ghcr.io quay.io lscr.io gcr.io registry.gitlab.com public.ecr.aws mcr.microsoft.com")

func isOCIReference(tok string) bool {
	host, rest, ok := strings.Cut(tok, "/")
	return ok && rest != "" && ociRegistries[host]
}

// backupRefKind classifies a PBS backup group (type/id) or snapshot
// (type/id/time), "" for anything else.
func backupRefKind(tok string) string {
	parts := strings.Split(strings.TrimSuffix(tok, "/"), "/")
	if len(parts) < 2 || len(parts) > 3 || !backupTypes[parts[0]] || parts[1] == "" {
		return ""
	}
	if len(parts) == 2 {
		return "backup group"
	}
	if isBackupTime(parts[2]) {
		return "backup snapshot"
	}
	return ""
}

var backupTypes = setOf("vm ct host")

// isBackupTime reports whether s is an RFC 3339 UTC time as PBS writes a
// snapshot's (2025-06-01T03:00:00Z).
func isBackupTime(s string) bool {
	_, err := time.Parse("2006-01-02T15:04:05Z", strings.ToUpper(s))
	return err == nil
}
