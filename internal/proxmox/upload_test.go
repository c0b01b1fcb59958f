package proxmox

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

func uploadServer(t *testing.T, seen func(r *http.Request, body []byte)) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		seen(r, b)
		w.Write([]byte(`{"data":"ok"}`))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestUploadPBSSendsParamsInQueryAndRawBody(t *testing.T) {
	op := &catalog.Operation{Name: "pbs_post_upload", Product: catalog.PBS, Method: "POST", Path: "/admin/datastore/{store}/upload-backup-log",
		Flags: catalog.Flags{Upload: true, TokenAllowed: true}, Transfer: catalog.RawUpload,
		Params: []catalog.Param{pathParam("store", str), {Name: "backup-id", Location: catalog.InBody, Required: true, MaxIndex: -1, Value: str}}}
	var query, ctype, body string
	srv := uploadServer(t, func(r *http.Request, b []byte) {
		query, ctype, body = r.URL.RawQuery, r.Header.Get("Content-Type"), string(b)
	})
	c, err := New(Config{Product: catalog.PBS, BaseURL: srv.URL, TokenID: "root@pam!t", TokenSecret: "x", VerifyTLS: true})
	if err != nil {
		t.Fatal(err)
	}
	req := prepared(t, op, map[string]any{"store": "s1", "backup-id": "100"})
	if _, err := c.Upload(context.Background(), req, File{Data: []byte("log line\n")}); err != nil {
		t.Fatal(err)
	}
	if query != "backup-id=100" || ctype != "application/octet-stream" || body != "log line\n" {
		t.Errorf("query %q, content type %q, body %q", query, ctype, body)
	}
}

func TestUploadPVESendsMultipartWithFilenamePart(t *testing.T) {
	op := &catalog.Operation{Name: "pve_post_upload", Product: catalog.PVE, Method: "POST", Path: "/nodes/{node}/storage/{storage}/upload",
		Flags: catalog.Flags{TokenAllowed: true}, Transfer: catalog.MultipartUpload,
		Params: []catalog.Param{pathParam("node", str), pathParam("storage", str),
			{Name: "content", Location: catalog.InBody, Required: true, MaxIndex: -1, Value: str},
			{Name: "filename", Location: catalog.InBody, Required: true, MaxIndex: -1, Value: str}}}
	var fields map[string]string
	var file string
	srv := uploadServer(t, func(r *http.Request, b []byte) {
		r.Body = io.NopCloser(strings.NewReader(string(b)))
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			t.Errorf("not multipart: %v", err)
			return
		}
		fields = map[string]string{}
		for k, v := range r.MultipartForm.Value {
			fields[k] = v[0]
		}
		fh := r.MultipartForm.File["filename"][0]
		fr, _ := fh.Open()
		data, _ := io.ReadAll(fr)
		file = fh.Filename + ":" + string(data)
	})
	c, err := New(Config{Product: catalog.PVE, BaseURL: srv.URL, TokenID: "root@pam!t", TokenSecret: "x", VerifyTLS: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Upload(context.Background(), prepared(t, op, map[string]any{"node": "pve1", "storage": "local", "content": "iso", "filename": "tiny.iso"}),
		File{Name: "tiny.iso", Data: []byte("ISO")})
	if err != nil {
		t.Fatal(err)
	}
	if fields["content"] != "iso" || file != "tiny.iso:ISO" || fields["filename"] != "" {
		t.Errorf("fields %v, file %q", fields, file)
	}
}
