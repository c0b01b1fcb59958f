package sim

import (
	"math/rand"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// Faults are failures the simulator injects. They can be set at
// construction (Options.Faults) and replaced at run time (SetFaults); a
// request sees one consistent set.
type Faults struct {
	// Latency is added before every request is answered.
	Latency time.Duration
	// ErrorRate is the fraction (0..1) of requests answered with
	// ErrorStatus (default 500) instead of being handled.
	ErrorRate   float64
	ErrorStatus int
	// DropRate is the fraction (0..1) of requests whose connection is
	// closed without an answer.
	DropRate float64
	// Rules answer matching requests with a fixed status or drop them; the
	// first matching rule wins and is checked before the rates.
	Rules []FaultRule
	// TaskFailures make matching tasks end with an error exit status.
	TaskFailures []TaskFailure
}

// FaultRule matches requests by product, method and path.
type FaultRule struct {
	Product catalog.Product // "" matches both
	Method  string          // "" matches any
	// Path is relative to /api2/json. A segment "*" or "{name}" matches
	// any one segment; a final "**" matches any rest (including none).
	Path string
	// Status and Message are the answer (Message defaults to the standard
	// status text); Drop closes the connection instead.
	Status  int
	Message string
	Drop    bool
	// Times limits the rule to the next n matching requests; 0 is always.
	Times int
}

// TaskFailure makes tasks of a worker type and/or id fail.
type TaskFailure struct {
	Type string // worker type: qmstart, vzdump, garbage_collection…; "" any
	ID   string // worker id: 101, store1…; "" any
	// Message is the task's exit status (default "simulated failure");
	// Log are lines written before it, explaining why.
	Message string
	Log     []string
}

// faultState holds the current faults and the seeded dice.
type faultState struct {
	mu   sync.Mutex
	f    Faults
	uses map[int]int // rule index → times applied
	rng  *rand.Rand
}

func newFaultState(seed int64, f Faults) *faultState {
	return &faultState{f: f, uses: map[int]int{}, rng: rand.New(rand.NewSource(seed + 7))}
}

// SetFaults replaces the injected faults (rule use counts start again).
func (s *Simulator) SetFaults(f Faults) {
	s.faults.mu.Lock()
	defer s.faults.mu.Unlock()
	s.faults.f = f
	s.faults.uses = map[int]int{}
}

// CurrentFaults returns the injected faults.
func (s *Simulator) CurrentFaults() Faults {
	s.faults.mu.Lock()
	defer s.faults.mu.Unlock()
	return s.faults.f
}

// decision is what the faults say about one request.
type decision struct {
	latency time.Duration
	drop    bool
	fail    *apiError
}

func (fs *faultState) decide(p catalog.Product, method, rel string) decision {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	d := decision{latency: fs.f.Latency}
	if i, r, ok := fs.matchRule(p, method, rel); ok {
		fs.uses[i]++
		d.drop = r.Drop
		if !r.Drop {
			d.fail = ruleError(r)
		}
		return d
	}
	if fs.f.DropRate > 0 && fs.rng.Float64() < fs.f.DropRate {
		d.drop = true
	} else if fs.f.ErrorRate > 0 && fs.rng.Float64() < fs.f.ErrorRate {
		d.fail = errorf(orDefault(fs.f.ErrorStatus, http.StatusInternalServerError), "internal error (injected fault)")
	}
	return d
}

func (fs *faultState) matchRule(p catalog.Product, method, rel string) (int, FaultRule, bool) {
	for i, r := range fs.f.Rules {
		if r.Times > 0 && fs.uses[i] >= r.Times {
			continue
		}
		if (r.Product == "" || r.Product == p) && (r.Method == "" || strings.EqualFold(r.Method, method)) && pathMatches(r.Path, rel) {
			return i, r, true
		}
	}
	return 0, FaultRule{}, false
}

func ruleError(r FaultRule) *apiError {
	status := orDefault(r.Status, http.StatusInternalServerError)
	msg := r.Message
	if msg == "" {
		msg = http.StatusText(status)
	}
	return errorf(status, "%s", msg)
}

func orDefault(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

// pathMatches matches a rule pattern against a request path.
func pathMatches(pattern, rel string) bool {
	ps, rs := templateSegments(pattern), templateSegments(rel)
	for i, p := range ps {
		if p == "**" && i == len(ps)-1 {
			return true
		}
		if i >= len(rs) || !(p == "*" || isPlaceholder(p) || p == rs[i]) {
			return false
		}
	}
	return len(ps) == len(rs)
}

// intercept applies latency, drops and injected errors before the
// request is handled; true means the request was answered.
func (fs *faultState) intercept(c *call) bool {
	rel := strings.TrimPrefix(c.r.URL.Path, apiPrefix)
	d := fs.decide(c.product, c.r.Method, rel)
	if d.latency > 0 {
		t := time.NewTimer(d.latency)
		select {
		case <-t.C:
		case <-c.r.Context().Done():
			t.Stop()
			return true
		}
	}
	switch {
	case d.drop:
		c.rs.logStatus(0)
		if dropConnection(c.rs.w, c.r) {
			return true
		}
		c.rs.fail(errorf(http.StatusServiceUnavailable, "connection dropped (injected fault)"))
		return true
	case d.fail != nil:
		c.rs.fail(d.fail)
		return true
	}
	return false
}

// taskFailure finds the injected failure for a task, if any.
func (fs *faultState) taskFailure(typ, id string) (TaskFailure, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	for _, f := range fs.f.TaskFailures {
		if (f.Type == "" || f.Type == typ) && (f.ID == "" || f.ID == id) {
			if f.Message == "" {
				f.Message = "simulated failure"
			}
			return f, true
		}
	}
	return TaskFailure{}, false
}

// nodeHealth is a PVE node's reachability.
type nodeHealth int

const (
	nodeOnline      nodeHealth = iota
	nodeOffline                // 595: the proxy cannot connect
	nodeBrokenProxy            // 596: the connection to it breaks
)

// SetNodeOffline takes a PVE node off the network or brings it back.
// While offline, requests for paths under /nodes/{node} answer
// "595 Connection refused", cluster views show it offline, and its running
// tasks stall; when it returns they end with "unexpected status", as tasks
// of a node that went down do.
func (s *Simulator) SetNodeOffline(node string, offline bool) {
	h := nodeOnline
	if offline {
		h = nodeOffline
	}
	s.setNodeHealth(node, h)
}

// SetNodeProxyBroken makes requests for a node answer "596 Broken pipe",
// as when the connection between cluster members fails mid-request.
func (s *Simulator) SetNodeProxyBroken(node string, broken bool) {
	h := nodeOnline
	if broken {
		h = nodeBrokenProxy
	}
	s.setNodeHealth(node, h)
}

func (s *Simulator) setNodeHealth(node string, h nodeHealth) {
	now := s.lock()
	defer s.unlock()
	n := s.st.nodes[node]
	if n == nil {
		return
	}
	wasOffline := n.health == nodeOffline
	n.health = h
	if wasOffline && h != nodeOffline {
		s.st.interruptTasks(node, now)
	}
}

// proxyCheck answers for a node that cannot be reached, before any
// parameter is looked at, as pveproxy does when it forwards a request.
func (s *Simulator) proxyCheck(c *call) *apiError {
	name, ok := c.path["node"]
	if !ok || c.product != catalog.PVE {
		return nil
	}
	s.lock()
	n := s.st.nodes[name]
	s.unlock()
	switch {
	case n == nil && name != "localhost":
		return internalError("hostname lookup '%s' failed - failed to get address info for: %s: Name or service not known", name, name)
	case n == nil:
		return nil
	case n.health == nodeOffline:
		return &apiError{Status: 595, Message: "Connection refused", NoBody: true}
	case n.health == nodeBrokenProxy:
		return &apiError{Status: 596, Message: "Broken pipe", NoBody: true}
	}
	return nil
}
