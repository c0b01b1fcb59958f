// Package sim is an in-memory Proxmox VE cluster and Proxmox Backup Server
// that answers the REST API on the wire as the real daemons do. It is the
// upstream of the project's tests, of `proxmox-mcp serve --demo` and of
// `proxmox-mcp sim`, and a safe Proxmox for trying agents against.
//
// # Use
//
//	s := sim.New(sim.Options{TaskDuration: 50 * time.Millisecond})
//	pve := httptest.NewServer(s.Handler(catalog.PVE)) // serves /api2/json/…
//	pbs := httptest.NewServer(s.Handler(catalog.PBS))
//	// token: s.TokenID(catalog.PVE), s.TokenSecret(catalog.PVE)
//	…
//	s.RequestCount()            // 0 proves nothing reached "Proxmox"
//	s.Requests()[0].AuthID      // "root@pam!mcp": which credential was used
//	s.SetFaults(sim.Faults{ErrorRate: 0.1, Latency: time.Second})
//	s.SetNodeOffline("pve2", true) // 595 for /nodes/pve2/…
//
// Serve listens on real addresses (HTTPS with a self-signed certificate, or
// plain HTTP); Simulator.ExampleArgs (built on example.Arguments) gives any catalog
// operation an argument set it accepts.
//
// # Behaviour
//
// Every operation of both generated catalogs is routed through a segment
// trie built from its path template. The request then goes through the
// stages of pveproxy / proxmox-rest-server, in their order:
//
//   - Authentication: PVE "Authorization: PVEAPIToken=USER@REALM!ID=SECRET",
//     PBS "PBSAPIToken=USER@REALM!ID:SECRET", or a ticket from
//     POST /access/ticket in the PVEAuthCookie / PBSAuthCookie cookie, which
//     needs the CSRFPreventionToken header on anything but GET. Failures are
//     401 with each daemon's message ("No ticket", "invalid token value!";
//     PBS "authentication failed - …"). Operations with allowtoken 0 refuse
//     tokens with PVE's 403 "Permission check failed (URI '…' not available
//     with API token, need proper ticket.)". Tokens created through the API
//     work at once.
//   - Unknown path or method: PVE 501 "Method 'GET /foo' not implemented",
//     PBS 404 "Path '/api2/json/foo' not found.", after authentication.
//   - Proxying: a PVE path under /nodes/{node} for an offline node answers
//     595 "Connection refused" (596 "Broken pipe" for a broken proxy), an
//     unknown node 500 "hostname lookup … failed", before parameters are
//     looked at.
//   - Parameters: from the query string (GET, DELETE) or a form, JSON or
//     multipart body (POST, PUT); booleans 1/0/true/false/yes/no/on/off,
//     arrays from repeated keys, indexed parameters net0…, property strings
//     parsed key by key (default key, the net model alias virtio=MAC, ';'
//     lists) and checked as PVE::JSONSchema / proxmox-schema check them, then
//     against the operation's input schema with internal/validate. PVE
//     answers "400 Parameter verification failed." with one message per bad
//     parameter in "errors"; PBS its "parameter verification failed - …"
//     text.
//   - Permissions: the operation's published check, evaluated by
//     internal/access against the ACLs (users, groups, privilege-separated
//     tokens, built-in and custom roles, propagation, NoAccess, pools
//     reaching their guests and storages): PVE answers 403 "Permission
//     check failed (/vms/101, VM.PowerMgmt)", "Permission check failed
//     (user != root@pam)" for an operation without a published check
//     (root@pam's tokens are not root@pam), PBS 403 "permission check
//     failed". Lists Proxmox filters by permission (cluster resources,
//     guests, storages, pools, users, groups, ACLs, datastores) are
//     filtered the same way. An ACL changed through the API applies to
//     the next request.
//
// PVE writes its message in the HTTP reason phrase. net/http cannot, so
// error answers are written on the hijacked HTTP/1.1 connection (PVE closes
// the connection after every error anyway); where the connection cannot be
// hijacked (HTTP/2, httptest.ResponseRecorder) the standard phrase is used.
// PVE error bodies are {"data":null,"message":…,"errors":…} as its current
// JSON formatter writes them; authentication failures have no body.
//
// # Releases
//
// Each product presents one pinned release (Options.PVERelease,
// PBSRelease; Releases lists them, the newest by default). GET /version
// answers it in the product's own shape (PVE version 8.4.0, release 8.4,
// a 16-digit repoid; PBS version 3.4, the patch level as release, a
// 40-digit repoid), and the router and the parameter checks use the
// catalog at that release (catalog.Catalog.At): an operation the release
// lacks is an unknown path or method, a parameter or property-string key
// it lacks an unknown one, in each daemon's words as above. Answers are
// otherwise the newest release's (returns schemas, handlers).
//
// # State
//
// The seeded cluster (Options.Seed) has nodes pve1..pve3, VMs and containers
// running, stopped, paused and a template, snapshots, storages local,
// local-lvm and pbs-store1 (backed by the backup server's store1), pools,
// an HA resource, users, groups, ACLs and tokens (see SeededTokens: a
// full-power token per product, auditor@pve!mcp, vmadmin@pve!mcp for
// pool lab, auditor@pbs!mcp, backup@pbs!mcp for store1), and a task
// history; the backup server has datastores store1 (backups of some
// guests) and archive,
// a remote and a sync job. Guests support create, config (digest checked),
// power actions with Proxmox's rules, snapshots, clone, migrate, template,
// resize and destroy; storages list, allocate and delete content; vzdump
// writes backups to directory storage or, through pbs-store1, onto the
// backup server; GC, verify, prune and sync run on the backup server.
//
// Long actions answer a UPID (UPID:node:PID:PSTART:STARTTIME:type:id:user:
// for PVE, with a task counter for PBS) and run for Options.TaskDuration.
// Tasks advance lazily under the state lock, in end-time order, so a test
// clock (Options.Clock) controls them exactly. They have status, a
// windowed log ending in "TASK OK" or "TASK ERROR: …", stop and list.
// Every other GET answers data generated from its returns schema (valid
// against it: enums, ranges, lengths, patterns through a regexp/syntax
// walker, realistic values for known member names); directory indexes list
// their children; every other write answers a task, null or schema-valid
// data as its returns schema says.
//
// # Deliberate differences
//
// Answers are immediate: the daemons delay failed logins by 3 s, the
// simulator does not, nor the 0.5 s PBS waits before a 403. The
// permission check runs after proxying and parameter checks (the daemons
// check permissions first, so a call that is not permitted and also
// malformed or for an offline node gets 400 or 595 here, 403 there), and
// checks handlers make beyond the published one are modelled only where
// noted (pools, ACLs, lists).
// PBS directory indexes, task logs and job runs answer what PBS answers
// (subdirectory lists, log lines, a UPID) where PBS's apidoc declares
// "null".
package sim
