package inventory

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/access"
	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
)

// Product is what the configuration allows for one configured product.
type Product struct {
	Product catalog.Product
	Tier    policy.Tier
	// Categories narrows the product to these categories; nil means all.
	Categories []string
	// NoDestructive takes every destructive operation away: the
	// always-destructive ones at registration, and each call that its
	// arguments make destructive (CheckCall).
	NoDestructive bool
	// Release is what the product's cluster runs ("8.4.1"; "" when not
	// known: the catalog's own release is assumed). See release.go.
	Release string
	// Target names the cluster or backup server when a product has
	// several (targets.go); "" for the only one.
	Target string
	// Allow lists capabilities turned on for this target only, beside
	// Options.Allow.
	Allow []string
	// Subject is what the target's credentials may do (read from
	// /access/permissions at connect); nil offers every operation the
	// tier allows. Operations it can never call are not offered.
	Subject *access.Subject
	// TicketLogin: a user and password are configured beside a token, and
	// operations that refuse tokens log in with them — Subject (the
	// token's) does not speak for those.
	TicketLogin bool
}

// Capabilities beyond tiers, off unless the configuration turns them on.
const (
	// CapGuestExec: running commands and reading or writing files inside
	// guests, consoles and shells (policy.Decision.GuestExec).
	CapGuestExec = "guest-exec"
)

// Capabilities lists the capability names a configuration may allow.
var Capabilities = []string{CapGuestExec}

// Setting names the refusals point to; the configuration reads them.
const (
	EnvAllow         = "PROXMOX_MCP_ALLOW"
	EnvNoDestructive = "PROXMOX_MCP_NO_DESTRUCTIVE"
)

// Options are the inventory's inputs besides the catalogs.
type Options struct {
	Policy    *policy.Policy
	Products  []Product
	Mode      Mode
	FrontDoor bool
	// Allow lists the capabilities turned on (Capabilities).
	Allow []string
	// MaxTaskWait bounds the waits the task tool and task-starting calls
	// take.
	MaxTaskWait time.Duration
	// MaxUploadBytes is stated in the upload argument's description.
	MaxUploadBytes int
}

// Inventory is what one server offers. It is immutable and safe for
// concurrent use.
type Inventory struct {
	opts     Options
	products map[catalog.Product]*Product
	// byName holds every operation of both catalogs under its generated
	// name and its policy name, configured or not: one lookup for all.
	byName     map[string]*Entry
	registered []*Entry // operations listed as tools of their own, by name
	tools      []Tool   // everything tools/list shows, in that order
	// targets are the configured clusters and backup servers, in
	// configuration order; products[p] is p's first (its default).
	targets []*target
	slab    []Entry // what newEntry hands out next
}

// Entry is one operation as this server offers it.
type Entry struct {
	Op       *catalog.Operation
	Decision policy.Decision
	// Name is the tool name the session sees (the policy's override, or
	// the generated name).
	Name string
	// Navigation marks the few reads that stay reachable whatever the
	// category allowlist, so a narrowed session can find its way.
	Navigation bool
	refusal    string // why it may not be called; "" when it may
	// outside: its category is outside the product's allowlist (it may
	// still be allowed, as navigation).
	outside bool
	// noDestructive: the product is served without destructive calls.
	noDestructive bool
	// full is the operation as the catalog has it, when Op is the older
	// cluster release's view of it; running is that release.
	full    *catalog.Operation
	running string
	// Target is the target this entry decides for ("" when the product has
	// one target, or is not configured).
	Target string
	// Where says on which objects the credentials may call it, when only
	// on some ("VM.PowerMgmt on /vms/101, /pool/lab"); "" otherwise.
	Where string
	// permChecked: the target's Subject speaks for this operation's calls.
	permChecked bool
}

// PermissionChecked reports whether calls of e are checked against the
// credentials' privileges before they are sent.
func (e *Entry) PermissionChecked() bool { return e.permChecked }

// Allowed reports whether the session may call the operation.
func (e *Entry) Allowed() bool { return e.refusal == "" }

// Refusal says why the operation may not be called ("" when it may).
func (e *Entry) Refusal() string { return e.refusal }

// ReadOnly: proxmox_call_read runs it (the read-only tier, whatever the
// method: a guest agent ping is a POST that changes nothing).
func (e *Entry) ReadOnly() bool { return e.Decision.Tier == policy.ReadOnly }

