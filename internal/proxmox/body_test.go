package proxmox

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"testing/iotest"
)

// onlyData must give exactly what decoding the envelope gives, for every
// answer it takes; the others it leaves to the decoder.
func TestOnlyDataAgreesWithDecoding(t *testing.T) {
	for _, body := range []string{
		`{"data":[{"id":"qemu/100","maxmem":2147483648}]}`,
		`{"data":null}`, `{"data":{}}`, `{"data":""}`, `{"data":0}`, `{"data":"UPID:pve1:x"}`,
		" \n{\"data\": [1, 2 ,3] }\n", `{"data" : 1}`, `{"data":{"a":1,"a":2}}`, "{\"data\":\"\xff\"}",
		`{"data":1,"total":2}`, `{"total":2,"data":1}`, `{"data":1,"data":2}`, `{"DATA":1}`, `{"Data":[1]}`,
		`{"data":1}}`, `{"data":}`, `{"data":`, `{"data":[1,}`, `{"data":"a\"}`, `{}`, `null`, `[]`, ``, `<html>`,
		`{"data":[1]`, `{"data":[1] ]}`, `{"data":{"x":"}"}}`, `{"errors":{"a":"b"},"data":null}`,
	} {
		want, wantOK := decodeData([]byte(body))
		got, ok := onlyData([]byte(body))
		if !ok {
			continue
		}
		if !wantOK || !bytes.Equal(got, want) {
			t.Errorf("%q: onlyData %q, decoding %q (ok %v)", body, got, want, wantOK)
		}
	}
	if _, ok := onlyData([]byte(`{"data":[1,2]}`)); !ok {
		t.Error("the common answer did not take the short way")
	}
}

// decodeData is the general way: the envelope decoded.
func decodeData(body []byte) (json.RawMessage, bool) {
	var env struct {
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, false
	}
	if env.Data == nil {
		return json.RawMessage("null"), true
	}
	return env.Data, true
}

// A body is read whole at its length, known or not, and refused over
// the limit either way; a short body is an error.
func TestReadCapped(t *testing.T) {
	body := strings.Repeat("x", 5000)
	for _, tc := range []struct {
		name   string
		length int64
		limit  int64
		want   string
		err    error
	}{
		{"known length", 5000, 1 << 20, body, nil},
		{"chunked", -1, 1 << 20, body, nil},
		{"chunked, at the limit", -1, 5000, body, nil},
		{"chunked, over the limit", -1, 4999, "", errTooLarge},
		{"known length over the limit", 5000, 4999, "", errTooLarge},
		{"shorter than its length", 6000, 1 << 20, "", io.ErrUnexpectedEOF},
	} {
		resp := &http.Response{ContentLength: tc.length, Body: io.NopCloser(iotest.HalfReader(strings.NewReader(body)))}
		got, err := readCapped(resp, tc.limit)
		if err != tc.err || string(got) != tc.want {
			t.Errorf("%s: %d bytes, %v; want %d bytes, %v", tc.name, len(got), err, len(tc.want), tc.err)
		}
	}
}
