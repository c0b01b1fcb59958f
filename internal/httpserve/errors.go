package httpserve

import (
	"encoding/json"
	"net/http"
)

// errorCode is the JSON-RPC code of a transport refusal: MCP clients show a
// JSON-RPC error's message, where a bare HTTP status would say less.
const errorCode = -32600

// refuse answers a request that never reaches the MCP server. msg must not
// contain anything the request carried (it could be a credential).
func refuse(w http.ResponseWriter, status int, msg string) {
	body, _ := json.Marshal(map[string]any{
		"jsonrpc": "2.0",
		"id":      nil,
		"error":   map[string]any{"code": errorCode, "message": msg},
	})
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

// challenge is refuse for 401: RFC 9110 requires WWW-Authenticate with it.
func challenge(w http.ResponseWriter, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="proxmox-mcp"`)
	refuse(w, http.StatusUnauthorized, msg)
}