// New builds the inventory.
func New(opts Options) (*Inventory, error) {
	if opts.Policy == nil {
		opts.Policy = policy.Default()
	}
	if opts.Mode == "" {
		opts.Mode = ModeDefault
	}
	if len(opts.Products) == 0 {
		return nil, fmt.Errorf("no Proxmox product configured")
	}
	for _, c := range opts.Allow {
		if !slices.Contains(Capabilities, c) {
			return nil, fmt.Errorf("unknown capability %q (known: %s)", c, strings.Join(Capabilities, ", "))
		}
	}
	if opts.Mode == ModeFrontDoor && !opts.FrontDoor {
		return nil, fmt.Errorf("mode front-door with the front door switched off leaves only the task tool: choose another mode or switch the front door on")
	}
	ops := apis.Operations()
	// byName holds every operation (and the few renamed ones twice):
	// sized once rather than grown.
	inv := &Inventory{opts: opts, products: map[catalog.Product]*Product{}, byName: make(map[string]*Entry, len(ops))}
	if err := inv.addTargets(); err != nil {
		return nil, err
	}
	inv.allocEntries()
	for _, op := range ops {
		inv.add(op)
	}
	sort.Slice(inv.registered, func(i, j int) bool { return inv.registered[i].Name < inv.registered[j].Name })
	if len(inv.registered) == 0 && !opts.FrontDoor {
		return nil, fmt.Errorf("the configured tier, categories and mode leave no operation to register, and the front door is off")
	}
	inv.tools = inv.buildTools()
	return inv, nil
}

// add decides one operation for each target of its product and indexes
// it under both its names: per target, and in the server's own view, which
// offers it when some target allows it (the first that does decides).
func (inv *Inventory) add(op *catalog.Operation) {
	var chosen *Entry
	for _, t := range inv.targetsOf(op.Product) {
		e := inv.decideFor(op, t)
		t.byName[op.Name], t.byName[e.Name] = e, e
		if chosen == nil || !chosen.Allowed() && e.Allowed() {
			chosen = e
		}
	}
	if chosen == nil { // the product is not configured
		chosen = inv.decideFor(op, nil)
	}
	inv.byName[op.Name], inv.byName[chosen.Name] = chosen, chosen
	if chosen.Allowed() && inv.registersIndividually(chosen) {
		inv.registered = append(inv.registered, chosen)
	}
}

// decideFor decides op for one target (nil: its product is not
// configured).
func (inv *Inventory) decideFor(op *catalog.Operation, t *target) *Entry {
	d := inv.opts.Policy.Decide(op)
	e := inv.newEntry()
	*e = Entry{Op: op, Decision: d, Name: d.Name, Navigation: navigation[op.Name]}
	var p *Product
	if t != nil {
		p = t.spec
		e.noDestructive, e.Target = p.NoDestructive, p.Target
	}
	e.refusal, e.outside = inv.decide(e, p)
	if t == nil {
		return e
	}
	if at, has := t.atRelease(op); at != op {
		e.full, e.running = op, p.Release
		if has {
			e.Op = at
		} else {
			e.refusal = releaseRefusal(e.Name, op, e.running)
		}
	}
	if p.Subject != nil && (op.Flags.TokenAllowed || !p.TicketLogin) {
		e.permChecked = true
		if e.refusal == "" {
			e.refusal, e.Where = permissionRefusal(e, p)
		}
	}
	return e
}

// allocEntries makes room for the entries New decides, one per operation
// and target (one for a product not configured): a thousand or more,
// all kept, allocated at once.
func (inv *Inventory) allocEntries() {
	n := 0
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		n += len(apis.Catalog(p).Operations) * max(1, len(inv.targetsOf(p)))
	}
	inv.slab = make([]Entry, n)
}

// newEntry hands out the next entry allocEntries made room for.
func (inv *Inventory) newEntry() *Entry {
	if len(inv.slab) == 0 {
		return new(Entry)
	}
	e := &inv.slab[0]
	inv.slab = inv.slab[1:]
	return e
}

// decide says why a session may not call e ("" when it may), and whether
// its category is outside the allowlist.
func (inv *Inventory) decide(e *Entry, p *Product) (refusal string, outside bool) {
	env := envPrefix(e.Op.Product)
	if p == nil {
		return fmt.Sprintf("%s is a %s operation, and %s is not configured (set %s_BASE_URL and its credentials)",
			e.Name, e.Op.Product.Title(), e.Op.Product.Title(), env), false
	}
	outside = p.Categories != nil && !slices.Contains(p.Categories, e.Decision.Category)
	switch {
	case e.Decision.Tier > p.Tier:
		return fmt.Sprintf("%s needs the %s tier; this server runs %s at %s (set %s_ACCESS_TIER=%s to allow it)",
			e.Name, e.Decision.Tier, e.Op.Product.Title(), p.Tier, env, e.Decision.Tier), outside
	case outside && !e.Navigation:
		return fmt.Sprintf("%s is in category %q, which %s_CATEGORIES does not include (it is %s)",
			e.Name, e.Decision.Category, env, strings.Join(p.Categories, ",")), outside
	case e.Decision.GuestExec && !slices.Contains(inv.opts.Allow, CapGuestExec) && !slices.Contains(p.Allow, CapGuestExec):
		return fmt.Sprintf("%s runs commands, reads or writes files inside a guest, or opens a console or shell; "+
			"this server keeps that capability (%s) off (set %s=%s to allow it)", e.Name, CapGuestExec, EnvAllow, CapGuestExec), outside
	case p.NoDestructive && e.Decision.Destructive:
		return noDestructiveRefusal(e, e.Decision.Reason), outside
	}
	return "", outside
}

