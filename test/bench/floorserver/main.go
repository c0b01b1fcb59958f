// Command floorserver is the smallest useful MCP server on the same
// library as proxmox-mcp: two tools over stdio and nothing else. The
// benchmark builds it with the same toolchain and GOEXPERIMENT as the
// measured binary and reports each figure of proxmox-mcp as a ratio to
// this floor, so the figures can be compared across machines.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

func main() {
	s := server.NewMCPServer("floorserver", "1", server.WithToolCapabilities(false))
	s.AddTool(mcp.NewTool("echo",
		mcp.WithDescription("Return the text it is given."),
		mcp.WithString("text", mcp.Required(), mcp.Description("the text to return")),
	), echo)
	s.AddTool(mcp.NewTool("upper",
		mcp.WithDescription("Return the text it is given in upper case."),
		mcp.WithString("text", mcp.Required(), mcp.Description("the text to convert")),
	), upper)
	if err := server.ServeStdio(s); err != nil {
		fmt.Fprintln(os.Stderr, "floorserver:", err)
		os.Exit(1)
	}
}

func echo(_ context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	text, err := req.RequireString("text")
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(text), nil
}

func upper(_ context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	text, err := req.RequireString("text")
	if err != nil {
		return mcp.NewToolResultError(err.Error()), nil
	}
	return mcp.NewToolResultText(strings.ToUpper(text)), nil
}
