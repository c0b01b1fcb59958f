package httpserve

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/inventory"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// The request headers of per-user credentials and narrowing (docs/http.md).
const (
	// HeaderPVEToken carries a Proxmox VE API token: user@realm!name=SECRET.
	HeaderPVEToken = "X-Proxmox-PVE-Token"
	// HeaderPBSToken carries a Proxmox Backup Server API token: user@realm!name:SECRET.
	HeaderPBSToken = "X-Proxmox-PBS-Token"
	// HeaderTier lowers the tier for this request: read-only or read-execute.
	HeaderTier = "X-Proxmox-MCP-Tier"
	// HeaderCategories limits this request to a comma list of categories.
	HeaderCategories = "X-Proxmox-MCP-Categories"
)

// tokenHeaders names each product's credential header.
var tokenHeaders = map[catalog.Product]string{catalog.PVE: HeaderPVEToken, catalog.PBS: HeaderPBSToken}

// apiToken is a per-request Proxmox token; it lives only in the request's
// context and is never stored, logged or echoed.
type apiToken struct{ id, secret string }

// scope is what one request's headers ask for, checked before the MCP
// server runs.
type scope struct {
	tokens    map[catalog.Product]apiToken
	narrowing *inventory.Narrowing
}

type scopeKey struct{}

// withScope parses the credential and narrowing headers: a malformed or
// missing one is refused here, so nothing reaches the MCP server or Proxmox.
func (s *Server) withScope(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tokens, status, err := s.tokens(r.Header)
		if err != nil {
			if status == http.StatusUnauthorized {
				challenge(w, err.Error())
			} else {
				refuse(w, status, err.Error())
			}
			return
		}
		n, err := s.inv.ParseNarrowing(r.Header.Get(HeaderTier), r.Header.Get(HeaderCategories))
		if err != nil {
			refuse(w, http.StatusBadRequest, narrowingHeader(r.Header)+": "+err.Error())
			return
		}
		sc := &scope{tokens: tokens, narrowing: n}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), scopeKey{}, sc)))
	})
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
// own permissions apply). On: every configured product needs its header;
// a header for a product this server does not serve is ignored.
func (s *Server) tokens(h http.Header) (map[catalog.Product]apiToken, int, error) {
	if !s.opts.HTTP.PerUserCredentials {
		for _, name := range tokenHeaders {
			if h.Get(name) != "" {
				return nil, http.StatusBadRequest, fmt.Errorf("%s was sent, but this server calls Proxmox with its own credentials "+
					"(per-user credentials are off: PROXMOX_MCP_PER_USER_CREDENTIALS); remove the header", name)
			}
		}
		return nil, 0, nil
	}
	out := map[catalog.Product]apiToken{}
	for _, p := range s.products {
		name := tokenHeaders[p]
		v := h.Get(name)
		if v == "" {
			return nil, http.StatusUnauthorized, fmt.Errorf("this server needs your own %s API token: send %s: %s",
				p.Title(), name, tokenExample(p))
		}
		id, secret, ok := wire.SplitCombinedToken(v)
		if !ok {
			return nil, http.StatusBadRequest, fmt.Errorf("%s is malformed: want %s", name, tokenExample(p))
		}
		out[p] = apiToken{id: id, secret: secret}
	}
	return out, 0, nil
}

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
	for p, t := range sc.tokens {
		ctx = proxmox.WithProductToken(ctx, p, t.id, t.secret)
	}
	if sc.narrowing != nil {
		ctx = mcpserver.WithNarrowing(ctx, sc.narrowing)
	}
	return mcpserver.WithCaller(ctx, sc.caller(clientOf(r)))
}

// caller names the request's caller for the audit log: the per-user
// tokens' IDs (never their secrets), and always the client's address.
func (sc *scope) caller(client string) string {
	who := "http:" + client
	for _, p := range []catalog.Product{catalog.PVE, catalog.PBS} {
		if t, ok := sc.tokens[p]; ok {
			who += " " + string(p) + ":" + t.id
		}
	}
	return who
}
