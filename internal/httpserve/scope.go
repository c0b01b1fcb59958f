package httpserve

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/policy"
	"github.com/proxmox-mcp/proxmox-mcp/internal/proxmox"
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
	narrowing *mcpserver.Narrowing
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
		n, err := s.narrowing(r.Header)
		if err != nil {
			refuse(w, http.StatusBadRequest, err.Error())
			return
		}
		sc := &scope{tokens: tokens, narrowing: n}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), scopeKey{}, sc)))
	})
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
	for _, p := range s.opts.Products {
		name := tokenHeaders[p]
		v := h.Get(name)
		if v == "" {
			return nil, http.StatusUnauthorized, fmt.Errorf("this server needs your own %s API token: send %s: %s",
				p.Title(), name, tokenExample(p))
		}
		t, ok := parseToken(v)
		if !ok {
			return nil, http.StatusBadRequest, fmt.Errorf("%s is malformed: want %s", name, tokenExample(p))
		}
		out[p] = t
	}
	return out, 0, nil
}

func tokenExample(p catalog.Product) string {
	if p == catalog.PBS {
		return "user@realm!tokenname:SECRET"
	}
	return "user@realm!tokenname=SECRET"
}

// parseToken splits user@realm!name=SECRET (Proxmox VE's form) or
// user@realm!name:SECRET (Proxmox Backup Server's); either separator is
// accepted for either product, as neither can occur in a token name.
func parseToken(v string) (apiToken, bool) {
	v = strings.TrimSpace(v)
	bang := strings.IndexByte(v, '!')
	if bang < 0 || !strings.Contains(v[:bang], "@") {
		return apiToken{}, false
	}
	sep := strings.IndexAny(v[bang:], "=:")
	if sep < 0 {
		return apiToken{}, false
	}
	id, secret := v[:bang+sep], v[bang+sep+1:]
	if id == v[:bang+1] || secret == "" || strings.ContainsFunc(secret, isSpaceOrControl) {
		return apiToken{}, false
	}
	return apiToken{id: id, secret: secret}, true
}

func isSpaceOrControl(r rune) bool { return r <= ' ' || r == 0x7f }

// narrowing reads the tier and category headers. They can only narrow:
// the MCP server checks the server's own tier and categories first, so a
// header naming a higher tier, or a category the server excludes, changes
// nothing (it is accepted, not refused, so one client configuration works
// against servers of any tier). Unknown names are refused.
func (s *Server) narrowing(h http.Header) (*mcpserver.Narrowing, error) {
	tierValue := strings.TrimSpace(h.Get(HeaderTier))
	catValue := strings.TrimSpace(h.Get(HeaderCategories))
	if tierValue == "" && catValue == "" {
		return nil, nil
	}
	var n mcpserver.Narrowing
	if tierValue != "" {
		t, err := policy.ParseTier(tierValue)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", HeaderTier, err)
		}
		n.Tier = &t
	}
	if catValue != "" {
		cats, err := s.categories(catValue)
		if err != nil {
			return nil, err
		}
		n.Categories = cats
	}
	return &n, nil
}

// categories accepts a name that is a category of any configured product.
func (s *Server) categories(list string) (map[string]bool, error) {
	valid := s.knownCategories
	set := map[string]bool{}
	for _, item := range strings.Split(list, ",") {
		name := strings.ToLower(strings.TrimSpace(item))
		if name == "" {
			continue
		}
		if !valid[name] {
			return nil, fmt.Errorf("%s: unknown category %q: valid categories are %s", HeaderCategories, clip(name), strings.Join(slices.Sorted(maps.Keys(valid)), ", "))
		}
		set[name] = true
	}
	return set, nil
}

func (s *Server) validCategories() map[string]bool {
	valid := map[string]bool{}
	for _, p := range s.opts.Products {
		for _, c := range s.opts.Policy.Categories(p) {
			valid[c] = true
		}
	}
	return valid
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
		ctx = mcpserver.WithNarrowing(ctx, *sc.narrowing)
	}
	return ctx
}
