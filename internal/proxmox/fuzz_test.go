package proxmox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/validate"
)

// FuzzEncode feeds arbitrary JSON arguments to Encode and Do: nothing may
// panic, a refusal must send no request, and an accepted path must keep
// every value inside its own segment.
func FuzzEncode(f *testing.F) {
	for _, seed := range []string{
		`{"node":"pve1","vmid":100}`,
		`{"node":"pve1","vmid":100,"onboot":true,"cores":2,"vms":[1,2]}`,
		`{"node":"pve1","vmid":100,"net":{"0":"virtio,bridge=vmbr0","1":{"model":"e1000","firewall":true}}}`,
		`{"node":"pve1","vmid":100,"net0":{"model":"virtio","trunks":[1,2]},"net":{"0":"x"}}`,
		`{"node":"../etc","vmid":1e300}`,
		`{"node":"a/b","vmid":-0.5,"groups":["a,b"]}`,
		`{"node":"\u0000","vmid":100,"net":{"01":"x","x":"y","99999":"z"}}`,
		`{"node":"%2e%2e","vmid":100,"net5":{"model":"virtio=","bridge":"a,b"}}`,
		`{"userid":"root@pam"}`,
		`{}`,
	} {
		f.Add(seed)
	}
	var sent atomic.Int64
	srv := httptestCounting(f, &sent)
	c, err := New(tokenConfig(srv), WithWarnings(nil), WithMaxAttempts(1))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		var args map[string]any
		if json.Unmarshal([]byte(raw), &args) != nil {
			return
		}
		for _, op := range []*catalog.Operation{opConfig, opStatus, opUser} {
			checkEncode(t, op, args)
			before := sent.Load()
			_, doErr := c.Do(context.Background(), op, args)
			if isRefusal(doErr) && sent.Load() != before {
				t.Fatalf("%s: refused (%v) but a request was sent", op.Name, doErr)
			}
			if _, encErr := Encode(op, args); encErr != nil && sent.Load() != before {
				t.Fatalf("%s: Encode refused (%v) but Do sent a request", op.Name, encErr)
			}
		}
	})
}

func isRefusal(err error) bool {
	var ve *validate.Error
	return errors.As(err, &ve)
}

// checkEncode asserts the shape of an accepted request.
func checkEncode(t *testing.T, op *catalog.Operation, args map[string]any) {
	req, err := Encode(op, args)
	if err != nil {
		if !isRefusal(err) {
			t.Fatalf("Encode error is not a refusal: %T %v", err, err)
		}
		return
	}
	tmpl := strings.Split(op.Path, "/")
	segs := strings.Split(req.Path, "/")
	if len(segs) != len(tmpl) {
		t.Fatalf("path %q has %d segments, template %q has %d", req.Path, len(segs), op.Path, len(tmpl))
	}
	for i, seg := range segs {
		v, err := url.PathUnescape(seg)
		if err != nil || (i > 0 && (v == "" || v == "." || strings.Contains(v, "..") || strings.ContainsAny(v, "/\\"))) {
			t.Fatalf("path %q: segment %q escapes (%v)", req.Path, seg, err)
		}
	}
	for k := range req.Form {
		if strings.ContainsAny(k, "{}") {
			t.Fatalf("wire name %q", k)
		}
	}
}

// httptestCounting serves {"data":null} and counts requests, for the fuzz
// test, which has no *testing.T at setup.
func httptestCounting(f *testing.F, n *atomic.Int64) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		io.Copy(io.Discard, r.Body)
		fmt.Fprint(w, `{"data":null}`)
	}))
	f.Cleanup(srv.Close)
	return srv.URL
}
