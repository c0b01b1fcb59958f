package sim

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// wantParamError asserts PVE's parameter verification answer: the reason
// phrase, and the one message for param.
func wantParamError(t *testing.T, r reply, param, msg string) {
	t.Helper()
	if r.status != http.StatusBadRequest || r.reason != "Parameter verification failed." {
		t.Fatalf("status line %d %q, want 400 \"Parameter verification failed.\" (body %s)", r.status, r.reason, r.body)
	}
	got := r.errors(t)[param]
	if !strings.Contains(got, msg) {
		t.Fatalf("errors[%q] = %q, want it to contain %q (all: %v)", param, got, msg, r.errors(t))
	}
}

func TestParameterErrorsPVE(t *testing.T) {
	e := newEnv(t, Options{})
	post := func(path string, form url.Values) reply {
		return e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: path, form: form})
	}
	cases := []struct {
		name, path  string
		form        url.Values
		param, want string
	}{
		{"unknown parameter", "/nodes/pve1/qemu/100/status/start", url.Values{"bogus": {"1"}}, "bogus", "property is not defined in schema and the schema does not allow additional properties"},
		{"missing required", "/nodes/pve1/qemu", url.Values{"name": {"x"}}, "vmid", "property is missing and it is not optional"},
		{"wrong type", "/nodes/pve1/qemu", url.Values{"vmid": {"abc"}}, "vmid", "type check ('integer') failed - got 'abc'"},
		{"below range", "/nodes/pve1/qemu", url.Values{"vmid": {"5"}}, "vmid", "value must have a minimum value of 100"},
		{"enum", "/nodes/pve1/qemu", url.Values{"vmid": {"150"}, "ostype": {"beos"}}, "ostype", "value 'beos' does not have a value in the enumeration 'other, wxp"},
		{"boolean", "/nodes/pve1/qemu", url.Values{"vmid": {"150"}, "onboot": {"maybe"}}, "onboot", "type check ('boolean') failed - got 'maybe'"},
		{"too long", "/nodes/pve1/qemu/101/snapshot", url.Values{"snapname": {strings.Repeat("s", 41)}}, "snapname", "value may only be 40 characters long"},
		{"pattern", "/access/users/root@pam/token/1bad", nil, "tokenid", "value does not match the regex pattern"},
		{"property string key", "/nodes/pve1/qemu", url.Values{"vmid": {"150"}, "net0": {"virtio,bridge=vmbr0,speed=10"}}, "net0", "invalid format - format error\nnet0.speed: property is not defined in schema and the schema does not allow additional properties"},
		{"property string value", "/nodes/pve1/qemu", url.Values{"vmid": {"150"}, "net0": {"model=tokenring,bridge=vmbr0"}}, "net0", "invalid format - format error\nnet0.model: value 'tokenring' does not have a value in the enumeration"},
		{"property string missing key", "/nodes/pve1/qemu", url.Values{"vmid": {"150"}, "net0": {"bridge=vmbr0"}}, "net0", "net0.model: property is missing and it is not optional"},
		{"index out of range", "/nodes/pve1/qemu", url.Values{"vmid": {"150"}, "ide9": {"local-lvm:1"}}, "ide9", "property is not defined in schema"},
		{"path conflicts with parameter", "/nodes/pve1/qemu/100/status/start", url.Values{"vmid": {"101"}}, "vmid", "duplicate parameter (already defined in URI) with conflicting values!"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { wantParamError(t, post(tc.path, tc.form), tc.param, tc.want) })
	}
	t.Run("one message per bad parameter", func(t *testing.T) {
		r := post("/nodes/pve1/qemu", url.Values{"vmid": {"x"}, "cores": {"0"}, "bogus": {"1"}})
		if errs := r.errors(t); len(errs) != 3 || errs["vmid"] == "" || errs["cores"] == "" || errs["bogus"] == "" {
			t.Fatalf("errors = %v, want vmid, cores and bogus", errs)
		}
	})
	t.Run("path parameter type", func(t *testing.T) {
		wantParamError(t, e.get(t, catalog.PVE, "/nodes/pve1/qemu/abc/status/current"), "vmid", "type check ('integer') failed - got 'abc'")
	})
}

