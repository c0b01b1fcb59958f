// Package access is the one evaluator of Proxmox permission checks: the
// simulator enforces it, `proxmox-mcp check` counts with it, and the
// server's tool filtering asks it what a token can never do.
//
// An operation's published check (catalog.Operation.Permissions) is
// evaluated against a Subject: an Identity (user, or user!token), the
// privileges it holds per ACL path (a Source) and, optionally, a Directory
// of users and groups. Two questions can be asked:
//
//	// A concrete call: the arguments are known.
//	d := subj.Decide(op, map[string]any{"node": "pve1", "vmid": 101})
//	d.Allowed                  // false
//	d.Status, d.Message        // 403 "Permission check failed (/vms/101, VM.PowerMgmt)"
//	d.Explain()                // "needs VM.PowerMgmt on /vms/101"
//
//	// Tool filtering: the arguments are not known yet.
//	a := subj.Availability(op)
//	a.Reach                    // access.Never, access.Somewhere or access.Always
//	a.String()                 // "somewhere: VM.PowerMgmt on /vms/103, /vms/104"
//
// Never means no argument values pass (the operation is not worth
// offering); Always that every value does; Somewhere that some do, and
// Where lists the grants that let them through. Availability is derived
// from Decide, by trying each value the privileges name on a path the
// check looks at plus one value they do not name, so a call that Decide
// allows is never behind a Never.
//
// The privileges come from either side of the wire:
//
//	perms, err := access.Parse(body)     // GET /access/permissions, as a client sees it
//	subj := &access.Subject{Identity: access.ParseAuthID("ops@pve!mcp"), Privileges: perms}
//
// Permissions.At infers a path the answer does not list from the nearest
// listed ancestor's propagating privileges, which is what Proxmox computes
// except where an ACL takes everything away from a path (NoAccess): the
// answer leaves such paths out. The simulator has the ACLs themselves and
// implements Source exactly.
//
// The rules are Proxmox's own: PVE::RPCEnvironment::check_api2_permissions
// and exec_api2_perm_check (pve-access-control) for PVE — root@pam passes
// everything, its API tokens do not pass root-only operations, "and" stops
// at the first failure, a missing template parameter becomes "-" — and
// proxmox-router's check_api_permission for PBS — only URI parameters fill
// a path, "partial" means one privilege suffices, every refusal reads
// "permission check failed".
package access
