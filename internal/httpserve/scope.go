package httpserve

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// The request headers of per-user credentials and narrowing (docs/http.md).
const (
	// HeaderPVEToken carries a Proxmox VE API token: user@realm!name=SECRET.
	HeaderPVEToken = "X-Proxmox-PVE-Token"
	// HeaderPBSToken carries a Proxmox Backup Server API token: user@realm!name:SECRET.
	HeaderPBSToken = "X-Proxmox-PBS-Token"
	// HeaderTargetToken carries the token of one named target:
	// TARGET=user@realm!name=SECRET (PVE) or TARGET=user@realm!name:SECRET
	// (PBS); repeated, or comma-separated, for several targets.
	HeaderTargetToken = "X-Proxmox-Target-Token"
	// HeaderTier lowers the tier for this request: read-only or read-execute.
	HeaderTier = "X-Proxmox-MCP-Tier"
	// HeaderCategories limits this request to a comma list of categories.
	HeaderCategories = "X-Proxmox-MCP-Categories"
)

// tokenHeaders names each product's credential header.
var tokenHeaders = map[catalog.Product]string{catalog.PVE: HeaderPVEToken, catalog.PBS: HeaderPBSToken}

// scope is what one request's headers ask for, checked before the MCP
// server runs. Its tokens live only in the request's context and are
// never stored, logged or echoed (the permission cache keeps a keyed
// hash of each secret, never the secret).
type scope struct {
	tokens    []mcpserver.CallerToken
	creds     *mcpserver.Credentials
	narrowing *inventory.Narrowing
}

type scopeKey struct{}

// withScope parses the credential and narrowing headers and, with
// per-user credentials, resolves what the caller's tokens may do: a
// malformed or missing header, or a token Proxmox refuses, is answered
// here, so nothing reaches the MCP server and nothing more reaches
// Proxmox.
func (s *Server) withScope(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tokens, status, err := s.tokens(r.Header)
		if err != nil {
			answerError(w, status, err.Error())
			return
		}
		n, err := s.inv.ParseNarrowing(r.Header.Get(HeaderTier), r.Header.Get(HeaderCategories))
		if err != nil {
			refuse(w, http.StatusBadRequest, narrowingHeader(r.Header)+": "+err.Error())
			return
		}
		sc := &scope{tokens: tokens, narrowing: n}
		if tokens != nil {
			if sc.creds, err = s.opts.MCP.Credentials(r.Context(), tokens, s.credentialsOptions()); err != nil {
				var ce *mcpserver.CredentialsError
				if !errors.As(err, &ce) {
					ce = &mcpserver.CredentialsError{Status: http.StatusBadGateway, Message: err.Error()}
				}
				answerError(w, ce.Status, ce.Message)
				return
			}
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), scopeKey{}, sc)))
	})
}

// answerError refuses with status; a 401 carries its challenge.
func answerError(w http.ResponseWriter, status int, msg string) {
	if status == http.StatusUnauthorized {
		challenge(w, msg)
		return
	}
	refuse(w, status, msg)
}

func (s *Server) credentialsOptions() mcpserver.CredentialsOptions {
	return mcpserver.CredentialsOptions{Filter: s.opts.PermissionFilter, Missing: func(p catalog.Product, target string) string {
		return fmt.Sprintf("send %s: %s=%s", HeaderTargetToken, target, tokenExample(p))
	}}
}

// narrowingHeader names the header a narrowing error is about.
func narrowingHeader(h http.Header) string {
	if strings.TrimSpace(h.Get(HeaderCategories)) != "" && strings.TrimSpace(h.Get(HeaderTier)) == "" {
		return HeaderCategories
	}
	return HeaderTier + " / " + HeaderCategories
}

// tokens reads the per-user credentials. Off: any credential header is
// refused rather than silently ignored (the caller would believe their
// own permissions apply). On: every configured product's default target
// needs a token (its product header, or a target header naming it); the
// other targets take theirs from target headers (targettokens.go); a
// product header for a product this server does not serve is ignored.
func (s *Server) tokens(h http.Header) ([]mcpserver.CallerToken, int, error) {
	if !s.opts.HTTP.PerUserCredentials {
		for _, name := range []string{HeaderPVEToken, HeaderPBSToken, HeaderTargetToken} {
			if h.Get(name) != "" {
				return nil, http.StatusBadRequest, fmt.Errorf("%s was sent, but this server calls Proxmox with its own credentials "+
					"(per-user credentials are off: PROXMOX_MCP_PER_USER_CREDENTIALS); remove the header", name)
			}
		}
		return nil, 0, nil
	}
	byTarget, err := s.targetTokens(h.Values(HeaderTargetToken))
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	var out []mcpserver.CallerToken
	for _, p := range s.products {
		tok, err := s.defaultToken(h, p, byTarget)
		if err != nil {
			return nil, err.status, err
		}
		out = append(out, tok)
	}
	for _, name := range sortedNames(byTarget) {
		if t := byTarget[name]; t.Target != s.inv.DefaultTarget(t.Product) {
			out = append(out, t)
		}
	}
	return out, 0, nil
}

// defaultToken is p's default target's token, from its product header or
// a target header (not both).
func (s *Server) defaultToken(h http.Header, p catalog.Product, byTarget map[string]mcpserver.CallerToken) (mcpserver.CallerToken, *headerError) {
	name, def := tokenHeaders[p], s.inv.DefaultTarget(p)
	fromTarget, named := byTarget[def]
	named = named && def != ""
	v := h.Get(name)
	switch {
	case v == "" && named:
		return fromTarget, nil
	case v == "":
		return mcpserver.CallerToken{}, &headerError{http.StatusUnauthorized, fmt.Sprintf("this server needs your own %s API token: send %s: %s",
			p.Title(), name, tokenExample(p))}
	case named:
		return mcpserver.CallerToken{}, &headerError{http.StatusBadRequest, fmt.Sprintf("%s and %s both give a token for %s, the default %s target: send one",
			name, HeaderTargetToken, def, p.Title())}
	}
	id, secret, ok := wire.SplitCombinedToken(v)
	if !ok {
		return mcpserver.CallerToken{}, &headerError{http.StatusBadRequest, fmt.Sprintf("%s is malformed: want %s", name, tokenExample(p))}
	}
	return mcpserver.CallerToken{Product: p, Target: def, ID: id, Secret: secret}, nil
}

// headerError is a refused header and the status to answer with.
type headerError struct {
	status int
	msg    string
}

func (e *headerError) Error() string { return e.msg }

func tokenExample(p catalog.Product) string {
	if p == catalog.PBS {
		return "user@realm!tokenname:SECRET"
	}
	return "user@realm!tokenname=SECRET"
}

// mcpContext is mcp-go's HTTP context function: it turns the request's
// checked scope into what the MCP server and the Proxmox client read.
func mcpContext(ctx context.Context, r *http.Request) context.Context {
	sc, ok := r.Context().Value(scopeKey{}).(*scope)
	if !ok {
		return ctx
	}
	ctx = mcpserver.WithCredentials(ctx, sc.creds)
	if sc.narrowing != nil {
		ctx = mcpserver.WithNarrowing(ctx, sc.narrowing)
	}
	return mcpserver.WithCaller(ctx, sc.caller(clientOf(r)))
}

// caller names the request's caller for the audit log: the per-user
// tokens' IDs (never their secrets), a target's after its name, and
// always the client's address.
func (sc *scope) caller(client string) string {
	who := "http:" + client
	for _, t := range sc.tokens {
		who += " " + string(t.Product)
		if t.Target != "" {
			who += "@" + t.Target
		}
		who += ":" + t.ID
	}
	return who
}