func TestParameterAcceptsProxmoxForms(t *testing.T) {
	e := newEnv(t, Options{})
	for _, form := range []url.Values{
		{"vmid": {"150"}, "onboot": {"true"}, "net0": {"virtio=BC:24:11:00:00:05,bridge=vmbr0,firewall=yes"}},
		{"vmid": {"151"}, "onboot": {"off"}, "net0": {"model=e1000,bridge=vmbr0"}, "scsi0": {"local-lvm:8"}},
	} {
		r := e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: "/nodes/pve1/qemu", form: form})
		if r.status != http.StatusOK {
			t.Fatalf("%v: %d %q %s", form, r.status, r.reason, r.body)
		}
	}
	r := e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: "/nodes/pve1/qemu", json: `{"vmid": 152, "onboot": true, "cores": 2}`})
	if r.status != http.StatusOK {
		t.Fatalf("JSON body: %d %q %s", r.status, r.reason, r.body)
	}
}

func TestParameterErrorsPBS(t *testing.T) {
	e := newEnv(t, Options{})
	r := e.send(t, request{product: catalog.PBS, method: http.MethodPost, path: "/admin/datastore/store1/gc", form: url.Values{"bogus": {"1"}}})
	want := "parameter verification failed - 'bogus': schema does not allow additional properties."
	if r.status != http.StatusBadRequest || string(r.body) != want {
		t.Fatalf("got %d %q %s, want 400 with %q", r.status, r.reason, r.body, want)
	}
	r = e.send(t, request{product: catalog.PBS, method: http.MethodGet, path: "/admin/datastore/store1/snapshots", query: url.Values{"backup-type": {"disk"}, "bogus": {"1"}}})
	if r.status != http.StatusBadRequest || !strings.HasPrefix(string(r.body), "parameter verification failed:\n- '") {
		t.Fatalf("two errors: got %d %s", r.status, r.body)
	}
}

func TestUnknownPathAndMethod(t *testing.T) {
	e := newEnv(t, Options{})
	r := e.get(t, catalog.PVE, "/foo")
	if r.status != http.StatusNotImplemented || r.reason != "Method 'GET /foo' not implemented" {
		t.Fatalf("unknown path: %d %q", r.status, r.reason)
	}
	if string(r.body) != `{"data":null,"message":"Method 'GET /foo' not implemented\n"}` {
		t.Fatalf("unknown path body: %s", r.body)
	}
	if !r.close {
		t.Fatal("PVE closes the connection after an error; the answer did not say Connection: close")
	}
	r = e.send(t, request{product: catalog.PVE, method: http.MethodPut, path: "/version"})
	if r.status != http.StatusNotImplemented || r.reason != "Method 'PUT /version' not implemented" {
		t.Fatalf("unknown method: %d %q", r.status, r.reason)
	}
	r = e.get(t, catalog.PBS, "/foo/bar")
	if r.status != http.StatusNotFound || string(r.body) != "Path '/api2/json/foo/bar' not found." {
		t.Fatalf("PBS unknown path: %d %s", r.status, r.body)
	}
	// keep-alive still works for the next request on a fresh connection
	if r := e.get(t, catalog.PVE, "/version"); r.status != http.StatusOK {
		t.Fatalf("after an error: %d", r.status)
	}
}

