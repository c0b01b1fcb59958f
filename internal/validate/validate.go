// Package validate checks tool arguments against an operation's input
// schema (JSON Schema draft 2020-12) before anything is sent to Proxmox, and
// turns the schema library's errors into short messages that name the
// argument and say what a valid value looks like.
package validate

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
)

// compiled is one input schema, compiled once and kept with its raw form,
// which the error translation reads (enum values, valid keys, …).
type compiled struct {
	once   sync.Once
	schema *jsonschema.Schema
	raw    any
	err    error
}

// cache is keyed by the schema text: operations with identical schemas
// share one compiled schema, and a copied Operation value still hits.
var cache sync.Map // string → *compiled

// schemaURL is the name the schema is compiled under; it never leaves memory.
const schemaURL = "mem:///input-schema.json"

// Compile compiles op's input schema (cached) and reports whether it is a
// valid JSON Schema.
func Compile(op *catalog.Operation) error {
	_, err := load(op)
	return err
}

func load(op *catalog.Operation) (*compiled, error) {
	if op == nil {
		return nil, fmt.Errorf("validate: nil operation")
	}
	if strings.TrimSpace(op.InputSchema) == "" {
		return nil, fmt.Errorf("validate: operation %s has no input schema", op.Name)
	}
	v, _ := cache.LoadOrStore(op.InputSchema, &compiled{})
	c := v.(*compiled)
	c.once.Do(func() { c.compile(op.InputSchema) })
	if c.err != nil {
		return nil, fmt.Errorf("validate: input schema of %s: %w", op.Name, c.err)
	}
	return c, nil
}

func (c *compiled) compile(text string) {
	if err := json.Unmarshal([]byte(text), &c.raw); err != nil {
		c.err = err
		return
	}
	comp := jsonschema.NewCompiler()
	comp.Draft = jsonschema.Draft2020
	if c.err = comp.AddResource(schemaURL, strings.NewReader(text)); c.err != nil {
		return
	}
	c.schema, c.err = comp.Compile(schemaURL)
}

// Args validates args against op's input schema. It returns *Error when the
// arguments are refused, or another error when the schema itself is broken.
func Args(op *catalog.Operation, args map[string]any) error {
	c, err := load(op)
	if err != nil {
		return err
	}
	norm, err := NormalizeArgs(args)
	if err != nil {
		return err
	}
	return c.check(norm)
}

func (c *compiled) check(args map[string]any) error {
	err := c.schema.Validate(args)
	if err == nil {
		return nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return fmt.Errorf("validate: %w", err)
	}
	t := translator{raw: c.raw, args: args}
	problems := t.leaves(ve)
	if len(problems) == 0 {
		problems = []Problem{{Message: strings.TrimPrefix(ve.Error(), "jsonschema: ")}}
	}
	return newError(problems)
}