// CheckCall is the call-time decision on top of registration: with
// destructive operations taken away, a call that its arguments make
// destructive (restore with force) is refused too. It returns the
// refusal, "" when the call may go on.
func (e *Entry) CheckCall(call policy.Call) string {
	if e.noDestructive && call.Destructive {
		return noDestructiveRefusal(e, call.Reason)
	}
	return ""
}

func noDestructiveRefusal(e *Entry, reason string) string {
	msg := fmt.Sprintf("%s is destructive", e.Name)
	if reason != "" {
		msg += " (" + reason + ")"
	}
	env := envPrefix(e.Op.Product)
	return msg + fmt.Sprintf("; this server runs %s without destructive operations (%s_NO_DESTRUCTIVE or %s)", e.Op.Product.Title(), env, EnvNoDestructive)
}

// registersIndividually applies the mode: all → everything allowed;
// default → the core set, plus everything when a category allowlist
// narrows the product or the front door is off; front-door → nothing.
func (inv *Inventory) registersIndividually(e *Entry) bool {
	switch inv.opts.Mode {
	case ModeAll:
		return true
	case ModeDefault:
		narrowed := inv.narrowed(e.Op.Product)
		return e.Decision.Core || narrowed && !e.Navigation || !inv.opts.FrontDoor
	}
	return false
}

func envPrefix(p catalog.Product) string { return strings.ToUpper(string(p)) }

// Lookup finds an operation by any of its names. Unknown names, and
// operations the session may not call, are refused with the reason;
// err's text is for the caller.
func (inv *Inventory) Lookup(name string) (*Entry, error) {
	e, ok := inv.byName[name]
	if !ok {
		return nil, fmt.Errorf("unknown tool %q: use proxmox_search to find the operation's name", clip(name))
	}
	if !e.Allowed() {
		return e, refusalError(e.refusal)
	}
	return e, nil
}

// Entry returns the entry of a catalog operation (allowed or not).
func (inv *Inventory) Entry(op *catalog.Operation) *Entry { return inv.byName[op.Name] }

type refusalError string

func (r refusalError) Error() string { return string(r) }

// Registered lists the operations registered as tools of their own.
func (inv *Inventory) Registered() []*Entry { return inv.registered }

// Operations lists the operations of the configured products as their
// clusters' releases have them (what search and describe show).
func (inv *Inventory) Operations() []*catalog.Operation {
	var out []*catalog.Operation
	for _, e := range inv.Entries() {
		if e.full == nil || e.Op != e.full { // its release has it
			out = append(out, e.Op)
		}
	}
	return out
}

// Entries lists every operation of the configured products with its
// decision, allowed or not, in catalog order.
func (inv *Inventory) Entries() []*Entry {
	var out []*Entry
	for _, op := range apis.Operations() {
		if inv.products[op.Product] != nil {
			out = append(out, inv.byName[op.Name])
		}
	}
	return out
}

// Configured reports whether a product is configured.
func (inv *Inventory) Configured(p catalog.Product) bool { return inv.products[p] != nil }

// ProductNames are the configured products, sorted.
func (inv *Inventory) ProductNames() []string {
	var out []string
	for p := range inv.products {
		out = append(out, string(p))
	}
	sort.Strings(out)
	return out
}

// Categories are the valid category names of the configured products.
func (inv *Inventory) Categories() []string {
	var out []string
	for p := range inv.products {
		for _, c := range inv.opts.Policy.Categories(p) {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Policy is the policy the inventory decided with.
func (inv *Inventory) Policy() *policy.Policy { return inv.opts.Policy }

// Mode is the registration mode.
func (inv *Inventory) Mode() Mode { return inv.opts.Mode }

// navigation are reads every session keeps whatever its category
// allowlist: the node list and cluster resources (which nodes, guests and
// storages exist, needed to fill any other call) and the task status and
// log (how a call's outcome is learnt; the task tool limits them to tasks
// this server started when the tasks category is excluded).
var navigation = map[string]bool{
	"pve_get_nodes":              true,
	"pve_get_cluster_resources":  true,
	"pve_get_nodes_tasks_status": true,
	"pve_get_nodes_tasks_log":    true,
	"pbs_get_admin_datastore":    true,
	"pbs_get_nodes_tasks_status": true,
	"pbs_get_nodes_tasks_log":    true,
}

// TaskNavigation reports whether e is a task status or log operation that
// is reachable only as navigation (its category is excluded), so the task
// tool must limit it to tasks this server started.
func (e *Entry) TaskNavigation() bool {
	return e.Navigation && e.Decision.Category == "tasks" && e.outside
}
