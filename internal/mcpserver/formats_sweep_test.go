package mcpserver

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/formats"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// sweepLogin is the password login of the sweep's clients: operations
// Proxmox refuses to tokens (allowtoken 0) are sent with a ticket, so
// they are swept too.
var sweepLogin = url.Values{"username": {"root@pam"}, "password": {"sweep-login-password"}}

// ticketUpstream makes u answer logins, and returns clients for both
// products that use the token where Proxmox allows it and a ticket
// elsewhere.
func ticketUpstream(t *testing.T, u *upstream) map[catalog.Product]Upstream {
	t.Helper()
	u.answer("POST /access/ticket", `{"ticket":"PVE:root@pam:6650F1A2::sweepticketsignature","CSRFPreventionToken":"6650F1A2:sweepcsrftoken","username":"root@pam"}`)
	out := map[catalog.Product]Upstream{}
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: u.srv.URL, TokenID: "root@pam!test", TokenSecret: "s3cret-value",
			Username: sweepLogin.Get("username"), Password: sweepLogin.Get("password"),
			VerifyTLS: true, Timeout: proxmox.DefaultTimeout}, proxmox.WithMaxAttempts(1))
		if err != nil {
			t.Fatal(err)
		}
		out[p] = c
	}
	return out
}

// sweeper calls one tool per use and counts what the upstream saw, the
// clients' own logins left out.
type sweeper struct {
	t   *testing.T
	u   *upstream
	c   *client.Client
	srv *Server
}

func (s *sweeper) sent() int {
	return s.requests(func(key, raw string) bool {
		return key != "GET /cluster/resources" && key != "GET /admin/datastore" && raw != sweepLoginRequest
	})
}

func (s *sweeper) logins() int {
	return s.requests(func(_, raw string) bool { return raw == sweepLoginRequest })
}

// sweepLoginRequest is a login as the upstream records it.
var sweepLoginRequest = "/api2/json/access/ticket " + sweepLogin.Encode()

func (s *sweeper) requests(keep func(key, raw string) bool) int {
	s.u.mu.Lock()
	defer s.u.mu.Unlock()
	n := 0
	for i, r := range s.u.requests {
		if keep(r, s.u.raw[i]) {
			n++
		}
	}
	return n
}

// sweepCounts are the figures the sweep reports and asserts.
type sweepCounts struct {
	uses      [useKinds]int
	keys      int // uses that are a key of a property string, of any kind
	ticket    int // uses of operations Proxmox refuses to tokens
	noRefused int // uses whose format has no refused example
	refused   int // uses whose refused examples were all refused, nothing sent
	refusals  int // refused examples tried
	encoded   int // urlencoded uses: the raw text sent in its encoded form
	sentGiven int // uses whose accepted example reached the upstream as given
	skipped   map[string]int
}

// For every parameter and property-string key of the catalog that has a
// named format — indexed parameters at one concrete index, and the
// parameters of uploads — every value the registry gives as refused is
// refused and nothing reaches Proxmox, and a value it accepts is sent as
// given. Operations Proxmox refuses to tokens are sent with a ticket.
func TestFormatSweepThroughTheServer(t *testing.T) {
	u := newUpstream(t)
	srv, c := sessionWith(t, setup{Mode: inventory.ModeAll, Tier: policy.Full, MaxUploadBytes: 1 << 20, Upstreams: ticketUpstream(t, u)})
	s := &sweeper{t: t, u: u, c: c, srv: srv}
	n := sweepCounts{skipped: map[string]int{}}
	uses := formatUses()
	for _, use := range uses {
		n.count(use)
		s.sweep(use, &n)
	}
	t.Logf("%d uses of named formats (%s; %d of them property-string keys; %d sent with a ticket)", len(uses), n.byKind(), n.keys, n.ticket)
	t.Logf("refused: %d uses, %d refused examples, nothing sent; urlencoded: %d uses sent encoded; no refused example: %d uses; accepted: %d uses sent as given; skipped: %v",
		n.refused, n.refusals, n.encoded, n.noRefused, n.sentGiven, n.skipped)
	n.check(t, len(uses))
	if n.ticket > 0 && s.logins() == 0 {
		t.Errorf("%d uses need a ticket, and no login was made", n.ticket)
	}
}

func (n *sweepCounts) count(use formatUse) {
	n.uses[use.kind()]++
	if use.key != "" {
		n.keys++
	}
	if !use.op.Flags.TokenAllowed {
		n.ticket++
	}
	if f, _ := formats.Lookup(use.value.Format); len(f.Refuse) == 0 {
		n.noRefused++
	}
}

func (s *sweeper) sweep(use formatUse, n *sweepCounts) {
	f, _ := formats.Lookup(use.value.Format)
	tool := s.srv.Inventory().Entry(use.op).Name
	if _, ok := refusedExample(f); ok {
		if f.Name == "urlencoded" && use.key == "" {
			s.encodes(use, tool, f, n)
		} else {
			s.refuses(use, tool, f, n)
		}
	}
	good, ok := use.acceptable(f)
	if !ok {
		n.skipped[skipNoAcceptable]++
		return
	}
	if s.sends(use, tool, good, good) {
		n.sentGiven++
	}
}

