package typed

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// Call sends an operation and decodes its answer into T. params is the
// operation's generated params struct, or nil when it has none.
func Call[T any](ctx context.Context, c *Client, name string, params any) (T, error) {
	return call[T](ctx, c, name, params, nil)
}

// CallUpload is Call for an operation that sends a file.
func CallUpload[T any](ctx context.Context, c *Client, name string, params any, content []byte) (T, error) {
	return call[T](ctx, c, name, params, &content)
}

// Exec sends an operation whose answer carries nothing.
func (c *Client) Exec(ctx context.Context, name string, params any) error {
	_, err := call[json.RawMessage](ctx, c, name, params, nil)
	return err
}

// ExecUpload is Exec for an operation that sends a file.
func (c *Client) ExecUpload(ctx context.Context, name string, params any, content []byte) error {
	_, err := call[json.RawMessage](ctx, c, name, params, &content)
	return err
}

func call[T any](ctx context.Context, c *Client, name string, params any, content *[]byte) (T, error) {
	var out T
	req, raw, err := c.answer(ctx, name, params, content)
	if err != nil {
		return out, err
	}
	return out, decode(req, raw, &out)
}

// Download sends an operation whose answer is a file and returns the file,
// up to proxmox.DefaultMaxResponseBytes.
func (c *Client) Download(ctx context.Context, name string, params any) ([]byte, error) {
	req, err := c.prepare(name, params)
	if err != nil {
		return nil, err
	}
	raw, err := c.http.Download(ctx, req, 0)
	if err != nil {
		return nil, err
	}
	return raw.Body, nil
}

// answer prepares and sends a JSON operation, with a file when content is
// set, and returns the unwrapped "data" member.
func (c *Client) answer(ctx context.Context, name string, params any, content *[]byte) (*wire.Request, json.RawMessage, error) {
	req, err := c.prepare(name, params)
	if err != nil {
		return nil, nil, err
	}
	var raw json.RawMessage
	if content != nil {
		raw, err = c.upload(ctx, req, *content)
	} else {
		raw, err = c.send(ctx, req)
	}
	return req, raw, err
}

// upload sends the file; Proxmox VE records it under the operation's
// "filename" argument.
func (c *Client) upload(ctx context.Context, req *wire.Request, content []byte) (json.RawMessage, error) {
	fileName, _ := req.Args["filename"].(string)
	return c.http.Upload(ctx, req, proxmox.File{Name: fileName, Data: content})
}

// prepare turns a params struct into tool arguments and has package wire
// check and encode them, as the MCP server does with a tool call's.
func (c *Client) prepare(name string, params any) (*wire.Request, error) {
	op, err := c.operation(name)
	if err != nil {
		return nil, err
	}
	args, err := arguments(params)
	if err != nil {
		return nil, &refusal{op: op, problems: []Problem{{Message: err.Error()}}}
	}
	req, err := wire.Prepare(op, args)
	if err != nil {
		return nil, refused(op, err)
	}
	return req, nil
}

// arguments are a params struct as tool arguments: its JSON, which is what
// an MCP client sends. The generated field tags carry the argument names,
// omit unset optional values (nil pointers, empty maps and slices) and
// key indexed parameters (map[int]T) by their index.
func arguments(params any) (map[string]any, error) {
	if params == nil {
		return nil, nil
	}
	data, err := json.Marshal(params)
	if err != nil {
		return nil, fmt.Errorf("the parameters cannot be encoded: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // integers stay exact
	var args map[string]any
	if err := dec.Decode(&args); err != nil {
		return nil, fmt.Errorf("the parameters are not an object: %v", err)
	}
	return args, nil
}

// send sends a JSON operation. An operation that answers a file only when
// its "download" argument is set is read here in its JSON form.
func (c *Client) send(ctx context.Context, req *wire.Request) (json.RawMessage, error) {
	if req.Op.Transfer == catalog.FileOnRequest {
		if on, _ := wire.ParseBool(req.Query.Get("download") + req.Form.Get("download")); on {
			return nil, &refusal{op: req.Op, problems: []Problem{{Param: "download",
				Message: `argument "download": asks for the file, which this method does not read: leave it unset for the JSON answer`}}}
		}
	}
	return c.http.Send(ctx, req)
}

// decode reads an answer into out; an answer of another shape than the
// schema promises says which operation sent it.
func decode(req *wire.Request, raw json.RawMessage, out any) error {
	if err := catalog.Decode(raw, out); err != nil {
		return fmt.Errorf("%s %s: the answer does not have the published shape: %w", req.Method, req.Path, err)
	}
	return nil
}
