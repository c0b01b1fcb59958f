package proxmox

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"mime/multipart"
	"net/textproto"
	"slices"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// File is content sent with an upload operation.
type File struct {
	Name        string // file name Proxmox records (PVE storage upload)
	ContentType string // "" means application/octet-stream
	Data        []byte
}

// pveFileField is the multipart field PVE's upload handler reads the file
// from (the operation's "filename" parameter).
const pveFileField = "filename"

// Upload sends a prepared request with a file. PBS UPLOAD operations take
// their parameters in the query string (Prepare put them there) and the
// file as the raw body; PVE's storage upload takes a multipart form whose
// "filename" part is the file.
func (c *Client) Upload(ctx context.Context, req *wire.Request, f File) (json.RawMessage, error) {
	if !req.Op.Transfer.Upload() {
		return nil, fmt.Errorf("%s does not take a file", req.Op.Name)
	}
	cl, err := c.newCall(ctx, req)
	if err != nil {
		return nil, err
	}
	if req.Op.Transfer == catalog.RawUpload {
		cl.body = rawBody(f)
	} else if cl.body, err = multipartBody(req.Form, f); err != nil {
		return nil, err
	}
	ans, err := c.roundTrip(ctx, cl)
	if err != nil {
		return nil, err
	}
	return c.unwrap(cl, ans)
}

// body is a request body built once and replayable for each attempt.
type body struct {
	data        []byte
	contentType string
}

func (b *body) reader() io.Reader { return bytes.NewReader(b.data) }

func rawBody(f File) *body {
	ct := f.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	return &body{data: f.Data, contentType: ct}
}

// multipartBody writes the form fields, then the file part.
func multipartBody(fields map[string][]string, f File) (*body, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if k == pveFileField {
			continue // the file part carries it
		}
		for _, v := range fields[k] {
			if err := w.WriteField(k, v); err != nil {
				return nil, err
			}
		}
	}
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name=%q; filename=%q`, pveFileField, f.Name))
	ct := f.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	h.Set("Content-Type", ct)
	part, err := w.CreatePart(h)
	if err != nil {
		return nil, err
	}
	if _, err := part.Write(f.Data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return &body{data: buf.Bytes(), contentType: w.FormDataContentType()}, nil
}