// refuses tries every refused example of the format: each is refused
// before anything is sent.
func (s *sweeper) refuses(use formatUse, tool string, f *formats.Format, n *sweepCounts) {
	ok := true
	for _, bad := range f.Refuse {
		if wire.Accepts(&catalog.Value{Type: "string", Format: use.value.Format}, bad) {
			s.t.Fatalf("%s: the registry's refused example %q passes its own check", f.Name, bad)
		}
		before := s.sent()
		res := call(s.t, s.c, tool, use.args(bad))
		if !res.IsError || s.sent() != before {
			s.t.Errorf("%s %s: %q (refused by %s) was sent: %.200s", use.op.Name, use.where(), bad, f.Name, text(res))
			ok = false
		}
		n.refusals++
	}
	if ok {
		n.refused++
	}
}

// encodes: for an urlencoded parameter, raw text is the natural form — it
// is encoded as the web UI does, not refused (TestNaturalForms…) — so each
// refused example must reach Proxmox in its encoded form. A key of a
// property string (a drive's serial) is not encoded: raw text is refused
// there, as Proxmox refuses it.
func (s *sweeper) encodes(use formatUse, tool string, f *formats.Format, n *sweepCounts) {
	ok := true
	for _, raw := range f.Refuse {
		ok = s.sends(use, tool, raw, formats.URLEncode(raw)) && ok
	}
	if ok {
		n.encoded++
	}
}

// sends calls the tool with v and reports whether exactly one request
// reached the upstream, carrying want under the argument's wire name.
func (s *sweeper) sends(use formatUse, tool, v, want string) bool {
	before := s.sent()
	res := call(s.t, s.c, tool, use.args(v))
	if res.IsError || s.sent() != before+1 {
		s.t.Errorf("%s %s: %q was not sent (%d requests): %.300s", use.op.Name, use.where(), v, s.sent()-before, text(res))
		return false
	}
	got := s.u.lastRequest()
	if !use.carries(got, want) {
		s.t.Errorf("%s %s: %q was sent as %s", use.op.Name, use.where(), want, got)
		return false
	}
	return true
}

// carries: the request holds the value as given, under the argument's
// wire name (net31, not net), or in the path.
func (use formatUse) carries(request, want string) bool {
	uri, body, _ := strings.Cut(request, " ")
	path, query, _ := strings.Cut(uri, "?")
	if use.param.Location == catalog.InPath {
		return strings.Contains(path, "/"+url.PathEscape(want))
	}
	sent, ok := sentValue(query, body, use.argName())
	if !ok {
		return false
	}
	if use.key == "" {
		return sent == want
	}
	parts := strings.Split(sent, ",")
	return slices.Contains(parts, use.key+"="+want) || slices.Contains(parts, want) // a default key is printed bare
}

// sentValue is the value of one parameter in the query, a form body or a
// multipart body.
func sentValue(query, body, name string) (string, bool) {
	if v, err := url.ParseQuery(query); err == nil && v.Has(name) {
		return v.Get(name), true
	}
	if strings.HasPrefix(body, "--") { // multipart: the part named name
		_, rest, ok := strings.Cut(body, `name="`+name+`"`+"\r\n\r\n")
		v, _, _ := strings.Cut(rest, "\r\n")
		return v, ok
	}
	if v, err := url.ParseQuery(body); err == nil && v.Has(name) {
		return v.Get(name), true
	}
	return "", false
}

// Skip reasons, each counted and asserted.
const (
	skipNoAcceptable = "no accepted example fits the value's other rules"
)

// allowedSkips bounds each skip reason: the uses whose format has no
// accepted example that the value's own pattern, length or enum admits.
var allowedSkips = map[string]int{
	skipNoAcceptable: 0,
}

func (n *sweepCounts) check(t *testing.T, uses int) {
	t.Helper()
	withRefused := uses - n.noRefused
	if tried := n.refused + n.encoded; tried != withRefused {
		t.Errorf("%d uses have a refused example, %d were tried with all of them and passed", withRefused, tried)
	}
	for why, got := range n.skipped {
		if got > allowedSkips[why] {
			t.Errorf("skipped %d uses (at most %d): %s", got, allowedSkips[why], why)
		}
	}
	if total := n.sentGiven + n.skipped[skipNoAcceptable]; total != uses {
		t.Errorf("%d uses: %d sent as given and %d skipped", uses, n.sentGiven, total-n.sentGiven)
	}
}

func (n *sweepCounts) byKind() string {
	var parts []string
	for k, c := range n.uses {
		parts = append(parts, fmt.Sprintf("%s %d", useKindNames[k], c))
	}
	return strings.Join(parts, ", ")
}
