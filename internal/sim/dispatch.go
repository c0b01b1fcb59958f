package sim

import (
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// handlerFunc answers one operation; it returns the "data" member or an
// error (an *apiError for a Proxmox-shaped failure).
type handlerFunc func(c *call) (any, error)

// handlers maps "METHOD /path/template" to the stateful implementation;
// every other operation is answered by generic. It is filled on first use,
// not at package init: the binary links the simulator for --demo and sim,
// and every other start would pay for the table (some registrations scan
// the catalog).
var handlers = map[catalog.Product]map[string]handlerFunc{catalog.PVE: {}, catalog.PBS: {}}

var handlersOnce sync.Once

// handlerRegistrations fill handlers, one function per API area's file.
var handlerRegistrations = []func(){
	registerAccessHandlers,
	registerAclHandlers,
	registerBackupHandlers,
	registerClusterHandlers,
	registerFilesHandlers,
	registerGuestHandlers,
	registerMigrateHandlers,
	registerNodeHandlers,
	registerPbsHandlers,
	registerPoolsHandlers,
	registerPowerHandlers,
	registerReplicationHandlers,
	registerSnapshotHandlers,
	registerStorageHandlers,
	registerTasksHandlers,
}

// handlerTable is handlers, filled.
func handlerTable() map[catalog.Product]map[string]handlerFunc {
	handlersOnce.Do(func() {
		for _, register := range handlerRegistrations {
			register()
		}
	})
	return handlers
}

// handle registers a stateful handler (from the registration functions,
// one file per API area).
func handle(p catalog.Product, key string, f handlerFunc) {
	if _, dup := handlers[p][key]; dup {
		panic("sim: duplicate handler " + string(p) + " " + key)
	}
	handlers[p][key] = f
}

func (s *Simulator) handle(c *call) (any, error) {
	if f := handlerTable()[c.product][c.op.Method+" "+c.op.Path]; f != nil {
		return f(c)
	}
	return s.generic(c)
}

// generic answers operations without state: a GET with schema-valid data
// (a directory index with its children), a write with a task, null or
// schema-valid data, as its returns schema says.
func (s *Simulator) generic(c *call) (any, error) {
	if e := s.guestPrecondition(c); e != nil {
		return nil, e
	}
	ret := schemasOf(c.op).ret
	if c.op.Method == http.MethodGet {
		if c.op.Transfer == catalog.FileDownload || c.op.Transfer == catalog.FileOnRequest && c.flag("download") {
			return nil, c.rawBytes("application/octet-stream", []byte("simulated file contents\n"))
		}
		if isIndex(c) {
			return c.subdirs(), nil
		}
		return s.generate(c, ret), nil
	}
	switch {
	case c.op.StartsTask:
		return s.genericTask(c), nil
	case hasType(ret, "null"):
		return nil, nil
	}
	return s.generate(c, ret), nil
}

// guestPrecondition: anything under a guest needs the guest on that
// node, and the guest agent a running VM.
func (s *Simulator) guestPrecondition(c *call) *apiError {
	if _, ok := c.path["vmid"]; !ok || !strings.HasPrefix(c.op.Path, "/nodes/{node}/") {
		return nil
	}
	s.lock()
	defer s.unlock()
	g, e := c.guest(s.st)
	if e != nil {
		return e
	}
	if strings.Contains(c.op.Path, "/agent") && !g.running {
		return internalError("VM %d is not running", g.vmid)
	}
	return nil
}

// isIndex: a GET on a path with children that returns a list of objects
// (or, in PBS's apidoc, nothing) is a directory index.
func isIndex(c *call) bool {
	if len(c.node.literals) == 0 {
		return false
	}
	ret := schemasOf(c.op).ret
	if hasType(ret, "null") {
		return c.product == catalog.PBS
	}
	items := schemaMap(ret["items"])
	props := schemaMap(items["properties"])
	_, subdir := props["subdir"]
	return hasType(ret, "array") && (subdir || len(props) == 0)
}

func (c *call) subdirs() []any {
	var out []any
	for _, name := range c.node.subdirs() {
		out = append(out, map[string]any{"subdir": name})
	}
	return out
}

// generate builds schema-valid data, preferring the request's own values.
func (s *Simulator) generate(c *call, schema map[string]any) any {
	now := s.lock()
	nodes := append([]string(nil), s.st.nodeOrder...)
	s.unlock()
	if c.product == catalog.PBS {
		nodes = []string{PBSNode}
	}
	g := &dataGen{d: dialectOf(c.product), ctx: c.args, now: now, nodes: nodes}
	return g.value(schema, "", 0)
}

// genericTask starts a task named after the operation.
func (s *Simulator) genericTask(c *call) string {
	now := s.lock()
	defer s.unlock()
	node, id := c.taskNode(), c.taskID()
	t := s.st.startTask(now, taskSpec{product: c.product, node: node, typ: taskType(c.op), id: id, authid: c.authid()})
	return t.upid
}

func (c *call) taskNode() string {
	if c.product == catalog.PBS {
		return PBSNode
	}
	if n, ok := c.path["node"]; ok {
		return c.s.st.resolveNode(n)
	}
	return c.s.st.localNode()
}

// taskID is the worker id: the guest, or the last path parameter.
func (c *call) taskID() string {
	if v, ok := c.path["vmid"]; ok {
		return v
	}
	segs := templateSegments(c.op.Path)
	for i := len(segs) - 1; i >= 0; i-- {
		if isPlaceholder(segs[i]) && segs[i] != "{node}" {
			return c.path[segs[i][1:len(segs[i])-1]]
		}
	}
	return ""
}

// taskType names a generic worker after the path's last literal segment.
func taskType(op *catalog.Operation) string {
	segs := templateSegments(op.Path)
	for i := len(segs) - 1; i >= 0; i-- {
		if !isPlaceholder(segs[i]) {
			return strings.NewReplacer("-", "", "_", "").Replace(segs[i])
		}
	}
	return "task"
}

func (c *call) authid() string {
	if c.who.AuthID == "" {
		return "root@pam"
	}
	return c.who.AuthID
}

// Typed argument accessors.

func (c *call) has(name string) bool {
	_, ok := c.args[name]
	return ok
}

func (c *call) str(name string) string {
	switch v := c.args[name].(type) {
	case string:
		return v
	case nil:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

func (c *call) int(name string) int {
	switch v := c.args[name].(type) {
	case int64:
		return int(v)
	case float64:
		return int(v)
	case string:
		n, _ := strconv.Atoi(v)
		return n
	}
	return 0
}

func (c *call) flag(name string) bool {
	b, _ := c.args[name].(bool)
	return b
}

// raw is a wire-form parameter value as the caller sent it (property
// strings are stored in configs as written).
func (c *call) raw(name string) string {
	if v, ok := c.wire.Get(name); ok {
		return v
	}
	return c.str(name)
}

func (c *call) nodeName() string { return c.s.st.resolveNode(c.path["node"]) }

// locked runs f with the state lock held and tasks brought up to date.
func (c *call) locked(f func(st *state, now time.Time) (any, error)) (any, error) {
	now := c.s.lock()
	defer c.s.unlock()
	return f(c.s.st, now)
}

// lazyRegexp compiles a pattern on first use: the simulator's patterns
// would otherwise be compiled at package init of every start of the
// binary, which links the simulator for --demo and sim only.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
