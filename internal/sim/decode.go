package sim

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// wireParams are a request's parameters as strings, the way both daemons
// see them before checking: repeated keys keep every value (arrays).
type wireParams struct {
	order []string // first appearance
	vals  map[string][]string
	// body is the file of a PBS UPLOAD operation, whose parameters travel
	// in the query string.
	body []byte
}

func newWireParams() *wireParams { return &wireParams{vals: map[string][]string{}} }

func (w *wireParams) add(k, v string) {
	if _, ok := w.vals[k]; !ok {
		w.order = append(w.order, k)
	}
	w.vals[k] = append(w.vals[k], v)
}

// set replaces a key's values (query parameters override body ones, as in
// pveproxy).
func (w *wireParams) set(k string, vs []string) {
	if _, ok := w.vals[k]; !ok {
		w.order = append(w.order, k)
	}
	w.vals[k] = vs
}

func (w *wireParams) del(k string) {
	delete(w.vals, k)
	for i, x := range w.order {
		if x == k {
			w.order = append(w.order[:i], w.order[i+1:]...)
			return
		}
	}
}

func (w *wireParams) get(k string) (string, bool) {
	v, ok := w.vals[k]
	if !ok || len(v) == 0 {
		return "", false
	}
	return v[0], true
}

// maxBody bounds a request body; Proxmox's own limit is 64 KiB.
const maxBody = 1 << 20

// readParams collects query and body parameters. GET and DELETE carry
// theirs in the query string; POST and PUT in a form-encoded body, a JSON
// object (accepted by both daemons) or, for uploads, multipart form data.
func readParams(r *http.Request, upload bool) (*wireParams, *apiError) {
	w := newWireParams()
	switch {
	case upload:
		if e := readFile(r, w); e != nil {
			return nil, e
		}
	case r.Method == http.MethodPost || r.Method == http.MethodPut:
		if e := readBody(r, w); e != nil {
			return nil, e
		}
	}
	query := parseForm(r.URL.RawQuery)
	for _, k := range query.order {
		if k != "_dc" { // ExtJS cache buster, ignored by both daemons
			w.set(k, query.vals[k])
		}
	}
	return w, nil
}

// readFile takes the raw body of a PBS UPLOAD operation as the file.
func readFile(r *http.Request, w *wireParams) *apiError {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return errorf(http.StatusBadRequest, "Problems reading request body: %v", err)
	}
	if len(body) > maxBody {
		return errorf(http.StatusRequestEntityTooLarge, "Request body too large")
	}
	w.body = body
	return nil
}

func readBody(r *http.Request, w *wireParams) *apiError {
	ct := r.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if mt == "multipart/form-data" {
		return readMultipart(r, w)
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil {
		return errorf(http.StatusBadRequest, "Problems reading request body: %v", err)
	}
	if len(body) > maxBody {
		return errorf(http.StatusRequestEntityTooLarge, "Request body too large")
	}
	switch mt {
	case "", "application/x-www-form-urlencoded":
		form := parseForm(string(body))
		w.order, w.vals = form.order, form.vals
		return nil
	case "application/json":
		return readJSON(body, w)
	}
	return errorf(http.StatusBadRequest, "unsupported content type %q", ct)
}

// parseForm decodes a=1&b=2&b=3 keeping order and repeated keys.
func parseForm(s string) *wireParams {
	w := newWireParams()
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
		w.add(k, v)
	}
	return w
}

// readJSON turns a JSON object body into wire strings: booleans become
// 1/0 and arrays repeated values, which is what the daemons check.
func readJSON(body []byte, w *wireParams) *apiError {
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
			w.add(k, v)
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
func readMultipart(r *http.Request, w *wireParams) *apiError {
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
			w.add(k, v)
		}
	}
	for _, fhs := range r.MultipartForm.File {
		for _, fh := range fhs {
			w.set("filename", []string{fh.Filename})
		}
	}
	return nil
}
