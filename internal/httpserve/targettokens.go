package httpserve

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/proxmox-mcp/proxmox-mcp/internal/catalog"
	"github.com/proxmox-mcp/proxmox-mcp/internal/mcpserver"
	"github.com/proxmox-mcp/proxmox-mcp/internal/wire"
)

// With several targets of a product, a caller gives each target its own
// token: X-Proxmox-Target-Token: TARGET=TOKEN, one header per target or
// several comma-separated in one (proxies may join repeated headers so).
// The product headers stay the default targets'. A target without a
// token is offered nothing that needs privileges, and a call to it is
// refused before it is sent: no cluster is ever sent another's secret.

// targetNameRE is the characters a target name may have; the name must
// then be one the configuration gives.
var targetNameRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// maxTargetTokens bounds the entries of the target headers: no server
// has more targets than that, and each entry may cost a permission read.
const maxTargetTokens = 32

// targetTokens parses the target headers strictly: every entry names a
// known target once and carries a well-formed token of its product.
func (s *Server) targetTokens(values []string) (map[string]mcpserver.CallerToken, error) {
	out := map[string]mcpserver.CallerToken{}
	if len(values) == 0 {
		return out, nil
	}
	if len(s.targetNames()) == 0 {
		return nil, fmt.Errorf("%s was sent, but this server has no named targets: send %s or %s alone", HeaderTargetToken, HeaderPVEToken, HeaderPBSToken)
	}
	var entries []string
	for _, v := range values {
		entries = append(entries, strings.Split(v, ",")...)
	}
	if len(entries) > maxTargetTokens {
		return nil, fmt.Errorf("%s has %d entries; at most %d are read", HeaderTargetToken, len(entries), maxTargetTokens)
	}
	for _, entry := range entries {
		t, err := s.targetToken(strings.TrimSpace(entry))
		if err != nil {
			return nil, err
		}
		if _, dup := out[t.Target]; dup {
			return nil, fmt.Errorf("%s names target %s twice: send one token per target", HeaderTargetToken, t.Target)
		}
		out[t.Target] = t
	}
	return out, nil
}

// targetToken parses one TARGET=TOKEN entry. Errors name the target and
// the known ones, never anything of the token.
func (s *Server) targetToken(entry string) (mcpserver.CallerToken, error) {
	known := strings.Join(s.targetNames(), ", ")
	name, tok, ok := strings.Cut(entry, "=")
	if !ok || !targetNameRE.MatchString(name) {
		return mcpserver.CallerToken{}, fmt.Errorf("%s is malformed: want TARGET=TOKEN, one of %s (several comma-separated or in repeated headers)", HeaderTargetToken, known)
	}
	p, found := s.inv.TargetProduct(name)
	if !found || !slices.Contains(s.products, p) {
		return mcpserver.CallerToken{}, fmt.Errorf("%s names unknown target %q: this server's targets are %s", HeaderTargetToken, name, known)
	}
	id, secret, ok := wire.SplitCombinedToken(tok)
	if !ok || !wellSeparated(p, tok, id) {
		return mcpserver.CallerToken{}, fmt.Errorf("%s: the token of target %s is malformed: want %s=%s", HeaderTargetToken, name, name, tokenExample(p))
	}
	return mcpserver.CallerToken{Product: p, Target: name, ID: id, Secret: secret}, nil
}

// wellSeparated: the token's ID and secret are split by its product's
// separator (= for PVE, : for PBS), so a PBS token is not taken for a PVE
// target's by accident.
func wellSeparated(p catalog.Product, tok, id string) bool {
	sep := byte('=')
	if p == catalog.PBS {
		sep = ':'
	}
	tok = strings.TrimSpace(tok)
	return len(tok) > len(id) && tok[len(id)] == sep
}

// targetNames are the named targets of the served products.
func (s *Server) targetNames() []string {
	var out []string
	for _, p := range s.products {
		out = append(out, s.inv.Targets(p)...)
	}
	return out
}

func sortedNames(m map[string]mcpserver.CallerToken) []string { return slices.Sorted(maps.Keys(m)) }
