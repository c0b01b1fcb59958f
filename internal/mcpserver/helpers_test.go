package mcpserver

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/proxmox-mcp/proxmox-mcp/internal/audit"
	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
)

// upstream is a fake Proxmox that counts and records requests and answers
// from a table of "METHOD /path" → data.
type upstream struct {
	mu       sync.Mutex
	requests []string
	bodies   []string
	raw      []string // escaped path and query, then the body
	answers  map[string]string
	files    map[string]rawFile
	srv      *httptest.Server
	// gate, when set, runs before each answer (a test holds requests there).
	gate func(key string)
}

// rawFile is a non-JSON answer (a download).
type rawFile struct {
	contentType string
	body        []byte
}

func newUpstream(t *testing.T) *upstream {
	u := &upstream{answers: map[string]string{}, files: map[string]rawFile{}}
	u.srv = httptest.NewServer(http.HandlerFunc(u.serve))
	t.Cleanup(u.srv.Close)
	return u
}

func (u *upstream) serve(w http.ResponseWriter, r *http.Request) {
	key := r.Method + " " + strings.TrimPrefix(r.URL.Path, "/api2/json")
	body, _ := io.ReadAll(r.Body)
	u.mu.Lock()
	u.requests = append(u.requests, key)
	u.raw = append(u.raw, r.URL.RequestURI()+" "+string(body))
	u.bodies = append(u.bodies, string(body))
	data, ok := u.answers[key]
	file, isFile := u.files[key]
	gate := u.gate
	u.mu.Unlock()
	if gate != nil {
		gate(key)
	}
	if isFile {
		w.Header().Set("Content-Type", file.contentType)
		w.Write(file.body)
		return
	}
	if !ok {
		data = "null"
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"data":` + data + `}`))
}

func (u *upstream) answer(key, data string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.answers[key] = data
}

func (u *upstream) count() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	return len(u.requests)
}

// writes counts the requests that could change something (not GETs: the
// plans shown before a confirmation read the current state).
func (u *upstream) writes() int {
	return u.countWhere(func(r string) bool { return !strings.HasPrefix(r, "GET ") })
}

// operations counts the requests other than the reads that find a call's
// target (the guest list, the datastore list): what calls sent.
func (u *upstream) operations() int {
	return u.countWhere(func(r string) bool { return r != "GET /cluster/resources" && r != "GET /admin/datastore" })
}

func (u *upstream) countWhere(keep func(string) bool) int {
	u.mu.Lock()
	defer u.mu.Unlock()
	n := 0
	for _, r := range u.requests {
		if keep(r) {
			n++
		}
	}
	return n
}

// lastRequest is the last request as it arrived: escaped path, query and
// body.
func (u *upstream) lastRequest() string {
	u.mu.Lock()
	defer u.mu.Unlock()
	if len(u.raw) == 0 {
		return ""
	}
	return u.raw[len(u.raw)-1]
}

func (u *upstream) last() string {
	u.mu.Lock()
	defer u.mu.Unlock()
	if len(u.requests) == 0 {
		return ""
	}
	return u.requests[len(u.requests)-1]
}

func (u *upstream) client(t *testing.T, p catalog.Product) *proxmox.Client {
	t.Helper()
	tokenID := "root@pam!test"
	c, err := proxmox.New(proxmox.Config{Product: p, BaseURL: u.srv.URL, TokenID: tokenID, TokenSecret: "s3cret-value",
		VerifyTLS: true, Timeout: proxmox.DefaultTimeout}, proxmox.WithMaxAttempts(1))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// setup is what a test asks of a server: the inventory's choices, the
// server's limits, and one upstream per configured product.
type setup struct {
	Mode                                             inventory.Mode
	FrontDoor                                        bool
	Tier                                             policy.Tier
	Categories                                       map[catalog.Product][]string
	MaxResultBytes, MaxDownloadBytes, MaxUploadBytes int
	TaskWait, MaxTaskWait                            time.Duration
	Upstreams                                        map[catalog.Product]Upstream
	// Allow is the capabilities turned on; nil turns on all of them (most
	// tests exercise every operation), an empty list none.
	Allow []string
	// NoDestructive serves both products without destructive calls.
	NoDestructive bool
	// Structured keeps structuredContent in results.
	Structured bool
	// Release is what each product's cluster runs ("": the catalog's).
	Release map[catalog.Product]string
	// Server options beyond the inventory's.
	Elicitation        Elicitation
	ElicitationTimeout time.Duration
	Audit              *audit.Log
	AuditReads         bool
}

// newServer builds the inventory and the server a setup describes.
func newServer(t testing.TB, s setup) *Server {
	t.Helper()
	var products []inventory.Product
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		if s.Upstreams[p] != nil {
			products = append(products, inventory.Product{Product: p, Tier: s.Tier, Categories: s.Categories[p], NoDestructive: s.NoDestructive, Release: s.Release[p]})
		}
	}
	if s.MaxTaskWait == 0 {
		s.MaxTaskWait = 15 * time.Minute
	}
	if s.Allow == nil {
		s.Allow = inventory.Capabilities
	}
	inv, err := inventory.New(inventory.Options{Products: products, Mode: s.Mode, FrontDoor: s.FrontDoor,
		MaxTaskWait: s.MaxTaskWait, MaxUploadBytes: s.MaxUploadBytes, Allow: s.Allow})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Options{Inventory: inv, Upstreams: s.Upstreams, MaxResultBytes: s.MaxResultBytes,
		MaxDownloadBytes: s.MaxDownloadBytes, MaxUploadBytes: s.MaxUploadBytes, TaskWait: s.TaskWait,
		Elicitation: s.Elicitation, ElicitationTimeout: s.ElicitationTimeout, Audit: s.Audit, AuditReads: s.AuditReads, Caller: "test",
		StructuredContent: s.Structured})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// session starts a server for both products against the upstream (unless
// the setup names its own upstreams) and an initialised in-process client.
func session(t *testing.T, u *upstream, s setup, tier policy.Tier) (*Server, *client.Client) {
	t.Helper()
	s.Tier = tier
	if s.Upstreams == nil {
		s.Upstreams = map[catalog.Product]Upstream{catalog.PVE: u.client(t, catalog.PVE), catalog.PBS: u.client(t, catalog.PBS)}
	}
	srv := newServer(t, s)
	return srv, connect(t, srv)
}

func connect(t *testing.T, srv *Server) *client.Client {
	t.Helper()
	c, err := client.NewInProcessClient(srv.MCP())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	req := mcp.InitializeRequest{}
	req.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	req.Params.ClientInfo = mcp.Implementation{Name: "test", Version: "1"}
	if _, err := c.Initialize(ctx, req); err != nil {
		t.Fatal(err)
	}
	return c
}

func listNames(t *testing.T, c *client.Client) []string {
	t.Helper()
	res, err := c.ListTools(context.Background(), mcp.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(res.Tools))
	for i, tool := range res.Tools {
		names[i] = tool.Name
	}
	return names
}

func call(t *testing.T, c *client.Client, name string, args map[string]any) *mcp.CallToolResult {
	t.Helper()
	req := mcp.CallToolRequest{}
	req.Params.Name = name
	req.Params.Arguments = args
	res, err := c.CallTool(context.Background(), req)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

// text joins a result's text contents.
func text(r *mcp.CallToolResult) string {
	var b []byte
	for _, c := range r.Content {
		if t, ok := c.(mcp.TextContent); ok {
			b = append(b, t.Text...)
		}
	}
	return string(b)
}

func decodeText(t *testing.T, r *mcp.CallToolResult) map[string]any {
	t.Helper()
	var m map[string]any
	first := r.Content[0].(mcp.TextContent).Text
	if err := json.Unmarshal([]byte(first), &m); err != nil {
		t.Fatalf("result is not a JSON object: %v\n%s", err, first)
	}
	return m
}

// setForTest sets a package variable for one test and restores it after.
func setForTest[T any](t *testing.T, v *T, value T) {
	t.Helper()
	was := *v
	*v = value
	t.Cleanup(func() { *v = was })
}