func TestAuthentication(t *testing.T) {
	e := newEnv(t, Options{})
	cases := []struct {
		name, header, reason string
	}{
		{"no credentials", "", "No ticket"},
		{"wrong secret", "PVEAPIToken=root@pam!mcp=00000000-0000-0000-0000-000000000000", "invalid token value!"},
		{"unknown token", "PVEAPIToken=root@pam!nope=" + e.sim.TokenSecret(catalog.PVE), "no such token 'nope' for user 'root@pam'"},
		{"unknown user", "PVEAPIToken=ghost@pve!mcp=x", "no such user ('ghost@pve')"},
		{"PBS token form on PVE", "PVEAPIToken=root@pam!mcp:" + e.sim.TokenSecret(catalog.PVE), "no tokenid specified"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.send(t, request{product: catalog.PVE, method: http.MethodGet, path: "/version", header: http.Header{"Authorization": {tc.header}}, noAuth: tc.header == ""})
			if r.status != http.StatusUnauthorized || r.reason != tc.reason || len(r.body) != 0 {
				t.Fatalf("got %d %q %q, want 401 %q and no body", r.status, r.reason, r.body, tc.reason)
			}
		})
	}
	t.Run("PBS", func(t *testing.T) {
		r := e.send(t, request{product: catalog.PBS, method: http.MethodGet, path: "/version", noAuth: true})
		if r.status != http.StatusUnauthorized || string(r.body) != "authentication failed - no authentication credentials provided." {
			t.Fatalf("got %d %s", r.status, r.body)
		}
		r = e.send(t, request{product: catalog.PBS, method: http.MethodGet, path: "/version", header: http.Header{"Authorization": {"PBSAPIToken=root@pam!mcp:wrong"}}})
		if r.status != http.StatusUnauthorized {
			t.Fatalf("wrong PBS secret: got %d %s", r.status, r.body)
		}
		if r := e.get(t, catalog.PBS, "/version"); r.status != http.StatusOK {
			t.Fatalf("PBS token: got %d %s", r.status, r.body)
		}
	})
	t.Run("unknown path needs authentication first", func(t *testing.T) {
		r := e.send(t, request{product: catalog.PVE, method: http.MethodGet, path: "/foo", noAuth: true})
		if r.status != http.StatusUnauthorized {
			t.Fatalf("got %d, want 401", r.status)
		}
	})
}

// login gets a ticket with the password.
func login(t *testing.T, e *env, p catalog.Product) (ticket, csrf string) {
	t.Helper()
	r := e.send(t, request{product: p, method: http.MethodPost, path: "/access/ticket", noAuth: true,
		form: url.Values{"username": {e.sim.Username()}, "password": {e.sim.Password()}}})
	if r.status != http.StatusOK {
		t.Fatalf("login: %d %q %s", r.status, r.reason, r.body)
	}
	d := r.data(t).(map[string]any)
	return d["ticket"].(string), d["CSRFPreventionToken"].(string)
}

func TestTicketAndCSRF(t *testing.T) {
	e := newEnv(t, Options{})
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		t.Run(string(p), func(t *testing.T) {
			ticket, csrf := login(t, e, p)
			cookie := http.Header{"Cookie": {cookieName(p) + "=" + url.PathEscape(ticket)}}
			if r := e.send(t, request{product: p, method: http.MethodGet, path: "/version", header: cookie}); r.status != http.StatusOK {
				t.Fatalf("GET with ticket: %d %q", r.status, r.reason)
			}
			path, form := "/pools", url.Values{"poolid": {"csrf-test"}}
			if p == catalog.PBS {
				path, form = "/admin/datastore/store1/gc", nil
			}
			r := e.send(t, request{product: p, method: http.MethodPost, path: path, form: form, header: cookie})
			if r.status != http.StatusUnauthorized {
				t.Fatalf("POST without CSRF token: %d %q %s, want 401", r.status, r.reason, r.body)
			}
			withCSRF := cookie.Clone()
			withCSRF.Set("CSRFPreventionToken", csrf)
			if r := e.send(t, request{product: p, method: http.MethodPost, path: path, form: form, header: withCSRF}); r.status != http.StatusOK {
				t.Fatalf("POST with CSRF token: %d %q %s", r.status, r.reason, r.body)
			}
		})
	}
	t.Run("wrong password", func(t *testing.T) {
		r := e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: "/access/ticket", noAuth: true,
			form: url.Values{"username": {"root@pam"}, "password": {"wrong"}}})
		if r.status != http.StatusUnauthorized || r.reason != "authentication failure" {
			t.Fatalf("got %d %q", r.status, r.reason)
		}
	})
	t.Run("forged ticket", func(t *testing.T) {
		r := e.send(t, request{product: catalog.PVE, method: http.MethodGet, path: "/version", header: http.Header{"Cookie": {"PVEAuthCookie=PVE:root@pam:66000000::forged"}}})
		if r.status != http.StatusUnauthorized || r.reason != "authentication failure" {
			t.Fatalf("got %d %q", r.status, r.reason)
		}
	})
}

