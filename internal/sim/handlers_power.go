package sim

import (
	"fmt"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Power actions answer a UPID; the guest changes state when the task
// ends. Where Proxmox checks a precondition in the API call, the call
// fails (500); where the check runs in the worker, the task fails. QEMU
// checks "already running" in the worker ("TASK ERROR: VM 100 already
// running"); LXC checks in the call.

type powerAction struct {
	qemuType, lxcType string
	// check returns a message when the action is refused; inWorker says
	// whether QEMU reports it as a failed task rather than a 500.
	check    func(g *guest) string
	inWorker bool
	apply    func(g *guest, at time.Time)
	haState  string // for HA-managed guests: the requested state
	// plugsNetwork: the worker connects every network device to its
	// bridge and fails on a bridge the node lacks (read_bridge_mtu).
	plugsNetwork bool
}

var powerActions = map[string]powerAction{
	"start": {qemuType: "qmstart", lxcType: "vzstart", inWorker: true, haState: "started", plugsNetwork: true,
		check: func(g *guest) string {
			switch {
			case g.template:
				return "you can't start a vm if it's a template"
			case g.running:
				return g.noun() + " already running"
			}
			return ""
		},
		apply: func(g *guest, at time.Time) { g.running, g.paused, g.started = true, false, at }},
	"stop": {qemuType: "qmstop", lxcType: "vzstop", haState: "stopped",
		check: notRunningFor("lxc"),
		apply: func(g *guest, _ time.Time) { g.running, g.paused = false, false }},
	"shutdown": {qemuType: "qmshutdown", lxcType: "vzshutdown", inWorker: true, haState: "stopped",
		check: func(g *guest) string {
			if g.paused {
				return "VM is paused - cannot shutdown"
			}
			return notRunning(g)
		},
		apply: func(g *guest, _ time.Time) { g.running, g.paused = false, false }},
	"reboot": {qemuType: "qmreboot", lxcType: "vzreboot", check: notRunning,
		apply: func(g *guest, at time.Time) { g.running, g.paused, g.started = true, false, at }},
	"reset": {qemuType: "qmreset", inWorker: true, check: notRunning,
		apply: func(g *guest, at time.Time) { g.started = at }},
	"suspend": {qemuType: "qmsuspend", lxcType: "vzsuspend", inWorker: true, check: notRunning,
		apply: func(g *guest, _ time.Time) { g.paused = true }},
	"resume": {qemuType: "qmresume", lxcType: "vzresume", check: notRunning,
		apply: func(g *guest, _ time.Time) { g.paused = false }},
}

func notRunning(g *guest) string {
	if !g.running {
		return g.noun() + " not running"
	}
	return ""
}

// notRunningFor refuses only for one kind: stopping a stopped VM is a
// no-op, stopping a stopped container an error.
func notRunningFor(kind string) func(g *guest) string {
	return func(g *guest) string {
		if g.kind == kind {
			return notRunning(g)
		}
		return ""
	}
}

// registerPowerHandlers registers the stateful handlers of this file (see handlerTable).
func registerPowerHandlers() {
	for action := range powerActions {
		for _, kind := range []string{"qemu", "lxc"} {
			key := "POST /nodes/{node}/" + kind + "/{vmid}/status/" + action
			if _, ok := catalogHas(catalog.PVE, key); ok {
				handle(catalog.PVE, key, powerHandler(action))
			}
		}
	}
}

func powerHandler(action string) handlerFunc {
	pa := powerActions[action]
	return func(c *call) (any, error) {
		return c.locked(func(st *state, now time.Time) (any, error) {
			g, e := c.guest(st)
			if e != nil {
				return nil, e
			}
			spec, e := c.powerTask(st, g, pa)
			if e != nil {
				return nil, e
			}
			return st.startTask(now, spec).upid, nil
		})
	}
}

// powerTask checks the action and describes its task.
func (c *call) powerTask(st *state, g *guest, pa powerAction) (taskSpec, *apiError) {
	typ := pa.qemuType
	if g.kind == "lxc" {
		typ = pa.lxcType
	}
	spec := c.guestTask(g, typ, func(t *task) error {
		pa.apply(g, t.end)
		return nil
	})
	if msg := pa.check(g); msg != "" {
		if !pa.inWorker || g.kind == "lxc" {
			return spec, internalError("%s", msg)
		}
		spec.fail = msg
	}
	if e := g.checkLock(); e != nil && !c.flag("skiplock") {
		if !pa.inWorker {
			return spec, e
		}
		spec.fail = e.Message
	}
	if b := g.missingBridge(); pa.plugsNetwork && b != "" && spec.fail == "" {
		spec.fail = fmt.Sprintf("bridge '%s' does not exist", b)
	}
	if r := st.ha[haSID(g)]; r != nil && pa.haState != "" && spec.fail == "" {
		verb := haVerb(pa.haState)
		spec.typ = "ha" + verb
		spec.log = []string{"Requesting HA " + verb + " for " + g.noun() + "."}
		inner := spec.effect
		spec.effect = func(t *task) error { r.State = pa.haState; return inner(t) }
	}
	return spec, nil
}

func haVerb(haState string) string {
	if haState == "started" {
		return "start"
	}
	return "stop"
}

// catalogHas reports whether an operation exists ("POST /path").
func catalogHas(p catalog.Product, key string) (*catalog.Operation, bool) {
	c := apis.Catalog(p)
	for i := range c.Operations {
		if op := &c.Operations[i]; op.Method+" "+op.Path == key {
			return op, true
		}
	}
	return nil, false
}
