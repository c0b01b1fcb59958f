package sim

import (
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
	"net/http"
	"strings"
	"sync"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// apiHandler serves one product's /api2/json tree.
type apiHandler struct {
	s       *Simulator
	product catalog.Product
	router  *router
}

// call is one request on its way through the handler.
type call struct {
	s       *Simulator
	product catalog.Product
	r       *http.Request
	rs      *responder
	rec     *RecordedRequest

	rel  string // decoded path relative to /api2/json
	node *trieNode
	op   *catalog.Operation
	path map[string]string // path parameters
	args map[string]any    // typed arguments, path parameters included
	wire *wire.Params      // the parameters as sent
	file []byte            // a PBS upload's body
	who  identity

	extra map[string]any // envelope members besides "data" ("total")
}

const apiPrefix = "/api2/json"

func (h *apiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &RecordedRequest{Time: h.s.now(), Product: h.product, Method: r.Method, Path: strings.TrimPrefix(r.URL.EscapedPath(), apiPrefix)}
	c := &call{s: h.s, product: h.product, r: r, rec: rec, rs: &responder{w: w, r: r, product: h.product}}
	// The request is logged before the answer is written, so a client that
	// has its answer can rely on the log holding the request.
	var once sync.Once
	record := func(status int) { once.Do(func() { rec.Status = status; h.s.log.add(*rec) }) }
	c.rs.record = record
	defer record(0)
	if h.s.faults.intercept(c) {
		return
	}
	if e := h.serve(c); e != nil {
		c.rs.fail(e)
	}
}

// serve runs the request through the same stages as the real daemons:
// route, authenticate, refuse tokens where needed, proxy to the node,
// check parameters, check permissions, handle.
func (h *apiHandler) serve(c *call) *apiError {
	if e := h.route(c); e != nil {
		return e
	}
	if c.op == nil || c.op.Permissions.User != "world" {
		who, e := h.s.authenticate(c.product, c.r)
		if e != nil {
			return e
		}
		c.who, c.rec.AuthID, c.rec.Token = who, who.AuthID, who.Token
	}
	if c.op == nil {
		return h.notFound(c)
	}
	c.rec.Operation = c.op.Name
	if c.who.Token && !c.op.Flags.TokenAllowed {
		return tokenRefused(c.product, c.rel)
	}
	if e := h.s.proxyCheck(c); e != nil {
		return e
	}
	if e := h.decode(c); e != nil {
		return e
	}
	if e := h.s.permit(c); e != nil {
		return e
	}
	return h.dispatch(c)
}

// route matches the path. An unknown path is not an error yet: both
// daemons authenticate first and only then say "not found".
func (h *apiHandler) route(c *call) *apiError {
	rel, ok := strings.CutPrefix(c.r.URL.EscapedPath(), apiPrefix)
	if !ok || (rel != "" && rel[0] != '/') {
		if c.product == catalog.PBS {
			return errorf(http.StatusNotFound, "Path '%s' not found.", c.r.URL.Path)
		}
		return errorf(http.StatusNotImplemented, "no such uri")
	}
	segs, ok := wire.PathSegments(rel)
	if !ok {
		return errorf(http.StatusBadRequest, "invalid path encoding")
	}
	c.rel = "/" + strings.Join(segs, "/")
	c.node, c.path = h.router.lookup(segs)
	if c.node != nil {
		c.op = c.node.ops[c.r.Method]
	}
	return nil
}

// notFound: PVE answers 501 "Method 'GET /foo' not implemented", PBS 404.
func (h *apiHandler) notFound(c *call) *apiError {
	if c.product == catalog.PBS {
		return errorf(http.StatusNotFound, "Path '%s%s' not found.", apiPrefix, c.rel)
	}
	return errorf(http.StatusNotImplemented, "Method '%s %s' not implemented", c.r.Method, c.rel)
}

// decode reads and checks the parameters.
func (h *apiHandler) decode(c *call) *apiError {
	w, file, e := readParams(c.product, c.r, c.op.Transfer == catalog.RawUpload)
	if e != nil {
		return e
	}
	c.wire, c.file = w, file
	c.rec.Params = maskParams(c.op, w.Map())
	args, e := checkParams(c.product, c.op, c.path, w)
	if e != nil {
		return e
	}
	c.args = args
	c.rec.Args = maskArgs(c.op, args)
	return nil
}

// dispatch runs the operation's handler and writes the answer.
func (h *apiHandler) dispatch(c *call) *apiError {
	data, err := h.s.handle(c)
	if err == errAnswered {
		return nil
	}
	if err != nil {
		if e, ok := err.(*apiError); ok {
			return e
		}
		return internalError("%v", err)
	}
	c.rs.data(data, c.extra)
	return nil
}
