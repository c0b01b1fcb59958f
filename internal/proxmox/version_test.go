package proxmox

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func TestVersionAndCheckLine(t *testing.T) {
	cases := []struct {
		product catalog.Product
		answer  string
		label   string
		line    string
	}{
		// PVE: version is the full release, release its MAJOR.MINOR.
		{catalog.PVE, `{"version":"9.1.2","release":"9.1","repoid":"abcdef12"}`, "9.1", "connected to Proxmox VE 9.1.2 at "},
		// PBS: version is MAJOR.MINOR, release the patch level.
		{catalog.PBS, `{"version":"4.2","release":"1","repoid":"0123abcd"}`, "4.2", "connected to Proxmox Backup Server 4.2.1 at "},
	}
	for _, tc := range cases {
		t.Run(string(tc.product), func(t *testing.T) {
			srv := newFake(t, dataOK(tc.answer))
			cfg := tokenConfig(srv.URL)
			cfg.Product = tc.product
			c := newTestClient(t, cfg)
			v, err := c.Version(context.Background())
			if err != nil || v.Label() != tc.label {
				t.Fatalf("Version = %+v (label %q), %v; want label %q", v, v.Label(), err, tc.label)
			}
			line, err := c.CheckLine(context.Background())
			if err != nil || line != tc.line+srv.URL {
				t.Errorf("CheckLine = %q, %v", line, err)
			}
			if r := srv.requests()[0]; r.Method != "GET" || r.URI != "/api2/json/version" {
				t.Errorf("request = %+v", r)
			}
		})
	}
}

func TestCheckLineNamesWhatToFix(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) {
		rawReply(w, "401 authentication failure", "application/json", `{"data":null}`, -1)
	})
	_, err := newTestClient(t, tokenConfig(srv.URL)).CheckLine(context.Background())
	if err == nil {
		t.Fatal("no error")
	}
	mustContain(t, err.Error(), "cannot use Proxmox VE at "+srv.URL, "PVE_TOKEN_ID", "PVE_TOKEN_SECRET")

	html := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) { w.Write([]byte(`{"data":{}}`)) })
	_, err = newTestClient(t, tokenConfig(html.URL)).CheckLine(context.Background())
	if err == nil || !strings.Contains(err.Error(), "PVE_BASE_URL") {
		t.Errorf("err = %v", err)
	}
}

func TestDownload(t *testing.T) {
	srv := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ string) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("0123456789"))
	})
	c := newTestClient(t, tokenConfig(srv.URL))
	raw, err := c.Download(context.Background(), prepared(t, opDownload, map[string]any{"store": "backup"}), 100)
	if err != nil {
		t.Fatal(err)
	}
	if string(raw.Body) != "0123456789" || raw.Size != 10 || raw.ContentType != "application/octet-stream" {
		t.Errorf("got %+v", raw)
	}
	if _, err := c.Download(context.Background(), prepared(t, opDownload, map[string]any{"store": "backup"}), 9); err == nil {
		t.Error("over-limit body accepted")
	} else {
		mustContain(t, err.Error(), "larger than the limit of 9 bytes")
	}
	before := srv.count()
	if _, err := c.Do(context.Background(), opDownload, map[string]any{"store": "backup"}); err == nil {
		t.Error("Do on a download operation succeeded")
	} else {
		mustContain(t, err.Error(), "use Download")
	}
	if srv.count() != before {
		t.Error("Do on a download operation sent a request")
	}
}

func TestRefusalsSendNothing(t *testing.T) {
	srv := newFake(t, dataOK(`null`))
	c := newTestClient(t, tokenConfig(srv.URL))
	for _, args := range []map[string]any{
		{"node": "pve1"}, // missing vmid
		{"node": "pve1", "vmid": 100, "bogus": 1}, // unknown
		{"node": "../x", "vmid": 100},             // path traversal
		{"node": "pve1", "vmid": 100.5},           // fraction
		{"node": "pve1", "vmid": "abc"},           // wrong type
	} {
		if _, err := c.Do(context.Background(), opStatus, args); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	if srv.count() != 0 {
		t.Errorf("%d requests sent", srv.count())
	}
}
