package sim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/proxmox-mcp/proxmox-mcp/internal/apis"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// sweeper sends catalog operations to a simulator exactly as the client
// encodes them.
type sweeper struct {
	t       *testing.T
	e       *env
	tickets map[catalog.Product]http.Header
}

func newSweeper(t *testing.T, e *env) *sweeper {
	sw := &sweeper{t: t, e: e, tickets: map[catalog.Product]http.Header{}}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		ticket, csrf := login(t, e, p)
		sw.tickets[p] = http.Header{"Cookie": {cookieName(p) + "=" + url.PathEscape(ticket)}, "CSRFPreventionToken": {csrf}}
	}
	return sw
}

// call prepares args with package wire, as the client does, and sends
// them; operations that refuse tokens, and those only root@pam may call
// (Proxmox does not count root's tokens as root@pam), get root's ticket.
func (sw *sweeper) call(op *catalog.Operation, args map[string]any) (reply, error) {
	req, err := wire.Prepare(op, args)
	if err != nil {
		return reply{}, fmt.Errorf("prepare: %v", err)
	}
	rq := request{product: op.Product, method: req.Method, path: req.Path, query: req.Query, form: req.Form}
	if op.Transfer == catalog.RawUpload {
		rq.raw = []byte("uploaded file\n") // the parameters are in the query
	}
	if rq.form == nil && rq.raw == nil && (req.Method == http.MethodPost || req.Method == http.MethodPut) {
		rq.form = url.Values{}
	}
	if !op.Flags.TokenAllowed || rootOnly(op) {
		rq.header = sw.tickets[op.Product]
	}
	return sw.e.send(sw.t, rq), nil
}

var returnsCompiled sync.Map

func compileReturns(t *testing.T, op *catalog.Operation) *jsonschema.Schema {
	if v, ok := returnsCompiled.Load(op); ok {
		return v.(*jsonschema.Schema)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := addSchema(c, "mem:///returns.json", op.ReturnsSchema); err != nil {
		t.Fatalf("%s: returns schema: %v", op.Name, err)
	}
	s, err := c.Compile("mem:///returns.json")
	if err != nil {
		t.Fatalf("%s: returns schema does not compile: %v", op.Name, err)
	}
	returnsCompiled.Store(op, s)
	return s
}

// pbsUndeclared: PBS's apidoc says "null" for directory indexes and other
// handlers that return untyped values; the real server answers data there,
// and so does the simulator.
func pbsUndeclared(op *catalog.Operation, data any) bool {
	return op.Product == catalog.PBS && op.ReturnsSchema == `{"type":"null"}` && data != nil
}

func TestGETSweep(t *testing.T) {
	e := newEnv(t, Options{})
	sw := newSweeper(t, e)
	var checked, undeclared, downloads int
	var failures []string
	for _, op := range apis.Operations() {
		if op.Method != http.MethodGet {
			continue
		}
		if op.Path == "/nodes/{node}/qemu/{vmid}/agent" || strings.Contains(op.Path, "/agent/") {
			continue // counted separately below: the agent needs a running VM
		}
		checked++
		if msg := sw.checkGET(op, e.sim.ExampleArgs(op), &undeclared, &downloads); msg != "" {
			failures = append(failures, msg)
		}
	}
	checked += sw.agentGETs(&failures)
	sort.Strings(failures)
	for i, f := range failures {
		if i < 40 {
			t.Error(f)
		}
	}
	t.Logf("GET sweep: %d operations checked, %d failures (%d PBS answers with data where the apidoc declares null, %d downloads not JSON-checked)", checked, len(failures), undeclared, downloads)
}

func (sw *sweeper) checkGET(op *catalog.Operation, args map[string]any, undeclared, downloads *int) string {
	r, err := sw.call(op, args)
	if err != nil {
		return fmt.Sprintf("%s: %v", op.Name, err)
	}
	if r.status != http.StatusOK {
		return fmt.Sprintf("%s %s: %d %q %.200s", op.Name, op.Path, r.status, r.reason, r.body)
	}
	if op.Transfer == catalog.FileDownload && !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		*downloads++
		return ""
	}
	var env struct{ Data any }
	dec := json.NewDecoder(strings.NewReader(string(r.body)))
	dec.UseNumber()
	if err := dec.Decode(&env); err != nil {
		return fmt.Sprintf("%s: body is not JSON: %v", op.Name, err)
	}
	if pbsUndeclared(op, env.Data) {
		*undeclared++
		return ""
	}
	if err := compileReturns(sw.t, op).Validate(env.Data); err != nil {
		return fmt.Sprintf("%s %s: data does not match the returns schema: %v\ndata: %.400s", op.Name, op.Path, err, r.body)
	}
	return ""
}

