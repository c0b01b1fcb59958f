package httpserve

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// bearer checks the shared bearer token. It keeps only the token's SHA-256
// and compares digests in constant time, so neither the token's bytes nor
// its length can be learnt from response timing.
type bearer struct {
	sum [sha256.Size]byte
	on  bool
}

func newBearer(token string) bearer {
	if token == "" {
		return bearer{}
	}
	return bearer{sum: sha256.Sum256([]byte(token)), on: true}
}

// accepts reports whether r carries Authorization: Bearer <token>.
func (b bearer) accepts(r *http.Request) bool {
	if !b.on {
		return true
	}
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	return subtle.ConstantTimeCompare(got[:], b.sum[:]) == 1
}

// authenticate refuses a request without the bearer token before anything
// else (the MCP server, Proxmox) sees it.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.bearer.accepts(r) {
			challenge(w, "missing or wrong bearer token: send Authorization: Bearer <the server's PROXMOX_MCP_HTTP_TOKEN>")
			return
		}
		next.ServeHTTP(w, r)
	})
}
