//go:build tools

// Package tools pins the modules the build and the generator need, so that
// `go mod tidy` keeps them and `go generate` uses the recorded versions.
package tools

import (
	_ "github.com/dave/jennifer/jen"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/mark3labs/mcp-go/server"
	_ "github.com/spf13/cobra"
)