// agentGETs checks the guest agent reads against a running VM with an
// agent.
func (sw *sweeper) agentGETs(failures *[]string) int {
	n := 0
	var u, d int
	for _, op := range apis.Operations() {
		if op.Method != http.MethodGet || !strings.Contains(op.Path, "/qemu/{vmid}/agent") {
			continue
		}
		n++
		args := sw.e.sim.ExampleArgs(op)
		args["vmid"] = 100
		if msg := sw.checkGET(op, args, &u, &d); msg != "" {
			*failures = append(*failures, msg)
		}
	}
	return n
}

// TestWriteSweep sends every POST, PUT and DELETE with its minimal
// arguments, encoded by internal/proxmox, to a fresh simulator: the
// simulator must not refuse any with 400, which proves the client's
// encoder and the simulator's decoder agree on every operation.
func TestWriteSweep(t *testing.T) {
	statuses := map[int]int{}
	var checked int
	var failures []string
	for _, op := range apis.Operations() {
		if op.Method == http.MethodGet {
			continue
		}
		checked++
		status, msg := writeOnce(t, op)
		statuses[status]++
		if testing.Verbose() && status != http.StatusOK {
			t.Logf("%d %s %s", status, op.Method, op.Path)
		}
		if msg != "" {
			failures = append(failures, msg)
		}
	}
	for i, f := range failures {
		if i < 40 {
			t.Error(f)
		}
	}
	t.Logf("write sweep: %d operations checked, %d failures; statuses %v", checked, len(failures), statuses)
}

// writeOnce runs one write against its own simulator, so destructive
// operations (deleting the token in use) cannot disturb the next.
func writeOnce(t *testing.T, op *catalog.Operation) (int, string) {
	e := newEnv(t, Options{TaskDuration: -1})
	defer e.pve.Close()
	defer e.pbs.Close()
	sw := &sweeper{t: t, e: e, tickets: map[catalog.Product]http.Header{}}
	if !op.Flags.TokenAllowed || rootOnly(op) {
		ticket, csrf := login(t, e, op.Product)
		sw.tickets[op.Product] = http.Header{"Cookie": {cookieName(op.Product) + "=" + url.PathEscape(ticket)}, "CSRFPreventionToken": {csrf}}
	}
	args := e.sim.ExampleArgs(op)
	r, err := sw.call(op, args)
	if err != nil {
		return 0, fmt.Sprintf("%s: %v (args %v)", op.Name, err, args)
	}
	if r.status == http.StatusBadRequest {
		return r.status, fmt.Sprintf("%s %s %s: 400 %q %.300s (args %v)", op.Name, op.Method, op.Path, r.reason, r.body, args)
	}
	if r.status == http.StatusOK {
		return r.status, checkWriteAnswer(t, op, r)
	}
	return r.status, ""
}

// checkWriteAnswer: a task-starting write answers a UPID, a null one null.
func checkWriteAnswer(t *testing.T, op *catalog.Operation, r reply) string {
	var env struct{ Data any }
	if err := json.Unmarshal(r.body, &env); err != nil {
		return fmt.Sprintf("%s: body is not JSON: %v: %.200s", op.Name, err, r.body)
	}
	data := env.Data
	switch {
	case op.StartsTask:
		if s, ok := data.(string); !ok || !strings.HasPrefix(s, "UPID:") {
			return fmt.Sprintf("%s: want a UPID, got %.200s", op.Name, r.body)
		}
	case op.ReturnsSchema == `{"type":"null"}` && data != nil && !pbsUndeclared(op, data):
		return fmt.Sprintf("%s: want null, got %.200s", op.Name, r.body)
	}
	return ""
}

// addSchema adds a schema text to c at url (v6 takes decoded documents).
func addSchema(c *jsonschema.Compiler, url, text string) error {
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	if err != nil {
		return err
	}
	return c.AddResource(url, doc)
}
