package sim

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// maxBody bounds an upload's body, which both daemons stream to a file
// rather than parse.
const maxBody = 1 << 20

// maxFormBody is both daemons' limit on a parsed request body, 512 KiB:
// pve-http-server's $limit_max_post (src/PVE/APIServer/AnyEvent.pm) and
// proxmox-rest-server's MAX_REQUEST_BODY_SIZE (src/rest.rs).
const maxFormBody = wire.MaxFormBytes

// bodyTooLarge is each daemon's answer to a longer body: PVE refuses more
// than the limit (by Content-Length) with 501, PBS the limit or more with
// 400.
func bodyTooLarge(p catalog.Product, n int) *apiError {
	if p == catalog.PBS {
		if n >= maxFormBody {
			return errorf(http.StatusBadRequest, "Request body too large")
		}
		return nil
	}
	if n > maxFormBody {
		return errorf(http.StatusNotImplemented, "for data too large")
	}
	return nil
}

// readParams collects query and body parameters. GET and DELETE carry
// theirs in the query string; POST and PUT in a form-encoded body, a JSON
// object (accepted by both daemons) or, for uploads, multipart form data.
func readParams(p catalog.Product, r *http.Request, upload bool) (*wire.Params, []byte, *apiError) {
	w := wire.NewParams()
	var file []byte
	switch {
	case upload:
		var e *apiError
		if file, e = readFile(r); e != nil {
			return nil, nil, e
		}
	case r.Method == http.MethodPost || r.Method == http.MethodPut:
		if e := readBody(p, r, w); e != nil {
			return nil, nil, e
		}
	}
	query := parseForm(r.URL.RawQuery)
	for _, k := range query.Keys() {
		if k != "_dc" { // ExtJS cache buster, ignored by both daemons
			w.Set(k, query.Values(k))
		}
	}
	return w, file, nil
}

// readFile takes the raw body of a PBS UPLOAD operation as the file.
func readFile(r *http.Request) ([]byte, *apiError) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "Problems reading request body: %v", err)
	}
	if len(body) > maxBody {
		return nil, errorf(http.StatusRequestEntityTooLarge, "Request body too large")
	}
	return body, nil
}

func readBody(p catalog.Product, r *http.Request, w *wire.Params) *apiError {
	ct := r.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if mt == "multipart/form-data" {
		return readMultipart(r, w)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxFormBody+1))
	if err != nil {
		return errorf(http.StatusBadRequest, "Problems reading request body: %v", err)
	}
	if e := bodyTooLarge(p, len(body)); e != nil {
		return e
	}
	switch mt {
	case "", "application/x-www-form-urlencoded":
		form := parseForm(string(body))
		for _, k := range form.Keys() {
			w.Set(k, form.Values(k))
		}
		return nil
	case "application/json":
		return readJSON(body, w)
	}
	return errorf(http.StatusBadRequest, "unsupported content type %q", ct)
}

// parseForm decodes a=1&b=2&b=3 keeping order and repeated keys.
func parseForm(s string) *wire.Params {
	w := wire.NewParams()
	for _, kv := range strings.Split(s, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		k, err1 := url.QueryUnescape(k)
		v, err2 := url.QueryUnescape(v)
		if err1 != nil || err2 != nil || k == "" {
			continue
		}
		w.Add(k, v)
	}
	return w
}

// readJSON turns a JSON object body into wire strings: booleans become
// 1/0 and arrays repeated values, which is what the daemons check.
func readJSON(body []byte, w *wire.Params) *apiError {
	if len(strings.TrimSpace(string(body))) == 0 {
		return nil
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return errorf(http.StatusBadRequest, "malformed JSON body: %v", err)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range jsonWire(m[k]) {
			w.Add(k, v)
		}
	}
	return nil
}

func jsonWire(v any) []string {
	switch x := v.(type) {
	case nil:
		return nil
	case bool:
		if x {
			return []string{"1"}
		}
		return []string{"0"}
	case string:
		return []string{x}
	case json.Number:
		return []string{x.String()}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, jsonWire(e)...)
		}
		return out
	}
	b, _ := json.Marshal(v)
	return []string{string(b)}
}

// readMultipart takes the form fields of an upload; the file itself is
// read and dropped, its name kept as the "filename" parameter.
func readMultipart(r *http.Request, w *wire.Params) *apiError {
	if err := r.ParseMultipartForm(maxBody); err != nil {
		return errorf(http.StatusBadRequest, "unable to parse multipart form: %v", err)
	}
	keys := make([]string, 0, len(r.MultipartForm.Value))
	for k := range r.MultipartForm.Value {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range r.MultipartForm.Value[k] {
			w.Add(k, v)
		}
	}
	for _, fhs := range r.MultipartForm.File {
		for _, fh := range fhs {
			w.Set("filename", []string{fh.Filename})
		}
	}
	return nil
}