func TestTokenRefusedWhereProxmoxNeedsTicket(t *testing.T) {
	e := newEnv(t, Options{})
	form := url.Values{"userid": {"root@pam"}, "password": {"a-new-password"}}
	r := e.send(t, request{product: catalog.PVE, method: http.MethodPut, path: "/access/password", form: form})
	want := "Permission check failed (URI '/access/password' not available with API token, need proper ticket.)"
	if r.status != http.StatusForbidden || r.reason != want {
		t.Fatalf("token: got %d %q, want 403 %q", r.status, r.reason, want)
	}
	ticket, csrf := login(t, e, catalog.PVE)
	h := http.Header{"Cookie": {"PVEAuthCookie=" + url.PathEscape(ticket)}, "CSRFPreventionToken": {csrf}}
	if r := e.send(t, request{product: catalog.PVE, method: http.MethodPut, path: "/access/password", form: form, header: h}); r.status != http.StatusOK {
		t.Fatalf("ticket: got %d %q %s", r.status, r.reason, r.body)
	}
}

func TestRequestLog(t *testing.T) {
	e := newEnv(t, Options{})
	if n := e.sim.RequestCount(); n != 0 {
		t.Fatalf("fresh simulator saw %d requests", n)
	}
	e.send(t, request{product: catalog.PVE, method: http.MethodGet, path: "/nodes/pve1/qemu/100/status/current"})
	e.send(t, request{product: catalog.PVE, method: http.MethodPost, path: "/access/ticket", noAuth: true,
		form: url.Values{"username": {"root@pam"}, "password": {"secret-value"}}})
	reqs := e.sim.Requests()
	if len(reqs) != 2 || e.sim.RequestCount() != 2 {
		t.Fatalf("log has %d requests", len(reqs))
	}
	r := reqs[0]
	if r.AuthID != "root@pam!mcp" || !r.Token || r.Operation != "pve_get_nodes_qemu_status_current" || r.Args["vmid"] != int64(100) || r.Status != 200 {
		t.Fatalf("first request recorded as %+v", r)
	}
	if got := reqs[1].Params["password"]; len(got) != 1 || got[0] == "secret-value" {
		t.Fatalf("password recorded as %v", got)
	}
	e.sim.ResetLog()
	if e.sim.RequestCount() != 0 {
		t.Fatal("ResetLog left requests")
	}
}

// Both daemons refuse a parsed body over 512 KiB before reading its
// parameters, each in its own words.
func TestRequestBodyLimits(t *testing.T) {
	e := newEnv(t, Options{})
	body := func(n int) url.Values {
		// "description=" plus padding makes a body of exactly n bytes
		return url.Values{"description": {strings.Repeat("d", n-len("description="))}}
	}
	cases := []struct {
		product catalog.Product
		path    string
		size    int
		status  int
		reason  string
	}{
		{catalog.PVE, "/nodes/pve1/qemu/100/snapshot", 512 << 10, http.StatusBadRequest, "Parameter verification failed."},
		{catalog.PVE, "/nodes/pve1/qemu/100/snapshot", 512<<10 + 1, http.StatusNotImplemented, "for data too large"},
		{catalog.PBS, "/config/datastore", 512<<10 - 1, http.StatusBadRequest, ""},
		{catalog.PBS, "/config/datastore", 512 << 10, http.StatusBadRequest, "Request body too large"},
	}
	for _, tc := range cases {
		r := e.send(t, request{product: tc.product, method: http.MethodPost, path: tc.path, form: body(tc.size)})
		tooLarge := strings.Contains(r.reason+string(r.body), "too large")
		wantTooLarge := strings.Contains(tc.reason, "too large")
		if r.status != tc.status || tooLarge != wantTooLarge || (wantTooLarge && !strings.Contains(r.reason+string(r.body), tc.reason)) {
			t.Errorf("%s %d bytes: %d %q %s, want %d %q", tc.product, tc.size, r.status, r.reason, r.body, tc.status, tc.reason)
		}
	}
}
