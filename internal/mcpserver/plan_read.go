package mcpserver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Bounds of the reads a plan makes: a plan is shown before a person
// decides, so it must come quickly and cheaply whatever the cluster does.
const (
	planReadBytes = 1 << 20 // an answer larger than this is not shown
	planMaxReads  = 5       // reads per plan
)

// planReadTimeout bounds each read, retries included (a variable so that
// a test need not wait for it).
var planReadTimeout = 5 * time.Second

// planReader makes one plan's reads: GETs only, each within
// planReadTimeout, at most planMaxReads of them, each only when the
// session could make it itself.
type planReader struct {
	s    *Server
	ctx  context.Context
	mu   sync.Mutex
	left int
}

func (s *Server) newPlanReader(ctx context.Context) *planReader {
	return &planReader{s: s, ctx: ctx, left: planMaxReads}
}

// readResult is one read's answer, or why there is none.
type readResult struct {
	call string // METHOD path, as a person reads it
	data json.RawMessage
	err  error
}

func (r readResult) failed() bool { return r.err != nil }

// why is the failure in a few words, for a plan line. (The HTTP
// client's errors already start with the call; it is said once.)
func (r readResult) why() string {
	msg := strings.TrimPrefix(r.err.Error(), r.call+": ")
	return fmt.Sprintf("could not be read (%s: %s)", r.call, clippedText(msg, 200))
}

// read sends GET op with args. Anything but a plain JSON GET is refused
// here, whatever the caller asks: a plan never changes anything.
func (pr *planReader) read(op *catalog.Operation, args map[string]any) readResult {
	res := readResult{call: "GET " + op.Path}
	if op.Method != "GET" || op.Transfer != catalog.JSON {
		res.err = fmt.Errorf("a plan reads with plain GETs only")
		return res
	}
	req, err := wire.Prepare(op, args)
	if err != nil {
		res.err = err
		return res
	}
	res.call = "GET " + req.Path
	if why := pr.refusal(op); why != "" {
		res.err = fmt.Errorf("%s", why)
		return res
	}
	ctx, cancel := context.WithTimeout(pr.ctx, planReadTimeout)
	defer cancel()
	res.data, res.err = pr.s.upstream(ctx, op.Product).Send(ctx, req)
	if res.err == nil && len(res.data) > planReadBytes {
		res.data, res.err = nil, fmt.Errorf("the answer is %d bytes, more than a plan shows", len(res.data))
	}
	return res
}

// refusal: the session may read only what it could read itself (and
// nothing that exposes credentials), and a plan reads only a few times.
func (pr *planReader) refusal(op *catalog.Operation) string {
	if op.Flags.ExposesCredentials {
		return "it exposes credentials"
	}
	if why := pr.s.view(pr.ctx).WhyNot(op); why != "" {
		return why
	}
	pr.mu.Lock()
	defer pr.mu.Unlock()
	if pr.left == 0 {
		return fmt.Sprintf("a plan makes at most %d reads", planMaxReads)
	}
	pr.left--
	return ""
}

// readAll makes several reads at once, so that a plan waits for the
// slowest read rather than for their sum.
func (pr *planReader) readAll(reads []planRead) []readResult {
	out := make([]readResult, len(reads))
	var wg sync.WaitGroup
	for i, rd := range reads {
		if rd.op == nil {
			out[i] = readResult{call: "GET " + rd.path, err: fmt.Errorf("this release has no such operation")}
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = pr.read(rd.op, rd.args)
		}()
	}
	wg.Wait()
	return out
}

// planRead is one read a plan wants: the operation (nil when the
// catalog lacks it) and its arguments.
type planRead struct {
	path string
	op   *catalog.Operation
	args map[string]any
}

// getOp finds the GET of a product's path template, nil when there is
// none: every read a plan makes is a catalog operation, prepared and
// checked like any call.
func getOp(p catalog.Product, path string) *catalog.Operation {
	return opAt(p, "GET", path)
}

var opIndex = sync.OnceValue(func() map[string]*catalog.Operation {
	m := map[string]*catalog.Operation{}
	for _, op := range apis.Operations() {
		m[opKey(op.Product, op.Method, op.Path)] = op
	}
	return m
})

func opKey(p catalog.Product, method, path string) string {
	return string(p) + " " + method + " " + path
}

// opAt finds an operation by product, method and path template.
func opAt(p catalog.Product, method, path string) *catalog.Operation {
	return opIndex()[opKey(p, method, path)]
}

// pathArgs are the arguments a read of template needs from the write's:
// the path parameters, and the parameters the read also declares (the
// poolid of DELETE /pools?poolid=…, the backup group of a PBS delete).
func pathArgs(read *catalog.Operation, req *wire.Request) map[string]any {
	out := map[string]any{}
	for _, p := range read.Params {
		if v, ok := req.Args[p.Name]; ok && (p.Location == catalog.InPath || sharedParam(req.Op, p.Name)) {
			out[p.Name] = v
		}
	}
	return out
}

// sharedParam: the write declares name too, and it is not one of its
// own modifiers.
func sharedParam(op *catalog.Operation, name string) bool {
	return op.Param(name) != nil && !requestModifier(name)
}

// decodeObject reads a JSON object, nil when data is anything else.
func decodeObject(data json.RawMessage) map[string]any {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if dec.Decode(&m) != nil {
		return nil
	}
	return m
}

// decodeList reads a JSON array of objects; ok is false for anything else.
func decodeList(data json.RawMessage) ([]map[string]any, bool) {
	var l []map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if dec.Decode(&l) != nil {
		return nil, false
	}
	return l, true
}

// clippedText shortens s to at most n bytes, on a rune boundary, saying so.
func clippedText(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
